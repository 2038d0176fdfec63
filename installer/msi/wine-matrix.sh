#!/usr/bin/env bash
# Install -> upgrade -> uninstall -> downgrade matrix of two MSIs under Wine (Debian 12: wine, wine64), reading the
# policy key back with `wine reg query` after every step. Wine's msiexec is a reimplementation: a pass here is
# evidence, not proof; a Windows smoke test per release stays necessary (installer/README.md).
# Usage: installer/msi/wine-matrix.sh OLD.msi NEW.msi     (NEW has the higher version)
set -uo pipefail
old="$(readlink -f "$1")"; new="$(readlink -f "$2")"
own_prefix=""
[ -n "${WINEPREFIX:-}" ] || { own_prefix="$(mktemp -d)"; WINEPREFIX="$own_prefix/wine"; }
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
key='HKLM\SOFTWARE\Policies\Meldeklient\Meldeklient'
program="$WINEPREFIX/drive_c/Program Files/Meldeklient/bin/meldeklient.exe"
failed=0
# "Name=value" of every REG_SZ under the policy key, sorted, space-separated.
values() { wine reg query "$key" 2>/dev/null | tr -d '\r' | awk '$2 == "REG_SZ" {print $1 "=" $3}' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'; }
msiexec() { wine msiexec "$@" /qn >/dev/null 2>&1; echo $?; }
arp() { wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' 2>/dev/null | tr -d '\r' | grep -c '{'; }
check() { # step, actual, expected
  if [ "$2" = "$3" ]; then echo "  ok   $1: $2"; else echo "  FAIL $1: got [$2], want [$3]"; failed=1; fi
}
all_properties=(ENVIRONMENT=production APIBASEURL=https://api.helse.example HELSEIDISSUER=https://helseid-sts.nhn.no
  CLIENTID=hospital-client TRANSPORT=nhn-fhir MINSECURITYLEVEL=4 CODELISTURL=https://codes.helse.example LANGUAGE=nn
  IDLELOCKMINUTES=10 PROXY=http://proxy.helse.example:3128 RETENTIONDAYS=14
  FOLKEREGISTERETURL=https://folkeregisteret.helse.example BIRTHCERTIFICATEFILE='C:\ProgramData\Meldeklient\virksomhetssertifikat.p12'
  BIRTHCAFILE='C:\ProgramData\Meldeklient\test-ca.pem' FHICAUSESETURL='https://koder.helse.example/api/koder?oid=7110'
  MUNICIPALITYURL=https://klass.helse.example/131/)
all_values="ApiBaseUrl=https://api.helse.example BirthCaFile=C:\ProgramData\Meldeklient\test-ca.pem BirthCertificateFile=C:\ProgramData\Meldeklient\virksomhetssertifikat.p12 ClientId=hospital-client CodeListUrl=https://codes.helse.example Environment=production FhiCauseSetUrl=https://koder.helse.example/api/koder?oid=7110 FolkeregisteretUrl=https://folkeregisteret.helse.example HelseIdIssuer=https://helseid-sts.nhn.no IdleLockMinutes=10 Language=nn MinSecurityLevel=4 MunicipalityUrl=https://klass.helse.example/131/ Proxy=http://proxy.helse.example:3128 RetentionDays=14 Transport=nhn-fhir"
# A token instead of a file (README "For IT: the organisation certificate"): a pkcs11: URI, with its ";" and "=".
token='pkcs11:token=Buypass%20ID;object=virksomhetssertifikat'

start=$(date +%s)
wine wineboot -i >/dev/null 2>&1
echo "wine prefix ready in $(( $(date +%s) - start )) s ($WINEPREFIX)"
check "A install old, no properties: exit" "$(msiexec /i "$old")" 0
check "A no policy values" "$(values)" ""
check "A program installed" "$([ -f "$program" ] && echo yes)" yes
share="$WINEPREFIX/drive_c/Program Files/Meldeklient/share"
check "A iso-codes installed beside the program" "$(for f in iso-codes/json/iso_3166-1.json \
  locale/nb/LC_MESSAGES/iso_3166-1.mo locale/nn/LC_MESSAGES/iso_3166-1.mo doc/iso-codes/copyright; do
  [ -s "$share/$f" ] && echo -n y || echo -n "missing:$f "; done)" yyyy
check "B uninstall: exit" "$(msiexec /x "$old")" 0
check "B program removed" "$([ -f "$program" ] && echo yes || echo no)" no
check "C install old with all 16 properties: exit" "$(msiexec /i "$old" "${all_properties[@]}")" 0
check "C all values written" "$(values)" "$all_values"
check "D upgrade to new without properties: exit" "$(msiexec /i "$new")" 0
check "D values kept across the upgrade" "$(values)" "$all_values"
check "D one entry in Programs and Features" "$(arp)" 1
check "E downgrade to old refused (1603 & 0xff)" "$(msiexec /i "$old")" 67
check "E new still installed, values intact" "$(values)" "$all_values"
check "F uninstall new: exit" "$(msiexec /x "$new")" 0
check "F values removed" "$(values)" ""
check "F program removed, no entry left" "$([ -f "$program" ] && echo yes || echo no) $(arp)" "no 0"
check "G install old with ENVIRONMENT and the certificate file: exit" \
  "$(msiexec /i "$old" ENVIRONMENT=test 'BIRTHCERTIFICATEFILE=C:\ProgramData\Meldeklient\old.p12')" 0
check "G only those values" "$(values)" "BirthCertificateFile=C:\ProgramData\Meldeklient\old.p12 Environment=test"
check "H upgrade with new values (the certificate now on a token): exit" \
  "$(msiexec /i "$new" ENVIRONMENT=production RETENTIONDAYS=60 "BIRTHCERTIFICATEFILE=$token")" 0
check "H command line wins, new value added" "$(values)" "BirthCertificateFile=$token Environment=production RetentionDays=60"
check "I uninstall: exit" "$(msiexec /x "$new")" 0
check "I values removed" "$(values)" ""
echo "wine matrix: $([ $failed = 0 ] && echo 'ALL OK' || echo FAILED) in $(( $(date +%s) - start )) s"
if [ -n "$own_prefix" ]; then wineserver -k 2>/dev/null || true; rm -rf "$own_prefix"; fi
exit $failed
