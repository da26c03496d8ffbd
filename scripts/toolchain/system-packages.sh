#!/usr/bin/env bash
# Debian packages the tests use, installed once when missing:
#   chromium      browser tests (playwright-core drives it via executablePath; `playwright install`
#                 cannot download browsers on these machines)
#   poppler-utils pdftotext, pdffonts and pdftoppm, to check the leaflet PDFs the way a reader sees them
#   nginx         the shipped production server configuration is tested with the real server
set -euo pipefail
needed=()
command -v "${JOL_CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1 || needed+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || needed+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || needed+=(nginx-light)
[ "${#needed[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "jol: missing system packages: ${needed[*]}; install them with: sudo apt-get install -y ${needed[*]}" >&2
  exit 1
fi
echo "jol: installing Debian packages for the tests (once): ${needed[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends "${needed[@]}" >/dev/null 2>&1 ||
  { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${needed[@]}" >/dev/null; }
for tool in "${JOL_CHROMIUM:-/usr/bin/chromium}" pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "jol: $tool did not install" >&2; exit 1; }
done
