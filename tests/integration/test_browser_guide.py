"""Every slide of the athar guide runs in Neo4j Browser (headless Chromium) on the example articles' graph.

Runs docs/screenshot/run.sh with SCREENSHOTS=0 against the managed test server: it opens the guide
and runs each slide (its :params block, then its query) by clicking, and fails on an error frame or
none. Needs Debian's chromium and Node.js with npm (.ci/run installs them); without them the test is
skipped with the reason, and fails under CI.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from athar import cypher
from athar.graph import server
from athar.graph.cli import main
from fixtures.scratch_server import env_without_neo4j, free_port

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples" / "articles"
RUN = ROOT / "docs" / "screenshot" / "run.sh"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI runs the browser test: {reason}", pytrace=False)
    pytest.skip(reason)


def test_every_guide_slide_runs_in_neo4j_browser(neo4j_db, neo4j_settings, cli_env, tmp_path):
    config = server.ServerConfig.from_env()
    if not neo4j_settings.managed or not server.running_pid(config):
        unavailable(f"the browser test needs the managed server (Browser on its HTTP port); the tests use "
                    f"{neo4j_settings.describe()}")
    missing = [what for what, ok in (("chromium (apt-get install chromium)", os.access(CHROMIUM, os.X_OK)),
                                     ("node", shutil.which("node")), ("npm", shutil.which("npm"))) if not ok]
    if missing:
        unavailable(f"the browser test needs {', '.join(missing)}")
    built = CliRunner().invoke(main, ["build", str(EXAMPLES)], env=cli_env)
    assert built.exit_code == 0, built.output

    env = env_without_neo4j(SCREENSHOTS="0", CHROMIUM=CHROMIUM, ATHAR_BROWSER_PORT=str(free_port()),
                            ATHAR=f"{sys.executable} -m athar.graph.cli")
    run = subprocess.run(["bash", str(RUN), str(tmp_path)], env=env, capture_output=True, text=True,
                         timeout=900, cwd=ROOT)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    for name in cypher.queries():
        assert f"ok   {name} (" in run.stdout, output
