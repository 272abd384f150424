"""The property graph athar builds from extraction records, in plain Python.

This module is the single definition of the graph model. The loader
(graph/load.py) writes exactly what these functions compute, and the offline
builder (graph/offline.py) folds records through the same functions, so both
routes give the same nodes and relationships.

Nodes
    (:Entity:State|:Entity:Organization|:Entity:Person|:Entity:Event
        {key, name, aliases, name_en, ...props})
    (:Document {doc_id, title, date, source, url, path, checksum, warnings, caption})
    (:Sentence {sentence_id: "<doc_id>#<index>", doc_id, index, start, end, text, caption})
        caption: a short display text (title and date; the sentence's start)
Relationships
    (:Document)-[:HAS_SENTENCE]->(:Sentence)
    (:Entity)-[:MENTIONED_IN {start, end, text}]->(:Sentence)
    (:Document)-[:DESCRIBES {name, aliases, name_en, ...props}]->(:Entity)
        what that one document says about the entity
    (:Entity)-[:ATTENDED|HOSTED|...|AFFILIATED_WITH {negated, modality,
        label, sources, evidence, confidence, P, P_sources, P_values for each
        fact property P}]->(:Entity)
        label: how the fact reads ("not invited", "planned: attends")
        one relationship per fact identity (subject, predicate, object,
        negated, modality); P_values[i] is what document P_sources[i] says
        and P is the consensus.

Consensus (entity properties and a fact's P) is the value given by the most
documents, ties going to the value whose earliest document id is smallest,
so the graph does not depend on the order documents were loaded in.

Confidence: a document supports a fact with the confidence extraction gave it
(the highest when it states the fact more than once); facts under the minimum
confidence (MIN_CONFIDENCE, `--min-confidence`) are kept out of the graph.
The relationship's `confidence` combines its sources c_1..c_n as independent
evidence (noisy-or), the gain from combining capped at CONFIDENCE_CAP:

    confidence = max(max_i c_i, min(CONFIDENCE_CAP, 1 - prod_i (1 - c_i)))

rounded to 4 decimals; `confidence_sources` / `confidence_values` keep each
source's own value, so a retracted document takes its share with it. Articles
copy each other, so the sources are less independent than noisy-or assumes:
the cap keeps several fallible rules from adding up to certainty.

Dates: an entity's consensus `date` and `end_date` are ISO 8601 strings; a
complete one (YYYY-MM-DD) becomes a datetime.date (a Neo4j DATE), a partial one
(YYYY, YYYY-MM, --MM-DD) stays a string, and integer `year`, `month`, `day`
give as much of `date` as is known, so events sort and filter by time. What
each document says stays a string on its DESCRIBES relationship.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, NamedTuple

from athar.extract.model import ENTITY_TYPES, MODALITIES, RELATIONS, DocumentFacts

ENTITY, DOCUMENT, SENTENCE = "Entity", "Document", "Sentence"
ATHAR_LABELS = (ENTITY, DOCUMENT, SENTENCE)       # every athar node carries one of these
FACT_TYPES = tuple(RELATIONS)
HAS_SENTENCE, MENTIONED_IN, DESCRIBES = "HAS_SENTENCE", "MENTIONED_IN", "DESCRIBES"
DISPUTED = "disputed"   # entity/fact property: names of the properties its documents give different values
DATE_PROPS = ("date", "end_date")   # ISO 8601 entity properties; a complete one is stored as a DATE
DATE_PARTS = ("year", "month", "day")    # integer parts of an entity's `date`, set by the graph
ENTITY_FIELDS = ("key", "name", "aliases", "name_en", DISPUTED, *DATE_PARTS)
# Properties that vary between documents without any of them being wrong: a person holds several
# roles over a year of news, one source calls an event a meeting and another a summit, a fact is read
# by different rules (basis). They get a consensus value but are never `disputed` (on SaudiNewsNet
# they made up 4,000 of the 4,989 rows of `conflicts`, all of its fact rows).
DESCRIPTIVE = ("role", "role_en", "kind", "basis")
# List properties whose node value is the union of what the documents give, never disputed: the
# extractor's folded spellings of the entity's names (extract.resolve.with_search_names), for search.
UNION_PROPS = ("search_names",)
CONFIDENCE = "confidence"
CAPTION = "caption"     # display text of a Document (title and date) or Sentence (its start) in Neo4j Browser
CAPTION_CHARS = 60
LABEL = "label"     # a fact's display text ("not invited", "planned: attends"): Browser captions, query rows, GraphML
FACT_FIELDS = ("negated", "modality", "sources", "evidence", CONFIDENCE, DISPUTED, LABEL)
# How a fact reads: (as stated or reported, as planned). INVITED, HELD_IN and AFFILIATED_WITH read the same.
FACT_WORDS = {
    "ATTENDED": ("attended", "attends"), "HOSTED": ("hosted", "hosts"), "ORGANIZED": ("organized", "organizes"),
    "CHAIRED": ("chaired", "chairs"), "INVITED": ("invited", "invited"), "HELD_IN": ("held in", "held in"),
    "FUNDED": ("funded", "funds"), "SANCTIONED": ("sanctioned", "sanctions"), "MEMBER_OF": ("member of", "joins"),
    "AFFILIATED_WITH": ("affiliated with", "affiliated with"),
}
SOURCES_SUFFIX, VALUES_SUFFIX = "_sources", "_values"

# Facts whose confidence is under this are kept out of the graph (`--min-confidence` of
# extract --format apoc-json, load, build and export --from-facts); a facts file keeps them all.
# 0.5: on the gold sets (2026-12-02) the best dev F1 (0.525, P 0.845) whose seeds F1 stays >= 0.85;
# 0.55 would give dev P 0.86 but seeds F1 0.82.
MIN_CONFIDENCE = 0.5
CONFIDENCE_CAP = 0.99      # combining sources raises a fact's confidence up to this, no further
CONFIDENCE_DIGITS = 4

Scalar = str | int | float | bool


class FactKey(NamedTuple):
    """What makes two facts the same relationship (extract.model.Fact.identity)."""

    predicate: str
    subject: str
    object: str
    negated: bool
    modality: str


@dataclass
class Node:
    id: str
    labels: tuple[str, ...]
    props: dict[str, Any]


@dataclass
class Rel:
    type: str
    start: str          # Node.id
    end: str
    props: dict[str, Any]


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    rels: list[Rel] = field(default_factory=list)


@dataclass
class EntityClaim:
    """One document's view of an entity: the props of its DESCRIBES relationship."""

    key: str
    type: str
    props: dict[str, Any]


@dataclass
class FactClaim:
    """One document's support for a fact: its evidence sentences and props."""

    key: FactKey
    evidence: list[str]
    props: dict[str, Any]
    confidence: float = 1.0


@dataclass
class DocumentGraph:
    """Everything one DocumentFacts record contributes to the graph, validated."""

    doc_id: str
    checksum: str
    document: dict[str, Any]
    sentences: list[dict[str, Any]]
    entities: list[EntityClaim]
    mentions: list[dict[str, Any]]
    facts: list[FactClaim]
    problems: list[str]
    weak: int = 0           # facts kept out: their confidence is under the minimum


# --- identifiers --------------------------------------------------------------

def sentence_id(doc_id: str, index: int) -> str:
    return f"{doc_id}#{index}"


def shortened(text: str, chars: int = CAPTION_CHARS) -> str:
    """`text` on one line, cut to `chars` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def sentence_doc(sid: str) -> str:
    """The document id of a sentence id."""
    return sid.rsplit("#", 1)[0]


def evidence_order(sid: str) -> tuple[str, int]:
    doc, _, index = sid.rpartition("#")
    return doc, int(index) if index.isdigit() else -1


def node_id(labels: Iterable[str], props: dict[str, Any]) -> str:
    """The export id of a node: the entity key, or "document:<id>" / "sentence:<id>"."""
    labels = set(labels)
    if ENTITY in labels:
        return str(props["key"])
    if DOCUMENT in labels:
        return f"document:{props['doc_id']}"
    if SENTENCE in labels:
        return f"sentence:{props['sentence_id']}"
    raise ValueError(f"not an athar node: labels {sorted(labels)}")


def checksum(record: DocumentFacts) -> str:
    """A digest of the whole record: an unchanged document is skipped on reload."""
    blob = json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# --- property values ----------------------------------------------------------

def clean_value(value: Any) -> Any:
    """A value Neo4j can store: a scalar or a homogeneous list of scalars, or None to drop it.

    NaN and infinities are dropped; a list mixing ints and floats becomes floats;
    any other mixture becomes strings. Nested lists and maps raise ValueError.
    """
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        items = [clean_value(v) for v in value]
        if any(isinstance(v, list) for v in items):
            raise ValueError("nested lists cannot be stored")
        items = [v for v in items if v is not None]
        return homogeneous(items) or None
    raise ValueError(f"a {type(value).__name__} cannot be stored as a property")


def homogeneous(items: list[Scalar]) -> list[Scalar]:
    """`items` as one storable type (Neo4j lists cannot mix types)."""
    kinds = {_kind(v) for v in items}
    if len(kinds) <= 1:
        if kinds == {"number"} and any(isinstance(v, float) for v in items):
            return [float(v) for v in items]
        return list(items)
    return [v if isinstance(v, str) else json.dumps(v) for v in items]


def clean_props(props: dict[str, Any], where: str, problems: list[str]) -> dict[str, Any]:
    """`props` with None/empty values dropped; unstorable values dropped and reported."""
    out = {}
    for k, v in props.items():
        try:
            v = clean_value(v)
        except ValueError as exc:
            problems.append(f"{where}: property {k!r} dropped: {exc}")
            continue
        if v is not None:
            out[str(k)] = v
    return out


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    return type(v).__name__


def _freeze(v: Any) -> tuple:
    """A hashable stand-in for a value; True and 1 stay different."""
    if isinstance(v, list):
        return ("list", tuple(_freeze(x) for x in v))
    return (_kind(v), v)


def _order(v: Any) -> tuple:
    """A total order over values of mixed kinds."""
    if isinstance(v, list):
        return ("list", tuple(_order(x) for x in v))
    return (_kind(v), v)


# --- one document -------------------------------------------------------------

def document_graph(record: DocumentFacts, min_confidence: float = MIN_CONFIDENCE) -> DocumentGraph:
    """Validate one extraction record and shape it as graph contributions.

    Problems (unknown entity in a fact, bad evidence, unstorable values...) drop
    the offending item and are reported in `problems`; the rest is kept. Facts
    whose confidence is under `min_confidence` are left out (counted in `weak`)
    before the checksum is taken, so loading with another minimum replaces
    exactly the documents whose kept facts change.
    """
    strong = [f for f in record.facts if not _below(f.confidence, min_confidence)]
    weak = len(record.facts) - len(strong)
    if weak:
        record = replace(record, facts=strong)
    doc = record.document
    doc_id = str(doc.doc_id)
    problems: list[str] = []
    document = clean_props({
        "doc_id": doc_id, "title": doc.title, "date": doc.date, "source": doc.source,
        "url": doc.url, "path": doc.path, "warnings": list(record.warnings) or None,
    }, doc_id, problems)
    document["checksum"] = checksum(record)
    document[CAPTION] = shortened(" ".join(x for x in (doc.title or doc_id, f"({doc.date})" if doc.date else "") if x))

    sentences = {}
    for s in record.sentences:
        if s.index in sentences:
            problems.append(f"{doc_id}: duplicate sentence index {s.index}")
            continue
        sentences[s.index] = {"sentence_id": sentence_id(doc_id, s.index), "doc_id": doc_id,
                              "index": s.index, "start": s.start, "end": s.end, "text": s.text,
                              CAPTION: shortened(s.text)}

    entities: dict[str, EntityClaim] = {}
    for e in record.entities:
        where = f"{doc_id}: entity {e.key!r}"
        if e.type not in ENTITY_TYPES:
            problems.append(f"{where}: unknown type {e.type!r}")
            continue
        claim = {"name": e.name, "aliases": sorted({a for a in e.aliases if a} - {e.name}) or None,
                 "name_en": e.name_en}
        for k, v in e.props.items():
            if k in ENTITY_FIELDS:
                problems.append(f"{where}: property {k!r} shadows a field and is dropped")
            else:
                claim[k] = v
        props = clean_props(claim, where, problems)
        seen = entities.get(e.key)
        if seen is None:
            entities[e.key] = EntityClaim(e.key, e.type, props)
        elif seen.type != e.type:
            problems.append(f"{where}: listed again as {e.type}, kept as {seen.type}")
        else:
            names = set(seen.props.get("aliases", [])) | set(props.get("aliases", [])) | {props["name"]}
            seen.props["aliases"] = sorted(names - {seen.props["name"]})
            for k, v in props.items():
                seen.props.setdefault(k, v)

    mentions = {}
    for m in record.mentions:
        if m.entity not in entities or m.sentence not in sentences:
            problems.append(f"{doc_id}: mention {m.text!r} at {m.start}: unknown "
                            f"{'entity ' + repr(m.entity) if m.entity not in entities else 'sentence'}")
            continue
        mentions[(m.entity, m.sentence, m.start, m.end)] = {
            "entity": m.entity, "sentence_id": sentence_id(doc_id, m.sentence),
            "start": m.start, "end": m.end, "text": m.text}

    facts: dict[FactKey, FactClaim] = {}
    for f in record.facts:
        key = FactKey(f.predicate, f.subject, f.object, bool(f.negated), f.modality)
        where = f"{doc_id}: fact {key.predicate}({key.subject}, {key.object})"
        problem = _fact_problem(key, entities)
        if problem:
            problems.append(f"{where}: {problem}; dropped")
            continue
        evidence = set()
        for ev in f.evidence:
            if ev.doc_id != doc_id or ev.sentence not in sentences:
                problems.append(f"{where}: evidence {ev.doc_id}#{ev.sentence} is not a sentence of this "
                                f"document; ignored")
            else:
                evidence.add(sentence_id(doc_id, ev.sentence))
        confidence = fact_confidence(f.confidence)
        if confidence is None:
            problems.append(f"{where}: confidence {f.confidence!r} is not a number; dropped")
            continue
        if confidence != f.confidence:
            problems.append(f"{where}: confidence {f.confidence!r} is outside [0, 1]; taken as {confidence}")
        props = clean_props(f.props, where, problems)
        for k in list(props):
            if k in FACT_FIELDS or k.endswith((SOURCES_SUFFIX, VALUES_SUFFIX)):
                problems.append(f"{where}: property {k!r} clashes with a relationship field; dropped")
                del props[k]
        claim = facts.get(key)
        if claim is None:
            facts[key] = FactClaim(key, sorted(evidence, key=evidence_order), props, confidence)
        else:
            claim.evidence = sorted(set(claim.evidence) | evidence, key=evidence_order)
            claim.confidence = max(claim.confidence, confidence)
            for k, v in props.items():
                claim.props.setdefault(k, v)

    return DocumentGraph(
        doc_id=doc_id, checksum=document["checksum"], document=document,
        sentences=[sentences[i] for i in sorted(sentences)],
        entities=[entities[k] for k in sorted(entities)],
        mentions=sorted(mentions.values(), key=lambda m: (m["sentence_id"], m["start"], m["end"], m["entity"])),
        facts=[facts[k] for k in sorted(facts)],
        problems=problems, weak=weak)


def fact_confidence(value: Any) -> float | None:
    """A fact's confidence as a float in [0, 1] (values outside clamped), None when it is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return min(1.0, max(0.0, float(value)))


def _below(value: Any, minimum: float) -> bool:
    """Whether a fact with this confidence stays out of the graph (a value that is no number is
    reported by document_graph instead)."""
    confidence = fact_confidence(value)
    return confidence is not None and confidence < minimum


def combined_confidence(values: Iterable[float]) -> float:
    """The confidence of a fact supported by sources with these confidences (module docstring):
    noisy-or, its gain over the best source capped at CONFIDENCE_CAP; the same in any order."""
    values = sorted(values)
    if not values:
        return 1.0
    doubt = 1.0
    for c in values:
        doubt *= 1.0 - c
    return round(max(values[-1], min(CONFIDENCE_CAP, 1.0 - doubt)), CONFIDENCE_DIGITS)


def _fact_problem(key: FactKey, entities: dict[str, EntityClaim]) -> str | None:
    if key.predicate not in RELATIONS:
        return f"unknown predicate {key.predicate!r}"
    if key.modality not in MODALITIES:
        return f"unknown modality {key.modality!r}"
    subject_types, object_types = RELATIONS[key.predicate]
    for role, ent_key, allowed in (("subject", key.subject, subject_types), ("object", key.object, object_types)):
        ent = entities.get(ent_key)
        if ent is None:
            return f"{role} {ent_key!r} is not an entity of the document"
        if ent.type not in allowed:
            return f"{role} {ent_key!r} is a {ent.type}, expected {'/'.join(allowed)}"
    return None


# --- entities: consensus over the documents that describe them ------------------

class Tally(NamedTuple):
    value: Any
    count: int          # documents giving this value
    first_doc: str      # smallest id of those documents


def tally(describes: dict[str, dict[str, Any]]) -> dict[str, list[Tally]]:
    """Per property, the distinct values the documents give (doc_id -> DESCRIBES props)."""
    acc: dict[str, dict[tuple, list]] = defaultdict(dict)
    for doc, props in describes.items():
        for k, v in props.items():
            slot = acc[k].setdefault(_freeze(v), [v, 0, doc])
            slot[1] += 1
            slot[2] = min(slot[2], doc)
    return {k: [Tally(*slot) for slot in values.values()] for k, values in acc.items()}


def consensus(tallies: list[Tally]) -> Any:
    """The value most documents give; ties go to the smallest first document id."""
    return min(tallies, key=lambda t: (-t.count, t.first_doc, _order(t.value))).value


def entity_props(key: str, tallies: dict[str, list[Tally]]) -> dict[str, Any]:
    """Node properties of an entity from the tallies of its DESCRIBES relationships."""
    name = consensus(tallies["name"])
    names = {t.value for t in tallies["name"]}
    for t in tallies.get("aliases", ()):
        names.update(t.value if isinstance(t.value, list) else [t.value])
    props = {"key": key, "name": name}
    aliases = sorted(names - {name})
    if aliases:
        props["aliases"] = aliases
    disputed = []
    for k in sorted(tallies):
        if k in UNION_PROPS:
            props[k] = sorted({v for t in tallies[k] for v in (t.value if isinstance(t.value, list) else [t.value])})
        elif k not in ENTITY_FIELDS:
            props[k] = consensus(tallies[k])
            if len(tallies[k]) > 1 and k not in DESCRIPTIVE:
                disputed.append(k)
    if disputed:
        props[DISPUTED] = disputed     # the documents disagree: the `conflicts` query starts here
    if "name_en" in tallies:
        props["name_en"] = consensus(tallies["name_en"])
    if isinstance(props.get("date"), str):
        props.update(date_parts(props["date"]))
    for k in DATE_PROPS:
        if isinstance(props.get(k), str):
            props[k] = typed_date(props[k])
    return props


# --- dates ----------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2})", re.ASCII)


def date_parts(text: str) -> dict[str, int]:
    """The integer year, month and day of an ISO 8601 date, as far as it gives them and they are valid:
    "2018-04-25" -> {year, month, day}, "2018-04" -> {year, month}, "--05-11" -> {month, day};
    nothing for another text."""
    m = _ISO_DATE.fullmatch(text.strip())
    if not m:
        return {}
    year, month, day = (int(g) if g else None for g in (m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)))
    parts = {"year": year} if year else {}
    if month and 1 <= month <= 12:
        parts["month"] = month
        if day and _valid(year or 2000, month, day):       # a leap year when the year is unknown
            parts["day"] = day
    return parts


def typed_date(text: str) -> dt.date | str:
    """A complete ISO date ("2018-04-25") as a datetime.date; any other text unchanged."""
    parts = date_parts(text)
    return dt.date(parts["year"], parts["month"], parts["day"]) if len(parts) == 3 else text


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


# --- facts: per-source values kept on the relationship ----------------------------

@dataclass
class FactState:
    """The documents supporting one fact relationship, with what each says."""

    key: FactKey
    evidence: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)     # prop -> doc -> value
    confidence: dict[str, float] = field(default_factory=dict)          # doc -> its confidence

    @classmethod
    def from_props(cls, key: FactKey, props: dict[str, Any]) -> "FactState":
        """Decode the properties of a stored relationship (inverse of to_props)."""
        state = cls(key, set(props.get("evidence", [])), set(props.get("sources", [])),
                    confidence=dict(zip(props.get(CONFIDENCE + SOURCES_SUFFIX, []),
                                        props.get(CONFIDENCE + VALUES_SUFFIX, []))))
        for k, docs in props.items():
            if not k.endswith(SOURCES_SUFFIX) or k in ("sources", CONFIDENCE + SOURCES_SUFFIX):
                continue
            prop = k[: -len(SOURCES_SUFFIX)]
            vals = props.get(prop + VALUES_SUFFIX, [])
            per_doc: dict[str, Any] = {}
            if isinstance(props.get(prop), list):
                for doc, v in zip(docs, vals):
                    per_doc.setdefault(doc, []).append(v)
            else:
                per_doc = dict(zip(docs, vals))
            state.values[prop] = per_doc
        return state

    def remove(self, doc: str) -> None:
        """Forget everything document `doc` said."""
        self.sources.discard(doc)
        self.confidence.pop(doc, None)
        self.evidence = {s for s in self.evidence if sentence_doc(s) != doc}
        for per_doc in self.values.values():
            per_doc.pop(doc, None)
        self.values = {k: v for k, v in self.values.items() if v}

    def add(self, doc: str, claim: FactClaim) -> None:
        """Record what document `doc` says (replacing what it said before)."""
        self.remove(doc)
        self.sources.add(doc)
        self.confidence[doc] = claim.confidence
        self.evidence.update(claim.evidence)
        for k, v in claim.props.items():
            self.values.setdefault(k, {})[doc] = v

    def to_props(self) -> dict[str, Any]:
        """Relationship properties: identity, sources, evidence, the combined confidence with each
        source's own, P/P_sources/P_values per prop, and `disputed`: the scalar props its sources give
        different values (the `conflicts` query). A source stored without a confidence (loaded before
        facts had one) counts as 1.0, the contract's default."""
        sources = sorted(self.sources)
        per_source = [float(self.confidence.get(doc, 1.0)) for doc in sources]
        props: dict[str, Any] = {
            "negated": self.key.negated, "modality": self.key.modality, LABEL: fact_label(self.key),
            "sources": sources, "evidence": sorted(self.evidence, key=evidence_order),
            CONFIDENCE: combined_confidence(per_source),
            CONFIDENCE + SOURCES_SUFFIX: sources, CONFIDENCE + VALUES_SUFFIX: per_source}
        for prop in sorted(self.values):
            per_doc = self.values[prop]
            docs = sorted(per_doc)
            if any(isinstance(per_doc[d], list) for d in docs):
                pairs = [(d, x) for d in docs for x in (per_doc[d] if isinstance(per_doc[d], list) else [per_doc[d]])]
                flat = homogeneous([x for _, x in pairs])
                props[prop] = sorted({_freeze(x): x for x in flat}.values(), key=_order)
                props[prop + SOURCES_SUFFIX] = [d for d, _ in pairs]
                props[prop + VALUES_SUFFIX] = flat
            else:
                vals = homogeneous([per_doc[d] for d in docs])
                claims = tally({d: {prop: v} for d, v in zip(docs, vals)})[prop]
                props[prop] = consensus(claims)
                props[prop + SOURCES_SUFFIX] = docs
                props[prop + VALUES_SUFFIX] = vals
                if len(claims) > 1 and prop not in DESCRIPTIVE:
                    props.setdefault(DISPUTED, []).append(prop)
        return props


def fact_label(key: FactKey) -> str:
    """What a fact says, for display: "invited", "not invited", "planned: attends", "reported: funded"."""
    past, planned = FACT_WORDS.get(key.predicate, (key.predicate.lower().replace("_", " "),) * 2)
    words = f"not {past}" if key.negated else planned if key.modality == "planned" else past
    return words if key.modality == "asserted" else f"{key.modality}: {words}"


def fact_key(rel_type: str, start_key: str, end_key: str, props: dict[str, Any]) -> FactKey:
    return FactKey(rel_type, start_key, end_key, bool(props.get("negated", False)),
                   props.get("modality", "asserted"))


# --- canonical order ------------------------------------------------------------

def sort_graph(graph: Graph) -> Graph:
    """Nodes and relationships in a canonical order (stable, diff-friendly exports)."""
    kind = {ENTITY: 0, DOCUMENT: 1, SENTENCE: 2}
    graph.nodes.sort(key=lambda n: (min(kind.get(label, 3) for label in n.labels), n.id))
    graph.rels.sort(key=lambda r: (r.start, r.type, r.end, r.props.get("negated", False),
                                   r.props.get("modality", ""), r.props.get("start", -1), r.props.get("end", -1)))
    return graph
