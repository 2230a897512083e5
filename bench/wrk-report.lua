-- wrk script of bench/benchmark.mjs: sends METHOD (default POST) with the body in the file BODY_FILE, if any, and
-- prints one line of JSON after the run: requests, requests per second, latency percentiles (ms), errors.
-- A GraphQL server answers a failed request with HTTP 200 and an "errors" member, which wrk would count as a
-- success (and a fast one): every answer is read, and those with errors are counted apart.
wrk.method = os.getenv("METHOD") or "POST"
local path = os.getenv("BODY_FILE")
if path and path ~= "" then
  local file = assert(io.open(path, "r"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

-- Runs in each thread's own Lua state; done() adds the threads' counts up.
graphqlErrors = 0
response = function(status, headers, body)
  if body and string.find(body, '"errors"', 1, true) then
    graphqlErrors = graphqlErrors + 1
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  local answeredWithErrors = 0
  for _, thread in ipairs(threads) do
    answeredWithErrors = answeredWithErrors + thread:get("graphqlErrors")
  end
  io.write(string.format(
    'RESULT {"requests": %d, "requestsPerSecond": %.1f, "mean": %.2f, "p50": %.2f, "p90": %.2f, "p99": %.2f, '
      .. '"max": %.2f, "errors": %d, "non2xx": %d, "graphqlErrors": %d, "bytes": %d}\n',
    summary.requests, summary.requests / seconds, latency.mean / 1000, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status, answeredWithErrors, summary.bytes))
end
