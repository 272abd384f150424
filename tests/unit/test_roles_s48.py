"""Roles, tested on sentences written for these tests: the head of a unit inside an organisation (رئيس قسم
…، مدير دائرة …) belongs to the organisation named after the unit, before or after his name."""
import pytest

from event_mentions import dated_pairs


@pytest.mark.parametrize("text, person, org", [
    ("وقال جون سميث، رئيس قسم التأمين البحري بشركة «ويليس» للوساطة: «تعاملنا مع السوق».", "جون سميث", "ويليس"),
    ("وقال مدير دائرة الأبحاث في البنك الدولي بيتر مارتن إن النمو تراجع.", "بيتر مارتن", "البنك الدولي"),
    ("وقال بيتر مارتن رئيس شعبة السكان في الأمم المتحدة إن المواليد تراجعوا.", "بيتر مارتن", "الأمم المتحدة"),
])
def test_the_head_of_a_unit_belongs_to_its_organisation(nlp, text, person, org):
    assert (person, org) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_unit_with_no_organisation_after_it_gives_none(nlp):
    text = "وقال رئيس قسم الجراحة الدكتور خالد العتيبي إن المريض بخير."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()


def test_the_principal_named_after_an_envoys_title_is_no_envoy_and_no_attendee(nlp):
    text = ("وعدت الدول المنضوية في التحالف الدولي اثر اجتماع في كندا الخميس بتقديم مساعدات جديدة. وشارك في "
            "الاجتماع خصوصا الجنرال الاميركي جون آلن المبعوث الخاص للرئيس باراك اوباما، ووزير الخارجية العراقي "
            "ابراهيم الجعفري.")
    attendees = {person for person, _ in dated_pairs(nlp, text, "ATTENDED")}
    assert {"جون آلن", "ابراهيم الجعفري"} <= attendees
    assert not any("اوباما" in person for person in attendees)


@pytest.mark.parametrize("text, person, end", [
    ("وقال المبعوث الخاص للرئيس الأمريكي مايكل راتني إن الحل سياسي.", "مايكل راتني", "الولايات المتحدة"),
    ("وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا ستافان دي ميستورا إن الحل سياسي.",
     "ستافان دي ميستورا", "الأمم المتحدة"),
])
def test_an_envoy_named_after_his_full_title_is_the_envoy(nlp, text, person, end):
    assert (person, end) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_counterpart_after_a_name_is_the_other_party(nlp):
    text = "التقى وزير الخارجية عادل الجبير نظيره الأمريكي جون كيري في الدوحة أمس."
    assert ("جون كيري", "لقاء عادل الجبير وجون كيري") in dated_pairs(nlp, text, "ATTENDED")
