"""Relations, tested on sentences written for these tests: who joins an organisation is the subject of the
joining, not a place gone to before it; a relative clause of joining takes the actor it describes."""
import pytest

from event_mentions import dated_pairs


def test_a_place_gone_to_does_not_join(nlp):
    text = "ودرس الطالب الصيدلة ثم حاول الذهاب الى مالي وكان من الاوائل الذين انضموا الى داعش في ليبيا."
    assert ("مالي", "داعش") not in dated_pairs(nlp, text, "MEMBER_OF")


@pytest.mark.parametrize("text, member", [
    ("وقال إن كرواتيا، التي انضمت إلى حلف شمال الأطلسي عام 2009، سترسل جنودا.", "كرواتيا"),
    ("وأكد أن ألبانيا التي انضمت إلى حلف شمال الأطلسي سترسل جنودا.", "ألبانيا"),
    ("وكانت اليونان قد انضمت إلى الاتحاد الأوروبي عام 1981.", "اليونان"),
])
def test_the_joiner_is_the_subject_or_the_actor_a_relative_clause_describes(nlp, text, member):
    org = "الاتحاد الأوروبي" if "الاتحاد" in text else "حلف شمال الأطلسي"
    assert (member, org) in dated_pairs(nlp, text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "وحضر قادة العالم حفل افتتاح قناة السويس الجديدة، هذا الحدث العالمي الذي افتتحه الرئيس المصري عبد الفتاح السيسي.",
    "وحضر قادة العالم حفل افتتاح قناة السويس الجديدة الذي افتتحه الرئيس المصري عبد الفتاح السيسي.",
])
def test_who_opens_an_event_renamed_by_a_demonstrative_phrase_attends_it(nlp, text):
    assert ("عبد الفتاح السيسي", "افتتاح قناة السويس الجديدة") in dated_pairs(nlp, text, "ATTENDED")


def test_a_venue_named_after_its_city_does_not_make_the_state_host(nlp):
    text = 'وأكد رئيس الغرفة أن "معرض التوظيف 2015" الذي يحتضنه مركز شركة الدمام للمعارض لأربعة أيام يهدف إلى إتاحة الفرصة.'
    assert not dated_pairs(nlp, text, "HOSTED")


def test_a_city_that_hosts_makes_its_state_host(nlp):
    text = "ويشارك المنتخب في الدورة الأولمبية التي تستضيفها حاليا مدينة لوس أنجلوس الأمريكية."
    assert ("الولايات المتحدة", "الدورة الأولمبية") in dated_pairs(nlp, text, "HOSTED")


@pytest.mark.parametrize("text", [
    "وجرى النقاش أثناء اللقاء حول الأدوار التكاملية للشراكة التنموية مع وزارة الشؤون الاجتماعية حول برامج المشروع.",
    "وعقد الوزير لقاء حول الشراكة مع وزارة الشؤون الاجتماعية في الرياض أمس.",
])
def test_a_partner_of_the_topic_did_not_attend(nlp, text):
    assert not dated_pairs(nlp, text, "ATTENDED")


def test_a_partner_before_the_topic_attended(nlp):
    text = "وعقد الوزير لقاء مع وزارة الشؤون الاجتماعية حول الشراكة في الرياض أمس."
    assert {a for a, _ in dated_pairs(nlp, text, "ATTENDED")} == {"وزارة الشؤون الاجتماعية"}
