"""Money amounts, counts and percentages as doc.spans["amounts"] (the parser is extract/amounts.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_ext import token_norms     # (the module registers span._.value)
from ..amounts import Amount, AmountGrammar


class AmountRecognizer:
    """Writes doc.spans["amounts"]; span._.value as documented in extract/doc_ext.py.

    Reads the tokens' NORM (particles already peeled by athar_normalizer; a
    peeled و is put back because it can join a range: "بين 70 و72"), skips
    the tokens of doc.spans["dates"], and uses the STATE entities twice: a
    demonym after a currency unit names the currency ("دينار ليبي"), and the
    states named in the sentence, before it or in the document choose the
    currency of a bare ريال/دينار/درهم (AmountGrammar.resolve_currency). The span label is the
    kind in upper case (MONEY, COUNT, PERCENT, NUMBER).
    """

    def __init__(self, name: str):
        self.name = name
        self.grammar = AmountGrammar()

    def __call__(self, doc: Doc) -> Doc:
        dates = doc.spans.get("dates", [])
        blocked = [False] * len(doc) if len(dates) else None
        for span in dates:
            blocked[span.start:span.end] = [True] * len(span)
        states = [e for e in doc.ents if e.label_ == "STATE" and e._.key]
        doc.spans["amounts"] = [self._span(doc, a) for a in self._amounts(doc, blocked, states)]
        return doc

    def _amounts(self, doc: Doc, blocked: list[bool] | None, states: list[Span]) -> list[Amount]:
        states_at = {e.start: (e._.key, e.end) for e in states}
        amounts = self.grammar.find(token_norms(doc), blocked, states_at, lambda i: doc[i].text)
        unresolved = [a for a in amounts if a.kind == "money" and a.currency is None
                      and a.unit in self.grammar.currencies.by_state]
        if unresolved:
            written = [a.currency for a in amounts if a.currency]
            named = [e._.key for e in states]
            for a in unresolved:
                sent = doc[a.start].sent
                in_sentence = [e._.key for e in states if sent.start <= e.start < sent.end]
                earlier = [e._.key for e in states if e.start < sent.start]
                a.currency = self.grammar.resolve_currency(a.unit, in_sentence, earlier, named, written)
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
