"""Organisations, tested on sentences written for these tests: a bilateral body's name goes on over a region's
adjective after a state's («مجلس الأعمال الروسي العربي») and its key holds the other party, so the Saudi-Japanese
and the Saudi-British councils are two bodies; a verbal noun followed by its adjective still takes its object with
its preposition («لجنة الإشراف الفني على المستشفيات»); well-known foreign newspapers are listed («الديلي تلغراف»,
«ديلي ميل»), a name that is also a surname only after its prefix («وكالة بلومبرغ», not «مايكل بلومبرغ»); a
magazine's name after «مجلة» is an organisation."""
from event_mentions import dated_entities, dated_names


def test_a_joint_body_goes_on_over_a_regions_adjective(nlp):
    text = "وقال رئيس مجلس الأعمال الصيني العربي إن حجم التبادل التجاري ارتفع."
    assert dated_names(nlp, text, "Organization") == {"مجلس الأعمال الصيني العربي"}


def test_joint_bodies_with_different_partners_are_different_bodies(nlp):
    one = dated_entities(nlp, "وعقد مجلس الأعمال السعودي الياباني اجتماعه في طوكيو.", "Organization")
    two = dated_entities(nlp, "وعقد مجلس الأعمال السعودي البريطاني اجتماعه في لندن.", "Organization")
    assert one[0]["key"] != two[0]["key"]


def test_a_verbal_noun_with_its_adjective_takes_its_object(nlp):
    text = "وتتولى لجنة الإشراف الفني على المستشفيات متابعة الخدمات."
    assert dated_names(nlp, text, "Organization") == {"لجنة الإشراف الفني على المستشفيات"}


def test_well_known_foreign_newspapers_are_named_whole(nlp):
    text = "ونشرت صحيفة الديلي تلغراف البريطانية تقريرا عن الهجرة."
    assert dated_names(nlp, text, "Organization") == {"ديلي تلغراف"}
    text = "وذكرت صحيفة الديلي ميل أن اللاعب سينتقل إلى ناد جديد."
    assert dated_names(nlp, text, "Organization") == {"ديلي ميل"}


def test_a_medias_name_that_is_a_surname_needs_its_prefix(nlp):
    assert dated_names(nlp, "ونقلت وكالة بلومبيرغ عن مصادر مطلعة أن الصفقة أنجزت.", "Organization") == {"بلومبرغ"}
    assert dated_names(nlp, "وقال الملياردير مايكل بلومبرغ إنه لن يترشح.", "Organization") == set()


def test_a_magazines_name_is_an_organisation(nlp):
    text = "وذكرت مجلة «فوكوس» الألمانية أن المفاوضات متعثرة."
    assert "فوكوس" in dated_names(nlp, text, "Organization")
