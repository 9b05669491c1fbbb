#!/usr/bin/env bash
# Benchmark: do subjects formed by importing agency extracts one at a time match a batch dedupe of the same records?
# Generates three agencies' extracts of one synthetic population (bench ParityExtracts: police NSP, health NBH,
# school NBC-EDU; children only), imports them through POST /api/v1/imports in three orders (a fresh database each
# time), reads every record's subject back from GET /api/v1/imports/{id}/records, and prints pairwise P/R/F1 of the
# app's subjects against the truth beside the CLI's batch dedupe (`interstice-linkage.jar dedupe`, default
# settings) of exactly the records the app accepted. A record waiting for review counts as a subject of its own.
# Run from the repository root after
#   mvn -B -q -DskipTests package && mvn -B -q -Pbench -pl bench -am -DskipTests package
# Usage: bench/identity/parity.sh [people] [seed] [orders...]     (default 4000 people, seed 202, three orders)
set -euo pipefail
PEOPLE=${1:-4000}
SEED=${2:-202}
shift $(( $# > 2 ? 2 : $# ))
ORDERS=("$@")
[ ${#ORDERS[@]} -eq 0 ] && ORDERS=("NSP NBH NBC-EDU" "NBC-EDU NBH NSP" "NBH NSP NBC-EDU")
WORK=${BENCH_DIR:-/tmp/interstice-bench-parity}
PORT=${PORT:-18611}
TOKEN=parity-bench-token-0123456789abcdef
APP_JAR=${APP_JAR:-app/target/interstice.jar}  # APP_JAR=... measures another build (e.g. the one before a change)
LINKAGE_JAR=linkage/target/interstice-linkage.jar
BENCH_JAR=bench/target/interstice-bench.jar
rm -rf "$WORK" && mkdir -p "$WORK"
# private copies: a rebuild during the run must not change the jars under a running JVM
cp "$APP_JAR" "$LINKAGE_JAR" "$BENCH_JAR" "$WORK/"
APP_JAR=$WORK/interstice.jar LINKAGE_JAR=$WORK/interstice-linkage.jar BENCH_JAR=$WORK/interstice-bench.jar

java -cp "$BENCH_JAR" org.interstice.bench.ParityExtracts --people "$PEOPLE" --seed "$SEED" --out "$WORK/extracts"
FIELDS=(--field given_name=given_name --field family_name=family_name --field dob=dob --field sex=sex
        --field postcode=postcode --field address=address --field phone=phone --field email=email
        --field nhs_number=nhs_number --field upn=upn --field pnc_id=pnc_id)

APP_PID=""
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; APP_PID=""; }
trap stop_app EXIT

api() { curl -sS -H "Authorization: Bearer $TOKEN" "$@"; }

evaluate() { # clusters truth -> "P R F1 tp predicted true records"
  java -cp "$BENCH_JAR" org.interstice.bench.Evaluate --clusters "$1" --truth "$2" --tsv
}

RESULTS=()
for ORDER in "${ORDERS[@]}"; do
  NAME=$(echo "$ORDER" | tr ' ' '-')
  RUN="$WORK/run-$NAME"
  mkdir -p "$RUN"
  echo "== order: $ORDER"
  INTERSTICE_DATA_DIR="$RUN/data" INTERSTICE_DEMO_PASSWORD=bench-password INTERSTICE_DEMO_API_TOKEN=$TOKEN \
    SERVER_PORT=$PORT java -Xmx2g -jar "$APP_JAR" >"$RUN/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $RUN/app.log"; exit 1; }
    sleep 1
  done
  uptime
  START=$(date +%s.%N)
  : >"$RUN/clusters.csv.body"
  IDS=()
  for CODE in $ORDER; do
    ID=$(api -F "file=@$WORK/extracts/$CODE.csv;filename=$CODE-$SEED.csv" -F "agency=$CODE" -F accept_valid_rows=true \
         "http://localhost:$PORT/api/v1/imports" | jq -r .id)
    while :; do
      STATUS=$(api "http://localhost:$PORT/api/v1/imports/$ID")
      S=$(echo "$STATUS" | jq -r .status)
      [ "$S" != "RUNNING" ] && break
      sleep 0.5
    done
    echo "$CODE: $(echo "$STATUS" | jq -c '{status, accepted, rejected, created, sent_to_review}')"
    IDS+=("$CODE=$ID")
  done
  END=$(date +%s.%N)
  for PAIR in "${IDS[@]}"; do
    CODE=${PAIR%%=*}
    api "http://localhost:$PORT/api/v1/imports/${PAIR#*=}/records" \
      | jq -r --arg c "$CODE" '.[] | "\($c):\(.source_id),\(.subject_id // ("review-" + $c + ":" + .source_id))"' \
      >>"$RUN/clusters.csv.body"
  done
  stop_app
  { echo "record_id,cluster_id"; cat "$RUN/clusters.csv.body"; } >"$RUN/app-clusters.csv"
  # the batch sees exactly the records the app accepted
  cut -d, -f1 "$RUN/clusters.csv.body" >"$RUN/accepted.txt"
  awk -F, 'NR == FNR { keep[$1]; next } FNR == 1 || ($1 in keep)' "$RUN/accepted.txt" "$WORK/extracts/all.csv" \
    >"$RUN/records.csv"
  java -jar "$LINKAGE_JAR" dedupe --input "$RUN/records.csv" --id record_id "${FIELDS[@]}" \
    --out "$RUN/cli-clusters.csv" 2>"$RUN/cli.log"
  RECORDS=$(($(wc -l <"$RUN/accepted.txt")))
  REVIEW=$(grep -c ',review-' "$RUN/clusters.csv.body" || true)
  read -r AP AR AF _ <<<"$(evaluate "$RUN/app-clusters.csv" "$RUN/records.csv")"
  read -r CP CR CF _ <<<"$(evaluate "$RUN/cli-clusters.csv" "$RUN/records.csv")"
  LINE=$(printf "%-22s %7d %7d %6.2f%% | app P %.4f R %.4f F1 %.4f | batch P %.4f R %.4f F1 %.4f | %.1f s" \
    "$ORDER" "$RECORDS" "$REVIEW" "$(echo "100 * $REVIEW / $RECORDS" | bc -l)" "$AP" "$AR" "$AF" "$CP" "$CR" "$CF" \
    "$(echo "$END - $START" | bc)")
  echo "$LINE"
  RESULTS+=("$LINE")
done
echo
echo "seed $SEED, $PEOPLE people generated; machine: $(nproc) cores; uptime:$(uptime | sed 's/.*up/ up/')"
printf "%-22s %7s %7s %7s | %s\n" "order" "records" "review" "review%" "pairwise against the truth (imports' wall time)"
printf "%s\n" "${RESULTS[@]}"
