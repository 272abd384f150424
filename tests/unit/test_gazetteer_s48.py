"""Organisations, tested on sentences written for these tests: a definite short name (مجلس الوزراء) is not the
longer name whose same word goes on without the article (مجلس وزراء الإعلام العرب), while a shorter name of
the same chain (اللجنة الفنية الثلاثية) is still the longer one; a quoted adjective after a body's head names
nothing."""
import pytest

from event_mentions import dated_doc, dated_pairs


def test_the_cabinet_is_not_the_council_of_arab_information_ministers(nlp):
    text = "ورحب مجلس الوزراء بنتائج اجتماع مجلس وزراء الإعلام العرب في القاهرة أمس."
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert attended and all(body == "مجلس وزراء الإعلام العرب" for body, _ in attended)


def test_a_shorter_name_of_the_same_committee_is_that_committee(nlp):
    text = ("وعقدت اللجنة الوطنية الفنية الثلاثية لسد النهضة اجتماعها في الخرطوم أمس. وقالت اللجنة الفنية "
            "الثلاثية إن الاجتماع كان مثمرا.")
    bodies = {body for body, _ in dated_pairs(nlp, text, "ATTENDED")}
    assert "اللجنة الفنية الثلاثية" not in bodies


def _orgs(nlp, text):
    return {e.text for e in dated_doc(nlp, text).ents if e.label_ == "ORG"}


@pytest.mark.parametrize("text", [
    'ووصف البيت الأبيض حزب العمال الكردستاني بأنه منظمة "إرهابية".',
    "وأعلنت الوزارة إغلاق شركة «سياحية» في مكة لمخالفتها الأنظمة.",
])
def test_a_quoted_adjective_after_a_bodys_head_is_no_name(nlp, text):
    assert not _orgs(nlp, text) & {"إرهابية", "سياحية", "منظمة إرهابية", "شركة سياحية"}


def test_a_quoted_definite_name_after_a_head_is_still_a_name(nlp):
    assert _orgs(nlp, "وأعلنت شركة «التعاونية» للتأمين أرباحها.")
