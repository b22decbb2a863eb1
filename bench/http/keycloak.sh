#!/usr/bin/env bash
# Shared by the HTTP benchmarks: unpacks Keycloak with the drop-in jar under bench/target and starts or
# stops it on port 8280 (management 9280) with PostgreSQL database runtime_access_perf.
# RA_JAR=path/to/runtime-access-....jar installs that jar instead of building this checkout's (to measure
# another version, e.g. main's, with the same script).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:$(sed -n 's:.*<dependency-plugin.version>\(.*\)</dependency-plugin.version>.*:\1:p' "$ROOT/pom.xml")"
BENCH_DIR="$ROOT/bench/target/http"
KC_HOME="$BENCH_DIR/keycloak-$KC_VERSION"
KC_URL="http://localhost:8280"
DB_NAME="runtime_access_perf"

keycloak_install() {
  local jar="${RA_JAR:-}"
  if [ -z "$jar" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl dist -am)
    jar="$(ls "$ROOT"/dist/target/runtime-access-*.jar | grep -v -e original -e sources | head -1)"
  fi
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    mkdir -p "$BENCH_DIR"
    (cd "$ROOT" && mvn -B -q -N "$DEPENDENCY_PLUGIN:unpack" \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$BENCH_DIR")
  fi
  rm -f "$KC_HOME"/providers/runtime-access-*.jar
  cp "$jar" "$KC_HOME/providers/runtime-access-bench.jar"
}

keycloak_start() {
  if curl -s -o /dev/null "$KC_URL/"; then
    echo "Something already answers on $KC_URL; stop it first." >&2
    return 1
  fi
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KC_HOME/bin/kc.sh" start --http-enabled=true --hostname-strict=false --http-port=8280 \
      --http-management-port=9280 --cache=local --db=postgres \
      --db-url="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" --db-username=postgres --db-password=unused \
      "$@" > "$BENCH_DIR/keycloak.log" 2>&1 &
  echo $! > "$BENCH_DIR/keycloak.pid"
  for _ in $(seq 1 180); do
    if curl -sf "$KC_URL/realms/master" > /dev/null; then return 0; fi
    sleep 1
  done
  echo "Keycloak did not start; see $BENCH_DIR/keycloak.log" >&2
  return 1
}

keycloak_stop() {
  if [ -f "$BENCH_DIR/keycloak.pid" ]; then
    pkill -P "$(cat "$BENCH_DIR/keycloak.pid")" 2>/dev/null || true
    kill "$(cat "$BENCH_DIR/keycloak.pid")" 2>/dev/null || true
    rm -f "$BENCH_DIR/keycloak.pid"
    sleep 3
  fi
}

require_wrk() {
  command -v wrk > /dev/null || { echo "==> installing wrk (Debian package)"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk > /dev/null; }
}
