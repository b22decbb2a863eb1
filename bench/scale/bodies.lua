-- Cycles through pre-generated AuthZEN evaluation bodies (one JSON per line), so every request asks about
-- another (user, permission) pair of the real matrix. The bearer token comes from the environment.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  bodies[#bodies + 1] = line
end
local next_body = 0
local token = os.getenv("BENCH_TOKEN")
local path = os.getenv("BENCH_PATH")

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", path,
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, bodies[next_body])
end

-- done(): the RESULT line, shared by the benchmark scripts (bench/wrk_result.lua)
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "../wrk_result.lua")
