#!/usr/bin/env bash
# Downloads the openly licensed IP location tables the runtime-access-events listener reads (IPv4 and
# IPv6 ranges to country, CC BY 4.0 data of the NRO; IPv4 and IPv6 ranges to autonomous systems,
# CC BY 4.0 data of DB-IP and RouteViews, both packaged by the ip-location-db project on the npm
# registry) and prints the server options that point Keycloak at them. Run it when installing; Keycloak itself fetches nothing.
#   scripts/ip-location.sh [target folder, default ./ip-location]
set -euo pipefail
TARGET="$(mkdir -p "${1:-ip-location}" && cd "${1:-ip-location}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent @ip-location-db/asn-country @ip-location-db/asn > /dev/null
tar xzf ip-location-db-asn-country-*.tgz package/asn-country-ipv4.csv package/asn-country-ipv6.csv \
    package/NRO_LICENSE
tar xzf ip-location-db-asn-[0-9]*.tgz package/asn-ipv4.csv package/asn-ipv6.csv package/DBIP-LICENSE \
    package/ROUTEVIEWS-LICENSE
mv package/* "$TARGET/"
P=--spi-events-listener--runtime-access-events
cat <<MSG
IP location tables in $TARGET (keep the licence files with them). Start Keycloak with:

  $P--ip-country-file=$TARGET/asn-country-ipv4.csv
  $P--ip-asn-file=$TARGET/asn-ipv4.csv
  $P--ip-country-ipv6-file=$TARGET/asn-country-ipv6.csv
  $P--ip-asn-ipv6-file=$TARGET/asn-ipv6.csv
MSG
