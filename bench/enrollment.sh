#!/usr/bin/env bash
# Enrollment throughput benchmark: deploys the EAR into the integration-test Payara (as ./mvnw verify
# does), enrolls patients at one clinic from 1 and then 20 parallel REST clients, and prints the
# figures (also written to trial-ear/target/bench/enrollment.txt).
#   bench/enrollment.sh              # embedded H2
#   bench/enrollment.sh -Ppostgres   # PostgreSQL (see .ci/run for the role and database)
# Extra options: -Dbench.patients=400 -Dbench.clients=20. Do not run it while other ITs run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=EnrollmentThroughputBench "$@" \
  | grep -E "Enrollment throughput|client|BUILD|ERROR" || true
cat trial-ear/target/bench/enrollment.txt
