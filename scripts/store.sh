#!/usr/bin/env bash
# `npm run store`: installs what it needs (as `npm test` does), refuses early when no release can be made from
# this checkout, then makes every file the stores take (scripts/store.ts) in .output/store/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_node
ensure_dependencies
node --import tsx scripts/store/check-release.ts
ensure_chromium
npx wxt prepare >/dev/null
node --import tsx scripts/store.ts
