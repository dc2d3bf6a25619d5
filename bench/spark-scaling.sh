#!/usr/bin/env bash
# The Spark job's scaling on one machine: a generated CC-NEWS-like corpus of gzipped WARC archives (HTML pages made
# from synthetic articles, never evaluation data), extracted by quotable-spark in local[1] and local[2] in one run,
# then by `quotable build` on the same files (both writing Parquet only); prints articles/s, MB/s of archive,
# CPU seconds per MB and the speed-up, then the same as a Markdown table for docs/benchmarks.md.
#
#   bench/spark-scaling.sh [megabytes, default 1024] [archives, default 4] [pages: full (default) or small]
#
# full pages weigh what real news pages do (about 33 KB of HTML, 13 KB gzipped: site furniture around the article),
# so 1 GB is some 80,000 pages; small pages (1.3 KB gzipped) were the first corpus, ten times as many pages per MB.
# The corpus is written once to bench/target/warc-<MB>mb[-small] and reused. Every command is printed before it
# runs; each run's output (Spark's log, the CLI's messages) is kept in bench/target/warc-…/<run>.log, and a failing
# step stops the script with its name, its log's path and the log's last lines.
#
# Settings (environment):
#   CORES="1 2"        the local[N] runs, in order            HEAP=4g        -Xmx of every JVM
#   PARTS_PER_CORE=4   --partitions per core                  CLI=1          0 skips the quotable build run
#   JAVA_OPTS_EXTRA    more JVM options for the Spark runs    MVN_OFFLINE=1  0 lets Maven download what it lacks
#   GC=-XX:+UseParallelGC  the Spark runs' collector (GC=-XX:+UseG1GC for the JVM's default; the parallel one took
#                      1 GB from 1.16x to 1.26x and cut the CPU-s by a sixth, docs/benchmarks.md)
#   SPARK_JAR          another build of the job (an A/B run)  TAG           suffix of the runs' names and logs
#   BUILD=1            0 skips the Maven build (reuse the jars)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb="${1:-1024}"
archives="${2:-4}"
pages="${3:-full}"
cores_list="${CORES:-1 2}"
heap="${HEAP:-4g}"
gc="${GC--XX:+UseParallelGC}"
parts_per_core="${PARTS_PER_CORE:-4}"

say() { printf '%s\n' "$*"; }
fail() { say "spark-scaling: $*" >&2; exit 1; }
# Any command that fails without its own message still says where.
trap 'rc=$?; say "spark-scaling: failed (exit $rc) at line $LINENO: $BASH_COMMAND" >&2' ERR
# Runs a step with its output in a log; on failure names the step and shows the log's end.
logged() {
  local name="$1" log="$2"; shift 2
  local shown="$*"
  [ -n "${classpath:-}" ] && shown="${shown//"$classpath"/'$classpath'}"    # the classpath is printed once, below
  say "+ $shown > $log 2>&1"
  if ! "$@" > "$log" 2>&1; then
    say "spark-scaling: $name failed; its log is $log, ending:" >&2
    tail -n 30 "$log" | sed 's/^/  | /' >&2
    exit 1
  fi
}

[[ "$mb" =~ ^[0-9]+$ && "$archives" =~ ^[0-9]+$ && "$mb" -gt 0 && "$archives" -gt 0 ]] \
  || fail "usage: bench/spark-scaling.sh [megabytes] [archives] [full|small]; got '$mb' '$archives'"
[[ "$pages" = full || "$pages" = small ]] || fail "pages must be full or small, not '$pages'"
[ -x /usr/bin/time ] || fail "/usr/bin/time is needed for the CPU seconds (Debian: apt-get install time)"

mkdir -p bench/target
jar="${SPARK_JAR:-spark/target/quotable-spark.jar}"
tag="${TAG:-}"
if [ "${BUILD:-1}" = 1 ]; then
  offline=$([ "${MVN_OFFLINE:-1}" = 1 ] && echo -o || echo "")
  # One reactor run: the classpath goal resolves the modules from the reactor, which a run of its own cannot.
  logged "the build" bench/target/spark-scaling-build.log ./mvnw -B $offline -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=compile
fi
[ -f "$jar" ] || fail "no $jar: build it (BUILD=1) or give SPARK_JAR"
[ -f spark/target/bench-classpath.txt ] || fail "no spark/target/bench-classpath.txt: run once with BUILD=1"

suffix=""
if [ "$pages" = small ]; then suffix="-small"; fi
data="bench/target/warc-${mb}mb$suffix"
if [ ! -d "$data/articles" ]; then
  logged "the corpus generator" "bench/target/warc-${mb}mb$suffix.generate.log" \
    java -Xmx2g -cp bench/target/benchmarks.jar org.quotable.bench.GenerateWarcCorpus "$data" "$mb" "$archives" "$pages"
fi
compgen -G "$data/articles/*.warc.gz" > /dev/null || fail "$data/articles holds no .warc.gz; delete $data and rerun"
bytes=$(du -cb "$data"/articles/*.warc.gz | tail -n 1 | cut -f1)
megabytes=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}')
say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -n 1 || true), load $(cut -d' ' -f1-3 /proc/loadavg)"
say "job: $jar ($(sha256sum "$jar" | cut -c1-12)), -Xmx$heap $gc ${JAVA_OPTS_EXTRA:-}"
say "corpus: $data, $(ls "$data"/articles/*.warc.gz | wc -l) archives, $megabytes MB of .warc.gz, $pages pages; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC')"

# The flags Spark's launcher adds on Java 17 (as in spark/pom.xml); spark-submit adds them on a cluster.
opens="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
opens="$opens --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
classpath="$jar:$(cat spark/target/bench-classpath.txt)"
say "classpath: $jar, then the jars in spark/target/bench-classpath.txt"

now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
# Of a Spark log (local mode), the seconds from Spark's start to its stop in which no task ran (the driver alone:
# start-up, planning, code generation, the speaker pass), in which one ran, and two or more: the serial part that
# caps local[2]'s speed-up whatever the load, since it is measured in the run itself.
busy_of() {
  awk 'BEGIN { n = 0 }
       function ts(t,   a) { split(t, a, ":"); return a[1]*3600 + a[2]*60 + a[3] }
       function ev(t, d) { if (last != "") busy[n > 2 ? 2 : n] += t - last; last = t; n += d }
       /Running Spark version/ && last == "" { last = ts($2) }
       /Executor: Running task/ { ev(ts($2), 1) }
       /Executor: Finished task/ { ev(ts($2), -1) }
       /Successfully stopped SparkContext/ { ev(ts($2), 0) }
       END { printf "Spark up %d s: no task running %d s, one %d s, two or more %d s", busy[0] + busy[1] + busy[2], busy[0], busy[1], busy[2] }' "$1"
}
# CPU seconds (user + sys) from /usr/bin/time's line in the file $1.
cpu_of() { awk '/^cpu / {printf "%.1f", $2 + $3}' "$1"; }
rows=()
# Records one run: name, articles, wall seconds, CPU seconds, load at its start.
record() {
  local line
  line=$(awk -v n="$2" -v s="$3" -v c="$4" -v b="$bytes" 'BEGIN {printf "%s articles, %.1f s, %.1f articles/s, %.2f MB/s, %.1f CPU-s (%.2f CPU-s per MB)", n, s, n/s, b/1e6/s, c, c/(b/1e6)}')
  say "$1: $line, load $5 at start"
  rows+=("$(awk -v r="$1" -v n="$2" -v s="$3" -v c="$4" -v b="$bytes" -v l="$5" 'BEGIN {printf "| %s | %s | %.1f s | %.1f | %.2f | %.1f | %.2f | %s |", r, n, s, n/s, b/1e6/s, c, c/(b/1e6), l}')")
}

declare -A seconds
articles=""
for cores in $cores_list; do
  run="spark-local$cores$tag"
  out="$data/$run"
  log="$data/$run.log"
  partitions=$((cores * parts_per_core))
  before=$(load)
  start=$(now)
  # shellcheck disable=SC2086
  logged "quotable-spark local[$cores]$tag" "$log" /usr/bin/time -f "cpu %U %S" -o "$data/$run.time" \
    java -Xmx"$heap" $opens $gc ${JAVA_OPTS_EXTRA:-} -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.sql.shuffle.partitions="$partitions" \
    -cp "$classpath" org.quotable.spark.QuotableSpark "$data" "$out" --overwrite --partitions "$partitions"
  seconds[$cores]=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
  summary=$(grep -o 'quotable-spark: [0-9,]* articles.*' "$log" | tail -n 1 || true)
  [ -n "$summary" ] || fail "quotable-spark local[$cores]$tag printed no summary line; see $log"
  articles=$(sed 's/^quotable-spark: \([0-9,]*\) articles.*/\1/' <<< "$summary" | tr -d ,)
  record "quotable-spark local[$cores]$tag" "$articles" "${seconds[$cores]}" "$(cpu_of "$data/$run.time")" "$before"
  say "  $summary"
  say "  $(busy_of "$log")"
  grep -o 'quotable-spark plan: .*' "$log" | head -n 1 | sed 's/^/  /' || true
done
if [ -n "${seconds[1]:-}" ] && [ -n "${seconds[2]:-}" ]; then
  speedup=$(awk -v a="${seconds[1]}" -v b="${seconds[2]}" 'BEGIN {printf "%.2f", a/b}')
  say "speed-up local[2] over local[1]: ${speedup}x (target 1.8x on an idle 2-core machine)"
fi

if [ "${CLI:-1}" = 1 ]; then
  logged "the launcher's warm-up" "$data/cli-version.log" ./quotable --version    # any rebuild of its jar happens here, untimed
  before=$(load)
  start=$(now)
  logged "quotable build" "$data/cli-build.log" env QUOTABLE_NO_BUILD=1 QUOTABLE_JAVA_OPTS="-Xmx$heap" \
    /usr/bin/time -f "cpu %U %S" -o "$data/cli-build.time" \
    ./quotable build "$data" --no-cache --format parquet --output "$data/cli-build" --threads 2
  cli=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
  built=$(grep -o 'Built .*' "$data/cli-build.log" | tail -n 1 || true)
  [ -n "$built" ] || fail "quotable build printed no 'Built …' line; see $data/cli-build.log"
  cli_articles=$(sed 's/^Built .*: \([0-9]*\) article.*/\1/' <<< "$built")
  record "quotable build --threads 2" "$cli_articles" "$cli" "$(cpu_of "$data/cli-build.time")" "$before"
  say "  $built"
  if [ -n "$articles" ] && [ "$articles" != "$cli_articles" ]; then
    say "spark-scaling: warning: quotable-spark kept $articles articles, quotable build $cli_articles" >&2
  fi
fi

say ""
say "| run | articles | time | articles/s | MB/s of .warc.gz | CPU-s | CPU-s per MB | load at start |"
say "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
