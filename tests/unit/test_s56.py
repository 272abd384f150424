"""Events and names, tested on sentences written for these tests."""
import pytest

from event_mentions import dated_events, dated_names


@pytest.mark.parametrize("text", [
    "وقال أستاذ علم الاجتماع بجامعة شيكاغو إن الدولة تراجعت.",
    "وأكد عالم الاجتماع الفرنسي إميل دوركهايم أن المجتمع أقوى من الفرد.",
    "وقال أستاذ الاجتماع بجامعة القاهرة إن الأسر تغيرت.",
])
def test_sociology_is_no_meeting(nlp, text):
    assert dated_events(nlp, text) == []


def test_a_meeting_at_a_university_is_still_one(nlp):
    text = "وعقد الاجتماع بجامعة القاهرة أمس بحضور عدد من الأساتذة."
    assert [e["name"] for e in dated_events(nlp, text)] == ["الاجتماع بجامعة القاهرة"]


def test_meetings_one_is_aware_of_are_meetings(nlp):
    text = "وقال الوزير إن بلاده على علم بالاجتماعات في القاهرة حول الأزمة."
    assert [e["name"] for e in dated_events(nlp, text)] == ["الاجتماعات في القاهرة حول الأزمة"]
