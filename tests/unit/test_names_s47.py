"""Names, tested on sentences written for these tests: common women's first names of the Gulf and the Levant
open a name, also before a family name shaped like a nisba (شذى المغربي is a person, not Morocco)."""
import pytest

from event_mentions import dated_names, dated_pairs


@pytest.mark.parametrize("text, person", [
    ("وقالت شذى المغربي، المتحدثة باسم الجمعية، إن التبرعات ازدادت.", "شذى المغربي"),
    ("واستهل الفريق تحضيراته بإشراف مناف أبو شقير مدير الكرة.", "مناف أبو شقير"),
    ("وقالت نوف العصيمي إن الأجنحة اكتملت.", "نوف العصيمي"),
    ("وتشارك في المعرض عفاف الدوسري وسوسن القحطاني.", "سوسن القحطاني"),
])
def test_a_common_first_name_opens_the_name(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


def test_a_spokeswoman_whose_family_name_is_a_nisba_speaks_for_her_body(nlp):
    text = "وكانت المتحدثة باسم برنامج الأغذية العالمي في الأردن شذى المغربي، أعلنت أن البرنامج خفض القسائم."
    assert ("شذى المغربي", "برنامج الأغذية العالمي") in dated_pairs(nlp, text, "AFFILIATED_WITH")
    assert "المغرب" not in dated_names(nlp, text, "State")


@pytest.mark.parametrize("text, person", [
    ("وكان ميخائيل بوغدانوف قد أشار إلى أن موسكو تستأنف اتصالاتها.", "ميخائيل بوغدانوف"),
    ("وكان ميخائيل بوغدانوف أشار إلى أن موسكو تستأنف اتصالاتها.", "ميخائيل بوغدانوف"),
    ("وكانت ماريا دوشين، العاملة في اللجنة، قد تحدثت عن الاحتياجات.", "ماريا دوشين"),
])
def test_a_name_opened_by_a_first_name_after_kana_is_the_subject(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


@pytest.mark.parametrize("text", [
    "وكانت وجبات التوصيل قد اختفت تقريبا من المدينة.",
    "وكانت اختيارات اللجنة، منذ البدء، متنوعة.",
])
def test_words_after_kana_that_no_first_name_opens_are_no_name(nlp, text):
    assert dated_names(nlp, text, "Person") == set()


@pytest.mark.parametrize("text", [
    "وكان الموكب في طريقه الى الثكنة العسكرية في بلدية طارق بن زياد في ولاية عين الدفلى.",
    "ووصل الوزير إلى قاعدة الملك عبدالعزيز الجوية بالظهران.",
])
def test_a_municipality_or_a_base_named_after_a_person_is_no_person(nlp, text):
    assert dated_names(nlp, text, "Person") == set()


def test_a_word_for_wife_after_a_first_name_is_no_family_name(nlp):
    text = "وكان من بين الحضور الملكة رانيا قرينة العاهل الأردني والرئيس الفرنسي."
    assert not any("قرينة" in n for n in dated_names(nlp, text, "Person"))
