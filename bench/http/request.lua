-- Sends one fixed request again and again. The scripts pass the method (POST unless BENCH_METHOD says
-- otherwise), path, bearer token, content type and body in environment variables, so no token is ever
-- written into a file under version control. An empty token or body sends none.
wrk.method = os.getenv("BENCH_METHOD") or "POST"
wrk.path = os.getenv("BENCH_PATH")
local body = os.getenv("BENCH_BODY") or ""
if body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
end
local bearer = os.getenv("BENCH_TOKEN") or ""
if bearer ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. bearer
end

-- done(): the RESULT line, shared by the benchmark scripts (bench/wrk_result.lua)
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "../wrk_result.lua")
