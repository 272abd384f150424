"""Helpers of extract/arabic.py on words written for these tests."""
import pytest

from athar.extract.arabic import article_restored


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
