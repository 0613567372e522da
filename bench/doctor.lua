-- wrk script: every request POSTs the same paste (the file DOCTOR_BODY) to the config doctor's API. The doctor
-- keeps nothing between requests (no cache holds a paste), so each one pays the whole parse and diagnosis.
local file = assert(io.open(os.getenv("DOCTOR_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
