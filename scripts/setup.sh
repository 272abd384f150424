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

# The interpreter: $PYTHON when set, else CPython 3.12 when the machine has it (on PATH or
# in pyenv), else python3. spaCy's wheels for Python 3.11 and older are compiled with
# Cython profiling hooks, and its NER then takes the GIL again at every step of its
# inner loop: the same extraction is a fifth slower there (README, Two commands).
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; }
python_version() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }
python_bin="${PYTHON:-}"
if [ -z "$python_bin" ]; then
  pyenv_root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
  for candidate in python3.12 $(ls -d "$pyenv_root"/versions/3.12*/bin/python3.12 2>/dev/null | sort -V -r); do
    if python_ok "$candidate"; then python_bin="$candidate"; break; fi
  done
fi
python_bin="${python_bin:-python3}"
if ! python_ok "$python_bin"; then
  echo "setup: athar needs Python 3.11 or newer ($python_bin is $("$python_bin" -V 2>&1))" >&2
  exit 1
fi
version="$(python_version "$python_bin")"
venv="$ATHAR_ROOT/.venv"
if [ -x "$venv/bin/python" ] && [ "$(python_version "$venv/bin/python")" != "$version" ]; then
  echo "setup: recreating $venv with Python $version"
  rm -rf "$venv"
fi
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv (Python $version)"
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
