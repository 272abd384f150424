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

import contextlib
import gc
import json
import multiprocessing
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict

import spacy
from spacy.language import Language
from spacy.util import minibatch
from threadpoolctl import threadpool_limits

from . import components  # noqa: F401  (registers the factories)
from .model import Document, DocumentFacts
from .records import doc_to_record
from .resolve import Resolver, rewrite
from .tokenizer import add_rules, skip_unread_attributes

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
    nlp = add_rules(spacy.blank("ar"))
    skip_unread_attributes(nlp.vocab)
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
    and left out; the others go on. With n_process > 1, forked workers run
    nlp.pipe on batches of documents and send back finished records rather
    than spaCy Docs: shipping Docs (with their spans and extension data) to
    the main process cost a fifth of the throughput on two cores (bench/).
    At most two batches per worker are in flight, so memory stays bounded.
    Each worker freezes what it inherits (gc.freeze): the pipeline's tables
    stay out of its garbage collections.
    BLAS runs single-threaded meanwhile: there is one process per core, and
    threads only add overhead to the name model's small matrices.
    """
    def report(results: list[tuple[DocumentFacts | None, str, str | None]]) -> Iterator[DocumentFacts]:
        for record, doc_id, problem in results:
            if problem is not None:
                if on_problem:
                    on_problem(doc_id, problem)
            else:
                yield record

    batches = minibatch(documents, batch_size)
    with threadpool_limits(limits=1, user_api="blas"):      # inherited by forked workers
        if n_process == 1:
            for batch in batches:
                yield from report(_extract_batch(nlp, batch))
        else:
            yield from _extract_in_pool(nlp, batches, n_process, report)


def _extract_in_pool(nlp: Language, batches: Iterable[list[Document]], n_process: int,
                     report: Callable[[list], Iterator[DocumentFacts]]) -> Iterator[DocumentFacts]:
    """The batches extracted by n_process forked workers, reported in input order."""
    global _FORKED_NLP
    _FORKED_NLP = nlp                 # inherited by the forked workers, never pickled
    with multiprocessing.get_context("fork").Pool(n_process, initializer=gc.freeze) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(_extract_in_worker, (batch,)))
            if len(pending) >= 2 * n_process:
                yield from report(pending.popleft().get())
        while pending:
            yield from report(pending.popleft().get())


_FORKED_NLP: Language | None = None


def _extract_in_worker(batch: list[Document]) -> list[tuple[DocumentFacts | None, str, str | None]]:
    return _extract_batch(_FORKED_NLP, batch)


def _extract_batch(nlp: Language, batch: list[Document]) -> list[tuple[DocumentFacts | None, str, str | None]]:
    """(record, doc_id, None) or (None, doc_id, problem) for each document of the batch, in order."""
    problems: dict[int, str] = {}

    def handler(component, proc, failed, exc):
        for doc in failed:
            problems[doc.user_data["athar_position"]] = f"extraction failed in {component}: {type(exc).__name__}: {exc}"

    nlp.set_error_handler(handler)
    docs = []
    for position, document in enumerate(batch):
        doc = _to_doc(nlp, document)
        doc.user_data["athar_position"] = position
        docs.append(doc)
    records = {doc.user_data["athar_position"]: doc for doc in nlp.pipe(docs, batch_size=len(batch))}
    return [(doc_to_record(records[k], document), document.doc_id, None) if k in records
            else (None, document.doc_id, problems.get(k, "extraction failed"))
            for k, document in enumerate(batch)]


class ResolutionSpool:
    """The two passes of cross-document resolution: keep() spools records (extraction keeps only small
    summaries of events and persons in memory), resolved() then yields them with keys rewritten so that
    the same event or person is one entity across documents."""

    def __init__(self, tmp) -> None:
        self.resolver = Resolver()
        self.tmp = tmp

    def keep(self, records: Iterable[DocumentFacts]) -> Iterator[DocumentFacts]:
        """Pass 1: yield each record as it comes, remembering it for resolution."""
        for record in records:
            self.resolver.observe(record)
            self.tmp.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
            yield record

    def resolved(self) -> Iterator[DocumentFacts]:
        """Pass 2: every kept record, resolved across documents."""
        mapping = self.resolver.mapping()
        names = self.resolver.names(mapping)
        self.tmp.seek(0)
        for line in self.tmp:
            yield rewrite(DocumentFacts.from_json(json.loads(line)), mapping, names)


@contextlib.contextmanager
def resolution_spool() -> Iterator[ResolutionSpool]:
    with tempfile.TemporaryFile("w+", encoding="utf-8") as tmp:
        yield ResolutionSpool(tmp)


Stage = Callable[[str, Iterator[DocumentFacts]], Iterator[DocumentFacts]]


def extract_corpus(documents: Iterable[Document], *, n_process: int = 1, batch_size: int = 64,
                   on_problem: Problem | None = None, nlp: Language | None = None,
                   stage: Stage = lambda label, records: records) -> Iterator[DocumentFacts]:
    """Resolved records for a whole corpus, streamed with bounded memory (ResolutionSpool).

    stage(label, records) wraps the records of each pass, "extracting" then "resolving" (the CLI's
    progress)."""
    nlp = nlp or build_nlp()
    with resolution_spool() as spool:
        deque(spool.keep(stage("extracting", extract_documents(nlp, documents, n_process=n_process,
                                                                batch_size=batch_size, on_problem=on_problem))),
              maxlen=0)
        yield from stage("resolving", spool.resolved())
