#!/usr/bin/env bash
# checksec-style evidence with readelf that each given ELF program is PIE with full RELRO (GNU_RELRO + BIND_NOW),
# a stack protector and fortified libc calls. Used by ctest on the build tree (TestReleaseHardening) and by CI on the
# programs installed from the DEB in /usr/bin.
# Usage: installer/tests/check-hardening.sh PROGRAM...
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PROGRAM..." >&2; exit 2; }
failed=0
for program in "$@"; do
  header="$(readelf -h -W "$program")"
  segments="$(readelf -l -W "$program")"
  dynamic="$(readelf -d -W "$program")"
  symbols="$(readelf --dyn-syms -W "$program")"
  check() { # name, condition-result
    if [ "$2" = 0 ]; then echo "  ok   $1"; else echo "  FAIL $1"; failed=1; fi
  }
  echo "$program:"
  grep -Eq 'Type:[[:space:]]+DYN' <<<"$header"; check "PIE (ELF type DYN)" $?
  grep -q 'FLAGS_1.*PIE' <<<"$dynamic"; check "PIE flag in the dynamic section" $?
  grep -q 'GNU_RELRO' <<<"$segments"; check "RELRO segment" $?
  grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic"; check "BIND_NOW (full RELRO)" $?
  grep -q '__stack_chk_fail' <<<"$symbols"; check "stack protector (__stack_chk_fail)" $?
  grep -Eq '__[a-z_]+_chk(@|$| )' <<<"$symbols"; check "fortified libc calls (__*_chk)" $?
  ! grep -Eq 'GNU_STACK.*RWE' <<<"$segments"; check "non-executable stack" $?
done
exit $failed
