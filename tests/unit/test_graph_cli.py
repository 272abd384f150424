"""The graph commands that need no database: query --list and export --from-facts."""
import json

from click.testing import CliRunner

from athar.graph.cli import main
from athar.graph.model import MIN_CONFIDENCE
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import CONF, SA, Builder, records, write_facts

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


def test_min_confidence_defaults_to_the_one_constant_and_says_so(tmp_path):
    for command in (["extract"], ["load"], ["build"], ["export", "json"]):
        result = _run([*command, "--help"], tmp_path)
        assert result.exit_code == 0 and "--min-confidence" in result.output, command
        assert f"[default: {MIN_CONFIDENCE};" in " ".join(result.output.split()), command


def test_export_from_facts_keeps_facts_under_the_minimum_confidence_out(tmp_path):
    weak = Builder("d9", ["Saudi Arabia may have attended."])
    weak.mention(SA, 0, "Saudi Arabia")
    weak.fact("ATTENDED", SA, CONF, 0, confidence=0.25)
    facts = write_facts(tmp_path / "facts.jsonl", records() + [weak.record()])

    def attended_sources(*options):
        out = tmp_path / "g.jsonl"
        assert _run(["export", "json", str(out), "--from-facts", str(facts), *options], tmp_path).exit_code == 0
        rels = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        [sa] = [r for r in rels if r.get("label") == "ATTENDED" and r["start"]["id"] == "SA"]
        return sa["properties"]["sources"]
    assert attended_sources() == ["d1", "d2"]
    assert attended_sources("--min-confidence", "0.2") == ["d1", "d2", "d9"]
    assert _run(["export", "json", "-", "--from-facts", str(facts), "--min-confidence", "2"], tmp_path).exit_code == 2


def test_extract_says_a_facts_file_keeps_every_fact_whatever_the_minimum(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The weather in Oslo was mild on Sunday.", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    told = _run(["extract", str(article), "-o", str(out), "--min-confidence", "0.9"], tmp_path)
    assert told.exit_code == 0 and "--min-confidence applies to --format apoc-json" in told.output
    assert "--min-confidence" not in _run(["extract", str(article), "-o", str(out)], tmp_path).output


def test_graph_exports_write_the_fact_graph_unless_asked_for_provenance(tmp_path):
    import networkx as nx

    from athar.graph.export import fact_graph

    facts = write_facts(tmp_path / "facts.jsonl", records())
    full = graph_from_records(records())
    lean = fact_graph(full)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        assert _run(["export", fmt, str(out), "--from-facts", str(facts)], tmp_path).exit_code == 0
        g = read(out)
        assert (g.number_of_nodes(), g.number_of_edges()) == (len(lean.nodes), len(lean.rels)) != (0, 0)
        assert _run(["export", fmt, str(out), "--from-facts", str(facts), "--with-provenance"], tmp_path).exit_code == 0
        g = read(out)
        assert (g.number_of_nodes(), g.number_of_edges()) == (len(full.nodes), len(full.rels))


def test_a_mistyped_query_name_gets_the_closest_ones(tmp_path):
    result = _run(["query", "atendance"], tmp_path)
    assert result.exit_code == 2 and "did you mean 'attendance'" in result.output
    assert "did you mean" not in _run(["query", "zzzzzz"], tmp_path).output


def test_reset_asks_first_and_no_answer_is_no(tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", records())
    for command in (["load", str(facts)], ["build", str(tmp_path)]):
        env = {**NO_DATABASE, "ATHAR_HOME": str(tmp_path / "home"), "NEO4J_PASSWORD": "x"}
        result = CliRunner().invoke(main, [*command, "--reset"], env=env, input="")
        assert result.exit_code == 1 and "Delete athar's nodes and relationships in neo4j@" in result.output
        assert "Aborted" in result.output
        result = CliRunner().invoke(main, [*command, "--reset"], env=env, input="n\n")
        assert result.exit_code == 1 and "Aborted" in result.output

