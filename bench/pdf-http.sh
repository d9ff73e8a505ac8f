#!/usr/bin/env bash
# PDF over HTTP beside warm headless chromium, in the same run. Starts the application (Release) on a
# fresh demo database, issues access tokens through the 访问令牌 page as the admin, submits
# 网络舆情综合管理 (山海关区网信办) and has both review sections approve it through the API, then times
# with wrk (one connection, one request after another, SECONDS each; the median latency) GET
# /api/v1/declarations/{id}/pdf of
#   - that approved version (frozen: served from the PDF cache after its first render), and
#   - seed 002's 网络安全和信息化工作经费, a draft (rendered on every request),
# and with hyperfine chromium --print-to-pdf of the same draft's content as HTML (the bench project's
# --html mode), warm. Prints the medians and chromium's median over each.
# Needs chromium, hyperfine, wrk, curl, jq, python3 (apt-get install hyperfine wrk jq).
# Usage: bash bench/pdf-http.sh [SECONDS=10] [CHROMIUM_RUNS=10]   (KEEP=dir keeps the PDFs, HTML, figures and the app's log)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
RUNS=${2:-10}
PORT=${PORT:-5879}
BASE="http://127.0.0.1:$PORT"
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
APP=
cleanup() { [[ -z $APP ]] || kill "$APP" 2>/dev/null || true; [[ -n ${KEEP:-} ]] || rm -rf "$WORK"; }
trap cleanup EXIT
for tool in chromium hyperfine wrk curl jq python3; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 2; }
done

dotnet build -c Release src/PerfTargets.Web -v quiet -nologo >/dev/null
dotnet build -c Release bench/PerfTargets.Benchmarks -v quiet -nologo >/dev/null
ConnectionStrings__PerfTargets="Data Source=$WORK/pdf.db" Demo__Enabled=true Serilog__MinimumLevel__Default=Warning \
  ASPNETCORE_URLS="$BASE" dotnet src/PerfTargets.Web/bin/Release/net10.0/PerfTargets.Web.dll --contentRoot "$PWD/src/PerfTargets.Web" >"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/health" >/dev/null; do kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }; sleep 0.5; done

# Tokens for the filer, the two reviewers and the admin, issued as the admin does on 访问令牌.
JAR="$WORK/cookies"
field() { grep -o "name=\"$1\" type=\"hidden\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }
LOGIN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login" | field __RequestVerificationToken)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode UserName=admin --data-urlencode Password=PerfTargets-demo \
  --data-urlencode "__RequestVerificationToken=$LOGIN" "$BASE/account/login"
token() {
  local page user form
  page=$(curl -s -c "$JAR" -b "$JAR" "$BASE/admin/tokens")
  user=$(echo "$page" | grep -o "<option value=\"[0-9]*\">$1" | grep -o '[0-9]*' | head -1)
  form=$(echo "$page" | field __RequestVerificationToken)
  curl -s -c "$JAR" -b "$JAR" --data-urlencode "Input.UserId=$user" --data-urlencode "Input.Name=PDF 计时" \
    --data-urlencode Input.LifetimeDays=1 --data-urlencode "__RequestVerificationToken=$form" "$BASE/admin/tokens?handler=Issue" \
    | grep -o 'pt_[A-Za-z0-9_-]\{43\}' | head -1
}
FILER=$(token filer-shanhaiguan); BUSINESS=$(token reviewer-business); PERFORMANCE=$(token reviewer-performance); ADMIN=$(token admin)
API="$BASE/api/v1"
get() { curl -sf -H "Authorization: Bearer $1" "$API/$2"; }
post() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$API/$2" >/dev/null; }
find_id() { get "$ADMIN" "declarations?pageSize=100" | jq -r --arg name "$1" '.items[] | select(.projectName == $name) | .id' | head -1; }

APPROVED=$(find_id 网络舆情综合管理)
DRAFT=$(find_id 网络安全和信息化工作经费)
post "$FILER" "declarations/$APPROVED/submit" "$(get "$FILER" "declarations/$APPROVED" | jq '{concurrencyStamp}')"
for reviewer in "$BUSINESS" "$PERFORMANCE"; do
  post "$reviewer" "declarations/$APPROVED/approve" \
    "$(get "$reviewer" "declarations/$APPROVED" | jq '{concurrencyStamp, version: .workflow.versionCount, opinion: "同意。"}')"
done
[[ $(get "$ADMIN" "declarations/$APPROVED" | jq -r .status) == Approved ]] || { echo "could not approve $APPROVED" >&2; exit 1; }

bench=bench/PerfTargets.Benchmarks/bin/Release/net10.0/PerfTargets.Benchmarks
"$bench" --html "$WORK/declaration.html" >/dev/null
chrome="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --no-pdf-header-footer"
time_pdf() {
  curl -sf -o "$WORK/$1.pdf" -H "Authorization: Bearer $ADMIN" "$API/declarations/$2/pdf"
  wrk -t1 -c1 -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $ADMIN" "$API/declarations/$2/pdf" >"$WORK/$1.wrk"
  grep -E '^ +(50%|99%)|Requests/sec|Non-2xx' "$WORK/$1.wrk" | sed "s/^/  $1: /"
}
echo "load: $(uptime)"
time_pdf approved "$APPROVED"
time_pdf draft "$DRAFT"
hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/chromium.json" -n "chromium, warm" \
  "$chrome --user-data-dir=$WORK/profile --print-to-pdf=$WORK/chromium.pdf $WORK/declaration.html 2>/dev/null"
echo "load: $(uptime)"
if grep -q " ERR\]" "$WORK/app.log"; then echo "the application logged errors:" >&2; grep " ERR\]" "$WORK/app.log" >&2; fi

python3 - "$WORK" <<'PY'
import json, os, re, sys
work = sys.argv[1]
def wrk_median(name):
    value, unit = re.search(r"^ +50% +([\d.]+)(us|ms|s)$", open(os.path.join(work, name + ".wrk")).read(), re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
kb = lambda f: os.path.getsize(os.path.join(work, f + ".pdf")) / 1024
chromium = json.load(open(os.path.join(work, "chromium.json")))["results"][0]["median"] * 1000
print(f"chromium warm (median)          {chromium:8.1f} ms   PDF {kb('chromium'):6.1f} KB")
for name, label in (("approved", "approved version over HTTP"), ("draft", "draft over HTTP")):
    ms = wrk_median(name)
    print(f"{label:<31} {ms:8.2f} ms   PDF {kb(name):6.1f} KB   chromium / this {chromium / ms:6.1f}x")
PY
