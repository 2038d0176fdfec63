#!/usr/bin/env bash
# Adds to an MSI built by Debian 12's wixl 0.101 what that version cannot author (msitools' own SQL, msibuild -q):
#  1. Component.Condition of each policy value: "PROPERTY OR REMOVE~="ALL"". Set: written; not set: not written;
#     the REMOVE part keeps the component selected while uninstalling, otherwise the value is left behind.
#     (wixl >= 0.106 accepts <Condition> inside <Component>.)
#  2. SecureCustomProperties: the public properties passed to the elevated server side of a managed install.
#     (wixl >= 0.102 honours Property/@Secure; 0.101 fills in only the WIX_*_DETECTED pair.)
# Usage: installer/msi/postbuild.sh MSI
set -euo pipefail
msi="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bt='`'
secure="WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED"
while IFS=$'\t' read -r property value; do
  case "$property" in ''|'#'*) continue ;; esac
  msibuild "$msi" -q "UPDATE ${bt}Component${bt} SET ${bt}Condition${bt} = '$property OR REMOVE~=\"ALL\"' WHERE ${bt}Component${bt} = 'Policy$value'"
  secure="$secure;$property"
done < "$here/policy-properties.txt"
msibuild "$msi" -q "UPDATE ${bt}Property${bt} SET ${bt}Value${bt} = '$secure' WHERE ${bt}Property${bt} = 'SecureCustomProperties'"
