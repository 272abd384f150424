"""spaCy extension attributes shared by the pipeline components.

The contract inside extract/ (components read and write only these):

- doc.ents: atomic names, labels STATE, ORG, PERSON, LOC (a city or region).
  span._.key is the entity key (ISO alpha-2 for STATE, "org:…", "person:…",
  "place:…" for LOC). Every keyed span has its Entity in doc._.entities.
- doc.spans["roles"]: title/role phrases ("وزير الخارجية المغربي", "السفير"),
  span._.value = {"role": str, "role_en": str, "state": iso2 | None, "org": key | None,
  "kind": "office" | "rank" | "profession", "counterpart": bool}; a counterpart role
  ("نظيره الأميركي") belongs to another person than the one written before it.
- doc.spans["events"]: event mentions (trigger noun + title), span._.key.
- doc.spans["chrome"]: lines of page furniture (a site's tag list); names are read in them, events and
  facts are not (chrome_tokens); none in a list of other articles' titles (label "titles", title_list_start).
- doc.spans["dates"]: span._.value = {"date": ISO 8601, possibly partial,
  "end_date": ISO | None, "relative": bool}.
- doc.spans["amounts"]: span._.value = {"value": float | None, "min": float | None,
  "max": float | None, "currency": ISO 4217 | None, "approx": bool,
  "kind": "money" | "count" | "percent" | "number", "unit": str | None}; span label is
  the kind in upper case. An exact amount has value; "أكثر من X" only min, "أقل من X"
  only max; a range or a vague plural (عشرات الآلاف) min and max. unit is the
  currency noun of money ("ريال", also when the currency stays unknown) or the
  canonical singular of a count ("دولة"); percent values are percents (50, not 0.5);
  "number" is a scaled number without unit ("نحو 500 مليون"). See extract/amounts.py.
- doc._.entities: dict key -> dict of extract.model.Entity fields, this document's view.
- doc._.facts: list of dicts of extract.model.Fact fields (relations component).
- doc._.meta: dict of extract.model.Document fields (minus text), set before the pipeline.
All extension values are plain JSON-like data (dict, list, str, number, bool,
None): nlp.pipe(n_process>1) ships docs between processes with msgpack.
- token._.clitic: characters of attached particles at the front of the token.
"""
from spacy.attrs import NORM
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from .arabic import normalize

for _name in ("key", "value"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

for _name in ("entities", "facts", "meta"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def entities(doc: Doc) -> dict:
    """doc._.entities, created on first use."""
    if doc._.entities is None:
        doc._.entities = {}
    return doc._.entities


def mention_start(span: Span) -> int:
    """Character offset where the mention text starts, after attached particles."""
    return span.start_char + span[0]._.clitic


def entity_of(span: Span) -> dict | None:
    """The registered Entity dict behind a keyed span, if any."""
    return (span.doc._.entities or {}).get(span._.key)


def place_of(span: Span) -> tuple[str, str, str | None] | None:
    """(city name, place key, state ISO code) if the span names a city or capital."""
    value = span._.value or {}
    if span.label_ == "LOC" and span._.key:
        ent = entity_of(span) or {}
        props = ent.get("props", {})
        if props.get("kind", "city") not in ("city", "capital"):
            return None
        return ent.get("name", span.text), span._.key, props.get("state")
    if span.label_ == "STATE" and value.get("form") == "capital":
        city = value.get("city") or span.text
        return city, value.get("place") or f"place:{city}", span._.key
    return None


def state_of(span: Span) -> str | None:
    """ISO code of the state a STATE span names (by name, demonym or capital)."""
    return span._.key if span.label_ == "STATE" else None


_STRINGS: dict[int, str] = {}       # string id -> string (the same in every vocab): each word made once, not per token
_MAX_STRINGS = 500_000


def token_norms(doc: Doc) -> list[str]:
    """The normal form of every token, [t.norm_ for t in doc] at a quarter of the cost."""
    return strings_of(doc, NORM)


def strings_of(doc: Doc, attr: int) -> list[str]:
    """The string attribute attr (NORM, ORTH) of every token."""
    known, strings = _STRINGS, doc.vocab.strings
    if len(known) > _MAX_STRINGS:
        known.clear()
    out = []
    for key in doc.to_array(attr).tolist():
        word = known.get(key)
        if word is None:
            word = known[key] = strings[key]
        out.append(word)
    return out


def word_ids(strings: StringStore, words) -> frozenset[int]:
    """The ids of words (normal forms, or texts as written) for positions()."""
    return frozenset(strings.add(w) for w in words)


def positions(doc: Doc, ids: frozenset[int], attr: int = NORM) -> list[int]:
    """Indexes of the tokens whose attr (NORM, or ORTH for texts) has one of ids (word_ids), in order: one pass over
    the document's array instead of a Token and a string made for each of its words."""
    return [i for i, key in enumerate(doc.to_array(attr).tolist()) if key in ids]


def particle(token: Token) -> str:
    """The first letter written onto a token before its word ("بالرياض" -> "ب", "لوزارة" -> "ل"), "" if none."""
    return normalize(token.text)[:1] if token._.clitic else ""


def purpose_noun(doc: Doc, k: int) -> int | None:
    """The noun with ل written onto it that the word at k qualifies, at most one definite adjective between
    ("للعام الدراسي القادم": what something is for, not when it is), else None."""
    for m in range(k - 1, max(-1, k - 3), -1):
        if written_onto(doc[m], "ل"):
            return m
        if not doc[m].norm_.startswith("ال"):
            return None
    return None


def unprefixed(token: Token) -> bool:
    """Whether no particle is written onto the token: none counted as attached, none the normaliser dropped
    ("للمؤسسة" -> "المؤسسة")."""
    return normalize(token.text) == token.norm_


def written_onto(token: Token, letter: str) -> bool:
    """Whether the preposition letter is written onto the token: counted as attached, or dropped by the
    normaliser ("للحوار" -> "الحوار"); not a word that begins with it ("لبنان")."""
    return normalize(token.text)[:1] == letter and (token._.clitic > 0 or not token.norm_.startswith(letter))


def celebrated(doc: Doc, start: int, clause_start: int, governors) -> bool:
    """Whether the mention at token start is what a celebration in its clause (from clause_start) is for:
    the ب-object of a verb or noun of celebrating a few words before it ("احتفل المكتب بالرياض بافتتاح القناة"),
    or right after مناسبة ("حفل بمناسبة افتتاح المعرض"); not a celebration itself ("عن سعادته بالاحتفال").
    governors are the normal forms of those words."""
    found = [t for t in doc[max(clause_start, start - 6):start] if t.norm_ in governors]
    return bool(found) and doc[start].norm_.removeprefix("ال") not in governors and (
        written_onto(doc[start], "ب") or found[-1].i == start - 1 and "مناسب" in found[-1].norm_)


TITLE_LIST = "titles"       # the label of the chrome span of the columnist's other articles


def chrome_tokens(doc: Doc) -> set[int]:
    """Indexes of the tokens on lines of page furniture (doc.spans["chrome"])."""
    return {t for span in doc.spans.get("chrome", []) for t in range(span.start, span.end)}


def title_list_start(doc: Doc) -> int:
    """The first token of the list of other articles' titles at the foot of a column (chrome labelled "titles"),
    whose names are not this article's; len(doc) if there is none."""
    return min((span.start for span in doc.spans.get("chrome", []) if span.label_ == TITLE_LIST), default=len(doc))
