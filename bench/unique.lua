-- wrk script: every request asks for a pool name never asked before, so none is a render-cache hit and
-- each pays the whole render. UNIQUE_PATH is the path with %d where the counter goes.
local template = os.getenv("UNIQUE_PATH") or "/?pool=lync%d.example.com&vendor=kea"
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", string.format(template, n))
end
