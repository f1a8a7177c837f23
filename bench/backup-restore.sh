#!/usr/bin/env bash
# Backup and restore, checked: backs up a database with bin/pragma-backup, restores it with
# bin/pragma-restore into a fresh one, and compares every table of the two row for row (PostgreSQL:
# an md5 over each table's rows in order; H2: each table's row count and the audit trail's hashes in
# order). Identical audit rows and head mean the restored chain verifies exactly as the original does.
#   bench/backup-restore.sh postgres [source-db]   (default pragma_it; needs the pragma role of .ci/run)
#   bench/backup-restore.sh h2 <path-of-db-without-.mv.db>   (e.g. trial-ear/target/it-db/pragma)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export PRAGMA_IDENTIFIERS_KEY_FILE=$work/source.key PRAGMA_EXPORTS_DIR=$work/exports
head -c 32 /dev/urandom | base64 > "$PRAGMA_IDENTIFIERS_KEY_FILE"
case "${1:?postgres or h2}" in
  postgres)
    source_db=${2:-pragma_it}; copy=pragma_restore_check
    runuser -u postgres -- psql -qtA -c "drop database if exists $copy with (force)" -c "create database $copy owner pragma"
    start=$(date +%s.%N)
    PRAGMA_DB_URL=jdbc:postgresql://localhost:5432/$source_db PRAGMA_DB_USER=pragma PRAGMA_DB_PASSWORD=pragma \
      bin/pragma-backup "$work/backup" >/dev/null
    middle=$(date +%s.%N)
    PRAGMA_IDENTIFIERS_KEY_FILE=$work/restored.key PRAGMA_DB_URL=jdbc:postgresql://localhost:5432/$copy PRAGMA_DB_USER=pragma \
      PRAGMA_DB_PASSWORD=pragma bin/pragma-restore "$work/backup" >/dev/null
    end=$(date +%s.%N)
    fingerprint() {
      PGPASSWORD=pragma psql -h localhost -U pragma -d "$1" -qtA -c "select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" | while read -r t; do
        printf '%s %s\n' "$t" "$(PGPASSWORD=pragma psql -h localhost -U pragma -d "$1" -qtA -c \
          "select count(*) || ' ' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '-') from \"$t\" r")"
      done
    }
    fingerprint "$source_db" > "$work/source.txt"; fingerprint "$copy" > "$work/copy.txt" ;;
  h2)
    path=$(cd "$(dirname "${2:?path of the H2 database}")" && pwd)/$(basename "$2")
    h2=$(ls "$HOME"/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar | head -1)
    src="jdbc:h2:file:$path;AUTO_SERVER=TRUE"; dst="jdbc:h2:file:$work/restored/pragma"
    start=$(date +%s.%N)
    PRAGMA_DB_URL=$src bin/pragma-backup "$work/backup" >/dev/null
    middle=$(date +%s.%N)
    PRAGMA_IDENTIFIERS_KEY_FILE=$work/restored.key PRAGMA_DB_URL=$dst bin/pragma-restore "$work/backup" >/dev/null
    end=$(date +%s.%N)
    fingerprint() {
      sql() { java -cp "$h2" org.h2.tools.Shell -url "$1" -user sa -password sa -sql "$2" | sed '1d;$d'; }
      tables=$(sql "$1" "select table_name from information_schema.tables where table_schema = 'PUBLIC'
          and table_type = 'BASE TABLE' order by table_name")
      sql "$1" "$(for t in $tables; do printf "select '%s', count(*) from \"%s\" union all " "$t" "$t"; done | sed 's/ union all $//')"
      sql "$1" "select hash from audit_record where hash is not null order by seq" | sha256sum
    }
    fingerprint "$src" > "$work/source.txt"; fingerprint "$dst" > "$work/copy.txt" ;;
esac
cmp -s "$PRAGMA_IDENTIFIERS_KEY_FILE" "$work/restored.key" || { echo "FAILED: the identifier key was not restored"; exit 1; }
if diff "$work/source.txt" "$work/copy.txt"; then
  printf 'Backup %.1f s, restore %.1f s, size %s; every table (%d checks) identical, identifier key restored\n' \
    "$(awk "BEGIN { print $middle - $start }")" "$(awk "BEGIN { print $end - $middle }")" "$(du -sh "$work/backup" | cut -f1)" "$(wc -l < "$work/source.txt")"
else
  echo "FAILED: the restored database differs (above)"; exit 1
fi
