#!/usr/bin/env bash
# Asserts the tables of a built MSI with msitools (msiinfo, msidump, msiextract). Prints each check; exit 1 on a failure.
# Usage: installer/msi/check-msi.sh MSI VERSION STAGE
set -uo pipefail
msi="$1"; version="$2"; stage="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
upgrade_code='{5D3B0A61-7F2E-4C8B-9A45-1E6D2C9B7F03}'
key='SOFTWARE\Policies\Meldeklient\Meldeklient'
failed=0
ok() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; failed=1; }
table() { msiinfo export "$msi" "$1" | tr -d '\r' | tail -n +4; } # rows without the three header lines
prop() { table Property | awk -F'\t' -v k="$1" '$1==k {print $2}'; }

echo "$msi:"
tables="$(msiinfo tables "$msi" | tr '\n' ' ')"
for t in Property Component Registry Upgrade LaunchCondition Shortcut File Directory CustomAction AppSearch RegLocator \
    InstallExecuteSequence InstallUISequence; do
  grep -qw "$t" <<<"$tables" || fail "table $t missing"
done
ok "tables present: $tables"
[ "$(prop UpgradeCode)" = "$upgrade_code" ] && ok "UpgradeCode $upgrade_code (fixed, upper case)" || fail "UpgradeCode '$(prop UpgradeCode)'"
[[ "$(prop ProductCode)" =~ ^\{[0-9A-F-]{36}\}$ ]] && ok "ProductCode $(prop ProductCode)" || fail "ProductCode '$(prop ProductCode)'"
[ "$(prop ProductVersion)" = "$version" ] && ok "ProductVersion $version" || fail "ProductVersion '$(prop ProductVersion)'"
[ "$(prop ALLUSERS)" = 1 ] && ok "per-machine (ALLUSERS=1)" || fail "ALLUSERS '$(prop ALLUSERS)'"
msiinfo suminfo "$msi" | grep -q '^Template: x64;' && ok "summary Template x64" || fail "Template not x64"
[ "$(table Upgrade | grep -c 'WIX_\(UP\|DOWN\)GRADE_DETECTED')" = 2 ] && ok "Upgrade: major upgrade and downgrade detection rows" || fail "Upgrade rows"
table LaunchCondition | grep -q '^NOT WIX_DOWNGRADE_DETECTED' && ok "LaunchCondition refuses downgrades" || fail "downgrade not refused"
table LaunchCondition | grep -q 'VersionNT64' && ok "LaunchCondition needs 64-bit Windows" || fail "no VersionNT64 condition"
table InstallExecuteSequence | grep -q '^RemoveExistingProducts' && ok "RemoveExistingProducts scheduled" || fail "no RemoveExistingProducts"
bad="$(table Component | awk -F'\t' 'int($4/256)%2 != 1 {print $1}')"
[ -z "$bad" ] && ok "all $(table Component | wc -l) components 64-bit (Attributes bit 256)" || fail "32-bit components: $bad"
shortcut="$(table Shortcut | awk -F'\t' '{print $5}')"
[ "$shortcut" = '[INSTALLDIR]bin\meldeklient.exe' ] && ok "non-advertised Start-menu shortcut -> $shortcut" || fail "shortcut target '$shortcut'"
secure=";$(prop SecureCustomProperties);"
count=0
while IFS=$'\t' read -r property value; do
  case "$property" in ''|'#'*) continue ;; esac
  count=$((count + 1))
  row="$(table Registry | awk -F'\t' -v n="$value" '$4==n')"
  if [ "$(awk -F'\t' '{print $2 "|" $3 "|" $5}' <<<"$row")" != "2|$key|[$property]" ]; then
    fail "Registry row for $value: '$row'"; continue
  fi
  component="$(cut -f6 <<<"$row")"
  condition="$(table Component | awk -F'\t' -v c="$component" '$1==c {print $5}')"
  [ "$condition" = "$property OR REMOVE~=\"ALL\"" ] || fail "component $component condition '$condition'"
  [[ "$secure" == *";$property;"* ]] || fail "$property not in SecureCustomProperties"
  table RegLocator | awk -F'\t' -v n="$value" '$4==n && $2==2' | grep -q . || fail "no RegistrySearch (remember) for $value"
  table CustomAction | grep -q "^Restore$value" || fail "no restore action for $property"
done < "$here/policy-properties.txt"
[ "$count" = 16 ] && ok "$count policy values: HKLM\\$key, REG_SZ [PROPERTY], written only when set, removed on uninstall, remembered, secure" \
  || fail "$count policy properties"
# iso-codes (LGPL-2.1+) beside the program: the country list, its nb/nn names and the licence must be installed.
iso_files=(share/iso-codes/json/iso_3166-1.json share/locale/nb/LC_MESSAGES/iso_3166-1.mo
  share/locale/nn/LC_MESSAGES/iso_3166-1.mo share/doc/iso-codes/copyright)
for f in "${iso_files[@]}"; do
  name="$(basename "$f")"
  table File | awk -F'\t' -v n="$name" '$3 ~ ("(^|\\|)" n "$")' | grep -q . || fail "File table has no $name ($f)"
done
missing_iso=""
for f in "${iso_files[@]}"; do [ -s "$stage/$f" ] || missing_iso="$missing_iso $f"; done
[ -z "$missing_iso" ] && ok "iso-codes carried: ${#iso_files[@]} files (country JSON, nb/nn catalogues, licence)" \
  || fail "iso-codes files missing from the stage:$missing_iso"
dump="$(mktemp -d)"
msidump -t -s -d "$dump" "$msi" >/dev/null && [ -s "$dump/_SummaryInformation.idt" ] && ok "msidump: $(ls "$dump" | wc -l) tables dumped" || fail "msidump"
extract="$(mktemp -d)"
msiextract -C "$extract" "$msi" >/dev/null
diff <(cd "$extract/Program Files/Meldeklient" 2>/dev/null || cd "$extract/Meldeklient"; find . -type f | LC_ALL=C sort) \
     <(cd "$stage" && find . -type f | LC_ALL=C sort) >/dev/null \
  && ok "every one of $(cd "$stage" && find . -type f | wc -l) stage files is in the cabinet at its place" || fail "cabinet differs from the stage"
rm -rf "$dump" "$extract"
exit $failed
