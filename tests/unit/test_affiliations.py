"""AFFILIATED_WITH from titles, nationalities and state bodies (athar_relations._affiliations), on sentences
written for these tests."""
import pytest

from extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def affiliations(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(f["subject"], f["object"]) for f in doc._.facts if f["predicate"] == "AFFILIATED_WITH"}


def org_key(nlp, text: str, name: str) -> str:
    doc = nlp(text)
    return next(e._.key for e in doc.ents if e.label_ == "ORG" and name in e.text)


def test_a_ministry_named_with_its_state_belongs_to_it(nlp):
    text = "أصدرت وزارة الزراعة البرازيلية بيانا حول صادرات اللحوم."
    key = org_key(nlp, text, "وزارة الزراعة")
    assert (key, "BR") in affiliations(nlp, text)


def test_a_listed_state_body_belongs_to_its_state(nlp):
    text = "فتح مكتب التحقيقات الفيدرالي تحقيقا في الحادث."
    assert ("org:fbi", "US") in affiliations(nlp, text)


def test_parties_and_media_are_no_state_bodies(nlp):
    text = "نقلت وكالة رويترز تصريحات قادة حزب الله عن الوضع في الجنوب."
    assert affiliations(nlp, text) == set()
