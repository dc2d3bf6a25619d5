#!/usr/bin/env bash
# Issue 14, row "build of 20,000 articles, +1 article, warm cache": a full build without the cache, a first build
# that fills the cache, a rebuild with nothing changed, then +1 article three ways, each with the warm cache: one
# line appended to the big JSON Lines file (the last input), a new one-article file (sorting after it), and one more
# line appended to the big file once it is no longer the last input (rows in the middle: MiddleBuild inserts them and
# moves the new file's rows after them); prints wall and CPU (user + sys) per run, then compares every output and build.json with a full --no-cache build.
#   bench/incremental.sh [articles, default 20000]
#   JFR=1  also records a profile of each +1 rebuild that the tail build serves, in
#          bench/target/incremental-plus1-{appended,new-file}.jfr
#   JAR=path  runs that jar (`java -jar`, with its lib/ folder beside it) instead of ./quotable, for A/B runs
#          against another commit's build (copy its cli/target/quotable.jar and cli/target/lib/ first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
articles="${1:-20000}"
./mvnw -B -q -o -DskipTests -pl cli,bench -am package
touch cli/target/.quotable-built
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)${JAR:+; running $JAR}"
data="bench/target/incremental-$articles"
rm -rf "$data"
java -cp bench/target/benchmarks.jar org.quotable.bench.GenerateDataset "$data" "$articles"
echo "dataset: $articles articles in one file, $(du -h "$data/articles/articles.jsonl" | cut -f1)"
times="$(mktemp)"
trap 'rm -f "$times"' EXIT
run() {
  local label="$1"; shift
  if [ -n "${JAR:-}" ]; then
    # shellcheck disable=SC2086
    /usr/bin/time -o "$times" -f "%e %U %S" java ${JAVA_OPTS_EXTRA:-} -jar "$JAR" build "$data" --quiet "$@"
  else
    /usr/bin/time -o "$times" -f "%e %U %S" env QUOTABLE_NO_BUILD=1 ${JAVA_OPTS_EXTRA:+QUOTABLE_JAVA_OPTS="$JAVA_OPTS_EXTRA"} \
      ./quotable build "$data" --quiet "$@"
  fi
  read -r wall user sys < "$times"
  printf '%-44s wall %6.2f s, CPU %6.2f s\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')"
}
one_more() {   # an article the generator did not make: another id, its text shifted so it is no duplicate
  java -cp bench/target/benchmarks.jar org.quotable.bench.GenerateDataset "$1" 1 >/dev/null
  sed -e "s/\"bench-0\"/\"$2\"/" -e "s/\"text\":\"/\"text\":\"$2. /" "$1/articles/articles.jsonl"
}
extra="$(mktemp -d)"
run "full build, --no-cache" --no-cache --output "$data/clean"
run "full build, cold cache (fills it)"
run "rebuild, nothing changed, warm cache"
profiled() {   # run, with a JFR profile in bench/target/incremental-plus1-$1.jfr when JFR=1
  local name="$1"; shift
  if [ "${JFR:-0}" = 1 ]; then
    JAVA_OPTS_EXTRA="${JAVA_OPTS_EXTRA:-} -XX:StartFlightRecording=filename=bench/target/incremental-plus1-$name.jfr,settings=profile" \
      run "$@"
  else
    run "$@"
  fi
}
one_more "$extra" bench-appended >> "$data/articles/articles.jsonl"
profiled appended "+1 article appended to the big file, warm cache"
one_more "$extra" bench-new-file > "$data/articles/new.jsonl"
profiled new-file "+1 article in a new file, warm cache"
one_more "$extra" bench-appended-again >> "$data/articles/articles.jsonl"
run "+1 appended to the big file, now not last"
run "full build of the same, --no-cache" --no-cache --output "$data/clean"
rm -rf "$extra"
# build.json too: the same inputs and the same bytes give the same manifest, so this checks the SHA-256 the +1 builds
# resumed from their stored states against those the full build read whole.
for f in "$data"/clean/*.{jsonl,csv,parquet} "$data"/clean/build.json; do
  cmp -s "$f" "$data/build/$(basename "$f")" || echo "DIFFERS from the full build: $(basename "$f")"
done
echo "outputs compared with the full --no-cache build: $(ls "$data"/clean/*.{jsonl,csv,parquet} "$data"/clean/build.json | wc -l) files"
