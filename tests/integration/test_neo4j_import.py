"""`athar neo4j import`: a CSV export imported with neo4j-admin into a server of its own gives the same graph."""
import io
import os

import pytest
from click.testing import CliRunner

from athar.graph import server
from athar.graph.cli import main
from athar.graph.export import write_admin_csv, write_apoc_jsonl
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import records
from fixtures.scratch_server import free_port, runner_env

pytestmark = pytest.mark.integration


def test_a_csv_export_imports_with_its_schema_and_exports_the_same_json(tmp_path):
    graph = graph_from_records(records())
    write_admin_csv(graph, tmp_path / "csv")
    expected = io.StringIO()
    write_apoc_jsonl(graph, expected)
    home = tmp_path / "home"
    home.mkdir()
    (home / "neo4j-dist").symlink_to(server.ServerConfig.from_env().dist_root)     # the jars, not another download
    env = runner_env(ATHAR_HOME=str(home), ATHAR_NEO4J_BOLT_PORT=str(free_port()),
                     ATHAR_NEO4J_HTTP_PORT=str(free_port()), ATHAR_NEO4J_HEAP="512m", ATHAR_NEO4J_PAGECACHE="64m")

    def athar(*args, **kwargs):
        return CliRunner().invoke(main, list(args), env=env, **kwargs)
    try:
        done = athar("neo4j", "import", str(tmp_path / "csv"))
        if done.exit_code and "Java" in done.output and not os.environ.get("CI"):
            pytest.skip(f"no scratch Neo4j server: {done.output}")
        assert done.exit_code == 0, done.output
        assert "schema applied" in done.output
        assert athar("query", "search", "-p", "q=Saudi").exit_code == 0         # the full-text index exists
        assert athar("export", "json", str(tmp_path / "back.jsonl")).exit_code == 0
        assert (tmp_path / "back.jsonl").read_text(encoding="utf-8") == expected.getvalue()

        running = athar("neo4j", "import", str(tmp_path / "csv"), "--overwrite", "--yes")
        assert running.exit_code == 1 and "`athar neo4j stop` first" in running.output
        assert athar("neo4j", "stop").exit_code == 0
        refused = athar("neo4j", "import", str(tmp_path / "csv"))
        assert refused.exit_code == 1 and "pass --overwrite" in refused.output
        declined = athar("neo4j", "import", str(tmp_path / "csv"), "--overwrite", input="n\n")
        assert declined.exit_code == 1 and "Aborted" in declined.output
    finally:
        athar("neo4j", "stop")
