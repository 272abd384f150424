#!/usr/bin/env bash
# Screenshots of Neo4j Browser showing the athar style and the stored queries:
#   docs/browser-attendance.png  the attendance_graph query run from its guide slide, styled
#   docs/browser-guide.png       the athar guide (one slide per stored query) and the applied style
#
# Needs: a running Neo4j holding an athar graph (`athar neo4j start`, then e.g.
# `athar build examples/articles`), Node.js, Debian's `chromium` (apt-get install chromium).
# playwright-core is installed with npm into a cache folder outside the repository.
#
#   docs/screenshot/run.sh [OUT_DIR]          (default: docs/)
#
# Environment: ATHAR_HOME / ATHAR_NEO4J_* choose the managed server as for every athar command;
# CHROMIUM (default /usr/bin/chromium); ATHAR_SCREENSHOT_NODE (default ~/.cache/athar-screenshot)
# where playwright-core goes; ATHAR_BROWSER_PORT (default 8765) for `athar browser`.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/..}")"
node_dir="${ATHAR_SCREENSHOT_NODE:-${XDG_CACHE_HOME:-$HOME/.cache}/athar-screenshot}"
port="${ATHAR_BROWSER_PORT:-8765}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

[ -x "$CHROMIUM" ] || { echo "no Chromium at $CHROMIUM: apt-get install chromium (or set CHROMIUM)" >&2; exit 1; }
if [ ! -d "$node_dir/node_modules/playwright-core" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-save --silent playwright-core@1 >&2
fi

status="$(athar neo4j status)" || { echo "$status" >&2; echo "start Neo4j first: athar neo4j start" >&2; exit 1; }
export BROWSER_URL="$(sed -n 's/^ *browser: *//p' <<<"$status")"
export PASSWORD_FILE="$(sed -n 's/^ *password: *\(.*\) (user neo4j)$/\1/p' <<<"$status")"

athar browser --port "$port" >/dev/null &
guide_pid=$!
trap 'kill "$guide_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -sf "http://localhost:$port/style.grass" >/dev/null && break
  sleep 0.2
done

mkdir -p "$out"
STYLE_URL="http://localhost:$port/style.grass" GUIDE_URL="http://localhost:$port/athar.html" \
  QUERY_NAME=attendance_graph OUT_DIR="$out" NODE_PATH="$node_dir/node_modules" \
  node "$here/browser.cjs"
