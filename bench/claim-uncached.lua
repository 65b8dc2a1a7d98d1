-- POST /claims/check with a distinct claim on every request (no answer comes from the memo): five kinds of claim,
-- each with a figure that never repeats. Each wrk thread counts from its own start so threads never collide, and
-- each run from the second it starts, so a later round never asks what an earlier one did (the memo would answer).
local templates = {
  "New START limits each side to %d deployed warheads",
  "Obama said New START allows %d delivery vehicles",
  "Under New START, %d launchers had to be reached by 2018",
  "Peskov said the talks were very positive %d times",
  "The ABM Treaty was signed in 1972 and limited each side to %d interceptors",
}
local counter = 1
function setup(thread)
  thread:set("base", (os.time() % 1000000) * 1000000 + counter * 100000)
  counter = counter + 1
end
local n = 0
request = function()
  n = n + 1
  local claim = string.format(templates[(n % #templates) + 1], base + n)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, '{"claim":"' .. claim .. '"}')
end
