"""Extraction quality against hand-made gold annotations (`athar eval`).

A gold file names entities by gold ids (a State's is its ISO code) and lists, per document id, the
entities it mentions, the facts an extractor must find (`facts`), may find (`optional`) or must not
assert (`negative`), and the modality of facts that are not plain past assertions:

    {"entities": {"SA": {"type": "State", "iso2": "SA"}, "IR": {"type": "State", "iso2": "IR"},
                  "jubeir": {"type": "Person", "aliases": ["عادل الجبير", "الجبير"]},
                  "paris": {"type": "Event", "aliases": ["مؤتمر باريس"], "cities": ["باريس"], "date": "2018-04"}},
     "docs": {"a1": {"mentions": ["SA", "IR", "jubeir", "paris"],
                     "facts": [["ATTENDED", "jubeir", "paris"], ["INVITED", "IR", "paris", "negative"]],
                     "optional": [["ATTENDED", "SA", "paris"]], "negative": [["ATTENDED", "IR", "paris"]],
                     "modality": {"ATTENDED|jubeir|paris": "reported"}}}}

The evaluator reads the graph athar builds from resolved records as plain data (`System`: the CLI
takes it from the graph code `athar load` uses) and aligns each node to a gold entity:
- a State by its ISO code;
- a Person, Organization or Event when its name or one of its aliases, in that order, equals the
  alias of exactly one gold entity of its type after `name_key` normalisation;
- else an Event by city and compatible year/month (several candidates: the one whose names share
  most words, if it is one).
A fact of document D is (relation, subject, object, polarity) for each relationship whose sources
include D. A relationship with an end aligned to nothing is a wrong fact; such relationships count
once per (relation, aligned end) in a document, the convention of the gold sets' own scorer, so
that both give the same numbers.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .arabic import normalize
from .isodate import parts
from .model import ENTITY_TYPES, MODALITIES, RELATIONS
from .records import state_entity

UNKNOWN = "?"            # the gold id of an end that aligns to no gold entity


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and the problem."""


# --- system side: plain data ---------------------------------------------------------

@dataclass
class Node:
    """An entity node of the graph: its type and its merged properties (name, aliases, iso2, city, date)."""

    key: str
    type: str
    props: dict[str, Any]

    @property
    def names(self) -> list[str]:
        return [n for n in [self.props.get("name"), *(self.props.get("aliases") or [])] if n]


@dataclass
class Relation:
    """A fact relationship of the graph with the documents that state it and its evidence sentences."""

    predicate: str
    subject: str
    object: str
    negated: bool
    modality: str
    sources: list[str]
    evidence: list[tuple[str, int]]        # (doc id, sentence index)


@dataclass
class System:
    """What the evaluator reads of the graph."""

    nodes: dict[str, Node] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    mentions: list[tuple[str, str, int]] = field(default_factory=list)    # (entity key, doc id, sentence index)
    sentences: dict[tuple[str, int], str] = field(default_factory=dict)   # (doc id, index) -> text
    documents: set[str] = field(default_factory=set)                      # doc ids


# --- gold side -------------------------------------------------------------------------

def name_key(text: Any) -> str:
    """A name as alignment compares it: NFKC, `arabic.normalize` (diacritics, tatweel, alef/hamza/ya/
    ta-marbuta variants, lower case), punctuation read as a space, single spaces."""
    text = normalize(unicodedata.normalize("NFKC", str(text)))
    return " ".join("".join(" " if unicodedata.category(c)[0] == "P" else c for c in text).split())


@dataclass
class Gold:
    entities: dict[str, dict[str, Any]]
    docs: dict[str, dict[str, Any]]

    def __post_init__(self) -> None:
        self._alias: dict[tuple[str, str], set[str]] = defaultdict(set)
        for gid, e in self.entities.items():
            for alias in e.get("aliases", []):
                self._alias[(e["type"], name_key(alias))].add(gid)
        self._cities = {gid: {name_key(c) for c in e.get("cities", [])}
                        for gid, e in self.entities.items() if e["type"] == "Event"}

    def align(self, node: Node) -> str | None:
        """The gold id of a system node, or None."""
        if node.type == "State":
            code = str(node.props.get("iso2") or node.key).upper()
            return code if self.entities.get(code, {}).get("type") == "State" else None
        for name in node.names:
            hits = self._alias.get((node.type, name_key(name)), ())
            if len(hits) == 1:
                return next(iter(hits))
        return self._event_by_place(node) if node.type == "Event" else None

    def _event_by_place(self, node: Node) -> str | None:
        city = name_key(node.props.get("city") or "")
        if not city:
            return None
        year, month, _ = parts(node.props.get("date"))
        found = []
        for gid, cities in self._cities.items():
            e = self.entities[gid]
            gold_year, gold_month = parts(e["date"])[:2] if e.get("date") else (str(e.get("year") or ""), "")
            if city in cities and _agree(year, gold_year) and _agree(month, gold_month) \
                    and (year or month or not (gold_year or gold_month)):
                found.append(gid)
        if len(found) > 1:
            words = set(name_key(" ".join(node.names)).split())
            shared = {gid: len(words & set(name_key(" ".join(self.entities[gid].get("aliases", []))).split()))
                      for gid in found}
            best = max(shared.values())
            found = [gid for gid in found if shared[gid] == best] if best else found
        return found[0] if len(found) == 1 else None

    def name(self, gid: str) -> str:
        """A readable name for a gold id: a State's Arabic name, else the first alias."""
        e = self.entities.get(gid)
        if e is None:
            return gid
        if e["type"] == "State":
            return state_entity(gid)["name"]
        return (e.get("aliases") or [gid])[0]


def _agree(a: str, b: str) -> bool:
    return not a or not b or a == b


def read_gold(path: str) -> Gold:
    """The gold file at `path`, checked; raises GoldError naming the file and the first problem."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read it as JSON: {exc}") from None
    problem = _gold_problem(data)
    if problem:
        raise GoldError(f"{path}: {problem}")
    return Gold(data["entities"], data["docs"])


def _gold_problem(data: Any) -> str | None:
    """The first thing wrong with a gold object, or None."""
    if not isinstance(data, dict) or not isinstance(data.get("entities"), dict) \
            or not isinstance(data.get("docs"), dict):
        return 'expected an object with "entities" and "docs" objects'
    entities = data["entities"]
    for gid, e in entities.items():
        where = f"entities.{gid}"
        if not isinstance(e, dict) or e.get("type") not in ENTITY_TYPES:
            return f"{where}: \"type\" must be one of {', '.join(ENTITY_TYPES)}"
        if e["type"] == "State" and not (len(gid) == 2 and gid.isascii() and gid.isupper()
                                         and e.get("iso2", gid) == gid):
            return f"{where}: a State's id is its ISO 3166 alpha-2 code (and equals its iso2)"
        for list_field in ("aliases", "cities"):
            value = e.get(list_field, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                return f"{where}: \"{list_field}\" must be a list of non-empty strings"
    for doc_id, doc in data["docs"].items():
        where = f"docs.{doc_id}"
        if not isinstance(doc, dict):
            return f"{where}: expected an object"
        mentions = doc.get("mentions", [])
        if not isinstance(mentions, list):
            return f"{where}.mentions: expected a list of entity ids"
        for gid in mentions:
            if gid not in entities:
                return f"{where}.mentions: unknown entity {gid!r}"
        for kind in ("facts", "optional", "negative"):
            facts = doc.get(kind, [])
            if not isinstance(facts, list):
                return f"{where}.{kind}: expected a list of facts"
            for n, fact in enumerate(facts):
                problem = _fact_problem(fact, entities)
                if problem:
                    return f"{where}.{kind}[{n}]: {problem}"
        modality = doc.get("modality", {})
        if not isinstance(modality, dict):
            return f"{where}.modality: expected an object"
        for key, value in modality.items():
            if len(key.split("|")) != 3 or key.split("|")[0] not in RELATIONS:
                return f"{where}.modality: key {key!r} is not RELATION|subject|object"
            if value not in MODALITIES:
                return f"{where}.modality.{key}: {value!r} is not one of {', '.join(MODALITIES)}"
    return None


def _fact_problem(fact: Any, entities: dict[str, Any]) -> str | None:
    if not isinstance(fact, list) or len(fact) not in (3, 4) or (len(fact) == 4 and fact[3] != "negative"):
        return f'{json.dumps(fact, ensure_ascii=False)} is not [RELATION, subject, object] (+ "negative")'
    if fact[0] not in RELATIONS:
        return f"unknown relation {fact[0]!r}"
    for gid in fact[1:3]:
        if gid not in entities:
            return f"unknown entity {gid!r}"
    return None


# --- scoring ---------------------------------------------------------------------------

FactKey = tuple[str, str, str, str]        # (relation, subject gid, object gid, polarity)


def _gold_fact(fact: list) -> FactKey:
    return (fact[0], fact[1], fact[2], "negative" if len(fact) > 3 else "positive")


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(gold: Gold, system: System) -> dict[str, Any]:
    """The report: scores, errors and every missed and wrong fact with its sentences (JSON-ready)."""
    aligned = {key: gold.align(node) for key, node in system.nodes.items()}
    duplicates: dict[str, list[str]] = defaultdict(list)
    for key, gid in sorted(aligned.items()):
        if gid:
            duplicates[gid].append(key)

    found_mentions: dict[str, set[str]] = defaultdict(set)
    by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for key, doc, index in system.mentions:
        if aligned.get(key):
            found_mentions[doc].add(aligned[key])
            by_sentence[(doc, index)].add(aligned[key])

    found: dict[str, dict[FactKey, list[Relation]]] = defaultdict(lambda: defaultdict(list))
    for rel in system.relations:
        s, o = aligned.get(rel.subject), aligned.get(rel.object)
        fact = ((rel.predicate, s, o, "negative" if rel.negated else "positive") if s and o
                else (rel.predicate, s or UNKNOWN, o or UNKNOWN, "unaligned"))
        for doc in rel.sources:
            found[doc][fact].append(rel)

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])          # relation -> tp, fp, fn
    mention_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # entity type -> tp, fp, fn
    per_doc, missed, wrong, polarity, modality_wrong = {}, [], [], [], []
    modality_right = unaligned = 0
    texts = _Sentences(gold, system, aligned, by_sentence)
    for doc, g in gold.docs.items():
        want = {_gold_fact(f) for f in g.get("facts", [])}
        allowed = want | {_gold_fact(f) for f in g.get("optional", [])}
        denied = {_gold_fact(f) for f in g.get("negative", [])}
        got = found.get(doc, {})
        tp = want & got.keys()
        fp = sorted(f for f in got if f not in allowed)
        fn = sorted(want - got.keys())
        for f in tp:
            counts[f[0]][0] += 1
            expected = g.get("modality", {}).get("|".join(f[:3]), "asserted")
            given = sorted({rel.modality for rel in got[f]})
            if expected in given:
                modality_right += 1
            else:
                modality_wrong.append({**_fact_json(doc, f), "gold": expected, "system": given})
        for f in fp:
            counts[f[0]][1] += 1
            unaligned += len(got[f]) if f[3] == "unaligned" else 0
            wrong.append({**_fact_json(doc, f), "polarity_error": f in denied,
                          "subject_name": " | ".join(sorted({texts.node_name(r.subject) for r in got[f]})),
                          "object_name": " | ".join(sorted({texts.node_name(r.object) for r in got[f]})),
                          "modality": sorted({r.modality for r in got[f]}),
                          "sentences": texts.evidence(doc, got[f])})
            if f in denied:
                polarity.append(_fact_json(doc, f))
        for f in fn:
            counts[f[0]][2] += 1
            missed.append({**_fact_json(doc, f), "subject_name": gold.name(f[1]), "object_name": gold.name(f[2]),
                           "sentences": texts.mentioning(doc, f[1], f[2])})
        in_gold, in_system = set(g.get("mentions", [])), found_mentions.get(doc, set())
        for gid in in_gold | in_system:
            mention_counts[gold.entities[gid]["type"]][0 if gid in in_gold & in_system else
                                                        1 if gid in in_system else 2] += 1
        per_doc[doc] = _prf(len(tp), len(fp), len(fn))

    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    checked = modality_right + len(modality_wrong)
    return {
        "facts": _prf(*total),
        "by_relation": {k: _prf(*v) for k, v in sorted(counts.items())},
        "by_document": per_doc,
        "mentions": _prf(*[sum(c[i] for c in mention_counts.values()) for i in range(3)]),
        "mentions_by_type": {k: _prf(*v) for k, v in sorted(mention_counts.items())},
        "polarity_errors": sorted(polarity, key=_order),
        "duplicate_entities": {gid: keys for gid, keys in sorted(duplicates.items()) if len(keys) > 1},
        "unaligned_relations": unaligned,
        "modality": {"correct": modality_right, "of": checked,
                     "accuracy": round(modality_right / checked, 3) if checked else 0.0,
                     "wrong": sorted(modality_wrong, key=_order)},
        "missed_facts": sorted(missed, key=_order),
        "wrong_facts": sorted(wrong, key=_order),
        "documents_not_found": sorted(set(gold.docs) - system.documents),
    }


def _fact_json(doc: str, fact: FactKey) -> dict[str, Any]:
    return {"doc": doc, "relation": fact[0], "subject": fact[1], "object": fact[2], "polarity": fact[3]}


def _order(entry: dict) -> tuple:
    return entry["doc"], entry["relation"], entry["subject"], entry["object"], entry["polarity"]


class _Sentences:
    """Sentence texts for the listings: a wrong fact's evidence, the sentences naming a missed fact's ends."""

    def __init__(self, gold: Gold, system: System, aligned: dict[str, str | None],
                 by_sentence: dict[tuple[str, int], set[str]]):
        self.gold, self.system, self.by_sentence = gold, system, by_sentence
        self.per_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for (doc, index), text in sorted(system.sentences.items()):
            self.per_doc[doc].append((index, text))
        self.forms: dict[str, set[str]] = defaultdict(set)       # gold id -> normalised names
        for gid, e in gold.entities.items():
            self.forms[gid].update(name_key(a) for a in e.get("aliases", []))
        for key, gid in aligned.items():
            if gid:
                self.forms[gid].update(name_key(n) for n in system.nodes[key].names)

    def node_name(self, key: str) -> str:
        node = self.system.nodes.get(key)
        return str(node.props.get("name") or key) if node else key

    def evidence(self, doc: str, relations: list[Relation]) -> list[str]:
        indexes = sorted({i for rel in relations for d, i in rel.evidence if d == doc})
        return [self.system.sentences[(doc, i)] for i in indexes if (doc, i) in self.system.sentences]

    def mentioning(self, doc: str, *gids: str) -> list[str]:
        """Sentences of `doc` naming every one of `gids` (a system mention or a known name in the text)."""
        patterns = {gid: _name_pattern(self.forms[gid]) for gid in gids}
        out = []
        for index, text in self.per_doc.get(doc, []):
            normalised = None
            for gid in gids:
                if gid in self.by_sentence.get((doc, index), ()):
                    continue
                normalised = normalised if normalised is not None else name_key(text)
                if not (patterns[gid] and patterns[gid].search(normalised)):
                    break
            else:
                out.append(text)
        return out


def _name_pattern(forms: set[str]) -> re.Pattern | None:
    """Any of `forms` as whole words of a normalised text, after an attached و ف ب ل ك (or لل for ال)."""
    alternatives = []
    for form in sorted(f for f in forms if f):
        alternatives.append("[بلك]?" + re.escape(form))
        if form.startswith("ال"):
            alternatives.append("ل" + re.escape(form[1:]))
    if not alternatives:
        return None
    return re.compile(r"(?:^| )[وف]?(?:" + "|".join(alternatives) + r")(?= |$)")


# --- text -------------------------------------------------------------------------------

def render(report: dict[str, Any], details: bool = True) -> str:
    """The report as text: the scores (the lines of the maintainers' scorer), then, with `details`,
    duplicates, polarity and modality errors, and every missed and wrong fact with its sentences."""
    f, m, md = report["facts"], report["mentions"], report["modality"]
    lines = [f"facts     P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f} "
             f"(tp={f['tp']} fp={f['fp']} fn={f['fn']})"]
    lines += [f"  {k:16s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
              f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})" for k, v in report["by_relation"].items()]
    lines.append(f"mentions  P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}")
    lines += [f"  {k:16s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
              f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})" for k, v in report["mentions_by_type"].items()]
    lines.append(f"polarity errors: {len(report['polarity_errors'])}  duplicate entities: "
                 f"{len(report['duplicate_entities'])}  unaligned relations: {report['unaligned_relations']}")
    lines.append(f"modality of found facts: {md['correct']}/{md['of']} right (accuracy {md['accuracy']:.3f})")
    if report["documents_not_found"]:
        lines.append(f"gold documents not in the corpus ({len(report['documents_not_found'])}): "
                     + ", ".join(report["documents_not_found"]))
    if not details:
        return "\n".join(lines) + "\n"
    if report["duplicate_entities"]:
        lines.append("\nduplicate entities (one gold entity, several nodes):")
        lines += [f"  {gid}: {', '.join(keys)}" for gid, keys in report["duplicate_entities"].items()]
    if md["wrong"]:
        lines.append("\nmodality errors:")
        lines += [f"  {e['doc']}  {_fact_text(e)}  gold {e['gold']}, athar {', '.join(e['system'])}"
                  for e in md["wrong"]]
    for title, entries, none in (("missed facts", report["missed_facts"], "no sentence names both ends"),
                                 ("wrong facts", report["wrong_facts"], "no evidence sentence")):
        lines.append(f"\n{title} ({len(entries)}):")
        for e in entries:
            flags = ("  POLARITY ERROR" if e.get("polarity_error") else "") + \
                    (f"  [{', '.join(e['modality'])}]" if e.get("modality") else "")
            lines.append(f"  {e['doc']}  {_fact_text(e)}  ({e['subject_name']} -> {e['object_name']}){flags}")
            lines += [f"      | {_one_line(s)}" for s in e["sentences"]] or [f"      ({none})"]
    return "\n".join(lines) + "\n"


def _fact_text(e: dict[str, Any]) -> str:
    negated = {"negative": " (negated)", "unaligned": " (an end aligns to no gold entity)"}.get(e["polarity"], "")
    return f"{e['relation']}({e['subject']}, {e['object']}){negated}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
