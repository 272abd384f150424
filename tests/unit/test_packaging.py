"""What the distribution installs: one import name, athar, with every file of the folders it maps.

The folders extract/, graph/ and cypher/ stay at the top of the repository and are installed as
athar.extract, athar.graph and athar.cypher (pyproject.toml, [tool.setuptools]); a top-level
package of those names would collide with other projects' modules in site-packages.
"""
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("athar", "extract", "graph", "cypher")     # installed as athar, athar.extract, ...


def tracked_files() -> list[str]:
    if not (ROOT / ".git").exists():
        pytest.fail(f"{ROOT} is not a git checkout: the test lists the files git tracks", pytrace=False)
    return subprocess.run(["git", "ls-files", "-z", "--", *FOLDERS, "pyproject.toml", "README.md"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.strip("\0").split("\0")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel built from a copy of the tracked files (the build writes nothing into the checkout)."""
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("wheel")
    for name in tracked_files():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(src)], check=True, capture_output=True)
    with zipfile.ZipFile(next(out.glob("athar-*.whl"))) as built:
        yield built


def test_the_wheel_installs_only_the_athar_package(wheel):
    dist_info = next(n.split("/")[0] for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    assert {n.split("/")[0] for n in wheel.namelist()} == {"athar", dist_info}
    assert wheel.read(f"{dist_info}/top_level.txt").decode().split() == ["athar"]
    assert "athar = athar.graph.cli:main" in wheel.read(f"{dist_info}/entry_points.txt").decode()


def test_the_wheel_holds_every_file_of_the_mapped_folders(wheel):
    expected = {name if name.startswith("athar/") else f"athar/{name}"
                for name in tracked_files() if name.split("/")[0] in FOLDERS}
    assert expected - set(wheel.namelist()) == set()


def test_the_installed_athar_puts_no_extract_graph_or_cypher_on_the_path(tmp_path):
    assert metadata.distribution("athar").read_text("top_level.txt").split() == ["athar"]
    found = subprocess.run([sys.executable, "-c", "import importlib.util as u; print([n for n in "
                            "('extract', 'graph', 'cypher') if u.find_spec(n)], u.find_spec('athar.extract') is None)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert found.split() == ["[]", "False"]
