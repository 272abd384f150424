"""Places and events from the fourth session of 5 December, each a rule of the language tested on sentences
written for these tests: a place inside what an event is about (after حول/عن) is its topic's, unless في or ب
introduces it as the setting."""
import pytest

from event_mentions import dated_countries as countries, dated_events as events


@pytest.mark.parametrize("text", [
    "ونظم النادي الأدبي ندوة حول تاريخ مدينة جدة القديمة.",
    "ونظم النادي الأدبي ندوة حول تاريخ جدة القديمة.",
    "وأقامت الجمعية محاضرة عن آثار مدينة العلا بحضور عدد من المهتمين.",
])
def test_a_place_the_topic_is_about_is_not_where_the_event_is(nlp, text):
    assert "SA" not in countries(nlp, text), countries(nlp, text)


@pytest.mark.parametrize("text", [
    "وعقدت ندوة حول الاستثمار بمدينة جدة أمس.",
    "وعقدت ندوة حول الاستثمار في مدينة جدة أمس.",
    "وانطلقت في الرياض أمس ندوة عن تاريخ مكة المكرمة.",
])
def test_a_setting_introduced_by_fi_or_bi_still_places_it(nlp, text):
    assert countries(nlp, text) == ["SA"]


def test_the_setting_after_a_topic_about_another_city(nlp):
    assert countries(nlp, "ونظمت الجامعة ندوة حول مستقبل ينبع بمدينة كولومبوس الأمريكية أمس.") == ["US"]


def names(nlp, text: str) -> list[str]:
    return [e["name"] for e in events(nlp, text)]


@pytest.mark.parametrize("text, name", [
    ("وأكد الأمير أن استضافة المملكة لأعمال الملتقى الأول لأمن الملاعب والمنشآت تأتي دعما للعمل المشترك.",
     "الملتقى الأول لأمن الملاعب والمنشآت"),
    ("وزار الطلاب أمس معرض الورد والعسل المقام في الطائف.", "معرض الورد والعسل"),
    ("وتنظم الغرفة الشهر المقبل المنتدى الخليجي الثاني للمعارض والمؤتمرات في الدمام.",
     "المنتدى الخليجي الثاني للمعارض والمؤتمرات"),
    ("وتستضيف الدوحة الأسبوع المقبل محادثات بين الحكومة والمعارضة السودانية.", "محادثات بين الحكومة والمعارضة السودانية"),
])
def test_a_coordinated_noun_stays_in_the_events_name(nlp, text, name):
    assert name in " ".join(names(nlp, text)), names(nlp, text)


@pytest.mark.parametrize("text, cut", [
    ("وحضر حفل التخرج والأمير فيصل بن خالد في الرياض أمس.", "والأمير"),
    ("وعقدت في جدة أمس لقاءات مع وزير الخارجية والكثير من المسؤولين.", "والكثير"),
    ("وعقد في الرياض أمس اجتماع الجمعية العمومية والاجتماع السنوي للمساهمين.", "والاجتماع"),
])
def test_a_person_a_quantity_or_another_event_after_wa_is_not_in_the_name(nlp, text, cut):
    assert not any(cut in n for n in names(nlp, text)), names(nlp, text)


def test_a_verb_of_holding_after_the_noun_opens_its_describing_clause(nlp):
    assert names(nlp, "ويشارك المختصون في ورشة عمل تعقد الشهر المقبل بجدة عن السوق العقاري.") == ["ورشة عمل"]


@pytest.mark.parametrize("text", [
    "وقدم المركز 2457 دورة عامة استفاد منها المتدربون في الأحساء.",
    "ويأتي ذلك ضمن التوسع في افتتاح العديد من مراكز الدفاع المدني في محافظة الطائف.",
    "وتم تدشين عدد من المشاريع البلدية في جدة أمس.",
    "وتنتشر اللوحات في شوارع القاهرة احتفالاً بتوسعة قناة السويس.",
])
def test_a_set_of_events_or_a_celebration_as_an_adverb_is_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وأقامت السفارة في الرياض احتفالاً بمناسبة العيد الوطني.",
    "وشهدت مدينة جدة أمس احتفالا بالعيد الوطني.",
])
def test_a_celebration_held_or_witnessed_is_an_event(nlp, text):
    assert countries(nlp, text) == ["SA"]


def test_a_definite_events_purpose_names_it(nlp):
    assert names(nlp, "وشارك الطبيب في المؤتمر الدولي لتشخيص أمراض القلب الذي أقيم بواشنطن أمس.") \
        == ["المؤتمر الدولي لتشخيص أمراض القلب"]


def test_an_indefinite_events_purpose_only_describes_it(nlp):
    assert names(nlp, "وسينظم مؤتمر لمتابعة نتائج الحملة في أستراليا العام المقبل.")[0].split()[0] == "مؤتمر"


def test_a_partys_short_title_stays_in_the_meetings_name(nlp):
    found = names(nlp, "وعقد الأمير في مكتبه بجدة اليوم اجتماعاً ثنائياً مع معالي وزير الدفاع الأمريكي اشتون كارتر.")
    assert found == ["اجتماع ثنائي مع معالي وزير الدفاع الأمريكي اشتون كارتر"], found


def test_an_honorific_after_a_closed_name_is_its_subjects(nlp):
    for text in ("وترأس الجلسة الأولى الدكتور علي فايز الجحني أمس في مدينة الطائف.",
                 "وترأس الجلسة الافتتاحية للملتقى الدكتور علي الجحني أمس في الطائف."):
        found = names(nlp, text)
        assert found and not any("الدكتور" in n for n in found), found


def test_a_meeting_a_relative_clause_holds_is_not_the_talks_told_after_it(nlp):
    text = ("وانتقد عدم دعوة حكومته لحضور الاجتماع الذي عقده أوباما بأديس أبابا وحضره رؤساء كينيا وأوغندا. "
            "وتترقب الأوساط جلسة المباحثات المقبلة التي ستعقد بإثيوبيا في 17 من أغسطس الجاري.")
    found = {e["name"]: e["props"] for e in events(nlp, text)}
    assert len(found) == 2 and all(p.get("country") == "ET" for p in found.values()), found


@pytest.mark.parametrize("text, country", [
    ("وأعلنت الغرفة في جدة عن مشاركتها في المعرض الذي يقام في دبي الشهر المقبل.", "AE"),
    ("وأعلنت الغرفة في جدة عن مشاركتها في المعرض المقام بدبي الشهر المقبل.", "AE"),
    ("وقال مسؤول الغرفة في جدة إن الوفد سيشارك في منتدى إكسبو الذي سيعقد في الصين في الأول من سبتمبر.", "CN"),
    ("وسيشارك القادة في قمة مماثلة عقدت في العاصمة الإثيوبية أديس أبابا قبل أيام.", "ET"),
])
def test_the_place_of_the_clause_that_holds_it_comes_first(nlp, text, country):
    assert countries(nlp, text) == [country]


@pytest.mark.parametrize("text", [
    "وأكد أن اجتماعات عدة قد عقدت في أبها لاستشراف الشكل.",
    "وذكر أن مهرجان التمور ببريدة يأتي على قمة هذه المهرجانات بالقصيم.",
])
def test_meetings_counted_after_or_the_top_of_something_are_no_event(nlp, text):
    assert events(nlp, text) == []


def test_multilateral_talks_are_an_event(nlp):
    assert countries(nlp, "وسبق لسلطنة عمان أن استضافت محادثات متعددة الأطراف في مسقط في مايو الماضي.") == ["OM"]


def test_a_relative_clause_after_a_participants_name_tells_of_him_not_of_the_talks(nlp):
    [talks] = events(nlp, "تبدأ اليوم في موسكو المباحثات بين سيرغي لافروف وزير الخارجية الروسية ونظيره السعودي "
                          "عادل الجبير الذي وصل أمس.")
    assert talks["props"].get("planned") is True, talks["props"]


def test_a_sitting_where_a_court_rules_is_a_hearing(nlp):
    assert events(nlp, "وذكرت الشركة أن محكمة الاستئناف في دبي أصدرت حكما قطعيا في جلسة بتاريخ 15-07-2015 "
                       "بإلزامها بدفع المبلغ.") == []


def test_a_participle_of_preparation_ends_the_name(nlp):
    assert names(nlp, "وتلا ذلك الحفل الخطابي المعد بهذه المناسبة في الطائف بتلاوة آيات من القرآن.") == ["الحفل الخطابي"]


@pytest.mark.parametrize("text", [
    "وفي هافانا، ليس من المقرر إقامة أي احتفال يوم الاثنين.",
    "وأنهت اللجنة المحلية للانتخابات البلدية في الدورة الثالثة بمحافظة جدة تركيب لوحات مراكز قيد الناخبين.",
])
def test_any_celebration_or_an_electoral_cycle_is_no_event(nlp, text):
    assert events(nlp, text) == []


def test_a_denied_meeting_with_its_parties_is_still_an_event(nlp):
    assert events(nlp, "ونفى الكرملين أي لقاء بين بوتين وسليماني في موسكو.")


def test_a_second_act_after_the_party_is_not_in_the_name(nlp):
    assert names(nlp, "ويجب الدخول في الحوار مع إيران والتفاعل مع مبادرتها في الرياض.") == ["الحوار مع إيران"]


@pytest.mark.parametrize("text, name", [
    ("وعقد الوزير في مكتبه بجدة، اجتماعاً مع وكلاء الوزارة ومديري الإدارات.", "اجتماع مع وكلاء الوزارة"),
    ("وشارك في الحفل لأول مرة نجل الملك فاروق في جنيف.", "الحفل"),
    ("وتنطلق الدورة القادمة لبرنامج الخريجين المكثف مع بداية العام التدريبي في الأحساء.",
     "الدورة القادمة لبرنامج الخريجين المكثف"),
])
def test_a_plural_of_wakil_a_first_time_and_a_time_after_maa(nlp, text, name):
    assert names(nlp, text) == [name]


def test_a_region_after_an_offices_department_is_the_offices(nlp):
    assert countries(nlp, "وحضر الحفل، الذي أقيم في أحد قصور الأفراح، مدير جوازات منطقة نجران العميد سعد الجهني.") \
        in ([], [None])


def test_a_hall_in_a_region_still_places_the_event(nlp):
    assert countries(nlp, "وأقيم الحفل في قاعة منطقة الرياض أمس.") == ["SA"]
