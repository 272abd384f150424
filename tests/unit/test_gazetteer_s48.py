"""Organisations, tested on sentences written for these tests: a definite short name (مجلس الوزراء) is not the
longer name whose same word goes on without the article (مجلس وزراء الإعلام العرب), while a shorter name of
the same chain (اللجنة الفنية الثلاثية) is still the longer one; a social network where something is posted is
the platform, not the company."""
import pytest

from event_mentions import dated_doc, dated_pairs


def test_the_cabinet_is_not_the_council_of_arab_information_ministers(nlp):
    text = "ورحب مجلس الوزراء بنتائج اجتماع مجلس وزراء الإعلام العرب في القاهرة أمس."
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert attended and all(body == "مجلس وزراء الإعلام العرب" for body, _ in attended)


def test_a_shorter_name_of_the_same_committee_is_that_committee(nlp):
    text = ("وعقدت اللجنة الوطنية الفنية الثلاثية لسد النهضة اجتماعها في الخرطوم أمس. وقالت اللجنة الفنية "
            "الثلاثية إن الاجتماع كان مثمرا.")
    bodies = {body for body, _ in dated_pairs(nlp, text, "ATTENDED")}
    assert "اللجنة الفنية الثلاثية" not in bodies


def _orgs(nlp, text):
    return {e.text for e in dated_doc(nlp, text).ents if e.label_ == "ORG"}


@pytest.mark.parametrize("text", [
    "وكتب الوزير على «تويتر» أن الوضع مستقر.",
    "وقدم مرور الرياض نصحه عبر حسابه في \"تويتر\" إلى رواد الطرق.",
    "ويظهر أشخاص في مقطع فيديو عبر موقع يوتيوب واقفين أمام الأهرامات.",
    "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك.",
])
def test_a_social_network_where_something_is_posted_is_no_organisation(nlp, text):
    assert not _orgs(nlp, text) & {"تويتر", "فيسبوك", "يوتيوب"}


def test_the_company_that_acts_is_still_an_organisation(nlp):
    assert "تويتر" in _orgs(nlp, "وقالت شركة تويتر إنها أغلقت آلاف الحسابات.")


@pytest.mark.parametrize("text", [
    'ووصف البيت الأبيض حزب العمال الكردستاني بأنه منظمة "إرهابية".',
    "وأعلنت الوزارة إغلاق شركة «سياحية» في مكة لمخالفتها الأنظمة.",
])
def test_a_quoted_adjective_after_a_bodys_head_is_no_name(nlp, text):
    assert not _orgs(nlp, text) & {"إرهابية", "سياحية", "منظمة إرهابية", "شركة سياحية"}


def test_a_quoted_definite_name_after_a_head_is_still_a_name(nlp):
    assert _orgs(nlp, "وأعلنت شركة «التعاونية» للتأمين أرباحها.")
