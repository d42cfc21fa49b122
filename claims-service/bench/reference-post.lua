-- POST to the plain reference app: the same claim-shaped body, one row inserted per request.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local body = string.format('{"orderNumber":"BENCH-%d","unitId":"BSN-%d","requestType":"DEFECT_RETURN",'
    .. '"cause":"QUALITY_PROBLEM","description":"Stops charging after a week."}', counter, counter)
  return wrk.format(nil, nil, nil, body)
end
