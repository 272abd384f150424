#!/usr/bin/env bash
# Neo4j Browser against the running athar server, in headless Chromium: runs every slide of the athar
# guide (its :params block, then its query, as they stand) and fails when one gives an error, then
# writes the README's screenshots:
#   docs/browser-guide.png        the athar guide (one slide per stored query) and the applied style
#   docs/browser-attendance.png   attendance_graph run from its slide, styled
#   docs/browser-event-graph.png  event_graph: every fact about the events, "not invited" captioned so
#   docs/browser-evidence.png     evidence of a not-invited fact, its ends marked in the sentence
#   docs/browser-search.png       search for بوريطه (the ta-marbuta variant of بوريطة)
#
# Needs: a running Neo4j holding an athar graph (`athar neo4j start`, then e.g.
# `athar build examples/articles`), Node.js, Debian's `chromium` (apt-get install chromium).
# playwright-core is installed with npm into a cache folder outside the repository.
#
#   docs/screenshot/run.sh [OUT_DIR]          (default: docs/; SCREENSHOTS=0: check the slides only)
#
# Environment: ATHAR_HOME / ATHAR_NEO4J_* choose the managed server as for every athar command;
# ATHAR (default athar) the command; CHROMIUM (default /usr/bin/chromium); ATHAR_SCREENSHOT_NODE
# (default ~/.cache/athar-screenshot) where playwright-core goes; ATHAR_BROWSER_PORT (default 8765)
# for `athar browser`; SEARCH_TEXT (default بوريطه).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/..}")"
node_dir="${ATHAR_SCREENSHOT_NODE:-${XDG_CACHE_HOME:-$HOME/.cache}/athar-screenshot}"
port="${ATHAR_BROWSER_PORT:-8765}"
read -r -a athar <<<"${ATHAR:-athar}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

[ -x "$CHROMIUM" ] || { echo "no Chromium at $CHROMIUM: apt-get install chromium (or set CHROMIUM)" >&2; exit 1; }
if [ ! -d "$node_dir/node_modules/playwright-core" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-save --silent playwright-core@1 >&2
fi

status="$("${athar[@]}" neo4j status)" || { echo "$status" >&2; echo "start Neo4j first: athar neo4j start" >&2; exit 1; }
export BROWSER_URL="$(sed -n 's/^ *browser: *//p' <<<"$status")"
export PASSWORD_FILE="$(sed -n 's/^ *password: *\(.*\) (user neo4j)$/\1/p' <<<"$status")"

# the guide's slides in order, and a not-invited fact (else any fact) for the evidence screenshot
export QUERY_NAMES="$("${athar[@]}" query --list | grep -v '^ ' | tr '\n' ' ')"
export EVIDENCE_PARAMS="$("${athar[@]}" query event_graph --format json -p limit=1000 | python3 -c '
import json, sys
facts = sorted((row["path"] for row in json.load(sys.stdin)), key=lambda p: not p[1].get("negated"))
event, rel, other = facts[0] if facts else ({"key": None}, {"type": None}, {"key": None})
subject, obj = (event, other) if rel["type"] == "HELD_IN" else (other, event)     # paths start at the event
print("{id: null, subject: %s, relation: %s, object: %s, limit: 20, context: 60}"
      % tuple(json.dumps(v, ensure_ascii=False) for v in (subject["key"], rel["type"], obj["key"])))')"
export SEARCH_TEXT="${SEARCH_TEXT:-بوريطه}"

"${athar[@]}" browser --port "$port" >/dev/null &
guide_pid=$!
trap 'kill "$guide_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -sf "http://localhost:$port/style.grass" >/dev/null && break
  sleep 0.2
done

mkdir -p "$out"
STYLE_URL="http://localhost:$port/style.grass" GUIDE_URL="http://localhost:$port/athar.html" \
  OUT_DIR="$out" NODE_PATH="$node_dir/node_modules" node "$here/browser.cjs"
