"""Name boundaries and junk (athar_ner + athar_persons, extract/names.py) on sentences written for these tests."""
from __future__ import annotations

import pytest

import athar.extract.components  # noqa: F401  (registers the factories)
from athar.extract.doc_ext import mention_start


@pytest.fixture(scope="module")
def nlp(persons_nlp):
    return persons_nlp


def names(doc) -> list[str]:
    return [doc.text[mention_start(e):e.end_char] for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("استقبل المسؤول نظيره الأميركي جون كيري في العاصمة.", "جون كيري"),
    ("ألقى الدكتور نبيل العربي كلمة في الافتتاح.", "نبيل العربي"),
    ("وصل الرئيس بشار الأسد إلى القاعة صباحا.", "بشار الأسد"),
])
def test_a_family_name_that_is_also_a_common_word_stays_with_its_first_name(nlp, text, name):
    assert name in names(nlp(text))


def test_a_family_name_stops_at_a_stop_word(nlp):
    assert "الأمير محمد خلال" not in " ".join(names(nlp("تحدث الأمير محمد خلال اللقاء عن التعاون.")))


def test_a_short_name_after_ka_is_no_preposition(nlp):
    doc = nlp("وقال السيناتور الأميركي بوب كوكر إن المفاوضات صعبة.")
    assert doc[[t.text for t in doc].index("كوكر")]._.clitic == 0


@pytest.mark.parametrize("text, name", [
    ("أعلن الرئيس فرنسوا هولاند سيقطع إجازته لحضور الحفل.", "فرنسوا هولاند"),        # a future verb ends a name
    ("وأكد المتحدث أن الحوثيين وأنصار علي عبد الله صالح يواصلون القتال.", "علي عبد الله صالح"),
])
def test_name_boundaries(nlp, text, name):
    assert name in names(nlp(text))


def test_a_surname_the_document_uses_alone_after_a_verb_of_speech_joins_the_name(nlp):
    doc = nlp("التقى الوزير عبد القادر مساهل وفدا من المستثمرين. وقال مساهل إن الحوار مستمر.")
    assert "عبد القادر مساهل" in names(doc)


def test_a_city_name_after_a_first_name_is_the_surname_when_used_alone_as_a_speaker(nlp):
    doc = nlp("وصل المبعوث برناردينو ليون إلى تونس أمس. وأضاف ليون أن الاتفاق قريب.")
    assert "برناردينو ليون" in names(doc)


@pytest.mark.parametrize("text, word", [
    ("وأعلن الوزير تدشين المشروع الجديد في المنطقة.", "تدشين"),
    ("وأبدى الفريق قناعته بأهمية الاتفاق.", "قناعته"),
])
def test_a_noun_after_a_title_is_no_name(nlp, text, word):
    assert word not in names(nlp(text))


@pytest.mark.parametrize("text, name", [
    ("لأوفيد علي شريف العمادي", "علي شريف العمادي"),      # a preposition written onto a word opens no name
    ("حينذاك معمر القذافي", "معمر القذافي"),              # nor does a word that is no first name before one
    ("نصح آدم زوبين", "آدم زوبين"),
])
def test_the_recognisers_names_lose_words_before_the_first_name(nlp, text, name):
    doc = nlp(text)
    span = nlp.get_pipe("athar_ner").clean(doc[0:len(doc)], set())
    assert span is not None and span.text == name


def test_a_blessing_formula_after_a_title_is_no_name(nlp):
    assert names(nlp("وجه خادم الحرمين الشريفين -حفظه الله- بتقديم المساعدة.")) == []


def test_the_kunyas_case_forms_are_one_person(nlp):
    doc = nlp("وقال أبو عمر الشيشاني في تسجيل إن التنظيم باق. وكان أبي عمر قد ظهر في الرقة.")
    keys = {e._.key for e in doc.ents if e.label_ == "PERSON"}
    assert keys == {"person:ابو_عمر_الشيشاني"}


def test_a_name_ending_on_a_first_name_takes_the_family_name_after_it(nlp):
    assert "محمد سالم الهاجري" in names(nlp("وقال المدير محمد سالم الهاجري إن الشركة ستتوسع."))


def test_a_compound_first_name_alone_is_nobody_but_a_kunya_is_a_name(nlp):
    assert names(nlp("وقال عبد الله إن الوضع هادئ.")) == []
    assert "أبو عبيدة" in names(nlp("وقال القيادي أبو عبيدة إن الوضع هادئ."))


def test_a_latin_word_is_no_person(nlp):
    assert names(nlp("وقالت شركة Zain إن أرباحها زادت.")) == []


@pytest.mark.parametrize("text, name", [
    ("وقام المعارض للزعيم الليبي حينذاك معمر القذافي بمقاطعة حليفه.", "معمر القذافي"),
])
def test_an_adverb_between_a_title_and_a_name_is_not_part_of_it(nlp, text, name):
    assert names(nlp(text)) == [name]


@pytest.mark.parametrize("text", [
    "أصدر رئيس اللجنة الإشرافية لسوق الكتاب قرارا بتشكيل فريق.",
    "ورفع المواطنون التهنئة لمقام خادم الحرمين الشريفين يحفظه الله على التوسعة.",
])
def test_adjectives_and_blessings_after_a_title_are_no_names(nlp, text):
    assert names(nlp(text)) == []
