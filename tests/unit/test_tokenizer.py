"""athar's tokenizer rules on sentences written for these tests: punctuation scraped text writes between two words
without a space is a token of its own, while acronyms, a title's abbreviation and web addresses stay whole."""
import pytest

from athar.extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def tokenizer():
    return build_nlp().tokenizer


@pytest.mark.parametrize("text, tokens", [
    ("وصل الرئيس أردوغان.وفي المساء", ["وصل", "الرئيس", "أردوغان", ".", "وفي", "المساء"]),
    ("حضر اللواء خالد الحربي،وعدد من القادة", ["حضر", "اللواء", "خالد", "الحربي", "،", "وعدد", "من", "القادة"]),
    ("قال الوزير:«نعمل كل يوم»", ["قال", "الوزير", ":", "«", "نعمل", "كل", "يوم", "»"]),
    ("هل انتهت الأزمة؟ثم ماذا", ["هل", "انتهت", "الأزمة", "؟", "ثم", "ماذا"]),
    ("منها 18 مركزا نسائياً.وعقدت اللجنة", ["منها", "18", "مركزا", "نسائياً", ".", "وعقدت", "اللجنة"]),
])
def test_punctuation_between_words_is_split_off(tokenizer, text, tokens):
    assert [t.text for t in tokenizer(text)] == tokens


@pytest.mark.parametrize("text, token", [
    ("بثت شبكة سي.إن.إن التقرير", "سي.إن.إن"),
    ("وحضر ود.سعد الغامدي الحفل", "ود.سعد"),
    ("ينشر الخبر على www.spa.gov.sa اليوم", "www.spa.gov.sa"),
    ("بلغت المساحة 3.5 كيلومتر", "3.5"),
    ("في الساعة 10:30 صباحا", "10:30"),
])
def test_acronyms_abbreviations_addresses_and_numbers_stay_whole(tokenizer, text, token):
    assert token in [t.text for t in tokenizer(text)]


@pytest.mark.parametrize("text, tokens", [
    ("قال الشاعر يزيد بن معاويةقالت", ["قال", "الشاعر", "يزيد", "بن", "معاوية", "قالت"]),
    ("ذهب إلىالمدرسة", ["ذهب", "إلى", "المدرسة"]),
])
def test_words_written_together_after_a_final_letter_are_split(tokenizer, text, tokens):
    assert [t.text for t in tokenizer(text)] == tokens


@pytest.mark.parametrize("word", ["مدرستها", "مستشفاه", "حياتي"])
def test_a_word_with_its_pronoun_stays_whole(tokenizer, word):
    assert [t.text for t in tokenizer(word)] == [word]
