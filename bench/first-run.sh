#!/usr/bin/env bash
# Issue 14, row "first run on an empty Maven cache": runs ./quotable --version in a fresh copy of the committed tree
# with an empty Maven repository (-Dmaven.repo.local, through QUOTABLE_MAVEN_OPTS), prints the launcher's progress
# lines as they come, then what was downloaded (total and the largest artifacts) and whether Spark, DuckDB or
# RocksDB is among it. A full download: run it once. (The Maven distribution itself comes from ~/.m2/wrapper.)
#   bench/first-run.sh [work folder, default a new temporary one]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work/tree" "$work/m2"
git archive HEAD | tar -x -C "$work/tree"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD); work: $work"
start=$(date +%s)
(cd "$work/tree" && QUOTABLE_MAVEN_OPTS="-Dmaven.repo.local=$work/m2" ./quotable --version)
echo "first run: $(( $(date +%s) - start )) s wall"
echo "downloaded: $(find "$work/m2" -type f \( -name '*.jar' -o -name '*.pom' \) | wc -l) jars and poms, $(du -sh "$work/m2" | cut -f1) in all"
echo "largest:"
find "$work/m2" -name '*.jar' -printf '%s %P\n' | sort -rn | head -15 | awk '{printf "  %6.1f MB  %s\n", $1 / 1048576, $2}'
for what in spark duckdb rocksdb; do
  if find "$work/m2" -ipath "*$what*" -name '*.jar' | grep -q .; then echo "$what: DOWNLOADED"; else echo "$what: not downloaded"; fi
done
