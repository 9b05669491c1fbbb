#!/bin/sh
# Escalation sweep benchmark: the sweep's SQL over N open hand-offs (default 1,000,000, 1% overdue, 5 timed runs).
# Usage (from the repository root): bench/handoff/escalation-sweep.sh [open] [overdueFraction] [runs]
set -e
cd "$(dirname "$0")/../.."
# One reactor run, so the linkage module resolves to its classes without being installed.
mvn -B -q -pl app -am compile dependency:build-classpath -Dmdep.outputFile=target/handoff-bench.cp \
  -Dmdep.includeScope=runtime
uptime
exec java -Xmx1g -cp "app/target/classes:$(cat app/target/handoff-bench.cp)" bench/handoff/EscalationSweepBench.java "$@"
