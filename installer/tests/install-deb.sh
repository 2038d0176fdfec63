#!/usr/bin/env bash
# Installs a DEB on this Debian machine with apt-get, runs both programs from /usr/bin, proves the hardening of the
# installed binaries and the locked policy in the real /etc/meldeklient/policy.conf, then purges the package and
# checks that nothing is left. Needs root (or sudo). Leaves /etc/meldeklient as it found it.
# Usage: installer/tests/install-deb.sh meldeklient_<version>_amd64.deb
set -euo pipefail
deb="$(readlink -f "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
version="$(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')"
if dpkg-query -W -f='${Status}' meldeklient 2>/dev/null | grep -q 'install ok installed'; then
  echo "install-deb: meldeklient is already installed here; refusing to replace it" >&2; exit 1
fi
[ ! -e /etc/meldeklient ] || { echo "install-deb: /etc/meldeklient exists; refusing to touch it" >&2; exit 1; }
cleanup() {
  "${sudo_cmd[@]}" rm -rf /etc/meldeklient
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq meldeklient >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== apt-get install ./$(basename "$deb") =="
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
check() { if [ "$2" = "$3" ]; then echo "  ok   $1"; else echo "  FAIL $1: got [$2], want [$3]"; exit 1; fi; }
check "meldeklient-cli --version" "$(/usr/bin/meldeklient-cli --version)" "meldeklient-cli $version"
check "meldeklient --version (offscreen)" "$(QT_QPA_PLATFORM=offscreen /usr/bin/meldeklient --version 2>/dev/null)" "Meldeklient $version"
man -w meldeklient-cli >/dev/null && echo "  ok   man meldeklient-cli"
"$here/check-hardening.sh" /usr/bin/meldeklient /usr/bin/meldeklient-cli

echo "== policy in /etc/meldeklient/policy.conf =="
home="$(mktemp -d)"
run_cli() { env -u MELDEKLIENT_ENVIRONMENT -u MELDEKLIENT_API_BASE_URL HOME="$home" XDG_CONFIG_HOME="$home/.config" \
  MELDEKLIENT_DATA_DIR="$home/data" MELDEKLIENT_LANG=en /usr/bin/meldeklient-cli "$@"; }
"${sudo_cmd[@]}" install -d -m 755 /etc/meldeklient
printf 'Environment=test\nApiBaseUrl=https://api.dodsmelding.helse.example\n' | "${sudo_cmd[@]}" tee /etc/meldeklient/policy.conf >/dev/null
"${sudo_cmd[@]}" chmod 644 /etc/meldeklient/policy.conf
run_cli config show | grep -qx 'ApiBaseUrl = https://api.dodsmelding.helse.example \[policy, locked, /etc/meldeklient/policy.conf\]' \
  && echo "  ok   config show: ApiBaseUrl [policy, locked, /etc/meldeklient/policy.conf]" || { echo "  FAIL config show"; run_cli config show; exit 1; }
status=0; out="$(run_cli config set ApiBaseUrl https://elsewhere.example 2>&1)" || status=$?
check "config set on a locked key exits 1" "$status" 1
grep -q '^config-locked: ApiBaseUrl is locked' <<<"$out" && echo "  ok   message: $out"
status=0; run_cli config set Transport nhn-fhir >/dev/null || status=$?
check "config set on an unlocked key" "$status" 0
run_cli config show | grep -q '^Transport = nhn-fhir \[user, ' && echo "  ok   user value shown as [user]"
audit="$(run_cli audit export)"
check "audit trail records the policy and the setting change" \
  "$(grep -c '"action":"policy-change"' <<<"$audit") $(grep -c '"action":"setting-change"' <<<"$audit")" "1 1"
run_cli audit verify | grep -q '"valid":true' && echo "  ok   audit verify: intact"
printf 'MinSecurityLevel=2\n' | "${sudo_cmd[@]}" tee /etc/meldeklient/policy.conf >/dev/null
status=0; out="$(run_cli check-id 01010112345 2>&1)" || status=$?
check "a bad policy stops every command" "$status" 1
grep -q 'MinSecurityLevel' <<<"$out" && echo "  ok   naming the key: $out"
status=0; out="$(QT_QPA_PLATFORM=offscreen HOME="$home" XDG_CONFIG_HOME="$home/.config" MELDEKLIENT_LANG=en /usr/bin/meldeklient 2>&1)" || status=$?
check "the GUI refuses to start with it" "$status" 1
grep -q 'MinSecurityLevel' <<<"$out" && echo "  ok   naming the key"
rm -rf "$home"
"${sudo_cmd[@]}" rm -rf /etc/meldeklient

echo "== apt-get purge meldeklient =="
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq meldeklient >/dev/null
left="$(dpkg -L meldeklient 2>/dev/null || true)"
check "package gone" "$(dpkg-query -W -f='${Status}' meldeklient 2>/dev/null | grep -c 'install ok' || true)" 0
check "no files left" "$(ls /usr/bin/meldeklient /usr/bin/meldeklient-cli /usr/share/doc/meldeklient 2>/dev/null | wc -l)" 0
trap - EXIT
echo "install-deb: OK"
