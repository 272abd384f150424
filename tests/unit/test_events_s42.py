"""Events in the dev set's classes of duplicates, fixed as rules of the language and tested on sentences written for
these tests: a verb with its object pronoun after an indefinite trigger opens a relative clause, no part of the
event's name ("ندوة تنظمها الغرفة"، "اجتماع تسوده روح التفاهم") unless it names a sponsor ("ترعاه الأمم المتحدة"); a gathering named by its city alone ("اجتماع
عمّان"، "الاجتماع الأخير بعمّان") is the gathering of the document held in that city, but "قمة مماثلة" held there
is another."""
import pytest

from event_mentions import dated_events, dated_pairs


@pytest.mark.parametrize("text", [
    "وتعقد غدا في جدة ندوة تنظمها الغرفة التجارية حول الاستثمار.",
    "وتبدأ في الرياض الأحد المقبل ورشة عمل تقدمها نخبة من المدربين.",
])
def test_a_verb_with_its_object_ends_the_name(nlp, text):
    assert not any("تنظمها" in e["name"] or "تقدمها" in e["name"] for e in dated_events(nlp, text))


def test_a_relative_clause_naming_a_sponsor_stays_in_the_name(nlp):
    text = "ووقع الطرفان في الرباط الشهر الماضي اتفاق سلام ترعاه الأمم المتحدة."
    assert any("ترعاه الأمم المتحدة" in e["name"] for e in dated_events(nlp, text))


def test_a_meeting_only_wished_for_is_no_event(nlp):
    assert dated_events(nlp, "وأعرب الوزير عن أمله في اجتماع تسوده روح التفاهم بين الأطراف.") == []


@pytest.mark.parametrize("text", [
    "عقدت في عمّان يوم الأحد الجولة الخامسة للمفاوضات على مستوى الخبراء. "
    "وأوضح الوزير أن الاجتماع الأخير بعمّان حقق تقدما.",
    "عقدت في عمّان يوم الأحد الجولة الخامسة للمفاوضات على مستوى الخبراء. "
    "وأوضح الوزير أن الأطراف ناقشوا في اجتماعات عمّان تقاسم المياه.",
])
def test_a_gathering_named_by_its_city_is_the_one_held_there(nlp, text):
    found = dated_events(nlp, text)
    assert len(found) == 1, [e["name"] for e in found]


def test_a_similar_summit_in_that_city_is_another(nlp):
    text = ("عقدت في عمّان يوم الأحد الجولة الخامسة من مفاوضات اللجنة الفنية المشتركة بين الأردن وسوريا. "
            "وكانت قمة مماثلة عقدت في عمّان العام الماضي.")
    assert len(dated_events(nlp, text)) == 2


@pytest.mark.parametrize("text", [
    "وقال المدير خلال افتتاح الورشة التدريبية إن الفضل في تنظيمها يعود إلى جمعية رعاية المكفوفين بالرياض.",
    "أعلن رئيس النادي الأدبي بالباحة في جلسة مجلس الإدارة أمس عن موعد الملتقى.",
    "وقال رئيس الغرفة التجارية في جدة خلال المؤتمر إن الخطة جاهزة.",
    "واستقبل ولي العهد نائب رئيس الوزراء لشؤون مجلس الوزراء بدولة الكويت وعقدا اجتماعا.",
])
def test_where_a_body_is_is_not_where_the_event_is(nlp, text):
    assert dated_pairs(nlp, text, "HELD_IN") == set()


@pytest.mark.parametrize("text", [
    "عقد الاجتماع في جمعية الثقافة والفنون بالرياض أمس.",
    "وعقد مجلس التعاون اجتماعه في الرياض أمس.",
    "وعقد رئيس الهيئة العامة للسياحة في الرياض اجتماعا مع المستثمرين.",
])
def test_a_venue_body_and_its_city_place_the_event(nlp, text):
    assert {o for _, o in dated_pairs(nlp, text, "HELD_IN")} == {"SA"}


def test_a_gathering_clause_tells_which_meeting(nlp):
    text = ("وقال المصدر إن اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره الروسي في الدوحة كان مثمرا. "
            "وستعقد لقاءات أخرى في موسكو الشهر المقبل.")
    assert sorted(e["props"].get("city") for e in dated_events(nlp, text)) == ["الدوحة", "موسكو"]


@pytest.mark.parametrize("text", [
    "وانتهت أمس في الرياض المفاوضات مع مدرب المنتخب الأول.",
    "ونظمت الجمعية أمس في جدة ورشة عمل لطالبات النادي الخامس.",
])
def test_a_masculine_ordinal_after_a_feminine_trigger_is_no_edition(nlp, text):
    assert all(e["props"].get("edition") is None for e in dated_events(nlp, text))


@pytest.mark.parametrize("text, key", [
    ("وقال الوزير إن بلاده ملتزمة بمعاهدة الحد من الانتشار النووي.", "event:npt"),
    ("وأكد رؤساء الأركان التزامهم باتفاقية الدفاع العربي المشترك.", "event:arab-joint-defence-treaty"),
    ("ووقعت الدول الأوروبية معاهدة ماستريخت عام 1992.", "event:maastricht-treaty"),
])
def test_well_known_treaties_are_their_nodes(nlp, text, key):
    assert any(e["key"] == key for e in dated_events(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("وقال وزير الخارجية الأمريكي جون كيري خلال زيارته لجمهورية مصر العربية أمس إن العلاقات قوية.",
     "زيارة جون كيري لجمهورية مصر العربية"),
    ("وواصل الرئيس الأمريكي باراك أوباما زيارته إلى أديس أبابا أمس حيث أشاد بدور البلاد.",
     "زيارة باراك أوباما إلى أديس أبابا"),
])
def test_a_visit_is_named_by_its_whole_destination(nlp, text, name):
    assert name in {e["name"] for e in dated_events(nlp, text)}


@pytest.mark.parametrize("text", [
    "وتحول المنتزه إلى ملتقى عائلي كبير في الأحساء.",
    "فيما سيكون التوظيف عقب اجتياز الدورة في الرياض.",
])
def test_what_a_place_became_and_a_course_passed_are_no_events(nlp, text):
    assert dated_events(nlp, text) == []
