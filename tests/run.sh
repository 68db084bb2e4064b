#!/usr/bin/env bash
# Runs every test of GovReportDocs on a fresh Debian machine with the .NET SDK.
# Installs what the tests need first, then prints one summary line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: LibreOffice opens our .docx (Writer) and .xlsx (Calc), poppler reads PDFs, the CJK fonts render them,
# chromium runs the web editor's browser tests (Playwright drives it; its own browser download cannot work here).
.ci/install-debian-packages.sh libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei chromium \
  || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# axe-core from the npm registry: the summary page's browser test checks the page with it.
tests/install-axe.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

log=$(mktemp)
dotnet test GovReportDocs.sln --nologo 2>&1 | tee "$log"  # minimal verbosity: a failing test prints its message
status=${PIPESTATUS[0]}

# "Passed!  - Failed:     0, Passed:    87, Skipped:     0, Total:    87" (one line per test assembly)
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # the build failed: count it
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
