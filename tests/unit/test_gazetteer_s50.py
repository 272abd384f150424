"""Organisation names, tested on sentences written for these tests: a body named after a person keeps the person's
family name after the father's (مؤسسة عبدالرحمن بن صالح الراجحي) when that name is no word of the language or a
naming adjective follows it (شركة محمد بن إبراهيم القاضي القابضة); an adjective after the father's name still
ends it as the body's own (مؤسسة سالم بن محفوظ الخيرية); a last adjective that only describes a body
(الحكومية، الرسمية) is left out of its name; «جيش الدفاع الإسرائيلي» is the army, not the ministry of defence."""
import pytest

from event_mentions import dated_entities, dated_names


@pytest.mark.parametrize("text, name", [
    ("وقدمت مؤسسة عبدالرحمن بن صالح الراجحي مبلغ 60 ألف ريال لسداد ديون السجناء.",
     "مؤسسة عبدالرحمن بن صالح الراجحي"),
    ("وتأسست شركة محمد بن إبراهيم القاضي القابضة برأسمال مليوني ريال.", "شركة محمد بن إبراهيم القاضي القابضة"),
    ("ويأتي المشروع بدعم من مؤسسة سليمان بن عبدالعزيز الراجحي الخيرية في منطقة جازان.",
     "مؤسسة سليمان بن عبدالعزيز الراجحي الخيرية"),
    ("وأعلنت مؤسسة سالم بن محفوظ الخيرية عن برنامج جديد للأيتام.", "مؤسسة سالم بن محفوظ الخيرية"),
])
def test_a_body_named_after_a_person_keeps_the_whole_name(nlp, text, name):
    assert name in dated_names(nlp, text, "Organization")


@pytest.mark.parametrize("text, name", [
    ("في هجوم جديد نسبته السلطات إلى المتمردين، حسبما أعلنت وكالة أنباء الأناضول الحكومية.", "وكالة الأناضول"),
    ("وأعلنت شركة السكك الحديدية الحكومية تعليق الرحلات بين المدينتين.", "شركة السكك الحديدية"),
])
def test_an_adjective_that_only_describes_a_body_is_left_out_of_its_name(nlp, text, name):
    assert dated_names(nlp, text, "Organization") == {name}


def test_the_israel_defense_forces_are_the_army_not_the_ministry(nlp):
    text = "وقال الجيش الإسرائيلي إن قواته ردت، وأكد جيش الدفاع الإسرائيلي أن الوضع هادئ."
    (army,) = dated_entities(nlp, text, "Organization")
    assert army["props"]["kind"] == "armed_forces" and army["props"]["state"] == "IL"
