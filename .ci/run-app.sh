#!/usr/bin/env bash
# Quick start command (a): installs what is missing, builds, and starts Meldeklient against the local sandbox
# (the embedded default environment). Pass extra arguments on to the application.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash .ci/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMELDEKLIENT_REFERENCE_DIR="${MELDEKLIENT_REFERENCE_DIR:-$root/../shared/reference}" >/dev/null
cmake --build build -j "$(nproc)" --target meldeklient meldeklient-cli

sandbox_pid=""
if [ -f tests/sandbox/server.js ]; then
  node tests/sandbox/server.js --quiet &
  sandbox_pid=$!
  trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true' EXIT
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display found; starting on a virtual X server (xvfb-run)"
  xvfb-run -a build/app/meldeklient "$@"
else
  build/app/meldeklient "$@"
fi
