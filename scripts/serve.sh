#!/usr/bin/env bash
# Command 1: install what is missing, build the sheet, serve dist/ locally and print the address.
#   scripts/serve.sh [port]        (default 8080; Ctrl-C stops the server)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-8080}
"$here/scripts/setup.sh" build
"$here/scripts/build-web.sh"
exec python3 "$here/tools/serve.py" "$here/dist" --port "$port"
