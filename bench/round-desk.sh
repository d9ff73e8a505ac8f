#!/usr/bin/env bash
# The finance office's desk (申报进度, /rounds/{id}) at a province's scale: the Release build on a fresh demo
# database filled by `seed-scale` with 50 units × 200 declarations of next budget year (DEPARTMENTS and
# PER_DEPARTMENT in the environment change that), signed in as admin, a round of that year over every
# department opened through the round form (closing a week ahead), then: the desk one request at a time
# (median and p95 of 20) and under wrk with 10 connections, its size; its 导出 Excel (median of 5, size);
# the desk filtered to 逾期 and sorted by 年度资金; one POST of 催报全部未提交单位 (the desk's form #urge-all);
# and the reminder sweeps — the one at start-up and the one that 催报 starts — timed from the application's
# log, stamped line by line as it arrives (Quartz's JobRunShell at Debug says when a job starts and ends).
# One table per database, with the load average around the measures (others may share the machine).
# Usage: bash bench/round-desk.sh [sqlite|postgres|both, default both] [seconds of wrk, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDERS=${1:-both}
WRK_SECONDS=${2:-20}
DEPARTMENTS=${DEPARTMENTS:-50}
PER_DEPARTMENT=${PER_DEPARTMENT:-200}
CONNECTIONS=10
SEQUENTIAL=20
case $PROVIDERS in both) PROVIDERS="sqlite postgres" ;; sqlite | postgres) ;; *) echo "usage: bash bench/round-desk.sh [sqlite|postgres|both] [seconds]" >&2; exit 2 ;; esac
[[ $WRK_SECONDS =~ ^[0-9]+$ ]] || { echo "usage: bash bench/round-desk.sh [sqlite|postgres|both] [seconds]" >&2; exit 2; }

source bench/scale-common.sh

load() { cut -d' ' -f1-3 /proc/loadavg; }
ms() { awk '{printf "%.0f", $1 * 1000}'; }
kb() { awk '{printf "%.0f", $1 / 1024}'; }

# Seconds of curl's time_total, one a line: the median and the 95th percentile (nearest rank), in ms.
median_p95() { sort -n | awk '{t[NR] = $1} END {printf "%.0f %.0f", (t[int((NR + 1) / 2)] + t[int(NR / 2) + 1]) / 2 * 1000, t[int(NR * 0.95 + 0.999)] * 1000}'; }

# The seconds from the log's first line matching $2 at or after stamp $1 to the next line matching $3, once it is there.
log_span() {
  local from=$1 start=$2 end=$3
  for _ in $(seq 600); do
    awk -v from="$from" -v start="$start" -v end="$end" \
      '$1 >= from && !s && $0 ~ start {s = $1; next} s && $0 ~ end {printf "%.2f", $1 - s; found = 1; exit} END {exit !found}' "$LOG" && return
    sleep 0.5
  done
  echo "–"
}
JOB_START='Calling Execute on job perftargets.reminders'
JOB_END='Trigger instruction'

run() {
  PROVIDER=$1
  TABLE="$WORK/table-$PROVIDER.md"
  LOG="$WORK/app-$PROVIDER.log"
  if [[ $PROVIDER == sqlite ]]; then
    export Database__Provider=Sqlite ConnectionStrings__PerfTargets="Data Source=$WORK/scale.db"
  else
    start_postgres
    export Database__Provider=PostgreSQL ConnectionStrings__PerfTargets="Host=127.0.0.1;Port=$PGPORT;Database=perftargets;Username=postgres"
  fi

  echo "== $PROVIDER: seed-scale $((DEPARTMENTS * PER_DEPARTMENT)) --departments $DEPARTMENTS --years 1"
  local started seeded
  started=$(now)
  dotnet "$DLL" seed-scale $((DEPARTMENTS * PER_DEPARTMENT)) --departments "$DEPARTMENTS" --years 1 --contentRoot "$CONTENT_ROOT" | grep -E '^(已备好|已添加)' | tail -2
  seeded=$(since "$started")
  if [[ $PROVIDER == postgres ]]; then query "VACUUM ANALYZE" >/dev/null; fi

  # The application, its log stamped with the time each line arrives (the console's own stamps are whole seconds).
  BASE="http://localhost:$(free_port)"
  local app_started=$EPOCHREALTIME
  ASPNETCORE_URLS="$BASE" Serilog__MinimumLevel__Override__Quartz=Debug Serilog__MinimumLevel__Override__PerfTargets=Information \
    dotnet "$DLL" --contentRoot "$CONTENT_ROOT" > >(while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$LOG") 2>&1 &
  APP=$!
  until curl -sf "$BASE/health" >/dev/null; do kill -0 "$APP" 2>/dev/null || { cat "$LOG" >&2; exit 1; }; sleep 0.5; done
  local startup_sweep
  startup_sweep=$(log_span "$app_started" "$JOB_START" "$JOB_END")

  local admin jar="$WORK/cookies-admin" year form ids closes opens round desk
  admin=$(sign_in admin)
  year=$(query "SELECT MAX(\"BudgetYear\") FROM \"Declarations\"")
  opens=$(TZ=Asia/Shanghai date +%F)
  closes=$(TZ=Asia/Shanghai date -d '+7 days' +%F)
  form=$(curl -s -c "$jar" -b "$jar" "$BASE/rounds/edit")
  ids=$(echo "$form" | grep -o 'name="Input.DepartmentIds" value="[0-9]*"' | grep -o '[0-9]*"$' | tr -d '"' | sed 's/^/--data-urlencode Input.DepartmentIds=/')
  round=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "__RequestVerificationToken=$(echo "$form" | field __RequestVerificationToken)" \
    --data-urlencode "Input.Name=${year}年项目支出绩效目标申报" --data-urlencode "Input.BudgetYear=$year" --data-urlencode "Input.OpensOn=$opens" \
    --data-urlencode "Input.ClosesOn=$closes" $ids "$BASE/rounds/edit" | grep -o '[0-9]*$' || true)
  [[ -n $round ]] || { echo "the round was not opened" >&2; exit 1; }
  desk="$BASE/rounds/$round"
  local expected rows
  expected=$(echo "$ids" | wc -l)
  rows=$(query "SELECT COUNT(*) FROM \"Declarations\" WHERE \"BudgetYear\" = $year")

  echo "== $PROVIDER: measuring round $round ($year, $expected departments, $rows declarations)"
  local load_before seq size wrk_result xlsx xlsx_size xlsx_type filtered filtered_rows
  load_before=$(load)
  for _ in 1 2 3; do curl -s -o /dev/null -H "$admin" "$desk"; done
  seq=$(for _ in $(seq "$SEQUENTIAL"); do curl -s -o /dev/null -w '%{time_total}\n' -H "$admin" "$desk"; done | median_p95)
  size=$(curl -s -o /dev/null -w '%{size_download}' -H "$admin" "$desk" | kb)
  wrk_result=$(wrk -t2 -c"$CONNECTIONS" -d"${WRK_SECONDS}s" --timeout 30s -H "$admin" -s "$WORK/report.lua" "$desk" | grep '^RESULT' | cut -d' ' -f2-)
  local w50 w95 w99 wrps wanswered wfailed
  read -r w50 w95 w99 wrps wanswered wfailed <<<"$wrk_result"
  xlsx=$(for _ in 1 2 3 4 5; do curl -s -o "$WORK/desk.xlsx" -w '%{time_total}\n' -H "$admin" "$desk?handler=xlsx"; done | median_p95 | cut -d' ' -f1)
  xlsx_size=$(wc -c <"$WORK/desk.xlsx" | kb)
  xlsx_type=$(curl -s -o /dev/null -w '%{content_type}' -H "$admin" "$desk?handler=xlsx")
  filtered=$(for _ in $(seq "$SEQUENTIAL"); do curl -s -o /dev/null -w '%{time_total}\n' -H "$admin" "$desk?state=late&sort=money&desc=true"; done | median_p95)
  filtered_rows=$(curl -s -H "$admin" "$desk?state=late&sort=money&desc=true" | grep -c '<tr data-department=' || true)

  # 催报全部未提交单位: the token of the desk's form #urge-all, one POST; then the sweep it starts.
  local page token urge_at urge urge_code notices_before notices_after urge_sweep owing
  notices_before=$(query "SELECT COUNT(*) FROM \"Notices\"")
  page=$(curl -s -c "$jar" -b "$jar" "$desk")
  owing=$(echo "$page" | grep -o '催报全部未提交单位（[0-9]* 个）' | grep -o '[0-9]*' || echo 0)
  token=$(echo "$page" | sed -n '/id="urge-all"/,/<\/form>/p' | field __RequestVerificationToken)
  urge_at=$EPOCHREALTIME
  read -r urge urge_code < <(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{time_total} %{http_code}\n' \
    --data-urlencode "__RequestVerificationToken=$token" "$desk?handler=Urge")
  urge_sweep=$(log_span "$urge_at" "$JOB_START" "$JOB_END")
  notices_after=$(query "SELECT COUNT(*) FROM \"Notices\"")
  local load_after
  load_after=$(load)

  local rss errors
  rss=$(awk '/^VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP/status")
  stop_app
  errors=$(grep -cE '\[(ERR|FTL)\]' "$LOG" || true)
  {
    echo "$PROVIDER: round $round ($year) over $expected departments, $rows declarations of the year; seed-scale ${seeded} s; load average $load_before before the measures, $load_after after"
    echo
    echo "| Call | median ms | p95 ms | req/s | answer |"
    echo "|---|---:|---:|---:|---:|"
    echo "| desk /rounds/$round, one at a time ($SEQUENTIAL) | ${seq% *} | ${seq#* } | – | $size KB |"
    echo "| desk, wrk $CONNECTIONS connections × ${WRK_SECONDS} s ($wanswered answered, $wfailed non-2xx) | $w50 | $w95 | $wrps | – |"
    echo "| 导出 Excel ?handler=xlsx, median of 5 ($xlsx_type) | $xlsx | – | – | $xlsx_size KB |"
    echo "| ?state=late&sort=money&desc=true, one at a time ($SEQUENTIAL; $filtered_rows rows) | ${filtered% *} | ${filtered#* } | – | – |"
    echo "| POST 催报全部 ($owing departments owing; HTTP $urge_code; $((notices_after - notices_before)) 提醒) | $(echo "$urge" | ms) | – | – | – |"
    echo "| reminder sweep started by 催报 (job start → end, s) | ${urge_sweep} s | – | – | – |"
    echo "| reminder sweep at start-up, before the round (s) | ${startup_sweep} s | – | – | – |"
    echo
    echo "Peak memory (VmHWM) $rss; the application logged $errors error(s)."
  } >"$TABLE"
  [[ $errors == 0 ]] || grep -m3 -E '\[(ERR|FTL)\]' "$LOG" >>"$TABLE"
  cp "$LOG" "/tmp/round-desk-app-$PROVIDER.log"
  stop_postgres
}

for provider in $PROVIDERS; do run "$provider"; done
echo
echo "$(date -u +%F) on $(nproc) cores"
for provider in $PROVIDERS; do echo; cat "$WORK/table-$provider.md"; done
echo
echo "(application logs, stamped, kept in /tmp/round-desk-app-*.log)"
