#!/usr/bin/env bash
# Quick start command (b): installs what is missing, builds twice and runs every test.
#   1. GCC, warnings as errors: all tests (unit, gui, integration, conformance) and the benchmarks.
#      Then packaging: the DEB and the MSI from the gcc build (installer/build-packages.sh), lintian and the
#      validators, an apt-get install/run/purge of the DEB, the MSI table checks and the install matrix under Wine.
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

echo "== packages: DEB and MSI from the gcc build (installer/README.md) =="
packaging_start=$(date +%s)
bash .ci/install-deps.sh --packaging
rm -rf build/packages
if installer/build-packages.sh build build/packages; then
  version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)"
  installer/tests/check-deb.sh build/packages/meldeklient_"$version"-1_amd64.deb || status=1
  installer/tests/install-deb.sh build/packages/meldeklient_"$version"-1_amd64.deb || status=1
  msi=build/packages/meldeklient-"$version"-x64.msi
  stage="$(mktemp -d)/stage"
  installer/msi/stage-windows-layout.sh build "$stage" >/dev/null
  installer/msi/check-msi.sh "$msi" "$version" "$stage" || status=1
  # The matrix needs a higher version of the same package: the same stage, the patch number plus one.
  next="${version%.*}.$(( ${version##*.} + 1 ))"
  installer/msi/build-msi.sh build build/packages/next "$next" "$stage" >/dev/null || status=1
  installer/msi/wine-matrix.sh "$msi" build/packages/next/meldeklient-"$next"-x64.msi || status=1
  rm -rf "$(dirname "$stage")"
else
  status=1
fi
echo "(packaging took $(( $(date +%s) - packaging_start )) s)"
exit $status
