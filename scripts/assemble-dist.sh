#!/usr/bin/env bash
# The one step that assembles dist/ from what the builds made (README, "What dist/ holds"):
#   scripts/assemble-dist.sh NATIVE_BUILD WEB_BUILD CONTENT_DIR
# FACTSHEET_SITE_URL (optional, "https://example.org/atd/"): the site's public address; link
# previews then carry absolute addresses (og:url, og:image, canonical, hreflang, oEmbed).
# NATIVE_BUILD has factsheet-html and fonts/, WEB_BUILD factsheet.js/.wasm, CONTENT_DIR the
# checked content files (<lang>.json, with their passages). Everything goes into a fresh folder
# that is then swapped in: a reader never gets half a build. build/web-stage/ keeps a copy with
# plain names for the tests.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
native=$1 web=$2 content=$3
dist=$here/dist
mapfile -t langs < <(python3 "$here/tools/constants.py" languages "$here/data")
first=${langs[0]}

stage=$(mktemp -d "$here/.dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/fonts" "$stage/content" "$stage/passages"
cp "$here"/web/_headers "$stage/"
# Colours written in from web/palette.json (@light.accent@ and the like).
gen=$here/build/generated-web && mkdir -p "$gen"
for f in icon.svg head.html manifest.webmanifest; do python3 "$here/tools/constants.py" fill "$here/web/$f" "$gen/$f"; done
cp "$gen/icon.svg" "$stage/"
# Each language's page names that language's manifest (web/head.html: @lang@), which starts the
# installed sheet at that page.
head_of() { sed "s/@lang@/$1/g" "$gen/head.html" > "$gen/head-$1.html"; echo "$gen/head-$1.html"; }
for lang in "${langs[@]}"; do
  python3 "$here/tools/lang_pages.py" manifest "$gen/manifest.webmanifest" "$content/$lang.json" "$stage/manifest-$lang.webmanifest"
done
python3 "$here/tools/constants.py" css-palette "$here/web/style.css" "$stage/style.css"   # colours: web/palette.json
# The scripts, each one file: their shared parts (web/options.js, web/contrast.js, the generated
# LANGUAGES and PALETTE) composed in where they say //@include (tools/compose_js.py).
js=$here/build/js && mkdir -p "$js"
python3 "$here/tools/constants.py" js-languages "$here/data" "$js/languages.js"
python3 "$here/tools/constants.py" js-palette "$js/palette.js"
for s in boot.js embed.js embedded.js root.js; do python3 "$here/tools/compose_js.py" "$here/web/$s" "$stage/$s" "$js"; done
cp "$web/factsheet.js" "$web/factsheet.wasm" "$stage/"
# The picture runtime of the simple and embedded pages (README, "Pictures in the embedded sheet"):
# the module with its page side after it, one file. It reads the app's content files.
python3 "$here/tools/compose_js.py" "$here/web/pictures.js" "$js/pictures.js" "$js"
cat "$web/factsheet-pictures.js" "$js/pictures.js" > "$stage/factsheet-pictures.js"
cp "$web/factsheet-pictures.wasm" "$stage/"
# The scripts as shipped: minified by Debian's terser (comments and spaces out, local names
# shortened; property and global names kept: the pages, the wasm's EM_JS calls and the tests use
# them). About a third of each script's brotli bytes (README's size table). sw.js is left as it
# is: tools/stamp_dist.py writes its build name and file list into its text.
for s in boot.js embed.js embedded.js root.js factsheet.js factsheet-pictures.js; do
  NODE_PATH=/usr/share/nodejs terser "$stage/$s" --compress --mangle --ecma 2017 -o "$stage/$s.min"
  mv "$stage/$s.min" "$stage/$s"
done
cp "$native"/fonts/NotoSans-Regular.ttf "$native"/fonts/NotoSans-Bold.ttf "$stage/fonts/"
# Link previews and oEmbed (README, "Hosting"): the site's address, with the "/" it ends in.
# With it, each page's footer also shares the sheet as a QR code (README, "Sharing and leaving no
# trace"); without it a page cannot know where it will be hosted.
site=${FACTSHEET_SITE_URL:-}
case "$site" in
  *[[:space:]\"\'\<\>?#]*) echo "[build] FACTSHEET_SITE_URL: a folder's address, no spaces, quotes, ? or # (got: $site)" >&2; exit 1 ;;
  ''|http://*|https://*) ;;
  *) echo "[build] FACTSHEET_SITE_URL must start with https:// (got: $site)" >&2; exit 1 ;;
esac
if [ -n "$site" ] && [ "${site%/}" = "$site" ]; then site=$site/; fi
page_opts=(--stylesheet style.css --site-url "$site")
# Each page links to the next language in the list (the other one, with two).
next_of() {
  local i
  for i in "${!langs[@]}"; do
    if [ "${langs[$i]}" = "$1" ]; then echo "${langs[$(( (i + 1) % ${#langs[@]} ))]}"; fi
  done
}
name_of() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ui"]["lang_name"])' "$content/$1.json"; }
# og:locale:alternate: every other language's og_locale.
alternates_of() {
  local l
  for l in "${langs[@]}"; do
    if [ "$l" != "$1" ]; then
      printf '%s\n' --og-locale-alternate
      python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ui"]["og_locale"])' "$content/$l.json"
    fi
  done
}
for lang in "${langs[@]}"; do
  other=$(next_of "$lang")
  # The content as shipped: the sheet (read at start) and its sources' passages (read when a
  # reader first opens what a source says: README, "Bytes of a first visit").
  python3 "$here/tools/split_passages.py" "$content/$lang.json" "$stage/content/$lang.json" "$stage/passages/$lang.json"
  # The simple version: the HTML rendition alone, for any browser, for print and for search;
  # also the embeddable page (?embed=1), with its controls' words in its language.
  python3 "$here/tools/embed_words.py" "$here/data/$lang.json" > "$here/build/embed-body-end-$lang.html"
  mapfile -t alternates < <(alternates_of "$lang")
  "$native/factsheet-html" "$content/$lang.json" "$stage/$lang.html" "${page_opts[@]}" --head-file "$(head_of "$lang")" --other-lang-href "$other.html" \
    --other-lang "$other" --other-lang-name "$(name_of "$other")" --body-end-file "$here/build/embed-body-end-$lang.html" \
    --page-path "$lang.html" --preview-image "preview-$lang.png" --oembed "oembed-$lang.json" "${alternates[@]}" \
    ${site:+--share-url "$site$lang/"}
  # The link preview picture, drawn from the content; the oEmbed answer that embeds this page.
  "$native/factsheet-preview" "$content/$lang.json" "$stage/preview-$lang.png" \
    "$native"/fonts/NotoSans-Regular.ttf "$native"/fonts/NotoSans-Bold.ttf
  python3 "$here/tools/make_oembed.py" "$content/$lang.json" "$site" "$stage/oembed-$lang.json"
done
# The app pages, one per language (<lang>/index.html, the address <lang>/): that language's
# rendition is the first paint and stays as the accessible mirror; the canvas covers it once the
# first frame is drawn. Each preloads its own content file with the wasm. Rendered without the
# sources' passages (a lighter first paint: 2026-12-01 benchmark); each source links to them in
# that language's page, whose full rendition boot.js swaps in when a reader follows such a link. Written as if at the
# root (build/app-pages/<lang>.html, which the one-file copy is made from), then moved one folder
# down (tools/lang_pages.py rebase).
apps=$here/build/app-pages && rm -rf "$apps" && mkdir -p "$apps"
for lang in "${langs[@]}"; do
  other=$(next_of "$lang")
  mapfile -t alternates < <(alternates_of "$lang")
  # body-start.html's first line is the wasm's preload; the content's follows it.
  { head -n 1 "$here/web/body-start.html"
    printf '<link rel="preload" href="content/%s.json" as="fetch" type="application/json" crossorigin media="(scripting: enabled)">\n' "$lang"
    tail -n +2 "$here/web/body-start.html"; } > "$apps/body-start-$lang.html"
  "$native/factsheet-html" "$here/data/$lang.json" "$apps/$lang.html" "${page_opts[@]}" --head-file "$(head_of "$lang")" \
    --other-lang-href "$other/" --other-lang "$other" --other-lang-name "$(name_of "$other")" --evidence-page "$lang.html" \
    --body-start-file "$apps/body-start-$lang.html" --body-end-file "$here/web/body-end.html" \
    --page-path "$lang/" --preview-image "preview-$lang.png" --oembed "oembed-$lang.json" "${alternates[@]}" \
    ${site:+--share-url "$site$lang/"}
  mkdir -p "$stage/$lang"
  python3 "$here/tools/lang_pages.py" rebase "$apps/$lang.html" "$stage/$lang/index.html"
done
# The root address: a page that paints nothing and forwards to the reader's language's page
# (web/root.js: ?lang=, else the browser's languages), so a Spanish reader never sees English first.
python3 "$here/tools/lang_pages.py" root "$gen/head.html" root.js "$here/data" "$site" "$stage/index.html"
# Installable and offline: icons drawn from our own vector (cached: they change only with the
# drawing), the manifest and the service worker.
icons=$here/build/icons
if [ ! -f "$icons/icon-512.png" ] || [ "$here/tools/make_icons.py" -nt "$icons/icon-512.png" ] ||
   [ "$here/web/palette.json" -nt "$icons/icon-512.png" ]; then
  python3 "$here/tools/make_icons.py" "$icons"
fi
cp "$icons"/*.png "$here/web/sw.js" "$stage/"
# The one-file copy, from plain names; then a plain-named copy for tests; then hashed names.
python3 "$here/tools/make_offline_copy.py" "$stage" "$apps/$first.html" "$stage/factsheet-offline.html"
rm -rf "$here/build/web-stage" && cp -r "$stage" "$here/build/web-stage"
python3 "$here/tools/stamp_dist.py" "$stage"
# Precompressed twins (README, "Hosting"): name.br (brotli, highest level) and name.gz (gzip -9)
# next to every text file and the wasm, for hosts that serve them by Accept-Encoding
# (tools/serve.py, nginx's brotli_static and gzip_static). PNG images are compressed already.
find "$stage" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.wasm' \
  -o -name '*.ttf' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.txt' \) -print0 |
  while IFS= read -r -d '' f; do
    brotli --quality=11 --force --keep --output="$f.br" "$f"
    gzip -9 --no-name --force --keep "$f"
  done
rm -rf "$dist" && mv "$stage" "$dist" && trap - EXIT
chmod 755 "$dist"
echo "[build] web build in ${dist#$here/}/: $(cd "$dist" && ls | tr '\n' ' ')"
