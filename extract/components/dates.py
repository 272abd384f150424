"""Date expressions as doc.spans["dates"] (the recogniser is extract/dates.py)."""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import doc_ext  # noqa: F401  (registers span._.value)
from .. import lexicon
from ..dates import find_dates, publication_date
from ..arabic import normalize
from ..lexicon import norm
from ..names import name_lexicon

UPCOMING_REACH = 24     # how many words after the verb that opens its sentence a weekday may stand (titles are long)
FUTURE_REACH = 12       # how many words after a verb in the future a weekday may stand in its clause


class DateRecognizer:
    """Writes doc.spans["dates"]; span._.value as documented in extract/doc_ext.py.

    Relative dates are resolved against doc._.meta["date"]. When the metadata
    has no date and anchor_from_text is on, the date line at the top of the
    article (extract.dates.publication_date) is the anchor instead.
    """

    def __init__(self, name: str, anchor_from_text: bool):
        self.name = name
        self.anchor_from_text = anchor_from_text
        data = lexicon.load("dates")
        self.day_words = {norm(w) for names in data["weekdays"].values() for w in names} \
            | {norm(w) for w in data["times_of_day"]} | {norm("يوم")}
        self.lex = name_lexicon()
        events = lexicon.load("events")
        self.present_t_verbs = {norm(w) for w in events["tense"]["present_holding"] if w[:1] == "ت"}
        # a complementizer or a relative pronoun opens another clause, with its own tense
        self.clause_openers = {norm(w) for w in lexicon.load("relations")["complementizers"]} \
            | {norm(w) for w in events["relatives"]}

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
            if anchor and len(anchor) >= 10 and self._bare_weekday(span) and (
                    self._told_in_the_present(doc, span) or self._told_in_the_future(doc, span)):
                span._.value = _to_come(span._.value, dt.date.fromisoformat(anchor[:10]))
            spans.append(span)
        doc.spans["dates"] = spans
        return doc

    def _bare_weekday(self, span: Span) -> bool:
        """A weekday with nothing but a time of day ("الاثنين", "مساء الأربعاء"), which the past or the coming one
        may be."""
        return bool(span._.value.get("relative")) and all(t.norm_ in self.day_words or t.is_punct for t in span)

    def _told_in_the_present(self, doc: Doc, span: Span) -> bool:
        """Whether a bare weekday stands in a sentence that an imperfect verb opens ("يدشن الأمير خالد الفيصل،
        الاثنين، معرض …", "وتنطلق الأربعاء فعاليات …"): news tells a schedule in the present tense, so the weekday
        is the one to come, not the one past (a past verb: "افتتح الأربعاء", "وتوصلت طهران والدول الكبرى إلى
        الاتفاق في فيينا الثلاثاء")."""
        sent = span.sent
        first = next((t for t in sent if t.is_alpha), None)
        if first is None or first.i >= span.start or span.start - first.i > UPCOMING_REACH:
            return False
        word = first.norm_
        # ي opens only an imperfect; ت also a past ("توصلت"، "تم"), so only the listed verbs of holding with it;
        # not after a complementizer or a relative pronoun: "يذكر أن المعرض افتتح الأربعاء", "ويأتي التقدم بعد
        # زيارة كارتر الذي أكد خلال زيارته الخميس" tell what happened
        imperfect = word[:1] == "ي" and self.lex.is_verb(word) or word in self.present_t_verbs
        return imperfect and not any(
            t.text in (".", "؛") or t.norm_.removeprefix("و") in self.clause_openers
            for t in doc[first.i:span.start])

    def _told_in_the_future(self, doc: Doc, span: Span) -> bool:
        """Whether a bare weekday follows a verb in the future in its clause ("قالت البعثة إن المنظمة ستعقد جولة
        جديدة من المحادثات يوم الإثنين"): the weekday is the one to come."""
        for t in reversed(doc[max(span.sent.start, span.start - FUTURE_REACH):span.start]):
            if t.text in (".", "؛", "،", ",") or t.norm_.removeprefix("و") in self.clause_openers:
                return False
            if t.norm_ == "سوف" or self.lex.future_verb(normalize(t.text)):
                return True
        return False


def _to_come(value: dict, anchor: dt.date) -> dict:
    """The value of a weekday resolved to the past one, moved to the one to come (the same day stays today)."""
    def later(iso: str | None) -> str | None:
        if not iso or len(iso) != 10 or dt.date.fromisoformat(iso) >= anchor:
            return iso
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=7)).isoformat()
    return {**value, "date": later(value.get("date")), "end_date": later(value.get("end_date"))}


@Language.factory("athar_dates", default_config={"anchor_from_text": True})
def make_date_recognizer(nlp: Language, name: str, anchor_from_text: bool) -> DateRecognizer:
    """Factory (data: extract/lang/dates.json)."""
    return DateRecognizer(name, anchor_from_text)
