"""Roles, tested on sentences written for these tests: the head of a unit inside an organisation (رئيس قسم
…، مدير دائرة …) belongs to the organisation named after the unit, before or after his name."""
import pytest

from event_mentions import dated_pairs


@pytest.mark.parametrize("text, person, org", [
    ("وقال جون سميث، رئيس قسم التأمين البحري بشركة «ويليس» للوساطة: «تعاملنا مع السوق».", "جون سميث", "ويليس"),
    ("وقال مدير دائرة الأبحاث في البنك الدولي بيتر مارتن إن النمو تراجع.", "بيتر مارتن", "البنك الدولي"),
    ("وقال بيتر مارتن رئيس شعبة السكان في الأمم المتحدة إن المواليد تراجعوا.", "بيتر مارتن", "الأمم المتحدة"),
])
def test_the_head_of_a_unit_belongs_to_its_organisation(nlp, text, person, org):
    assert (person, org) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_unit_with_no_organisation_after_it_gives_none(nlp):
    text = "وقال رئيس قسم الجراحة الدكتور خالد العتيبي إن المريض بخير."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()
