"""`athar eval`: scoring against gold annotations, on facts files and articles written for these tests."""
import json

import pytest
from click.testing import CliRunner

from athar.extract.evaluate import GoldError, name_key, read_gold
from athar.extract.model import Document, DocumentFacts, Entity, Evidence, Fact, Mention, Sentence, header
from athar.graph.cli import main

S1 = "شارك وزير الخارجية السعودي عادل الجبير في مؤتمر باريس الذي استضافته فرنسا."
S2 = "وشارك الجبير بمؤتمر باريس مع وفد إيران."
S3 = "وقال خالد إن المؤتمر ناجح."
S4 = "وسيعقد الاجتماع الوزاري المقبل في ملبورن."

GOLD = {
    "entities": {
        "SA": {"type": "State", "iso2": "SA"}, "FR": {"type": "State", "iso2": "FR"},
        "IR": {"type": "State", "iso2": "IR"}, "AU": {"type": "State", "iso2": "AU"},
        "jubeir": {"type": "Person", "aliases": ["عادل الجبير", "الجبير", "Adel al-Jubeir"]},
        "paris": {"type": "Event", "aliases": ["مؤتمر باريس"], "cities": ["باريس"], "date": "2018-04-25"},
        "melbourne": {"type": "Event", "aliases": ["مؤتمر ملبورن"], "cities": ["ملبورن"], "date": "2019-11"},
    },
    "docs": {
        "d1": {"mentions": ["SA", "FR", "IR", "jubeir", "paris"],
               "facts": [["ATTENDED", "jubeir", "paris"], ["AFFILIATED_WITH", "jubeir", "SA"],
                         ["HOSTED", "FR", "paris"], ["INVITED", "IR", "paris", "negative"]],
               "optional": [["ATTENDED", "SA", "paris"]],
               "negative": [["ATTENDED", "IR", "paris"]]},
        "d2": {"mentions": ["melbourne", "AU"],
               "facts": [["HELD_IN", "melbourne", "AU"], ["ATTENDED", "SA", "melbourne"]],
               "modality": {"HELD_IN|melbourne|AU": "planned"}},
    },
}

ENTITIES = {
    "SA": ("State", "المملكة العربية السعودية", {"iso2": "SA"}), "FR": ("State", "فرنسا", {"iso2": "FR"}),
    "IR": ("State", "إيران", {"iso2": "IR"}), "AU": ("State", "أستراليا", {"iso2": "AU"}),
    "person:jubeir": ("Person", "عادل الجبير", {}),
    "person:jubeir2": ("Person", "الجُبير", {}),                     # a second node for him: a duplicate
    "person:khaled": ("Person", "خالد", {}),                          # in no gold entity
    "event:paris": ("Event", "مؤتمر «باريس»", {"city": "باريس", "date": "2018-04-25"}),
    "event:m": ("Event", "الاجتماع الوزاري", {"city": "ملبورن", "date": "2019-11-07"}),   # by city and month
}


def record(doc_id, sentences, mentions, facts):
    """A facts record: mentions are (key, sentence, words), facts (predicate, subject, object, negated,
    modality, sentence)."""
    text, spans = "", []
    for s in sentences:
        start = len(text) + (1 if text else 0)
        text = (text + " " if text else "") + s
        spans.append(Sentence(len(spans), start, start + len(s), s))
    found = []
    for key, k, words in mentions:
        start = text.index(words, spans[k].start)
        found.append(Mention(key, k, start, start + len(words), words))
    used = {m.entity for m in found} | {f[1] for f in facts} | {f[2] for f in facts}
    entities = [Entity(key, ENTITIES[key][0], ENTITIES[key][1], props=ENTITIES[key][2]) for key in sorted(used)]
    return DocumentFacts(
        Document(doc_id, text), spans, entities, found,
        [Fact(p, s, o, neg, mod, evidence=[Evidence(doc_id, k, spans[k].start, spans[k].end)])
         for p, s, o, neg, mod, k in facts])


def records():
    d1 = record("d1", [S1, S2, S3], [
        ("SA", 0, "السعودي"), ("person:jubeir", 0, "عادل الجبير"), ("event:paris", 0, "مؤتمر باريس"),
        ("FR", 0, "فرنسا"), ("person:jubeir2", 1, "الجبير"), ("IR", 1, "إيران"), ("person:khaled", 2, "خالد")], [
        ("ATTENDED", "person:jubeir", "event:paris", False, "asserted", 0),             # right
        ("ATTENDED", "person:jubeir2", "event:paris", False, "asserted", 1),            # the same, by the duplicate
        ("AFFILIATED_WITH", "person:jubeir", "SA", False, "reported", 0),               # right, wrong modality
        ("ATTENDED", "SA", "event:paris", False, "asserted", 0),                        # optional: not counted
        ("ATTENDED", "IR", "event:paris", False, "asserted", 1),                        # denied: polarity error
        ("ATTENDED", "person:khaled", "event:paris", False, "asserted", 2),             # an unaligned end
    ])
    d2 = record("d2", [S4], [("event:m", 0, "الاجتماع الوزاري"), ("AU", 0, "ملبورن")],
                [("HELD_IN", "event:m", "AU", False, "planned", 0)])
    return [d1, d2]


def write(path, data):
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def facts_file(path, recs):
    lines = [json.dumps(header())] + [json.dumps(r.to_json(), ensure_ascii=False) for r in recs]
    return write(path, "\n".join(lines) + "\n")


def run(*args):
    return CliRunner().invoke(main, ["eval", *map(str, args)], catch_exceptions=False)


@pytest.fixture()
def report(tmp_path):
    gold, facts = write(tmp_path / "gold.json", GOLD), facts_file(tmp_path / "facts.jsonl", records())
    result = run(gold, "--facts", facts, "--json", tmp_path / "report.json")
    assert result.exit_code == 0, result.output
    return json.loads((tmp_path / "report.json").read_text(encoding="utf-8")), result.output


def test_counts(report):
    rep, _ = report
    assert {k: rep["facts"][k] for k in ("tp", "fp", "fn")} == {"tp": 3, "fp": 2, "fn": 3}
    assert rep["by_relation"]["ATTENDED"] == {"tp": 1, "fp": 2, "fn": 1, "precision": 0.333, "recall": 0.5,
                                              "f1": 0.4}
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in rep["by_relation"].items()} == {
        "AFFILIATED_WITH": (1, 0, 0), "ATTENDED": (1, 2, 1), "HELD_IN": (1, 0, 0), "HOSTED": (0, 0, 1),
        "INVITED": (0, 0, 1)}
    assert rep["by_document"]["d2"]["recall"] == 0.5
    assert rep["unaligned_relations"] == 1
    # every gold mention is found (the event of d2 by its city and month); khaled aligns to nothing
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in rep["mentions_by_type"].items()} == {
        "Event": (2, 0, 0), "Person": (1, 0, 0), "State": (4, 0, 0)}


def test_polarity_modality_and_duplicates(report):
    rep, _ = report
    assert [(e["doc"], e["relation"], e["subject"], e["object"]) for e in rep["polarity_errors"]] == [
        ("d1", "ATTENDED", "IR", "paris")]
    assert rep["modality"]["correct"] == 2 and rep["modality"]["of"] == 3
    assert [(e["relation"], e["gold"], e["system"]) for e in rep["modality"]["wrong"]] == [
        ("AFFILIATED_WITH", "asserted", ["reported"])]
    assert rep["duplicate_entities"] == {"jubeir": ["person:jubeir", "person:jubeir2"]}


def test_misses_and_wrong_facts_are_listed_with_their_sentences(report):
    rep, text = report
    missed = {(e["relation"], e["subject"], e["object"], e["polarity"]): e for e in rep["missed_facts"]}
    assert set(missed) == {("HOSTED", "FR", "paris", "positive"), ("INVITED", "IR", "paris", "negative"),
                           ("ATTENDED", "SA", "melbourne", "positive")}
    assert missed[("HOSTED", "FR", "paris", "positive")]["sentences"] == [S1]         # both mentions
    assert missed[("INVITED", "IR", "paris", "negative")]["sentences"] == [S2]        # "بمؤتمر باريس" in the text
    assert missed[("ATTENDED", "SA", "melbourne", "positive")]["sentences"] == []
    wrong = {(e["relation"], e["subject"], e["object"]): e for e in rep["wrong_facts"]}
    assert wrong[("ATTENDED", "IR", "paris")]["polarity_error"] is True
    assert wrong[("ATTENDED", "IR", "paris")]["sentences"] == [S2]
    assert wrong[("ATTENDED", "?", "paris")]["subject_name"] == "خالد"
    assert wrong[("ATTENDED", "?", "paris")]["sentences"] == [S3]
    assert "missed facts (3):" in text and "wrong facts (2):" in text
    assert f"  d1  HOSTED(FR, paris)  (فرنسا -> مؤتمر باريس)\n      | {S1}\n" in text
    assert ("  d2  ATTENDED(SA, melbourne)  (المملكة العربية السعودية -> مؤتمر ملبورن)\n"
            "      (no sentence names both ends)\n") in text
    assert "POLARITY ERROR" in text and f"      | {S3}\n" in text


def test_summary_prints_the_scores_only(tmp_path):
    result = run(write(tmp_path / "gold.json", GOLD), "--facts", facts_file(tmp_path / "f.jsonl", records()),
                 "--summary")
    assert result.output.startswith("facts     P=0.600 R=0.500 F1=0.545 (tp=3 fp=2 fn=3)\n")
    assert "modality of found facts: 2/3 right (accuracy 0.667)" in result.output
    assert "polarity errors: 1  duplicate entities: 1  unaligned relations: 1" in result.output
    assert "missed facts" not in result.output


def test_names_are_compared_without_orthographic_variants():
    assert name_key("إيمانويل ماكرون") == name_key("ايمانويل  ماكرون") == "ايمانويل ماكرون"
    assert name_key("«داعش»") == name_key("داعش")
    assert name_key("القاعدة") == name_key("القاعده") == name_key("الْقَاعِدَة")
    assert name_key("مؤتمر باريس-2018") == "موتمر باريس 2018"


@pytest.mark.parametrize("gold, problem", [
    ("{not json", "cannot read it as JSON"),
    ([], 'expected an object with "entities" and "docs" objects'),
    ({"entities": {"x": {"type": "City"}}, "docs": {}}, "entities.x: \"type\" must be one of"),
    ({"entities": {"Saudi": {"type": "State"}}, "docs": {}}, "entities.Saudi: a State's id is its ISO"),
    ({"entities": {"a": {"type": "Person", "aliases": "عادل"}}, "docs": {}}, "entities.a: \"aliases\" must be"),
    ({"entities": {}, "docs": {"d1": {"facts": [["ATTENDED", "SA", "paris"]]}}},
     "docs.d1.facts[0]: unknown entity 'SA'"),
    ({"entities": {"SA": {"type": "State"}}, "docs": {"d1": {"facts": [["VISITED", "SA", "SA"]]}}},
     "docs.d1.facts[0]: unknown relation 'VISITED'"),
    ({"entities": {"SA": {"type": "State"}}, "docs": {"d1": {"negative": [["FUNDED", "SA", "SA", "no"]]}}},
     "docs.d1.negative[0]: [\"FUNDED\", \"SA\", \"SA\", \"no\"] is not"),
    ({"entities": {}, "docs": {"d1": {"modality": {"FUNDED|a|b": "maybe"}}}}, "'maybe' is not one of"),
])
def test_a_bad_gold_file_is_named_with_its_problem(tmp_path, gold, problem):
    path = write(tmp_path / "gold.json", gold)
    with pytest.raises(GoldError) as error:
        read_gold(path)
    assert str(error.value).startswith(f"{path}: ") and problem in str(error.value)
    result = run(path, "--facts", facts_file(tmp_path / "f.jsonl", records()))
    assert result.exit_code == 1 and result.output.startswith(f"Error: {path}: ") and "Traceback" not in result.output


def test_a_corpus_or_facts_but_not_both(tmp_path):
    gold, facts = write(tmp_path / "gold.json", GOLD), facts_file(tmp_path / "f.jsonl", records())
    assert run(gold).exit_code == 2
    assert run(gold, tmp_path, "--facts", facts).exit_code == 2


def test_articles_are_extracted_and_scored(tmp_path):
    """The corpus goes through the extractor; a fact the text does not state is a miss with its sentence."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = "استضافت فرنسا أمس مؤتمر باريس لمكافحة تمويل الإرهاب."
    second = "وشارك وزير الخارجية السعودي عادل الجبير في مؤتمر باريس، فيما لم تتم دعوة إيران إلى المؤتمر."
    (corpus / "a1.txt").write_text(f"---\ndate: 2018-04-26\n---\n{first} {second}\n", encoding="utf-8")
    gold = {"entities": GOLD["entities"], "docs": {"a1": {
        "mentions": ["SA", "FR", "IR", "jubeir", "paris"],
        "facts": [["HOSTED", "FR", "paris"], ["ATTENDED", "jubeir", "paris"], ["FUNDED", "SA", "paris"]]}}}
    result = run(write(tmp_path / "gold.json", gold), corpus, "--json", "-")
    assert result.exit_code == 0, result.output
    rep = json.loads(result.output[result.output.index("{"):])
    assert rep["documents_not_found"] == []
    missed = [(e["relation"], e["subject"], e["object"], e["sentences"]) for e in rep["missed_facts"]]
    assert ("FUNDED", "SA", "paris", [second]) in missed
    assert not any(e[:3] in (("HOSTED", "FR", "paris"), ("ATTENDED", "jubeir", "paris")) for e in missed)
