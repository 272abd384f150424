"""The Python API (athar/__init__.py) without a database: extract_corpus on articles written here."""
import subprocess
import sys

import athar

BOURITA = "شارك وزير الخارجية المغربي ناصر بوريطة في مؤتمر الرياض يوم 12 مايو 2015."
GRANT = "قدمت المملكة العربية السعودية منحة بقيمة 100 مليون دولار إلى اليمن."


def facts_of(record) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in record.facts if not f.negated}


def test_extract_corpus_gives_each_article_its_facts(tmp_path):
    (tmp_path / "bourita.txt").write_text(BOURITA, encoding="utf-8")
    (tmp_path / "grant.txt").write_text(GRANT, encoding="utf-8")
    records = list(athar.extract_corpus(tmp_path))
    assert [r.document.doc_id for r in records] == ["bourita", "grant"]
    bourita, grant = records
    person = next(e for e in bourita.entities if e.type == "Person")
    event = next(e for e in bourita.entities if e.type == "Event")
    assert (person.name, event.name) == ("ناصر بوريطة", "مؤتمر الرياض")
    assert {(person.key, "ATTENDED", event.key), (person.key, "AFFILIATED_WITH", "MA")} <= facts_of(bourita)
    assert ("SA", "FUNDED", "YE") in facts_of(grant)


def test_extract_corpus_takes_files_and_reports_what_it_leaves_out(tmp_path):
    (tmp_path / "grant.txt").write_text(GRANT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    problems = []
    records = list(athar.extract_corpus([tmp_path / "empty.txt", str(tmp_path / "grant.txt")],
                                        on_problem=lambda where, message: problems.append(where)))
    assert [r.document.doc_id for r in records] == ["grant"]
    assert problems == [str(tmp_path / "empty.txt")]


def test_importing_athar_loads_neither_spacy_nor_the_driver():
    loaded = subprocess.run([sys.executable, "-c", "import sys, athar; print(sorted(m.split('.')[0] for m in "
                             "sys.modules if m.split('.')[0] in ('spacy', 'neo4j', 'click')))"],
                            capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
