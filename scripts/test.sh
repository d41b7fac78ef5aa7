#!/usr/bin/env bash
# Every test Pandu has, in the order a failure is cheapest to see: types, lint, builds, Mozilla's linter,
# the Firefox sources zip, then unit and end-to-end tests. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_node
ensure_dependencies
ensure_chromium
ensure_firefox
ensure_libreoffice

step() { echo; echo "== $*"; }

step "Typecheck (tsc)"
npx wxt prepare >/dev/null
npx tsc --noEmit

step "Lint (ESLint, Prettier)"
npx eslint .
npx prettier --check .

step "Build and zip: Chrome MV3"
npx wxt zip
step "Build and zip: Firefox MV3"
npx wxt zip -b firefox --mv3

step "Mozilla's linter (web-ext lint) on the Firefox build"
npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted --output text | tail -n 12

step "The Firefox sources zip rebuilds the same extension"
bash scripts/check-sources-zip.sh

step "Unit and end-to-end tests (vitest)"
mkdir -p .output
set +e
PANDU_SKIP_BUILD=1 npx vitest run --reporter=default --reporter=json --outputFile.json=.output/vitest-results.json
vitest_status=$?
set -e
node -e '
  const r = require("./.output/vitest-results.json");
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped` +
    (r.numFailedTestSuites > 0 ? ` (${r.numFailedTestSuites} test files failed to run)` : ""));
' || true
exit "$vitest_status"
