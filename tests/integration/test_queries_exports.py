"""Stored queries and exports against a real Neo4j loaded with the test corpus."""
import csv
import json

import igraph
import networkx as nx
import pytest
from neo4j.exceptions import ClientError

from athar import cypher
from athar.graph import load
from athar.graph.export import (fact_graph, graph_counts, read_graph, write_admin_csv, write_apoc_jsonl, write_gexf,
                                write_graphml)
from athar.graph.offline import graph_from_records
from athar.graph.query import run_query
from fixtures.graph_corpus import EVIL_KEY, EVIL_NAME, records, write_facts

pytestmark = pytest.mark.integration


@pytest.fixture
def loaded(graph_db, tmp_path):
    driver, database = graph_db
    load.load_file(driver, str(write_facts(tmp_path / "facts.jsonl", records())), database=database)
    return driver, database


def pairs(loaded, name, params=None):
    driver, database = loaded
    columns, rows = run_query(driver, name, params, database)
    return sorted({(row[columns[0]], row[columns[1]]) for row in rows}), rows


def test_attendance_direct_and_through_affiliated_persons(loaded):
    got, rows = pairs(loaded, "attendance")
    assert got == [("QA", "event:conf"), ("SA", "event:conf")]          # EG did not attend: left out
    via = [r for r in rows if r["via"]]
    assert [(r["state"], r["via"]) for r in via] == [("QA", "person:ali")]
    assert {e["doc_id"] for e in via[0]["evidence"]} == {"d1"}
    sa = next(r for r in rows if r["state"] == "SA")
    assert sa["sources"] == ["d1", "d2"] and len(sa["evidence"]) == 2
    assert pairs(loaded, "attendance", {"modality": "reported"})[0] == [("QA", "event:conf")]
    assert pairs(loaded, "attendance", {"state": "SA"})[0] == [("SA", "event:conf")]


def test_attendance_through_a_person_yields_to_an_explicit_denial(loaded, tmp_path):
    from fixtures.graph_corpus import ALI, CONF, EG, Builder
    driver, database = loaded
    doc = Builder("d9", ["Ali Hassan of Egypt attended; Egypt did not."])
    doc.mention(ALI, 0, "Ali Hassan")
    doc.mention(EG, 0, "Egypt")
    doc.fact("ATTENDED", ALI, CONF, 0)
    doc.fact("AFFILIATED_WITH", ALI, EG, 0)
    doc.fact("ATTENDED", EG, CONF, 0, negated=True)
    load.load_records(driver, [doc.record()], database=database)
    assert ("EG", "event:conf") not in pairs(loaded, "attendance")[0]


def test_funding_with_per_source_amounts(loaded):
    got, rows = pairs(loaded, "funding")
    assert got == [("SA", EVIL_KEY), ("SA", "org:un")]
    un = next(r for r in rows if r["recipient"] == "org:un")
    assert (un["amount"], un["currency"], un["channel"]) == (1000000, "USD", "grant")
    assert un["amount_by_source"] == ["d1: 1000000", "d2: 1200000"]
    assert {e["doc_id"] for e in un["evidence"]} == {"d1", "d2"}


def test_not_invited_sanctions_members(loaded):
    assert pairs(loaded, "not_invited")[0] == [("IR", "event:conf")]
    assert pairs(loaded, "sanctions")[0] == [("US", "org:group")]               # FR's is negated
    assert pairs(loaded, "members", {"org": "org:un"})[0] == [("SA", "org:un")]
    assert pairs(loaded, "members", {"org": "org:none"})[0] == []


def test_event_and_actor_profiles(loaded):
    _, rows = pairs(loaded, "event_profile", {"event": "event:conf"})
    seen = {(r["relation"], r["actor"], r["negated"]) for r in rows}
    assert {("HOSTED", "FR", False), ("INVITED", "IR", True), ("ATTENDED", "EG", True),
            ("HELD_IN", "FR", False), ("ATTENDED", EVIL_KEY, False)} <= seen
    _, rows = pairs(loaded, "actor_profile", {"key": EVIL_KEY})
    assert {(r["relation"], r["other"], r["direction"]) for r in rows} == {
        ("ATTENDED", "event:conf", "out"), ("FUNDED", "SA", "in")}
    assert rows[0]["actor_name"] == EVIL_NAME
    _, rows = pairs(loaded, "actor_profile", {"key": "org:group"})
    assert {(r["other"], r["negated"]) for r in rows} == {("US", False), ("FR", True)}


def test_co_attendance_conflicts_search_mentions(loaded):
    got, rows = pairs(loaded, "co_attendance")
    assert got == [("QA", "SA")] and rows[0]["weight"] == 1
    assert pairs(loaded, "co_attendance", {"min_events": "2"})[0] == []
    _, rows = pairs(loaded, "conflicts")
    assert {(r["key"], r["relation"], r["property"], r["value"]) for r in rows} == {
        ("event:conf", None, "states_count", 70), ("event:conf", None, "states_count", 72),
        ("SA", "FUNDED", "amount", 1000000), ("SA", "FUNDED", "amount", 1200000)}
    assert pairs(loaded, "search", {"q": "KSA"})[1][0]["key"] == "SA"            # found through an alias
    _, rows = pairs(loaded, "mentions", {"key": "SA"})
    assert [r["doc_id"] for r in rows] == ["d1", "d2", "d3", "d4 'quoted' `doc` {x}"]
    assert all(r["mention"] == "Saudi Arabia" for r in rows)
    _, page = pairs(loaded, "mentions", {"key": "SA", "limit": "2", "skip": "1"})     # the next page
    assert [r["doc_id"] for r in page] == ["d2", "d3"]


def test_roles_and_rules_that_vary_by_source_are_not_conflicts(loaded):
    from fixtures.graph_corpus import ALI, CONF, QA, Builder, with_props
    doc = Builder("d8", ["Deputy Ali Hassan of Qatar spoke at the conference."])
    deputy = with_props(ALI, role="deputy")
    doc.mention(deputy, 0, "Ali Hassan")
    doc.mention(QA, 0, "Qatar")
    doc.fact("AFFILIATED_WITH", deputy, QA, 0, role="deputy")
    doc.fact("ATTENDED", deputy, CONF, 0, basis="speaker")
    load.load_records(loaded[0], [doc.record()], database=loaded[1])
    _, rows = pairs(loaded, "actor_profile", {"key": ALI.key})
    assert {r["other"] for r in rows} == {QA.key, CONF.key}            # the new document did load
    _, rows = pairs(loaded, "conflicts")
    assert {r["property"] for r in rows} == {"states_count", "amount"}


def test_big_answers_are_capped_where_the_query_says(loaded):
    for name in ("attendance", "attendance_graph", "conflicts"):
        _, all_rows = run_query(loaded[0], name, {}, loaded[1])
        _, first = run_query(loaded[0], name, {"limit": "1"}, loaded[1])
        _, rest = run_query(loaded[0], name, {"limit": "10", "skip": "1"}, loaded[1])
        assert len(first) == 1 and len(first) + len(rest) == len(all_rows)
    _, all_rows = pairs(loaded, "attendance")
    _, rows = pairs(loaded, "attendance", {"limit": "1", "skip": "1"})
    assert [(r["state"], r["via"]) for r in rows] == [(r["state"], r["via"]) for r in all_rows[1:2]]
    _, rows = pairs(loaded, "attendance", {"evidence": "1"})
    sa = next(r for r in rows if r["state"] == "SA")
    assert sa["sources"] == ["d1", "d2"] and [e["doc_id"] for e in sa["evidence"]] == ["d1"]
    _, rows = pairs(loaded, "actor_profile", {"key": "SA"})
    _, first = pairs(loaded, "actor_profile", {"key": "SA", "limit": "1"})
    assert len(first) == 1 < len(rows) and first[0]["relation"] == rows[0]["relation"]
    assert [len(r["sources"]) for r in rows] == sorted((len(r["sources"]) for r in rows), reverse=True)


def test_answers_apart_only_in_modality_have_one_order_so_pages_neither_repeat_nor_skip(loaded):
    from fixtures.graph_corpus import ALI, CONF, Builder
    driver, database = loaded
    doc = Builder("d8", ["Ali Hassan plans to attend the conference."])
    doc.mention(ALI, 0, "Ali Hassan")
    doc.mention(CONF, 0, "the conference")
    doc.fact("ATTENDED", ALI, CONF, 0, modality="planned")
    load.load_records(driver, [doc.record()], database=database)
    _, rows = run_query(driver, "attendance", {"state": "QA"}, database)
    assert [(r["via"], r["modality"]) for r in rows] == [
        ("person:ali", "asserted"), ("person:ali", "planned"), (None, "reported")]
    _, paths = run_query(driver, "attendance_graph", {"state": "QA"}, database)
    assert [[step["type"] for step in row["path"][1::2]] for row in paths] == [
        ["AFFILIATED_WITH", "ATTENDED"], ["AFFILIATED_WITH", "ATTENDED"], ["ATTENDED"]]
    assert [row["path"][-2]["modality"] for row in paths] == ["asserted", "planned", "reported"]
    for name in ("attendance", "attendance_graph", "conflicts"):
        _, whole = run_query(driver, name, {}, database)
        pages = [run_query(driver, name, {"limit": "1", "skip": str(i)}, database)[1] for i in range(len(whole))]
        assert [row for page in pages for row in page] == whole, name


def test_every_stored_query_runs(loaded):
    required = {"key": "SA", "q": "Saudi"}
    fact = {"evidence": {"subject": "SA", "object": "org:un"}}           # evidence names a fact, or has no rows
    for query in cypher.queries().values():
        params = fact.get(query.name) or {p.name: required[p.name] for p in query.params if p.required}
        columns, rows = run_query(loaded[0], query.name, params, loaded[1])
        assert columns and rows, query.name


def test_a_read_transaction_refuses_writes(loaded, monkeypatch):
    writer = cypher.parse_query("// name: writer\n// description: tries to write\nCREATE (:Written) RETURN 1",
                                "queries/writer.cypher")
    monkeypatch.setattr(cypher, "queries", lambda: {"writer": writer})
    with pytest.raises(ClientError, match="(?i)access ?mode|write"):
        run_query(loaded[0], "writer", {}, loaded[1])
    with loaded[0].session(database=loaded[1]) as session:
        assert session.run("MATCH (n:Written) RETURN count(n) AS n").single()["n"] == 0


def test_database_and_offline_exports_agree(loaded, tmp_path):
    db_graph, offline = read_graph(*loaded), graph_from_records(records())
    assert {n.id for n in db_graph.nodes} == {n.id for n in offline.nodes}

    def fact_set(graph):
        return {(r.type, r.start, r.end, r.props.get("negated")) for r in graph.rels}
    assert fact_set(db_graph) == fact_set(offline)
    for name, graph in (("db", db_graph), ("offline", offline)):
        with (tmp_path / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            write_apoc_jsonl(graph, out)
    assert (tmp_path / "db.jsonl").read_bytes() == (tmp_path / "offline.jsonl").read_bytes()


def test_exports_open_in_networkx_and_igraph_with_the_database_counts(loaded, tmp_path):
    counts = graph_counts(*loaded)
    n_nodes = sum(v for k, v in counts["node"].items() if k in ("Entity", "Document", "Sentence"))
    n_rels = sum(counts["relationship"].values())
    graph = read_graph(*loaded)
    write_graphml(graph, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert (g.number_of_nodes(), g.number_of_edges()) == (n_nodes, n_rels)
    assert g.nodes[EVIL_KEY]["name"] == EVIL_NAME
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    assert (ig.vcount(), ig.ecount()) == (n_nodes, n_rels)
    with (tmp_path / "g.jsonl").open("w", encoding="utf-8") as out:
        write_apoc_jsonl(graph, out)
    lines = [json.loads(x) for x in (tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(x["type"] == "node" for x in lines) == n_nodes
    assert sum(x["type"] == "relationship" for x in lines) == n_rels
    files = write_admin_csv(graph, tmp_path / "csv")
    rows = 0
    for path in (p for p in files if p.suffix == ".csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            rows += len(list(csv.reader(fh))) - 1
    assert rows == n_nodes + n_rels


def test_the_fact_graph_from_the_database_holds_its_entities_and_facts(loaded, tmp_path):
    from athar.graph.model import FACT_TYPES

    counts = graph_counts(*loaded)
    n_facts = sum(v for k, v in counts["relationship"].items() if k in FACT_TYPES)
    facts = fact_graph(read_graph(*loaded))
    write_graphml(facts, tmp_path / "f.graphml")
    write_gexf(facts, tmp_path / "f.gexf")
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "f.graphml"))
    assert (ig.vcount(), ig.ecount()) == (counts["node"]["Entity"], n_facts)
    assert all(w >= 1 for w in ig.es["weight"])
    g = nx.read_gexf(tmp_path / "f.gexf")
    assert (g.number_of_nodes(), g.number_of_edges()) == (counts["node"]["Entity"], n_facts)
    assert g.nodes["event:conf"]["start"] == "2018-04-25"
