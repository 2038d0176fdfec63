#!/usr/bin/env bash
# Runs a command the way our tests need the desktop: a private D-Bus session bus, an unlocked gnome-keyring
# serving the Secret Service (what QtKeychain talks to on Linux), a throw-away HOME, and an X server (Xvfb).
# Usage: tests/support/with-test-session.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${MELDEKLIENT_TEST_SESSION:-}" ]; then
  export MELDEKLIENT_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

session_home="$(mktemp -d -t meldeklient-home.XXXXXX)"
export HOME="$session_home"
export XDG_RUNTIME_DIR="$session_home/runtime"
export XDG_DATA_HOME="$session_home/.local/share"
export XDG_CONFIG_HOME="$session_home/.config"
export XDG_CACHE_HOME="$session_home/.cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/keyrings" && chmod 700 "$XDG_RUNTIME_DIR"

# A login keyring with a throw-away password, unlocked, serving only the Secret Service.
eval "$(printf 'meldeklient-test\n' | gnome-keyring-daemon --daemonize --login --components=secrets 2>/dev/null)" || true
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

# gnome-keyring-daemon leaves with the session bus; only the files remain to remove.
cleanup() { rm -rf "$session_home"; }
trap cleanup EXIT

status=0
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1920x1080x24" "$@" || status=$?
else
  "$@" || status=$?
fi
exit $status
