#!/usr/bin/env bash
# Makes the folder named by the first argument a clean clone of this checkout: a git clone of HEAD (so no
# node_modules, build output or caches), with the working tree's uncommitted changes and new files laid
# over it, as a clone of this tree once committed would be. Used by .ci/run and scripts/check-readme-commands.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=$1
git clone -q --no-checkout . "$dest"
git -C "$dest" checkout -q --detach "$(git rev-parse HEAD)"
{
  git diff -z --name-only HEAD
  git ls-files -z --others --exclude-standard
} | while IFS= read -r -d '' file; do
  if [ -e "$file" ] || [ -L "$file" ]; then
    mkdir -p "$dest/$(dirname "$file")"
    cp -P "$file" "$dest/$file"
  else
    rm -f "$dest/$file"
  fi
done
