"""Loading facts into a real Neo4j: idempotence, increments, replacement, reset, bad input."""
import dataclasses
import hashlib
import io

import pytest

from athar.extract.model import Entity
from athar.graph import load
from athar.graph.export import graph_counts, read_graph, write_apoc_jsonl
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import ALI, CONF, EVIL_KEY, EVIL_NAME, SA, UN, Builder, records, write_facts

pytestmark = pytest.mark.integration


def apoc_text(graph) -> str:
    out = io.StringIO()
    write_apoc_jsonl(graph, out)
    return out.getvalue()


def content_checksum(driver, database) -> str:
    return hashlib.sha256(apoc_text(read_graph(driver, database)).encode("utf-8")).hexdigest()


def test_loading_the_same_file_twice_changes_nothing(graph_db, tmp_path):
    driver, database = graph_db
    path = write_facts(tmp_path / "facts.jsonl", records())
    first = load.load_file(driver, str(path), database=database, batch_size=2)
    assert (first.loaded, first.skipped, first.failed) == (4, 0, 0)
    counts, checksum = graph_counts(driver, database), content_checksum(driver, database)
    second = load.load_file(driver, str(path), database=database)
    assert (second.loaded, second.replaced, second.skipped) == (0, 0, 4)
    assert second.counters["nodes_created"] == 0 and second.counters["relationships_created"] == 0
    assert graph_counts(driver, database) == counts
    assert content_checksum(driver, database) == checksum


def test_the_database_holds_exactly_the_offline_graph(graph_db, tmp_path):
    driver, database = graph_db
    load.load_file(driver, str(write_facts(tmp_path / "facts.jsonl", records())), database=database)
    assert apoc_text(read_graph(driver, database)) == apoc_text(graph_from_records(records()))


def test_one_more_article_adds_its_facts_and_merges_its_entities(graph_db, tmp_path):
    driver, database = graph_db
    recs = records()
    load.load_file(driver, str(write_facts(tmp_path / "a.jsonl", recs[:3])), database=database)
    before = graph_counts(driver, database)
    extra = Builder("d5", ["The Kingdom attended the NMFT meeting."])
    extra.mention(Entity("SA", "State", "The Kingdom", ["Saudi"], None, {"iso2": "SA"}), 0, "The Kingdom")
    extra.mention(CONF, 0, "NMFT meeting")
    extra.fact("ATTENDED", SA, CONF, 0, modality="reported")
    report = load.load_file(driver, str(write_facts(tmp_path / "b.jsonl", recs[:3] + [extra.record()])),
                            database=database)
    assert (report.loaded, report.skipped) == (1, 3)
    after = graph_counts(driver, database)
    assert after["node"]["Entity"] == before["node"]["Entity"]                      # merged, no new entity
    assert after["node"]["Document"] == before["node"]["Document"] + 1
    assert after["relationship"]["ATTENDED"] == before["relationship"]["ATTENDED"] + 1   # a reported fact
    graph = read_graph(driver, database)
    sa = next(n for n in graph.nodes if n.id == "SA")
    assert sa.props["name"] == "Saudi Arabia"
    assert {"The Kingdom", "Saudi", "KSA"} <= set(sa.props["aliases"])
    assert apoc_text(graph) == apoc_text(graph_from_records(recs[:3] + [extra.record()]))


def test_a_changed_document_replaces_what_it_said_before(graph_db, tmp_path):
    driver, database = graph_db
    recs = records()
    load.load_file(driver, str(write_facts(tmp_path / "a.jsonl", recs)), database=database)
    d1 = Builder("d1", ["Saudi Arabia gave the United Nations 5 dollars."], title="Corrected")
    d1.mention(SA, 0, "Saudi Arabia")
    d1.fact("FUNDED", SA, UN, 0, amount=5)
    report = load.load_file(driver, str(write_facts(tmp_path / "b.jsonl", [d1.record()])), database=database)
    assert (report.loaded, report.replaced) == (0, 1)
    graph = read_graph(driver, database)
    assert apoc_text(graph) == apoc_text(graph_from_records(recs + [d1.record()]))
    assert ALI.key not in {n.id for n in graph.nodes}          # only the old d1 described him


def test_reset_removes_athar_data_only(graph_db, tmp_path):
    driver, database = graph_db
    with driver.session(database=database) as session:
        session.run("CREATE (:Foreign {name: 'keep'})-[:LINKS]->(:Person {key: 'not-athar'})").consume()
    load.load_file(driver, str(write_facts(tmp_path / "a.jsonl", records())), database=database)
    deleted = load.reset(driver, database, batch_size=7)
    assert deleted == len(graph_from_records(records()).nodes)
    assert graph_counts(driver, database) == {"node": {}, "relationship": {}}
    with driver.session(database=database) as session:
        left = session.run("MATCH (a)-[r]->(b) RETURN labels(a) AS a, type(r) AS r, labels(b) AS b").data()
    assert left == [{"a": ["Foreign"], "r": "LINKS", "b": ["Person"]}]


def test_a_malformed_line_is_reported_and_the_rest_loaded(graph_db, tmp_path):
    driver, database = graph_db
    path = write_facts(tmp_path / "facts.jsonl", records(), malformed=True)
    problems = []
    report = load.load_file(driver, str(path), database=database, on_problem=problems.append)
    assert (report.loaded, report.malformed) == (4, 1)
    assert problems == [p for p in problems if p.startswith(f"{path}:3: malformed record")] and len(problems) == 1
    assert graph_counts(driver, database)["node"]["Document"] == 4


def test_a_document_the_database_refuses_fails_alone(graph_db, tmp_path):
    driver, database = graph_db
    huge = Entity("org:" + "x" * 40_000, "Organization", "Huge", [], None, {})
    bad = Builder("bad", ["Huge attended."])
    bad.mention(huge, 0, "Huge")
    bad.fact("ATTENDED", huge, CONF, 0)
    recs = records()
    problems = []
    report = load.load_records(driver, [recs[0], bad.record(), *recs[1:]], database=database, batch_size=10,
                               on_problem=problems.append)
    assert (report.loaded, report.failed) == (4, 1)
    assert len(problems) == 1 and problems[0].startswith("bad: not loaded: Neo.")
    assert apoc_text(read_graph(driver, database)) == apoc_text(graph_from_records(recs))


def test_names_made_of_cypher_survive_the_round_trip(graph_db, tmp_path):
    driver, database = graph_db
    load.load_file(driver, str(write_facts(tmp_path / "facts.jsonl", records())), database=database)
    nodes = {n.id: n for n in read_graph(driver, database).nodes}
    assert nodes[EVIL_KEY].props["name"] == EVIL_NAME
    assert nodes[EVIL_KEY].props["aliases"] == ["MERGE (m) SET m.x = 1", "`Entity`"]
    assert nodes["document:d4 'quoted' `doc` {x}"].props["title"] == "MATCH (n) RETURN n; DROP"


def test_schema_is_idempotent(graph_db):
    driver, database = graph_db
    with driver.session(database=database) as session:
        before = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c").single()["c"]
        load.apply_schema(driver, database)
        after = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c").single()["c"]
    assert sorted(before) == sorted(after) and "entity_key" in after


def test_a_later_duplicate_in_the_same_batch_wins(graph_db, tmp_path):
    driver, database = graph_db
    recs = records()
    changed = dataclasses.replace(recs[0], document=dataclasses.replace(recs[0].document, title="Second"))
    report = load.load_records(driver, [recs[0], changed], database=database, batch_size=10)
    assert (report.loaded, report.replaced) == (1, 1)
    nodes = {n.id: n for n in read_graph(driver, database).nodes}
    assert nodes["document:d1"].props["title"] == "Second"
