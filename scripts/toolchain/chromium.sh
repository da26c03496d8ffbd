#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (playwright-core drives it through
# executablePath; `playwright install` cannot download browsers on these machines).
set -euo pipefail
JOL_CHROMIUM="${JOL_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$JOL_CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "jol: Chromium is missing at $JOL_CHROMIUM; install it with: sudo apt-get install -y chromium (or set JOL_CHROMIUM)" >&2
  exit 1
fi
echo "jol: installing Debian's chromium for the browser tests (once)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
[ -x "$JOL_CHROMIUM" ] || { echo "jol: chromium did not install" >&2; exit 1; }
