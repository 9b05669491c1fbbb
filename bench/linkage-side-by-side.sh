#!/usr/bin/env bash
# Side by side on FEBRL1-4, in one run: our linkage CLI and the peer, Duke 1.2, each in its own JVM
# (java -Xmx4g), measured for wall time (process start to clusters written) and peak memory (max RSS), then
# scored by the same pairwise-F1 evaluator. Prints one table.
#
# Build first (from the repo root):
#   mvn -B -q -DskipTests package && mvn -B -q -Pbench -DskipTests package
# Usage: bench/linkage-side-by-side.sh [--datasets "1 2 3 4"] [--tools "ours duke"] [--out DIR]
# Environment: SHARED_DIR (the shared/ directory, found automatically), JAVA (default java), OURS_JAR (our CLI jar),
#              DUKE_OPTS (extra DukeFebrl options), OURS_OPTS (extra options for our dedupe/link),
#              OURS_CMD (replaces "java -Xmx4g -jar linkage/target/interstice-linkage.jar", e.g. to test the script).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench-lib.sh"

DATASETS="1 2 3 4"
TOOLS="ours duke"
OUT="$REPO/bench/target/side-by-side"
while [ $# -gt 0 ]; do
  case "$1" in
    --datasets) DATASETS=$2; shift 2 ;;
    --tools) TOOLS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

JAVA=${JAVA:-java}
SHARED=$(find_shared)
FEBRL="$SHARED/data/febrl"
OURS_JAR=${OURS_JAR:-"$REPO/linkage/target/interstice-linkage.jar"}
BENCH_JAR="$REPO/bench/target/interstice-bench.jar"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
cd "$REPO"

if [ ! -f "$BENCH_JAR" ]; then
  echo "missing $BENCH_JAR: build with mvn -B -q -Pbench -DskipTests package" >&2
  exit 2
fi
init_timer
echo "data: $FEBRL" >&2
echo "results and logs: $OUT" >&2
LOAD_BEFORE=$(load_line)

# FEBRL columns mapped to our field types from what they mean (the engine never sees rec_id's entity number:
# --id is only an id). soc_sec_id is a person's social security number, so `identifier` (exact / one keying
# error / else), as Duke is given Levenshtein for it; street_number and state have no type of their own: `other`.
FIELDS=(--id rec_id --field given_name=given_name --field family_name=surname --field other=street_number
        --field address=address_1 --field address=address_2 --field city=suburb --field postcode=postcode
        --field other=state --field dob=date_of_birth --field identifier=soc_sec_id)

ROWS=()
for d in $DATASETS; do
  if [ "$d" = 4 ]; then
    truth=(--truth-left "$FEBRL/dataset4a.csv" --truth-right "$FEBRL/dataset4b.csv" --febrl)
  else
    truth=(--truth "$FEBRL/dataset$d.csv" --febrl)
  fi
  for tool in $TOOLS; do
    log="$OUT/febrl$d-$tool"
    clusters="$log.clusters.csv"
    rm -f "$clusters"
    case "$tool" in
      ours)
        if [ -n "${OURS_CMD:-}" ]; then
          read -r -a ours <<<"$OURS_CMD"
        else
          ours=("$JAVA" -Xmx4g -jar "$OURS_JAR")
        fi
        if [ -z "${OURS_CMD:-}" ] && [ ! -f "$OURS_JAR" ]; then
          echo "febrl$d ours: missing $OURS_JAR (build with mvn -B -q -DskipTests package)" >&2
          ROWS+=("FEBRL$d|ours|-|-|-|-|-|-|not built"); continue
        fi
        if [ "$d" = 4 ]; then
          cmd=("${ours[@]}" link --left "$FEBRL/dataset4a.csv" --right "$FEBRL/dataset4b.csv"
               "${FIELDS[@]}" --out "$clusters" --pairs "$log.pairs.csv" ${OURS_OPTS:-})
        else
          cmd=("${ours[@]}" dedupe --input "$FEBRL/dataset$d.csv"
               "${FIELDS[@]}" --out "$clusters" --pairs "$log.pairs.csv" ${OURS_OPTS:-})
        fi ;;
      duke)
        # FEBRL4 is two duplicate-free files linked one to one, so Duke runs with --singlematch (its option
        # for exactly that case: keep only each record's best match).
        single=(); [ "$d" = 4 ] && single=(--singlematch)
        cmd=("$JAVA" -Xmx4g -cp "$BENCH_JAR" org.interstice.bench.DukeFebrl --dataset "$d" --data "$FEBRL"
             --out "$clusters" "${single[@]}" ${DUKE_OPTS:-}) ;;
      *) echo "unknown tool $tool" >&2; exit 2 ;;
    esac
    echo "febrl$d $tool: ${cmd[*]}" >&2
    measure "$log" "${cmd[@]}"
    if [ "$MEASURED_EXIT" != 0 ] || [ ! -s "$clusters" ]; then
      echo "febrl$d $tool: FAILED (exit $MEASURED_EXIT); see $log.err:" >&2
      tail -5 "$log.err" >&2 || true
      ROWS+=("FEBRL$d|$tool|-|-|-|$MEASURED_WALL|$MEASURED_CPU|$MEASURED_PEAK_MB|failed (exit $MEASURED_EXIT)")
      continue
    fi
    if ! scores=$("$JAVA" -cp "$BENCH_JAR" org.interstice.bench.Evaluate --clusters "$clusters" "${truth[@]}" --tsv \
                  2>"$log.eval.err"); then
      echo "febrl$d $tool: evaluation failed:" >&2; cat "$log.eval.err" >&2
      ROWS+=("FEBRL$d|$tool|-|-|-|$MEASURED_WALL|$MEASURED_CPU|$MEASURED_PEAK_MB|evaluation failed"); continue
    fi
    IFS=$'\t' read -r p r f tp pred truepairs records <<<"$scores"
    ROWS+=("FEBRL$d|$tool|$p|$r|$f|$MEASURED_WALL|$MEASURED_CPU|$MEASURED_PEAK_MB|tp $tp, predicted $pred, true $truepairs")
    echo "febrl$d $tool: P $p R $r F1 $f, $MEASURED_WALL s wall, $MEASURED_CPU s CPU, $MEASURED_PEAK_MB MB" >&2
  done
done
LOAD_AFTER=$(load_line)

{
  echo "Linkage side by side ($(date -u +%Y-%m-%dT%H:%MZ)); each tool its own JVM, -Xmx4g"
  echo "before: $LOAD_BEFORE"
  echo "after:  $LOAD_AFTER"
  printf '%-8s %-5s %9s %9s %9s %8s %8s %8s  %s\n' dataset tool precision recall F1 "wall s" "CPU s" "peak MB" \
    "pairs"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r ds tool p r f w cpu m note <<<"$row"
    fmt() { [ "$1" = - ] && echo - || printf '%.4f' "$1"; }
    printf '%-8s %-5s %9s %9s %9s %8s %8s %8s  %s\n' "$ds" "$tool" "$(fmt "$p")" "$(fmt "$r")" "$(fmt "$f")" "$w" \
      "$cpu" "$m" "$note"
  done
} | tee "$OUT/table.txt"
