#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing.
# Safe to run again: every step checks first. Sources: Debian's archive and npm only.
#   scripts/setup.sh           everything (build + tests)
#   scripts/setup.sh build     only what the web and native builds need
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
cache=${FACTSHEET_CACHE:-/var/cache/factsheet}
say() { printf '[setup] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------
build_pkgs=(g++ cmake ninja-build python3 emscripten nlohmann-json3-dev zlib1g-dev fonts-noto-core
            fonttools dpkg-dev xz-utils ca-certificates libqrcodegencpp-dev brotli terser)
test_pkgs=(doctest-dev clang-14 libclang-rt-14-dev chromium poppler-utils)
pkgs=("${build_pkgs[@]}")
[ "$what" = all ] && pkgs+=("${test_pkgs[@]}")
command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing from Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Makes sure DEST/FILE, the upstream tarball of a Debian source package, is there and has the
# given sha256: when it is not, downloads the source package (what its .dsc lists) through a
# private apt configuration for SUITE's deb-src, so the machine's own sources lists stay
# untouched. A missing Debian packaging file is not fatal (|| true): only the tarball is used.
debian_source_tarball() {
  local suite=$1 package=$2 dest=$3 file=$4 sha=$5 apt_dir="$cache/apt-$1"
  mkdir -p "$dest"
  if echo "$sha  $dest/$file" | sha256sum -c --status 2>/dev/null; then return 0; fi
  say "fetching $package source from Debian ($suite deb-src)"
  mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial"
  cat > "$apt_dir/sources.list.d/$suite-src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  local apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
                  -o "Dir::State::Lists=$apt_dir/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update -qq
  (cd "$dest" && apt-get "${apt_opts[@]}" source --download-only -qq "$package" >/dev/null 2>&1) || true
  echo "$sha  $dest/$file" | sha256sum -c --quiet
}

# --- Dear ImGui sources, from Debian's source package (sid), checked by sha256 ----
imgui_ver=1.92.2b+ds
imgui_deb=1.92.2b+ds-1
imgui_tar="imgui_${imgui_ver}.orig.tar.xz"
imgui_sha=e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48
imgui_dir="$here/.deps/imgui-$imgui_ver"
if [ ! -f "$imgui_dir/imgui.h" ]; then
  debian_source_tarball sid "imgui=$imgui_deb" "$cache/imgui" "$imgui_tar" "$imgui_sha"
  rm -rf "$imgui_dir.tmp" && mkdir -p "$imgui_dir.tmp"
  tar -xJf "$cache/imgui/$imgui_tar" -C "$imgui_dir.tmp" --strip-components=1
  rm -rf "$imgui_dir" && mv "$imgui_dir.tmp" "$imgui_dir"
  say "Dear ImGui sources in ${imgui_dir#$here/}"
fi

# --- WordPress's embed host script, for the browser tests (tests/browser/wordpress.test.mjs) --
# Debian's wordpress package would pull in Apache, PHP and a database client: only the .deb is
# downloaded (checked by sha256) and only wp-includes/js/wp-embed.js is taken out of it.
if [ "$what" = all ]; then
  wp_deb=wordpress_6.1.9+dfsg1-0+deb12u1_all.deb
  wp_sha=506283af0a6194efeb39f2fb19e6131d59142a20b81e280b8e9f331385c54937
  wp_dir="$here/.deps/wordpress-6.1.9"
  if [ ! -f "$wp_dir/wp-embed.js" ]; then
    mkdir -p "$cache/wordpress"
    if ! echo "$wp_sha  $cache/wordpress/$wp_deb" | sha256sum -c --status 2>/dev/null; then
      say "fetching Debian's wordpress package (for wp-embed.js only)"
      (cd "$cache/wordpress" && apt-get download -qq "wordpress=6.1.9+dfsg1-0+deb12u1" 2>/dev/null)
    fi
    echo "$wp_sha  $cache/wordpress/$wp_deb" | sha256sum -c --quiet
    rm -rf "$wp_dir.tmp" && mkdir -p "$wp_dir.tmp"
    dpkg-deb --fsys-tarfile "$cache/wordpress/$wp_deb" |
      tar -x -C "$wp_dir.tmp" ./usr/share/wordpress/wp-includes/js/wp-embed.js
    mv "$wp_dir.tmp/usr/share/wordpress/wp-includes/js/wp-embed.js" "$wp_dir.tmp/wp-embed.js"
    rm -rf "$wp_dir.tmp/usr" "$wp_dir" && mv "$wp_dir.tmp" "$wp_dir"
    say "wp-embed.js in ${wp_dir#$here/}"
  fi
fi

# --- QR Code generator's C++ source, for the wasm build (Debian's libqrcodegencpp-dev ships only
# the header and a native library). From Debian's source package qr-code-generator (bookworm),
# checked by sha256; only the upstream tarball is needed.
qr_ver=1.8.0
qr_deb=1.8.0-1.1
qr_tar="qr-code-generator_${qr_ver}.orig.tar.gz"
qr_sha=2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60
qr_dir="$here/.deps/qrcodegen-$qr_ver"
if [ ! -f "$qr_dir/qrcodegen.cpp" ]; then
  debian_source_tarball bookworm "qr-code-generator=$qr_deb" "$cache/qrcodegen" "$qr_tar" "$qr_sha"
  rm -rf "$qr_dir.tmp" && mkdir -p "$qr_dir.tmp"
  tar -xzf "$cache/qrcodegen/$qr_tar" -C "$qr_dir.tmp" --strip-components=2 "QR-Code-generator-$qr_ver/cpp/qrcodegen.cpp" "QR-Code-generator-$qr_ver/cpp/qrcodegen.hpp"
  rm -rf "$qr_dir" && mv "$qr_dir.tmp" "$qr_dir"
  say "QR Code generator sources in ${qr_dir#$here/}"
fi

# --- npm packages: the build's bundler and the browser tests' drivers (pinned by package-lock.json)
stamp="$here/node_modules/.lock-sha"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing npm packages from package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$want" > "$stamp"
fi
say "dependencies ready"
