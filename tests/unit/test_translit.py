"""Latin spellings of Arabic names (extract/translit.py) for names no list knows."""
import pytest

from athar.extract.translit import transliterate


@pytest.mark.parametrize("name, latin", [
    ("عبد الله صالح", "Abdullah Salah"),
    ("محمد بن خالد", "Mohammed bin Khaled"),
    ("أحمد الجروان", "Ahmed al-Jarawan"),
    ("وليد", "Walid"),
])
def test_names_read_in_latin_letters(name, latin):
    assert transliterate(name) == latin


def test_a_name_without_arabic_letters_has_none():
    assert transliterate("Reuters") is None
