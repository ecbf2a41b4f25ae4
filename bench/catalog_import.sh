#!/usr/bin/env bash
# Benchmark of `reclint catalog import`: a warehouse of TABLES tables x COLUMNS columns (default
# 10,000 x 20), imported from a local PostgreSQL server (started like the tests', in a temporary
# folder) and from a BigQuery export file of the same tables. Prints the wall time of each, best
# of RUNS runs (default 3). Usage: bench/catalog_import.sh [build/reclint]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reclint="$(realpath "${1:-$here/../build/reclint}")"
tables="${TABLES:-10000}"
columns="${COLUMNS:-20}"
runs="${RUNS:-3}"
work="$(mktemp -d /tmp/reclint-bench.XXXXXX)"
state="$work/server"
trap 'bash "$here/../tests/postgres/server.sh" stop "$state"; rm -rf "$work"' EXIT

bash "$here/../tests/postgres/server.sh" start "$state" >/dev/null
socket="$(cat "$state")"
bindir="$(cat "$socket/bindir")"
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE bench"
"${psql[@]}" -d bench <<SQL
CREATE SCHEMA recsys;
DO \$\$
DECLARE columns text;
BEGIN
  SELECT string_agg(format('c%s bigint', i), ', ') INTO columns FROM generate_series(1, $columns) AS i;
  FOR t IN 1..$tables LOOP
    EXECUTE format('CREATE TABLE recsys.t%s (%s)', t, columns);
    -- Each table holds a lock until the commit: commit in batches.
    IF t % 500 = 0 THEN COMMIT; END IF;
  END LOOP;
END
\$\$;
SQL

# What `bq query --format=json` prints for INFORMATION_SCHEMA.COLUMNS: every value a string.
awk -v tables="$tables" -v columns="$columns" 'BEGIN {
  printf "[";
  for (t = 1; t <= tables; t++) for (c = 1; c <= columns; c++) {
    printf "%s{\"column_name\":\"c%d\",\"ordinal_position\":\"%d\",\"table_catalog\":\"bench-project\",\"table_name\":\"t%d\",\"table_schema\":\"recsys\"}", (t == 1 && c == 1 ? "" : ","), c, c, t;
  }
  print "]";
}' >"$work/export.json"

best() {
  local best_ms=""
  for _ in $(seq "$runs"); do
    local start end
    start="$(date +%s%N)"
    "$@" >/dev/null
    end="$(date +%s%N)"
    local ms=$(((end - start) / 1000000))
    if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms="$ms"; fi
  done
  echo "$best_ms"
}

cd "$work"
echo "catalog import of $tables tables x $columns columns, best of $runs runs:"
echo "  postgres: $(best "$reclint" catalog import --from "postgres:host=$socket user=postgres dbname=bench" -o pg.yaml) ms"
echo "  bigquery: $(best "$reclint" catalog import --from bigquery:export.json -o bq.yaml) ms ($(du -h export.json | cut -f1) export)"
test "$(grep -c '^  - name:' pg.yaml)" -eq "$tables"
test "$(grep -c '^  - name:' bq.yaml)" -eq "$tables"
