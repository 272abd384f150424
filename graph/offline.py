"""The graph `athar load` would build, computed from extraction records without a database."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from athar.extract.model import DocumentFacts
from athar.graph.model import (DESCRIBES, DOCUMENT, ENTITY, HAS_SENTENCE, MENTIONED_IN, MIN_CONFIDENCE, SENTENCE,
                               DocumentGraph, FactKey, FactState, Graph, Node, Rel, document_graph, entity_props,
                               node_id, sort_graph, tally)


def graph_from_records(records: Iterable[DocumentFacts | tuple[str, DocumentFacts]], problems: list[str] | None = None,
                       min_confidence: float = MIN_CONFIDENCE) -> Graph:
    """Nodes and relationships for these records, in canonical order.

    A later record with the same doc_id replaces an earlier one, as a reload
    does; facts under `min_confidence` are left out, as the loader leaves them.
    Validation problems are appended to `problems` when given, prefixed with
    where the record was read when it comes as (where, record).
    """
    docs: dict[str, DocumentGraph] = {}
    for item in records:
        where, record = item if isinstance(item, tuple) else (None, item)
        dg = document_graph(record, min_confidence)
        if problems is not None:
            problems.extend(f"{where}: {p}" if where else p for p in dg.problems)
        docs[dg.doc_id] = dg

    graph = Graph()
    describes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    types: dict[str, set[str]] = defaultdict(set)
    facts: dict[FactKey, FactState] = {}
    for doc_id in sorted(docs):
        dg = docs[doc_id]
        doc_node = node_id([DOCUMENT], dg.document)
        graph.nodes.append(Node(doc_node, (DOCUMENT,), dict(dg.document)))
        for s in dg.sentences:
            graph.nodes.append(Node(node_id([SENTENCE], s), (SENTENCE,), dict(s)))
            graph.rels.append(Rel(HAS_SENTENCE, doc_node, node_id([SENTENCE], s), {}))
        for claim in dg.entities:
            describes[claim.key][doc_id] = claim.props
            types[claim.key].add(claim.type)
            graph.rels.append(Rel(DESCRIBES, doc_node, claim.key, dict(claim.props)))
        for m in dg.mentions:
            graph.rels.append(Rel(MENTIONED_IN, m["entity"], node_id([SENTENCE], m),
                                  {"start": m["start"], "end": m["end"], "text": m["text"]}))
        for claim in dg.facts:
            facts.setdefault(claim.key, FactState(claim.key)).add(doc_id, claim)

    for key in sorted(describes):
        graph.nodes.append(Node(key, (ENTITY, *sorted(types[key])), entity_props(key, tally(describes[key]))))
    for key in sorted(facts):
        graph.rels.append(Rel(key.predicate, key.subject, key.object, facts[key].to_props()))
    return sort_graph(graph)
