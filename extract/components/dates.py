"""Date expressions as doc.spans["dates"] (the recogniser is extract/dates.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import doc_ext  # noqa: F401  (registers span._.value)
from ..dates import find_dates, publication_date


class DateRecognizer:
    """Writes doc.spans["dates"]; span._.value as documented in extract/doc_ext.py.

    Relative dates are resolved against doc._.meta["date"]. When the metadata
    has no date and anchor_from_text is on, the date line at the top of the
    article (extract.dates.publication_date) is the anchor instead.
    """

    def __init__(self, name: str, anchor_from_text: bool):
        self.name = name
        self.anchor_from_text = anchor_from_text

    def __call__(self, doc: Doc) -> Doc:
        anchor = (doc._.meta or {}).get("date")
        if not anchor and self.anchor_from_text:
            anchor = publication_date(doc.text)
        spans = []
        for mention in find_dates(doc.text, anchor):
            span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
            if span is None or not len(span):
                continue
            span._.value = mention.value()
            spans.append(span)
        doc.spans["dates"] = spans
        return doc


@Language.factory("athar_dates", default_config={"anchor_from_text": True})
def make_date_recognizer(nlp: Language, name: str, anchor_from_text: bool) -> DateRecognizer:
    """Factory (data: extract/lang/dates.json)."""
    return DateRecognizer(name, anchor_from_text)
