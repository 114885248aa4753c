-- wrk script. With BODY set: POST that file with CONTENT_TYPE (default application/json); without it,
-- wrk's default GET. At the end prints one line: requests, errors (non-2xx and socket errors) and the
-- latency percentiles p50, p95, p99 and the maximum, in microseconds.
local body = os.getenv("BODY")
if body and body ~= "" then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = os.getenv("CONTENT_TYPE") or "application/json"
  local file = assert(io.open(body, "rb"))
  wrk.body = file:read("*a")
  file:close()
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests %d errors %d p50_us %d p95_us %d p99_us %d max_us %d\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
