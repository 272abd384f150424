"""Extraction on a Dask cluster (dask.distributed): extract_corpus's map and reduce spread over workers.

- Partitions: the corpus's files in iter_documents' order; a large JSON-lines file is cut into byte
  ranges at line starts (io.line_ranges), small files are grouped up to the partition size.
- Map: a worker extracts a partition with a pipeline it builds once (the first task of a worker
  process builds it, the next ones reuse it) and sends back the partition's unresolved records as
  JSON lines, with the problems it met, in input order. The client writes each partition's records
  to its own shard file as they arrive.
- Reduce: cross-document resolution reads the shards in partition order. Pass 1 shows the Resolver
  each record (it keeps small summaries of events and persons, never documents), pass 2 rewrites
  them. A document id seen in an earlier partition is reported as iter_documents reports it and
  left out, so the records are those of a single-process run, in the same order.

The scheduler runs a partition again on another worker when its worker dies, and retries it after
an error; a shard is written only from a partition that came back whole, so failures do not
change the output. Workers read the corpus by its paths: on a cluster of several machines, give
paths every worker sees (a shared file system).
"""
from __future__ import annotations

import gc
import itertools
import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .io import Problem, corpus_files, duplicate_id, file_documents, line_ranges, range_documents
from .model import DocumentFacts
from .resolve import Resolver, rewrite

PARTITION_BYTES = 8 << 20       # about 2,500 news articles: a few seconds of one worker
RETRIES = 2                     # runs of a partition after an error, on top of the first
IN_FLIGHT_PER_WORKER = 3        # partitions submitted ahead, so that finished ones wait in no worker's memory


@dataclass(frozen=True)
class Piece:
    """A file, or the lines of bytes start..end of a JSON-lines file (numbered from first_line)."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


def partitions(paths: Iterable[str | os.PathLike], size: int = PARTITION_BYTES,
               on_problem: Problem | None = None) -> list[list[Piece]]:
    """The corpus as partitions of about `size` bytes, in the order iter_documents reads it."""
    out: list[list[Piece]] = []
    group: list[Piece] = []
    filled = 0
    for path in corpus_files(paths, on_problem):
        ranges = line_ranges(path, size)
        if ranges:
            if group:
                out.append(group)
                group, filled = [], 0
            out.extend([Piece(path, start, end, line)] for start, end, line in ranges)
            continue
        try:
            length = os.path.getsize(path)
        except OSError:
            length = 0
        if group and filled + length > size:
            out.append(group)
            group, filled = [], 0
        group.append(Piece(path))
        filled += length
    if group:
        out.append(group)
    return out


_WORKER_NLP = None


def _worker_nlp():
    """The pipeline of this worker process, built by its first partition; then frozen out of the
    garbage collector's reach, as the forked workers of -j freeze it."""
    global _WORKER_NLP
    if _WORKER_NLP is None:
        from .pipeline import build_nlp
        _WORKER_NLP = build_nlp()
        gc.freeze()
    return _WORKER_NLP


def extract_partition(pieces: list[Piece]) -> tuple[list[str], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(records as JSON lines, problems as (kind, where, message), (doc_id, where) of each document
    read) of one partition, in input order; kind is problem, notice or empty."""
    from .pipeline import extract_documents

    problems: list[tuple[str, str, str]] = []
    read: list[tuple[str, str]] = []
    reporters = [lambda where, message, kind=kind: problems.append((kind, where, message))
                 for kind in ("problem", "notice", "empty")]

    def documents():
        first_seen: dict[str, str] = {}
        for piece in pieces:
            found = file_documents(piece.path, *reporters) if piece.end is None else \
                range_documents(piece.path, piece.start, piece.end, piece.first_line, *reporters)
            for where, document in found:
                if document.doc_id in first_seen:
                    reporters[0](where, duplicate_id(document.doc_id, first_seen[document.doc_id]))
                    continue
                first_seen[document.doc_id] = where
                read.append((document.doc_id, where))
                yield document

    records = [json.dumps(r.to_json(), ensure_ascii=False)
               for r in extract_documents(_worker_nlp(), documents(), on_problem=reporters[0])]
    return records, problems, read


Stage = Callable[[str, Iterator[DocumentFacts]], Iterator[DocumentFacts]]


def extract_on_cluster(paths: Iterable[str | os.PathLike], client, *, size: int = PARTITION_BYTES,
                       on_problem: Problem | None = None, on_notice: Problem | None = None,
                       on_empty: Problem | None = None, shards: str | os.PathLike | None = None,
                       stage: Stage = lambda label, records: records,
                       extract: Callable = extract_partition) -> Iterator[DocumentFacts]:
    """Resolved records for the corpus, extracted by the workers of a dask.distributed Client: the
    records extract_corpus gives, in the same order. Shards go to the folder `shards` (kept), else
    to a temporary one. `extract` is the function run on each partition."""
    report = on_problem or (lambda where, message: None)
    reporters = {"problem": report, "notice": on_notice or report, "empty": on_empty or report}
    pieces = partitions([os.fspath(p) for p in paths], size, report)
    with tempfile.TemporaryDirectory(prefix="athar-shards-") as scratch:
        folder = os.fspath(shards) if shards is not None else scratch
        os.makedirs(folder, exist_ok=True)
        files = [os.path.join(folder, f"part-{n:05d}.jsonl") for n in range(len(pieces))]
        resolver = Resolver()
        for _ in stage("extracting", _observed(client, extract, pieces, files, resolver, reporters)):
            pass
        mapping = resolver.mapping()
        names = resolver.names(mapping)
        yield from stage("resolving", (rewrite(record, mapping, names)
                                       for record in read_shards(files)))


def _observed(client, extract, pieces, files, resolver, reporters) -> Iterator[DocumentFacts]:
    """Pass 1: each partition's records, in order, as its worker sends them: written to its shard,
    shown to the resolver; documents whose id one of an earlier partition has are reported and left
    out (the worker did so within its partition)."""
    workers = len(client.scheduler_info().get("workers", {}))
    todo = iter(pieces)
    in_flight = deque(client.submit(extract, piece, retries=RETRIES, pure=False)
                      for piece in itertools.islice(todo, IN_FLIGHT_PER_WORKER * max(1, workers)))
    first_seen: dict[str, str] = {}
    for path in files:
        future = in_flight.popleft()
        lines, problems, read = future.result()
        del future                      # the worker may forget it
        in_flight.extend(client.submit(extract, piece, retries=RETRIES, pure=False)
                         for piece in itertools.islice(todo, 1))
        for kind, where, message in problems:
            reporters[kind](where, message)
        where_of = dict(read)
        kept: list[str] = []
        for line in lines:
            record = DocumentFacts.from_json(json.loads(line))
            doc_id = record.document.doc_id
            if doc_id in first_seen:
                reporters["problem"](where_of[doc_id], duplicate_id(doc_id, first_seen[doc_id]))
                continue
            resolver.observe(record)
            kept.append(line)
            yield record
        for doc_id, where in read:      # a document that failed still takes its id
            first_seen.setdefault(doc_id, where)
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in kept)
        os.replace(path + ".tmp", path)


def read_shards(files: Iterable[str | os.PathLike]) -> Iterator[DocumentFacts]:
    """The records of shard files, in order (what each pass of the reduce reads)."""
    for path in files:
        with open(path, encoding="utf-8") as shard:
            for line in shard:
                yield DocumentFacts.from_json(json.loads(line))
