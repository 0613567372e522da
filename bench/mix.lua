-- wrk script for the warm-up: cycles through the paths in BENCH_PATHS (space separated), so the JIT
-- sees every measured route before measurement starts.
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
  paths[#paths + 1] = p
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
