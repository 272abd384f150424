"""A readable Latin spelling of an Arabic name, for name_en where no list gives one.

Not a scholarly transliteration: the aim is that "Kaberuka", "Messahel" or
"Ahmed al-Jarwan" typed in Latin letters finds the node. Known words come
from extract/lang/transliteration.json; other words are spelt letter by
letter, the long vowels ا و ي read as a u i between consonants (ع as a), a short a
put between two consonants that the script writes without a vowel, and the
article ال written "al-".
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .arabic import normalize

VOWELS = {"ا": "a", "و": "u", "ي": "i"}


@lru_cache(maxsize=None)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    data = lexicon.load("transliteration")
    return ({normalize(k): v for k, v in data["words"].items()}, {normalize(k): v for k, v in data["prefixes"].items()},
            {normalize(k): v for k, v in data["letters"].items()})


def _word(word: str) -> str:
    words, _, letters = _table()
    if word in words:
        return words[word]
    if word.startswith("ال") and len(word) > 3:
        return "al-" + _word(word[2:])
    out: list[str] = []
    prev_consonant = False
    for i, ch in enumerate(word):
        glide = ch in "وي" and (i == 0 or (i + 1 < len(word) and word[i + 1] == "ا"))   # وليد, جروان: w, not u
        if ch in VOWELS and not glide or ch == "ع":
            out.append(VOWELS.get(ch, "a"))                # ع read as the vowel it carries: العساف al-Asaf
            prev_consonant = False
            continue
        if ch == "ه" and i == len(word) - 1 and i > 0:
            out.append("a")                              # ta marbuta
            prev_consonant = False
            continue
        latin = letters.get(ch, "")
        if prev_consonant and latin:
            out.append("a")                              # two consonants: the script leaves the vowel out
        out.append(latin)
        prev_consonant = bool(latin)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def transliterate(name: str) -> str | None:
    """The Latin spelling of an Arabic name, or None when it has no Arabic letters."""
    words, prefixes, _ = _table()
    parts = normalize(name).split()
    if not parts or not any("\u0621" <= ch <= "\u064a" for ch in "".join(parts)):
        return None
    out = []
    i = 0
    while i < len(parts):
        w = parts[i]
        if w in prefixes and i + 1 < len(parts) and w + parts[i + 1] not in words:
            out.append(f"{prefixes[w]}-{_word(parts[i + 1]).lower()}")
            i += 2
            continue
        if w in prefixes and i + 1 < len(parts):
            out.append(words[w + parts[i + 1]])
            i += 2
            continue
        out.append(_word(w))
        i += 1
    return " ".join(out)
