"""Events, tested on sentences written for these tests: a title cue before a mention names it only when the
title closes right before it in the same clause (وتحت عنوان «…» انطلقت فعاليات المؤتمر), not when it names an
earlier thing of the sentence and a comma and other words stand between; a bare weekday after a verb in the future
in its clause (ستعقد … يوم الإثنين) is the one to come."""
import pytest

from event_mentions import dated_events


def test_a_title_of_an_earlier_thing_does_not_name_a_later_event(nlp):
    text = ("كما رعى الأمير محمد بن نايف التمرين التعبوي لقوات الطوارئ «صولة الحق»، تحت عنوان «جنود مخلصون "
            "للوطن»، وتم استعراض مهارات خريجي الدورة الأولى لمكافحة الإرهاب في الرياض.")
    assert all(e["props"].get("title") != "جنود مخلصون للوطن" and e["name"] != "جنود مخلصون للوطن"
               for e in dated_events(nlp, text))


def test_a_title_fronted_right_before_its_event_still_names_it(nlp):
    text = "وتحت عنوان «الشباب والمستقبل» انطلقت أمس فعاليات المؤتمر الوطني للشباب في الرياض."
    assert [e["props"].get("title") for e in dated_events(nlp, text)] == ["الشباب والمستقبل"]


@pytest.mark.parametrize("verb, date", [
    ("قالت البعثة الأممية إن المنظمة ستعقد", "2015-08-10"),
    ("وعقدت المنظمة", "2015-08-03"),
])
def test_a_weekday_after_a_verb_in_the_future_is_the_one_to_come(nlp, verb, date):
    text = f"{verb} جولة جديدة من محادثات السلام الليبية يوم الإثنين في جنيف."
    (talks,) = dated_events(nlp, text)
    assert talks["props"]["date"] == date
