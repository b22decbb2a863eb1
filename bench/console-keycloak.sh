#!/usr/bin/env bash
# A Keycloak for the console benchmarks: the official distribution unpacked under bench/target/console, this
# checkout's dist jar in providers/, dev mode on its embedded H2 database (kept between runs, so a seeded
# realm stays seeded), on ports that leave the integration tests' 8080/9000 free.
#   bench/console-keycloak.sh start    # builds the jar (mvn package), waits until http://localhost:8180 answers
#   bench/console-keycloak.sh stop
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:$(sed -n 's:.*<dependency-plugin.version>\(.*\)</dependency-plugin.version>.*:\1:p' "$ROOT/pom.xml")"
DIR="$ROOT/bench/target/console"
KC_HOME="$DIR/keycloak-$KC_VERSION"
URL="http://localhost:8180"

start() {
  if curl -s -o /dev/null "$URL/"; then
    echo "Something already answers on $URL; stop it first." >&2
    return 1
  fi
  (cd "$ROOT" && mvn -B -q -DskipTests package -pl dist -am)
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    mkdir -p "$DIR"
    (cd "$ROOT" && mvn -B -q -N "$DEPENDENCY_PLUGIN:unpack" -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$DIR" -Dmdep.overWriteReleases=true)
  fi
  rm -f "$KC_HOME"/providers/runtime-access-*.jar
  cp "$ROOT"/dist/target/runtime-access-*.jar "$KC_HOME/providers/"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin setsid "$KC_HOME/bin/kc.sh" start-dev \
      --http-port=8180 --http-management-port=9180 > "$DIR/keycloak.log" 2>&1 &
  echo $! > "$DIR/keycloak.pid"
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "$URL/realms/master"; then echo "Keycloak is up on $URL (admin / admin)"; return 0; fi
    sleep 1
  done
  echo "Keycloak did not start; see $DIR/keycloak.log" >&2
  return 1
}

stop() {
  if [ -f "$DIR/keycloak.pid" ]; then
    # setsid made kc.sh a process group leader: stop it and the JVM it started, nothing else.
    kill -- -"$(cat "$DIR/keycloak.pid")" 2>/dev/null || true
    rm -f "$DIR/keycloak.pid"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
