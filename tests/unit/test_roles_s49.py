"""Roles, tested on sentences written for these tests: a chargé d'affaires (القائم بالأعمال، القائم بأعمال السفارة)
is a diplomat of the state whose embassy he heads, while القائم بأعمال before another title is that title, acting."""
import pytest

from event_mentions import dated_pairs


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
