#!/usr/bin/env bash
# Scale: the real 'apj' access matrix (2,044 users, 1,164 permissions, 6,841 assignments) loaded through
# the admin APIs, every decision checked, then check latency on it with wrk.
#   bench/scale/run.sh [path to apj.txt] [seconds per load run, default 20]
set -euo pipefail
source "$(dirname "$0")/../http/keycloak.sh"
MATRIX="${1:-$ROOT/../shared/data/rolemining/apj.txt}"
DURATION="${2:-20}"

require_wrk
keycloak_install
trap keycloak_stop EXIT
keycloak_start
echo "==> loading $(basename "$MATRIX")"
python3 "$ROOT/bench/scale/apj.py" "$MATRIX" "$BENCH_DIR"

load() { # threads connections seconds
  BENCH_PATH="/realms/apj/runtime-access/access/v1/evaluation" BENCH_TOKEN="$(cat "$BENCH_DIR/apj-token.txt")" \
    BENCH_BODIES="$BENCH_DIR/apj-bodies.txt" \
    wrk -t"$1" -c"$2" -d"$3"s --latency -s "$ROOT/bench/scale/bodies.lua" "$KC_URL" | grep '^RESULT'
}
echo "==> warming up"
load 2 8 15 > /dev/null
{
  echo "| connections | requests/s | p50 ms | p90 ms | p99 ms | failed |"
  echo "|---:|---:|---:|---:|---:|---:|"
} > "$BENCH_DIR/apj-latency.md"
for connections in 1 4 16; do
  threads=$(( connections < 2 ? 1 : 2 ))
  eval "$(load "$threads" "$connections" "$DURATION" | sed 's/^RESULT //')"
  awk -v c="$connections" -v r="$requests" -v s="$seconds" -v p50="$p50_us" -v p90="$p90_us" -v p99="$p99_us" \
      -v f="$failed" 'BEGIN { printf "| %d | %.0f | %.2f | %.2f | %.2f | %d |\n", c, r / s, p50 / 1000, p90 / 1000, p99 / 1000, f }' \
      | tee -a "$BENCH_DIR/apj-latency.md"
done
cat "$BENCH_DIR/apj-results.json"; echo
