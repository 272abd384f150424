"""Reading facts files (extract/model.py is their contract) without trusting them.

A facts file may come from another version of athar, another tool or a hand
edit. Every record or item that breaks the contract is left out and reported
as `FILE:LINE: problem`, and the rest of the file is read:

- the header must name a version this reader knows, else the file is skipped;
- a line that is not a record (bad JSON, missing or mistyped fields) is skipped;
- an entity key has one type in all the files of one command (a node gets one
  type label), and keys starting with `document:` or `sentence:` are reserved
  (they are the export ids of documents and sentences);
- evidence must point at a sentence of its own document, within its span;
- numbers must be finite (JSON readers turn 1e400 into infinity).

An entity left out takes its mentions and facts with it, in one report line.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from athar.extract.model import FORMAT_NAME, FORMAT_VERSION, DocumentFacts, Entity

RESERVED_PREFIXES = ("document:", "sentence:")
Problem = Callable[[str], None]


class Rejected(ValueError):
    """A whole line is not a usable record."""


@dataclass
class FactsReader:
    """Reads facts files, remembering the type of every entity key across the files it reads."""

    on_problem: Problem
    malformed: int = 0       # lines left out whole (and files skipped)
    dropped: int = 0         # items left out of records that were kept
    types: dict[str, tuple[str, str]] = field(default_factory=dict)   # key -> (type, where first given)

    def read(self, path: str) -> Iterator[tuple[str, DocumentFacts]]:
        """(FILE:LINE, record) for every usable record of the file at `path`."""
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    data = json.loads(line)
                    if n == 1 and isinstance(data, dict) and "format" in data:
                        _check_header(data)
                        continue
                    record = self._record(data, where)
                except Rejected as exc:
                    self._reject(f"{where}: {exc}; the file is skipped")
                    return
                except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
                    self._reject(f"{where}: malformed record: {exc or type(exc).__name__}")
                    continue
                yield where, record

    def _reject(self, message: str) -> None:
        self.malformed += 1
        self.on_problem(message)

    def _drop(self, where: str, message: str) -> None:
        self.dropped += 1
        self.on_problem(f"{where}: {message}")

    def _record(self, data: Any, where: str) -> DocumentFacts:
        if not isinstance(data, dict):
            raise ValueError(f"a JSON {type(data).__name__}, not an object")
        record = DocumentFacts.from_json(data)
        _check_types(record)
        doc_id = record.document.doc_id
        entities = [e for e in record.entities if self._entity_ok(e, where, doc_id, record)]
        if len(entities) != len(record.entities):
            keys = {e.key for e in entities}
            record = replace(record, entities=entities,
                             mentions=[m for m in record.mentions if m.entity in keys],
                             facts=[f for f in record.facts if f.subject in keys and f.object in keys])
        spans = {s.index: (s.start, s.end) for s in record.sentences}
        for f in record.facts:
            kept = []
            for ev in f.evidence:
                span = spans.get(ev.sentence)
                if ev.doc_id != doc_id or span is None or not span[0] <= ev.start <= ev.end <= span[1]:
                    self._drop(where, f"{f.predicate}({f.subject}, {f.object}): evidence {ev.doc_id}#{ev.sentence} "
                                      f"[{ev.start}:{ev.end}] is not within a sentence of document {doc_id!r}; "
                                      f"left out")
                else:
                    kept.append(ev)
            f.evidence = kept
            if not _finite(f.confidence):
                self._drop(where, f"{f.predicate}({f.subject}, {f.object}): confidence {f.confidence!r} is not a "
                                  f"finite number; the fact is left out")
                f.confidence = None
            f.props = self._finite_props(f.props, where, f"{f.predicate}({f.subject}, {f.object})")
        for e in record.entities:
            e.props = self._finite_props(e.props, where, f"entity {e.key!r}")
        return replace(record, facts=[f for f in record.facts if f.confidence is not None])

    def _entity_ok(self, e: Entity, where: str, doc_id: str, record: DocumentFacts) -> bool:
        if e.key.startswith(RESERVED_PREFIXES):
            problem = f"entity key {e.key!r} is reserved ({' and '.join(RESERVED_PREFIXES)} name documents and " \
                      f"sentences)"
        else:
            first = self.types.setdefault(e.key, (e.type, where))
            if first[0] == e.type:
                return True
            problem = f"entity {e.key!r} is a {e.type} here but a {first[0]} at {first[1]}"
        mentions = sum(m.entity == e.key for m in record.mentions)
        facts = sum(e.key in (f.subject, f.object) for f in record.facts)
        self._drop(where, f"{problem}; left out of document {doc_id!r} with its {mentions} mentions and {facts} facts")
        return False

    def _finite_props(self, props: dict, where: str, what: str) -> dict:
        bad = [k for k, v in props.items() if not all(map(_finite, v if isinstance(v, list) else [v]))]
        for k in bad:
            self._drop(where, f"{what}: property {k!r} = {props[k]!r} is not a finite number; left out")
        return {k: v for k, v in props.items() if k not in bad}


def _check_header(data: dict) -> None:
    if data.get("format") != FORMAT_NAME:
        raise Rejected(f"not an athar facts file (format {data.get('format')!r})")
    if data.get("version") != FORMAT_VERSION:
        raise Rejected(f"unsupported format version {data.get('version')!r} (this athar reads version "
                       f"{FORMAT_VERSION})")


def _finite(value: Any) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


def _check_types(record: DocumentFacts) -> None:
    """TypeError unless the identifiers and offsets have the contract's types."""
    checks = [("document.doc_id", record.document.doc_id, str)]
    checks += [(f"sentences[{i}].{k}", getattr(s, k), int) for i, s in enumerate(record.sentences)
               for k in ("index", "start", "end")]
    checks += [(f"entities[{i}].{k}", getattr(e, k), str) for i, e in enumerate(record.entities)
               for k in ("key", "type", "name")]
    checks += [(f"mentions[{i}].{k}", getattr(m, k), int) for i, m in enumerate(record.mentions)
               for k in ("sentence", "start", "end")]
    checks += [(f"facts[{i}].{k}", getattr(f, k), str) for i, f in enumerate(record.facts)
               for k in ("predicate", "subject", "object")]
    checks += [(f"facts[{i}].evidence.{k}", getattr(ev, k), int) for i, f in enumerate(record.facts)
               for ev in f.evidence for k in ("sentence", "start", "end")]
    for name, value, kind in checks:
        if not isinstance(value, kind) or isinstance(value, bool) or (kind is str and not value):
            raise TypeError(f"{name} is {value!r}, expected a {'non-empty text' if kind is str else 'integer'}")
    if not all(isinstance(e.props, dict) and isinstance(e.aliases, list) for e in record.entities):
        raise TypeError("entity props must be objects and aliases lists")
    if not all(isinstance(f.props, dict) for f in record.facts):
        raise TypeError("fact props must be objects")
