"""The Python API against the real Neo4j: athar.load, then athar.run_query on what it loaded."""
import pytest

import athar
from fixtures.graph_corpus import write_facts

pytestmark = pytest.mark.integration

BOURITA = "شارك وزير الخارجية المغربي ناصر بوريطة في مؤتمر الرياض يوم 12 مايو 2015."


@pytest.fixture
def connection(neo4j_db, neo4j_settings):
    """The keyword arguments that point the API at the empty test database."""
    s = neo4j_settings
    return {"uri": s.uri, "user": s.user, "password": s.password, "database": s.database}


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "bourita.txt").write_text(BOURITA, encoding="utf-8")
    return tmp_path / "corpus"


def test_extracted_facts_load_and_answer_the_attendance_query(connection, corpus):
    report = athar.load(athar.extract_corpus(corpus), **connection)
    assert (report.loaded, report.failed, report.malformed) == (1, 0, 0)
    rows = athar.run_query("attendance", {"state": "المغرب"}, **connection)     # a name for the key MA
    assert [(r["state"], r["event_name"], r["via_name"], r["modality"]) for r in rows] == [
        ("MA", "مؤتمر الرياض", "ناصر بوريطة", "asserted")]
    assert athar.run_query("attendance", {"state": "QA"}, **connection) == []


def test_a_facts_file_loads_once(connection, corpus, tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", list(athar.extract_corpus(corpus)))
    first, again = athar.load(facts, **connection), athar.load(str(facts), **connection)
    assert (first.loaded, again.loaded, again.skipped) == (1, 0, 1)
    assert [r["state"] for r in athar.run_query("attendance", **connection)] == ["MA"]
