"""Sentence boundaries and clitic-aware token norms: the first two pipeline steps."""
from __future__ import annotations

import numpy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..arabic import normalize
from ..doc_ext import TITLE_LIST
from ..lexicon import known_words, load, split_word

if not Token.has_extension("clitic"):
    # Original characters of attached particles at the front of the token
    # ("والمغرب" -> 1): a mention that starts on this token starts that much later.
    Token.set_extension("clitic", default=0)

SENTENCE_END = {".", "!", "?", "؟", "…", "۔"}
TAG_LINE_OPENERS = tuple(tuple(opener.split()) for opener in load("page")["tag_line_openers"])
TITLE_LIST_OPENERS = tuple(tuple(opener.split()) for opener in load("page")["title_list_openers"])
MAX_FORMS = 200_000         # token texts whose norm the normaliser remembers (then it starts again)


@Language.component("athar_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Sentence starts after final punctuation and at line breaks (headlines, bylines); the site's
    tag list or list of other articles at the foot of the article (page.json) goes to doc.spans["chrome"], the
    latter labelled TITLE_LIST (no name is read in it).

    The boundaries are set in one array write: setting Token.is_sent_start token by
    token costs more than the rest of the component.
    """
    doc.spans["chrome"] = []
    if not len(doc):
        return doc
    starts = numpy.full((len(doc), 1), -1, dtype="int64")
    starts[0, 0] = 1
    last = line = 0     # the last sentence's first token, and the last line's
    prev_text, prev_space = doc[0].text, doc[0].whitespace_
    for i, token in enumerate(doc[1:], start=1):
        text = token.text
        new_line = "\n" in prev_text or "\n" in prev_space
        if (prev_text in SENTENCE_END and text not in SENTENCE_END and text not in "»\"”)") or new_line:
            starts[i, 0] = 1
            if not token.is_space:
                last = i
                if new_line:
                    line = i
        prev_text, prev_space = text, token.whitespace_
    doc.from_array([SENT_START], starts.astype("uint64"))     # spaCy stores -1 as its uint64 image
    if _opens_with(doc, last, TAG_LINE_OPENERS):
        doc.spans["chrome"] = [doc[last:]]
    elif _opens_with(doc, line, TITLE_LIST_OPENERS):
        doc.spans["chrome"] = [Span(doc, line, len(doc), label=TITLE_LIST)]     # titles may end in "!" or "؟"
    return doc


def _opens_with(doc: Doc, i: int, openers: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words from token i are one of the openers (each matched word by word)."""
    return any(tuple(t.text for t in doc[i:i + len(opener)]) == opener for opener in openers)


class Normalizer:
    """Sets token.norm_ to the normalised word without attached particles.

    Matchers built on attr="NORM" then see "بالمملكة المغربية" as
    "المملكه المغربيه". token._.clitic says how many original characters the
    particles took, so mention offsets can skip them. Which words it knows, and
    so splits particles off, is lexicon.known_words(); rule lists compare their
    entries through lexicon.norm, the same split.
    """

    def __init__(self, nlp: Language, name: str, extra_lexicons: list[str]):
        self.name = name
        self.known = known_words(tuple(extra_lexicons))
        self._forms: dict[int, tuple[int, int] | None] = {}      # ORTH id -> (NORM id, clitic), or None: keep the NORM

    def __call__(self, doc: Doc) -> Doc:
        norms = doc.to_array(NORM)
        forms = self._forms
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            form = forms.get(orth, False)
            if form is False:
                form = self._form(strings[orth], strings)
                if len(forms) >= MAX_FORMS:
                    forms.clear()
                forms[orth] = form
            if form is not None:
                norms[i] = form[0]
                if form[1]:
                    doc[i]._.clitic = form[1]
        doc.from_array([NORM], norms)
        return doc

    def _form(self, text: str, strings) -> tuple[int, int] | None:
        """(NORM id, clitic) of a token text; None for a text that normalises to nothing."""
        word = normalize(text)
        if not word:
            return None
        stripped, stem = split_word(word, self.known)
        return strings.add(stem), _original_chars(text, stripped) if stripped else 0


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
