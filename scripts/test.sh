#!/usr/bin/env bash
# Command 2: install what is missing, build both targets, run every test.
#   scripts/test.sh            everything
# Stages: native unit tests (ctest) -> plain language (readability checker and its tests)
#         -> the same unit tests under ASan+UBSan -> fuzzers for a bounded time
#         (FUZZ_SECONDS each: content) -> web build -> browser tests in
#         headless Chromium (node --test; options.test.mjs runs the built scripts in build/web-stage/).
# Each runner prints its own summary; the script stops at the first failing stage.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
stage() { printf '\n==== %s ==== (%d s so far)\n' "$*" "$SECONDS"; }

stage "dependencies"
scripts/setup.sh all

stage "native build and unit tests"
scripts/build-native.sh build/native -DFACTSHEET_TESTS=ON
ctest --test-dir build/native --output-on-failure

stage "plain language (readability of every language in data/)"
node --test tests/tools/*.test.mjs
node tools/readability.mjs $(python3 tools/constants.py languages data | sed 's|.*|data/&.json|')

stage "unit tests under AddressSanitizer and UBSan"
# -O1 with line tables only: half the compile time of -O2 -g on 2 cores, the same checks
# (NDEBUG as in the shipped build), reports with file and line.
scripts/build-native.sh build/asan -DFACTSHEET_TESTS=ON -DFACTSHEET_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/asan --output-on-failure

stage "fuzzing (${FUZZ_SECONDS} s per target)"
CXX=clang++-14 scripts/build-native.sh build/fuzz -DFACTSHEET_TESTS=OFF -DFACTSHEET_FUZZ=ON \
  -DCMAKE_CXX_COMPILER=clang++-14
for target in build/fuzz/fuzz-*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus=tests/fuzz/corpus/${name#fuzz-}
  work=build/fuzz/corpus-${name#fuzz-}
  dict=tests/fuzz/${name#fuzz-}.dict   # optional: its words, when there is one
  dict_arg=()
  [ -f "$dict" ] && dict_arg=(-dict="$dict")
  mkdir -p "$work"
  echo "fuzz: $name for ${FUZZ_SECONDS}s (seed corpus $corpus${dict_arg:+, dictionary $dict})"
  "$target" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 "${dict_arg[@]}" \
    "$work" "$corpus" 2>&1 | grep -E '^(#[0-9]+ +DONE|==[0-9]+==ERROR|SUMMARY|Done )' || true
  test "${PIPESTATUS[0]}" -eq 0
done

stage "web build"
scripts/build-web.sh

stage "browser tests (headless Chromium)"
# One browser at a time: software WebGL on 2 cores. (Node 18, Debian's, lacks
# --test-concurrency; there each file runs on its own, one after the other.)
if node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  node --test --test-concurrency=1 tests/browser/*.test.mjs
else
  for f in tests/browser/*.test.mjs; do node --test "$f"; done
fi
