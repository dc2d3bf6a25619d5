#!/usr/bin/env bash
# The Spark job's scaling on one machine: a generated CC-NEWS-like corpus of gzipped WARC archives (HTML pages made
# from synthetic articles, never evaluation data), extracted by quotable-spark in local[1] and local[2] in one run,
# then by `quotable build` on the same files; prints articles/s, MB/s of archive and the speed-up.
#
#   bench/spark-scaling.sh [megabytes, default 1024] [archives, default 4] [pages: full (default) or small]
#
# full pages weigh what real news pages do (about 33 KB of HTML, 13 KB gzipped: site furniture around the article),
# so 1 GB is some 80,000 pages; small pages (1.3 KB gzipped) were the first corpus, ten times as many pages per MB.
# The corpus is written once to bench/target/warc-<MB>mb[-small] and reused. Each run prints its wall time, CPU
# seconds (user + sys) and the load average at its start; record them in docs/benchmarks.md with the machine line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb="${1:-1024}"
archives="${2:-4}"
pages="${3:-full}"
# One reactor run: the classpath goal resolves the modules from the reactor, which a run of its own cannot.
./mvnw -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=compile
data="bench/target/warc-${mb}mb$([ "$pages" = small ] && echo -small)"
[ -d "$data/articles" ] || java -cp "bench/target/benchmarks.jar" org.quotable.bench.GenerateWarcCorpus "$data" "$mb" "$archives" "$pages"
bytes=$(du -cb "$data"/articles/*.warc.gz | tail -1 | cut -f1)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $data, $archives archives, $(awk -v b="$bytes" 'BEGIN {printf "%.1f MB", b/1e6}') of .warc.gz, $pages pages; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC')"

# The flags Spark's launcher adds on Java 17 (as in spark/pom.xml); spark-submit adds them on a cluster.
opens="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
opens="$opens --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
classpath="spark/target/quotable-spark.jar:$(cat spark/target/bench-classpath.txt)"

now() { date +%s.%N; }
rate() { awk -v n="$1" -v b="$bytes" -v s="$2" 'BEGIN {printf "%.1f s, %.1f articles/s, %.2f MB/s", s, n/s, b/1e6/s}'; }
load() { cut -d' ' -f1 /proc/loadavg; }
# CPU seconds (user + sys) of a command, from /usr/bin/time's line in the file $1.
cpu() { awk '/^cpu / {printf "%.1f CPU-s", $2 + $3}' "$1"; }

declare -A seconds
for cores in 1 2; do
  out="$data/spark-local$cores"
  before=$(load)
  start=$(now)
  # shellcheck disable=SC2086
  /usr/bin/time -f "cpu %U %S" -o "$data/spark-local$cores.time" java -Xmx3g $opens -Dspark.master="local[$cores]" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
    -Dspark.sql.shuffle.partitions=$((cores * 4)) -cp "$classpath" org.quotable.spark.QuotableSpark \
    "$data" "$out" --overwrite --partitions $((cores * 4)) 2> "$data/spark-local$cores.log"
  seconds[$cores]=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
  articles=$(grep -o 'quotable-spark: [0-9,]* articles' "$data/spark-local$cores.log" | tr -dc '0-9')
  echo "quotable-spark local[$cores]: $articles articles, $(rate "$articles" "${seconds[$cores]}"), $(cpu "$data/spark-local$cores.time"), load $before at start"
  grep -o 'quotable-spark plan: .*' "$data/spark-local$cores.log" | head -1 | sed 's/^/  /' || true
done
awk -v a="${seconds[1]}" -v b="${seconds[2]}" 'BEGIN {printf "speed-up local[2] over local[1]: %.2fx\n", a/b}'

./quotable --version > /dev/null    # any rebuild of the launcher's jar happens here, not in the timing
before=$(load)
start=$(now)
QUOTABLE_NO_BUILD=1 /usr/bin/time -f "cpu %U %S" -o "$data/cli-build.time" ./quotable -q build "$data" --no-cache --output "$data/cli-build" --threads 2
cli=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
echo "quotable build --threads 2: $articles articles, $(rate "$articles" "$cli"), $(cpu "$data/cli-build.time"), load $before at start"
