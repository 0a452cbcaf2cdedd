#!/usr/bin/env bash
# The CSV check (test/build/csv-libreoffice.test.ts) opens the exports in LibreOffice Calc, from Debian's packages.
set -euo pipefail
if command -v "${SOFFICE_PATH:-soffice}" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "LibreOffice is missing: run 'sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui', or set SOFFICE_PATH to a soffice binary." >&2
  exit 1
fi
echo "── installing LibreOffice Calc from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
