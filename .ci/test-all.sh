#!/usr/bin/env bash
# Quick start command (b): installs what is missing, builds twice and runs every test.
#   1. GCC, warnings as errors: all tests (unit, gui, integration, conformance) and the benchmarks.
#   2. Clang with AddressSanitizer + UndefinedBehaviorSanitizer: unit, integration and conformance tests again,
#      plus a short libFuzzer run of every fuzz target (label fuzz-smoke).
# Tests run inside tests/support/with-test-session.sh: private D-Bus, unlocked gnome-keyring, Xvfb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs="$(nproc)"
reference="${MELDEKLIENT_REFERENCE_DIR:-$root/../shared/reference}"
[ -d "$reference" ] || echo "test-all: reference folder $reference is absent; tests that need it will say so and skip"

bash .ci/install-deps.sh
# install-deps.sh installed node and tests/sandbox/node_modules: a test that would skip for want of them fails
# instead (tests/support/Prerequisites.h).
export MELDEKLIENT_REQUIRE_PREREQUISITES=1

# Runs ctest with the given arguments; with the reference folder present, a test that ctest reports as skipped
# (tests/CMakeLists.txt: SKIP_REGULAR_EXPRESSION) fails the run, since every prerequisite is installed.
run_ctest() {
  local log
  log="$(mktemp)"
  local rc=0
  tests/support/with-test-session.sh ctest "$@" 2>&1 | tee "$log" || rc=1
  if [ -d "$reference" ] && grep -q '(Skipped)' "$log"; then
    echo "test-all: these tests skipped although their prerequisites are installed:"
    grep '(Skipped)' "$log"
    rc=1
  fi
  rm -f "$log"
  return $rc
}

echo "== build 1/2: gcc, -Werror =="
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMELDEKLIENT_WERROR=ON \
  -DMELDEKLIENT_REFERENCE_DIR="$reference" >/dev/null
cmake --build build -j "$jobs"

echo "== build 2/2: clang, ASan + UBSan, libFuzzer =="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
  -DMELDEKLIENT_WERROR=ON -DMELDEKLIENT_SANITIZERS=ON -DMELDEKLIENT_FUZZ=ON -DMELDEKLIENT_BUILD_GUI=OFF \
  -DMELDEKLIENT_REFERENCE_DIR="$reference" >/dev/null
cmake --build build-asan -j "$jobs"

status=0
echo "== tests under ASan/UBSan, and fuzz smoke runs =="
run_ctest --test-dir build-asan --output-on-failure -j 2 -L 'unit|integration|conformance|fuzz-smoke' || status=1

echo "== benchmarks (figures only) =="
tests/support/with-test-session.sh ctest --test-dir build --output-on-failure -L bench -V > build/bench.log 2>&1 \
  || status=1
sed -n 's/^[0-9]*: //p' build/bench.log | grep -v -E '^(Test command|Working Directory|Environment variables| [A-Z_]+=|meldeklient\.)'
echo "(full benchmark log: build/bench.log)"

echo "== all tests (gcc build) =="
run_ctest --test-dir build --output-on-failure -j 2 -LE bench || status=1
exit $status
