"""Run the stored queries of cypher/queries/ in read transactions and format their rows."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

import neo4j
from neo4j import Driver, ManagedTransaction

import cypher
from graph.results import collector_paused

FORMATS = ("table", "json", "csv")


CYPHER_INTEGERS = range(-2**63, 2**63)


def check_integers(bound: dict[str, Any]) -> dict[str, Any]:
    """bound, when its integers (lists included) fit Cypher's 64 bits; raises ValueError naming the one that does not."""
    for name, value in bound.items():
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, int) and not isinstance(v, bool) and v not in CYPHER_INTEGERS:
                raise ValueError(f"{name}={v} is out of range: Neo4j integers are 64-bit "
                                 f"({CYPHER_INTEGERS.start} to {CYPHER_INTEGERS.stop - 1})")
    return bound


def run_query(driver: Driver, name: str, params: dict[str, Any] | None = None,
              database: str | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Columns and rows of stored query `name`, run in a read transaction.

    Parameters are bound and type-checked against the query's header; the
    server refuses any write attempted in a read transaction.
    """
    query = cypher.queries().get(name)
    if query is None:
        raise KeyError(f"no stored query {name!r}; known: {', '.join(cypher.queries())}")
    bound = check_integers(query.bind(params))

    def read(tx: ManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(query.text, bound)
        rows = [{k: to_plain(v) for k, v in record.items()} for record in result]
        return list(result.keys()), rows

    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session, \
            collector_paused():
        return session.execute_read(read)


def to_plain(value: Any) -> Any:
    """A JSON-ready copy of a value returned by the driver."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list or kind is tuple:
        return [v if type(v) in _PLAIN else to_plain(v) for v in value]
    if kind is dict:
        return _plain_items(value.items())
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **_plain_items(value.items())}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **_plain_items(value.items())}
    if isinstance(value, neo4j.graph.Path):
        # as Neo4j Browser shows a path: the start node, then each relationship and the node it reaches
        plain = [to_plain(value.start_node)]
        for rel, node in zip(value.relationships, value.nodes[1:]):
            plain += [to_plain(rel), to_plain(node)]
        return plain
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


# types returned as they are; looked up first, as most values are of these (a page of
# 500 paths holds about 9,000 values)
_PLAIN = frozenset((str, int, float, bool, type(None)))


def _plain_items(items) -> dict[str, Any]:
    return {k: v if type(v) in _PLAIN else to_plain(v) for k, v in items}


def format_rows(columns: list[str], rows: list[dict[str, Any]], fmt: str, width: int = 60) -> str:
    """Rows as an aligned text table, a JSON list of row objects, or CSV (nested values as JSON)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c), json_nested=True) for c in columns])
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    cells = [[_shorten(_cell(row.get(c)), width) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(value: Any, json_nested: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        if json_nested:
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, dict):
            return " ".join(f"{k}={_cell(v)}" for k, v in value.items())
        return " | ".join(_cell(v) for v in value)
    return str(value)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
