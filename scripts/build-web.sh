#!/usr/bin/env bash
# Web build: checks the content, builds the wasm with Emscripten, renders the HTML rendition,
# and assembles dist/: a folder of plain static files any host can serve.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$here/dist
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's acorn (see README)

# Native tools first: the checker fails the build on broken content; the renderer writes HTML.
tools=$here/build/tools
cmake -S "$here" -B "$tools" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACTSHEET_TESTS=OFF >/dev/null
cmake --build "$tools" --target factsheet-check factsheet-html fonts | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
test "${PIPESTATUS[0]}" -eq 0
"$tools/factsheet-check" "$here/data/en.json" "$here/data/es.json"

web=$here/build/web
cmake -S "$here" -B "$web" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-emscripten.cmake" -DFACTSHEET_TESTS=OFF >/dev/null
cmake --build "$web" --target factsheet | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
test "${PIPESTATUS[0]}" -eq 0

# Assemble into a fresh folder, then swap it in: a reader never gets half a build.
stage=$(mktemp -d "$here/.dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/fonts" "$stage/content"
cp "$here"/web/index.html "$here"/web/boot.js "$here"/web/style.css "$here"/web/icon.svg "$stage/"
cp "$web/factsheet.js" "$web/factsheet.wasm" "$stage/"
cp "$tools"/fonts/NotoSans-Regular.ttf "$tools"/fonts/NotoSans-Bold.ttf "$stage/fonts/"
for lang in en es; do
  cp "$here/data/$lang.json" "$stage/content/$lang.json"
  "$tools/factsheet-html" "$here/data/$lang.json" "$stage/$lang.html"
done
rm -rf "$dist" && mv "$stage" "$dist" && trap - EXIT
chmod 755 "$dist"
echo "[build] web build in ${dist#$here/}/: $(cd "$dist" && ls | tr '\n' ' ')"
