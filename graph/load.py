"""Write DocumentFacts records into Neo4j.

Records are written in batches of whole documents, one managed write
transaction per batch (retried on transient errors), so a document is in the
graph entirely or not at all. A document already loaded with the same
checksum is skipped; a changed one replaces its earlier version (what it said
before is retracted from every entity and fact it touched). Loading the same
file twice therefore changes nothing.

One loader at a time: fact relationships and entity properties are merged
read-modify-write, so the CLI holds the load lease (graph/lease.py) and
passes it here; every transaction renews it first.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import Neo4jError

from athar import cypher
from athar.extract.model import ENTITY_TYPES, DocumentFacts
from athar.graph.facts_file import FactsReader
from athar.graph.lease import Lease
from athar.graph.model import (MIN_CONFIDENCE, DocumentGraph, FactKey, FactState, Tally, document_graph, entity_props)
from athar.graph.settings import fatal

COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
            "properties_set", "labels_added")

Problem = Callable[[str], None]
Located = tuple[str, DocumentFacts]     # a record and where it was read (FILE:LINE)


@dataclass
class LoadReport:
    """What a load did."""

    loaded: int = 0          # new documents
    replaced: int = 0        # documents whose content changed since they were loaded
    skipped: int = 0         # documents already loaded unchanged
    failed: int = 0          # documents the database refused
    malformed: int = 0       # lines of the input that are not records
    problems: int = 0        # items dropped while validating records
    weak: int = 0            # facts kept out: under the minimum confidence
    counters: Counter = field(default_factory=Counter)
    provisional: set[str] = field(default_factory=set)   # new documents a build wrote before resolving them

    def summary(self) -> str:
        c = self.counters
        return (f"documents: {self.loaded} loaded, {self.replaced} replaced, {self.skipped} skipped, "
                f"{self.failed} failed; malformed lines: {self.malformed}; dropped items: {self.problems}\n"
                f"facts under the minimum confidence, kept out: {self.weak}\n"
                f"nodes: {c['nodes_created']} created, {c['nodes_deleted']} deleted; relationships: "
                f"{c['relationships_created']} created, {c['relationships_deleted']} deleted; "
                f"properties set: {c['properties_set']}")


def apply_schema(driver: Driver, database: str | None = None, timeout_seconds: int = 300) -> None:
    """Create the constraints and indexes of cypher/schema.cypher (idempotent) and wait for them."""
    with driver.session(database=database) as session:
        for st in cypher.statements("schema.cypher"):
            session.run(st.text).consume()
        session.run(cypher.named("load.cypher")["await_indexes"], timeout_seconds=timeout_seconds).consume()


RESET_STEPS = ("reset_sentences", "reset_documents", "reset_entities")


def reset(driver: Driver, database: str | None = None, batch_size: int = 5_000) -> int:
    """Delete athar's nodes and relationships, nothing else, in batches (sentences first, so no
    transaction holds all the mentions of a much-mentioned entity); returns the number of nodes deleted."""
    statements = cypher.named("load.cypher")
    deleted = 0
    with driver.session(database=database) as session:
        for step in RESET_STEPS:
            deleted += session.run(statements[step], batch_size=batch_size).consume().counters.nodes_deleted
    return deleted


def read_records(path: str, report: LoadReport, on_problem: Problem,
                 reader: FactsReader | None = None) -> Iterator[Located]:
    """(FILE:LINE, record) for the usable records of a facts.jsonl file; every record or item the validating
    reader (graph/facts_file.py) leaves out is reported as FILE:LINE: problem and counted in the report.
    Give the same `reader` for all the files of one load, so an entity key keeps one type across them."""
    reader = reader or FactsReader(on_problem)
    malformed, dropped = reader.malformed, reader.dropped
    try:
        yield from reader.read(path)
    finally:
        report.malformed += reader.malformed - malformed
        report.problems += reader.dropped - dropped


def load_records(driver: Driver, records: Iterable[DocumentFacts | Located], *, database: str | None = None,
                 batch_size: int = 100, min_confidence: float = MIN_CONFIDENCE, report: LoadReport | None = None,
                 on_problem: Problem = lambda message: None,
                 on_progress: Callable[[int], None] = lambda n: None, lease: Lease | None = None,
                 first_pass: bool = False) -> LoadReport:
    """Write records in batches of whole documents; returns (and fills) the report.

    A record may come with where it was read (read_records), which then
    prefixes its problems. Facts whose confidence is under `min_confidence` are left out. A batch the
    database refuses is retried one document per transaction, so only the
    documents at fault fail; each failure is reported. A fatal error (see
    graph.settings.fatal: connection lost, disk full, credentials refused)
    is raised at once. With a `lease` (graph/lease.py), every transaction
    renews it first and raises LeaseLost when another loader has taken it.

    first_pass (`athar build`, graph/build.py): write only documents the
    database does not hold yet, note them in report.provisional and settle
    nothing; the later load of the resolved records replaces those whose
    resolution changed and counts them all as loaded.
    """
    report = report or LoadReport()
    batch: list[DocumentGraph] = []

    def flush() -> None:
        if batch:
            _write(driver, database, batch, report, on_problem, lease, first_pass)
            on_progress(len(batch))
            batch.clear()

    for item in records:
        where, record = item if isinstance(item, tuple) else (None, item)
        dg = document_graph(record, min_confidence)
        for problem in dg.problems:
            on_problem(f"{where}: {problem}" if where else problem)
        report.problems += len(dg.problems)
        report.weak += dg.weak
        if any(d.doc_id == dg.doc_id for d in batch):
            flush()                     # a later version of a document in this batch
        batch.append(dg)
        if len(batch) >= batch_size:
            flush()
    flush()
    if not first_pass:
        report.counters.update(settle_entities(driver, database, lease=lease))
    return report


def _write(driver: Driver, database: str | None, batch: list[DocumentGraph], report: LoadReport,
           on_problem: Problem, lease: Lease | None, first_pass: bool = False) -> None:
    with driver.session(database=database) as session:
        try:
            outcome, counters = session.execute_write(_write_batch, batch, lease, first_pass)
        except Neo4jError as exc:
            if fatal(exc):          # the server, its disk or the credentials: no document would load
                raise
            if len(batch) > 1:
                for dg in batch:
                    _write(driver, database, [dg], report, on_problem, lease, first_pass)
                return
            report.failed += 1
            on_problem(f"{batch[0].doc_id}: not loaded: {exc.code}: {exc.message}")
            return
    report.counters.update(counters)
    if first_pass:
        report.provisional.update(outcome["loaded"])
        return
    early = [d for d in outcome["replaced"] + outcome["skipped"] if d in report.provisional]
    report.loaded += len(outcome["loaded"]) + len(early)
    report.replaced += len(outcome["replaced"]) - len(set(early) & set(outcome["replaced"]))
    report.skipped += len(outcome["skipped"]) - len(set(early) & set(outcome["skipped"]))


def _write_batch(tx: ManagedTransaction, batch: list[DocumentGraph], lease: Lease | None,
                 first_pass: bool = False) -> tuple[dict, Counter]:
    """Write one batch of documents (the unit of work execute_write may retry); in a first pass, only
    the documents the database does not hold."""
    if lease:
        lease.renew(tx)
    load = cypher.named("load.cypher")
    facts_cypher = cypher.named("facts.cypher")
    counters: Counter = Counter()

    def run(statement: str, **params) -> list:
        result = tx.run(statement, **params)
        records = list(result)
        summary = result.consume()
        counters.update({name: getattr(summary.counters, name) for name in COUNTERS})
        return records

    stored = {r["doc_id"]: r["checksum"] for r in run(load["document_checksums"], doc_ids=[d.doc_id for d in batch])}
    if first_pass:
        stored = {d.doc_id: d.checksum for d in batch if d.doc_id in stored}
    todo = [d for d in batch if stored.get(d.doc_id) != d.checksum]
    outcome = {"skipped": [d.doc_id for d in batch if stored.get(d.doc_id) == d.checksum],
               "replaced": [d.doc_id for d in todo if d.doc_id in stored],
               "loaded": [d.doc_id for d in todo if d.doc_id not in stored]}
    if not todo:
        return outcome, counters

    fact_keys: set[FactKey] = {c.key for d in todo for c in d.facts}
    replaced = outcome["replaced"]
    if replaced:
        previous = [r["key"] for r in run(load["previous_entities"], doc_ids=replaced)]
        run(load["mark_pending"], keys=previous)
        fact_keys.update(FactKey(r["predicate"], r["subject"], r["object"], r["negated"], r["modality"])
                         for r in run(load["previous_facts"], doc_ids=replaced))
        run(load["retract_documents"], doc_ids=replaced)

    run(load["merge_documents"], rows=[{"doc_id": d.doc_id, "props": d.document} for d in todo])
    run(load["create_sentences"], rows=[s for d in todo for s in d.sentences])
    by_type = defaultdict(list)
    for d in todo:
        for e in d.entities:
            by_type[e.type].append({"doc_id": d.doc_id, "key": e.key, "props": e.props})
    for etype in ENTITY_TYPES:
        if by_type[etype]:
            run(load[f"merge_entities_{etype}"], rows=by_type[etype])
    run(load["create_mentions"], rows=[m for d in todo for m in d.mentions])

    # Facts: decode what is stored, retract replaced documents, add the new claims.
    states = {k: FactState(k) for k in fact_keys}
    for r in run(load["fact_props"], rows=[k._asdict() for k in sorted(fact_keys)]):
        key = FactKey(r["predicate"], r["subject"], r["object"], r["negated"], r["modality"])
        states[key] = FactState.from_props(key, r["props"])
    for state in states.values():
        for doc_id in replaced:
            state.remove(doc_id)
    for d in todo:
        for claim in d.facts:
            states[claim.key].add(d.doc_id, claim)
    rows = defaultdict(list)
    for key in sorted(states):
        if states[key].sources:
            rows[key.predicate].append({**key._asdict(), "props": states[key].to_props()})
    for predicate, predicate_rows in sorted(rows.items()):
        run(facts_cypher[f"merge_fact_{predicate}"], rows=predicate_rows)
    gone = [k._asdict() for k in sorted(states) if not states[k].sources]
    if gone:
        run(load["delete_facts"], rows=gone)

    return outcome, counters


def settle_entities(driver: Driver, database: str | None = None, chunk: int = 2000,
                    lease: Lease | None = None) -> Counter:
    """Give every :Pending entity the consensus properties of the documents describing it; delete
    the entities no document describes any more.

    Batches only mark the entities they touch: recomputing a frequent entity (a state named in
    thousands of articles) in every batch made loading quadratic in the corpus. A load that is
    interrupted leaves the marks, and the next load settles them.
    """
    load = cypher.named("load.cypher")
    counters: Counter = Counter()

    def settle(tx: ManagedTransaction) -> int:
        if lease:
            lease.renew(tx)
        keys = [r["key"] for r in tx.run(load["pending_entities"], limit=chunk)]
        if not keys:
            return 0
        tallies: dict[str, dict[str, list[Tally]]] = defaultdict(lambda: defaultdict(list))
        for r in tx.run(load["entity_tallies"], keys=keys):
            tallies[r["key"]][r["prop"]].append(Tally(r["value"], r["count"], r["first_doc"]))
        for statement, params in ((load["set_entities"], {"rows": [{"key": k, "props": entity_props(k, t)}
                                                                  for k, t in sorted(tallies.items())]}),
                                  (load["delete_orphan_entities"], {"keys": sorted(set(keys) - set(tallies))})):
            summary = tx.run(statement, **params).consume()
            counters.update({name: getattr(summary.counters, name) for name in COUNTERS})
        return len(keys)

    with driver.session(database=database) as session:
        while session.execute_write(settle):
            pass
    return counters


def load_file(driver: Driver, path: str, **options) -> LoadReport:
    """Load one facts.jsonl file (see load_records for the options)."""
    report = options.pop("report", None) or LoadReport()
    on_problem = options.get("on_problem", lambda message: None)
    return load_records(driver, read_records(path, report, on_problem), report=report, **options)
