"""Names, tested on sentences written for these tests: the items of a list of names after «كل من» do not take the
common noun before each («الطالب»); a university's complement never names its students («للطالبة»), and a time
(«للربع الثاني») ends a company's name."""
from event_mentions import dated_names


def test_a_lists_items_leave_the_noun_before_them(nlp):
    text = "وفاز بالجوائز كل من الطالب فهد بن سالم القحطاني، والطالب ماجد بن علي الشهري في المسابقة."
    assert dated_names(nlp, text, "Person") == {"فهد بن سالم القحطاني", "ماجد بن علي الشهري"}


def test_a_universitys_students_do_not_name_it(nlp):
    text = "وتتيح جامعة جازان للطالبة اختيار التخصص بعد السنة التحضيرية."
    assert dated_names(nlp, text, "Organization") == {"جامعة جازان"}


def test_a_quarter_ends_a_companys_name(nlp):
    text = "وارتفعت أرباح شركة الخليج للبتروكيماويات للربع الثالث على التوالي."
    assert dated_names(nlp, text, "Organization") == {"شركة الخليج للبتروكيماويات"}
