"""Export the athar graph: APOC JSON lines, GraphML and GEXF (networkx) and neo4j-admin import CSV.

Every writer takes a graph.model.Graph, read from Neo4j (`read_graph`) or
built from extraction records without a database (graph.offline), so both
routes go through the same code and give the same files.

Every string written goes through `_safe` (control characters and lone surrogates
replaced, as the corpus reader does), so the files are valid JSON, XML and CSV
whatever the graph holds; files and the CSV folder are written atomically.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import shlex
from collections import defaultdict
from pathlib import Path
from typing import Any, TextIO
from xml.etree import ElementTree

import neo4j
import networkx as nx
from neo4j import Driver
from networkx.readwrite.gexf import GEXFWriter

from athar import cypher
from athar.extract.atomic import atomic_file, atomic_folder
from athar.extract.io import clean_text
from athar.graph.model import (DOCUMENT, ENTITY, FACT_TYPES, LABEL, SENTENCE, SOURCES_SUFFIX, VALUES_SUFFIX, Graph,
                               Node, Rel, date_parts, node_id, sort_graph)
from athar.graph.results import collector_paused

LIST_SEPARATOR = " | "                       # GraphML has no list type
ARRAY_DELIMITERS = (";", "|", "¦", "¤")       # neo4j-admin --array-delimiter candidates
ID_SPACES = {ENTITY: "key", DOCUMENT: "doc_id", SENTENCE: "sentence_id"}   # id space -> key property


def read_graph(driver: Driver, database: str | None = None) -> Graph:
    """The athar nodes and relationships stored in Neo4j, in canonical order (read transaction)."""
    read = cypher.named("read.cypher")

    def fetch(tx: neo4j.ManagedTransaction) -> Graph:
        graph = Graph()
        for r in tx.run(read["export_nodes"]):
            labels = tuple(sorted(r["labels"], key=lambda label: (label != ENTITY, label)))
            graph.nodes.append(Node(node_id(labels, r["props"]), labels, _native(r["props"])))
        for r in tx.run(read["export_relationships"]):
            graph.rels.append(Rel(r["type"], node_id(r["start_labels"], r["start_keys"]),
                                  node_id(r["end_labels"], r["end_keys"]), dict(r["props"])))
        return graph

    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session, \
            collector_paused():
        return sort_graph(session.execute_read(fetch))


def _native(props: dict[str, Any]) -> dict[str, Any]:
    """Properties with the driver's temporal values (a Neo4j DATE: neo4j.time.Date) as Python's
    (datetime.date), as graph.model computes them."""
    return {k: v.to_native() if hasattr(v, "to_native") else v for k, v in props.items()}


def graph_counts(driver: Driver, database: str | None = None) -> dict[str, dict[str, int]]:
    """{"node": {label: count}, "relationship": {type: count}} for athar's data."""
    counts: dict[str, dict[str, int]] = {"node": {}, "relationship": {}}
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        rows = session.execute_read(lambda tx: list(tx.run(cypher.named("read.cypher")["graph_counts"])))
    for r in rows:
        counts[r["kind"]][r["name"]] = r["count"]
    return counts


def node_totals(driver: Driver, database: str | None = None) -> tuple[int, int]:
    """(all nodes of the database, athar's among them)."""
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        row = session.execute_read(lambda tx: tx.run(cypher.named("read.cypher")["node_totals"]).single())
    return row["nodes"], row["athar"]


# --- APOC JSON lines ------------------------------------------------------------

def write_apoc_jsonl(graph: Graph, out: TextIO) -> None:
    """The graph in the line format of apoc.export.json (type node / relationship per line); dates
    are ISO strings, as APOC writes them."""
    labels = {}
    for n in graph.nodes:
        labels[n.id] = list(n.labels)
        out.write(json.dumps(_safe({"type": "node", "id": n.id, "labels": list(n.labels),
                                    "properties": _sorted(n.props)}), ensure_ascii=False, default=_iso) + "\n")
    for i, r in enumerate(graph.rels):
        out.write(json.dumps(_safe({"type": "relationship", "id": str(i), "label": r.type,
                                    "start": {"id": r.start, "labels": labels.get(r.start, [])},
                                    "end": {"id": r.end, "labels": labels.get(r.end, [])},
                                    "properties": _sorted(r.props)}), ensure_ascii=False, default=_iso) + "\n")


def _safe(value: Any) -> Any:
    """value with every string in it (keys, list and dict members included) made writable as XML/CSV/UTF-8."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_safe(v) for v in value]
    if isinstance(value, dict):
        return {_safe(k): _safe(v) for k, v in value.items()}
    return value


def _sorted(props: dict[str, Any]) -> dict[str, Any]:
    return {k: props[k] for k in sorted(props)}


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"a {type(value).__name__} is not JSON serializable")


# --- GraphML and GEXF ------------------------------------------------------------------

NODE_RESERVED = ("labels", "label", "id")     # attributes the writer sets itself
EDGE_RESERVED = ("label", "type", "id", "weight")
INTERVAL = ("start", "end")                   # GEXF's time interval, with timeline=True
FACT_DETAIL = ("evidence", "search_names")    # left out of the fact graph with the per-source lists


def fact_graph(graph: Graph) -> Graph:
    """The entities and the fact relationships between them, without documents, sentences and
    mentions; per-source detail (P_sources / P_values lists, evidence sentence ids, the folded search
    names) is left out, each fact keeping its consensus values, label, confidence and `sources`."""
    def lean(props: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in props.items()
                if k not in FACT_DETAIL and not k.endswith((SOURCES_SUFFIX, VALUES_SUFFIX))}

    return Graph([Node(n.id, n.labels, lean(n.props)) for n in graph.nodes if ENTITY in n.labels],
                 [Rel(r.type, r.start, r.end, lean(r.props)) for r in graph.rels if r.type in FACT_TYPES])


def to_networkx(graph: Graph, timeline: bool = False) -> nx.MultiDiGraph:
    """A networkx multigraph with flat, consistently typed attributes (lists joined by " | ").

    Nodes carry `labels` (":Entity:State") and a display `label`; edges carry
    `type` (the relationship type), a display `label`: a fact's own `label`
    ("not invited", "planned: attends"), else the type, and a fact's `weight`:
    how many documents state it. With `timeline`, a dated node (an event) and
    the edges that touch it carry `start` and `end`, the days its `date` and
    `end_date` span (ISO text; a partial date spans its month or year). Another
    property named like one of these is exported with a "prop_" prefix.
    """
    extra = INTERVAL if timeline else ()
    node_attrs = _unify([_safe(_flat(n.props, NODE_RESERVED + extra)) for n in graph.nodes])
    edge_attrs = _unify([_safe(_flat({k: v for k, v in r.props.items() if k != LABEL}, EDGE_RESERVED + extra))
                         for r in graph.rels])
    spans = {n.id: span for n in graph.nodes if (span := _span(n.props))} if timeline else {}
    g = nx.MultiDiGraph()
    for n, attrs in zip(graph.nodes, node_attrs):
        g.add_node(_safe(n.id), labels=_safe(":" + ":".join(n.labels)), label=_safe(_caption(n)),
                   **_interval(spans.get(n.id)), **attrs)
    for i, (r, attrs) in enumerate(zip(graph.rels, edge_attrs)):
        weight = {"weight": len(r.props["sources"])} if r.type in FACT_TYPES and "sources" in r.props else {}
        g.add_edge(_safe(r.start), _safe(r.end), key=str(i), type=_safe(r.type),
                   label=_safe(str(r.props.get(LABEL) or r.type)),
                   **_interval(spans.get(r.end) or spans.get(r.start)), **weight, **attrs)
    return g


def write_graphml(graph: Graph, path: str | Path) -> None:
    """GraphML to path, atomically ("-": standard output)."""
    with atomic_file(path, "wb") as fh:
        nx.write_graphml(to_networkx(graph), fh, encoding="utf-8", prettyprint=True)


def write_gexf(graph: Graph, path: str | Path) -> None:
    """GEXF 1.2 to path, atomically ("-": standard output). GEXF reserves an edge's `type` for
    directed/undirected, so the relationship type is the attribute `relation`; `start` / `end` become
    the GEXF time interval (timeformat date) that Gephi's timeline filters on.

    Each edge's `kind` (GEXF 1.3's edge kind, which Gephi's reader takes in any version) is its
    display label: Gephi merges parallel edges of one kind, and two facts of one pair differ in
    type, polarity or modality, so each stays an edge. Attribute ids are their names, the column
    ids Gephi gives them."""
    g = to_networkx(graph, timeline=True)
    for _, data in g.nodes(data=True):
        data.pop("key", None)         # the node id already (networkx would write it as networkx_key)
    for _, _, data in g.edges(data=True):
        data["relation"] = data.pop("type")
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(g)
    _gephi_shape(writer.xml)
    with atomic_file(path, "wb") as fh:
        writer.write(fh)


def _gephi_shape(root: ElementTree.Element) -> None:
    """networkx's GEXF tree with edge kinds, attribute ids that are their titles, and without the
    multigraph key networkx adds to every edge (its index, which the edge id already gives)."""
    graph = root.find("graph")
    for attributes in graph.findall("attributes"):
        dropped, titles = set(), {}
        for attribute in list(attributes):
            if attribute.get("title") == "networkx_key":
                attributes.remove(attribute)
                dropped.add(attribute.get("id"))
            else:
                titles[attribute.get("id")] = attribute.get("title")
                attribute.set("id", attribute.get("title"))
        for element in graph.iter(attributes.get("class")):
            for values in element.findall("attvalues"):
                for value in list(values):
                    if value.get("for") in dropped:
                        values.remove(value)
                    else:
                        value.set("for", titles[value.get("for")])
    for edge in graph.iter("edge"):
        edge.set("kind", edge.get("label"))


def _span(props: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a node's `date` (through `end_date` when later), None when undated
    or without a year."""
    first = _days(props.get("date"))
    if first is None:
        return None
    last = _days(props.get("end_date"))
    return first[0], max(first[1], last[1]) if last else first[1]


def _days(value: Any) -> tuple[dt.date, dt.date] | None:
    if isinstance(value, dt.date):
        return value, value
    parts = date_parts(value) if isinstance(value, str) else {}
    if "year" not in parts:
        return None
    year, month = parts["year"], parts.get("month")
    if "day" in parts:
        day = dt.date(year, month, parts["day"])
        return day, day
    if month:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _interval(span: tuple[dt.date, dt.date] | None) -> dict[str, str]:
    return {"start": span[0].isoformat(), "end": span[1].isoformat()} if span else {}


def _caption(n: Node) -> str:
    return str(n.props.get("name") or n.props.get("title") or n.props.get("sentence_id") or n.props.get("doc_id")
               or n.id)


def _flat(props: dict[str, Any], reserved: tuple[str, ...]) -> dict[str, Any]:
    out = {}
    for k, v in props.items():
        if isinstance(v, list):
            v = LIST_SEPARATOR.join(_text(x) for x in v)
        out[f"prop_{k}" if k in reserved else k] = v
    return out


def _unify(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One type per attribute name across all rows (GraphML declares a type per key)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for k, v in row.items():
            kinds[k].add("bool" if isinstance(v, bool) else type(v).__name__)
    cast = {}
    for k, ks in kinds.items():
        if ks == {"bool"} or ks == {"int"} or ks == {"str"} or ks == {"float"}:
            continue
        cast[k] = float if ks <= {"int", "float"} else _text
    return [{k: cast[k](v) if k in cast else v for k, v in row.items()} for row in rows]


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# --- neo4j-admin import CSV ------------------------------------------------------------

def write_admin_csv(graph: Graph, folder: str | Path, database: str = "neo4j") -> list[Path]:
    """CSV files for `neo4j-admin database import full`, plus import.sh running it.

    Nodes go to one file per label combination (those with a complete `date` in a file of their
    own: nodes_Entity_Event_date.csv), relationships to one file per
    type and endpoint id spaces (Entity: key, Document: doc_id, Sentence:
    sentence_id). Columns are typed (`aliases:string[]`, `negated:boolean`, `confidence:double`,
    `date:date`...);
    the array delimiter is chosen so that no array element contains it.
    """
    with atomic_folder(folder) as tmp:
        written = _write_admin_csv(graph, tmp, database)
    return [Path(folder) / p.name for p in written]


def _write_admin_csv(graph: Graph, folder: Path, database: str) -> list[Path]:
    delimiter = _array_delimiter(graph)
    by_id = {n.id: n for n in graph.nodes}
    node_groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Node]] = defaultdict(list)
    for n in graph.nodes:      # complete dates in a file of their own, so their column can be typed date
        node_groups[(n.labels, tuple(k for k in sorted(n.props) if isinstance(n.props[k], dt.date)))].append(n)
    node_files = []
    for (labels, dated), nodes in sorted(node_groups.items()):
        space = _space(labels)
        key = ID_SPACES[space]
        path = folder / f"nodes_{'_'.join(labels + dated)}.csv"
        columns = _columns([n.props for n in nodes], skip=(key,))
        header = [f"{key}:ID({space})", ":LABEL"] + [f"{c}:{t}" for c, t in columns]
        rows = ([n.props[key], delimiter.join(labels)] + [_csv_value(n.props.get(c), t, delimiter) for c, t in columns]
                for n in nodes)
        _write_csv(path, header, rows)
        node_files.append(path)
    rel_groups: dict[tuple[str, str, str], list[Rel]] = defaultdict(list)
    for r in graph.rels:
        rel_groups[(r.type, _space(by_id[r.start].labels), _space(by_id[r.end].labels))].append(r)
    rel_files = []
    for (rtype, start_space, end_space), rels in sorted(rel_groups.items()):
        path = folder / f"relationships_{rtype}_{start_space}_{end_space}.csv"
        columns = _columns([r.props for r in rels])
        header = [f":START_ID({start_space})", f":END_ID({end_space})", ":TYPE"] + [f"{c}:{t}" for c, t in columns]
        rows = ([by_id[r.start].props[ID_SPACES[start_space]], by_id[r.end].props[ID_SPACES[end_space]], rtype]
                + [_csv_value(r.props.get(c), t, delimiter) for c, t in columns] for r in rels)
        _write_csv(path, header, rows)
        rel_files.append(path)
    script = folder / "import.sh"
    options = ["--multiline-fields=true", f"--array-delimiter={delimiter}"]
    options += [f"--nodes={p.name}" for p in node_files] + [f"--relationships={p.name}" for p in rel_files]
    script.write_text(
        "#!/bin/sh\n# Import these files into a new Neo4j database, the server stopped. With athar: the managed\n"
        "# server's, then its schema (`athar neo4j import DIR [--overwrite]`); else neo4j-admin from a Neo4j\n"
        "# install, arguments passed on (--overwrite-destination to replace a database).\n"
        'cd "$(dirname "$0")" || exit 1\n'
        'if command -v athar >/dev/null 2>&1; then exec athar neo4j import . "$@"; fi\n'
        f"exec neo4j-admin database import full {shlex.quote(database)} \\\n  "
        + " \\\n  ".join(shlex.quote(o) for o in options) + ' \\\n  "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return node_files + rel_files + [script]


def _space(labels: tuple[str, ...]) -> str:
    return next(space for space in ID_SPACES if space in labels)


def _columns(props: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, neo4j-admin type) for every property present in any row."""
    kinds: dict[str, set[str]] = defaultdict(set)
    arrays: set[str] = set()
    for p in props:
        for k, v in p.items():
            if k in skip:
                continue
            if isinstance(v, list):
                arrays.add(k)
                kinds[k].update(_admin_kind(x) for x in v)
            else:
                kinds[k].add(_admin_kind(v))
    columns = []
    for k in sorted(kinds):
        ks = kinds[k]
        base = next(iter(ks)) if len(ks) == 1 else "double" if ks <= {"long", "double"} else "string"
        columns.append((k, base + ("[]" if k in arrays else "")))
    return columns


def _admin_kind(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    if isinstance(v, dt.date):
        return "date"
    return "string"


def _csv_value(v: Any, column_type: str, delimiter: str) -> str | None:
    if v is None:
        return None
    items = v if isinstance(v, list) else [v]
    if not column_type.endswith("[]") and len(items) == 1:
        return _text(items[0])
    return delimiter.join(_text(x) for x in items)


def _array_delimiter(graph: Graph) -> str:
    texts = {_text(x) for element in (*graph.nodes, *graph.rels) for v in element.props.values()
             if isinstance(v, list) for x in v}
    for candidate in ARRAY_DELIMITERS:
        if not any(candidate in t for t in texts):
            return candidate
    raise ValueError("every candidate array delimiter occurs in some list value")


def _write_csv(path: Path, header: list[str], rows) -> None:
    """Every value quoted, a missing one (None) left empty: neo4j-admin reads an empty field as no
    property and "" as the empty string (a sentence that is only a line break has an empty caption)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(_safe(header))
        for row in rows:
            fh.write(",".join("" if v is None else '"' + str(v).replace('"', '""') + '"' for v in _safe(list(row)))
                     + "\r\n")
