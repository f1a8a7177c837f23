#!/usr/bin/env bash
# The investigators' dashboard over REST with 100 clinics and 1,000,000 patients on PostgreSQL:
# deploys the EAR into the integration-test Payara against a fresh database, builds SPINE CARE
# through the API, loads the patients with generate_series, and times the dashboard as an
# investigator: first request, again with nothing written, and after a screening at one clinic.
# Figures are printed and written to trial-ear/target/bench/dashboard.txt. Needs the PostgreSQL role
# of .ci/run. Options: -Dbench.patients=1000000 -Dbench.sites=100. Do not run it while other ITs run.
# (bench/dashboard-pg.sh times the dashboard's SQL alone, query by query.)
set -euo pipefail
cd "$(dirname "$0")/.."
runuser -u postgres -- psql -qtA -c "drop database if exists pragma_bench_rest with (force)" -c "create database pragma_bench_rest owner pragma"
./mvnw -B -ntp verify -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear -Ppostgres -Dpg.database=pragma_bench_rest \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBench -Dit.dashboard.warm.seconds=60 "$@" \
  | grep -E "Dashboard benchmark|request|ms\)|BUILD|ERROR" || true
cat trial-ear/target/bench/dashboard.txt
