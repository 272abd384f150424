"""Roles, tested on sentences written for these tests: an office of several portfolios joined by و keeps the state
its demonym gives after the last one (وزير الموارد المائية والكهرباء والري السوداني); a word joined by و that opens
a name or a further title is no portfolio."""
import pytest

from event_mentions import dated_pairs


@pytest.mark.parametrize("text, person, state", [
    ("كما أكد المهندس معتز موسى وزير الموارد المائية والكهرباء والري السوداني أن الاجتماع كان مثمرا.",
     "معتز موسى", "السودان"),
    ("وقال الدكتور حسام مغازي وزير الموارد المائية والري المصري إن المكتبين سيبدآن الدراسات.",
     "حسام مغازي", "مصر"),
    ("وقال جان موبا وزير المالية والاقتصاد والتخطيط في حكومة الكونغو إن الخطة جاهزة.", "جان موبا", "جمهورية الكونغو"),
])
def test_an_office_of_several_portfolios_keeps_its_state(nlp, text, person, state):
    assert (person, state) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_name_joined_after_a_title_is_no_portfolio(nlp):
    text = "واستقبل وزير الخارجية المصري سامح شكري والسفير الأمريكي في القاهرة ستيفن بيكروفت الوفد."
    pairs = dated_pairs(nlp, text, "AFFILIATED_WITH")
    assert ("سامح شكري", "مصر") in pairs
    assert ("ستيفن بيكروفت", "مصر") not in pairs
