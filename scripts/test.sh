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

# The tests run most code once or a few times, in many short processes: tiered PGO's instrumented
# code only costs them (the web tests took 3 min 26 s with it, 2 min 24 s without, on 2 cores).
export DOTNET_TieredPGO=0
dotnet test PerfTargets.sln "$@"
