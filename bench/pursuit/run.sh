#!/bin/sh
# Issue 7 latency benchmark: the alarm list and the two-step neighbourhood over HTTP, 10,000 suspects.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests -pl app -am package
mvn -B -q -pl app dependency:build-classpath -Dmdep.outputFile=/tmp/pursuit-bench-cp.txt
# the linkage module from this checkout, not whatever jar ~/.m2 holds
sed -i "s#[^:]*/interstice-linkage-[^:]*\.jar#$PWD/linkage/target/classes#" /tmp/pursuit-bench-cp.txt
uptime
flock "${BENCH_LOCK:-/tmp/interstice-bench.lock}" java -Xmx1500m -cp "app/target/classes:$(cat /tmp/pursuit-bench-cp.txt)" bench/pursuit/PursuitBench.java 10000
uptime
