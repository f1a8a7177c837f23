#!/usr/bin/env bash
# Analysis export writers (issue 15): 1,000,000 patient rows x 40 columns as CSV and XLSX through
# Pragma's writers and through the baselines (plain buffered text; fastexcel), heap capped at 512 MB.
# Usage: bench/exports.sh [rows]   Prints seconds, file sizes, peak heap and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl trial-exports test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd trial-exports
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.pragma.exports.bench.ExportBench "${1:-1000000}"
