"""Relations, tested on sentences written for these tests: a second relative clause joined by و takes the
antecedent of the first only when it repeats its pronoun (التي … والتي), so "والتي" after a ندوة is the ندوة's even
past an earlier "والذي" of another event; an actor before a complementizer is no subject of an attendance verb after
it (… الرئيس X بعد أن شارك في …)."""
from event_mentions import dated_pairs


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
