#!/bin/sh
# Issue 7 network benchmark: the application's network classes and igraph on the same seeded graphs.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests -pl app -am package
CP=app/target/classes:$HOME/.m2/repository/org/jgrapht/jgrapht-core/1.5.3/jgrapht-core-1.5.3.jar:$HOME/.m2/repository/org/jheaps/jheaps/0.14/jheaps-0.14.jar
uptime
flock "${BENCH_LOCK:-/tmp/interstice-bench.lock}" java -Xmx3g -XX:+UseParallelGC -cp "$CP" bench/network/NetworkBench.java 2
uptime
flock "${BENCH_LOCK:-/tmp/interstice-bench.lock}" /usr/bin/python3 bench/network/igraph_bench.py 2
uptime
