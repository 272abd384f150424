"""Sentence boundaries and clitic-aware token norms: the first two pipeline steps."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..arabic import normalize, split_proclitics
from ..lexicon import known_words

if not Token.has_extension("clitic"):
    # Original characters of attached particles at the front of the token
    # ("والمغرب" -> 1): a mention that starts on this token starts that much later.
    Token.set_extension("clitic", default=0)

SENTENCE_END = {".", "!", "?", "؟", "…", "۔"}


@Language.component("athar_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Sentence starts after final punctuation and at line breaks (headlines, bylines)."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        token.is_sent_start = bool(
            (prev.text in SENTENCE_END and token.text not in SENTENCE_END and token.text not in "»\"”)")
            or "\n" in prev.text
            or "\n" in prev.whitespace_
        )
    return doc


class Normalizer:
    """Sets token.norm_ to the normalised word without attached particles.

    Matchers built on attr="NORM" then see "بالمملكة المغربية" as
    "المملكه المغربيه". token._.clitic says how many original characters the
    particles took, so mention offsets can skip them.
    """

    def __init__(self, nlp: Language, name: str, extra_lexicons: list[str]):
        self.name = name
        self.known = known_words(tuple(extra_lexicons))

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            word = normalize(token.text)
            if not word:
                continue
            stripped, stem = split_proclitics(word, self.known)
            token.norm_ = stem
            if stripped:
                token._.clitic = _original_chars(token.text, stripped)
        return doc


def _original_chars(text: str, normalized_chars: int) -> int:
    """How many characters of `text` make up its first `normalized_chars` normalised ones."""
    seen = 0
    for i, ch in enumerate(text):
        if normalize(ch):
            if seen == normalized_chars:
                return i
            seen += 1
    return len(text)


@Language.factory("athar_normalizer", default_config={"extra_lexicons": []})
def make_normalizer(nlp: Language, name: str, extra_lexicons: list[str]) -> Normalizer:
    """Factory: extra_lexicons are user JSON files whose words also count as known."""
    return Normalizer(nlp, name, extra_lexicons)
