-- wrk script for the policy-service benchmark: one endpoint per run, chosen by BENCH_TARGET.
-- Each thread stops by itself after BENCH_MAX_REQUESTS responses, so a run is bounded in count as well as time.
local target = os.getenv("BENCH_TARGET") or "evaluate"
local max_requests = tonumber(os.getenv("BENCH_MAX_REQUESTS") or "1000000")

if target == "evaluate" then
  wrk.method = "POST"
  wrk.path = "/api/policy/evaluate"
  wrk.headers["Content-Type"] = "application/json"
  -- The same question the fixed-rate measurement (run.sh, with hey) sends.
  local question = io.open((os.getenv("BENCH_DIR") or ".") .. "/question.json")
  wrk.body = question:read("*a")
  question:close()
else
  wrk.method = "GET"
  wrk.path = "/api/policy/current"
end

local responses = 0
local bad = 0

function response(status, headers, body)
  responses = responses + 1
  if status ~= 200 then bad = bad + 1 end
  if responses >= max_requests then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("RESULT target=%s requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d\n",
      target, summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
