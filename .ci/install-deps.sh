#!/usr/bin/env bash
# Installs what building, running and testing Meldeklient needs on Debian 12. Safe to run again: apt is called
# only for packages that are missing. `--packaging` adds the heavy tools of the packaging step (lintian, validators,
# wixl/msitools, Wine); .ci/test-all.sh asks for them only when it reaches that step, so .ci/run-app.sh stays light.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev libssl-dev libgl-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libxml2-utils
  nodejs npm
  libarchive-dev libstemmer-dev iso-codes openssl help2man at-spi2-core python3-pyatspi
  libp11-kit-dev p11-kit-modules libengine-pkcs11-openssl softhsm2 gnutls-bin
)
if [ "${1:-}" = "--packaging" ]; then
  packages=(lintian desktop-file-utils appstream msitools wixl wine wine64 man-db)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# A machine may already carry a newer Node.js than Debian's own (ours do): keep it, do not downgrade.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all Debian packages present"
fi

[ "${1:-}" != "--packaging" ] || exit 0

# Node packages of the sandbox (OpenID provider, national API), pinned by package-lock.json.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -f "$root/tests/sandbox/package-lock.json" ]; then
  if [ ! -d "$root/tests/sandbox/node_modules" ] || [ "$root/tests/sandbox/package-lock.json" -nt "$root/tests/sandbox/node_modules/.package-lock.json" ]; then
    echo "install-deps: npm ci in tests/sandbox"
    (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
