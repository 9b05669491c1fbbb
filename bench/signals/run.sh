#!/bin/sh
# Issue 13 benchmark: signal intake with 1,000,000 signals stored, the chronology of a child with 2,000 events, and
# the "known elsewhere" sweep over 50,000 children, against the real application and embedded PostgreSQL.
# Usage (from the repository root): bench/signals/run.sh [requests, default 2000] [client threads, default 1]
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests -pl app -am package
mvn -B -q -pl app dependency:build-classpath -Dmdep.outputFile=/tmp/signals-bench-cp.txt
# the linkage module from this checkout, not whatever jar ~/.m2 holds
sed -i "s#[^:]*/interstice-linkage-[^:]*\.jar#$PWD/linkage/target/classes#" /tmp/signals-bench-cp.txt
echo "machine: $(nproc) cores"; uptime
flock "${BENCH_LOCK:-/tmp/interstice-bench.lock}" java -Xmx1500m -cp "app/target/classes:$(cat /tmp/signals-bench-cp.txt)" \
  bench/signals/SignalsBench.java "$@"
uptime
