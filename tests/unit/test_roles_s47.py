"""Roles, tested on sentences written for these tests: «كبير» + a definite plural of a profession (كبير
الاقتصاديين، كبير المفاوضين) is a title, whose body or state follows it; a profession takes the field adjective
after it (الخبير الاقتصادي، المحللة المالية) and still reaches the organisation after في; a family name shaped
like a nisba (الشمري) is no such adjective."""
import pytest

from event_mentions import dated_names, dated_pairs


@pytest.mark.parametrize("text, person, end", [
    ("وقال كبير الاقتصاديين في البنك الأهلي التجاري فهد الراشد إن الأسعار سترتفع.", "فهد الراشد", "البنك الأهلي التجاري"),
    ("وقالت سارة جونسون كبيرة الاقتصاديين في البنك الأهلي التجاري إن الأسعار سترتفع.", "سارة جونسون", "البنك الأهلي التجاري"),
    ("وأكد كبير المفاوضين الإيرانيين عباس عراقجي أن المحادثات ستستأنف.", "عباس عراقجي", "إيران"),
    ("وقال كبير مستشاري الرئيس الفرنسي جان دوبوا إن الزيارة ستتم.", "جان دوبوا", "فرنسا"),
])
def test_a_chief_of_a_profession_is_a_title(nlp, text, person, end):
    assert (person, end) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_the_chief_title_is_no_part_of_the_name(nlp):
    text = "وقال جون ميلر كبير المحللين في صندوق النقد الدولي إن النمو سيتباطأ."
    assert "جون ميلر" in dated_names(nlp, text, "Person")
    assert ("جون ميلر", "صندوق النقد الدولي") in dated_pairs(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text, person, org", [
    ("وقال خالد العمر، الخبير الاقتصادي في البنك الأهلي التجاري، إن الأسعار سترتفع.", "خالد العمر", "البنك الأهلي التجاري"),
    ("وقالت منى السالم، المحللة المالية في صندوق النقد الدولي، إن النمو سيتباطأ.", "منى السالم", "صندوق النقد الدولي"),
    ("وقال الباحث السياسي في منظمة العفو الدولية جون ميلر إن التقرير دقيق.", "جون ميلر", "منظمة العفو الدولية"),
])
def test_a_profession_takes_its_field_and_reaches_its_body(nlp, text, person, org):
    assert (person, org) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_nisba_family_name_after_a_profession_is_the_name(nlp):
    text = "وقال الكاتب الشمري في مقاله إن الحلول ممكنة."
    assert not dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_relative_pronoun_after_a_profession_is_no_field(nlp):
    text = "وعلى الصحفي الذي سأل الجبير أن يراجع التقارير."
    assert not any(n.startswith("سأل") for n in dated_names(nlp, text, "Person"))


@pytest.mark.parametrize("text, person, state", [
    ("وقال رئيس جمهورية مصر عبد الفتاح السيسي إن القناة جاهزة.", "عبد الفتاح السيسي", "مصر"),
    ("وبعث الملك برقية تهنئة للرئيس جون سميث رئيس جمهورية سنغافورة بمناسبة ذكرى الاستقلال.", "جون سميث", "سنغافورة"),
])
def test_president_of_the_republic_of_a_state_is_its_president(nlp, text, person, state):
    assert (person, state) in dated_pairs(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text, giver, recipient", [
    ("وأشاد الوزير بالمساعدات الإماراتية لليمن.", "الإمارات العربية المتحدة", "اليمن"),
    ("وأشاد الرئيس بالمنحة الكويتية لمصر.", "الكويت", "مصر"),
])
def test_a_word_with_a_preposition_right_after_a_bare_title_is_no_part_of_it(nlp, text, giver, recipient):
    assert (giver, recipient) in dated_pairs(nlp, text, "FUNDED")


def test_a_body_with_a_preposition_further_on_stays_in_the_role(nlp):
    text = "واستبعد رئيس لجنة المسابقات بالاتحاد السعودي لكرة القدم فهد الراشد أي تعديل في الجدول."
    assert ("فهد الراشد", "المملكة العربية السعودية") in dated_pairs(nlp, text, "AFFILIATED_WITH")
