#!/usr/bin/env bash
# Builds OUT_DIR/meldeklient-<version>-x64.msi from a built tree: stage in the Windows layout, harvest with
# wixl-heat, wixl, then postbuild.sh. VERSION overrides project()'s version (the Wine matrix builds a "next" one).
# Usage: installer/msi/build-msi.sh BUILD_DIR OUT_DIR [VERSION] [STAGE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
version="${3:-$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="${4:-$work/stage}"
[ -d "$stage/bin" ] || "$here/stage-windows-layout.sh" "$build" "$stage"

# Harvest the stage. Feed wixl-heat grouped by directory (else it repeats Directory entries) and with paths relative
# to the stage (wixl refuses an absolute File/@Source).
(cd "$stage" && find . -type f -printf '%h\t%p\n' | LC_ALL=C sort | cut -f2 |
  wixl-heat -p ./ --component-group CG.StageFiles --directory-ref INSTALLDIR --var var.StageDir --win64 \
  > "$work/files.wxs")
msi="$out/meldeklient-$version-x64.msi"
tmp="$work/out.msi" # wixl unlinks its output path first: never point it at anything that matters
(cd "$stage" && wixl -a x64 -D Version="$version" -D Win64=yes -D StageDir=. -o "$tmp" \
  "$here/meldeklient.wxs" "$work/files.wxs" 2> "$work/wixl.log") || { cat "$work/wixl.log"; exit 1; }
if grep -q 'unhandled\|CRITICAL' "$work/wixl.log"; then cat "$work/wixl.log"; exit 1; fi
"$here/postbuild.sh" "$tmp"
mv "$tmp" "$msi"
echo "$msi"
