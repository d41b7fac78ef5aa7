#!/usr/bin/env bash
# Builds Pandu and opens it in Debian's Chromium with the extension loaded, in a profile kept under
# .output/chromium-profile so settings and the post log survive between runs. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_node
ensure_dependencies
ensure_chromium

echo "== Building Pandu for Chromium"
npx wxt build

extension=$(pwd)/.output/chrome-mv3
# The manifest's key pins this id (wxt.config.ts).
start_page="chrome-extension://geielogmcjdkcinllhlfmfkfjojgbmml/practice.html"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "== No display here: checking Pandu in headless Chromium instead of opening a window"
  exec node --import tsx scripts/start-headless.ts "$start_page"
fi

echo "== Opening Chromium with Pandu loaded"
root_flags=()
[ "$(id -u)" -eq 0 ] && root_flags=(--no-sandbox)
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" "${root_flags[@]}" \
  --user-data-dir="$(pwd)/.output/chromium-profile" \
  --no-first-run --disable-sync \
  --disable-extensions-except="$extension" --load-extension="$extension" \
  "$start_page"
