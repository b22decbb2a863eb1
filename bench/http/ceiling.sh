#!/usr/bin/env bash
# The check API against the ceiling of this server: Keycloak's own unauthenticated GET /realms/{realm},
# measured in the same run, in rounds whose order rotates, so every ratio compares like with like.
#   bench/http/ceiling.sh [seconds per run, default 10] [rounds, default 2] [connections, default 16]
# Kinds (see ceiling.py): realm, self (a user asks about itself with its own token), checker (a service
# asks about a user), batch (evaluations of 100 allowed decisions through a group grant).
# Needs PostgreSQL on 127.0.0.1:5432 and wrk. RA_JAR=... measures another build of the jar (keycloak.sh).
set -euo pipefail
source "$(dirname "$0")/keycloak.sh"
DURATION="${1:-10}"
ROUNDS="${2:-2}"
CONNECTIONS="${3:-16}"
RESULTS="$BENCH_DIR/ceiling-results.md"
KINDS=(realm self checker batch)

require_wrk
keycloak_install
trap keycloak_stop EXIT
keycloak_start
echo "==> setting up realm 'bench' and checking the answers"
python3 "$ROOT/bench/http/setup.py" "$BENCH_DIR/requests.json"
python3 "$ROOT/bench/http/ceiling.py" "$BENCH_DIR/requests.json" "$BENCH_DIR/ceiling.json"

field() { python3 -c "import json,sys; print(json.load(open('$BENCH_DIR/ceiling.json'))['$1']['$2'])"; }

load() { # kind seconds
  BENCH_METHOD="$(field "$1" method)" BENCH_PATH="$(field "$1" path)" BENCH_TOKEN="$(field "$1" token)" \
    BENCH_BODY="$(field "$1" body)" BENCH_CONTENT_TYPE="application/json" \
    wrk -t2 -c"$CONNECTIONS" -d"$2"s --latency -s "$ROOT/bench/http/request.lua" "$KC_URL" | grep '^RESULT'
}

echo "==> warming up (JIT), 10 s each"
for kind in "${KINDS[@]}"; do load "$kind" 10 > /dev/null; done

{
  echo "| round | kind | requests/s | × realm | checks/s | p50 ms | p90 ms | p99 ms | failed |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  declare -A rate=()
  for i in 0 1 2 3; do
    # The order rotates each round; the realm endpoint's rate of the same round is the reference.
    kind="${KINDS[$(( (i + round - 1) % 4 ))]}"
    eval "$(load "$kind" "$DURATION" | sed 's/^RESULT //')"
    rate[$kind]="$(awk -v n="$requests" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')"
    line[$i]="$kind $requests $seconds $p50_us $p90_us $p99_us $failed"
  done
  for i in 0 1 2 3; do
    read -r kind requests seconds p50 p90 p99 failed <<< "${line[$i]}"
    checks=1; [ "$kind" = batch ] && checks=100
    awk -v r="$round" -v k="$kind" -v n="$requests" -v s="$seconds" -v ref="${rate[realm]}" -v c="$checks" \
        -v p50="$p50" -v p90="$p90" -v p99="$p99" -v f="$failed" \
        'BEGIN { printf "| %d | %s | %.0f | %.2f | %.0f | %.2f | %.2f | %.2f | %d |\n", r, k, n / s, n / s / ref, \
                 c * n / s, p50 / 1000, p90 / 1000, p99 / 1000, f }' | tee -a "$RESULTS"
  done
done
echo "==> results in $RESULTS"
