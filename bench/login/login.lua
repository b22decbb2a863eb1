-- Password logins of 50 users in turn, each from its own address through X-Forwarded-For, so the
-- listener sees ordinary sign-ins rather than one address signing in everybody. Every tenth request
-- is a guess at an unknown username from one of four spraying addresses, so the scorer raises
-- findings and, with the webhook receiver down, the outbox fills: the path a dead receiver takes.
-- Those guesses answer 401 and are counted in "failed" (a tenth of the requests by design).
local n = 0
local k = 0
local function post(body, ip, agent)
  return wrk.format("POST", "/realms/logins/protocol/openid-connect/token",
    {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Forwarded-For"] = ip,
     ["X-Forwarded-Proto"] = "https", ["User-Agent"] = agent}, body)
end
request = function()
  k = k + 1
  if k % 10 == 0 then
    return post("grant_type=password&client_id=bench-cli&username=nobody" .. k .. "&password=guess",
      "203.0.113." .. (k / 10 % 4 + 1), "python-requests/2.32")
  end
  n = n % 50 + 1
  return post("grant_type=password&client_id=bench-cli&username=user" .. n .. "&password=user" .. n,
    "198.51.100." .. n, "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
end

-- done(): the RESULT line, shared by the benchmark scripts (bench/wrk_result.lua)
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "../wrk_result.lua")
