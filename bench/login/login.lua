-- Password logins of 50 users in turn, each from its own address through X-Forwarded-For, so the
-- listener sees ordinary sign-ins rather than one address signing in everybody.
local n = 0
request = function()
  n = n % 50 + 1
  local body = "grant_type=password&client_id=bench-cli&username=user" .. n .. "&password=user" .. n
  return wrk.format("POST", "/realms/logins/protocol/openid-connect/token",
    {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Forwarded-For"] = "198.51.100." .. n,
     ["X-Forwarded-Proto"] = "https",
     ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_us=%d p90_us=%d p99_us=%d failed=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
