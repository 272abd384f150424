"""Names, tested on sentences written for these tests: a definite plural participle (الموقوفون, المصابون) after a
list of names is what they are, not a family name."""
import pytest

from event_mentions import dated_names


@pytest.mark.parametrize("text, person, word", [
    ("بينما يغيب عن الهلال سعود الحربي وماجد عيد وحسن الراهب الموقوفون من قبل لجنة الانضباط.", "حسن الراهب",
     "الموقوفون"),
    ("ويغيب عن النادي ماجد عيد وسالم البلوي المصابون في المباراة الماضية.", "سالم البلوي", "المصابون"),
])
def test_a_definite_plural_participle_ends_a_list_of_names(nlp, text, person, word):
    names = dated_names(nlp, text, "Person")
    assert person in names and not any(word in n for n in names)


@pytest.mark.parametrize("text, person", [
    ("وأكد رئيس النادي فهد السعدون أن العمل مستمر.", "فهد السعدون"),
    ("وقال الدكتور خالد المرهون إن الدراسة اكتملت.", "خالد المرهون"),
])
def test_short_family_names_in_un_still_join_the_name(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")
