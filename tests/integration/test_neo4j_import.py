"""`athar neo4j import` and `athar load --bulk`: neo4j-admin imports into a server of its own give the graph
that `athar load` builds."""
import io
import json
import os

import pytest
from click.testing import CliRunner

from athar.graph import server
from athar.graph.cli import main
from athar.graph.export import write_admin_csv, write_apoc_jsonl
from athar.graph.offline import graph_from_records
from athar.extract.model import header
from fixtures.database import run
from fixtures.graph_corpus import records
from fixtures.scratch_server import driver, free_ports, runner_env

pytestmark = pytest.mark.integration


def scratch_home(tmp_path):
    """(env for CliRunner, ServerConfig) of a managed server home of the test's own, on free ports."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "neo4j-dist").symlink_to(server.ServerConfig.from_env().dist_root)     # the jars, not another download
    bolt_port, http_port = free_ports(2)
    ports = {"ATHAR_NEO4J_BOLT_PORT": str(bolt_port), "ATHAR_NEO4J_HTTP_PORT": str(http_port)}
    env = runner_env(ATHAR_HOME=str(home), ATHAR_NEO4J_HEAP="512m", ATHAR_NEO4J_PAGECACHE="64m", **ports)
    return env, server.ServerConfig.from_env({k: v for k, v in env.items() if v is not None})


def test_a_csv_export_imports_with_its_schema_and_exports_the_same_json(tmp_path):
    graph = graph_from_records(records())
    write_admin_csv(graph, tmp_path / "csv")
    expected = io.StringIO()
    write_apoc_jsonl(graph, expected)
    env, _ = scratch_home(tmp_path)

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


def test_a_bulk_load_gives_the_graph_of_a_plain_load_and_refuses_to_replace_data(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                             for line in [header()] + [r.to_json() for r in records()]), encoding="utf-8")
    env, config = scratch_home(tmp_path)

    def athar(*args, **kwargs):
        return CliRunner().invoke(main, list(args), env=env, **kwargs)
    try:
        started = athar("neo4j", "start")                   # a new server: its database exists, empty
        if started.exit_code and "Java" in started.output and not os.environ.get("CI"):
            pytest.skip(f"no scratch Neo4j server: {started.output}")
        bulk = athar("load", "--bulk", str(facts))
        assert bulk.exit_code == 0 and "schema applied" in bulk.output, bulk.output
        assert athar("export", "json", str(tmp_path / "bulk.jsonl")).exit_code == 0
        again = athar("load", str(facts))                   # later loads add to it: nothing new here
        assert again.exit_code == 0 and "relationships: 0 created" in again.output, again.output
        refused = athar("load", "--bulk", str(facts))
        assert refused.exit_code == 1 and "add --reset" in refused.output
        plain = athar("load", "--reset", "--yes", str(facts))
        assert plain.exit_code == 0, plain.output
        assert athar("export", "json", str(tmp_path / "plain.jsonl")).exit_code == 0
        assert (tmp_path / "bulk.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()

        with driver(config) as drv:
            run(drv, None, "create_other_node", name="kept")
        foreign = athar("load", "--bulk", "--reset", "--yes", str(facts))
        assert foreign.exit_code == 1 and "1 nodes that are not athar's" in foreign.output
        with driver(config) as drv:
            assert run(drv, None, "count_nodes")[0]["nodes"] > 1      # nothing was replaced
    finally:
        athar("neo4j", "stop")
