#!/usr/bin/env bash
# Crash and verify, one command: deploys the EAR into the integration-test Payara on a fresh PostgreSQL
# database and, five times, runs the LoadDriver load, kills the server's JVM with SIGKILL halfway
# through, restarts it with asadmin start-domain and checks the database: every enrollment
# acknowledged with 201 present and complete, nothing half written, study IDs gap-free, every
# committed audit entry sealed, audit chain intact. Each round's line also goes to
# trial-ear/target/bench/crash.txt.
#   bench/crash.sh                       # 5 rounds, 20 clients, 12 sites, 20 s each, database pragma_crash
#   CRASH_ROUNDS=2 CRASH_DB=pragma_rel bench/crash.sh -Dit.domain=... -Dit.portbase=...
# Needs PostgreSQL with role pragma/pragma (see .ci/run); do not run it while other ITs run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${CRASH_DB:-pragma_crash}
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -c "drop database if exists $db with (force)"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -c "create database $db owner pragma"
rm -f trial-ear/target/bench/crash.txt
./mvnw -B -ntp verify -Ppostgres -Dpg.database="$db" -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashBench \
  -Dbench.rounds="${CRASH_ROUNDS:-5}" -Dbench.clients="${CRASH_CLIENTS:-20}" -Dbench.sites="${CRASH_SITES:-12}" \
  -Dbench.seconds="${CRASH_SECONDS:-20}" "$@" \
  | grep -E "Tests run:|BUILD|ERROR\]|round [0-9]" || true
cat trial-ear/target/bench/crash.txt
