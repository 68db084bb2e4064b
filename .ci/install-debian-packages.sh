#!/usr/bin/env bash
# Installs the given Debian packages when any is missing (root, or sudo). Used by samples/render.sh and tests/run.sh.
set -uo pipefail
packages=()
for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || packages+=("$p"); done
[ ${#packages[@]} -eq 0 ] && exit 0
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
echo "installing ${packages[*]} ..."
$sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null \
  || { echo "could not install ${packages[*]}" >&2; exit 1; }
