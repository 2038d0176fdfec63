#!/usr/bin/env bash
# Fills STAGE with the layout a Windows build installs (`cmake --install` + qt_generate_deploy_app_script, which runs
# windeployqt with --libdir bin --plugindir plugins): bin/meldeklient.exe, bin/meldeklient-cli.exe, the Qt, QtKeychain
# and OpenSSL DLLs and qt.conf in bin/, plugins in plugins/<type>/.
#
# There is no Windows build of Qt on this Debian machine. The file NAMES are the Windows layout's; the CONTENTS come
# from the real Linux install tree (our programs from `cmake --install BUILD_DIR`, each DLL from the Linux library or
# plugin it stands for), so the MSI carries realistic sizes and every path the Windows package will have. Such an MSI
# installs, upgrades and uninstalls, but its programs do not run on Windows: see installer/README.md for the real
# Windows build, which feeds the same WiX source.
# Usage: installer/msi/stage-windows-layout.sh BUILD_DIR STAGE
set -euo pipefail
build="$(cd "$1" && pwd)"
stage="$2"
rm -rf "$stage"
mkdir -p "$stage/bin"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
cmake --install "$build" --prefix "$tree/usr" --strip >/dev/null
cp "$tree/usr/bin/meldeklient" "$stage/bin/meldeklient.exe"
cp "$tree/usr/bin/meldeklient-cli" "$stage/bin/meldeklient-cli.exe"

libdir=/usr/lib/x86_64-linux-gnu
plugins="$libdir/qt6/plugins"
# Windows name <TAB> Linux file it is filled from (windeployqt's choice for a Widgets + Network + Sql program), then
# iso-codes' country list, its nb/nn catalogues and its licence (LGPL-2.1+), which the app finds beside bin/
# (Codes::IsoCodesFiles). These are data, identical on Windows.
while IFS=$'\t' read -r windows linux; do
  [ -n "$windows" ] || continue
  [ -f "$linux" ] || { echo "stage: $linux missing (needed for $windows)" >&2; exit 1; }
  mkdir -p "$stage/$(dirname "$windows")"
  cp -L "$linux" "$stage/$windows"
done <<EOF_LIST
bin/Qt6Core.dll	$libdir/libQt6Core.so.6
bin/Qt6Gui.dll	$libdir/libQt6Gui.so.6
bin/Qt6Widgets.dll	$libdir/libQt6Widgets.so.6
bin/Qt6Network.dll	$libdir/libQt6Network.so.6
bin/Qt6Sql.dll	$libdir/libQt6Sql.so.6
bin/Qt6Svg.dll	$libdir/libQt6Svg.so.6
bin/qt6keychain.dll	$libdir/libqt6keychain.so.1
bin/libcrypto-3-x64.dll	$libdir/libcrypto.so.3
bin/libssl-3-x64.dll	$libdir/libssl.so.3
plugins/platforms/qwindows.dll	$plugins/platforms/libqxcb.so
plugins/sqldrivers/qsqlite.dll	$plugins/sqldrivers/libqsqlite.so
plugins/tls/qopensslbackend.dll	$plugins/tls/libqopensslbackend.so
plugins/tls/qcertonlybackend.dll	$plugins/tls/libqcertonlybackend.so
plugins/imageformats/qsvg.dll	$plugins/imageformats/libqsvg.so
plugins/iconengines/qsvgicon.dll	$plugins/iconengines/libqsvgicon.so
share/iso-codes/json/iso_3166-1.json	/usr/share/iso-codes/json/iso_3166-1.json
share/locale/nb/LC_MESSAGES/iso_3166-1.mo	/usr/share/locale/nb/LC_MESSAGES/iso_3166-1.mo
share/locale/nn/LC_MESSAGES/iso_3166-1.mo	/usr/share/locale/nn/LC_MESSAGES/iso_3166-1.mo
share/doc/iso-codes/copyright	/usr/share/doc/iso-codes/copyright
EOF_LIST
# windeployqt's GENERATE_QT_CONF: plugins beside bin/, found relative to the executable.
printf '[Paths]\r\nPrefix = ..\r\nPlugins = plugins\r\n' > "$stage/bin/qt.conf"
echo "stage: $(find "$stage" -type f | wc -l) files, $(du -sh "$stage" | cut -f1) in $stage"
