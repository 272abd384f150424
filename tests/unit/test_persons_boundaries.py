"""Name boundaries of athar_persons on sentences written for these tests: a verb or a possessed noun after
a name, a verb read as a name, a list joined by "و", a title's abbreviation written onto the name."""
from __future__ import annotations

import pytest

import athar.extract.components  # noqa: F401  (registers the factories)
from athar.extract.doc_ext import mention_start
from athar.extract.tokenizer import add_rules


@pytest.fixture(scope="module")
def nlp(persons_nlp):
    return persons_nlp


def names(doc):
    """Every PERSON span as written (without attached particles)."""
    return [doc.text[mention_start(e):e.end_char] for e in doc.ents if e.label_ == "PERSON"]


def keys(doc):
    return sorted(e._.key for e in doc.ents if e.label_ == "PERSON")


def test_a_noun_with_a_possessive_pronoun_ends_the_name(nlp):
    doc = nlp("وينتظر أن يعلن رئيس الحكومة الأردني هاني الملقي قراره من المشاركة في القمة.")
    assert names(doc) == ["هاني الملقي"]
    doc = nlp("ويحسم وزير الخارجية الكويتي صباح الخالد موقفه من الدعوة اليوم.")
    assert names(doc) == ["صباح الخالد"]


def test_a_name_ending_in_a_written_ha_or_ta_marbuta_stays_whole(nlp):
    doc = nlp("وقال رئيس مجلس النواب اللبناني نبيه بري إن الجلسة مؤجلة.")
    assert names(doc) == ["نبيه بري"]
    doc = nlp("وأكد وزير العمل عادل فقيه أن القرار نهائي.")
    assert names(doc) == ["عادل فقيه"]
    doc = nlp("وقال المدرب أسامة سلامة إن الفريق جاهز.")
    assert names(doc) == ["أسامة سلامة"]


def test_a_future_verb_after_fa_is_no_family_name(nlp):
    doc = nlp("وردا على ما كتبه الدكتور ماجد الشهري فسأبدأ من آخر ما قاله.")
    assert names(doc) == ["ماجد الشهري"]


def test_no_name_begins_after_a_particle_that_only_a_verb_follows(nlp):
    assert names(nlp("ولم نطلق حملة مضادة حتى الآن، ولن نقبل بأقل من ذلك.")) == []
    assert names(nlp("وبعد الاعتقال يتم تعصيب عينيه ثم ينقل إلى سجن آخر.")) == []


def test_a_name_does_not_run_over_wa_into_the_next_full_name(nlp):
    doc = nlp("وضمت القائمة المهاجم البرازيلي جواو فيليبي وماركوس ألونسو والحارس الإسباني.")
    assert "person:جواو_فيليبي" in keys(doc)
    assert not [k for k in keys(doc) if "ماركوس" in k and "جواو" in k]


def test_a_name_with_a_given_name_that_begins_with_wa_stays_whole(nlp):
    doc = nlp("وقال محمد وليد الحسن إن الاجتماع انتهى.")
    assert names(doc) == ["محمد وليد الحسن"]


def test_the_abbreviation_of_doctor_written_onto_the_name(persons_nlp):
    nlp = add_rules(persons_nlp)
    doc = nlp("وألقى خطبة الجمعة د.خالد عبد الرحمن الغامدي في الجامع الكبير.")
    assert names(doc) == ["خالد عبد الرحمن الغامدي"]


def test_a_noun_in_the_indefinite_accusative_is_no_name(nlp):
    doc = nlp("وقدم الفريق عرضا جنونيا للاعب الشاب، ووصف المدرب اللاعب فيصل القرني بأنه يملك نجوما شبابا.")
    assert "جنونيا" not in " ".join(names(doc)) and "نجوما" not in " ".join(names(doc))
    doc = nlp("وقالت المديرة ماريا غونزاليس إن المعرض يفتتح غدا.")
    assert names(doc) == ["ماريا غونزاليس"]


def test_a_name_after_a_word_for_a_place_or_business_names_the_place(nlp):
    assert names(nlp("ونقل المصاب إلى مستشفى الملك فهد في المدينة حيث يتلقى العلاج.")) == []
    assert names(nlp("وتقام المباراة النهائية على ملعب «ميخائيل ميسخي» في العاصمة.")) == []
    assert names(nlp("وأعلنت شركة خالد سعيد الحربي وأولاده عن توسعة مصنعها.")) == []


def test_a_name_after_by_way_of_is_a_person(nlp):
    assert names(nlp("وتم التواصل مع الأسرة عن طريق الدكتور محمد الشهري مدير المكتب.")) == ["محمد الشهري"]


def test_a_name_goes_on_over_al_and_bin(nlp):
    doc = nlp("وتضم القائمة: العريف سعد موسى علي آل حامد الشهري.")
    assert names(doc) == ["سعد موسى علي آل حامد الشهري"]


def test_words_of_the_language_without_a_title_are_no_name(nlp):
    assert names(nlp("وأوضح قيادي ميداني أن القوات تقدمت نحو المدينة.")) == []
    assert names(nlp("وارتفعت الأسهم في وول ستريت أمس بعد إعلان النتائج.")) == []


def test_words_of_the_language_after_a_title_are_a_name(nlp):
    doc = nlp("وقال رئيس الوزراء الفلسطيني السابق سلام فياض إن الوضع صعب.")
    assert names(doc) == ["سلام فياض"]


def test_a_noun_with_ta_marbuta_and_a_possessive_pronoun_ends_the_name(nlp):
    doc = nlp("وأشاد الأمير خالد الفيصل بحكمته في إدارة الأزمة.")
    assert names(doc) == ["خالد الفيصل"]


def test_al_before_a_title_word_is_a_family_name(nlp):
    doc = nlp("وأكد سماحة المفتي الشيخ عبدالعزيز بن عبدالله آل الشيخ أن الفتوى واضحة.")
    assert names(doc) == ["عبدالعزيز بن عبدالله آل الشيخ"]


def test_a_word_said_again_after_a_title_is_no_name(nlp):
    assert names(nlp("ولا أنصحه أن يقول كما قال ذاك الرئيس خيانة خيانة خيانة.")) == []


def test_a_word_with_a_dash_written_onto_it_does_not_end_a_name_after_al(nlp):
    doc = nlp("سعيد آل مانع- الرياض: أعلن وكيل الوزارة المهندس فهد الشمري أن الطريق جاهز.")
    assert not [n for n in names(doc) if n.endswith("-")]


def test_a_recognised_name_ends_before_a_word_with_a_preposition_written_onto_it(nlp):
    doc = nlp("وفي الشوط الثاني دخل المهاجم سيرجيو غوميز بمنصور الحربي ثم سجل هدفا.")
    start = next(t.i for t in doc if t.text == "سيرجيو")
    span = nlp.get_pipe("athar_ner").clean(doc[start:start + 4], {t.norm_ for t in doc})
    assert span.text == "سيرجيو غوميز"


@pytest.mark.parametrize("text, name", [
    ("وسيجري الرئيس بخاري محادثات مع الرئيس بول بيا فور وصوله إلى ياوندي.", "بول بيا"),
])
def test_an_adverb_of_time_ends_the_name(nlp, text, name):
    assert names(nlp(text)) == [name]


def test_a_verb_of_two_ends_the_name(nlp):
    doc = nlp("وأكدت الرئاسة أن الرئيسين السيسي والبشير سيعقدان قمة منفصلة على هامش الاحتفال.")
    assert not any("سيعقدان" in n for n in names(doc))


@pytest.mark.parametrize("text, name", [
    ("وتأتي زيارة ولي ولي العهد الأمير محمد بن سلمان ولقاؤه بالرئيس عبد الفتاح السيسي في إطار التنسيق.", "محمد بن سلمان"),
])
def test_a_possessed_noun_with_its_hamza_on_a_seat_ends_a_name(nlp, text, name):
    assert name in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_past_plural_of_a_derived_verb_after_a_title_is_no_name(nlp):
    doc = nlp("وقال سكان إن المقاتلين المؤيدين للرئيس اليمني استعادوا السيطرة على عشر قرى.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


def test_a_particle_after_a_name_is_no_part_of_it(nlp):
    assert names(nlp("وأما الكاتبة غادة السمان فقد واجهت النقد بصمت.")) == ["غادة السمان"]
    assert names(nlp("ووقفت الممثلة سعاد حسني كمن ينتظر الحكم.")) == ["سعاد حسني"]


def test_a_mayors_title_after_a_name_is_no_part_of_it(nlp):
    # «أمين» is a first name too; «أمين منطقة/محافظة» is a municipality's head
    assert names(nlp("وقال الدكتور خالد بن عبدالقادر طاهر أمين منطقة المدينة المنورة إن المشروع اكتمل.")) == [
        "خالد بن عبدالقادر طاهر"]
    assert names(nlp("وقال محمد أمين الخبير في الشؤون الاقتصادية إن السوق تراجع.")) == ["محمد أمين"]
