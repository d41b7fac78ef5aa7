#!/usr/bin/env bash
# Mozilla's reviewers rebuild the add-on from the sources zip: unpack it in a clean folder, run the commands
# its BUILDING.md gives, and compare with the Firefox build we ship.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
zip=.output/pandu-$version-sources.zip
[ -f "$zip" ] || npx wxt zip -b firefox --mv3 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work"
# Follow the reviewers' instructions to the letter: the commands of BUILDING.md's ```sh block, as written.
if [ ! -f "$work/BUILDING.md" ]; then
  echo "The sources zip has no BUILDING.md: Mozilla's reviewers would not know how to build it." >&2
  exit 1
fi
commands=$(awk '/^```sh$/ { inside = 1; next } /^```$/ { inside = 0 } inside' "$work/BUILDING.md")
if [ -z "$commands" ]; then
  echo "BUILDING.md has no \`\`\`sh block of build commands." >&2
  exit 1
fi
# Only npm's cache and chatter are tuned here (through its environment), never the commands themselves.
if ! (cd "$work" && npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false \
  bash -euo pipefail -c "$commands" >"$work/build.log" 2>&1); then
  tail -n 30 "$work/build.log" >&2
  echo "The commands in BUILDING.md failed in a clean folder (log above)." >&2
  exit 1
fi
if diff -r "$work/.output/firefox-mv3" .output/firefox-mv3; then
  echo "The sources zip rebuilds .output/firefox-mv3 byte for byte."
else
  echo "The sources zip does not rebuild the same Firefox extension (differences above)." >&2
  exit 1
fi
