"""Fact confidence (issue 14) and events in time (issue 13) against a real Neo4j.

- a fact supported by several documents carries their combined confidence, whatever the order
  they are loaded in, and a replaced document takes its share with it;
- facts under the minimum confidence stay out of the graph, and loading again with a lower
  minimum brings them in;
- a complete event date is stored as a DATE, a partial one as its ISO text, both with their
  integer parts; the `events` query lists events in time order, filtered by period, kind and state;
- the CSV export, with its date column, imports with neo4j-admin.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from athar import cypher
from athar.extract.model import Entity
from athar.graph import load, server
from athar.graph.cli import main
from athar.graph.export import read_graph, write_admin_csv, write_apoc_jsonl
from athar.graph.offline import graph_from_records
from athar.graph.query import run_query
from fixtures.graph_corpus import ALI, CONF, FR, QA, SA, UN, Builder, write_facts
from fixtures.scratch_server import scratch_config

pytestmark = pytest.mark.integration

STATE = {st.name: st.body for st in cypher.split_statements(
    (Path(__file__).parents[1] / "fixtures" / "graph_state.cypher").read_text(encoding="utf-8"),
    "tests/fixtures/graph_state.cypher")}

SUMMIT = Entity("event:summit", "Event", "Mecca summit", [], None,
                {"kind": "summit", "city": "Mecca", "country": "SA", "date": "2019-05-30", "end_date": "2019-05-31"})
TALKS = Entity("event:talks", "Event", "Doha talks", [], None,
               {"kind": "meeting", "city": "Doha", "country": "QA", "date": "2018-04"})
FORUM = Entity("event:forum", "Event", "Spring forum", [], None, {"kind": "forum", "date": "--05-11"})
MEETING = Entity("event:meeting", "Event", "Undated meeting", [], None, {"kind": "meeting"})
YEARLY = Entity("event:yearly", "Event", "Cairo conference", [], None,
                {"kind": "conference", "city": "Cairo", "country": "EG", "date": "2018"})
IN_TIME_ORDER = ["event:yearly", "event:talks", "event:conf", "event:summit", "event:forum", "event:meeting"]


def apoc_text(graph) -> str:
    out = io.StringIO()
    write_apoc_jsonl(graph, out)
    return out.getvalue()


def fact(driver, database, rtype: str, start: str, end: str) -> dict | None:
    """The properties of the (positive, asserted) fact relationship, None when there is none."""
    for r in read_graph(driver, database).rels:
        if (r.type, r.start, r.end) == (rtype, start, end) and not r.props.get("negated"):
            return r.props
    return None


def doc(doc_id: str, sentence: str, *facts) -> Builder:
    """A one-sentence document stating `facts`: (predicate, subject, object, options)."""
    b = Builder(doc_id, [sentence])
    for predicate, subject, obj, options in facts:
        b.fact(predicate, subject, obj, 0, **options)
    return b


# --- confidence --------------------------------------------------------------------------------

def confidence_corpus() -> dict[str, Builder]:
    return {
        "c1": doc("c1", "Saudi Arabia attended; Ali Hassan of Qatar attended.",
                  ("ATTENDED", SA, CONF, {"confidence": 0.6}), ("ATTENDED", ALI, CONF, {"confidence": 0.8}),
                  ("AFFILIATED_WITH", ALI, QA, {"confidence": 0.9})),
        "c2": doc("c2", "Saudi Arabia attended the conference.", ("ATTENDED", SA, CONF, {"confidence": 0.7})),
        "c3": doc("c3", "Saudi Arabia may have funded the United Nations.",
                  ("FUNDED", SA, UN, {"confidence": 0.3, "amount": 5})),
    }


def test_sources_combine_their_confidence_in_any_order(graph_db):
    driver, database = graph_db
    corpus = confidence_corpus()
    report = load.load_records(driver, [corpus["c2"].record(), corpus["c1"].record()], database=database,
                               batch_size=1)
    attended = fact(driver, database, "ATTENDED", "SA", CONF.key)
    assert attended["confidence"] == 0.88                     # 1 - (1 - 0.6)(1 - 0.7)
    assert (attended["confidence_sources"], attended["confidence_values"]) == (["c1", "c2"], [0.6, 0.7])
    assert report.weak == 0
    _, rows = run_query(driver, "attendance", {}, database)
    assert {(r["state"], r["via"]): r["confidence"] for r in rows} == {("SA", None): 0.88, ("QA", ALI.key): 0.72}
    _, rows = run_query(driver, "actor_profile", {"key": "SA"}, database)
    assert [(r["relation"], r["modality"], r["confidence"]) for r in rows] == [("ATTENDED", "asserted", 0.88)]
    assert apoc_text(read_graph(driver, database)) == apoc_text(graph_from_records(
        [corpus["c1"].record(), corpus["c2"].record()]))


def test_the_minimum_confidence_keeps_weak_facts_out_until_it_is_lowered(graph_db, cli_env, tmp_path):
    driver, database = graph_db
    facts = write_facts(tmp_path / "facts.jsonl", [b.record() for b in confidence_corpus().values()])
    first = CliRunner().invoke(main, ["load", str(facts)], env=cli_env)
    assert first.exit_code == 0, first.output
    assert "documents: 3 loaded" in first.output and "facts under the minimum confidence, kept out: 1" in first.output
    assert fact(driver, database, "FUNDED", "SA", UN.key) is None
    assert run_query(driver, "funding", {}, database)[1] == []
    lower = CliRunner().invoke(main, ["load", "--min-confidence", "0.2", str(facts)], env=cli_env)
    assert lower.exit_code == 0, lower.output
    # only the document whose kept facts change is loaded again
    assert "documents: 0 loaded, 1 replaced, 2 skipped" in lower.output
    _, rows = run_query(driver, "funding", {}, database)
    assert [(r["funder"], r["recipient"], r["modality"], r["confidence"]) for r in rows] == [
        ("SA", UN.key, "asserted", 0.3)]
    records = [b.record() for b in confidence_corpus().values()]
    assert apoc_text(read_graph(driver, database)) == apoc_text(graph_from_records(records, min_confidence=0.2))


def test_a_replaced_document_takes_its_confidence_with_it(graph_db):
    driver, database = graph_db
    corpus = confidence_corpus()
    load.load_records(driver, [b.record() for b in corpus.values()], database=database)
    assert fact(driver, database, "ATTENDED", "SA", CONF.key)["confidence"] == 0.88
    weaker = doc("c2", "Saudi Arabia is said to have attended.", ("ATTENDED", SA, CONF, {"confidence": 0.4}))
    report = load.load_records(driver, [weaker.record()], database=database)
    assert (report.replaced, report.weak) == (1, 1)
    attended = fact(driver, database, "ATTENDED", "SA", CONF.key)
    assert (attended["confidence"], attended["sources"], attended["confidence_values"]) == (0.6, ["c1"], [0.6])
    retracted = doc("c1", "Ali Hassan of Qatar attended.", ("ATTENDED", ALI, CONF, {"confidence": 0.8}))
    load.load_records(driver, [retracted.record()], database=database)
    assert fact(driver, database, "ATTENDED", "SA", CONF.key) is None          # no source left
    assert fact(driver, database, "AFFILIATED_WITH", ALI.key, "QA") is None
    assert fact(driver, database, "ATTENDED", ALI.key, CONF.key)["confidence"] == 0.8


# --- events in time -------------------------------------------------------------------------------

def time_corpus() -> list:
    docs = [
        doc("t1", "Saudi Arabia hosted the Mecca summit, which Saudi Arabia and Qatar attended.",
            ("HOSTED", SA, SUMMIT, {}), ("ATTENDED", SA, SUMMIT, {}), ("ATTENDED", QA, SUMMIT, {})),
        doc("t2", "Qatar hosted the Doha talks; France did not attend.",
            ("HOSTED", QA, TALKS, {}), ("ATTENDED", FR, TALKS, {"negated": True})),
        doc("t3", "The United Nations organised the spring forum.", ("ORGANIZED", UN, FORUM, {})),
        doc("t4", "Ali Hassan will attend a meeting.", ("ATTENDED", ALI, MEETING, {"modality": "planned"})),
        doc("t5", "Egypt's conference met in 2018.", ("ATTENDED", QA, YEARLY, {})),
        doc("t6", "France hosted the conference, which Saudi Arabia attended.",
            ("HOSTED", FR, CONF, {}), ("ATTENDED", SA, CONF, {})),
        doc("t7", "Saudi Arabia hosted the summit.", ("HOSTED", SA, SUMMIT, {})),
    ]
    return [d.record() for d in docs]


@pytest.fixture
def timeline(graph_db):
    driver, database = graph_db
    load.load_records(driver, time_corpus(), database=database)
    return driver, database


def events(timeline, **params) -> list[dict]:
    return run_query(timeline[0], "events", params, timeline[1])[1]


def test_complete_event_dates_are_stored_as_dates_and_partial_ones_as_text(timeline):
    driver, database = timeline
    with driver.session(database=database) as session:
        rows = {r["key"]: r for r in session.run(STATE["event_dates"]).data()}
    assert (rows["event:conf"]["date_type"], rows["event:conf"]["day"]) == ("DATE NOT NULL", 25)
    assert (rows["event:summit"]["date_type"], rows["event:summit"]["end_date_type"]) == ("DATE NOT NULL",) * 2
    assert [rows["event:talks"][k] for k in ("date_type", "year", "month", "day")] == ["STRING NOT NULL", 2018, 4, None]
    assert [rows["event:forum"][k] for k in ("date_type", "year", "month", "day")] == ["STRING NOT NULL", None, 5, 11]
    assert [rows["event:meeting"][k] for k in ("date_type", "year")] == ["NULL", None]
    # the exports still write ISO text, and the database and the offline graph agree
    assert apoc_text(read_graph(driver, database)) == apoc_text(graph_from_records(time_corpus()))
    assert '"date": "2019-05-30", "day": 30, "end_date": "2019-05-31"' in apoc_text(read_graph(driver, database))


def test_events_are_listed_in_time_order_with_documents_and_participants(timeline):
    rows = events(timeline)
    assert [r["event"] for r in rows] == IN_TIME_ORDER
    assert list(rows[0]) == ["event", "kind", "name", "city", "country", "lat", "lon", "date", "end_date", "documents",
                             "participants"]
    by_key = {r["event"]: r for r in rows}
    summit = by_key["event:summit"]
    assert (summit["date"], summit["end_date"], summit["documents"]) == ("2019-05-30", "2019-05-31", 2)
    assert summit["participants"] == ["Qatar", "Saudi Arabia"]             # each actor once
    assert by_key["event:talks"]["participants"] == ["Qatar"]              # France did not attend
    assert by_key["event:meeting"]["participants"] == ["Ali Hassan"]       # planned facts count
    assert (by_key["event:talks"]["date"], by_key["event:forum"]["date"], by_key["event:meeting"]["date"]) == (
        "2018-04", "--05-11", None)


@pytest.mark.parametrize("params, expected", [
    ({"from": "2018-04-10"}, ["event:yearly", "event:talks", "event:conf", "event:summit"]),
    ({"to": "2018-03-31"}, ["event:yearly"]),
    ({"to": "2018-04"}, ["event:yearly", "event:talks", "event:conf"]),       # a month: up to its last day
    ({"from": "2018-04-25", "to": "2018-04-25"}, ["event:yearly", "event:talks", "event:conf"]),
    ({"from": "2019-05-31"}, ["event:summit"]),                                  # its end date
    ({"from": "2019-06-01"}, []),
    ({"from": "2019", "to": "2019"}, ["event:summit"]),
    ({"kind": "conference"}, ["event:yearly", "event:conf"]),
    ({"state": "SA"}, ["event:conf", "event:summit"]),                           # attended; held there
    ({"state": "FR"}, ["event:conf"]),                                           # not the talks it did not attend
    ({"state": "QA", "kind": "meeting"}, ["event:talks"]),
    ({"limit": "2", "skip": "1"}, ["event:talks", "event:conf"]),
])
def test_the_events_query_filters_by_period_kind_and_state(timeline, params, expected):
    assert [r["event"] for r in events(timeline, **params)] == expected


def test_the_events_query_takes_page_parameters_as_neo4j_browser_sends_them(timeline):
    driver, database = timeline
    query = cypher.queries()["events"]
    params = {**query.bind(), "limit": 2.0, "skip": 1.0}              # Browser's integers are floats
    with driver.session(database=database) as session:
        keys = [r["event"] for r in session.run(query.text, params)]
    assert keys == ["event:talks", "event:conf"]


def test_queries_give_event_dates_as_text_and_sort_them_in_time(timeline):
    _, rows = run_query(timeline[0], "attendance", {}, timeline[1])
    assert [(r["event"], r["event_date"]) for r in rows] == [
        ("event:yearly", "2018"), ("event:conf", "2018-04-25"), ("event:summit", "2019-05-30"),
        ("event:summit", "2019-05-30")]
    _, rows = run_query(timeline[0], "event_profile", {"event": "event:summit"}, timeline[1])
    assert {r["event_date"] for r in rows} == {"2019-05-30"}


# --- neo4j-admin import ---------------------------------------------------------------------------

def test_the_csv_export_with_its_date_column_imports_with_neo4j_admin(timeline, tmp_path):
    """neo4j-admin refuses a value its date column cannot parse (a partial date such as --05-11, which
    is why complete dates get a file of their own). Starting a server on the imported database to
    read it back costs another minute (done by hand: the same APOC export, the DATEs kept)."""
    files = write_admin_csv(read_graph(*timeline), tmp_path / "csv")
    assert "nodes_Entity_Event_date.csv" in {p.name for p in files}
    config = scratch_config(tmp_path / "home")
    config.home.mkdir()
    java, _ = server.find_java()
    server.install(config, java)
    server.write_conf(config)
    server.import_csv(config, tmp_path / "csv")
    assert (config.home / "data" / "databases" / "neo4j").is_dir()
