#!/usr/bin/env bash
# Every test Pandu has, in the order a failure is cheapest to see: types, lint, builds and zips, Mozilla's
# linter, unit and end-to-end tests (as `npm run test:unit` and `npm run test:e2e`, exactly as README names
# them). Installs what it needs first. Every other command README names runs in .ci/run, after this.
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

# The long steps each run to the end, so one run shows every failure; the exit status is the first failure's.
status=0
failures=()
failed() {
  local code=$?
  [ "$status" -ne 0 ] || status=$code
  failures+=("$1 (exit $code)")
}
mkdir -p .output
rm -f .output/vitest-unit.json .output/vitest-e2e.json

step "Unit tests (npm run test:unit)"
PANDU_VITEST_JSON=.output/vitest-unit.json npm run test:unit || failed 'npm run test:unit'

step "End-to-end tests (npm run test:e2e), on the builds above"
PANDU_SKIP_BUILD=1 PANDU_VITEST_JSON=.output/vitest-e2e.json npm run test:e2e || failed 'npm run test:e2e'

node -e '
  const fs = require("fs");
  const runs = [".output/vitest-unit.json", ".output/vitest-e2e.json"]
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
  const sum = (field) => runs.reduce((total, run) => total + run[field], 0);
  console.log(`vitest: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped` +
    (sum("numFailedTestSuites") > 0 ? ` (${sum("numFailedTestSuites")} test files failed to run)` : "") +
    (runs.length < 2 ? " (a vitest run wrote no report)" : ""));
' || true

if [ "$status" -ne 0 ]; then
  echo
  # A vitest run can fail with every test passed (an unhandled error), so say which step it was.
  echo "npm test failed: ${failures[*]}" >&2
fi
exit "$status"
