#!/usr/bin/env bash
# The demo trial at full scale (33 clinics, 3,000 patients over two years, follow-up, claims) played
# through the real services in the integration-test Payara, with its checks; prints the load time.
#   bench/demo.sh              # embedded H2
#   bench/demo.sh -Ppostgres   # PostgreSQL (see .ci/run for the role and database)
# Do not run it while other ITs run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.excludedGroups= \
  -Dit.test='StudyServiceIT#theFullDemoTrialPlaysTwoYearsOfThreeThousandPatientsAndReportsTheTime' "$@" \
  | grep -E "DEMO-LOAD|Tests run|BUILD|ERROR" || true
