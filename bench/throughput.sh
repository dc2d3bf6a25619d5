#!/usr/bin/env bash
# Extraction throughput of `quotable extract` end to end (issue 14): JVM start, reading JSON Lines, extraction and
# writing the quotes, on generated news-like corpora (bench NewsCorpus: ~4,900-character articles, each distinct).
#   bench/throughput.sh                      sizes 10 50 200 MB, -j 1 and -j 2
#   SIZES="10 50" THREADS="2" bench/throughput.sh
#   ROUNDS=3 bench/throughput.sh             -j 1 and -j 2 alternated 3 times per size (a shared machine's load moves)
# JAR=path/to/quotable.jar measures another build of the CLI (default: cli/target/quotable.jar, built first);
# JAVA_OPTS adds JVM options (default heap settings: -Xmx1g -XX:+AlwaysPreTouch).
# Prints one line per run: wall time, CPU time (user+sys from /usr/bin/time), MB/s of input per wall second and per
# CPU second, words of article text per CPU second, and the 1-minute load average when the run ended. On a shared
# machine compare the CPU figures: wall time depends on what else runs. With ROUNDS > 1 the -j 2 / -j 1 ratio is
# printed for every round (runs back to back), and the median of the rounds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes="${SIZES:-10 50 200}"
threads="${THREADS:-1 2}"
rounds="${ROUNDS:-1}"
jar="${JAR:-cli/target/quotable.jar}"
if [ -z "${JAR:-}" ]; then ./mvnw -B -q -DskipTests -pl cli,bench -am package; touch cli/target/.quotable-built
elif [ ! -f bench/target/benchmarks.jar ]; then ./mvnw -B -q -DskipTests -pl bench -am package; fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jar: $jar; JVM: -Xmx1g -XX:+AlwaysPreTouch ${JAVA_OPTS:-}"
printf '%-6s %-3s %8s %8s %9s %12s %14s %8s %6s\n' MB -j wall_s cpu_s MB/s_wall MB/s_per_cpu words/s_per_cpu quotes load
for size in $sizes; do
  corpus="bench/target/corpus/news-$size.jsonl"
  mkdir -p "$(dirname "$corpus")"
  if [ ! -f "$corpus" ] || [ ! -f "$corpus.stats" ]; then
    java -cp "bench/target/benchmarks.jar:bench/target/lib/*" org.quotable.bench.NewsCorpus "$corpus" "$size" > "$corpus.stats"
  fi
  bytes=$(stat -c %s "$corpus")
  words=$(awk '{print $5}' "$corpus.stats")
  ratios=()
  for round in $(seq "$rounds"); do
    declare -A walls=()
    for j in $threads; do
      times="$(mktemp)"
      # shellcheck disable=SC2086
      /usr/bin/time -o "$times" -f '%e %U %S' java -Xmx1g -XX:+AlwaysPreTouch ${JAVA_OPTS:-} -jar "$jar" extract -j "$j" "$corpus" -o bench/target/throughput.quotes.jsonl
      read -r wall user sys < "$times"; rm -f "$times"
      quotes=$(wc -l < bench/target/throughput.quotes.jsonl)
      walls[$j]="$wall"
      awk -v mb="$size" -v j="$j" -v b="$bytes" -v w="$words" -v wall="$wall" -v u="$user" -v s="$sys" -v q="$quotes" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        cpu = u + s; printf "%-6s %-3s %8.1f %8.1f %9.2f %12.2f %14.0f %8d %6s\n", mb, j, wall, cpu, b / 1e6 / wall, b / 1e6 / cpu, w / cpu, q, l }'
    done
    if [ -n "${walls[1]:-}" ] && [ -n "${walls[2]:-}" ]; then
      ratio=$(awk -v a="${walls[1]}" -v b="${walls[2]}" 'BEGIN { printf "%.2f", a / b }')
      ratios+=("$ratio")
      echo "$size -j 2 over -j 1 (wall), round $round: ${ratio}x"
    fi
    unset walls
  done
  if [ "${#ratios[@]}" -gt 1 ]; then
    echo "$size -j 2 over -j 1 (wall), median of ${#ratios[@]} rounds: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { print (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2) }')x"
  fi
done
rm -f bench/target/throughput.quotes.jsonl
