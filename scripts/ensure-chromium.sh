#!/usr/bin/env bash
# Runs before `npm test`: Playwright cannot download browsers here, so the e2e tests drive Debian's
# Chromium. Installs it when missing and we are root; otherwise says exactly what to run.
set -euo pipefail
chromium="${POLYHELP_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ -n "${POLYHELP_CHROMIUM:-}" ]; then
  echo "POLYHELP_CHROMIUM is set to '$chromium', which is not an executable file. Point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's package (apt-get install -y chromium)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at $chromium. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or set POLYHELP_CHROMIUM to another Chromium binary." >&2
exit 1
