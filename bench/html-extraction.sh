#!/usr/bin/env bash
# Measures HTML article-body extraction on an article-extraction benchmark folder (ground-truth.json + html/*.html.gz),
# with the benchmark's own metric (token 4-gram shingles; mean precision and recall over pages; F1 of the means).
# The folder is read at run time only; nothing of it is copied into the project.
#
#   bench/html-extraction.sh ../shared/eval/article-extraction-dev          # totals
#   bench/html-extraction.sh ../shared/eval/article-extraction-dev --pages  # and one line per page
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: bench/html-extraction.sh <benchmark folder> [--pages]" >&2
  exit 2
fi
folder=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")/.."
./mvnw -B -q -pl extractor -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "extractor/target/test-classes:extractor/target/classes:schema/target/classes:$(cat extractor/target/bench-classpath.txt)" \
  org.quotable.extractor.html.HtmlExtractionBenchmark "$folder" "$@"
