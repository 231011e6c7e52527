#!/usr/bin/env bash
# bench/stock/build.sh: the baseline bench/run compares the sheet's first canvas frame with: Dear
# ImGui's own GLFW + OpenGL3 example (its demo window), from the same Debian source the sheet
# builds with (.deps/, scripts/setup.sh), built with Debian's Emscripten as its Makefile.emscripten
# builds it (-Os, GLFW from Emscripten's own library, no file system), into bench/out/stock/ with
# brotli and gzip twins, like dist/. Debian's source leaves out examples/libs/, so the main-loop
# stub and the page (shell.html, which marks the first draw call as the sheet's page marks its
# first frame) are here. Built once; again when this script changes.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
imgui="$here/.deps/imgui-1.92.2b+ds"
out="$here/bench/out/stock"
stamp="$out/.built-from"
want="$(sha256sum "$0" "$here/bench/stock/shell.html" "$here/bench/stock/emscripten_mainloop_stub.h" | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$out/index.html" ]; then exit 0; fi
[ -f "$imgui/imgui.h" ] || { echo "bench/stock/build.sh: Dear ImGui sources missing: run scripts/setup.sh" >&2; exit 1; }
work="$out/src"
rm -rf "$out" && mkdir -p "$work/example" "$work/libs/emscripten"
cp "$imgui/examples/example_glfw_opengl3/main.cpp" "$work/example/"
cp "$here/bench/stock/emscripten_mainloop_stub.h" "$work/libs/emscripten/"
# Linked to .js, the page written from shell.html: this Emscripten's HTML minifier fails (as
# cmake/web.cmake notes); its JS optimizer needs Debian's node modules on NODE_PATH.
(cd "$work/example" && NODE_PATH=/usr/share/nodejs em++ -Os -I"$imgui" -I"$imgui/backends" -DIMGUI_DISABLE_FILE_FUNCTIONS \
  main.cpp "$imgui"/imgui.cpp "$imgui"/imgui_demo.cpp "$imgui"/imgui_draw.cpp "$imgui"/imgui_tables.cpp \
  "$imgui"/imgui_widgets.cpp "$imgui"/backends/imgui_impl_glfw.cpp "$imgui"/backends/imgui_impl_opengl3.cpp \
  -sUSE_GLFW=3 -sMAX_WEBGL_VERSION=2 -sWASM=1 -sALLOW_MEMORY_GROWTH=1 -sNO_EXIT_RUNTIME=0 -sNO_FILESYSTEM=1 \
  -sDISABLE_EXCEPTION_CATCHING=1 -o "$out/index.js")
sed 's|{{{ SCRIPT }}}|<script src="index.js"></script>|' "$here/bench/stock/shell.html" > "$out/index.html"
rm -rf "$work"
for f in "$out"/index.html "$out"/index.js "$out"/index.wasm; do
  brotli -q 11 -f -k "$f"
  gzip -9 -f -k "$f"
done
echo "$want" > "$stamp"
