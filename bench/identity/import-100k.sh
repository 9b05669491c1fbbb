#!/usr/bin/env bash
# Benchmark: import and link 100,000 records from one CSV extract through the command-line import
# (the same path as an upload). Target: <= 60 s. Run from the repository root after
#   mvn -B -q -DskipTests package
# Usage: bench/identity/import-100k.sh [records] [seed]
set -euo pipefail
RECORDS=${1:-100000}
SEED=${2:-7}
WORK=${BENCH_DIR:-/tmp/interstice-bench-import}
rm -rf "$WORK" && mkdir -p "$WORK"
LINKAGE_JAR=linkage/target/interstice-linkage.jar
APP_JAR=${APP_JAR:-app/target/interstice.jar}

echo "Generating $RECORDS synthetic records (seed $SEED)..."
java -cp "$LINKAGE_JAR" org.interstice.linkage.synth.GenerateCommand --records "$RECORDS" --seed "$SEED" --out "$WORK/raw.csv"
# The generator's record_id becomes the agency's source_id; its other columns already use the canonical names
# (truth_id, agency and city are not canonical and are ignored by the import).
sed '1s/^record_id/source_id/' "$WORK/raw.csv" > "$WORK/extract.csv"

export INTERSTICE_DATA_DIR="$WORK/data"
export INTERSTICE_DEMO_PASSWORD=bench-password
# First start seeds the Northbridge demo partnership (and its people); it is not part of the measurement.
echo "Seeding the demo partnership (not measured)..."
java -jar "$APP_JAR" import --agency NSP --file /dev/null >/dev/null 2>&1 || true

echo "Importing $RECORDS records as NSP (measured, including application start-up)..."
uptime
START=$(date +%s.%N)
java -Xmx2g -jar "$APP_JAR" import --agency NSP --file "$WORK/extract.csv" --accept-valid-rows | tee "$WORK/import.log"
END=$(date +%s.%N)
uptime
echo "Wall clock: $(echo "$END - $START" | bc) s (see 'import took' above for the import alone)"
