#!/usr/bin/env bash
# Mozilla's reviewers rebuild the add-on from the sources zip: unpack it in a clean folder, install, build,
# and compare with the Firefox build we ship.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
zip=.output/pandu-$version-sources.zip
[ -f "$zip" ] || npx wxt zip -b firefox --mv3 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work"
(cd "$work" && npm ci --no-audit --no-fund --prefer-offline >/dev/null 2>&1 && npx wxt build -b firefox --mv3 >/dev/null)
if diff -r "$work/.output/firefox-mv3" .output/firefox-mv3; then
  echo "The sources zip rebuilds .output/firefox-mv3 byte for byte."
else
  echo "The sources zip does not rebuild the same Firefox extension (differences above)." >&2
  exit 1
fi
