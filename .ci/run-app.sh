#!/usr/bin/env bash
# Quick start command (a): installs what is missing, builds, starts the local sandbox (HelseID-like provider and
# national API) and Meldeklient against it (the embedded default environment), with ICD-10 imported from the
# reference folder when it is there. Sign in with "Logg inn med HelseID" (the sandbox logs in a test physician
# without a browser), type a sandbox person's number, fill in, send, see the receipt. Extra arguments go to the app.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash .ci/install-deps.sh
reference="${MELDEKLIENT_REFERENCE_DIR:-$root/../shared/reference}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMELDEKLIENT_REFERENCE_DIR="$reference" >/dev/null
cmake --build build -j "$(nproc)" --target meldeklient meldeklient-cli

# ICD-10 (Iris tables) into the per-user code-list cache; without it every cause line still takes free text.
if [ -f "$reference/icd10-iris/ValidIcdCodes.csv" ]; then
  build/app/cli/meldeklient-cli codes import "$reference/icd10-iris/ValidIcdCodes.csv" >/dev/null \
    && echo "run-app: ICD-10 imported from $reference/icd10-iris" \
    || echo "run-app: ICD-10 import failed; cause lines take free text only"
else
  echo "run-app: no ICD-10 tables in $reference/icd10-iris; cause lines take free text only"
fi

sandbox_pid=""
if [ -f tests/sandbox/server.js ]; then
  ready="$(mktemp -d)/ready.json"
  node tests/sandbox/server.js --quiet --ready-file "$ready" &
  sandbox_pid=$!
  trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true' EXIT
  # The app restores the last sign-in at start: let the sandbox answer first.
  for _ in $(seq 1 60); do
    [ -s "$ready" ] && break
    sleep 0.5
  done
  echo "run-app: sandbox on http://127.0.0.1:47101. Persons to report: 17853842044 (Astrid Prøveland),"
  echo "         02914542122 (Bjørn Testesen Eksempelvik), 20813042054 (already dead: Del 1 refused)."
  # Births: the sandbox's Folkeregisteret (HTTPS, mutual TLS) makes a test CA and an organisation certificate at
  # each start. Point the app at them and put the certificate's password into the keychain, as IT would.
  if [ -s "$ready" ]; then
    eval "$(node -e 'const f = JSON.parse(require("fs").readFileSync(process.argv[1])).folkeregisteret;
      const q = (s) => `'"'"'${String(s).replace(/'"'"'/g, "")}'"'"'`;
      console.log(`export MELDEKLIENT_FOLKEREGISTERET_URL=${q(f.url)} MELDEKLIENT_BIRTH_CERTIFICATE_FILE=${q(f.clientP12File)}`
        + ` MELDEKLIENT_BIRTH_CA_FILE=${q(f.caFile)}; birth_password=${q(f.clientP12Password)}`);' "$ready")"
    if printf '%s\n' "$birth_password" | build/app/cli/meldeklient-cli birth-certificate set-password >/dev/null; then
      echo "run-app: births go to the sandbox's Folkeregisteret at $MELDEKLIENT_FOLKEREGISTERET_URL (test certificate)"
    else
      echo "run-app: the sandbox's certificate password could not be stored in the keychain; births will wait"
    fi
  fi
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display found; starting on a virtual X server (xvfb-run)"
  xvfb-run -a -s "-screen 0 1366x768x24" build/app/meldeklient "$@"
else
  build/app/meldeklient "$@"
fi
