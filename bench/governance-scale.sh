#!/usr/bin/env bash
# Access-intelligence runs at scale.
#   bench/governance-scale.sh core [USERS] [SEED] [HEAP]
#       the whole analysis of a run (peers, dormancy, reconciliation, SoD, risk) on a generated realm of USERS
#       users (default 100000, seed 1) in a JVM with HEAP (default 2g); one JSON line with the seconds per step
#       and the heap in use after the run
#   bench/governance-scale.sh apj [path to apj.txt]
#       Keycloak on PostgreSQL (port 8280, as bench/scale/run.sh) with the 'apj' matrix loaded (2,044 users),
#       then three POST runs and the three reports timed; one JSON line
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
case "${1:-core}" in
  core)
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl governance-evaluation -am)
    exec java -Xmx"${4:-2g}" -jar "$ROOT/governance-evaluation/target/governance-evaluation.jar" scale \
        --users "${2:-100000}" --seed "${3:-1}"
    ;;
  apj)
    source "$ROOT/bench/http/keycloak.sh"
    MATRIX="${2:-$ROOT/../shared/data/rolemining/apj.txt}"
    keycloak_install
    trap keycloak_stop EXIT
    keycloak_start
    echo "==> loading $(basename "$MATRIX")" >&2
    python3 "$ROOT/bench/scale/apj.py" "$MATRIX" "$BENCH_DIR" >&2
    python3 "$ROOT/bench/scale/governance_runs.py"
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
