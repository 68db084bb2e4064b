#!/usr/bin/env bash
# Installs axe-core (the accessibility engine the summary page's browser test runs in chromium) into tests/.tools,
# from the npm registry, once. The test reads tests/.tools/node_modules/axe-core/axe.min.js and injects it into the page.
set -euo pipefail
cd "$(dirname "$0")"
version=4.14.1
if [ -f .tools/node_modules/axe-core/package.json ] && grep -q "\"version\": \"${version}\"" .tools/node_modules/axe-core/package.json; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to install axe-core (Debian: apt-get install npm)" >&2; exit 1; }
mkdir -p .tools
npm install --no-audit --no-fund --no-save --prefix .tools "axe-core@${version}" >&2
