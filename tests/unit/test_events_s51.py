"""Meetings, tested on sentences written for these tests: persons listed one after the other after a meeting verb
("التقى الرئيس X، ونظيره Y") are whom its subject met, not a meeting of theirs; an event only wished for or one
someone stands ready to hold is told as to come; a time to come written after another event's trigger is that
event's, not that of a bare mention told again before it."""
from event_mentions import dated_events, dated_pairs


def test_persons_listed_after_a_meeting_verb_did_not_meet_each_other(nlp):
    text = ("وكان الوزير الفرنسي قد زار طهران أمس، والتقى الرئيس حسن روحاني، ووزير الخارجية محمد جواد ظريف، "
            "ومسؤولين آخرين.")
    assert not {s for s, _ in dated_pairs(nlp, text, "ATTENDED")} & {"حسن روحاني", "محمد جواد ظريف"}


def test_a_subject_and_an_object_after_a_meeting_verb_still_met(nlp):
    text = "والتقى الرئيس حسن روحاني نظيره التركي رجب طيب أردوغان في طهران أمس."
    assert {s for s, _ in dated_pairs(nlp, text, "ATTENDED")} == {"حسن روحاني", "رجب طيب أردوغان"}


def test_a_dialogue_only_wished_for_is_to_come(nlp):
    text = "ويكثر الحديث في كابول عن الرغبة في فتح حوار مع «طالبان» في أفغانستان."
    assert [e["props"].get("planned") for e in dated_events(nlp, text)] == [True]


def test_a_meeting_someone_stands_ready_to_hold_is_to_come(nlp):
    text = "وأبدى الرئيس الأفغاني استعداده لعقد لقاء مع «طالبان» في كابول."
    assert [e["props"].get("planned") for e in dated_events(nlp, text)] == [True]


def test_a_dialogue_held_is_not_to_come(nlp):
    text = "وعقدت الحكومة الأفغانية أمس حوارا مع «طالبان» في كابول."
    assert [e["props"].get("planned", False) for e in dated_events(nlp, text)] == [False]


def test_two_persons_meeting_are_not_an_earlier_meeting_of_the_same_city_that_names_no_one(nlp):
    text = ("ودعا الملك إلى اجتماع بين الجانبين في جدة. وفي الخامس من أغسطس التقى الشيخ جابر الأحمد الصباح "
            "بالملك فهد بن عبدالعزيز في جدة.")
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert not {e for _, e in attended} & {"اجتماع بين الجانبين"}
    assert ("جابر الأحمد الصباح", "لقاء جابر الأحمد الصباح وفهد بن عبد العزيز") in attended


def test_a_time_to_come_after_another_event_is_not_the_told_again_ones(nlp):
    text = ("عقد المجلس التنفيذي لهيئة كبار المشجعين اجتماعاً بمركز الأمير فيصل برئاسة رئيس النادي. وقد ناقش المجلس "
            "في بداية الاجتماع الترتيبات الخاصة باجتماع هيئة كبار المشجعين المقرر عقده مساء السبت المقبل.")
    planned = {e["name"]: bool(e["props"].get("planned")) for e in dated_events(nlp, text)}
    assert planned.get("اجتماع بمركز الأمير فيصل") is False
