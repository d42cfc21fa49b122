-- POST /api/claims with a fresh stored order and a fresh Idempotency-Key per request (one wrk thread).
-- BENCH_FIRST_ORDER: the first order number of the range this run may use; BENCH_TOKEN: the customer's token.
local counter = 0
local first = tonumber(os.getenv("BENCH_FIRST_ORDER") or "1")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

request = function()
  local n = first + counter
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. n
  local body = string.format('{"orderNumber":"BENCH-%d","unitId":"BSN-%d","requestType":"DEFECT_RETURN",'
    .. '"cause":"QUALITY_PROBLEM","description":"Stops charging after a week.","mediaCount":1,'
    .. '"contact":{"name":"Bench Customer","locale":"en"}}', n, n)
  return wrk.format(nil, nil, nil, body)
end
