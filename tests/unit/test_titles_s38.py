"""Titles from the fourth session of 5 December, tested on sentences written for these tests: a title joined by و
right after a name is a second person's, not the title of the name before it."""
import pytest

from event_mentions import dated_facts


@pytest.mark.parametrize("text, wrong", [
    ("والتقى محمد العلي والسفير الأمريكي في جدة أمس.", ("AFFILIATED_WITH", "محمد العلي", "الولايات المتحدة")),
    ("ونزل في الفندق الزعيم المصري سعد زغلول والعاهل الأردني الملك حسين.", ("AFFILIATED_WITH", "سعد زغلول", "الأردن")),
    ("وقدّم التسوية الرئيس الفرنسي فرنسوا هولاند ورئيس الوزراء اليوناني ألكسيس تسيبراس.",
     ("AFFILIATED_WITH", "فرنسوا هولاند", "اليونان")),
])
def test_a_title_after_wa_is_not_the_name_befores(nlp, text, wrong):
    assert wrong not in dated_facts(nlp, text)


def test_the_title_after_wa_goes_to_the_name_after_it(nlp):
    assert ("AFFILIATED_WITH", "ناصر جودة", "الأردن") in dated_facts(
        nlp, "وقدّم التسوية الرئيس الفرنسي فرنسوا هولاند ووزير الخارجية الأردني ناصر جودة.")


def test_a_second_title_of_the_same_person_after_a_comma_still_counts(nlp):
    assert ("AFFILIATED_WITH", "عادل الجبير", "المملكة العربية السعودية") in dated_facts(
        nlp, "وقال عادل الجبير، وزير الخارجية السعودي والمتحدث باسم الوفد، إن الاجتماع مثمر.")


def test_a_name_after_wa_is_not_the_title_befores(nlp):
    facts = dated_facts(nlp, "وانطلقت في موسكو أمس المباحثات بمشاركة الكسندر نوفاك وزير الطاقة الروسي "
                             "وعبدالله البدري الأمين العام لمنظمة أوبك.")
    assert ("AFFILIATED_WITH", "عبدالله البدري", "روسيا") not in facts
    assert ("AFFILIATED_WITH", "الكسندر نوفاك", "روسيا") in facts


def test_who_comes_from_a_country_does_not_attend_for_it(nlp):
    facts = dated_facts(nlp, "وغاري رجل أعمال، الذي يحضر من الولايات المتحدة، ليحط في باريس في اجتماع عمل.")
    assert not any(f[0] == "ATTENDED" and f[1] == "الولايات المتحدة" for f in facts), facts


def test_who_prepares_a_conference_does_not_attend_it(nlp):
    facts = dated_facts(nlp, "والروس يعملون مع الوفد الدولي ودي ميستورا على التحضير لمؤتمر «جنيف - 3» في الخريف.")
    assert not any(f[0] == "ATTENDED" for f in facts), facts


def test_who_refuses_an_invitation_is_not_the_inviter(nlp):
    facts = dated_facts(nlp, "وبعد رفض الحوثيين وصالح دعوة المملكة للحوار في الرياض، استجابت المملكة لنداء الشعب.")
    assert not any(f[0] == "INVITED" and f[1] == "المملكة العربية السعودية" for f in facts), facts
