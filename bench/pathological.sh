#!/usr/bin/env bash
# Times one pathological article per size: a single paragraph of N `"wordN," said John Smith.` sentences
# (issue 9). Per-article work must be linear: the "µs per quote" column stays flat from 10k to 1M quotes.
#   bench/pathological.sh [sizes...]      default: 10000 100000 1000000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q -DskipTests -pl bench -am package
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
java -Xmx4g -cp bench/target/benchmarks.jar org.quotable.bench.PathologicalArticle "$@"
