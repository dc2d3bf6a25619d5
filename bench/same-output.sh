#!/usr/bin/env bash
# Checks that extraction output stays byte-identical across a change (issue 14: speed work must not change results).
#   bench/same-output.sh save  <folder>   runs today's build and keeps its outputs in <folder>
#   bench/same-output.sh check <folder>   runs the current build and compares its outputs with <folder>'s
# JAR=path/to/quotable.jar chooses another build of the CLI (default: cli/target/quotable.jar, built if missing).
# The inputs: a generated 10 MB JSON Lines corpus (bench NewsCorpus) extracted with -j 1 and -j 2, with and
# without reported speech; the repository's own article fixtures (text, JSON, HTML, WARC) and the sample dataset,
# extracted and built. Nothing from ../shared/eval is read.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:?usage: bench/same-output.sh save|check <folder>}"
dir="${2:?usage: bench/same-output.sh save|check <folder>}"
jar="${JAR:-cli/target/quotable.jar}"
[ -f "$jar" ] || ./mvnw -B -q -DskipTests -pl cli -am package
[ -f bench/target/benchmarks.jar ] || ./mvnw -B -q -DskipTests -pl bench -am package
corpus=bench/target/corpus/news-10.jsonl
[ -f "$corpus" ] || java -cp "bench/target/benchmarks.jar:bench/target/lib/*" org.quotable.bench.NewsCorpus "$corpus" 10
out="$dir"; [ "$mode" = check ] && out="$(mktemp -d)"
mkdir -p "$out"
q() { java -Xmx1g -jar "$jar" "$@"; }
q extract -j 1 "$corpus" -o "$out/news-j1.quotes.jsonl" -a "$out/news-j1.articles.jsonl"
q extract -j 2 "$corpus" -o "$out/news-j2.quotes.jsonl"
q extract -j 2 -t direct,partial,indirect "$corpus" -o "$out/news-all.quotes.jsonl"
fixtures=(extractor/src/test/resources/articles spark/src/test/resources/articles datasets/ukraine-peace-talks/articles)
q extract -t direct,partial,indirect "${fixtures[@]}" -o "$out/fixtures.quotes.jsonl" -a "$out/fixtures.articles.jsonl" 2>"$out/fixtures.problems.txt"
rm -rf "$out/build"
q build datasets/ukraine-peace-talks --no-cache --output "$out/build" >/dev/null 2>&1
# The build's outputs, without the files that carry the time or the tool's build (manifest, logs).
(cd "$out/build" && find . -type f \( -name '*.csv' -o -name '*.jsonl' -o -name '*.parquet' \) | sort | xargs sha256sum) > "$out/build.sha256"
rm -rf "$out/build"
if [ "$mode" = save ]; then
  echo "saved to $dir: $(ls "$dir" | tr '\n' ' ')"
  exit 0
fi
status=0
for f in "$dir"/*; do
  name="$(basename "$f")"
  if cmp -s "$f" "$out/$name"; then echo "same:      $name"; else echo "DIFFERENT: $name"; status=1; fi
done
[ "$status" = 0 ] && rm -rf "$out" || echo "outputs of this build kept in $out"
exit "$status"
