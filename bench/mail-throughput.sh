#!/usr/bin/env bash
# Emails sent per second through Keycloak's own email sender: access requests created one after the other, each
# telling its approvers, received by an in-process GreenMail as the realm's SMTP server. Needs a running Keycloak with
# this extension (bench/console-keycloak.sh start: http://localhost:8180, admin / admin).
#   bench/mail-throughput.sh [BASE_URL] [REQUESTS] [APPROVERS] [SMTP_PORT]
#   (defaults http://localhost:8180 100 5 3125: 500 mails)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$ROOT" && mvn -B -q -DskipTests package -pl bench -am)
exec java -cp "$ROOT/bench/target/benchmarks.jar" io.runtimeaccess.bench.mail.MailThroughput "$@"
