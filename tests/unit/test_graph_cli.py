"""The graph commands that need no database: query --list and export --from-facts."""
import json

from click.testing import CliRunner

from fixtures.graph_corpus import records, write_facts
from graph.cli import main
from graph.offline import graph_from_records

NO_DATABASE = {"ATHAR_HOME": None, "NEO4J_URI": None, "NEO4J_PASSWORD": None, "NEO4J_USER": None,
               "NEO4J_DATABASE": None}


def _run(args, tmp_path):
    env = {**NO_DATABASE, "ATHAR_HOME": str(tmp_path / "home")}     # no managed server, no password
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


def test_query_list_needs_no_database(tmp_path):
    result = _run(["query", "--list"], tmp_path)
    assert result.exit_code == 0
    assert "attendance" in result.output and "-p state=<string>  default null" in result.output


def test_a_query_needs_a_database(tmp_path):
    result = _run(["query", "attendance"], tmp_path)
    assert result.exit_code != 0 and "athar neo4j start" in result.output


def test_export_from_facts_needs_no_database(tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", records(), malformed=True)
    result = _run(["export", "json", str(tmp_path / "g.jsonl"), "--from-facts", str(facts)], tmp_path)
    assert result.exit_code == 3                                   # the malformed line is reported
    assert f"{facts}:3: malformed record" in result.output
    lines = [json.loads(x) for x in (tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = graph_from_records(records())
    assert sum(x["type"] == "node" for x in lines) == len(expected.nodes)
    assert sum(x["type"] == "relationship" for x in lines) == len(expected.rels)
    for fmt, out in (("graphml", tmp_path / "g.graphml"), ("csv", tmp_path / "csv")):
        result = _run(["export", fmt, str(out), "--from-facts", str(facts)], tmp_path)
        assert result.exit_code == 3 and out.exists()
