#!/usr/bin/env bash
# Native build (g++): content library, checker, HTML renderer, UI logic, unit tests.
#   scripts/build-native.sh [build-dir] [extra cmake args...]     (default build/native)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$here/build/native}; shift || true
cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$dir" -- -k 0 | { grep -vE '^\[[0-9]+/[0-9]+\] ' || true; }
