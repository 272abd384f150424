"""Name boundaries and junk (athar_ner + athar_persons, extract/names.py) on sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy

import extract.components  # noqa: F401  (registers the factories)
from extract.doc_ext import mention_start


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    for name in ("athar_sentences", "athar_normalizer", "athar_gazetteer", "athar_ner", "athar_persons"):
        nlp.add_pipe(name)
    return nlp


def names(doc) -> list[str]:
    return [doc.text[mention_start(e):e.end_char] for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("استقبل المسؤول نظيره الأميركي جون كيري في العاصمة.", "جون كيري"),
    ("ألقى الدكتور نبيل العربي كلمة في الافتتاح.", "نبيل العربي"),
    ("وصل الرئيس بشار الأسد إلى القاعة صباحا.", "بشار الأسد"),
])
def test_a_family_name_that_is_also_a_common_word_stays_with_its_first_name(nlp, text, name):
    assert name in names(nlp(text))


def test_a_family_name_stops_at_a_stop_word(nlp):
    assert "الأمير محمد خلال" not in " ".join(names(nlp("تحدث الأمير محمد خلال اللقاء عن التعاون.")))


def test_a_short_name_after_ka_is_no_preposition(nlp):
    doc = nlp("وقال السيناتور الأميركي بوب كوكر إن المفاوضات صعبة.")
    assert doc[[t.text for t in doc].index("كوكر")]._.clitic == 0
