-- wrk script of bench/benchmark.mjs: sends METHOD (default POST) with the body in the file BODY_FILE, if any, and
-- prints one line of JSON after the run: requests, requests per second, latency percentiles (ms), errors.
wrk.method = os.getenv("METHOD") or "POST"
local path = os.getenv("BODY_FILE")
if path and path ~= "" then
  local file = assert(io.open(path, "r"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "requestsPerSecond": %.1f, "mean": %.2f, "p50": %.2f, "p90": %.2f, "p99": %.2f, '
      .. '"max": %.2f, "errors": %d, "non2xx": %d, "bytes": %d}\n',
    summary.requests, summary.requests / seconds, latency.mean / 1000, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status, summary.bytes))
end
