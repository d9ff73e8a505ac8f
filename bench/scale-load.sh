#!/usr/bin/env bash
# The pages and the API at a province's scale: the Release build on a fresh demo database filled by
# `seed-scale N` (SQLite in a temporary folder; PostgreSQL on a server of its own, initdb'd into a
# temporary folder on a free port), signed in through the login form as the demo admin and as the
# filer of 示范县教育局 (filer-scale-001), then wrk with 50 connections on each call for a while, and
# the last page of the unfiltered list, the 汇总表, its API and its PDF requested one at a time, then the
# whole list and the 汇总表 exported to .xlsx with the memory around them. Prints one table per database
# (p50/p95/p99, requests/s, answers completed in the time, non-2xx answers, bytes per answer), the application's memory after
# the run (VmRSS) and at its peak (VmHWM), and says whether the application logged an error.
# Everything it starts is stopped and its folders removed on exit.
# Usage: bash bench/scale-load.sh [N, default 10000; 30k for 30000] [seconds per call, default 30] [sqlite|postgres|both, default both]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
[[ $N == 30k ]] && N=30000
SECONDS_PER_CALL=${2:-30}
PROVIDERS=${3:-both}
CONNECTIONS=50
SEQUENTIAL=20
case $PROVIDERS in both) PROVIDERS="sqlite postgres" ;; sqlite | postgres) ;; *) echo "the third argument is sqlite, postgres or both" >&2; exit 2 ;; esac
[[ $N =~ ^[0-9]+$ && $SECONDS_PER_CALL =~ ^[0-9]+$ ]] || { echo "usage: bash bench/scale-load.sh [N|30k] [seconds] [sqlite|postgres|both]" >&2; exit 2; }

source bench/scale-common.sh

# One row: wrk on a call with 50 connections, after a few requests to warm it; the size of one answer.
measure() {
  local name=$1 header=$2 url=$3 script=${4:-$WORK/report.lua} size result
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "$header" "$url" ${4:+--data-binary @"$WORK/declaration.json" -H "Content-Type: application/json"}; done
  size=$(curl -s -o /dev/null -w '%{size_download}' -H "$header" ${4:+--data-binary @"$WORK/declaration.json" -H "Content-Type: application/json"} "$url")
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CALL}s" --timeout 30s --latency -H "$header" -s "$script" "$url" | grep '^RESULT' | cut -d' ' -f2-)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" $result "$(numfmt --to=iec --suffix=B "$size")" >>"$TABLE"
}

# One call one request at a time: the median of twenty (or of the fourth argument).
sequential() {
  local name=$1 header=$2 url=$3 times=${4:-$SEQUENTIAL} size median
  size=$(curl -s -o /dev/null -w '%{size_download}' -H "$header" "$url")
  median=$(for _ in $(seq "$times"); do curl -s -o /dev/null -w '%{time_total}\n' -H "$header" "$url"; done \
    | sort -n | awk '{t[NR] = $1} END {printf "%.1f", (t[int((NR + 1) / 2)] + t[int(NR / 2) + 1]) / 2 * 1000}')
  printf '| %s | %s | – | – | – | %s | – | %s |\n' "$name" "$median" "$times" "$(numfmt --to=iec --suffix=B "$size")" >>"$TABLE"
}

# The exports (导出 Excel) of the whole list and of the 汇总表, one at a time, with the application's
# memory before them and its peak while they run (the peak counter is reset first: clear_refs 5).
exports() {
  local header=$1 before
  before=$(awk '/^VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")
  echo 5 >"/proc/$APP/clear_refs"
  sequential "admin: 导出 Excel, the whole list ($(query "SELECT COUNT(*) FROM \"Declarations\"") rows), median of 5" "$header" "$BASE/declarations?handler=xlsx&unit=TenThousandYuan" 5
  sequential "admin: 导出 Excel, the 汇总表, median of $SEQUENTIAL" "$header" "$BASE/summary?handler=xlsx"
  EXPORT_MEMORY="Memory around the exports: VmRSS $before before them, peak (VmHWM) while they ran $(awk '/^VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")."
}

run() {
  PROVIDER=$1
  TABLE="$WORK/table-$PROVIDER.md"
  if [[ $PROVIDER == sqlite ]]; then
    export Database__Provider=Sqlite ConnectionStrings__PerfTargets="Data Source=$WORK/scale.db"
  else
    start_postgres
    export Database__Provider=PostgreSQL ConnectionStrings__PerfTargets="Host=127.0.0.1;Port=$PGPORT;Database=perftargets;Username=postgres"
  fi

  echo "== $PROVIDER: seed-scale $N"
  local started
  started=$(now)
  dotnet "$DLL" seed-scale "$N" --contentRoot "$CONTENT_ROOT" | grep -E '^(已备好|已添加)'
  local seeded
  seeded=$(since "$started")
  # A bulk load is followed by VACUUM ANALYZE, as autovacuum would do within a minute or two: without
  # it PostgreSQL has no visibility map and no statistics yet, and counts by scanning the whole table.
  if [[ $PROVIDER == postgres ]]; then query "VACUUM ANALYZE" >/dev/null; fi

  local port
  port=$(free_port)
  BASE="http://localhost:$port"
  ASPNETCORE_URLS="$BASE" dotnet "$DLL" --contentRoot "$CONTENT_ROOT" >"$WORK/app-$PROVIDER.log" 2>&1 &
  APP=$!
  started=$(now)
  until curl -sf "$BASE/health" >/dev/null; do kill -0 "$APP" 2>/dev/null || { cat "$WORK/app-$PROVIDER.log" >&2; exit 1; }; sleep 0.5; done
  local ready
  ready=$(since "$started")

  local admin filer unit year view draft pages secret token_page user_id form_token
  admin=$(sign_in admin)
  filer=$(sign_in filer-scale-001)
  unit=$(query "SELECT \"Id\" FROM \"Departments\" WHERE \"Code\" = '900101'")
  year=$(query "SELECT MAX(\"BudgetYear\") - 1 FROM \"Declarations\" WHERE \"DepartmentId\" = $unit")
  view=$(query "SELECT MIN(\"Id\") FROM \"Declarations\" WHERE \"DepartmentId\" = $unit AND \"Status\" = 2")
  draft=$(query "SELECT MIN(\"Id\") FROM \"Declarations\" WHERE \"DepartmentId\" = $unit AND \"Status\" = 0")
  pages=$(query "SELECT (COUNT(*) + 19) / 20 FROM \"Declarations\"")

  # An access token for the admin, issued through 访问令牌 as a user would (see bench/api-load.sh).
  token_page=$(curl -s -c "$WORK/cookies-admin" -b "$WORK/cookies-admin" "$BASE/admin/tokens")
  user_id=$(echo "$token_page" | grep -o '<option value="[0-9]*">admin' | grep -o '[0-9]*' | head -1)
  form_token=$(echo "$token_page" | field __RequestVerificationToken)
  secret=$(curl -s -c "$WORK/cookies-admin" -b "$WORK/cookies-admin" --data-urlencode "Input.UserId=$user_id" --data-urlencode "Input.Name=规模负载测试" \
    --data-urlencode Input.LifetimeDays=1 --data-urlencode "__RequestVerificationToken=$form_token" "$BASE/admin/tokens?handler=Issue" \
    | grep -o 'pt_[A-Za-z0-9_-]\{43\}' | head -1)
  [[ -n $secret ]] || { echo "no access token was issued" >&2; exit 1; }
  local auth="Authorization: Bearer $secret"
  curl -sf -H "$auth" "$BASE/api/v1/declarations/$view" >"$WORK/declaration.json"
  { cat "$WORK/report.lua"; cat <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/declaration.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  } >"$WORK/validate.lua"

  {
    echo "$PROVIDER, N=$N (+11 demo), seed-scale ${seeded} s, first /health after ${ready} s; wrk ${CONNECTIONS} connections × ${SECONDS_PER_CALL} s a row"
    echo
    echo "| Call | p50 ms | p95 ms | p99 ms | req/s | answered | non-2xx | answer |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  } >"$TABLE"
  echo "== $PROVIDER: measuring (${SECONDS_PER_CALL} s a call)"
  measure "admin: /declarations page 1" "$admin" "$BASE/declarations"
  measure "admin: year $year + 示范县教育局, page 2" "$admin" "$BASE/declarations?year=$year&department=$unit&p=2"
  measure "admin: /declarations/$view (已批复)" "$admin" "$BASE/declarations/$view"
  measure "filer-scale-001: /declarations/$draft/edit" "$filer" "$BASE/declarations/$draft/edit"
  measure "API GET /api/v1/declarations (admin token)" "$auth" "$BASE/api/v1/declarations"
  measure "admin: /summary (汇总表, every year)" "$admin" "$BASE/summary"
  measure "filer-scale-001: /summary?year=$year" "$filer" "$BASE/summary?year=$year"
  measure "API GET /api/v1/summary (admin token)" "$auth" "$BASE/api/v1/summary"
  measure "API POST /api/v1/declarations/validate ($(numfmt --to=iec --suffix=B "$(wc -c <"$WORK/declaration.json")"))" "$auth" "$BASE/api/v1/declarations/validate" "$WORK/validate.lua"
  sequential "admin: last page (p=$pages), one at a time, median of $SEQUENTIAL" "$admin" "$BASE/declarations?p=$pages"
  sequential "admin: /summary, one at a time, median of $SEQUENTIAL" "$admin" "$BASE/summary"
  sequential "API GET /api/v1/summary, one at a time, median of $SEQUENTIAL" "$auth" "$BASE/api/v1/summary"
  sequential "admin: /summary/pdf, one at a time, median of $SEQUENTIAL" "$admin" "$BASE/summary/pdf"
  exports "$admin"

  local rss peak errors
  rss=$(awk '/^VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")
  peak=$(awk '/^VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")
  stop_app
  errors=$(grep -cE '\[(ERR|FTL)\]' "$WORK/app-$PROVIDER.log" || true)
  {
    echo
    echo "$EXPORT_MEMORY"
    echo "Application memory after the run: VmRSS $rss, peak (VmHWM) since the exports began $peak."
    if [[ $errors == 0 ]]; then
      echo "The application logged no error."
    else
      echo "The application logged $errors error(s), the first:"
      grep -m3 -E '\[(ERR|FTL)\]' "$WORK/app-$PROVIDER.log"
    fi
  } >>"$TABLE"
  cp "$WORK/app-$PROVIDER.log" "/tmp/scale-load-app-$PROVIDER.log"
  stop_postgres
}

for provider in $PROVIDERS; do run "$provider"; done
echo
echo "$(date -u +%F) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
for provider in $PROVIDERS; do echo; cat "$WORK/table-$provider.md"; done
echo
echo "(application logs kept in /tmp/scale-load-app-*.log)"
