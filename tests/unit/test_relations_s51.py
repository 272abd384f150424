"""Attendance, tested on sentences written for these tests: the person after a verb of saying that follows an event
is who speaks, not who attends it ("هل سيحضر القمة؟ قال المندوب X «نعم»"); "دعوة X إلى الحوار" is X's call for a
dialogue as often as an invitation to one: no INVITED; a doubted participation is no asserted one."""
from event_mentions import dated_pairs


def test_who_answers_whether_someone_attends_does_not_attend(nlp):
    text = ("ولدى سؤاله عما إذا كان الرئيس سيحضر قمة التنمية في نيويورك قال نائب المندوب الدائم للسودان لدى "
            "الأمم المتحدة حسن حميد حسن «نعم».")
    assert "حسن حميد حسن" not in {s for s, _ in dated_pairs(nlp, text, "ATTENDED")}


def test_the_subject_after_the_event_still_attends(nlp):
    text = "وسيحضر قمة التنمية في نيويورك وزير الخارجية السوداني إبراهيم غندور."
    assert "إبراهيم غندور" in {s for s, _ in dated_pairs(nlp, text, "ATTENDED")}


def test_a_states_call_for_a_dialogue_is_no_invitation_to_it(nlp):
    text = ("ولا يعني الدخول في الحوار مع تركيا تقديم تنازلات. إن دعوة تركيا إلى الحوار التي جاءت أخيرا في مقال "
            "نشره وزير خارجيتها تبدو أكثر صراحة.")
    assert not dated_pairs(nlp, text, "INVITED")


def test_an_invitation_to_a_conference_is_still_one(nlp):
    text = "وانتقد الكاتب دعوة قطر للمشاركة في مؤتمر باريس لمكافحة تمويل الإرهاب."
    assert ("قطر", "مؤتمر باريس") in dated_pairs(nlp, text, "INVITED")


def test_a_doubted_participation_is_no_asserted_one(nlp):
    from event_mentions import dated_modalities
    text = "وباتت الشكوك تحيط بمشاركة حركة طالبان في مفاوضات السلام التي بدأت في مطلع يوليو في إسلام آباد."
    assert dated_modalities(nlp, text, "ATTENDED") == {"planned"}
