-- wrk script: every request asks for inputs never asked before, so none is a render-cache hit and each
-- pays the whole render. UNIQUE_PATH is one path, or several separated by spaces (requests cycle through
-- them), with one %d (or a %0Nd) where the counter goes. Each wrk thread numbers its requests from its
-- own id, given in setup: with a counter alone, every thread would send the same names.
local templates = {}
for p in string.gmatch(os.getenv("UNIQUE_PATH") or "/?pool=lync%d.example.com&vendor=kea", "%S+") do
  templates[#templates + 1] = p
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local n = 0
request = function()
  n = n + 1
  local template = templates[(n - 1) % #templates + 1]
  return wrk.format("GET", string.format(template, (id or 0) * 1000000000 + n))
end

-- status counts per thread, summed in done(): "statuses: 200=…, 503=…"
statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

local all = {}
local setup_thread = setup
setup = function(thread)
  setup_thread(thread)
  all[#all + 1] = thread
end

done = function()
  local sum = {}
  for _, thread in ipairs(all) do
    for status, count in pairs(thread:get("statuses")) do
      sum[status] = (sum[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(sum) do
    parts[#parts + 1] = status .. "=" .. count
  end
  table.sort(parts)
  io.write("statuses: " .. table.concat(parts, ", ") .. "\n")
end
