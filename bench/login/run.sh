#!/usr/bin/env bash
# Login throughput of one Keycloak with the runtime-access-events listener off, on, and on with its
# webhook receiver down, in rounds that alternate the three so all see the same machine.
#   bench/login/run.sh [seconds per run, default 20] [rounds, default 3]
set -euo pipefail
source "$(dirname "$0")/../http/keycloak.sh"
DURATION="${1:-20}"
ROUNDS="${2:-3}"
RESULTS="$BENCH_DIR/login-results.md"

require_wrk
keycloak_install
trap keycloak_stop EXIT
keycloak_start --proxy-headers=xforwarded --metrics-enabled=true
python3 "$ROOT/bench/login/setup.py" create

load() {
  wrk -t2 -c8 -d"$1"s --latency -s "$ROOT/bench/login/login.lua" "$KC_URL" | grep '^RESULT'
}
echo "==> warming up (60 s, until the JIT has settled)"
python3 "$ROOT/bench/login/setup.py" mode on
load 60 > /dev/null
{
  echo "| round | listener | requests/s | p50 ms | p99 ms | failed (guesses) |"
  echo "|---:|---|---:|---:|---:|---:|"
} > "$RESULTS"
MODES=(off on dead-webhook)
for round in $(seq 1 "$ROUNDS"); do
  # The order rotates each round, so no mode always runs first (or last) in a still-warming server.
  for i in 0 1 2; do
    mode="${MODES[$(( (i + round - 1) % 3 ))]}"
    python3 "$ROOT/bench/login/setup.py" mode "$mode"
    eval "$(load "$DURATION" | sed 's/^RESULT //')"
    awk -v r="$round" -v m="$mode" -v n="$requests" -v s="$seconds" -v p50="$p50_us" -v p99="$p99_us" -v f="$failed" \
        'BEGIN { printf "| %d | %s | %.1f | %.2f | %.2f | %d |\n", r, m, n / s, p50 / 1000, p99 / 1000, f }' | tee -a "$RESULTS"
  done
done
curl -s "http://localhost:9280/metrics" | grep -E '^runtime_access_(events_(received|scored|dropped)_total|webhook_dropped)' \
  | tee -a "$BENCH_DIR/login-metrics.txt"
