-- A mix of what readers and journalists ask: treaty pages, filtered statements, search, and claim checks.
-- Counts statuses other than 200 (or 304 for conditional requests) as unexpected.
local requests = {
  { "GET", "/treaties/new-start" },
  { "GET", "/treaties/new-start/limits" },
  { "GET", "/statements?speaker=Peskov" },
  { "GET", "/statements?treaty=new-start&from=2012-01-01" },
  { "GET", "/search?q=missile%20defense" },
  { "GET", "/search?q=1550%20warheads" },
  { "POST", "/claims/check", '{"claim":"New START limits each side to 1,550 deployed warheads"}' },
  { "POST", "/claims/check", '{"claim":"Peskov called the talks very positive"}' },
}
local i = 0
unexpected = 0 -- global: done() reads it from each thread
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  i = (i % #requests) + 1
  local r = requests[i]
  if r[1] == "POST" then
    return wrk.format("POST", r[2], { ["Content-Type"] = "application/json" }, r[3])
  end
  return wrk.format("GET", r[2])
end

function response(status, headers, body)
  if status ~= 200 then unexpected = unexpected + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("unexpected") end
  local e = summary.errors
  io.write(string.format("SOAK requests=%d unexpected=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f rps=%.0f\n",
    summary.requests, bad, e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
