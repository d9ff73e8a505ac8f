#!/usr/bin/env bash
# The library's search over 10,000 entries on SQLite and on PostgreSQL (twice: a database whose LC_CTYPE is
# C, where pg_trgm cannot see Chinese characters, and one with C.UTF-8, where it can), through the
# benchmarks' --library-search mode: p50/p95/p99 per provider and the plans of LIKE '%验收合格%', '%合格%' and the initials '%yshg%'.
# Usage, from the repository's root: bash bench/library-search.sh
set -euo pipefail
WORK=$(mktemp -d /tmp/perftargets-library.XXXXXX)
chmod 755 "$WORK"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
PGDATA=""
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { if [[ -n $PGDATA ]]; then as_postgres "$PGBIN/pg_ctl" stop -D "$PGDATA" -m fast -w >/dev/null 2>&1 || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Building (Release)…"
dotnet build -c Release bench/PerfTargets.Benchmarks -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
run() { dotnet bench/PerfTargets.Benchmarks/bin/Release/net10.0/PerfTargets.Benchmarks.dll --library-search "$@"; }

run sqlite "Data Source=$WORK/library.db"

[[ -x $PGBIN/initdb ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin" >&2; exit 2; }
mkdir -p "$WORK/pg"
[[ $(id -u) == 0 ]] && chown postgres "$WORK/pg"
PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C >"$WORK/pg-init.log"
PGDATA="$WORK/pg/data"
as_postgres "$PGBIN/pg_ctl" start -w -t 60 -D "$PGDATA" -l "$WORK/pg/server.log" -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $WORK/pg" >/dev/null
for ctype in C C.UTF-8; do
  db="library_$(echo "$ctype" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
  "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qAt -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '$ctype'"
  echo "PostgreSQL, LC_CTYPE=$ctype:"
  run postgres "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=$db"
done
