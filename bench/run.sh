#!/usr/bin/env bash
# Runs Quotable's benchmarks and prints the results that docs/benchmarks.md records.
#   bench/run.sh            JMH micro-benchmarks (extraction per article length, export per format)
#                           and an end-to-end build of a generated 20,000-article dataset under a 512 MB heap.
#   bench/run.sh jmh        only the JMH part;   bench/run.sh build [articles]   only the end-to-end part.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what="${1:-all}"
./mvnw -B -q -DskipTests package

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"

if [ "$what" = all ] || [ "$what" = jmh ]; then
  # JMH_ARGS: extra JMH options, e.g. JMH_ARGS="-f 1 -wi 1 -i 3" for a quick run.
  # shellcheck disable=SC2086
  java -jar bench/target/benchmarks.jar -rf json -rff bench/target/jmh-result.json ${JMH_ARGS:-}
fi

if [ "$what" = all ] || [ "$what" = build ]; then
  articles="${2:-20000}"
  data="bench/target/dataset-$articles"
  [ -d "$data" ] || java -cp "bench/target/benchmarks.jar" org.quotable.bench.GenerateDataset "$data" "$articles"
  echo "end-to-end: quotable build of $articles generated articles ($(du -h "$data/articles/articles.jsonl" | cut -f1)), -Xmx512m, no cache"
  /usr/bin/time -f "wall %e s, max RSS %M KB" \
    env QUOTABLE_JAVA_OPTS="-Xmx512m" ./quotable build "$data" --no-cache --output "$data/build"
fi
