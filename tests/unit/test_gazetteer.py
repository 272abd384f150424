"""athar_gazetteer on sentences written for these tests: states, capitals, places, organisations."""
from __future__ import annotations

import pytest

from athar.extract import lexicon
import athar.extract.components  # noqa: F401  (registers the factories)
from athar.extract.doc_ext import mention_start, place_of, state_of


@pytest.fixture(scope="module")
def nlp(gazetteer_nlp):
    return gazetteer_nlp


def run(nlp, text, meta=None):
    doc = nlp.make_doc(text)
    doc._.meta = meta or {}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def ents(doc):
    """(label, key, text without attached particles) of every span."""
    return [(e.label_, e._.key, doc.text[mention_start(e):e.end_char]) for e in doc.ents]


def keys(doc, label=None):
    return [e._.key for e in doc.ents if label is None or e.label_ == label]


# ---------------------------------------------------------------- states
def test_attached_particles_do_not_hide_a_state(nlp):
    doc = run(nlp, "وقّع الوفد اتفاقاً والمغرب يرحب، وقدم الدعم للمغرب وبالمملكة المغربية.")
    assert ents(doc) == [("STATE", "MA", "المغرب"), ("STATE", "MA", "للمغرب"), ("STATE", "MA", "المملكة المغربية")]
    assert [e._.value["form"] for e in doc.ents] == ["name", "name", "name"]


def test_spelling_variants_diacritics_and_tatweel(nlp):
    doc = run(nlp, "زار أمريكا ثم اميركا، وتحدث عن فَرَنْسا ومصـــر والسعوديه.")
    assert keys(doc) == ["US", "US", "FR", "EG", "SA"]


def test_longest_name_wins(nlp):
    doc = run(nlp, "أعلنت المملكة العربية السعودية والولايات المتحدة الأمريكية عن اتفاق.")
    assert ents(doc) == [("STATE", "SA", "المملكة العربية السعودية"),
                         ("STATE", "US", "الولايات المتحدة الأمريكية")]


def test_demonyms_in_all_forms(nlp):
    doc = run(nlp, "التقى الوزير الفرنسي بالسفيرة القطرية بحضور الأميركان والمواطنين الأتراك.")
    assert keys(doc) == ["FR", "QA", "US", "TR"]
    assert {e._.value["form"] for e in doc.ents} == {"demonym"}


def test_state_entity_is_registered_with_its_canonical_name(nlp):
    doc = run(nlp, "وصل وفد من اليابان.")
    entity = doc._.entities["JP"]
    assert entity["type"] == "State" and entity["props"] == {"iso2": "JP"}
    assert entity["name"] == lexicon.load("states")["states"]["JP"]["name"]
    assert entity["name_en"] == "Japan"


def test_a_demonym_after_a_first_name_is_a_family_name(nlp):
    doc = run(nlp, "وصرح محمد المصري للصحفيين بأن الموقف المصري ثابت.")
    assert [(e.text, e._.key) for e in doc.ents] == [("المصري", "EG")]
    assert doc.ents[0].start == 6


# ---------------------------------------------------------------- capitals
@pytest.mark.parametrize("text, key, city", [
    ("رفضت واشنطن الاقتراح الأخير.", "US", "place:washington"),
    ("الدوحة تؤكد دعمها للمبادرة.", "QA", "place:doha"),
    ("وقالت أنقرة إنها لن تتراجع.", "TR", "place:ankara"),
])
def test_capital_standing_for_its_government(nlp, text, key, city):
    doc = run(nlp, text)
    (span,) = doc.ents
    assert span.label_ == "STATE" and span._.key == key and state_of(span) == key
    assert span._.value["form"] == "capital" and span._.value["place"] == city
    assert place_of(span)[1:] == (city, key)


@pytest.mark.parametrize("text, place, state", [
    ("عقد الاجتماع في باريس يوم الخميس.", "place:paris", "FR"),
    ("افتتح المعرض بمدينة جدة.", "place:jeddah", "SA"),
    ("يقيم السفير في العاصمة الرياض منذ عامين.", "place:riyadh", "SA"),
    ("غادر الوفد القاهرة مساء أمس.", "place:cairo", "EG"),
    ("نظمت الجمعية معرضا في إسطنبول.", "place:istanbul", "TR"),
])
def test_city_as_location(nlp, text, place, state):
    doc = run(nlp, text)
    span = next(e for e in doc.ents if e._.key == place)
    assert span.label_ == "LOC"
    assert place_of(span)[1:] == (place, state)
    assert doc._.entities[place]["type"] == "Place"


def test_capitals_coordinated_between_governments(nlp):
    doc = run(nlp, "تحسنت العلاقات بين الرياض وواشنطن هذا العام.")
    assert [(e._.key, e._.value["form"]) for e in doc.ents] == [("SA", "capital"), ("US", "capital")]


def test_state_named_like_its_capital_is_the_state(nlp):
    doc = run(nlp, "أعلنت الكويت والجزائر موقفهما، واجتمع الوزراء في مدينة الكويت.")
    assert ents(doc)[:2] == [("STATE", "KW", "الكويت"), ("STATE", "DZ", "الجزائر")]
    assert ents(doc)[2] == ("LOC", "place:kuwait-city", "مدينة الكويت")


def test_oman_or_amman(nlp):
    oman = run(nlp, "وقعت عمان اتفاقية مع الهند.")
    assert keys(oman) == ["OM", "IN"]
    amman = run(nlp, "وصل العاهل الأردني إلى عمان قادما من لندن.")
    assert ents(amman)[:2] == [("STATE", "JO", "الأردني"), ("LOC", "place:amman", "عمان")]
    shadda = run(nlp, "وفي عمّان عقد اللقاء.")
    assert keys(shadda) == ["place:amman"]
    sultanate = run(nlp, "قال مسؤول في سلطنة عمان إن العمانيين في عمان يرحبون.")
    assert keys(sultanate) == ["OM", "OM", "OM"]
    listed = run(nlp, "شاركت الأردن والكويت وعمان في البطولة.")
    assert keys(listed) == ["JO", "KW", "OM"]


def test_tripoli_follows_the_state_of_the_document(nlp):
    assert keys(run(nlp, "اشتباكات في طرابلس الليلة."), "LOC") == ["place:tripoli"]
    doc = run(nlp, "قال الجيش اللبناني إن اشتباكات وقعت في طرابلس.")
    assert keys(doc, "LOC") == ["place:tripoli-lebanon"]
    assert place_of(doc.ents[-1])[2] == "LB"


# ---------------------------------------------------------------- المملكة
def test_the_kingdom_is_the_kingdom_the_document_talks_about(nlp):
    doc = run(nlp, "استقبل ملك الأردن الوفد. وتسعى المملكة الأردنية إلى التعاون، وأكدت المملكة التزامها.")
    assert keys(doc) == ["JO", "JO", "JO"]


def test_the_kingdom_falls_back_on_the_source_state(nlp):
    text = "وأكدت المملكة دعمها للجهود الدولية."
    assert keys(run(nlp, text, {"source": "okaz"})) == ["SA"]
    assert keys(run(nlp, text, {"url": "https://www.example.ma/article/1"})) == ["MA"]
    assert keys(run(nlp, text)) == []
    assert keys(run(nlp, text, {"source": "ahram"})) == []   # Egypt is no kingdom


# ---------------------------------------------------------------- organisations
def test_listed_organisations_with_particles_and_prefixes(nlp):
    doc = run(nlp, "حذر المسؤول من تمويل لداعش وتنظيم القاعدة، وطالب بدعم للأمم المتحدة.")
    assert ents(doc) == [("ORG", "org:isis", "داعش"), ("ORG", "org:al-qaeda", "تنظيم القاعدة"),
                         ("ORG", "org:un", "للأمم المتحدة")]
    assert doc._.entities["org:isis"]["props"]["kind"] == "terrorist_group"
    assert doc._.entities["org:isis"]["name_en"].startswith("Islamic State")


def test_embedded_state_stays_inside_the_organisation(nlp):
    doc = run(nlp, "اجتمع مجلس التعاون الخليجي ثم مجلس الأمن الدولي.")
    assert ents(doc) == [("ORG", "org:gcc", "مجلس التعاون الخليجي"),
                         ("ORG", "org:un-security-council", "مجلس الأمن الدولي")]
    assert doc._.entities["org:un-security-council"]["props"]["seat"] == "place:new-york"
    assert doc._.entities["org:gcc"]["props"]["seat"] == "place:riyadh"


def test_unlisted_organisation_from_its_head_noun(nlp):
    doc = run(nlp, "وأصدرت وزارة الخارجية المغربية بيانا، ورحبت هيئة مكافحة الفساد بالقرار.")
    ministry, authority = doc.ents
    assert (ministry.label_, ministry.text) == ("ORG", "وزارة الخارجية المغربية")
    assert doc._.entities[ministry._.key]["props"] == {"kind": "ministry", "state": "MA"}
    assert (authority.label_, authority.text) == ("ORG", "هيئة مكافحة الفساد")
    assert doc._.entities[authority._.key]["props"] == {"kind": "government_body"}
    again = run(nlp, "وقالت وزارة خارجية المغرب إن الموقف ثابت.")
    assert keys(again) == [ministry._.key]


def test_organisation_name_stops_before_a_title(nlp):
    doc = run(nlp, "قال المتحدث باسم وزارة الداخلية اللواء سعيد إن التحقيق مستمر.")
    assert [e.text for e in doc.ents] == ["وزارة الداخلية"]


@pytest.mark.parametrize("text", [
    "اجتمع مجلس الإدارة أمس لمناقشة الميزانية.",
    "دعت الشركة إلى جمعية عمومية غير عادية.",
    "تولت لجنة التحكيم اختيار الفائزين.",
    "شكل فريق لجنة لدراسة الموضوع.",
])
def test_common_phrases_after_a_head_noun_are_no_organisation(nlp, text):
    assert keys(run(nlp, text), "ORG") == []


def test_ambiguous_organisation_names_need_context(nlp):
    assert keys(run(nlp, "استقبل الجمهور الفريق بحماس كبير.")) == []
    assert keys(run(nlp, "قصفت الطائرات القاعدة العسكرية.")) == []
    doc = run(nlp, "أعلنت حركة حماس موقفها، وقال مسؤول في حماس إن الرد قريب.")
    assert keys(doc) == ["org:hamas", "org:hamas"]


# ---------------------------------------------------------------- words that only look like names
@pytest.mark.parametrize("text", [
    "قدمت الحكومة دعم مالي كبير للمزارعين.",
    "اجتمع الأهالي بعد صلاة المغرب في المسجد.",
    "عاد الشاعر إلى مسقط رأسه بعد غياب.",
    "نشر الموقع صور الحادث.",
    "يدرس الطلاب اللغة الإنجليزية.",
])
def test_words_that_only_look_like_names(nlp, text):
    assert keys(run(nlp, text), "STATE") + keys(run(nlp, text), "LOC") == []


def test_ambiguous_state_name_after_a_locative(nlp):
    doc = run(nlp, "تدهور الوضع الأمني في مالي خلال الأسبوع.")
    assert ents(doc) == [("STATE", "ML", "مالي")]


def test_place_named_like_a_common_word_needs_a_place_word(nlp):
    assert keys(run(nlp, "وصل الجيش إلى مدينة صور الساحلية.")) == ["place:tyre"]
    assert keys(run(nlp, "نشرت الوكالة صور الاجتماع.")) == []


# ---------------------------------------------------------------- well-known organisations (issue 15)
@pytest.mark.parametrize("text, key", [
    ("وافق البنك الأفريقي للتنمية على قرض جديد.", "org:afdb"),
    ("اجتمع قادة دول بريكس في قمة سنوية.", "org:brics"),
    ("دعت منظمة إيقاد إلى وقف القتال.", "org:igad"),
    ("أعلن صندوق أوبك للتنمية الدولية عن منحة.", "org:ofid"),
    ("ناقشت مجموعة 5+1 الملف مع الوفد.", "org:p5-plus-1"),
    ("صوت الكونغرس على مشروع القانون.", "org:us-congress"),
])
def test_well_known_organisations(nlp, text, key):
    assert key in keys(run(nlp, text), "ORG")


@pytest.mark.parametrize("text, key", [
    ("أعلنت الخارجية الروسية أن الوفد سيصل غدا.", "org:وزاره-خارجيه@RU"),
    ("وقالت الخارجية الأمريكية إن الاتفاق مهم.", "org:us-state-department"),
    ("اشتبك الجيش السوداني مع المتمردين، وقالت القوات المسلحة السودانية إنها صدت الهجوم.", "org:جيش@SD"),
])
def test_a_state_body_named_by_its_short_form_and_demonym(nlp, text, key):
    assert key in keys(run(nlp, text), "ORG")


def test_a_title_with_a_demonym_makes_no_ministry(nlp):
    doc = run(nlp, "وقال وزير الخارجية الروسي إن الحل سياسي.")
    assert keys(doc, "ORG") == [] and keys(doc, "STATE") == ["RU"]


def test_shorter_names_of_an_organisation_the_document_names_in_full(nlp):
    doc = run(nlp, "أصدرت وزارة الزراعة البرازيلية بيانا. وقالت وزارة الزراعة إن الصادرات زادت. "
                   "وأعلنت منظمة التجارة العالمية الاتفاق، وقالت منظمة التجارة إنه مهم.")
    assert keys(doc, "ORG") == ["org:وزاره-زراعه@BR"] * 2 + ["org:wto"] * 2


def test_a_ministry_without_its_state_is_one_node_per_article(nlp):
    one = run(nlp, "وقالت وزارة الخارجية إن الوزير سيسافر.", {"doc_id": "a"})
    two = run(nlp, "وقالت وزارة الخارجية إن الوزير سيسافر.", {"doc_id": "b"})
    assert keys(one, "ORG") != keys(two, "ORG")


def test_a_unit_word_before_a_listed_name_makes_another_organisation(nlp):
    doc = run(nlp, "تبنت كتائب حزب الله الهجوم، ونفى حزب الله أي علاقة.")
    assert keys(doc, "ORG") == ["org:كتايب-حزب-الله", "org:hezbollah"]


def test_an_unlisted_name_with_a_listed_acronym_after_it_is_that_organisation(nlp):
    doc = run(nlp, "قررت منظمة البلدان المنتجة للبترول «أوبك» خفض الإنتاج.")
    assert keys(doc, "ORG") == ["org:opec", "org:opec"]
