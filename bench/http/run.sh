#!/usr/bin/env bash
# HTTP benchmark of the check API: the AuthZEN evaluation endpoint against Keycloak Authorization
# Services answering the same role-based question (uma-ticket, response_mode=decision), on one
# Keycloak, alternating the two at each concurrency so both see the same machine.
#   bench/http/run.sh [seconds per run, default 20]
# Needs PostgreSQL on 127.0.0.1:5432 and wrk (installed from Debian's packages if missing).
set -euo pipefail
source "$(dirname "$0")/keycloak.sh"
DURATION="${1:-20}"
RESULTS="$BENCH_DIR/http-results.md"

require_wrk
keycloak_install
trap keycloak_stop EXIT
keycloak_start
echo "==> setting up realm 'bench' and checking that both APIs agree"
python3 "$ROOT/bench/http/setup.py" "$BENCH_DIR/requests.json"

field() { python3 -c "import json,sys; print(json.load(open('$BENCH_DIR/requests.json'))['$1']['$2'])"; }

load() { # kind threads connections seconds
  local kind="$1" content_type
  [ "$kind" = authzen ] && content_type="application/json" || content_type="application/x-www-form-urlencoded"
  BENCH_PATH="$(field "$kind" path)" BENCH_TOKEN="$(field "$kind" token)" BENCH_BODY="$(field "$kind" body)" \
    BENCH_CONTENT_TYPE="$content_type" \
    wrk -t"$2" -c"$3" -d"$4"s --latency -s "$ROOT/bench/http/request.lua" "$KC_URL" | grep '^RESULT'
}

echo "==> warming up (JIT) both endpoints"
load authzen 2 8 15 > /dev/null
load uma 2 8 15 > /dev/null

{
  echo "| connections | API | requests/s | p50 ms | p90 ms | p99 ms | failed |"
  echo "|---:|---|---:|---:|---:|---:|---:|"
} > "$RESULTS"
for connections in 1 4 16 64; do
  threads=$(( connections < 2 ? 1 : 2 ))
  for kind in authzen uma; do
    line="$(load "$kind" "$threads" "$connections" "$DURATION")"
    eval "$(echo "$line" | sed 's/^RESULT //')"
    name="AuthZEN evaluation"; [ "$kind" = uma ] && name="Authorization Services (uma-ticket, decision)"
    awk -v c="$connections" -v n="$name" -v r="$requests" -v s="$seconds" -v p50="$p50_us" -v p90="$p90_us" \
        -v p99="$p99_us" -v f="$failed" \
        'BEGIN { printf "| %d | %s | %.0f | %.2f | %.2f | %.2f | %d |\n", c, n, r / s, p50 / 1000, p90 / 1000, p99 / 1000, f }' \
        | tee -a "$RESULTS"
  done
done
echo "==> results in $RESULTS"
