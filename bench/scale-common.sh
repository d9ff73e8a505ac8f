# Sourced by scale-load.sh and round-desk.sh from the repository's root (bash, set -euo pipefail): a
# temporary folder removed on exit with the application and the PostgreSQL server started from it, the
# Release build, demo mode with keys of its own, a PostgreSQL server of its own (start_postgres), one
# value from the database the application runs on (query), and signing in through the login form (sign_in).
# wrk (installed when missing, as root) and its script's end ($WORK/report.lua) for a table.
# It sets WORK, PGBIN, DLL and CONTENT_ROOT; the caller sets APP (the application's process), PROVIDER and BASE.
if ! command -v wrk >/dev/null; then
  [[ $(id -u) == 0 ]] || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
  apt-get install -y -qq wrk >/dev/null
fi

WORK=$(mktemp -d /tmp/perftargets-scale.XXXXXX)
chmod 755 "$WORK" # the PostgreSQL server runs as its own user and needs to reach its folder
APP=""
PGDATA=""
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_app() { if [[ -n $APP ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
stop_postgres() { if [[ -n $PGDATA ]]; then as_postgres "$PGBIN/pg_ctl" stop -D "$PGDATA" -m fast -w >/dev/null 2>&1 || true; PGDATA=""; fi; }
cleanup() { stop_app; stop_postgres; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.0f}')" "$1" "$(now)"; }

echo "Building (Release)…"
dotnet build -c Release src/PerfTargets.Web -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
DLL=src/PerfTargets.Web/bin/Release/net10.0/PerfTargets.Web.dll
CONTENT_ROOT="$PWD/src/PerfTargets.Web"

# Keys of their own, so that nothing is written under src/PerfTargets.Web/data.
export Demo__Enabled=true ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning
export Audit__Key=$(openssl rand -base64 32) Verification__Key=$(openssl rand -base64 32) Audit__CheckpointPath="$WORK/audit-checkpoints.log"

# The wrk script's end: p50, p95, p99 in ms, requests/s, answers completed, non-2xx answers, as one line
# the table reads. A request still running when the time is up is not counted: with none completed, no figures.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local ms = function(p) return summary.requests == 0 and "–" or string.format("%.1f", latency:percentile(p) / 1000) end
  io.write(string.format("RESULT %s %s %s %.1f %d %d\n", ms(50), ms(95), ms(99),
    summary.requests / (summary.duration / 1000000), summary.requests, failed))
end
LUA

start_postgres() {
  [[ -x $PGBIN/initdb ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin" >&2; exit 2; }
  mkdir -p "$WORK/pg"
  [[ $(id -u) == 0 ]] && chown postgres "$WORK/pg"
  PGPORT=$(free_port)
  as_postgres "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C >"$WORK/pg-init.log"
  PGDATA="$WORK/pg/data"
  as_postgres "$PGBIN/pg_ctl" start -w -t 60 -D "$PGDATA" -l "$WORK/pg/server.log" \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c max_connections=200" >/dev/null
  "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qAt -c "CREATE DATABASE perftargets" >/dev/null
}

# One value from the database the application runs on.
query() {
  if [[ $PROVIDER == sqlite ]]; then
    python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$WORK/scale.db" "$1"
  else
    "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d perftargets -qAt -c "$1"
  fi
}

field() { grep -o "name=\"$1\" type=\"hidden\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }

# Signs in through the login form; prints the Cookie header that carries the session.
sign_in() {
  local jar="$WORK/cookies-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/account/login" | field __RequestVerificationToken)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode Password=PerfTargets-demo \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login"
  echo "Cookie: $(sed -n 's/^#HttpOnly_//; /^#/d; /^$/d; p' "$jar" | awk -F'\t' '{printf "%s%s=%s", (NR > 1 ? "; " : ""), $6, $7}')"
}

