#!/bin/sh
# Installs Debian's chromium (for the report's browser test and scripts/screenshot-report.ts) when
# /usr/bin/chromium is missing. CI runs this as root with the Debian archive reachable; elsewhere it
# uses sudo when not root.
#
# Example: `sh scripts/ensure-chromium.sh` → `chromium: /usr/bin/chromium (Chromium 156.0…)`.
set -eu

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y chromium
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "chromium: $CHROMIUM still missing after apt-get install" >&2
  exit 1
fi
# the Debian wrapper prints a harmless shell warning on some machines; keep only the version line
echo "chromium: $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null | head -n 1))"
