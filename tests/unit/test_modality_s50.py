"""Modality, tested on sentences written for these tests: a past verb of the forms that begin with ت themselves
(ترأس، ترأست) tells a held event even with today in its clause, where the present (يترأس، تترأس) tells a scheduled
one; a meeting that a past verb says discussed something was held, whatever future its topic names; a date past
ثم or كما dates the next clause, not the event before it."""
import pytest

from event_mentions import dated_events, dated_modalities


@pytest.mark.parametrize("verb, modality", [
    ("ترأس وزير التعليم الدكتور عزام الدخيل", "asserted"),
    ("يترأس وزير التعليم الدكتور عزام الدخيل", "planned"),
    ("ترأست وزيرة الصحة الدكتورة هند الشمري", "asserted"),
    ("تترأس وزيرة الصحة الدكتورة هند الشمري", "planned"),
])
def test_a_past_verb_that_begins_with_ta_is_not_the_present_of_a_schedule(nlp, verb, modality):
    text = f"{verb} صباح اليوم الثلاثاء الاجتماع الأول للجنة العليا لإدارات المدارس."
    assert dated_modalities(nlp, text, "CHAIRED") == {modality}


@pytest.mark.parametrize("second, modality", [
    ("وناقش الاجتماع عددا من الموضوعات المتعلقة بموسم الحج القادم.", "asserted"),
    ("وسيناقش الاجتماع القادم خطط موسم الحج.", "planned"),
])
def test_a_meeting_that_discussed_was_held_whatever_future_its_topic_names(nlp, second, modality):
    text = ("عقدت لجنة الحج المشتركة بمركز المعلومات الوطني، ورشة عمل لمناقشة الجهود التقنية للموسم الماضي بحضور "
            "أعضاء اللجنة، وذلك بنادي ضباط الأمن بالرياض. " + second)
    assert dated_modalities(nlp, text, "ORGANIZED") == {modality}


def test_a_date_past_thumma_dates_the_next_clause(nlp):
    text = ("وفي نيروبي سيرأس الرئيس باراك أوباما القمة العالمية لريادة الأعمال ثم يقوم بتأبين ضحايا تفجير "
            "السفارة الأمريكية في 1998.")
    (summit,) = dated_events(nlp, text)
    assert "date" not in summit["props"]
    assert dated_modalities(nlp, text, "CHAIRED") == {"planned"}


def test_a_date_in_the_events_own_clause_still_dates_it(nlp):
    text = "وفي نيروبي سيرأس الرئيس باراك أوباما القمة العالمية لريادة الأعمال في 25 يوليو 2016."
    (summit,) = dated_events(nlp, text)
    assert summit["props"]["date"] == "2016-07-25"
