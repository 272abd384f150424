"""Modality of events told as held, under way or scheduled, and precision classes of issue 14 (a denied charge of
financing, a state and the other members of a closed organisation, a committee chaired inside an event, a derby
called «قمة», a call on someone that is no invitation), on sentences written for these tests."""
import pytest


def facts(nlp, text: str, predicate: str) -> list[tuple]:
    doc = nlp(text)
    return [(f["subject"], f["object"], f["negated"], f["modality"]) for f in doc._.facts if f["predicate"] == predicate]


def modality(nlp, text: str, predicate: str, end: str) -> set[str]:
    return {f[3] for f in facts(nlp, text, predicate) if end in f[:2]}


# --- an event's tense is that of its own clause -------------------------------------------------------------------

def test_a_future_word_of_a_later_clause_leaves_a_held_event_asserted(nlp):
    assert modality(nlp, "وأشاد الوزير بدور الإمارات في المؤتمر الدولي الذي عقد في مدينة جدة، مشيرا إلى أهمية "
                         "الخطوات المقبلة.", "HELD_IN", "SA") == {"asserted"}


def test_a_summit_its_relative_clause_tells_held_is_not_planned(nlp):
    assert modality(nlp, "وأقرت القمة العربية التي عقدت في مدينة الدوحة يومي 28 و29 مارس الماضي المشروع، سعيا "
                         "لتقديمه إلى المجلس خلال شهر يناير المقبل.", "HELD_IN", "QA") == {"asserted"}


def test_an_event_under_way_is_asserted(nlp):
    text = "ويشارك وزير الخارجية الأردني ناصر جودة في المؤتمر الذي يعقد حاليا في مدينة جنيف السويسرية."
    assert modality(nlp, text, "HELD_IN", "CH") == {"asserted"}
    assert {f[3] for f in facts(nlp, text, "ATTENDED")} == {"asserted"}


def test_a_present_verb_of_holding_with_today_tells_a_scheduled_event(nlp):
    assert modality(nlp, "يغيب الرئيس الفرنسي عن القمة الثلاثية التي تنعقد اليوم في مدينة نيروبي الكينية.",
                    "HELD_IN", "KE") == {"planned"}
    text = "تبدأ اليوم في مدينة القاهرة المباحثات بين وزير الخارجية الأردني ناصر جودة ونظيره المصري سامح شكري."
    assert modality(nlp, text, "HELD_IN", "EG") == {"planned"}
    assert {f[3] for f in facts(nlp, text, "ATTENDED")} == {"planned"}


def test_talks_that_will_begin_tomorrow_are_planned(nlp):
    assert modality(nlp, "وأفادت المصادر بأن المحادثات مع وفد المعارضة ستبدأ في مدينة جنيف غدا الأربعاء.",
                    "HELD_IN", "CH") == {"planned"}


def test_future_words_before_the_event_or_in_its_describing_clause_still_count(nlp):
    assert modality(nlp, "تستضيف الرياض، الشهر المقبل، القمة العربية الطارئة.", "HELD_IN", "SA") == {"planned"}
    assert modality(nlp, "وذكرت الوكالة أن المؤتمر الدولي، الذي سيعقد في مدينة مراكش، سيحضره ممثلون عن 80 دولة.",
                    "HELD_IN", "MA") == {"planned"}


def test_what_someone_is_expected_to_attend_is_planned(nlp):
    text = "ويتوقع أن يشارك وزير الخارجية السعودي عادل الجبير في مؤتمر جنيف حول سوريا."
    assert {f[3] for f in facts(nlp, text, "ATTENDED")} == {"planned"}


def test_what_someone_was_supposed_to_attend_is_planned_not_asserted(nlp):
    text = "وكان من المفترض أن يشارك وزير الخارجية الإيراني محمد جواد ظريف في مؤتمر دول الجوار في أنقرة."
    assert {f[3] for f in facts(nlp, text, "ATTENDED")} == {"planned"}


def test_a_future_verb_of_another_clause_or_a_verbal_noun_of_holding_do_not_set_the_tense(nlp):
    assert modality(nlp, "أعلن وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ قريبا بمحاربة تنظيم داعش في شمال "
                         "سوريا، خلال لقاء مع نظيره الأميركي جون كيري في ماليزيا.", "HELD_IN", "MY") == {"asserted"}
    assert modality(nlp, "أعلن عضو اللجنة التنفيذية لمنظمة التحرير عن عقد اجتماع طارئ لوزراء الخارجية العرب برئاسة "
                         "مصر، في القاهرة يوم الخامس من أغسطس المقبل.", "HELD_IN", "EG") == {"planned"}


# --- a denied charge of financing funds nobody --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ورفض الرئيس التركي رجب طيب أردوغان اتهامات روسيا لتركيا بتمويل تنظيم داعش.",
    "ونفت الحكومة التركية اتهامات موسكو لأنقرة بتمويل تنظيم داعش.",
])
def test_a_rejected_charge_of_financing_makes_no_funding(nlp, text):
    assert facts(nlp, text, "FUNDED") == []


def test_a_charge_still_funds_as_reported(nlp):
    assert facts(nlp, "واتهمت روسيا تركيا بتمويل تنظيم داعش.", "FUNDED") == [("TR", "org:isis", False, "reported")]


# --- a state and the states of an organisation --------------------------------------------------------------------

def test_a_state_beside_the_states_of_a_closed_organisation_is_a_member_only_if_one_of_them(nlp):
    assert facts(nlp, "وأشاد الوزير بدور المغرب ودول مجلس التعاون لدول الخليج العربية في دعم الاستقرار.",
                 "MEMBER_OF") == []
    assert facts(nlp, "وأشاد الوزير بدور الولايات المتحدة وباقي دول مجلس التعاون في دعم الاستقرار.", "MEMBER_OF") == []
    assert facts(nlp, "وأشاد الوزير بدور تركيا ودول الجامعة العربية في دعم الاستقرار.", "MEMBER_OF") == []
    assert [f[:2] for f in facts(nlp, "وأشاد الوزير بدور المغرب ودول الجامعة العربية في دعم الاستقرار.",
                                 "MEMBER_OF")] == [("MA", "org:arab-league")]


def test_no_state_is_a_member_of_another_states_embassy(nlp):
    assert facts(nlp, "وشارك في الحفل سفير خادم الحرمين الشريفين لدى الأردن وأعضاء السفارة السعودية في عمان.",
                 "MEMBER_OF") == []


# --- a committee chaired inside an event ----------------------------------------------------------------------------

def test_who_chairs_a_committee_of_an_event_does_not_chair_the_event(nlp):
    assert facts(nlp, "وترأس الدكتور خالد العتيبي لجنة الاستئناف في المؤتمر الدولي للتحكيم الرياضي في مدينة جدة.",
                 "CHAIRED") == []
    assert facts(nlp, "وترأس رئيس الوزراء المصري إبراهيم محلب اجتماع مجلس الوزراء في القاهرة أمس.", "CHAIRED")


# --- a derby is no summit -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتقام قمة الدوري السعودي بين الأهلي والاتحاد على ملعب الجوهرة في مدينة جدة.",
    "ويلتقي الهلال والنصر مساء اليوم في قمة الجولة العاشرة في مدينة الرياض.",
])
def test_the_top_match_of_a_league_or_round_is_no_event(nlp, text):
    assert not nlp(text).spans["events"]


# --- a call on someone is no invitation -------------------------------------------------------------------------------

def test_calling_on_a_state_to_stop_is_no_invitation(nlp):
    assert facts(nlp, "ودعا المتحدث باسم الرئاسة إسرائيل للتوقف فورا عن الاستيطان خلال المؤتمر الدولي للسلام في "
                      "باريس.", "INVITED") == []
    assert [f[0] for f in facts(nlp, "ودعت فرنسا تركيا للمشاركة في المؤتمر الدولي للسلام في باريس.", "INVITED")] == ["TR"]


def test_the_adjective_of_an_invitation_names_who_invites(nlp):
    got = facts(nlp, "ويعقد مؤتمر موسكو للحوار السوري غدا بناء على دعوة روسية للائتلاف الوطني السوري.", "INVITED")
    assert "RU" not in {f[0] for f in got}
