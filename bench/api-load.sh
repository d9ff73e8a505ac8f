#!/usr/bin/env bash
# Load on the JSON API: the application (Release) on a fresh demo database, an access token issued
# through the 访问令牌 page as the admin, then wrk (Debian package `wrk`) on three calls a budget system
# makes: the list, one declaration, and a validation. Prints wrk's figures for each.
# Usage: bash bench/api-load.sh [seconds per call, default 20] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CALL=${1:-20}
CONNECTIONS=${2:-8}
PORT=5877
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
dotnet build -c Release src/PerfTargets.Web -v quiet -nologo >/dev/null
ConnectionStrings__PerfTargets="Data Source=$WORK/load.db" Demo__Enabled=true Serilog__MinimumLevel__Default=Warning \
  ASPNETCORE_URLS="$BASE" dotnet src/PerfTargets.Web/bin/Release/net10.0/PerfTargets.Web.dll --contentRoot "$PWD/src/PerfTargets.Web" >"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/health" >/dev/null; do kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }; sleep 0.5; done

# Sign in as the demo admin and issue a token to the filer of 山海关区网信办, as a user would.
JAR="$WORK/cookies"
field() { grep -o "name=\"$1\" type=\"hidden\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login" | field __RequestVerificationToken)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode UserName=admin --data-urlencode Password=PerfTargets-demo \
  --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/account/login"
PAGE=$(curl -s -c "$JAR" -b "$JAR" "$BASE/admin/tokens")
USER_ID=$(echo "$PAGE" | grep -o '<option value="[0-9]*">filer-shanhaiguan' | grep -o '[0-9]*')
FORM_TOKEN=$(echo "$PAGE" | field __RequestVerificationToken)
SECRET=$(curl -s -c "$JAR" -b "$JAR" --data-urlencode "Input.UserId=$USER_ID" --data-urlencode "Input.Name=负载测试" \
  --data-urlencode Input.LifetimeDays=1 --data-urlencode "__RequestVerificationToken=$FORM_TOKEN" "$BASE/admin/tokens?handler=Issue" \
  | grep -o 'pt_[A-Za-z0-9_-]\{43\}' | head -1)
AUTH="Authorization: Bearer $SECRET"
ID=$(curl -s -H "$AUTH" "$BASE/api/v1/declarations?year=2023" | sed 's/.*"id":\([0-9]*\).*/\1/;q')
curl -s -H "$AUTH" "$BASE/api/v1/declarations/$ID" >"$WORK/declaration.json"
cat >"$WORK/validate.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/declaration.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA

echo "== GET /api/v1/declarations (20 a page) =="
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CALL}s" --latency -H "$AUTH" "$BASE/api/v1/declarations" | sed -n '1,12p'
echo "== GET /api/v1/declarations/$ID =="
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CALL}s" --latency -H "$AUTH" "$BASE/api/v1/declarations/$ID" | sed -n '1,12p'
echo "== POST /api/v1/declarations/validate ($(wc -c <"$WORK/declaration.json") bytes) =="
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_CALL}s" --latency -H "$AUTH" -s "$WORK/validate.lua" "$BASE/api/v1/declarations/validate" | sed -n '1,12p'
cp "$WORK/app.log" /tmp/api-load-app.log
if grep -q " ERR\]" "$WORK/app.log"; then
    echo "The application logged errors:" >&2
    grep -A5 " ERR\]" "$WORK/app.log" >&2
    exit 1
fi
echo "No errors logged."
