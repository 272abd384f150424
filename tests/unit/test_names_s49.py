"""Names, tested on sentences written for these tests: a first name that opens another name (محمد ابن …, عبدالله
الفيصل) is no short form of a full name it ends; a definite plural participle (الموقوفون, المصابون) after a
list of names is what they are, not a family name."""
import pytest

from event_mentions import dated_mention_counts, dated_names


@pytest.mark.parametrize("text, person, word", [
    ("بينما يغيب عن الهلال سعود الحربي وماجد عيد وحسن الراهب الموقوفون من قبل لجنة الانضباط.", "حسن الراهب",
     "الموقوفون"),
    ("ويغيب عن النادي ماجد عيد وسالم البلوي المصابون في المباراة الماضية.", "سالم البلوي", "المصابون"),
])
def test_a_definite_plural_participle_ends_a_list_of_names(nlp, text, person, word):
    names = dated_names(nlp, text, "Person")
    assert person in names and not any(word in n for n in names)


@pytest.mark.parametrize("text, person", [
    ("وأكد رئيس النادي فهد السعدون أن العمل مستمر.", "فهد السعدون"),
    ("وقال الدكتور خالد المرهون إن الدراسة اكتملت.", "خالد المرهون"),
])
def test_short_family_names_in_un_still_join_the_name(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


@pytest.mark.parametrize("text, other", [
    ("وقال الكاتب باهر محمد إن القضية معقدة. وأفاد محمد ابن القاضي حسن فريد أن والده مريض.", "باهر محمد"),
    ("وأشاد النجم ماجد عبدالله بالفريق. وتقام المباراة على ملعب الأمير عبدالله الفيصل في جدة.", "ماجد عبدالله"),
    ("ولعب المدافع عبدالله عمر للفريق. وسجل المهاجم السوري عمر السومة هدفين.", "عبدالله عمر"),
])
def test_a_first_name_that_opens_another_name_is_not_a_short_form(nlp, text, other):
    assert dated_mention_counts(nlp, text)[other] == 1


def test_a_family_name_alone_still_stands_for_the_full_name(nlp):
    text = "التقى الرئيس الفلسطيني محمود عباس الوزير. وقال عباس إن الحل قريب، وأضاف عباس أن الحوار مستمر."
    assert dated_mention_counts(nlp, text)["محمود عباس"] == 3
