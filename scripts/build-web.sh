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
cmake --build "$tools" --target factsheet-check factsheet-html fonts | { grep -vE '^\[[0-9]+/[0-9]+\] ' || true; }
# The built content files carry the passages their citations rest on (data/evidence.json).
content=$here/build/content
mkdir -p "$content"
"$tools/factsheet-check" --evidence "$here/data/evidence.json" --bundle "$content" "$here/data/en.json" "$here/data/es.json"

web=$here/build/web
cmake -S "$here" -B "$web" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/toolchain-emscripten.cmake" -DFACTSHEET_TESTS=OFF >/dev/null
cmake --build "$web" --target factsheet | { grep -vE '^\[[0-9]+/[0-9]+\] ' || true; }

# Assemble into a fresh folder, then swap it in: a reader never gets half a build.
stage=$(mktemp -d "$here/.dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/fonts" "$stage/content"
cp "$here"/web/boot.js "$here"/web/style.css "$here"/web/icon.svg "$here"/web/_headers "$stage/"
# The scripts, each one file: their shared parts (web/options.js, web/contrast.js, the generated
# LANGUAGES and PALETTE) composed in where they say //@include (tools/compose_js.py).
js=$here/build/js && mkdir -p "$js"
python3 "$here/tools/constants.py" js-languages "$here/data" "$js/languages.js"
python3 "$here/tools/constants.py" js-palette "$js/palette.js"
for s in boot.js embed.js embedded.js; do python3 "$here/tools/compose_js.py" "$here/web/$s" "$stage/$s" "$js"; done
cp "$web/factsheet.js" "$web/factsheet.wasm" "$stage/"
cp "$tools"/fonts/NotoSans-Regular.ttf "$tools"/fonts/NotoSans-Bold.ttf "$stage/fonts/"
page_opts=(--stylesheet style.css --head-file "$here/web/head.html")
for lang in en es; do
  other=$([ $lang = en ] && echo es || echo en)
  cp "$content/$lang.json" "$stage/content/$lang.json"
  # The simple version: the HTML rendition alone, for any browser, for print and for search;
  # also the embeddable page (?embed=1), with its controls' words in its language.
  python3 "$here/tools/embed_words.py" "$here/data/$lang.json" > "$here/build/embed-body-end-$lang.html"
  "$tools/factsheet-html" "$content/$lang.json" "$stage/$lang.html" "${page_opts[@]}" --other-lang-href "$other.html" \
    --body-end-file "$here/build/embed-body-end-$lang.html"
done
# The app page: the English rendition is its first paint and stays as the accessible mirror;
# the canvas covers it once the first frame is drawn (boot.js swaps in Spanish when chosen).
# It is rendered without the sources' passages (a lighter first paint: 2026-12-01 benchmark); each
# source links to them in en.html, and boot.js swaps en.html's full rendition in once it runs.
"$tools/factsheet-html" "$here/data/en.json" "$stage/index.html" "${page_opts[@]}" --other-lang-href "?lang=es" \
  --evidence-page en.html \
  --body-start-file "$here/web/body-start.html" --body-end-file "$here/web/body-end.html"
# Installable and offline: icons drawn from our own vector (cached: they change only with the
# drawing), the manifest and the service worker.
icons=$here/build/icons
if [ ! -f "$icons/icon-512.png" ] || [ "$here/tools/make_icons.py" -nt "$icons/icon-512.png" ]; then
  python3 "$here/tools/make_icons.py" "$icons"
fi
cp "$icons"/*.png "$here/web/manifest.webmanifest" "$here/web/sw.js" "$stage/"
# The one-file copy, from plain names; then a plain-named copy for tests; then hashed names.
python3 "$here/tools/make_offline_copy.py" "$stage" "$stage/factsheet-offline.html"
rm -rf "$here/build/web-stage" && cp -r "$stage" "$here/build/web-stage"
python3 "$here/tools/stamp_dist.py" "$stage"
rm -rf "$dist" && mv "$stage" "$dist" && trap - EXIT
chmod 755 "$dist"
echo "[build] web build in ${dist#$here/}/: $(cd "$dist" && ls | tr '\n' ' ')"
