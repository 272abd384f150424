"""Organisations and names in places, tested on sentences written for these tests: the European and African football
confederations are not the European and African unions; a name after الإمام inside a mosque's or a university's
name names the place, while الإمام before a name elsewhere is an honorific."""
import pytest

from event_mentions import dated_names


@pytest.mark.parametrize("text, body, union", [
    ("وغرم الاتحاد الأوروبي لكرة القدم النادي مليون يورو.", "الاتحاد الأوروبي لكرة القدم", "الاتحاد الأوروبي"),
    ("وحدد الاتحاد الأفريقي لكرة القدم موعد البطولة المقبلة.", "الاتحاد الأفريقي لكرة القدم", "الاتحاد الأفريقي"),
])
def test_a_football_confederation_is_not_the_union_of_its_continent(nlp, text, body, union):
    names = dated_names(nlp, text, "Organization")
    assert body in names and union not in names


@pytest.mark.parametrize("text", [
    "وأم المصلين في جامع الإمام تركي بن عبدالله بالرياض أمس.",
    "ويدرس ابنه في جامعة الإمام محمد بن سعود الإسلامية منذ عامين.",
])
def test_a_name_after_the_imam_in_a_place_name_is_no_person(nlp, text):
    assert dated_names(nlp, text, "Person") == set()


def test_the_imam_before_a_name_elsewhere_is_an_honorific(nlp):
    text = "وقال الإمام أحمد الطيب إن الحوار بين الأديان ضرورة."
    assert "أحمد الطيب" in dated_names(nlp, text, "Person")
