#!/usr/bin/env bash
# Scale: generate 1,000,000 synthetic UK records (fixed seed) with our `generate` command, dedupe them with our
# CLI in a 4 GB heap under GNU time (wall time, peak memory; the engine prints its phase times and pairs compared
# on stderr), then score the clusters against the generator's truth_id with the pairwise-F1 evaluator.
# Target (issue 6): <= 30 s wall, F1 >= 0.95, within -Xmx4g, on this 2-core machine.
#
# Build first (from the repo root):
#   mvn -B -q -DskipTests package && mvn -B -q -Pbench -DskipTests package
# Usage: bench/linkage-million.sh [--records N] [--seed S] [--out DIR]
# Environment: JAVA (default java); OURS_JAR (default linkage/target/interstice-linkage.jar); OURS_CMD replaces "java -Xmx4g -jar linkage/target/interstice-linkage.jar"
# for the dedupe step (e.g. to test this script). The generated file is kept and reused for the same N and seed.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench-lib.sh"

RECORDS=1000000
SEED=20261128
OUT="$REPO/bench/target/million"
while [ $# -gt 0 ]; do
  case "$1" in
    --records) RECORDS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
JAVA=${JAVA:-java}
OURS_JAR=${OURS_JAR:-"$REPO/linkage/target/interstice-linkage.jar"}
BENCH_JAR="$REPO/bench/target/interstice-bench.jar"
for jar in "$OURS_JAR" "$BENCH_JAR"; do
  [ -f "$jar" ] || { echo "missing $jar: build first (see the header of $0)" >&2; exit 2; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
cd "$REPO"
init_timer
DATA="$OUT/generated-$RECORDS-$SEED.csv"

echo "== generate $RECORDS records, seed $SEED -> $DATA" >&2
if [ ! -s "$DATA" ]; then
  measure "$OUT/generate" "$JAVA" -Xmx1g -jar "$OURS_JAR" generate --records "$RECORDS" --seed "$SEED" --out "$DATA"
  if [ "$MEASURED_EXIT" != 0 ]; then
    echo "the CLI's generate subcommand failed (exit $MEASURED_EXIT: $(tail -1 "$OUT/generate.err"));" \
         "calling the generator class directly" >&2
    measure "$OUT/generate" "$JAVA" -Xmx1g -cp "$OURS_JAR" org.interstice.linkage.synth.GenerateCommand \
      --records "$RECORDS" --seed "$SEED" --out "$DATA"
    [ "$MEASURED_EXIT" = 0 ] || { cat "$OUT/generate.err" >&2; exit 1; }
  fi
  echo "generated in $MEASURED_WALL s (peak $MEASURED_PEAK_MB MB)" >&2
else
  echo "reusing $DATA" >&2
fi

LOAD_BEFORE=$(load_line)
echo "== dedupe (java -Xmx4g)" >&2
CLUSTERS="$OUT/clusters.csv"
rm -f "$CLUSTERS"
if [ -n "${OURS_CMD:-}" ]; then
  read -r -a ours <<<"$OURS_CMD"
else
  ours=("$JAVA" -Xmx4g -jar "$OURS_JAR")
fi
measure "$OUT/dedupe" "${ours[@]}" dedupe --input "$DATA" --id record_id \
  --field given_name=given_name --field family_name=family_name --field dob=dob --field sex=sex \
  --field postcode=postcode --field address=address --field city=city --field phone=phone --field email=email \
  --field nhs_number=nhs_number --field upn=upn --field pnc_id=pnc_id \
  --out "$CLUSTERS" --pairs "$OUT/pairs.csv"
LOAD_AFTER=$(load_line)
echo "-- engine stderr (phases, pairs compared):" >&2
tail -40 "$OUT/dedupe.err" >&2
if [ "$MEASURED_EXIT" != 0 ] || [ ! -s "$CLUSTERS" ]; then
  echo "dedupe FAILED (exit $MEASURED_EXIT) after $MEASURED_WALL s, peak $MEASURED_PEAK_MB MB" >&2
  exit 1
fi
echo "== evaluate against truth_id" >&2
SCORES=$("$JAVA" -Xmx2g -cp "$BENCH_JAR" org.interstice.bench.Evaluate --clusters "$CLUSTERS" --truth "$DATA" --tsv)
IFS=$'\t' read -r p r f tp pred truepairs records <<<"$SCORES"
{
  echo "Linkage at scale ($(date -u +%Y-%m-%dT%H:%MZ)): dedupe of $RECORDS generated records, seed $SEED, -Xmx4g"
  echo "before: $LOAD_BEFORE"
  echo "after:  $LOAD_AFTER"
  printf '%-9s %9s %9s %9s %8s %8s %8s  %s\n' records precision recall F1 "wall s" "CPU s" "peak MB" pairs
  printf '%-9s %9.4f %9.4f %9.4f %8s %8s %8s  %s\n' "$records" "$p" "$r" "$f" "$MEASURED_WALL" "$MEASURED_CPU" \
    "$MEASURED_PEAK_MB" "tp $tp, predicted $pred, true $truepairs"
} | tee "$OUT/table.txt"
