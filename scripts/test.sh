#!/usr/bin/env bash
# The whole test suite against a real Neo4j: install with the test extras, then
# run pytest. Unless NEO4J_URI points at a server, the tests get a managed Neo4j
# of their own (home $ATHAR_TEST_HOME, default <athar data folder>/tests; Bolt
# 7688, HTTP 7475), so they never see or erase the graph of `athar neo4j start`;
# it is started here and stopped again at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# ATHAR_TEST_EXTRAS: the extras to install (default [test]; CI adds ftm for the FollowTheMoney export's tests)
source scripts/setup.sh "${ATHAR_TEST_EXTRAS:-[test]}"

started_here=0
stop_test_server() {
  if [ "$started_here" -eq 1 ]; then
    athar neo4j stop || true
  fi
}
if [ -z "${NEO4J_URI:-}" ]; then
  data_home="$(python -c 'from athar.graph import settings; print(settings.data_home())')"
  export ATHAR_HOME="${ATHAR_TEST_HOME:-$data_home/tests}"
  export ATHAR_NEO4J_BOLT_PORT="${ATHAR_TEST_BOLT_PORT:-7688}"
  export ATHAR_NEO4J_HTTP_PORT="${ATHAR_TEST_HTTP_PORT:-7475}"
  export ATHAR_TEST_WIPE=1   # this server belongs to the tests: leftovers of an interrupted run go
  athar neo4j status >/dev/null 2>&1 || started_here=1
  trap stop_test_server EXIT
  athar neo4j start
fi
status=0
python -m pytest -q "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
fi
exit "$status"
