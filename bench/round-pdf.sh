#!/usr/bin/env bash
# 批量打印 at scale: the Release build on a fresh demo database (SQLite in a temporary folder) filled by
# `seed-scale N --years 1` (of every 20 declarations 3 are 已批复 and 3 in review), a round opened through
# the round form as the admin for every department, then GET /rounds/{id}/pdf?state=submitted one request
# at a time for a selection of departments holding about a tenth of the batch and for all of them: the
# time, the PDF's size and pages, and the application's memory before (VmRSS) and at its peak while the
# PDF was made (VmHWM, the kernel's peak counter reset first). Everything it starts is stopped and its
# folder removed on exit.
# Usage: bash bench/round-pdf.sh [N, default 3400: about 1,000 submitted]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3400}
[[ $N =~ ^[0-9]+$ ]] || { echo "usage: bash bench/round-pdf.sh [N]" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "pdfinfo is missing (apt-get install poppler-utils)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/perftargets-round-pdf.XXXXXX)
APP=""
cleanup() { if [[ -n $APP ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Building (Release)…"
dotnet build -c Release src/PerfTargets.Web -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
DLL=src/PerfTargets.Web/bin/Release/net10.0/PerfTargets.Web.dll
CONTENT_ROOT="$PWD/src/PerfTargets.Web"
export Demo__Enabled=true ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning
export Audit__Key=$(openssl rand -base64 32) Verification__Key=$(openssl rand -base64 32) Audit__CheckpointPath="$WORK/audit-checkpoints.log"
export Database__Provider=Sqlite ConnectionStrings__PerfTargets="Data Source=$WORK/scale.db"
query() { python3 -c 'import sqlite3, sys; print("\n".join(str(r[0]) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])))' "$WORK/scale.db" "$1"; }

echo "seed-scale $N --years 1…"
dotnet "$DLL" seed-scale "$N" --years 1 --contentRoot "$CONTENT_ROOT" | grep -E '^(已备好|已添加)'
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://localhost:$PORT"
ASPNETCORE_URLS="$BASE" dotnet "$DLL" --contentRoot "$CONTENT_ROOT" >"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/health" >/dev/null; do kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }; sleep 0.5; done

JAR="$WORK/cookies"
field() { grep -o "name=\"$1\" type=\"hidden\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login" | field __RequestVerificationToken)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode UserName=admin --data-urlencode Password=PerfTargets-demo \
  --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login"

YEAR=$(query "SELECT MAX(\"BudgetYear\") FROM \"Declarations\"")
UNITS=$(query "SELECT \"Id\" FROM \"Departments\" WHERE \"Code\" LIKE '9001%' ORDER BY \"Code\"")
TODAY=$(TZ=Asia/Shanghai date +%F)
form=(--data-urlencode "__RequestVerificationToken=$(curl -s -c "$JAR" -b "$JAR" "$BASE/rounds/edit" | field __RequestVerificationToken)"
  --data-urlencode "Input.Name=${YEAR}年项目支出绩效目标申报" --data-urlencode "Input.BudgetYear=$YEAR"
  --data-urlencode "Input.OpensOn=$TODAY" --data-urlencode "Input.ClosesOn=$TODAY")
for id in $UNITS; do form+=(--data-urlencode "Input.DepartmentIds=$id"); done
ROUND=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' "${form[@]}" "$BASE/rounds/edit" | grep -o '[0-9]*$')
[[ -n $ROUND ]] || { echo "the round was not opened" >&2; exit 1; }

# One batch: its time, size, pages and the application's memory around it.
batch() {
  local name=$1 query=$2 before result
  before=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status")
  echo 5 >"/proc/$APP/clear_refs"
  result=$(curl -s -b "$JAR" -o "$WORK/batch.pdf" -w '%{http_code} %{time_total} %{size_download}' "$BASE/rounds/$ROUND/pdf?state=submitted$query")
  read -r status seconds bytes <<<"$result"
  [[ $status == 200 ]] || { echo "$name: HTTP $status" >&2; grep " ERR\]" "$WORK/app.log" >&2 || true; exit 1; }
  printf '| %s | %s | %.1f s | %s | %s | %s MB | %s MB |\n' "$name" "$(pdfinfo "$WORK/batch.pdf" | awk '/^Pages/ {print $2}')" "$seconds" \
    "$(numfmt --to=iec --suffix=B "$bytes")" "$3" "$before" "$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status")"
}

echo "load: $(uptime)"
echo "| Batch (state=submitted) | Pages | Time | PDF | Declarations | VmRSS before | VmHWM during |"
echo "|---|---:|---:|---:|---:|---:|---:|"
ALL=$(query "SELECT COUNT(*) FROM \"Declarations\" WHERE \"Status\" IN (1, 2) AND \"BudgetYear\" = $YEAR")
FEW=$(echo "$UNITS" | head -5)
SOME=$(query "SELECT COUNT(*) FROM \"Declarations\" WHERE \"Status\" IN (1, 2) AND \"BudgetYear\" = $YEAR AND \"DepartmentId\" IN ($(echo $FEW | tr ' ' ','))")
batch "5 departments, first run" "$(for id in $FEW; do printf '&departments=%s' "$id"; done)" "$SOME"
batch "5 departments" "$(for id in $FEW; do printf '&departments=%s' "$id"; done)" "$SOME"
batch "all $(echo "$UNITS" | wc -l) departments" "" "$ALL"
batch "all, again" "" "$ALL"
echo "load: $(uptime)"
if grep -q " ERR\]" "$WORK/app.log"; then echo "the application logged errors:" >&2; grep " ERR\]" "$WORK/app.log" >&2; fi
