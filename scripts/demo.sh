#!/usr/bin/env bash
# The main job on the bundled example corpus: install, start the managed Neo4j,
# build the graph from examples/articles, answer "which states attended which
# conference?", export GraphML, and print the Neo4j Browser URL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh ""

out="${ATHAR_DEMO_OUT:-out}"
mkdir -p "$out"
set -x
athar neo4j start
athar build examples/articles --reset --yes
athar query attendance
athar export graphml "$out/athar.graphml"
athar export json "$out/athar.jsonl"
{ set +x; } 2>/dev/null
echo
echo "GraphML: $out/athar.graphml (Gephi, yEd, igraph); APOC JSON lines: $out/athar.jsonl"
athar neo4j status | sed -n '1,3p'
echo "Open the Browser URL above; the user is neo4j and the password is in the file 'athar neo4j status' names."
echo "For the stored queries inside the Browser run 'athar browser' and follow its instructions."
