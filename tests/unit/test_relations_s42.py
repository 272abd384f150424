"""Relations in classes of facts judged wrong in the blind draw of seed 20261266, fixed as rules of the language and
tested on sentences written for these tests: an event after a word of time («قبل اللقاء»، «بعد الحفل»، «على هامش
القمة») sets the time of the verb's clause; it is not what the verb organises; a patronage after an event («مؤتمر
الرياض تحت رعاية مجلس التعاون») is that event's, not the next one's."""
import pytest

from event_mentions import dated_pairs


@pytest.mark.parametrize("text", [
    "ونظمت الهيئة العامة للسياحة بعد الحفل ندوة عن التراث في جدة أمس.",
    "وأقامت الهيئة العامة للسياحة قبل المؤتمر معرضا للحرف اليدوية في جدة أمس.",
])
def test_an_event_after_a_word_of_time_is_not_organised(nlp, text):
    assert not any(o.startswith(("الحفل", "المؤتمر")) for _, o in dated_pairs(nlp, text, "ORGANIZED"))


def test_the_object_right_after_a_timed_event_is_organised(nlp):
    text = "ونظمت الهيئة العامة للسياحة بعد الحفل ندوة عن التراث في جدة أمس."
    assert dated_pairs(nlp, text, "ORGANIZED") == {("الهيئة العامة للسياحة", "ندوة")}


def test_the_object_after_no_word_of_time_is_organised(nlp):
    text = "ونظمت الهيئة العامة للسياحة ندوة عن التراث في جدة أمس."
    assert dated_pairs(nlp, text, "ORGANIZED") == {("الهيئة العامة للسياحة", "ندوة")}


def test_patronage_after_an_event_is_that_events(nlp):
    text = ("وأكد الوزراء الحاجة إلى حل سياسي من خلال مؤتمر الرياض تحت رعاية مجلس التعاون لدول الخليج العربية "
            "ومفاوضات تشرف عليها الأمم المتحدة.")
    assert {o for _, o in dated_pairs(nlp, text, "ORGANIZED")} == {"مؤتمر الرياض"}


def test_a_place_after_the_attended_event_is_not_who_attended(nlp):
    text = "وحضر الوزير اجتماع مجلس إدارة الشركة في كوريا الجنوبية أمس."
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_the_subject_after_the_attended_event_attends_it(nlp):
    text = "وحضر الاجتماع في الرياض أمس وزير الخارجية السعودي عادل الجبير."
    assert ("عادل الجبير", "الاجتماع في الرياض") in dated_pairs(nlp, text, "ATTENDED")
