#!/usr/bin/env bash
# Load and verify, one command: deploys the EAR into the integration-test Payara on a fresh PostgreSQL
# database, runs LoadDriver (50 coordinators' clients over 30 clinics screening, enrolling and entering
# outcomes for 60 s, plus a data manager exporting and an investigator reloading the dashboard), prints
# throughput, p50/p95/p99 latency and errors, then checks the database (each acknowledged enrollment
# once and complete, study IDs gap-free per clinic, audit chain intact). Figures also go to
# trial-ear/target/bench/load.txt.
#   bench/load.sh                                   # 50 clients, 30 sites, 60 s, database pragma_load
#   LOAD_CLIENTS=20 LOAD_SITES=12 LOAD_SECONDS=30 LOAD_DB=pragma_rel bench/load.sh
# Further Maven options pass through (e.g. -Dit.domain=... -Dit.portbase=... for a second IT domain).
# Needs PostgreSQL with role pragma/pragma (see .ci/run); do not run it while other ITs run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${LOAD_DB:-pragma_load}
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -c "drop database if exists $db with (force)"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -c "create database $db owner pragma"
rm -f trial-ear/target/bench/load.txt
./mvnw -B -ntp verify -Ppostgres -Dpg.database="$db" -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadBench \
  -Dbench.clients="${LOAD_CLIENTS:-50}" -Dbench.sites="${LOAD_SITES:-30}" -Dbench.seconds="${LOAD_SECONDS:-60}" "$@" \
  | grep -E "Tests run:|BUILD|ERROR\]" || true
cat trial-ear/target/bench/load.txt
