#!/usr/bin/env bash
# The admin console's Share modal typeahead (user search + end-user group search, in parallel) against a
# running Keycloak with this extension: seeds the realm once (10,000 users, 2,000 groups,
# 20,000 memberships), then measures.
#   bench/console-typeahead.sh BASE_URL ADMIN_USER ADMIN_PASSWORD [--realm typeahead-bench] [--typists 1,8]
#       [--searches 400] [--pause-ms 200] [--users 10000] [--groups 2000] [--groups-per-user 2] [--seed 42] [--out FILE]
#       [--browser-passes N --console-user console-admin --console-password console-admin]
# --browser-passes N also types every search text N times into the console's Share modal in /usr/bin/chromium.
# bench/console-keycloak.sh starts a suitable Keycloak on http://localhost:8180 (admin / admin).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 3 ]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
(cd "$ROOT" && mvn -B -q -DskipTests package -pl bench -am)
exec java -cp "$ROOT/bench/target/benchmarks.jar" io.runtimeaccess.bench.console.ShareTypeaheadLoad "$@"
