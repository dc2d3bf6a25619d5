#!/usr/bin/env bash
# Extraction throughput of `quotable extract` end to end (issue 14): JVM start, reading JSON Lines, extraction and
# writing the quotes, on generated news-like corpora (bench NewsCorpus: ~4,900-character articles, each distinct).
#   bench/throughput.sh                      sizes 10 50 200 MB, -j 1 and -j 2
#   SIZES="10 50" THREADS="2" bench/throughput.sh
# JAR=path/to/quotable.jar measures another build of the CLI (default: cli/target/quotable.jar, built first);
# JAVA_OPTS adds JVM options (default heap settings: -Xmx1g -XX:+AlwaysPreTouch).
# Prints one line per run: wall time, CPU time (user+sys from /usr/bin/time), MB/s of input per wall second and per
# CPU second, and words of article text per CPU second. On a shared machine compare the CPU figures: wall time
# depends on what else runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes="${SIZES:-10 50 200}"
threads="${THREADS:-1 2}"
jar="${JAR:-cli/target/quotable.jar}"
if [ -z "${JAR:-}" ]; then ./mvnw -B -q -DskipTests -pl cli,bench -am package; touch cli/target/.quotable-built
elif [ ! -f bench/target/benchmarks.jar ]; then ./mvnw -B -q -DskipTests -pl bench -am package; fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jar: $jar; JVM: -Xmx1g -XX:+AlwaysPreTouch ${JAVA_OPTS:-}"
printf '%-6s %-3s %8s %8s %9s %12s %14s %8s\n' MB -j wall_s cpu_s MB/s_wall MB/s_per_cpu words/s_per_cpu quotes
for size in $sizes; do
  corpus="bench/target/corpus/news-$size.jsonl"
  mkdir -p "$(dirname "$corpus")"
  if [ ! -f "$corpus" ] || [ ! -f "$corpus.stats" ]; then
    java -cp "bench/target/benchmarks.jar:bench/target/lib/*" org.quotable.bench.NewsCorpus "$corpus" "$size" > "$corpus.stats"
  fi
  bytes=$(stat -c %s "$corpus")
  words=$(awk '{print $5}' "$corpus.stats")
  declare -A walls=()
  for j in $threads; do
    times="$(mktemp)"
    # shellcheck disable=SC2086
    /usr/bin/time -o "$times" -f '%e %U %S' java -Xmx1g -XX:+AlwaysPreTouch ${JAVA_OPTS:-} -jar "$jar" extract -j "$j" "$corpus" -o bench/target/throughput.quotes.jsonl
    read -r wall user sys < "$times"; rm -f "$times"
    quotes=$(wc -l < bench/target/throughput.quotes.jsonl)
    walls[$j]="$wall"
    awk -v mb="$size" -v j="$j" -v b="$bytes" -v w="$words" -v wall="$wall" -v u="$user" -v s="$sys" -v q="$quotes" 'BEGIN {
      cpu = u + s; printf "%-6s %-3s %8.1f %8.1f %9.2f %12.2f %14.0f %8d\n", mb, j, wall, cpu, b / 1e6 / wall, b / 1e6 / cpu, w / cpu, q }'
  done
  if [ -n "${walls[1]:-}" ] && [ -n "${walls[2]:-}" ]; then
    awk -v mb="$size" -v a="${walls[1]}" -v b="${walls[2]}" 'BEGIN { printf "%-6s -j 2 over -j 1 (wall): %.2fx\n", mb, a / b }'
  fi
  unset walls
done
rm -f bench/target/throughput.quotes.jsonl
