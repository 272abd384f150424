#!/usr/bin/env bash
# The whole test suite against a real Neo4j: install with the test extras, start
# the managed Neo4j (unless NEO4J_URI points at another server), run pytest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh "[test]"

if [ -z "${NEO4J_URI:-}" ]; then
  athar neo4j start
fi
status=0
python -m pytest -q "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
fi
exit "$status"
