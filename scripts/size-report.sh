#!/usr/bin/env bash
# What is in the wasm, by size: sections, code by origin (Dear ImGui, stb_truetype, nlohmann/json,
# the sheet's own code, libc), the largest functions, and totals with gzip -9, so growth shows.
#   scripts/size-report.sh [--top N] [--json FILE]
#   SIZE_LDFLAGS="-sEVAL_CTORS" SIZE_BUILD=build/size-x scripts/size-report.sh    (try a link option)
#   SIZE_CMAKE="-DFACTSHEET_SMALL_LIBC=OFF" scripts/size-report.sh                 (a build option)
# Builds the same web target as scripts/build-web.sh, in its own folder (build/size by default),
# with `--emit-symbol-map` added: that only writes factsheet.js.symbols (function index -> name)
# next to an otherwise identical wasm, so the sizes are those of what readers download.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's acorn
dir=${SIZE_BUILD:-$here/build/size}
extra=${SIZE_LDFLAGS:-}
options=${SIZE_CMAKE:-}
# A change of link flags only relinks (objects are kept).
cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-emscripten.cmake" -DFACTSHEET_TESTS=OFF \
  "-DCMAKE_EXE_LINKER_FLAGS=--emit-symbol-map $extra" $options >/dev/null
if ! cmake --build "$dir" --target factsheet > "$dir/build.log" 2>&1; then
  grep -vE '^\[[0-9]+/[0-9]+\] ' "$dir/build.log" >&2
  echo "size-report: the build failed (log: ${dir#$here/}/build.log)" >&2
  exit 1
fi

echo "== wasm =="
python3 "$here/bench/wasm_size.py" "$dir/factsheet.wasm" "$dir/factsheet.js.symbols" "$@"
echo
echo "== totals =="
for f in "$dir/factsheet.wasm" "$dir/factsheet.js"; do
  printf '  %-14s %9s bytes  %9s gzip -9  %9s brotli -q 11\n' "$(basename "$f")" \
    "$(stat -c%s "$f" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" \
    "$(gzip -9 -c "$f" | wc -c | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" \
    "$(brotli -q 11 -c "$f" | wc -c | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
done
# As dist/ ships it: the site build runs npm's binaryen over the linked module (tools/site.py).
python3 "$here/tools/site.py" wasm-opt "$dir/factsheet.wasm" "$dir/factsheet.opt.wasm"
printf '  %-14s %9s bytes  %9s gzip -9  %9s brotli -q 11   (after wasm-opt: as dist/ ships it)\n' "factsheet.wasm" \
  "$(stat -c%s "$dir/factsheet.opt.wasm" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" \
  "$(gzip -9 -c "$dir/factsheet.opt.wasm" | wc -c | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" \
  "$(brotli -q 11 -c "$dir/factsheet.opt.wasm" | wc -c | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
if [ -n "$extra" ]; then echo "  (extra link flags: $extra)"; fi
if [ -n "$options" ]; then echo "  (build options: $options)"; fi
