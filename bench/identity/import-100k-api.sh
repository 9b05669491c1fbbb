#!/usr/bin/env bash
# Benchmark: 100,000 records sent through POST /api/v1/imports to a running server, timed until the import is DONE
# (every record has its final subject or waits for review) AND every listener has handled the events it caused
# (no incomplete entry left in Spring Modulith's event publication registry). Target: <= 60 s for both together.
# Run from the repository root after  mvn -B -q -DskipTests package
# Usage: bench/identity/import-100k-api.sh [records] [seed]        (needs psql, curl, jq)
set -euo pipefail
RECORDS=${1:-100000}
SEED=${2:-7}
WORK=${BENCH_DIR:-/tmp/interstice-bench-import-api}
PORT=${PORT:-18811}
TOKEN=import-bench-token-0123456789abcdef
rm -rf "$WORK" && mkdir -p "$WORK"
cp "${APP_JAR:-app/target/interstice.jar}" "$WORK/interstice.jar"
java -cp "${LINKAGE_JAR:-linkage/target/interstice-linkage.jar}" org.interstice.linkage.synth.GenerateCommand \
  --records "$RECORDS" --seed "$SEED" --out "$WORK/raw.csv"
sed '1s/^record_id/source_id/' "$WORK/raw.csv" > "$WORK/extract.csv"

export INTERSTICE_DATA_DIR="$WORK/data" INTERSTICE_DEMO_PASSWORD=bench-password INTERSTICE_DEMO_API_TOKEN=$TOKEN SERVER_PORT=$PORT
echo "Starting the server and seeding the demo partnership (not measured)..."
java -Xmx2g -jar "$WORK/interstice.jar" >"$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the server stopped; see $WORK/app.log"; exit 1; }
  sleep 1
done
PGPORT=$(grep -o "embedded PostgreSQL 17 on localhost:[0-9]*" "$WORK/app.log" | head -1 | sed 's/.*://')
PSQL="psql -h localhost -p $PGPORT -U postgres -d postgres -At"
incomplete() { $PSQL -c "select count(*) from event_publication where completion_date is null"; }
# the demo's own imports and their events finish first (not measured)
until [ "$(incomplete)" = 0 ]; do sleep 1; done

echo "Importing $RECORDS records as NSP through the API (measured)..."
uptime
START=$(date +%s.%N)
ID=$(curl -sS -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/extract.csv" -F agency=NSP -F accept_valid_rows=true \
  "http://localhost:$PORT/api/v1/imports" | jq -r .id)
while [ "$(curl -sS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/imports/$ID" | jq -r .status)" = RUNNING ]; do
  sleep 0.5
done
DONE=$(date +%s.%N)
until [ "$(incomplete)" = 0 ]; do sleep 0.5; done
DRAINED=$(date +%s.%N)
uptime
curl -sS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/imports/$ID" \
  | jq -c '{status, rows, accepted, rejected, created, sent_to_review}'
grep -E "Trained linkage model|Re-evaluated" "$WORK/app.log" | tail -2 | sed "s/.*: //" || true
echo "Import DONE after $(echo "$DONE - $START" | bc) s; events drained after $(echo "$DRAINED - $START" | bc) s"
