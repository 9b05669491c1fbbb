#!/bin/sh
# Hand-off page latency: starts the application (demo data, fresh database in a temporary folder) on port 18080,
# times GET /handoffs/{id} for a practitioner (default 2000 requests after 300 warm-up), stops it.
# With OPEN > 0 the database also holds OPEN seeded open hand-offs (as the escalation sweep benchmark loads):
# the application then runs on its embedded PostgreSQL started separately (port 15432), so that the table can be
# filled after the demo partnership exists; the escalation sweep is held off so that it does not run mid-measure.
# Usage (from the repository root): bench/handoff/handoff-page.sh [requests] [open]
set -e
cd "$(dirname "$0")/../.."
REQUESTS=${1:-2000}
OPEN=${2:-0}
mvn -B -q -pl app -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/handoff-bench.cp \
  -Dmdep.includeScope=runtime
CP="app/target/classes:$(cat app/target/handoff-bench.cp)"
DATA=$(mktemp -d)
PG=
APP=
cleanup() {
  [ -n "$APP" ] && kill $APP 2>/dev/null && wait $APP 2>/dev/null || true
  [ -n "$PG" ] && kill $PG 2>/dev/null && wait $PG 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
if [ "$OPEN" -gt 0 ]; then
  java -cp "$CP" bench/handoff/BenchDatabase.java serve "$DATA/pg" 15432 > "$DATA/pg.log" 2>&1 &
  PG=$!
  for i in $(seq 1 60); do grep -q READY "$DATA/pg.log" && break; sleep 1; done
  grep -q READY "$DATA/pg.log" || { cat "$DATA/pg.log"; exit 1; }
  export INTERSTICE_DATABASE_URL=jdbc:postgresql://localhost:15432/postgres INTERSTICE_DATABASE_USERNAME=postgres \
    INTERSTICE_DATABASE_PASSWORD=postgres INTERSTICE_HANDOFF_SWEEP_FIRST_AFTER=PT24H
fi
SERVER_PORT=18080 INTERSTICE_DATA_DIR="$DATA" INTERSTICE_DEMO=true INTERSTICE_DEMO_PASSWORD=bench-password \
  java -Xmx1g -jar app/target/interstice.jar > "$DATA/app.log" 2>&1 &
APP=$!
for i in $(seq 1 240); do
  curl -fs http://localhost:18080/actuator/health >/dev/null 2>&1 && break
  sleep 1
done
if [ "$OPEN" -gt 0 ]; then
  java -cp "$CP" bench/handoff/BenchDatabase.java seed jdbc:postgresql://localhost:15432/postgres "$OPEN"
fi
uptime
java bench/handoff/PageLatency.java http://localhost:18080 practitioner bench-password "$REQUESTS"
