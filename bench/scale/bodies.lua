-- Cycles through pre-generated AuthZEN evaluation bodies (one JSON per line), so every request asks about
-- another (user, permission) pair of the real matrix. The bearer token comes from the environment.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  bodies[#bodies + 1] = line
end
local next_body = 0
local token = os.getenv("BENCH_TOKEN")

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", os.getenv("BENCH_PATH"),
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, bodies[next_body])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_us=%d p90_us=%d p99_us=%d failed=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
