#!/usr/bin/env bash
# Issue 14, row "10M quote rows, -Xmx1g": the live heap of duplicate detection must not grow with the input. Reads
# 77,000 and 770,000 distinct small articles (the article counts of about 1M and 10M quote rows at 13 quotes an
# article) through the batch reader under -Xmx1g and prints the live heap after a full GC with the reader open.
#   bench/flat-heap.sh [article counts..., default 77000 770000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -gt 0 ] || set -- 77000 770000
./mvnw -B -q -DskipTests -pl bench -am package
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
for n in "$@"; do
  java -Xmx1g -cp bench/target/benchmarks.jar org.quotable.bench.DedupeHeap bench/target/flat-heap "$n"
done
