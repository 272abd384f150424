"""`athar build`: extract a corpus and load it, documents reaching the database while extraction goes on.

Cross-document resolution (extract/resolve.py: one event reported by several
articles, a short name and the full one) needs the whole corpus, so a build
runs in the two passes of extract.pipeline.ResolutionSpool, loading as it goes:

1. every document is extracted and, if the database does not hold a document
   of that id yet, loaded at once, batch by batch, as extracted;
2. the resolved records are loaded: a document whose resolution changed
   nothing is skipped (same checksum), one whose keys changed replaces its
   first version, and documents the database held before the build are
   loaded, replaced or skipped as `athar load` would.

The final graph is the one `athar extract` then `athar load` give (the
replacement of a document is exact), and a build run again changes nothing:
the first pass leaves existing documents alone. A build interrupted in the
first pass leaves unresolved documents, which the next build replaces. The
summary counts each document once, against the database before the build;
its node and relationship counters include first versions replaced later
(on 300 SaudiNewsNet articles a third of the nodes created were replaced).
"""
from __future__ import annotations

from typing import Callable, Iterable

from neo4j import Driver

from athar.extract.model import Document
from athar.extract.pipeline import Stage, build_nlp, extract_documents, resolution_spool
from athar.graph.lease import Lease
from athar.graph.load import LoadReport, Problem, load_records


def build(driver: Driver, documents: Iterable[Document], *, report: LoadReport, database: str | None = None,
          n_process: int = 1, batch_size: int = 100, min_confidence: float, lease: Lease | None = None,
          on_problem: Problem, on_extraction_problem: Callable[[str, str], None],
          stage: Stage = lambda label, records: records) -> LoadReport:
    """Extract and load `documents` in two passes (module docstring); fills and returns `report`.

    stage(label, records) wraps each pass's records (the CLI's progress bars)."""
    first = LoadReport(provisional=report.provisional)       # its problems are the second pass's
    with resolution_spool() as spool:
        extracted = spool.keep(extract_documents(build_nlp(), documents, n_process=n_process,
                                                 on_problem=on_extraction_problem))
        load_records(driver, stage("extracting", extracted), database=database, batch_size=batch_size,
                     min_confidence=min_confidence, report=first, lease=lease, first_pass=True)
        report.counters.update(first.counters)
        return load_records(driver, stage("resolving", spool.resolved()), database=database, batch_size=batch_size,
                            min_confidence=min_confidence, report=report, lease=lease, on_problem=on_problem)
