#!/usr/bin/env bash
# Web build: checks the content, builds the wasm with Emscripten, then builds the site, dist/ (a
# folder of plain static files any host can serve), in one declared pipeline, tools/site.py.
# The native tools (checker, HTML renderer, font subsets) come from build/native, the tree the
# tests use: the native code compiles once for both.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's acorn (see README)

native=$here/build/native
[ -f "$native/build.ninja" ] || cmake -S "$here" -B "$native" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$native" --target factsheet-check factsheet-html factsheet-preview fonts | { grep -vE '^\[[0-9]+/[0-9]+\] ' || true; }
# The languages are the content files in data/; each is built as two files, the sheet with the
# list of languages (the app's switch) and the passages its citations rest on (data/evidence.json).
mapfile -t langs < <(python3 "$here/tools/constants.py" languages "$here/data")
content=$here/build/content
files=(); for l in "${langs[@]}"; do files+=("$here/data/$l.json"); done
"$native/factsheet-check" --evidence "$here/data/evidence.json" --bundle "$content" "${files[@]}"

web=$here/build/web
cmake -S "$here" -B "$web" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-emscripten.cmake" -DFACTSHEET_TESTS=OFF >/dev/null
cmake --build "$web" --target factsheet factsheet-pictures | { grep -vE '^\[[0-9]+/[0-9]+\] ' || true; }

python3 "$here/tools/site.py" build "$native" "$web" "$content"
