#!/usr/bin/env bash
# Shared set-up for demo.sh, test.sh and .ci/run: Java 17+ and Maven (apt-get when
# missing), then athar itself in a virtualenv under .venv with the given extras.
# Source it: `source scripts/setup.sh "[test]"`. Idempotent and quiet when done before.
set -euo pipefail

ATHAR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
extras="${1:-}"

need_apt=()
if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -Eq 'version "(1[7-9]|2[0-9])'; then
  need_apt+=(openjdk-17-jre-headless)
fi
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
if ((${#need_apt[@]})); then
  echo "setup: installing ${need_apt[*]} with apt-get (Neo4j needs Java 17 or 21, Maven fetches its jars)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: athar needs Python 3.11 or newer ($python_bin is $("$python_bin" -V 2>&1))" >&2
  exit 1
fi
venv="$ATHAR_ROOT/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv"
  "$python_bin" -m venv "$venv"
fi
# shellcheck disable=SC1091
source "$venv/bin/activate"
stamp="$venv/.athar-installed$extras"
if [ ! -f "$stamp" ] || [ "$ATHAR_ROOT/pyproject.toml" -nt "$stamp" ]; then
  echo "setup: pip install -e .$extras"
  python -m pip install -q --upgrade pip
  python -m pip install -q -e "$ATHAR_ROOT$extras"
  touch "$stamp"
fi
