"""Helpers of extract/arabic.py on words written for these tests."""
import pytest

from athar.extract.arabic import article_restored, normalize, normalize_with_map


@pytest.mark.parametrize("word, norm, restored", [
    ("للمكتب", "المكتب", "المكتب"),         # ل + المكتب
    ("للجنة", "اللجنه", "اللجنة"),          # ل + اللجنة: the article's ل merged with the noun's
    ("للقاء", "اللقاء", "اللقاء"),
    ("للنعمان", None, "النعمان"),           # a word the normaliser does not know: ل + ال + the rest
    ("بالمكتب", "المكتب", "بالمكتب"),       # another preposition: left as written
    ("المكتب", "المكتب", "المكتب"),
])
def test_the_article_under_a_lam_is_restored(word, norm, restored):
    assert article_restored(word, norm) == restored


@pytest.mark.parametrize("written, normal", [
    ("اﻷحمر", "الاحمر"),                      # the lam-alef ligature of a scraped page
    ("ﻫﻴﺌﺔ ﺍﻟﻬﻼﻝ", "هييه الهلال"),             # positional letter forms
    ("ﷺ", "ﷺ"),                                # a phrase written as one sign stays a sign, no word
])
def test_presentation_forms_fold_to_letters(written, normal):
    assert normalize(written) == normal


def test_a_ligature_maps_every_letter_to_its_offset():
    assert normalize_with_map("اﻷحمر") == ("الاحمر", [0, 1, 1, 2, 3, 4])
