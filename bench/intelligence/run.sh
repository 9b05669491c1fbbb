#!/bin/sh
# Issue 12: person resolution in intelligence. Pairwise precision/recall/F1 on a generated corpus with ground truth,
# throughput of 10,000 reports through the real recording path, and p95 of one report against 100,000 persons.
#   bench/intelligence/run.sh [SEED] [REPORTS] [PERSONS]      (defaults 20261204, 10000, 100000)
#   JAVA_OPTS="-Dinterstice.intelligence.resolution.bridges=false" to try a setting
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests -pl app -am package
mvn -B -q -pl app dependency:build-classpath -Dmdep.outputFile="$PWD/app/target/resolution-bench-cp.txt"
# the linkage module from this checkout, not whatever jar ~/.m2 holds (the classpath file is this checkout's own:
# another checkout running the bench at the same time must not swap its linkage classes in)
sed -i "s#[^:]*/interstice-linkage-[^:]*\.jar#$PWD/linkage/target/classes#" app/target/resolution-bench-cp.txt
uptime
flock "${BENCH_LOCK:-/tmp/interstice-bench.lock}" java -Xmx2g $JAVA_OPTS -cp "app/target/classes:linkage/target/classes:$(cat app/target/resolution-bench-cp.txt)" \
    bench/intelligence/ResolutionBench.java "${1:-20261204}" "${2:-10000}" "${3:-100000}"
uptime
