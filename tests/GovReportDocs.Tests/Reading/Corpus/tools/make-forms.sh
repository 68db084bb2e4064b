#!/usr/bin/env bash
# Makes ../forms/: for each distinct corpus report, the forms offices publish or readers copy (see ../forms/README.md).
#   - the circulated Word template filled with the report (fill-template.cs), exported to PDF by LibreOffice;
#   - each saved web page printed to PDF by Chromium, with no network (every host resolves to nothing);
#   - pdftotext plain and -layout of each PDF made.
# Needs the Debian packages of .ci/install-debian-packages.sh and the .NET SDK. Run from anywhere:
#   tests/GovReportDocs.Tests/Reading/Corpus/tools/make-forms.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
forms=$corpus/forms
template=$corpus/../Data/blank-template-as-circulated.docx
work=$(mktemp -d -t make-forms.XXXXXX)
trap 'rm -rf "$work"' EXIT

# One copy of each report (not each copy of it): the one the reader reads best, a saved page before its crawled text.
reports=(
  01-pingtan-2024.html 03-pingtan-czj-2024.html 04-pingtan-haitan-2024.html 05-pingtan-2023.html
  08-pingtan-shs-2025.html 10-pingtan-czj-2025.html 11-pingtan-2025-crawltext.txt 12-pingtan-jinjing-2025-crawltext.txt
  13-pingtan-2022-crawltext.txt 14-pingtan-gaj-2024-crawltext.txt 15-pingtan-scj-2025-crawltext.txt
  18-hongze-2023-wps.pdf 19-hongze-2024-wps.pdf
)
pages=(01-pingtan-2024.html 03-pingtan-czj-2024.html 04-pingtan-haitan-2024.html 05-pingtan-2023.html 08-pingtan-shs-2025.html 10-pingtan-czj-2025.html)

copy_text() { # PDF: the text a reader copies out of it, plain and -layout
  pdftotext -enc UTF-8 "$1" "${1%.pdf}.pdftotext.txt"
  pdftotext -enc UTF-8 -layout "$1" "${1%.pdf}.pdftotext-layout.txt"
}

mkdir -p "$forms"
rm -f "$forms"/*.docx "$forms"/*.pdf "$forms"/*.txt
for report in "${reports[@]}"; do
  stem=${report%.*}
  (cd "$here" && dotnet run fill-template.cs -- "$corpus/$report" "$template" "$forms/$stem.template.docx")
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$forms" \
    "$forms/$stem.template.docx" >/dev/null 2>&1
  copy_text "$forms/$stem.template.pdf"
done

for page in "${pages[@]}"; do
  stem=${page%.*}
  chromium --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer \
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$work/chromium-profile" \
    --print-to-pdf="$forms/$stem.chromium.pdf" "file://$corpus/$page" >/dev/null 2>&1
  copy_text "$forms/$stem.chromium.pdf"
done

ls -l "$forms"
du -sh "$forms"
