"""Relations, tested on sentences written for these tests: a second relative clause joined by و takes the
antecedent of the first only when it repeats its pronoun (التي … والتي), so "والتي" after a ندوة is the ندوة's even
past an earlier "والذي" of another event; an actor before a complementizer is no subject of an attendance verb after
it (… الرئيس X بعد أن شارك في …); who is ready or able to give (استعداد قطر لتقديم …) would give, planned, not
who says so."""
import pytest

from event_mentions import dated_doc, dated_pairs


def test_a_relative_clause_with_another_pronoun_takes_the_nearest_event(nlp):
    text = ("وتبدأ الفعاليات صباح الغد بلقاء «تجارب الكتاب» والذي سيستمر ساعتين بمشاركة الدكتور سامي العتيبي، "
            "وفي المساء تحتضن الخيمة الثقافية ندوة «الشعر العربي في إسبانيا»، والتي يشارك فيها الدكتور "
            "كريستيان لوشون.")
    pairs = dated_pairs(nlp, text, "ATTENDED")
    assert ("كريستيان لوشون", "الشعر العربي في إسبانيا") in pairs
    assert ("كريستيان لوشون", "تجارب الكتاب") not in pairs


def test_a_second_relative_clause_with_the_same_pronoun_takes_the_first_antecedent(nlp):
    text = ("وعقدت لقاءات الدوحة التي جرت على هامش اجتماعات وزراء خارجية دول الخليج، والتي شارك فيها وزير "
            "الخارجية الأمريكي جون كيري.")
    assert ("جون كيري", "لقاءات الدوحة") in dated_pairs(nlp, text, "ATTENDED")


def test_the_noun_before_a_complementizer_is_no_subject_of_the_verb_after_it(nlp):
    text = "وعقد كيري اجتماعا مع الرئيس عبد الفتاح السيسي بعد أن شارك في المؤتمر الاقتصادي بشرم الشيخ."
    assert ("عبد الفتاح السيسي", "المؤتمر الاقتصادي بشرم الشيخ") not in dated_pairs(nlp, text, "ATTENDED")


def test_a_subject_right_before_its_attendance_verb_still_attends(nlp):
    text = "وأعلنت الرئاسة أن الرئيس عبد الفتاح السيسي سيشارك في القمة العربية بشرم الشيخ."
    assert ("عبد الفتاح السيسي", "القمة العربية بشرم الشيخ") in dated_pairs(nlp, text, "ATTENDED")


@pytest.mark.parametrize("text, giver", [
    ("وأكد الوزير خالد الفالح استعداد قطر لتقديم مساعدات مالية لليمن.", "قطر"),
    ("وأكد الدكتور أمين علي مدير الشركة قدرة الكويت على تقديم مساعدات لليمن.", "الكويت"),
])
def test_who_is_ready_to_give_would_give_not_who_says_so(nlp, text, giver):
    doc = dated_doc(nlp, text)
    names = {k: e["name"] for k, e in doc._.entities.items()}
    funded = {(names[f["subject"]], f["modality"]) for f in doc._.facts if f["predicate"] == "FUNDED"}
    assert funded == {(giver, "planned")}


def test_a_gift_given_is_still_asserted(nlp):
    doc = dated_doc(nlp, "وقدمت قطر مساعدات لليمن بقيمة 50 مليون دولار.")
    assert {f["modality"] for f in doc._.facts if f["predicate"] == "FUNDED"} == {"asserted"}
