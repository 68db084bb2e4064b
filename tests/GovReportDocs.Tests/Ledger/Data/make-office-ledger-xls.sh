#!/usr/bin/env bash
# Makes office-ledger.xls, a real BIFF8 workbook as an office still keeps its ledger, from office-ledger.csv:
# LibreOffice Calc (libreoffice-calc-nogui) reads the CSV as UTF-8 with Chinese (zh-CN) date recognition and saves
# it as "MS Excel 97". Run it from anywhere; the committed .xls is its output (LibreOffice 7.4 on Debian 12).
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --infilter="CSV:44,34,76,1,,2052,false,true,true" \
  --convert-to xls:"MS Excel 97" --outdir . office-ledger.csv
