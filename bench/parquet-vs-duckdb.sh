#!/usr/bin/env bash
# Issue 14, row "1M quote rows -> Parquet": Quotable's Parquet writer against DuckDB's single-threaded COPY of the
# same rows, in one JVM, Snappy and ZSTD; prints wall time, CPU time of the writing thread and of the process (our
# GC and JIT threads included) and file sizes, median and best of the rounds, which alternate ours and DuckDB's.
#   bench/parquet-vs-duckdb.sh [rows, default 1000000] [rounds, default 7]
# DuckDB comes as the org.duckdb:duckdb_jdbc jar into bench/target/lib (the bench module only; ./quotable never
# fetches it). Set JFR=1 to record a profile of the whole run into bench/target/parquet-vs-duckdb.jfr, DETAIL=1 for
# each column's bytes and encodings. BASE_JAR=<another build's quotable-exporter jar> (e.g. main's, from
# `./mvnw -q -DskipTests -pl exporter -am package` in its checkout) runs that build's writer too, in the same JVM and
# rounds, and prints this build / base: an A/B that shares each round's load.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"; rounds="${2:-7}"
./mvnw -B -q -DskipTests -pl bench -am package
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
jfr=()
[ -n "${JFR:-}" ] && jfr=(-XX:StartFlightRecording=filename=bench/target/parquet-vs-duckdb.jfr,settings=profile)
[ -n "${BASE_JAR:-}" ] && BASE_JAR="$(realpath "$BASE_JAR")" && export BASE_JAR
java -Xmx3g "${jfr[@]}" -cp bench/target/benchmarks.jar org.quotable.bench.ParquetVsDuckDb \
  bench/target/parquet-vs-duckdb "$rows" "$rounds"
