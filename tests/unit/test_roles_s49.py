"""Roles, tested on sentences written for these tests: a chargé d'affaires (القائم بالأعمال، القائم بأعمال السفارة)
is a diplomat of the state whose embassy he heads, while القائم بأعمال before another title is that title, acting;
the holder of an office of the king's court or embassy (مكتب جلالة الملك، السكرتير الخاص لخادم الحرمين الشريفين)
is not the king."""
import pytest

from event_mentions import dated_entities, dated_pairs


@pytest.mark.parametrize("text, person, state", [
    ("واستدعت الخارجية البحرينية أمس حسين أميري، القائم بأعمال السفارة الإيرانية لدى المنامة.", "حسين أميري", "إيران"),
    ("وقال القائم بالأعمال الإيراني في بيروت محمد صادق فضلي إن الزيارة مهمة.", "محمد صادق فضلي", "إيران"),
])
def test_a_charge_d_affaires_belongs_to_the_state_of_his_embassy(nlp, text, person, state):
    # (a state named only by its embassy's adjective keeps its code for a name)
    assert {(person, state), (person, "IR")} & dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_acting_before_a_ministers_title_is_that_minister(nlp):
    text = "وأكد القائم بأعمال وزير الخارجية الليبي محمد الدايري أن الحوار مستمر."
    assert ("محمد الدايري", "ليبيا") in dated_pairs(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text, person", [
    ("وحضر الحفل مدير مكتب جلالة الملك الدكتور جعفر حسان.", "جعفر حسان"),
    ("وكان في الاستقبال مساعد السكرتير الخاص لخادم الحرمين الشريفين تميم بن عبدالعزيز السالم.", "تميم بن عبدالعزيز السالم"),
    ("وحضر الحفل القائم بأعمال سفارة خادم الحرمين الشريفين لدى تونس عبد العزيز الداوود.", "عبد العزيز الداوود"),
])
def test_the_holder_of_an_office_of_the_kings_court_is_not_the_king(nlp, text, person):
    roles = {e["name"]: e["props"].get("role") for e in dated_entities(nlp, text, "Person")}
    assert person in roles and roles[person] != "الملك"


@pytest.mark.parametrize("text, person", [
    ("ورفع الوزير التهنئة لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.", "سلمان بن عبد العزيز"),
    ("وأطلعه على صور تاريخية للملك المؤسس عبدالعزيز بن عبدالرحمن رحمه الله.", "عبدالعزيز بن عبدالرحمن"),
])
def test_the_king_after_his_title_is_still_the_king(nlp, text, person):
    roles = {e["name"]: e["props"].get("role") for e in dated_entities(nlp, text, "Person")}
    assert roles.get(person) == "الملك"
