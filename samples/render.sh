#!/usr/bin/env bash
# Renders the bundled sample reports to out/ as .docx, .pdf and .html, installing the Debian CJK fonts the PDF needs.
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-debian-packages.sh fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei
dotnet run --project src/GovReportDocs.Cli -- render samples -o out --format all
