#!/usr/bin/env bash
# Access-review campaigns at scale.
#   bench/reviews-scale.sh [GRANTS]
#       Keycloak on PostgreSQL (port 8480, management 9480, database runtime_access_reviews_perf, so it runs beside
#       the other benchmarks' Keycloak on 8280) with GRANTS (default 100000) users and one runtime grant each,
#       written straight into USER_ENTITY and RA_GRANT with SQL (seeding that many through the admin API takes far
#       longer than the measurement); then a campaign over the solution's grants is created and closed with
#       auto-apply through the admin API, both timed. One JSON line.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/bench/http/keycloak.sh"
BENCH_DIR="$ROOT/bench/target/reviews"
KC_HOME="$BENCH_DIR/keycloak-$KC_VERSION"
KC_URL="http://localhost:8480"
DB_NAME="runtime_access_reviews_perf"
export KC_URL DB_NAME

reviews_keycloak_start() {
  if curl -s -o /dev/null "$KC_URL/"; then
    echo "Something already answers on $KC_URL; stop it first." >&2
    return 1
  fi
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KC_HOME/bin/kc.sh" start --http-enabled=true --hostname-strict=false --http-port=8480 \
      --http-management-port=9480 --cache=local --db=postgres \
      --db-url="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" --db-username=postgres --db-password=unused \
      > "$BENCH_DIR/keycloak.log" 2>&1 &
  echo $! > "$BENCH_DIR/keycloak.pid"
  for _ in $(seq 1 300); do
    if curl -sf "$KC_URL/realms/master" > /dev/null; then return 0; fi
    sleep 1
  done
  echo "Keycloak did not start; see $BENCH_DIR/keycloak.log" >&2
  return 1
}

keycloak_install
trap keycloak_stop EXIT
reviews_keycloak_start
python3 "$ROOT/bench/scale/reviews_campaign.py" "${1:-100000}"
