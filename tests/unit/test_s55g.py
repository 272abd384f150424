"""Events, tested on sentences written for these tests: a national process with no place of its own («الحوار
الوطني») is held in the one state its sentence names, and nowhere when the sentence names none or several."""
from event_mentions import dated_events


def test_a_national_dialogue_is_held_in_the_one_state_its_sentence_names(nlp):
    text = "ورفض الحزب المشاركة في الحوار الوطني الذي أطلقه الرئيس الصومالي العام الماضي."
    assert [e["props"].get("country") for e in dated_events(nlp, text) if "الحوار الوطني" in e["name"]] == ["SO"]


def test_a_national_dialogue_of_no_named_state_has_no_country(nlp):
    text = "وأكد المتحدث أن الحوار الوطني سيستأنف جلساته الأسبوع المقبل."
    assert [e["props"].get("country") for e in dated_events(nlp, text) if "الحوار الوطني" in e["name"]] == [None]
    text = "وبحث الرئيس المصري ونظيره السوداني الحوار الوطني وسبل دعمه."
    assert [e["props"].get("country") for e in dated_events(nlp, text) if "الحوار الوطني" in e["name"]] == [None]
