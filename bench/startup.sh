#!/usr/bin/env bash
# Issue 14, row "JVM start + one small file": ./quotable extract on a two-paragraph article, 10 runs each without
# and with the launcher's AppCDS archive (cli/target/quotable.jsa); prints median wall time and median CPU time
# (user + sys, which a shared machine disturbs less); then with the archive but without the launcher's quick-start
# flags for small runs (QUOTABLE_JVM=large: C2 and G1, as a large run gets them).
#   bench/startup.sh [runs, default 10]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
./quotable --version >/dev/null          # builds the tool and its archive when needed
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
sample="$(mktemp --suffix=.txt)"
trap 'rm -f "$sample" "$sample.time"' EXIT
printf 'Talks resumed on Monday.\n\n"We are close to a deal," said Anna Keller, the finance minister.\n' > "$sample"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() {
  local label="$1"; shift
  local walls=() cpus=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$sample.time" -f "%e %U %S" env "$@" ./quotable extract "$sample" >/dev/null 2>&1
    read -r wall user sys < "$sample.time"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
  done
  printf '%-28s median wall %.2f s, median CPU %.2f s (walls: %s)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" "${walls[*]}"
}
measure "no archive (QUOTABLE_CDS=0)" QUOTABLE_CDS=0
measure "AppCDS archive" QUOTABLE_CDS=1
measure "AppCDS, JVM defaults" QUOTABLE_CDS=1 QUOTABLE_JVM=large
