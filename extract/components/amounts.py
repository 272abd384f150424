"""Money amounts, counts and percentages as doc.spans["amounts"] (the parser is extract/amounts.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import doc_ext  # noqa: F401  (registers span._.value)
from ..amounts import Amount, AmountGrammar, unreverse_decimals
from ..arabic import normalize

_DIRECTION_MARKS = ("\u200e", "\u200f")


class AmountRecognizer:
    """Writes doc.spans["amounts"]; span._.value as documented in extract/doc_ext.py.

    Reads the tokens' NORM (particles already peeled by athar_normalizer; a
    peeled و is put back because it can join a range: "بين 70 و72"), skips
    the tokens of doc.spans["dates"], and uses the STATE entities twice: a
    demonym after a currency unit names the currency ("دينار ليبي"), and the
    states named in the sentence or document choose the currency of a bare
    ريال/دينار/درهم (AmountGrammar.resolve_currency). The span label is the
    kind in upper case (MONEY, COUNT, PERCENT, NUMBER).
    """

    def __init__(self, name: str):
        self.name = name
        self.grammar = AmountGrammar()

    def __call__(self, doc: Doc) -> Doc:
        blocked = [False] * len(doc)
        for span in doc.spans.get("dates", []):
            blocked[span.start:span.end] = [True] * len(span)
        states = [e for e in doc.ents if e.label_ == "STATE" and e._.key]
        doc.spans["amounts"] = [self._span(doc, a) for a in self._amounts(doc, blocked, states)]
        return doc

    def _words(self, doc: Doc) -> list[str]:
        analyze, first_words = self.grammar.analyze, self.grammar.first_words
        marks = any(m in doc.text for m in _DIRECTION_MARKS)
        words = []
        for token in doc:
            word = token.norm_
            if marks and any(m in token.text for m in _DIRECTION_MARKS):
                word = normalize(unreverse_decimals(token.text))
            elif word and word[0] != "و" and token.text[:1] == "و":
                stem, items = analyze(word)
                if items or stem in first_words:
                    word = "و" + word
            words.append(word)
        return words

    def _amounts(self, doc: Doc, blocked: list[bool], states: list[Span]) -> list[Amount]:
        states_at = {e.start: (e._.key, e.end) for e in states}
        amounts = self.grammar.find(self._words(doc), blocked, states_at)
        unresolved = [a for a in amounts if a.kind == "money" and a.currency is None
                      and a.unit in self.grammar.currencies.by_state]
        if unresolved:
            written = [a.currency for a in amounts if a.currency]
            named = [e._.key for e in states]
            for a in unresolved:
                sent = doc[a.start].sent
                in_sentence = [e._.key for e in states if sent.start <= e.start < sent.end]
                a.currency = self.grammar.resolve_currency(a.unit, in_sentence, named, written)
        return amounts

    @staticmethod
    def _span(doc: Doc, amount: Amount) -> Span:
        span = Span(doc, amount.start, amount.end, label=amount.kind.upper())
        span._.value = amount.to_value()
        return span


@Language.factory("athar_amounts")
def make_amount_recognizer(nlp: Language, name: str) -> AmountRecognizer:
    """Factory (data: extract/lang/amounts.json)."""
    return AmountRecognizer(name)
