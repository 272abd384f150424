"""ANERcorp scoring of names (athar eval-ner) on sentences written for these tests."""
from __future__ import annotations

import pytest

from athar.extract.ner_eval import Scores, chunks, score_athar
from athar.extract.ner_training import Sentence

SENTENCES = [
    Sentence(["قال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "."], [(3, 5, "PERS"), (6, 7, "LOC")]),
    Sentence(["وصل", "الوفد", "إلى", "باريس", "."], [(3, 4, "LOC")]),
]


def test_chunks_are_documents_of_sentences_with_gold_character_spans():
    docs = list(chunks(SENTENCES, 2))
    assert len(docs) == 1
    text, gold = docs[0]
    assert text.split("\n") == ["قال الرئيس الأمريكي جورج بوش في واشنطن .", "وصل الوفد إلى باريس ."]
    assert sorted(text[s:e] for _, s, e in gold) == ["باريس", "جورج بوش", "واشنطن"]
    assert [len(list(chunks(SENTENCES, 1)))] == [2]


def test_exact_spans_count_and_errors_are_classified():
    text = "جورج بوش في واشنطن مع الأمم المتحدة"
    scores = Scores()
    gold = {("PERS", 0, 8), ("LOC", 12, 18), ("ORG", 22, 35)}
    pred = {("PERS", 5, 8), ("LOC", 12, 18), ("LOC", 19, 21)}
    scores.add(gold, pred, text)
    table = scores.table()
    assert (table["LOC"]["tp"], table["LOC"]["fp"], table["LOC"]["spurious"]) == (1, 1, 1)
    assert (table["PERS"]["tp"], table["PERS"]["fn"], table["PERS"]["boundary"]) == (0, 1, 1)
    assert (table["ORG"]["fn"], table["ORG"]["missed"]) == (1, 1)
    assert scores.errors[("PERS", "boundary")] == ["جورج بوش | بوش"]
    assert table["overall"]["tp"] == 1 and table["PLO"]["fn"] == 2


@pytest.fixture(scope="module")
def nlp():
    from athar.extract.pipeline import build_nlp

    return build_nlp()


def test_athar_labels_are_read_as_anercorp_ones_and_demonyms_are_no_names(nlp):
    table = score_athar(SENTENCES, nlp, 2).table()
    assert table["PERS"]["tp"] == 1
    assert table["LOC"]["tp"] == 2 and table["LOC"]["fp"] == 0     # "الأمريكي" is no LOC name


def test_cli_prints_both_tables(tmp_path):
    from click.testing import CliRunner

    from athar.graph.cli import main

    lines = []
    for s in SENTENCES * 10:
        tags = ["O"] * len(s.tokens)
        for a, b, label in s.entities:
            tags[a:b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
        lines += [f"{t} {g}" for t, g in zip(s.tokens, tags)]
    corpus = tmp_path / "anercorp.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-ner", "--corpus", str(corpus), "--examples", "1"])
    assert result.exit_code == 0, result.output
    assert "model:" in result.output and "athar:" in result.output and "PLO" in result.output
    missing = CliRunner().invoke(main, ["eval-ner", "--corpus", str(tmp_path / "missing.txt")])
    assert missing.exit_code == 2 and "ANERcorp not found" in missing.output
