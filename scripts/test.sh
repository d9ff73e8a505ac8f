#!/usr/bin/env bash
# Runs the whole test suite. On a fresh Debian machine, run as root, it first installs what the
# tests need and the machine lacks: the PostgreSQL server binaries (the tests start their own
# server from them), CJK fonts (the seal drawing and the font tests name them), poppler-utils and
# zbar-tools (the PDF tests render pages to PNG and scan the printed QR code), and Debian's
# chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v fc-list >/dev/null || missing+=(fontconfig)
[[ -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ]] || missing+=(fonts-noto-cjk)
[[ -f /usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf ]] || missing+=(fonts-arphic-gbsn00lp)
[[ -x /usr/bin/pdftoppm ]] || missing+=(poppler-utils)
[[ -x /usr/bin/zbarimg ]] || missing+=(zbar-tools)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)

if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "scripts/test.sh: missing ${missing[*]}; run this script as root once, or: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Built once, then the test assemblies run in two lanes at once, the two long ones (web and browser,
# about four minutes each) in different lanes: `dotnet test` on the solution ran them one after the other.
# Each lane's output is kept: its results are shown, and all of it when an assembly fails. The
# arguments go to each `dotnet test` (an assembly no --filter matches runs nothing).
started=$SECONDS
dotnet build PerfTargets.sln -nologo -v quiet
echo "Built in $((SECONDS - started)) s."

logs=$(mktemp -d /tmp/perftargets-test-lanes.XXXXXX)
lane() {
    local name=$1 status=0 project
    shift
    for project in "$@"; do
        local began=$SECONDS
        dotnet test "tests/$project" --no-build "${args[@]}" >>"$logs/$name.log" 2>&1 || status=1
        echo "$project: $((SECONDS - began)) s" >>"$logs/$name.times"
    done
    return $status
}
args=("$@")
# The browser lane takes the data tests too; every other test project (tests/*.Tests) goes to the other.
others=()
for project in tests/*.Tests; do
    project=${project#tests/}
    [[ $project == PerfTargets.Browser.Tests || $project == PerfTargets.Data.Tests || $project == PerfTargets.Web.Tests ]] || others+=("$project")
done
lane browser PerfTargets.Browser.Tests PerfTargets.Data.Tests & browser=$!
lane web PerfTargets.Web.Tests "${others[@]}" & web=$!
failed=0
wait $browser || failed=1
wait $web || failed=1
for name in browser web; do
    grep -E '^(Passed|Failed)!|^\s+Failed |\[FAIL\]|Error Message|^\s+(Shouldly|System)\.' "$logs/$name.log" || true
done
if ((failed)); then
    cat "$logs"/*.log
fi
cat "$logs"/*.times
echo "Whole suite: $((SECONDS - started)) s."
rm -rf "$logs"
exit $failed
