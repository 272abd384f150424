"""Stored queries as an analyst uses them from Neo4j Browser and the shell (issue 16), on a real Neo4j."""
import copy

import pytest
from neo4j import READ_ACCESS
from neo4j.exceptions import ClientError

from athar import cypher
from athar.extract.arabic import normalize
from athar.extract.resolve import with_search_names
from athar.graph import load
from athar.graph.query import ParameterError, lucene_problem, resolve_entities, run_query
from fixtures.graph_corpus import records

pytestmark = pytest.mark.integration


@pytest.fixture
def loaded(graph_db):
    driver, database = graph_db
    load.load_records(driver, [with_search_names(copy.deepcopy(r)) for r in records()], database=database)
    return driver, database


def browser_run(loaded, text, params):
    """Run a query text as Neo4j Browser does: parameters as typed in :params, numbers as floats."""
    driver, database = loaded
    with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return session.execute_read(lambda tx: [r.data() for r in tx.run(text, params)])


def test_every_stored_query_runs_with_the_float_parameters_browser_sends(loaded):
    required = {"key": "SA", "q": "Saudi"}
    for q in cypher.queries().values():
        params = {p.name: required.get(p.name) if p.required else p.default for p in q.params}
        params = {k: float(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in params.items()}
        rows = browser_run(loaded, q.text, params)
        assert rows or q.name == "evidence", q.name        # evidence names no fact by default


def test_denied_and_planned_facts_read_so_in_rows(loaded):
    _, rows = run_query(loaded[0], "not_invited", {}, loaded[1])
    assert [(r["state"], r["label"]) for r in rows] == [("IR", "not invited")]
    _, rows = run_query(loaded[0], "event_profile", {"event": "event:conf"}, loaded[1])
    assert {r["label"] for r in rows if r["negated"]} == {"not invited", "not attended"}
    _, paths = run_query(loaded[0], "event_graph", {"event": "event:conf"}, loaded[1])
    assert "not invited" in {row["path"][1]["label"] for row in paths}


def test_evidence_by_element_id_or_keys_marks_both_ends(loaded):
    driver, database = loaded
    [fact] = browser_run(loaded, "MATCH (:State {key: 'IR'})-[r:INVITED]->() RETURN elementId(r) AS id", {})
    _, by_id = run_query(driver, "evidence", {"id": fact["id"]}, database)
    _, by_keys = run_query(driver, "evidence", {"subject": "IR", "object": "event:conf"}, database)
    assert by_id == by_keys and len(by_id) == 1
    row = by_id[0]
    assert row["label"] == "not invited" and row["doc_id"] == "d1" and row["title"] == "Conference opens"
    assert row["sentence"] == row["excerpt"] == "⟦Iran⟧ was not invited to the conference."
    _, [short] = run_query(driver, "evidence", {"id": fact["id"], "context": 4}, database)
    assert short["excerpt"] == "⟦Iran⟧ was…"
    _, rows = run_query(driver, "evidence", {"subject": "SA", "relation": "FUNDED", "object": "org:un"}, database)
    assert rows[0]["sentence"] == "Saudi Arabia gave the ⟦United Nations⟧ 1000000 dollars as a grant."   # SA unmentioned there
    assert all("⟦United Nations⟧" in r["sentence"] for r in rows) and len(rows) > 1
    assert [r["doc_id"] for r in rows] == sorted(r["doc_id"] for r in rows)


def test_documents_and_sentences_have_captions(loaded):
    [row] = browser_run(loaded, "MATCH (d:Document {doc_id: 'd1'})-[:HAS_SENTENCE]->(s:Sentence {index: 3}) "
                                "RETURN d.caption AS d, s.caption AS s", {})
    assert row == {"d": "Conference opens (2018-04-25)", "s": "Iran was not invited to the conference."}


def test_search_finds_spelling_variants_when_folded_as_the_extractor_folds(loaded):
    driver, database = loaded

    def keys(q, fold=normalize):
        return [r["key"] for r in run_query(driver, "search", {"q": q}, database, fold=fold)[1]]
    assert keys("المملكه العربيه") == ["SA"] == keys("المملكة العربية") == keys("المملكة العربيّة")
    assert keys("saudi AND arabia") == ["SA"]               # operators survive folding
    assert keys("") == []
    for bad, fold in (('"Saudi', None), ("(Saudi", normalize)):
        with pytest.raises(ClientError) as error:
            keys(bad, fold)
        assert "not valid Lucene syntax" in lucene_problem(error.value)


def test_entity_parameters_take_keys_names_and_aliases(loaded):
    driver, database = loaded
    for given in ("SA", "sa", "Saudi Arabia", "saudi arabia", "KSA", "المملكة العربية السعودية", "المملكه العربيه السعوديه"):
        bound, done = resolve_entities(driver, {"state": given, "limit": 5}, normalize, database)
        assert bound == {"state": "SA", "limit": 5}, given
        assert [str(r) for r in done] == ([] if given == "SA" else [f"state={given}: SA (Saudi Arabia, State)"])
    bound, _ = resolve_entities(driver, {"key": "United Nations", "event": "NMFT"}, normalize, database)
    assert bound == {"key": "org:un", "event": "event:conf"}
    bound, [done] = resolve_entities(driver, {"state": "United Nations"}, normalize, database)     # not a state
    assert bound == {"state": "United Nations"} and "no state has this key" in str(done)
    bound, [done] = resolve_entities(driver, {"actor": "Atlantis"}, normalize, database)
    assert bound == {"actor": "Atlantis"} and "no entity has this key" in str(done)


def test_a_name_of_several_entities_lists_them(loaded):
    from fixtures.graph_corpus import Builder, Entity
    driver, database = loaded
    doc = Builder("d7", ["Hassan Ali met Ali Hassan."])
    doc.mention(Entity("person:ali2", "Person", "Ali Hassan", [], None, {}), 0, "Ali Hassan")
    load.load_records(driver, [with_search_names(doc.record())], database=database)
    with pytest.raises(ParameterError, match="names 2 entities: person:ali .*person:ali2"):
        resolve_entities(driver, {"key": "Ali Hassan"}, normalize, database)
