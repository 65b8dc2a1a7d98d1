-- Every request a URL not asked before (a page size and a start date not seen yet), so that neither nginx's cache
-- nor an instance's response cache can answer it: each request reaches an instance and runs a query there.
-- The two wrk threads interleave (thread t takes every second number starting at t), so no URL repeats in a run.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local n = 0
function request()
  n = n + 1
  local i = n * 2 + tid
  local day = i % 20000                           -- 20,000 start dates from 1989 on
  local limit = 1 + math.floor(i / 20000) % 200   -- then the next page size
  local from = os.date("!%Y-%m-%d", 86400 * (7000 + day))
  return wrk.format("GET", string.format("/statements?from=%s&limit=%d", from, limit))
end
