#!/bin/sh
# Hand-off page latency: starts the application (demo data, fresh embedded database in a temporary folder) on
# port 18080, times GET /handoffs/{id} for a practitioner (default 2000 requests after 300 warm-up), stops it.
# Usage (from the repository root): bench/handoff/handoff-page.sh [requests]
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl app -am package -DskipTests
DATA=$(mktemp -d)
SERVER_PORT=18080 INTERSTICE_DATA_DIR="$DATA" INTERSTICE_DEMO=true INTERSTICE_DEMO_PASSWORD=bench-password \
  java -Xmx1g -jar app/target/interstice.jar > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for i in $(seq 1 180); do
  curl -fs http://localhost:18080/actuator/health >/dev/null 2>&1 && break
  sleep 1
done
uptime
java bench/handoff/PageLatency.java http://localhost:18080 practitioner bench-password "${1:-2000}"
