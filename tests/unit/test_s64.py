"""Rules of the session of 7 December, late afternoon, on sentences written for these tests."""
from event_mentions import dated_events


# -- meetings in particular ---------------------------------------------------

def test_a_meeting_placed_in_a_decade_only_is_an_acquaintance(nlp):
    text = "وكان السفير فهد القحطاني قد التقى الوزير خالد الدوسري أول مرة في الثمانينيات، عندما درسا معا في القاهرة."
    assert dated_events(nlp, text) == []


def test_a_meeting_on_a_day_of_a_decade_is_a_meeting(nlp):      # control
    text = "التقى الوزير خالد الدوسري السفير فهد القحطاني في القاهرة أمس لبحث أوضاع المبتعثين."
    assert len(dated_events(nlp, text)) == 1
