"""Events, facts and names, tested on sentences written for these tests (second file of the kind)."""
from event_mentions import dated_names, dated_pairs


# -- facts --------------------------------------------------------------------

def test_the_one_talks_are_held_with_does_not_hold_them(nlp):
    text = "وتأتي تصريحات الوزير عشية مباحثات يعقدها مع نظيره الروسي سيرغي لافروف في موسكو اليوم."
    assert dated_pairs(nlp, text, "ORGANIZED") == set()


# -- names --------------------------------------------------------------------

def test_a_committee_of_a_gathering_named_by_its_kind_alone_is_described(nlp):
    text = "وأعلنت اللجنة التنفيذية للمهرجان والهيئة الاستشارية للمؤتمر جدول الفعاليات."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_committee_of_a_gathering_with_a_name_of_its_own_is_named(nlp):      # control
    text = "وأعلنت اللجنة العليا للمهرجان الوطني للتراث والثقافة جدول الفعاليات."
    assert dated_names(nlp, text, "Organization") == {"اللجنة العليا للمهرجان الوطني للتراث والثقافة"}


def test_a_party_called_a_congress_is_no_gathering(nlp):      # control
    text = "وأصدر المكتب السياسي للمؤتمر الشعبي العام بيانا."
    assert "المكتب السياسي للمؤتمر الشعبي العام" in dated_names(nlp, text, "Organization")
