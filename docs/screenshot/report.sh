#!/usr/bin/env bash
# An `athar report` page in headless Chromium, offline: fails when the page fetches anything (a
# script, a font, an image) or when the timeline, the matrix or the flows are not drawn; writes a
# full-page screenshot.
#
#   docs/screenshot/report.sh REPORT.html [SCREENSHOT.png]    (no screenshot without the second argument)
#
# Needs Node.js and Debian's `chromium`; playwright-core is installed with npm into
# ATHAR_SCREENSHOT_NODE (default ~/.cache/athar-screenshot), as for run.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
node_dir="${ATHAR_SCREENSHOT_NODE:-${XDG_CACHE_HOME:-$HOME/.cache}/athar-screenshot}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "no Chromium at $CHROMIUM: apt-get install chromium (or set CHROMIUM)" >&2; exit 1; }
if [ ! -d "$node_dir/node_modules/playwright-core" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-save --silent playwright-core@1 >&2
fi
REPORT="$(realpath "$1")" PNG="${2:+$(realpath -m "$2")}" NODE_PATH="$node_dir/node_modules" node "$here/report.cjs"
