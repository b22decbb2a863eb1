-- Sends one fixed POST again and again. run.sh passes the path, bearer token, content type and body
-- in environment variables, so no token is ever written into a file under version control.
wrk.method = "POST"
wrk.path = os.getenv("BENCH_PATH")
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

-- done(): the RESULT line, shared by the benchmark scripts (bench/wrk_result.lua)
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "../wrk_result.lua")
