#!/usr/bin/env bash
# The PDF layer beside headless chromium, for seed 002's first declaration (网络安全和信息化工作经费,
# two pages, national layout): chromium prints an HTML table of the same content (written by the
# bench project's --html mode; chromium picks the system fonts). Times chromium with hyperfine —
# its first run on a fresh profile on its own, then RUNS warm runs — and, for the same document,
# PerfTargets as a process (start-up, font loading, JIT, one render) and warm inside one process.
# Prints the sizes and the ratios. Needs chromium and hyperfine (apt-get install -y hyperfine).
# Usage: bench/pdf-vs-chromium.sh [RUNS=10]   (KEEP=dir keeps the PDFs and HTML there)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-10}
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$work"' EXIT

dotnet build "$here/PerfTargets.Benchmarks" -c Release -nologo -v q >/dev/null
bench="$here/PerfTargets.Benchmarks/bin/Release/net10.0/PerfTargets.Benchmarks"
"$bench" --html "$work/declaration.html"
"$bench" --pdf "$work/perftargets.pdf"

chrome="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --no-pdf-header-footer"
echo "load: $(uptime)"
hyperfine --runs 1 --export-json "$work/cold.json" -n "chromium, first run (new profile)" \
  "$chrome --user-data-dir=$work/profile-cold --print-to-pdf=$work/chromium.pdf $work/declaration.html 2>/dev/null"
hyperfine --warmup 2 --runs "$runs" --export-json "$work/warm.json" -n "chromium, warm" \
  "$chrome --user-data-dir=$work/profile --print-to-pdf=$work/chromium.pdf $work/declaration.html 2>/dev/null"
hyperfine --warmup 2 --runs "$runs" --export-json "$work/process.json" -n "PerfTargets.Benchmarks --pdf (process)" \
  "$bench --pdf $work/perftargets-run.pdf"
warm=$("$bench" --warm 20)
echo "PerfTargets in one process: $warm"
echo "load: $(uptime)"

python3 - "$work" "$warm" <<'PY'
import json, os, re, sys
work, warm = sys.argv[1], sys.argv[2]
def median(name):
    return json.load(open(os.path.join(work, name)))["results"][0]["median"] * 1000
cold, chromium, process = median("cold.json"), median("warm.json"), median("process.json")
inproc = float(re.search(r"median ([\d.]+) ms", warm).group(1))
kb = lambda f: os.path.getsize(os.path.join(work, f)) / 1024
print(f"chromium first run      {cold:8.0f} ms")
print(f"chromium warm (median)  {chromium:8.0f} ms   PDF {kb('chromium.pdf'):6.1f} KB")
print(f"PerfTargets process     {process:8.0f} ms   PDF {kb('perftargets.pdf'):6.1f} KB   chromium/process   {chromium / process:5.1f}x")
print(f"PerfTargets in-process  {inproc:8.1f} ms                chromium/in-process {chromium / inproc:5.0f}x")
PY
