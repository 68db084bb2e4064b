#!/usr/bin/env bash
# Runs every test of GovReportDocs on a fresh Debian machine with the .NET SDK.
# Installs what the tests need first, then prints one summary line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use (LibreOffice opens our .docx, poppler reads PDFs, the CJK fonts render them);
# installed only when missing (root or sudo needed the first time).
needed="libreoffice-writer-nogui poppler-utils fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei"
packages=()
for p in $needed; do dpkg -s "$p" >/dev/null 2>&1 || packages+=("$p"); done
if [ ${#packages[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing ${packages[*]} ..."
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null \
    || { echo "could not install ${packages[*]}"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi

log=$(mktemp)
dotnet test GovReportDocs.sln --nologo -v quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# "Passed!  - Failed:     0, Passed:    87, Skipped:     0, Total:    87" (one line per test assembly)
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # the build failed: count it
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
