#!/usr/bin/env bash
# Claims import benchmark: deploys the EAR into the integration-test Payara (-Xmx512m, as ./mvnw
# verify does), enrolls patients, generates a seeded claims CSV and imports it over REST as a data
# manager, sampling the server's heap. Figures are printed and written to
# trial-ear/target/bench/claims-import.txt.
#   bench/claims-import.sh              # embedded H2
#   bench/claims-import.sh -Ppostgres   # PostgreSQL (see .ci/run for the role and database)
# Extra options: -Dbench.lines=2000000 -Dbench.patients=100. Do not run it while other ITs run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClaimsImportBench "$@" \
  | grep -E "Claims import|lines|BUILD|ERROR" || true
cat trial-ear/target/bench/claims-import.txt
