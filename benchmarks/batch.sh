#!/usr/bin/env bash
# The batch as a whole process: `govreport render DIR --format all` over N distinct inputs, its wall time and peak
# memory (RSS), each format's share, and LibreOffice converting LO of our .docx to PDF in one call on the same machine
# in the same run, with the ratio per report. Figures go to docs/performance.md#batches.
#
#   benchmarks/batch.sh [N=1000] [LO=50]       env: SHARES=0 skips the per-format runs; KEEP=1 keeps the work folder; BUILD=0 uses the last Release build;
#                                              GOVREPORT_ENV="DOTNET_GCConserveMemory=0 ..." runs govreport with those.
set -euo pipefail
N=${1:-1000}
LO=${2:-50}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/govreport-batch.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

[ "${BUILD:-1}" = 1 ] && dotnet build -c Release "$root/src/GovReportDocs.Cli" --nologo -v q >/dev/null
govreport="$root/src/GovReportDocs.Cli/bin/Release/net10.0/govreport.dll"

# N distinct inputs: the two samples in turn, each under its own agency and with its own 行政许可 count, so every
# output differs (another title, another number in 表二).
mkdir -p "$work/in"
panzhou=$(cat "$root/samples/panzhou-2024.yaml")
mengga=$(cat "$root/samples/mengga-2024.yaml")
for ((i = 0; i < N; i++)); do
  if ((i % 2 == 0)); then text=${panzhou//盘州市人民政府/盘州市第${i}号人民政府}; else text=${mengga//芒市勐戛镇人民政府/芒市第${i}号镇人民政府}; fi
  printf '%s\n' "${text/  licensing: 0/  licensing: $((i % 97))}" > "$work/in/$(printf '%05d' "$i").yaml"
done

# Runs a command under /usr/bin/time -v (or polls /proc when it is missing); prints "seconds peak-MB".
measure() {
  local log="$work/time.log"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" >"$work/run.out" 2>"$log" || { tail -5 "$work/run.out" "$log" >&2; return 1; }
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    echo "$wall $((rss / 1024))"
  else
    local start peak=0 pid hwm
    start=$(date +%s.%N)
    "$@" >"$work/run.out" 2>"$log" & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
      ((hwm > peak)) && peak=$hwm
      sleep 0.05
    done
    wait "$pid"
    echo "$(echo "$(date +%s.%N) - $start" | bc) $((peak / 1024))"
  fi
}

render() { # format
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  measure env ${GOVREPORT_ENV:-} dotnet "$govreport" render "$work/in" -o "$work/out" --format "$1"
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
echo "load before: $(uptime)"
read -r all_s all_mb < <(render all)
echo "govreport render --format all, $N inputs: ${all_s} s, peak ${all_mb} MB, $(echo "scale=2; $all_s * 1000 / $N" | bc) ms per report ($(tail -1 "$work/run.out"))"
count=$(find "$work/out" -type f | wc -l)
[ "$count" -eq $((N * 3)) ] || { echo "expected $((N * 3)) files, found $count" >&2; exit 1; }

mkdir -p "$work/lo-in" "$work/lo-out"
find "$work/out" -name '*.docx' | sort > "$work/docx.list"
head -n "$LO" "$work/docx.list" | while read -r f; do cp "$f" "$work/lo-in/"; done
# The profile is made once before timing, so the figure is LibreOffice converting, not setting itself up.
soffice -env:UserInstallation="file://$work/lo-profile" --headless --terminate_after_init >/dev/null 2>&1 || true
read -r lo_s lo_mb < <(measure soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo-out" "$work/lo-in"/*.docx)
lo_count=$(find "$work/lo-out" -name '*.pdf' | wc -l)
echo "LibreOffice --convert-to pdf, $lo_count .docx in one call: ${lo_s} s, peak ${lo_mb} MB, $(echo "scale=1; $lo_s * 1000 / $lo_count" | bc) ms per report"
echo "ratio per report (LibreOffice's PDF alone / our .docx + PDF + HTML): $(echo "scale=1; ($lo_s * $N) / ($lo_count * $all_s)" | bc)x"

if [ "${SHARES:-1}" = 1 ]; then
  for format in docx pdf html; do
    read -r s mb < <(render "$format")
    echo "  --format $format alone: ${s} s, peak ${mb} MB, $(echo "scale=2; $s * 1000 / $N" | bc) ms per report"
  done
fi
echo "load after: $(uptime)"
