#!/usr/bin/env bash
# Access tokens per second through the token endpoint (client credentials), with the claim contract from
# the runtime-attributes-token-mapper, from Keycloak's stock mappers producing the same claims, and
# without those claims, in rounds whose order rotates so none always runs first on a warming server.
# Besides the rate, each run reads the server's own CPU time (/proc/<pid>/stat, user + system) before and
# after: CPU per token is far less sensitive than the rate to what else runs on a shared machine.
#   bench/tokens/run.sh [seconds per run, default 10] [rounds, default 3] [connections, default 8]
# Needs PostgreSQL on 127.0.0.1:5432 and wrk. RA_JAR=... measures another build of the jar (keycloak.sh).
set -euo pipefail
source "$(dirname "$0")/../http/keycloak.sh"
DURATION="${1:-10}"
ROUNDS="${2:-3}"
CONNECTIONS="${3:-8}"
RESULTS="$BENCH_DIR/tokens-results.md"
KINDS=(runtime stock none)

require_wrk
keycloak_install
trap keycloak_stop EXIT
keycloak_start
python3 "$ROOT/bench/tokens/setup.py" "$BENCH_DIR/tokens.json"

# The Keycloak JVM: kc.sh's child (kc.sh starts java without exec).
server_pid() {
  local parent
  parent="$(cat "$BENCH_DIR/keycloak.pid")"
  pgrep -P "$parent" java || echo "$parent"
}
SERVER_PID="$(server_pid)"
TICKS_PER_SECOND="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

field() { python3 -c "import json,sys; print(json.load(open('$BENCH_DIR/tokens.json'))['$1']['$2'])"; }

load() { # kind seconds
  BENCH_PATH="$(field "$1" path)" BENCH_BODY="$(field "$1" body)" BENCH_TOKEN="" \
    BENCH_CONTENT_TYPE="application/x-www-form-urlencoded" \
    wrk -t2 -c"$CONNECTIONS" -d"$2"s --latency -s "$ROOT/bench/http/request.lua" "$KC_URL" | grep '^RESULT'
}

echo "==> warming up (JIT), 15 s each"
for kind in "${KINDS[@]}"; do load "$kind" 15 > /dev/null; done
{
  echo "| round | mappers | tokens/s | cost × stock (rate) | CPU ms/token | CPU cost × stock | p50 ms | p99 ms | failed |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  declare -A rate=() cpu=()
  for i in 0 1 2; do
    kind="${KINDS[$(( (i + round - 1) % 3 ))]}"
    before="$(cpu_ticks)"
    eval "$(load "$kind" "$DURATION" | sed 's/^RESULT //')"
    after="$(cpu_ticks)"
    rate[$kind]="$(awk -v n="$requests" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')"
    cpu[$kind]="$(awk -v t="$((after - before))" -v hz="$TICKS_PER_SECOND" -v n="$requests" \
        'BEGIN { printf "%.4f", 1000 * t / hz / n }')"
    line[$i]="$kind $requests $seconds $p50_us $p99_us $failed"
  done
  for i in 0 1 2; do
    read -r kind requests seconds p50 p99 failed <<< "${line[$i]}"
    # Cost per token relative to the stock mappers: the inverse ratio of the rates, and the ratio of the
    # server's CPU time per token.
    awk -v r="$round" -v k="$kind" -v n="$requests" -v s="$seconds" -v stock="${rate[stock]}" -v p50="$p50" \
        -v p99="$p99" -v f="$failed" -v c="${cpu[$kind]}" -v cstock="${cpu[stock]}" \
        'BEGIN { printf "| %d | %s | %.0f | %.3f | %.3f | %.3f | %.2f | %.2f | %d |\n", r, k, n / s, \
                 stock / (n / s), c, c / cstock, p50 / 1000, p99 / 1000, f }' | tee -a "$RESULTS"
  done
done
echo "==> results in $RESULTS"
