#!/usr/bin/env bash
# Prints, per attribution sieve, how many matched quotes it gave the right speaker on a gold set (sieve right total):
# the aggregate statistics the confidence calibration table (SieveCalibration) is fitted on. The gold set is read at
# run time only; nothing of it is copied into the project. A third argument `indirect` counts the reported-speech
# rows instead (indirect rows against indirect gold, matched as `evaluate --type indirect` matches them).
#
#   bench/sieve-statistics.sh ../shared/eval/news-attribution-dev/gold.jsonl ../shared/eval/news-attribution-dev/articles.jsonl
set -euo pipefail
if [ $# -ne 2 ] && [ $# -ne 3 ]; then
  echo "usage: bench/sieve-statistics.sh <gold.jsonl> <articles.jsonl> [indirect]" >&2
  exit 2
fi
gold=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
articles=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$(dirname "$0")/.."
./mvnw -B -q -pl extractor -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "extractor/target/test-classes:extractor/target/classes:schema/target/classes:$(cat extractor/target/bench-classpath.txt)" \
  org.quotable.extractor.evaluation.SieveStatistics "$gold" "$articles" ${3:+"$3"}
