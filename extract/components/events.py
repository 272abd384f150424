"""Event mentions: conferences, meetings, summits, sessions, calls.

An explicit mention is a trigger noun (or a "meets" verb with an organisation
as subject) with what names it: modifiers, a place ("مؤتمر باريس الدولي",
"في مدينة مراكش"), an organisation ("اجتماع لمجلس الأمن الدولي"), a quoted
title ("تحت شعار «…»"), an edition ("الدورة الثانية لمؤتمر …") and the
nearest date of its sentence. A bare definite trigger ("المؤتمر"), a
demonstrative ("هذا المؤتمر") or a generic noun ("الحدث") refers back to an
event already introduced: the one of the same kind that shares places with
the sentence, else the most recent (or, in a headline, the next one).

Within a document, explicit mentions of the same place, title or
organisation with compatible dates are one event. Keys are provisional
("event:<doc>#<n>"); extract/resolve.py gives the final, cross-document keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexicon
from ..arabic import normalize
from ..isodate import compatible
from ..doc_ext import entities, mention_start, place_of, state_of

QUOTES_OPEN = {"«", '"', "“", "”", "'", "‘", "„"}
QUOTES_CLOSE = {"»", '"', "”", "“", "'", "’"}
CLAUSE_BREAKS = {".", "؛", ";", ":", "؟", "?", "!"}
DATE_AFTER, DATE_BEFORE = 12, 6      # tokens between an event's trigger and its date


@dataclass
class _Event:
    index: int
    kind: str
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    state_words: list[str] = field(default_factory=list)   # titles that are only a state's name
    city: str | None = None
    city_key: str | None = None
    country: str | None = None
    orgs: list[str] = field(default_factory=list)
    date: str | None = None
    end_date: str | None = None
    edition: int | None = None
    planned: bool = False
    first_sentence: int = 0
    last_sentence: int = 0
    spans: list[tuple[int, int, bool]] = field(default_factory=list)   # token start, end, anaphoric


class EventRecognizer:
    """spaCy component filling doc.spans["events"] and Event entities."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        data = lexicon.load("events")
        self.kind_of: dict[str, str] = {}
        for kind, forms in data["triggers"].items():
            for form in forms:
                n = normalize(form)
                self.kind_of[n] = kind
                self.kind_of["ال" + n] = kind
        self.verb_kind = {normalize(v): k for k, vs in data["verb_triggers"].items() for v in vs}
        self.generic = {normalize(w) for w in data["generic"]}
        self.edition_words = {normalize(w) for w in data["edition_words"]}
        self.ordinals = {normalize(k): v for k, v in data["ordinals"].items()}
        self.modifiers = {normalize(w) for w in data["modifiers"]}
        self.excluded = {normalize(w) for w in data["excluded_modifiers"]}
        self.excluded_before = {normalize(w) for w in data["excluded_before"]}
        self.place_links = {normalize(w) for w in data["place_links"]}
        self.title_cues = [normalize(c).split() for c in data["title_cues"]]
        self.anaphors = {normalize(w) for w in data["anaphors"]}
        self.future = {normalize(w) for w in data["future_markers"]}
        self.against = {normalize(w) for w in data["against"]}
        self.naming = {normalize(w) for w in data["naming_modifiers"]}
        self.previous = {normalize(w) for w in data["previous"]}

    # -- token helpers -------------------------------------------------------
    def _ent_at(self, doc: Doc) -> dict[int, Span]:
        return {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}

    def _quoted(self, doc: Doc, i: int, limit: int) -> tuple[int, str] | None:
        """If token i opens a quote closed within `limit` tokens: (end token, inner text)."""
        if doc[i].text not in QUOTES_OPEN:
            return None
        for j in range(i + 1, min(len(doc), i + limit)):
            if doc[j].text in QUOTES_CLOSE:
                if j == i + 1:
                    return None
                return j + 1, doc[i + 1:j].text
            if doc[j].is_sent_start:
                return None
        return None

    # -- main ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ent_at = self._ent_at(doc)
        events: list[_Event] = []
        pending: list[tuple[int, int, str, int, Span]] = []   # anaphors before any event
        sents = list(doc.sents)
        for s_idx, sent in enumerate(sents):
            future = any(t.norm_ in self.future or t.norm_.startswith(("سي", "ست")) and t.norm_[2:] in {"عقد", "نعقد"} for t in sent)
            i = sent.start
            while i < sent.end:
                tok = doc[i]
                kind = self.kind_of.get(tok.norm_)
                verb_kind = self.verb_kind.get(tok.norm_)
                if i in ent_at or not (kind or verb_kind or tok.norm_ in self.generic):
                    i += 1
                    continue
                if verb_kind:
                    found = self._verb_mention(doc, sent, i, verb_kind, ent_at, s_idx, future)
                    if found:
                        self._attach(events, found)
                    i += 1
                    continue
                # "الدورة الأولى لمؤتمر …": the edition word introduces the next trigger.
                if tok.norm_ in self.edition_words and i + 2 < sent.end and doc[i + 1].norm_ in self.ordinals \
                        and self.kind_of.get(doc[i + 2].norm_):
                    found = self._noun_mention(doc, sent, i + 2, self.kind_of[doc[i + 2].norm_], ent_at, s_idx, future,
                                               edition=self.ordinals[doc[i + 1].norm_], start=i)
                    self._attach(events, found)
                    i = found.spans[0][1]
                    continue
                if i + 1 < sent.end and doc[i + 1].norm_ in self.excluded or \
                        i > sent.start and doc[i - 1].norm_ in self.excluded_before:
                    i += 2          # "مؤتمر صحفي", "مباراة القمة", "لقاء الذهاب"
                    continue
                if kind and tok.norm_[-1:] == "ن" and tok.norm_.endswith(("ين", "ان")) and tok.norm_ not in self.kind_of:
                    i += 1
                    continue
                found = self._noun_mention(doc, sent, i, kind or "event", ent_at, s_idx, future)
                anaphoric = found.spans[0][2]
                if anaphoric:
                    target = self._antecedent(events, found, sent, ent_at)
                    if target is None:
                        pending.append((found.spans[0][0], found.spans[0][1], found.kind, s_idx, sent))
                    else:
                        self._enrich(target, found)
                else:
                    self._attach(events, found)
                i = found.spans[0][1]
        for start, end, kind, s_idx, sent in pending:
            probe = _Event(-1, kind, first_sentence=s_idx, last_sentence=s_idx)
            target = self._antecedent(events, probe, sent, ent_at, forward=True)
            if target is not None:
                target.spans.append((start, end, True))
            else:
                # "ويترأس الاجتماع الوزاري في تونس …" with no other event in the article: the first
                # mention of an event the reader is assumed to know
                self._sentence_context(doc, sent, start, probe, ent_at)
                probe.spans.append((start, end, False))
                probe.names.append(doc[start:end].text)
                self._attach(events, probe)
        self._write(doc, events)
        return doc

    def _noun_mention(self, doc, sent, i, kind, ent_at, s_idx, future, edition=None, start=None) -> _Event:
        """Read the name of the event whose trigger is token i."""
        ev = _Event(-1, kind, edition=edition, first_sentence=s_idx, last_sentence=s_idx, planned=future)
        start = i if start is None else start
        prev = doc[i - 1] if i > sent.start else None
        quoted_trigger = prev is not None and prev.text in QUOTES_OPEN
        j = i + 1
        informative = edition is not None
        while j < sent.end:
            tok = doc[j]
            if tok.norm_ in self.modifiers:
                informative = informative or tok.norm_ in self.naming      # "القمة العربية" names an event
                j += 1
                continue
            ent = ent_at.get(j)
            if ent is not None and ent.start == j:
                place = place_of(ent)
                if place:
                    ev.city, ev.city_key, ev.country = place
                elif ent.label_ == "ORG":
                    ev.orgs.append(ent._.key)
                elif ent.label_ == "STATE":
                    ev.titles.append(ent.text)
                    ev.state_words.append(ent.text)
                else:
                    break
                informative = True
                j = ent.end
                if j + 1 < sent.end and doc[j].norm_ == "و" and ent_at.get(j + 1) is not None:
                    j += 1
                elif j < sent.end and doc[j].norm_.startswith("و") and ent_at.get(j) is not None and ent_at[j].start == j:
                    pass
                else:
                    continue
                continue
            quoted = self._quoted(doc, j, 15)
            if quoted:
                j, title = quoted
                ev.titles.append(title)
                informative = True
            else:
                # "اجتماعاً جهوياً للمدراء السياسيين للتحالف الدولي": whose meeting, a few words on
                owner = next((ent_at[k] for k in range(j + 1, min(sent.end, j + 5)) if k in ent_at
                              and ent_at[k].start == k and ent_at[k].label_ == "ORG"
                              and normalize(doc[k].text)[:1] == "ل" != doc[k].norm_[:1]), None)
                if owner is not None and not any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[j:owner.start]) \
                        and owner._.key not in ev.orgs:
                    ev.orgs.append(owner._.key)
            break
        if quoted_trigger:
            closing = self._quoted(doc, i - 1, 15)
            if closing:
                ev.titles.append(closing[1])
                start, j, informative = i - 1, max(j, closing[0]), True
        definite = doc[i].norm_.startswith("ال") or doc[i].norm_ in self.generic
        demonstrative = prev is not None and prev.norm_ in self.anaphors
        if definite and not informative and any(t.norm_ in self.previous for t in doc[i + 1:j]):
            # "الاجتماع الوزاري الأخير … في روما": an earlier event, named by its own place
            probe = _Event(-1, kind)
            self._linked_place(doc, doc[i:min(sent.end, j + 8)], probe, ent_at, own=(i, j))
            if probe.city_key:
                ev.city, ev.city_key, ev.country = probe.city, probe.city_key, probe.country
                informative = True
        anaphoric = (demonstrative or definite) and not informative
        if not anaphoric:
            self._sentence_context(doc, sent, i, ev, ent_at, own=(start, j))
        else:
            # "المؤتمر" in a sentence about something else: only what is written right after it is its own
            ev.planned = False
            self._sentence_dates(doc, sent, i, ev, before=0, own=(start, j))
            self._linked_place(doc, sent, ev, ent_at, own=(start, j))
        ev.spans.append((start, j, anaphoric))
        name = doc.text[doc[start].idx + doc[start]._.clitic:doc[j - 1].idx + len(doc[j - 1].text)]
        ev.names.append(name.strip("«»\"“”' "))       # "لمؤتمر جدة" is named "مؤتمر جدة"
        return ev

    def _verb_mention(self, doc, sent, i, kind, ent_at, s_idx, future) -> _Event | None:
        """"يجتمع التحالف الدولي بمراكش": an organisation (subject) meets somewhere."""
        org = next((ent_at[j] for j in range(i + 1, min(sent.end, i + 3)) if j in ent_at and ent_at[j].label_ == "ORG"), None)
        if org is None:
            # the subject before the verb, not the group it fights: "التحالف الدولي ضد «داعش» يجتمع"
            before = [ent_at[j] for j in range(max(sent.start, i - 6), i) if j in ent_at and ent_at[j].label_ == "ORG"
                      and ent_at[j].start == j and not self._opposed(doc, j)]
            org = before[0] if before else None
        if org is None:
            return None
        ev = _Event(-1, kind, first_sentence=s_idx, last_sentence=s_idx,
                    planned=future or doc[i].norm_.startswith(("سي", "ست")))
        ev.orgs.append(org._.key)
        self._sentence_context(doc, sent, i, ev, ent_at)
        ev.spans.append((i, i + 1, False))
        ev.names.append(f"{doc[i].text} {org.text}")
        return ev

    def _opposed(self, doc, j: int) -> bool:
        """Whether the entity at token j is what something is against ("ضد «داعش»", "لمحاربة داعش")."""
        k = j - 1
        while k >= 0 and doc[k].text in QUOTES_OPEN:
            k -= 1
        return k >= 0 and doc[k].norm_ in self.against

    def _sentence_context(self, doc, sent, i, ev: _Event, ent_at, own: tuple[int, int] | None = None) -> None:
        """Complete a new event from its sentence: title cue, place, date (own: the mention's tokens)."""
        own = own or (i, i + 1)
        norms = [t.norm_ for t in sent]
        for cue in self.title_cues:
            for k in range(len(norms) - len(cue) + 1):
                if norms[k:k + len(cue)] == cue:
                    q = sent.start + k + len(cue)
                    if q < sent.end and doc[q].text in {":", "："}:
                        q += 1
                    quoted = self._quoted(doc, q, 15) if q < sent.end else None
                    if quoted and quoted[1] not in ev.titles:
                        ev.titles.append(quoted[1])
        if ev.city is None:
            self._linked_place(doc, sent, ev, ent_at, own=own)
        self._sentence_dates(doc, sent, i, ev, own=own)

    def _linked_place(self, doc, sent, ev: _Event, ent_at, own: tuple[int, int]) -> None:
        """The city after في/ب/بمدينة nearest to the mention (tokens own), else the only city of the
        sentence, else a linked country; a place nearer to another event's trigger is that event's
        ("عقد في بغداد مؤتمر …، وعقد في دمشق اجتماع")."""
        cities, countries = [], []
        for ent in sent.ents:
            if self._elsewhere(sent, own, ent):
                continue
            linked = ent[0]._.clitic > 0 and normalize(ent[0].text)[:1] == "ب" or (
                ent.start > sent.start and doc[ent.start - 1].norm_ in self.place_links)
            place = place_of(ent)
            if place:
                cities.append((linked, _distance(own, ent), place))
            elif ent.label_ == "STATE" and linked and ent._.value and ent._.value.get("form", "name") == "name":
                countries.append((_distance(own, ent), ent._.key))
        linked_cities = [(d, p) for linked, d, p in cities if linked]
        chosen = min(linked_cities)[1] if linked_cities else (
            cities[0][2] if len({p[1] for _, _, p in cities}) == 1 else None)
        if chosen and ev.city is None:
            ev.city, ev.city_key, ev.country = chosen
        elif ev.country is None and countries:
            ev.country = min(countries)[1]

    def _elsewhere(self, sent, own: tuple[int, int], span: Span) -> bool:
        """Whether a span is nearer to another event trigger of the sentence than to the mention own
        (a trigger right next to it is part of it: "اجتماع قمة")."""
        mine = _distance(own, span)
        return any(_distance((t.i, t.i + 1), span) < mine for t in sent if not own[0] - 1 <= t.i <= own[1]
                   and (t.norm_ in self.kind_of or t.norm_ in self.generic))

    def _sentence_dates(self, doc, sent, i, ev: _Event, before: int = DATE_BEFORE, after: int = DATE_AFTER,
                        own: tuple[int, int] | None = None) -> None:
        """The nearest date close to the trigger: a date further away, or nearer to another event's
        trigger, belongs to something else ("منذ أحداث 11 سبتمبر" a dozen words after "مؤتمر باريس")."""
        if ev.date:
            return
        best = None
        for span in doc.spans.get("dates", []):
            if span.start >= sent.start and span.end <= sent.end and span._.value and span._.value.get("date") \
                    and not self._elsewhere(sent, own or (i, i + 1), span):
                if span.start >= i:
                    gap = span.start - i
                    if gap > after or any(t.text in CLAUSE_BREAKS for t in doc[i:span.start]):
                        continue
                    distance = gap
                else:
                    gap = i - span.end
                    if gap > before or any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[span.end:i]):
                        continue
                    distance = 2 * gap + 1
                if best is None or distance < best[0]:
                    best = (distance, span._.value)
        if best:
            ev.date, ev.end_date = best[1]["date"], best[1].get("end_date")

    # -- identity ------------------------------------------------------------
    def _same(self, a: _Event, b: _Event) -> bool:
        if not compatible(a.date, b.date):
            return False
        if a.titles and b.titles and {normalize(t) for t in a.titles} & {normalize(t) for t in b.titles}:
            return a.edition == b.edition or None in (a.edition, b.edition)
        if a.city_key and b.city_key:
            return a.city_key == b.city_key and (a.kind == b.kind or bool(set(a.orgs) & set(b.orgs)) or not (a.titles and b.titles))
        if a.orgs and set(a.orgs) & set(b.orgs) and a.kind == b.kind:
            return True
        return False

    def _attach(self, events: list[_Event], found: _Event) -> None:
        for ev in reversed(events):
            if self._same(ev, found):
                self._enrich(ev, found)
                return
        found.index = len(events)
        events.append(found)

    @staticmethod
    def _enrich(ev: _Event, other: _Event) -> None:
        ev.spans.extend(other.spans)
        ev.names.extend(n for n in other.names if n not in ev.names)
        ev.titles.extend(t for t in other.titles if t not in ev.titles)
        ev.state_words.extend(t for t in other.state_words if t not in ev.state_words)
        ev.orgs.extend(o for o in other.orgs if o not in ev.orgs)
        for attr in ("city", "city_key", "country", "edition"):
            if getattr(ev, attr) is None and getattr(other, attr) is not None:
                setattr(ev, attr, getattr(other, attr))
        if ev.date is None and other.date:
            ev.date, ev.end_date = other.date, other.end_date
        ev.planned = ev.planned or other.planned
        ev.last_sentence = max(ev.last_sentence, other.last_sentence)

    def _antecedent(self, events, probe: _Event, sent, ent_at, forward=False) -> _Event | None:
        """The event an anaphoric mention refers to."""
        if not events:
            return None
        sentence_places = {place_of(e)[1] for e in sent.ents if place_of(e)} | {
            state_of(e) for e in sent.ents if state_of(e)}
        sentence_orgs = {e._.key for e in sent.ents if e.label_ == "ORG"}
        s_idx = probe.first_sentence

        def score(ev: _Event) -> tuple:
            # a shared place or organiser says more than the trigger word ("مؤتمرين": a meeting is also a conference)
            places = {ev.city_key, ev.country} - {None}
            return (
                (probe.kind == ev.kind) * 2 + bool(places & sentence_places) * 3 + bool(set(ev.orgs) & sentence_orgs) * 3,
                -abs(s_idx - (ev.first_sentence if forward else ev.last_sentence)),
            )
        candidates = events if forward else [e for e in events if e.first_sentence <= s_idx]
        if not candidates:
            return None
        best = max(candidates, key=score)
        best.last_sentence = max(best.last_sentence, s_idx)
        return best

    # -- output --------------------------------------------------------------
    def _write(self, doc: Doc, events: list[_Event]) -> None:
        registry = entities(doc)
        doc_id = (doc._.meta or {}).get("doc_id", "doc")
        spans, keys = [], []
        for ev in events:
            key = f"event:{doc_id}#{ev.index}"
            # a noun phrase names the event better than its verb ("اجتماع مراكش", not "يجتمع التحالف")
            explicit = [n for (s, e, ana), n in sorted(zip(ev.spans, ev.names), key=lambda sn: doc[sn[0][0]].norm_ in self.verb_kind)
                        if not ana] or ev.names
            # "قمة الولايات المتحدة وأفريقيا" is named by its mention, not by the state in it
            series = next((t for t in ev.titles if t not in ev.state_words), None)
            if ev.edition is not None:
                name = explicit[0]
                aliases = [n for n in explicit if n != name]
            else:
                name = series or explicit[0]
                aliases = [t for t in ev.titles[1:]] + explicit
            props = {"kind": ev.kind, "city": ev.city, "city_key": ev.city_key, "country": ev.country,
                     "date": ev.date, "end_date": ev.end_date, "edition": ev.edition,
                     "series": series if ev.edition is not None else None,
                     "organizers": ev.orgs, "planned": ev.planned}
            registry[key] = {"key": key, "type": "Event", "name": name,
                             "aliases": sorted({a for a in aliases if a and a != name}),
                             "name_en": None, "props": {k: v for k, v in props.items() if v not in (None, [], False)}}
            for start, end, anaphoric in ev.spans:
                spans.append(Span(doc, start, end, label="EVENT"))
                keys.append((key, anaphoric))
        doc.spans["events"] = spans
        for span, (key, anaphoric) in zip(doc.spans["events"], keys):
            span._.key = key
            span._.value = {"anaphoric": anaphoric, "start": mention_start(span)}


def _distance(own: tuple[int, int], span: Span) -> int:
    """How far a span is from the token range own: 1 when adjacent, 0 when they overlap."""
    if span.end <= own[0]:
        return own[0] - span.end + 1
    return max(0, span.start - own[1] + 1)


@Language.factory("athar_events")
def make_event_recognizer(nlp: Language, name: str) -> EventRecognizer:
    """Factory for the event recognizer (data: extract/lang/events.json)."""
    return EventRecognizer(nlp, name)
