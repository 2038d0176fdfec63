#!/usr/bin/env bash
# Builds the DEB and the MSI from a built tree into OUT_DIR.
# Usage: installer/build-packages.sh BUILD_DIR OUT_DIR
#   DEB: CPack (installer/CMakeLists.txt) from BUILD_DIR -> OUT_DIR/meldeklient_<version>-1_amd64.deb
#   MSI: installer/msi/build-msi.sh: a stage in the Windows layout, wixl, msibuild post-processing ->
#        OUT_DIR/meldeklient-<version>-x64.msi (skipped with a message when wixl is not installed)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR OUT_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
umask 022

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || { echo "build-packages: $build is not a configured build tree" >&2; exit 2; }
for page in meldeklient.1.gz meldeklient-cli.1.gz; do
  [ -f "$build/installer/$page" ] || { echo "build-packages: $build/installer/$page missing (install help2man, rebuild)" >&2; exit 1; }
done

echo "== DEB $version =="
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/meldeklient_*.deb)"
cp "$deb" "$out/"
echo "$out/$(basename "$deb")"

if command -v wixl >/dev/null 2>&1; then
  echo "== MSI $version =="
  "$here/msi/build-msi.sh" "$build" "$out"
else
  echo "build-packages: wixl not installed, MSI skipped (apt-get install wixl msitools)"
fi
