#!/usr/bin/env bash
# Checks a built DEB: lintian --pedantic as a non-root user (no error, no warning, no info tag), the desktop entry and
# AppStream metainfo validators, and the files a hospital's IT expects (copyright, changelog, man pages, stripped
# hardened programs, shlibs-derived Depends).
# Usage: installer/tests/check-deb.sh meldeklient_<version>_amd64.deb
set -euo pipefail
deb="$(readlink -f "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cp "$deb" "$work/" && chmod 644 "$work/$(basename "$deb")"

echo "== lintian --pedantic (as nobody) =="
lintian_cmd=(lintian -I --pedantic --fail-on error,warning,info "$work/$(basename "$deb")")
if [ "$(id -u)" -eq 0 ]; then
  (cd "$work" && su nobody -s /bin/sh -c "HOME=$work ${lintian_cmd[*]}") | tee "$work/lintian.txt"
else
  "${lintian_cmd[@]}" | tee "$work/lintian.txt"
fi
if [ -s "$work/lintian.txt" ]; then echo "lintian reported tags (above)"; exit 1; fi
echo "(no tags)"

echo "== contents =="
dpkg-deb -x "$deb" "$work/root"
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for path in ./usr/bin/meldeklient ./usr/bin/meldeklient-cli ./usr/share/doc/meldeklient/copyright \
    ./usr/share/doc/meldeklient/changelog.Debian.gz ./usr/share/man/man1/meldeklient.1.gz \
    ./usr/share/man/man1/meldeklient-cli.1.gz ./usr/share/applications/no.meldeklient.Meldeklient.desktop \
    ./usr/share/metainfo/no.meldeklient.Meldeklient.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/meldeklient.svg; do
  grep -qx "$path" <<<"$contents" || { echo "missing $path"; exit 1; }
done
echo "all expected files present"
depends="$(dpkg-deb -f "$deb" Depends)"
grep -q 'libqt6core6' <<<"$depends" || { echo "Depends lacks the shlibs-derived Qt libraries: $depends"; exit 1; }
echo "Depends: $depends"
# A certificate on a token (README "For IT: the organisation certificate"): libp11-kit0 is linked, the engine and
# p11-kit's proxy module are loaded at run time, so they are recommended.
grep -q 'libp11-kit0' <<<"$depends" || { echo "Depends lacks libp11-kit0: $depends"; exit 1; }
recommends="$(dpkg-deb -f "$deb" Recommends)"
for p in libengine-pkcs11-openssl p11-kit-modules; do
  grep -q "$p" <<<"$recommends" || { echo "Recommends lacks $p: $recommends"; exit 1; }
done
echo "Recommends: $recommends"
for program in "$work/root/usr/bin/meldeklient" "$work/root/usr/bin/meldeklient-cli"; do
  ! readelf -S -W "$program" | grep -Eq '\.(symtab|comment)\b' || { echo "$program is not stripped"; exit 1; }
done
echo "programs stripped"
"$here/check-hardening.sh" "$work/root/usr/bin/meldeklient" "$work/root/usr/bin/meldeklient-cli"

echo "== desktop-file-validate, appstreamcli validate --no-net --strict =="
desktop-file-validate "$work/root/usr/share/applications/no.meldeklient.Meldeklient.desktop"
appstreamcli validate --no-net --strict "$work/root/usr/share/metainfo/no.meldeklient.Meldeklient.metainfo.xml"
echo "check-deb: OK"
