"""From a processed spaCy Doc to the DocumentFacts record of extract/model.py."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .doc_ext import mention_start, title_list_start
from .model import Document, DocumentFacts, Entity, Evidence, Fact, Mention, Sentence

MENTION_LABELS = {"STATE", "ORG", "PERSON"}


@lru_cache(maxsize=None)
def _state_names() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("ar").territories)


def state_entity(iso2: str) -> dict:
    """A minimal State entity for an ISO code no gazetteer span introduced."""
    return {"key": iso2, "type": "State", "name": _state_names().get(iso2, iso2), "aliases": [],
            "name_en": None, "props": {"iso2": iso2}}


def listed_org_entity(key: str) -> dict | None:
    """The entity of an organisation organizations.json lists (None for any other key)."""
    org = lexicon.load("organizations")["organizations"].get(key)
    if org is None:
        return None
    props = {"kind": org["kind"], **{k: org[k] for k in ("state", "seat", "parent") if k in org}}
    return {"key": key, "type": "Organization", "name": org["name"], "aliases": [], "name_en": org["name_en"],
            "props": props}


def doc_to_record(doc: Doc, document: Document) -> DocumentFacts:
    """Collect sentences, entities, mentions and facts of one processed document."""
    text = document.text
    sents = list(doc.sents)
    sentences = [Sentence(k, s.start_char, s.end_char, s.text) for k, s in enumerate(sents)]
    sent_starts = [s.start for s in sents]

    def sentence_of(token_index: int) -> int:
        lo, hi = 0, len(sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sent_starts[mid] <= token_index:
                lo = mid
            else:
                hi = mid - 1
        return lo

    registry = dict(doc._.entities or {})
    mentions: list[Mention] = []
    titles = title_list_start(doc)      # the titles of the columnist's other articles name nothing of this one
    spans = [e for e in doc.ents if e.label_ in MENTION_LABELS and e._.key and e.start < titles]
    spans += [e for e in doc.spans.get("events", []) if e._.key]
    for span in spans:
        start = mention_start(span)
        end = span.end_char
        if start >= end:
            continue
        mentions.append(Mention(span._.key, sentence_of(span.start), start, end, text[start:end]))
    mentions.sort(key=lambda m: (m.start, m.end, m.entity))

    facts = [Fact(predicate=f["predicate"], subject=f["subject"], object=f["object"], negated=f["negated"],
                  modality=f["modality"], props=f["props"],
                  evidence=sorted(Evidence(**ev) for ev in f["evidence"]), confidence=f.get("confidence", 1.0))
             for f in (doc._.facts or [])]
    used = {m.entity for m in mentions} | {f.subject for f in facts} | {f.object for f in facts}
    for key in used - registry.keys():     # a fact's end no span introduced: "وزير الخارجية المصري", "المبعوث الأممي"
        if len(key) == 2 and key.isupper():
            registry[key] = state_entity(key)
        elif (listed := listed_org_entity(key)) is not None:
            registry[key] = listed
    entities = [Entity(**registry[k]) for k in sorted(used) if k in registry]
    known = {e.key for e in entities}
    facts = [f for f in facts if f.subject in known and f.object in known]
    mentions = [m for m in mentions if m.entity in known]
    meta = Document(**{**document.__dict__})
    return DocumentFacts(document=meta, sentences=sentences, entities=entities, mentions=mentions,
                         facts=sorted(facts, key=lambda f: (f.predicate, f.subject, f.object, f.negated, f.modality)))
