"""The contract between extract/ and graph/.

Typed, JSON-serialisable records. `extract/` produces them, `graph/` consumes
them; neither side sees the other's internals. One `DocumentFacts` is the unit
that is written as one line of facts.jsonl and loaded in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT_NAME = "athar-facts"
FORMAT_VERSION = 1

ENTITY_TYPES = ("State", "Organization", "Person", "Event")

# The closed relation set: name -> (allowed subject types, allowed object types).
RELATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ATTENDED": (("State", "Organization", "Person"), ("Event",)),
    "HOSTED": (("State", "Organization", "Person"), ("Event",)),
    "ORGANIZED": (("State", "Organization", "Person"), ("Event",)),
    "CHAIRED": (("State", "Organization", "Person"), ("Event",)),
    "INVITED": (("State", "Organization"), ("Event",)),
    "HELD_IN": (("Event",), ("State",)),
    "FUNDED": (("State", "Organization", "Person"), ("State", "Organization", "Person", "Event")),
    "SANCTIONED": (("State", "Organization", "Person"), ("State", "Organization", "Person")),
    "MEMBER_OF": (("State", "Organization", "Person"), ("Organization",)),
    "AFFILIATED_WITH": (("Person", "Organization"), ("State", "Organization")),
}

MODALITIES = ("asserted", "reported", "planned")


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact or mention was read: a character span of one sentence."""

    doc_id: str
    sentence: int          # index of the sentence within the document
    start: int             # character offsets into the original document text
    end: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """Metadata of one article. `text` is the decoded original text."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None       # ISO 8601 (possibly partial), anchors relative dates
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass
class Entity:
    """A resolved actor or event.

    key is stable and derived from content, so that loading another article
    merges into the same node: a State's key is its ISO 3166 alpha-2 code,
    others are prefixed ("org:", "person:", "event:").
    props: State {iso2}; Organization {kind}; Person {role}; Event {kind,
    city, country, date, end_date, figures...}. Values are scalars or lists
    of scalars. Within a DocumentFacts record, props are what *that*
    document says (so conflicting figures stay per source).
    """

    key: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    name_en: str | None = None
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Mention:
    """One occurrence of an entity: text == document text[start:end]."""

    entity: str            # Entity.key
    sentence: int
    start: int
    end: int
    text: str


@dataclass
class Fact:
    """A typed relation between two entities, with polarity and evidence."""

    predicate: str         # a key of RELATIONS
    subject: str           # Entity.key
    object: str            # Entity.key
    negated: bool = False
    modality: str = "asserted"
    props: dict[str, Any] = field(default_factory=dict)   # role, amount, currency, channel, basis (the rule)...
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0   # in [0, 1]: how likely the fact is true, from its rule's measured precision

    def identity(self) -> tuple:
        """What makes two facts the same fact (evidence accumulates)."""
        return (self.subject, self.predicate, self.object, self.negated, self.modality)


@dataclass
class DocumentFacts:
    """Everything extracted from one document: one line of facts.jsonl."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """A plain dict, ready for json.dumps; it shares props and lists with the record (read it, do not
        change it). Equal to dataclasses.asdict, which deep-copies and took a third of a load's Python time."""
        return {"document": dict(vars(self.document)),
                "sentences": [dict(vars(s)) for s in self.sentences],
                "entities": [dict(vars(e)) for e in self.entities],
                "mentions": [dict(vars(m)) for m in self.mentions],
                "facts": [{**vars(f), "evidence": [dict(vars(ev)) for ev in f.evidence]} for f in self.facts],
                "warnings": self.warnings}

    @classmethod
    def from_json(cls, data: dict) -> "DocumentFacts":
        """Inverse of to_json; raises KeyError/TypeError on malformed records."""
        return cls(
            document=Document(**data["document"]),
            sentences=[Sentence(**s) for s in data.get("sentences", [])],
            entities=[Entity(**e) for e in data.get("entities", [])],
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            facts=[
                Fact(**{**f, "evidence": [Evidence(**ev) for ev in f.get("evidence", [])]})
                for f in data.get("facts", [])
            ],
            warnings=list(data.get("warnings", [])),
        )


def header() -> dict:
    """The first line of a facts.jsonl file."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION}
