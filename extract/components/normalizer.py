"""Sentence boundaries and clitic-aware token norms: the first two pipeline steps."""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
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
    """Sentence starts after final punctuation and at line breaks (headlines, bylines).

    The boundaries are set in one array write: setting Token.is_sent_start token by
    token costs more than the rest of the component.
    """
    if not len(doc):
        return doc
    starts = numpy.full((len(doc), 1), -1, dtype="int64")
    starts[0, 0] = 1
    prev_text, prev_space = doc[0].text, doc[0].whitespace_
    for i, token in enumerate(doc[1:], start=1):
        text = token.text
        if (prev_text in SENTENCE_END and text not in SENTENCE_END and text not in "»\"”)") \
                or "\n" in prev_text or "\n" in prev_space:
            starts[i, 0] = 1
        prev_text, prev_space = text, token.whitespace_
    doc.from_array([SENT_START], starts.astype("uint64"))     # spaCy stores -1 as its uint64 image
    return doc


class Normalizer:
    """Sets token.norm_ to the normalised word without attached particles.

    Matchers built on attr="NORM" then see "بالمملكة المغربية" as
    "المملكه المغربيه". token._.clitic says how many original characters the
    particles took, so mention offsets can skip them. The preposition "ك" is
    only split off before four letters or more: "كيري", "كوك" are names.
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
            if stripped and word[stripped - 1] == "ك" and len(stem) < 4:
                stripped, stem = 0, word        # "كيري" is no "ك" + "يري": a short rest is more likely a name's letters
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
