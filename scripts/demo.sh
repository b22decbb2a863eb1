#!/usr/bin/env bash
# Builds the extension, unpacks the official Keycloak distribution next to it, drops the jar into
# providers/, imports the realm templates and starts Keycloak in dev mode on its embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${KC_PORT:-8080}"
if [ "$PORT" != 8080 ]; then
  echo "The realm templates point the brokers at localhost:8080; run the demo on port 8080." >&2
  exit 1
fi

echo "==> Building the extension jar"
mvn -B -q -DskipTests install -pl dist,realm-templates -am

KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:$(sed -n 's:.*<dependency-plugin.version>\(.*\)</dependency-plugin.version>.*:\1:p' pom.xml)"
DEMO_DIR=".demo"
KC_HOME="$DEMO_DIR/keycloak-$KC_VERSION"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "==> Unpacking Keycloak $KC_VERSION (org.keycloak:keycloak-quarkus-dist from Maven Central)"
  mvn -B -q "$DEPENDENCY_PLUGIN:unpack" -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$DEMO_DIR"
fi

rm -f "$KC_HOME"/providers/runtime-access-*.jar
cp dist/target/runtime-access-*.jar "$KC_HOME/providers/"
mkdir -p "$KC_HOME/data/import"
cp realm-templates/src/main/resources/realm-templates/*.json "$KC_HOME/data/import/"

cat <<MSG

  Keycloak $KC_VERSION with Runtime Access is starting on http://localhost:$PORT

  Admin console      http://localhost:$PORT/admin/            admin / admin
  Federated login    http://localhost:$PORT/realms/organization/account/
                     choose "Customer IdP (OIDC)" or "Customer IdP (SAML)", then
                     alice / alice   groups, DN group, group object, filters, designer
                     bob / bob       no groups, no filters, not a designer
                     carol / carol   one group, one filter (try her over SAML)
  Local user         dana / dana     (organization realm, attributes set by an admin)
  See the contract   Admin console > organization > Clients > runtime-demo > Client scopes >
                     Evaluate > pick a user > Generated access token

  Stop with Ctrl+C. Delete $DEMO_DIR to start from scratch.

MSG

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "$KC_HOME/bin/kc.sh" start-dev --http-port="$PORT" --import-realm
