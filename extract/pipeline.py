"""The extraction pipeline: articles in, resolved DocumentFacts out.

    Document ──nlp.pipe──▶ spaCy Doc ──records──▶ DocumentFacts ──resolve──▶ DocumentFacts

The spaCy pipeline is a blank "ar" language with registered components, in
this order (each reads what the earlier ones wrote, see doc_ext.py):

    athar_sentences   sentence boundaries (punctuation, line breaks)
    athar_normalizer  token NORM without diacritics/variants/attached particles
    athar_gazetteer   states, capitals, demonyms, places, organisations
    athar_ner         statistical names (trained on ANERcorp)
    athar_persons     titles/roles, name lists, short-name resolution
    athar_dates       dates, ranges, relative dates
    athar_amounts     money amounts and counts
    athar_events      conferences, meetings, summits … and their anaphora
    athar_relations   facts with polarity, modality and evidence

build_nlp() assembles it; nlp.to_disk()/spacy.load() round-trip it.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .model import Document, DocumentFacts
from .records import doc_to_record
from .resolve import Resolver, rewrite

PIPELINE = (
    "athar_sentences",
    "athar_normalizer",
    "athar_gazetteer",
    "athar_ner",
    "athar_persons",
    "athar_dates",
    "athar_amounts",
    "athar_events",
    "athar_relations",
)

Problem = Callable[[str, str], None]     # (document or file, message)


def build_nlp(config: dict[str, dict] | None = None) -> Language:
    """The athar spaCy pipeline; config maps a component name to its settings."""
    nlp = spacy.blank("ar")
    for name in PIPELINE:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp


def _to_doc(nlp: Language, document: Document):
    doc = nlp.make_doc(document.text)
    meta = asdict(document)
    meta.pop("text")
    doc._.meta = meta
    return doc


def extract_documents(nlp: Language, documents: Iterable[Document], *, n_process: int = 1,
                      batch_size: int = 64, on_problem: Problem | None = None) -> Iterator[DocumentFacts]:
    """Per-document records, unresolved across documents, in input order.

    A document that makes a component fail is reported through on_problem
    and left out; the others go on.
    """
    by_id: dict[str, Document] = {}

    def docs():
        for d in documents:
            by_id[d.doc_id] = d
            yield _to_doc(nlp, d)

    def handler(component, proc, failed, exc):
        for doc in failed:
            doc_id = (doc._.meta or {}).get("doc_id", "?")
            by_id.pop(doc_id, None)
            if on_problem:
                on_problem(doc_id, f"extraction failed in {component}: {type(exc).__name__}: {exc}")

    nlp.set_error_handler(handler)
    for doc in nlp.pipe(docs(), n_process=n_process, batch_size=batch_size):
        document = by_id.pop(doc._.meta["doc_id"], None)
        if document is None:
            continue
        yield doc_to_record(doc, document)


def extract_corpus(documents: Iterable[Document], *, n_process: int = 1, batch_size: int = 64,
                   on_problem: Problem | None = None, nlp: Language | None = None) -> Iterator[DocumentFacts]:
    """Resolved records for a whole corpus, streamed with bounded memory.

    Pass 1 extracts every document into a temporary file and keeps only small
    summaries of events and persons; pass 2 rewrites keys so that the same
    event or person is one entity across documents.
    """
    nlp = nlp or build_nlp()
    resolver = Resolver()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as tmp:
        for record in extract_documents(nlp, documents, n_process=n_process, batch_size=batch_size,
                                        on_problem=on_problem):
            resolver.observe(record)
            tmp.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        mapping = resolver.mapping()
        tmp.seek(0)
        for line in tmp:
            yield rewrite(DocumentFacts.from_json(json.loads(line)), mapping, resolver.person_names)
