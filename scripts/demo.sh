#!/usr/bin/env bash
# Builds the extension, unpacks the official Keycloak distribution next to it, drops the jar into
# providers/, imports the realm templates and starts Keycloak in dev mode on its embedded database.
# Nothing is installed into your Maven repository: the jar is built in the reactor and copied. Maven
# only caches what it downloads (the plugins, Keycloak's jars and its distribution zip), as any build does.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${KC_PORT:-8080}"
if [ "$PORT" != 8080 ]; then
  echo "The realm templates point the brokers at localhost:8080; run the demo on port 8080." >&2
  exit 1
fi
command -v curl >/dev/null || { echo "The demo needs curl to tell when Keycloak is up." >&2; exit 1; }

# Whatever already answers on the port would pass the readiness check below in Keycloak's place.
port_free() {
  if (echo > "/dev/tcp/localhost/$PORT") 2>/dev/null; then
    echo "Port $PORT is taken (another Keycloak or demo?); stop what listens there and run the demo again." >&2
    exit 1
  fi
}
port_free

# Maven 3.8 prints colour resets even in batch mode; keep the output plain.
mvn_plain() {
  mvn -B -q "$@" 2>&1 | sed $'s/\x1b\\[[0-9;]*m//g'
}

echo "==> Building the extension jar (mvn package; nothing is installed)"
mvn_plain -DskipTests package -pl dist -am

KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)"
# The project's own version, the <version> right after the parent's artifactId.
RA_VERSION="$(sed -n '/<artifactId>runtime-access-parent<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' pom.xml)"
RA_JAR="dist/target/runtime-access-$RA_VERSION.jar"
if [ -z "$RA_VERSION" ] || [ ! -f "$RA_JAR" ]; then
  echo "The build did not produce $RA_JAR." >&2
  exit 1
fi
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:$(sed -n 's:.*<dependency-plugin.version>\(.*\)</dependency-plugin.version>.*:\1:p' pom.xml)"
DEMO_DIR="$PWD/.demo"
KC_HOME="$DEMO_DIR/keycloak-$KC_VERSION"
# Written only after an unpack finished; an interrupted one leaves kc.sh behind without it.
UNPACKED="$DEMO_DIR/keycloak-$KC_VERSION.unpacked"
if [ ! -f "$UNPACKED" ]; then
  echo "==> Unpacking Keycloak $KC_VERSION (org.keycloak:keycloak-quarkus-dist from Maven Central)"
  # The plugin remembers what it unpacked in a marker file under target/ and skips it next time, even
  # after .demo was deleted; our marker is missing, so unpack whatever the plugin's marker says.
  if ! mvn_plain -N "$DEPENDENCY_PLUGIN:unpack" -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$DEMO_DIR" -Dmdep.overWriteReleases=true || [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    echo "Unpacking Keycloak $KC_VERSION into $KC_HOME failed; delete $DEMO_DIR and try again." >&2
    exit 1
  fi
  touch "$UNPACKED"
fi

# Only this build's jar: an older runtime-access jar next to it would load twice.
rm -f "$KC_HOME"/providers/runtime-access-*.jar
cp "$RA_JAR" "$KC_HOME/providers/"
mkdir -p "$KC_HOME/data/import"
cp realm-templates/src/main/resources/realm-templates/*.json "$KC_HOME/data/import/"

# The banner shows the admin actually asked for, never a password taken from the environment.
if [ -n "${KC_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  ADMIN_PASSWORD_SHOWN="(from KC_BOOTSTRAP_ADMIN_PASSWORD)"
else
  ADMIN_PASSWORD_SHOWN="admin"
fi
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
ADMIN_LOGIN="$KC_BOOTSTRAP_ADMIN_USERNAME / $ADMIN_PASSWORD_SHOWN"

port_free
echo "==> Starting Keycloak $KC_VERSION with Runtime Access on port $PORT (about a minute the first time)"
"$KC_HOME/bin/kc.sh" start-dev --http-port="$PORT" --import-realm &
KC_PID=$!
trap 'kill "$KC_PID" 2>/dev/null; wait "$KC_PID" 2>/dev/null; exit 130' INT TERM

# The imported realm answering is the sign that the server is up and the templates are in.
READY_URL="http://localhost:$PORT/realms/organization/.well-known/openid-configuration"
for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; then
    cat <<MSG

  Keycloak $KC_VERSION with Runtime Access is up on http://localhost:$PORT

  Admin console      http://localhost:$PORT/admin/            $ADMIN_LOGIN
                     (the bootstrap admin is created on the first start only; delete $DEMO_DIR to change it)
  Runtime Access     http://localhost:$PORT/realms/organization/runtime-access/console/
    console          org-admin / org-admin (an admin of realm organization), or as a master admin at
                     http://localhost:$PORT/realms/master/runtime-access/console/  $ADMIN_LOGIN
  Federated login    http://localhost:$PORT/realms/organization/account/
                     choose "Customer IdP (OIDC)" or "Customer IdP (SAML)", then
                     alice / alice   groups, DN group, group object, filters, designer
                     bob / bob       no groups, no filters, not a designer
                     carol / carol   one group, one filter (try her over SAML)
  Local user         dana / dana     (organization realm, attributes set by an admin)
  See the contract   Admin console > organization > Clients > runtime-demo > Client scopes >
                     Evaluate > pick a user > Generated access token
  A user token       curl -s -d grant_type=password -d client_id=runtime-demo \\
                       -d client_secret=runtime-demo-secret -d username=dana -d password=dana \\
                       http://localhost:$PORT/realms/organization/protocol/openid-connect/token

  Stop with Ctrl+C. Delete $DEMO_DIR to start from scratch.

MSG
    wait "$KC_PID"
    exit $?
  fi
  if ! kill -0 "$KC_PID" 2>/dev/null; then
    wait "$KC_PID" || true
    echo "Keycloak stopped before it answered; see its output above." >&2
    exit 1
  fi
  sleep 1
done
echo "Keycloak did not answer on $READY_URL within 5 minutes; stopping it." >&2
kill "$KC_PID" 2>/dev/null || true
wait "$KC_PID" 2>/dev/null || true
exit 1
