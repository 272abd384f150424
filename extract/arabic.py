"""Arabic orthographic normalisation that never loses track of offsets.

`normalize` folds the variation that news text shows for the same word
(diacritics, tatweel, alef/ya/ta-marbuta/hamza-seat variants, Persian
letter forms, Arabic-Indic digits, and the presentation forms some scraped
pages are written in: "اﻷحمر" with the lam-alef ligature is "الاحمر").
Every character maps to zero or one character but a ligature, which maps to
its letters, so `normalize_with_map` can give back the original offset of each
normalised character.

`split_proclitics` peels the attached conjunctions and prepositions
(و ف ب ل ك, and ل + ال written لل) off a word, but only when what remains is a
word the caller knows: "والمغرب" -> "المغرب", while "وزير" stays "وزير".
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container

TATWEEL = "\u0640"      # the stretching stroke ("عـــادل"): no letter
_DROP = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f]")
_FOLDS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ک": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
})


def _presentation_forms() -> dict[int, str]:
    """The Arabic presentation forms (positional letter shapes and ligatures, U+FB50-U+FDFF, U+FE70-U+FEFF) that
    NFKC takes to Arabic letters, as those letters folded; their marks dropped (not the phrases written as one
    sign, "ﷺ": no word)."""
    out = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        letters = _DROP.sub("", unicodedata.normalize("NFKC", chr(code))).strip()
        if letters != chr(code) and " " not in letters and all("\u0621" <= c <= "\u064a" or "\u0671" <= c <= "\u06d3" for c in letters):
            out[code] = letters.translate(_FOLDS)
    return out


_FOLDS.update(_presentation_forms())
# The same table as a list indexed by code point (characters past its end stay as they are):
# str.translate reads a list about four times faster than a dict on Arabic text.
_FOLD = [_FOLDS.get(code, chr(code)) for code in range(max(_FOLDS) + 1)]

# Attached particles, outermost first: a conjunction, then a preposition.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


def normalize(text: str) -> str:
    """Fold orthographic variants; lower-cases Latin letters."""
    return _remembered_fold(text) if len(text) <= _WORD_LENGTH else _fold(text)


def _fold(text: str) -> str:
    return _DROP.sub("", text).translate(_FOLD).lower()


# a word or a short phrase: the components fold the same ones again and again, and a remembered one costs a fifth
_WORD_LENGTH = 40
_remembered_fold = functools.lru_cache(maxsize=1 << 16)(_fold)


ANY = frozenset({"اي", "ايه"})      # أي/أية normalised: "أي لقاء" is any meeting, none in particular
_VERBAL_NOUN = re.compile("^(ت..ي.|ت...ه|ت.ا..|است..ا.|ا.ت.ا.|ان..ا.)$")


def verbal_noun_only(word: str) -> bool:
    """Whether a normalised word without the article has a verbal noun's pattern that no plural shares (تفعيل،
    تفعلة، تفاعل، استفعال، افتعال، انفعال: تنمية، تقنية، التفاعل without ال; not إفعال, which أسعار shares)."""
    return bool(_VERBAL_NOUN.match(word))


def article_restored(word: str, norm: str | None = None) -> str:
    """A written word with ل on the article, whose alif then falls ("للمكتب", "للجنة"), as the word with its article
    ("المكتب", "اللجنة"); any other word as it is. "للجنة" is ل + اللجنة (the article's ل merged with the noun's)
    when its normal form says so (norm "اللجنه"), else ل + ال + the rest."""
    written = normalize(word)
    if not written.startswith("لل"):
        return word
    return "ال" + (word[1:] if norm and norm.startswith("ال") and norm[2:] == written[1:] else word[2:])


DASHES = frozenset({"-", "ـ", "–", "—"})      # a dash between words, also a lone tatweel written as one
SHADDA = "\u0651"      # the doubling mark: "حوّل" (transferred) is written so, "حول" (about) is not


def definite_nisba(norm: str) -> bool:
    """"اللبنانية", "الاقتصادي": a normalised adjective of relation with the article."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4


def strip_marks(text: str) -> str:
    """The text without diacritics, tatweel and invisible marks, letters unchanged."""
    return _DROP.sub("", text)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the original offset."""
    kept: list[int] = []
    previous = 0
    for m in _DROP.finditer(text):        # one dropped character each
        kept.extend(range(previous, m.start()))
        previous = m.end()
    kept.extend(range(previous, len(text)))
    norm = (_DROP.sub("", text) if previous else text).translate(_FOLD).lower()
    if len(norm) == len(kept):
        return norm, kept
    out, offsets = [], []          # a character that folds to several ("İ", a ligature "ﻷ"): map one by one
    for i in kept:
        folded = text[i].translate(_FOLD).lower()
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets


def split_proclitics(word: str, known: Container[str]) -> tuple[int, str]:
    """Strip attached particles from a normalised word when the rest is known.

    Returns (number of normalised characters stripped from the front, stem).
    "لل" + X (ل + ال with the alef dropped) yields the stem "ال" + X with 0
    characters stripped, since that stem is not a substring of the word.
    A known word is returned whole: (0, word).
    """
    if word in known or len(word) < 3:
        return 0, word
    candidates: list[tuple[int, str]] = []
    rest, cut = word, 0
    if rest[0] in _CONJUNCTIONS and len(rest) > 2:
        rest, cut = rest[1:], 1
        candidates.append((cut, rest))
    if rest.startswith("لل") and len(rest) > 3:
        candidates.append((cut, "ا" + rest[1:]))
    if rest[0] in _PREPOSITIONS and len(rest) > 2:
        candidates.append((cut + 1, rest[1:]))
    for stripped, stem in candidates:
        if stem in known:
            return stripped, stem
    return 0, word


def original_offset(text: str, normalized_index: int) -> int:
    """Offset in `text` of the character at `normalized_index` of normalize(text)."""
    _, offsets = normalize_with_map(text)
    if normalized_index >= len(offsets):
        return len(text)
    return offsets[normalized_index]
