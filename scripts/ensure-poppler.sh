#!/usr/bin/env bash
# The PDF checks (test/e2e/brand-report.spec.ts) read printed reports with poppler's pdftotext and pdfinfo, from Debian's packages.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "poppler-utils is missing: run 'sudo apt-get install -y --no-install-recommends poppler-utils'." >&2
  exit 1
fi
echo "── installing poppler-utils from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
