# Shared helpers for the linkage benchmark scripts (sourced, not run).
# Sets REPO (the repository root) and provides find_shared, measure, fmt_* helpers.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)

# The shared data directory sits beside the repository clone (../shared from the repo root). Worktrees live
# elsewhere, so also try beside the main clone (git's common dir) and every ancestor; $SHARED_DIR overrides.
find_shared() {
  local candidates=()
  [ -n "${SHARED_DIR:-}" ] && candidates+=("$SHARED_DIR")
  candidates+=("$REPO/../shared")
  local common
  if common=$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    candidates+=("$(dirname "$common")/../shared")
  fi
  local dir=$REPO
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    candidates+=("$dir/shared")
  done
  local c
  for c in "${candidates[@]}"; do
    if [ -d "$c/data/febrl" ]; then
      (cd "$c" && pwd)
      return 0
    fi
  done
  echo "cannot find shared/data/febrl beside the repository; set SHARED_DIR" >&2
  return 1
}

# How we measure: GNU time (-v) gives wall-clock time and the peak resident set size of the process (and its
# children) as reported by the kernel. Without it we time with date and poll VmHWM in /proc (a lower bound).
TIME_BIN=""
init_timer() {
  if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    TIME_BIN=/usr/bin/time
    echo "measuring with GNU time (/usr/bin/time -v): wall clock and peak RSS" >&2
    return
  fi
  echo "/usr/bin/time (GNU time) is not installed." >&2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing it: apt-get install -y time" >&2
    if apt-get install -y -q time >/dev/null 2>&1 && [ -x /usr/bin/time ]; then
      TIME_BIN=/usr/bin/time
      echo "measuring with GNU time (/usr/bin/time -v): wall clock and peak RSS" >&2
      return
    fi
    echo "apt-get install -y time failed" >&2
  fi
  echo "FALLBACK: wall time from date, peak memory by polling /proc/PID/status VmHWM every 50 ms" \
    "(a lower bound: growth after the last poll is missed)" >&2
}

# measure LOGPREFIX cmd... : runs the command with stdout/stderr to LOGPREFIX.out/.err and sets
# MEASURED_EXIT, MEASURED_WALL (seconds), MEASURED_CPU (user + system seconds, "-" if unknown: useful when the
# machine is shared, as wall time then depends on the load) and MEASURED_PEAK_MB.
measure() {
  local log=$1
  shift
  MEASURED_EXIT=0
  if [ -n "$TIME_BIN" ]; then
    "$TIME_BIN" -v -o "$log.time" "$@" >"$log.out" 2>"$log.err" || MEASURED_EXIT=$?
    MEASURED_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$log.time")
    MEASURED_PEAK_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
    MEASURED_CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' \
                   "$log.time")
    if grep -q "Command exited with non-zero status" "$log.time"; then
      MEASURED_EXIT=$(awk '/Command exited with non-zero status/ { print $NF }' "$log.time")
    fi
  else
    local start end pid hwm=0 v
    start=$(date +%s%N)
    "$@" >"$log.out" 2>"$log.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid" || MEASURED_EXIT=$?
    end=$(date +%s%N)
    MEASURED_WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    MEASURED_PEAK_MB=">=$((hwm / 1024))"
    MEASURED_CPU="-"
  fi
}

load_line() {
  echo "machine: $(nproc) cores; uptime:$(uptime | sed 's/.*up/ up/')"
}
