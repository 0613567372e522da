-- wrk script: the full page for a pool name never asked before, so no request is a page-cache hit
-- and every one pays the whole render (Thymeleaf, the Kea target, the byte tables).
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/?pool=lync" .. n .. ".example.com&vendor=kea")
end
