"""Run the stored queries of cypher/queries/ in read transactions and format their rows.

Two things a person types are read before a query runs, both without this
module knowing any language: a parameter that names an entity (ENTITY_PARAMS)
may give its key or a name, alias or English name, and is resolved to a key
(`resolve_entities`); a full-text search text (SEARCH_TEXT_PARAMS) is sent as
typed OR as the caller's `fold` gives it, the function the extractor used for
the entities' search_names (the CLI passes extract.arabic.normalize).
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

import neo4j
from neo4j import Driver, ManagedTransaction

from athar import cypher
from athar.graph.results import collector_paused

FORMATS = ("table", "markdown", "json", "csv")
# Around each table cell: a first-strong isolate and its end (U+2068, U+2069). A terminal that applies
# the Unicode bidi algorithm lays out each cell on its own, so an Arabic cell neither carries its
# neighbours (or the line's direction) to the right-to-left nor reorders "--05-11" as "11-05--".
ISOLATE, END_ISOLATE = "\u2068", "\u2069"


CYPHER_INTEGERS = range(-2**63, 2**63)


def check_integers(bound: dict[str, Any]) -> dict[str, Any]:
    """bound, when its integers (lists included) fit Cypher's 64 bits; raises ValueError naming the one that does not."""
    for name, value in bound.items():
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, int) and not isinstance(v, bool) and v not in CYPHER_INTEGERS:
                raise ValueError(f"{name}={v} is out of range: Neo4j integers are 64-bit "
                                 f"({CYPHER_INTEGERS.start} to {CYPHER_INTEGERS.stop - 1})")
    return bound


# Parameters that name an entity, with the entity type they name (None: any).
ENTITY_PARAMS: dict[str, str | None] = {
    "state": "State", "event": "Event", "org": "Organization", "key": None, "funder": None,
    "recipient": None, "actor": None, "target": None, "subject": None, "object": None}
SEARCH_TEXT_PARAMS = ("q",)         # Lucene query texts of the full-text index entity_search
Fold = Callable[[str], str]
_LUCENE_OPERATOR = re.compile(r"(\bAND\b|\bOR\b|\bNOT\b|\bTO\b|&&|\|\|)")


class ParameterError(ValueError):
    """A parameter that names several entities."""


@dataclass(frozen=True)
class Resolution:
    """What an entity parameter was read as."""

    param: str
    given: str
    key: str
    name: str | None
    type: str | None
    problem: str | None = None      # why nothing was resolved

    def __str__(self) -> str:
        return f"{self.param}={self.given}: {self.problem or f'{self.key} ({self.name}, {self.type})'}"


def resolve_entities(driver: Driver, bound: dict[str, Any], fold: Fold | None = None,
                     database: str | None = None) -> tuple[dict[str, Any], list[Resolution]]:
    """`bound` with each entity parameter's value replaced by the key it names, and what was resolved.

    A key (or a State's ISO code in any case) stands for itself; otherwise a name or English name (any
    case), else an alias, else a name whose `fold` equals the value's, names the entity. A value that names
    nothing stays as given (its Resolution says so); ParameterError when it names several (listing them)."""
    out, done = dict(bound), []
    statement = cypher.named("resolve.cypher")["resolve_entity"]
    for param, label in ENTITY_PARAMS.items():
        text = bound.get(param)
        if not isinstance(text, str) or not text.strip():
            continue
        text = text.strip()
        folded = fold(text) if fold else text
        phrase = " OR ".join(dict.fromkeys(f'"{_phrase_escape(t)}"' for t in (text, folded)))
        with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            found = session.execute_read(lambda tx: [r.data() for r in tx.run(
                statement, text=text, folded=folded, phrase=phrase, label=label)])
        found = [r for r in found if r["rank"] == found[0]["rank"]] if found else []     # the best match only
        kind = (label or "entity").lower()
        if not found:             # taken as a key, which finds nothing: say so
            done.append(Resolution(param, text, text, None, None, f"no {kind} has this key, name, alias or "
                                   f"English name (look for it with: athar query search -p q={text})"))
            continue
        if len(found) > 1:
            listed = "; ".join(f"{r['key']} ({r['name']}, {r['type']})" for r in found)
            raise ParameterError(f"{param}={text} names {len(found)} entities: {listed}; give one key")
        out[param] = found[0]["key"]
        if found[0]["key"] != text:
            done.append(Resolution(param, text, found[0]["key"], found[0]["name"], found[0]["type"]))
    return out, done


def search_text(text: str, fold: Fold | None) -> str:
    """A Lucene query matching `text` as typed or as `fold` gives it; operators (AND, OR, NOT) kept."""
    if fold is None:
        return text
    folded = "".join(part if _LUCENE_OPERATOR.fullmatch(part) else fold(part)
                     for part in _LUCENE_OPERATOR.split(text))
    return text if folded == text else f"({text}) OR ({folded})"


def lucene_problem(error: neo4j.exceptions.Neo4jError) -> str | None:
    """A clear message when `error` is the full-text index refusing a search text, else None."""
    message = error.message or ""
    if "lucene.queryparser" not in message:
        return None
    cause = " ".join(message.rsplit("Caused by:", 1)[-1].split(": ", 1)[-1].split())
    return (f"the search text is not valid Lucene syntax: {cause[:200]}. Close every quote and bracket, "
            f"put a name in double quotes to find it as a phrase, and write \\ before any of "
            f"+ - && || ! ( ) {{ }} [ ] ^ \" ~ * ? : \\ / meant literally")


def _phrase_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def run_query(driver: Driver, name: str | cypher.Query, params: dict[str, Any] | None = None,
              database: str | None = None, fold: Fold | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Columns and rows of stored query `name` (or of a Query given), run in a read transaction.

    Parameters are bound and type-checked against the query's header; search
    texts are also matched as `fold` gives them (see search_text); the server
    refuses any write attempted in a read transaction. Entity parameters are
    taken as keys: resolve_entities reads names first.
    """
    query = name if isinstance(name, cypher.Query) else cypher.queries().get(name)
    if query is None:
        raise KeyError(f"no stored query {name!r}; known: {', '.join(cypher.queries())}")
    bound = check_integers(query.bind(params))
    for param in SEARCH_TEXT_PARAMS:
        if isinstance(bound.get(param), str):
            bound[param] = search_text(bound[param], fold)

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
    """Rows as an aligned text table (each cell isolated for bidi), a Markdown table, a JSON list of row
    objects, or CSV (nested values as JSON)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c), json_nested=True) for c in columns])
        return out.getvalue()
    if fmt not in ("table", "markdown"):
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    cells = [[_shorten(_cell(row.get(c)), width) for c in columns] for row in rows]
    count = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    if fmt == "markdown":
        lines = [_markdown_row(columns), "|" + "|".join("---" for _ in columns) + "|"]
        return "\n".join(lines + [_markdown_row(r) for r in cells] + ["", count]) + "\n"
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [_table_row(columns, widths), "  ".join("-" * w for w in widths)]
    lines += [_table_row(r, widths) for r in cells]
    lines.append(count)
    return "\n".join(lines) + "\n"


def _table_row(cells: list[str], widths: list[int]) -> str:
    """Cells padded to their column's width, each in a bidi isolate (the padding outside it)."""
    return "  ".join(ISOLATE + v + END_ISOLATE + " " * (w - _width(v)) for v, w in zip(cells, widths)).rstrip()


def _width(text: str) -> int:
    """Columns a terminal gives text: none for combining marks (Arabic harakat) and format characters,
    two for wide East Asian characters."""
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf"
               else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _markdown_row(cells: list[str]) -> str:
    return "| " + " | ".join(v.replace("\\", "\\\\").replace("|", "\\|") for v in cells) + " |"


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
