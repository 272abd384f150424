"""Events, facts and names, tested on sentences written for these tests."""
import pytest

from event_mentions import dated_names, dated_pairs


# -- names and titles ---------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("وحضر الحفل العقيد سالم الحربي الملحق العسكري السعودي في القاهرة.", "سالم الحربي"),
    ("والتقى الوفد بالعميد عمر يوسف ملحق الدفاع بالسفارة.", "عمر يوسف"),
])
def test_an_attache_is_a_title_not_a_family_name(nlp, text, person):
    assert dated_names(nlp, text, "Person") == {person}


def test_an_attache_is_of_his_state(nlp):
    text = "وقال الملحق الثقافي السعودي في لندن الدكتور فهد الزهراني إن الطلاب بخير."
    assert ("فهد الزهراني", "المملكة العربية السعودية") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_complementizer_ends_a_committee_read_from_a_common_noun(nlp):
    text = "وأوضح أن النتائج مطمئنة للجنة وأن التصويت سيجري في موعده."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_verb_of_mourning_is_no_first_name(nlp):
    text = "الوسط الرياضي نعى الشمري بكلمات مؤثرة عبر مواقع التواصل."
    assert not any(name.startswith("نعى") for name in dated_names(nlp, text, "Person"))


def test_a_secretary_of_a_council_is_no_part_of_his_name(nlp):
    text = "وقال سالم آل زيد أمين مجلس شباب المنطقة إن البرامج متنوعة."
    assert dated_names(nlp, text, "Person") == {"سالم آل زيد"}


def test_a_first_name_amin_is_still_a_name(nlp):
    text = "وقال محمد أمين إن القرار صائب."
    assert dated_names(nlp, text, "Person") == {"محمد أمين"}


def test_van_is_still_part_of_a_dutch_name(nlp):
    text = "وصدم المدرب الهولندي لويس فان غال أنصار ناديه."
    assert dated_names(nlp, text, "Person") == {"لويس فان غال"}


def test_a_team_camp_in_a_country_is_no_rank_of_that_country(nlp):
    text = "وكرم المشرف على معسكر الفريق بإسبانيا خالد العنزي اللاعبين المتميزين."
    assert ("خالد العنزي", "إسبانيا") not in dated_pairs(nlp, text, "AFFILIATED_WITH")
