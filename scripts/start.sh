#!/usr/bin/env bash
# Builds the extension for Chrome and Firefox and, where a display exists, opens it in Chromium with a
# profile of its own (.cache/chromium-profile) on the workspace tab.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npx wxt build
npx wxt build -b firefox

extension="$PWD/.output/chrome-mv3"
echo
echo "Built: $extension (Chrome) and $PWD/.output/firefox-mv2 (Firefox)."
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here, so no browser was opened. Load the folder above as an unpacked extension (see README)."
  exit 0
fi
bash scripts/ensure-chromium.sh
# Chromium names an unpacked extension after the SHA-256 of its folder's path, spelled with the letters a–p.
id=$(node -e "const h=require('crypto').createHash('sha256').update(process.argv[1]).digest('hex').slice(0,32);console.log([...h].map(c=>String.fromCharCode(97+parseInt(c,16))).join(''))" "$extension")
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" --user-data-dir="$PWD/.cache/chromium-profile" --no-first-run \
  --disable-extensions-except="$extension" --load-extension="$extension" "chrome-extension://$id/app.html"
