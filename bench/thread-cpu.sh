#!/usr/bin/env bash
# CPU seconds per thread group of one command (issue 14: which threads use the cores, on a machine whose load makes
# wall times meaningless). Polls /proc/PID/task/*/stat every 0.1 s and keeps each thread's highest figure, so threads
# that end before the process (the extraction pool) count too; threads are grouped by name without their number.
#   bench/thread-cpu.sh java -Xmx1g -jar cli/target/quotable.jar extract -j 2 news.jsonl -o /tmp/q.jsonl
# Prints: wall 41.1 | total 15.6 | C2 CompilerThre 4.0 | java 2.9 | quotable-extrac 6.8 | ... ("java" is main;
# Linux keeps 15 characters of a name). Groups under 0.05 CPU-s are left out. A poll takes 0.1 s and more under
# load, so the last moments of each thread are missed: right for threads that live seconds, not for short ones.
set -uo pipefail
start=$(date +%s.%N)
"$@" & pid=$!
snap="$(mktemp)"
trap 'rm -f "$snap"' EXIT
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    s=$(cat "$t/stat" 2>/dev/null) && c=$(cat "$t/comm" 2>/dev/null) || continue
    echo "${t##*/}|$c|$(echo "$s" | sed 's/.*) //' | awk '{print $12 + $13}')"   # utime + stime, in clock ticks
  done >> "$snap"
  sleep 0.1
done
rc=0; wait "$pid" || rc=$?
end=$(date +%s.%N)
awk -F'|' -v t="$(getconf CLK_TCK)" -v w="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
  { if ($3 > m[$1]) m[$1] = $3; nm[$1] = $2 }
  END {
    for (i in m) { n = nm[i]; gsub(/#?[0-9]+$/, "", n); sub(/ *$/, "", n); a[n] += m[i]; tot += m[i] }
    printf "wall %.1f | total %.1f |", w, tot / t
    for (k in a) if (a[k] / t >= 0.05) printf " %s %.1f |", k, a[k] / t
    print ""
  }' "$snap"
exit "$rc"
