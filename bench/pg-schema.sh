# Sourced by the PostgreSQL benchmarks: a fresh database named $1, owned by pragma, with every
# migration applied in Flyway's order (V12 before V12_1, the postgresql vendor folder included),
# and db() to run SQL in it as pragma.
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }
bench_db=$1
psql_admin -c "drop database if exists $bench_db with (force)"
psql_admin -c "create database $bench_db owner pragma"
db() { PGPASSWORD=pragma psql -h localhost -U pragma -d "$bench_db" -v ON_ERROR_STOP=1 -qtA "$@"; }

mig=trial-core/src/main/resources/db
for f in $(for m in $mig/migration/*.sql $mig/vendor/postgresql/*.sql; do b=$(basename "$m"); v=${b%%__*}; v=${v#V}; echo "${v/_/.} $m"; done \
    | sort -V | cut -d' ' -f2); do
  db -f "$f" >/dev/null
done
