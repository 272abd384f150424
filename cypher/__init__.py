"""Every Cypher statement athar runs, read from the .cypher files of this package.

A .cypher file holds statements separated by ";" (outside strings and
comments). The `//` comment lines right before a statement are its header:

    // name: attendance
    // description: Which states attended which events. A long description
    //   goes on in lines indented by two or more spaces.
    // param event: string = null -- only this event key; every event when null

`param NAME: TYPE = DEFAULT -- help` declares a query parameter; TYPE is one
of string, integer, float, boolean and DEFAULT is a JSON literal; without
"= DEFAULT" the parameter is required. Stored
queries (queries/*.cypher) hold one statement each, named after the file;
other files (schema, load, read) hold several statements, named or not.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

HEADER_FIELDS = ("name", "description", "param")
PARAM_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "float": (float, int),
    "boolean": (bool,),
}

_FIELD = re.compile(r"^//\s?(\w+)(?:\s+(\w+))?:\s*(.*)$")
_CONTINUATION = re.compile(r"^//\s{2,}(\S.*)$")
_PARAM = re.compile(r"^(\w+)(?:\s*=\s*(.+?))?(?:\s+--\s+(.*))?$")
_PARAM_NAME = re.compile(r"\$(?:([A-Za-z_]\w*)|`([^`]+)`)")


class CypherFileError(ValueError):
    """A .cypher file that does not follow the conventions above."""


@dataclass(frozen=True)
class Statement:
    """One statement of a .cypher file, without its trailing ';'."""

    text: str                       # as written, header comments included
    source: str                     # file name inside the package, for messages
    line: int                       # 1-based line where the statement starts
    headers: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def body(self) -> str:
        """The statement without its leading header comment lines."""
        lines = self.text.splitlines()
        while lines and (not lines[0].strip() or lines[0].lstrip().startswith("//")):
            lines.pop(0)
        return "\n".join(lines).strip()

    @property
    def name(self) -> str | None:
        return self.headers.get("name")

    def where(self) -> str:
        return f"{self.source}:{self.line}"


@dataclass(frozen=True)
class Param:
    """A declared query parameter."""

    name: str
    type: str
    default: Any
    help: str = ""
    required: bool = False

    def coerce(self, value: Any) -> Any:
        """`value` as this parameter's type; strings (from a command line) are parsed."""
        if value is None:
            return None
        if isinstance(value, str) and self.type != "string":
            text = value.strip()
            if text.lower() == "null":
                return None
            if self.type == "boolean":
                if text.lower() in ("true", "yes", "1"):
                    return True
                if text.lower() in ("false", "no", "0"):
                    return False
                raise ValueError(f"parameter {self.name}: expected a boolean, got {value!r}")
            try:
                return int(text) if self.type == "integer" else float(text)
            except ValueError:
                raise ValueError(f"parameter {self.name}: expected {self.type}, got {value!r}") from None
        return self.check(value)

    def check(self, value: Any) -> Any:
        """`value` itself if it has this parameter's type (None always has); else ValueError."""
        if value is None:
            return None
        if isinstance(value, bool) and self.type != "boolean" or not isinstance(value, PARAM_TYPES[self.type]):
            raise ValueError(f"parameter {self.name}: expected {self.type}, got {value!r}")
        return float(value) if self.type == "float" else value


@dataclass(frozen=True)
class Query:
    """A stored, read-only query with its documentation."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str                       # the executable statement, header removed
    source: str

    def bind(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """All parameters: defaults overridden by `given`; unknown names are an error."""
        given = dict(given or {})
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            allowed = ", ".join(known) or "none"
            raise ValueError(f"query {self.name}: unknown parameter(s) {', '.join(unknown)} (allowed: {allowed})")
        missing = [p.name for p in self.params if p.required and p.name not in given]
        if missing:
            raise ValueError(f"query {self.name}: missing required parameter(s) {', '.join(missing)}")
        return {name: p.coerce(given[name]) if name in given else p.default for name, p in known.items()}


def split_statements(text: str, source: str = "<string>") -> list[Statement]:
    """The statements of a Cypher script; ';' inside strings, names or comments does not split."""
    statements: list[Statement] = []
    start = i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = _skip_to(text, "\n", i)
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise CypherFileError(f"{source}:{_line_of(text, i)}: unterminated /* comment")
            i = end + 2
        elif c in "'\"`":
            i = _skip_quoted(text, i, source)
        elif c == ";":
            _append_statement(statements, text, start, i, source)
            start = i = i + 1
        else:
            i += 1
    _append_statement(statements, text, start, n, source)
    return statements


def parameter_names(text: str) -> set[str]:
    """Names of the $parameters a statement uses (outside strings and comments)."""
    return {a or b for a, b in _PARAM_NAME.findall(_code_only(text))}


def read_resource(resource: str) -> str:
    """Text of a file of this package, e.g. "schema.cypher" or "browser/style.grass"."""
    return resources.files(__name__).joinpath(resource).read_text(encoding="utf-8")


@cache
def statements(resource: str) -> tuple[Statement, ...]:
    """The statements of one .cypher file of this package, headers parsed."""
    return tuple(split_statements(read_resource(resource), resource))


@cache
def named(resource: str) -> dict[str, str]:
    """The named statements of a .cypher file: name -> statement (header comments removed)."""
    out: dict[str, str] = {}
    for st in statements(resource):
        if not st.name:
            raise CypherFileError(f"{st.where()}: statement has no '// name:' header")
        if st.name in out:
            raise CypherFileError(f"{st.where()}: duplicate statement name {st.name!r}")
        out[st.name] = st.body
    return out


@cache
def queries() -> dict[str, Query]:
    """The stored queries of queries/*.cypher, by name, sorted."""
    found: dict[str, Query] = {}
    folder = resources.files(__name__).joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text(encoding="utf-8"), f"queries/{entry.name}")
            found[q.name] = q
    return found


def parse_query(text: str, source: str) -> Query:
    """A stored query from the text of its file; the file holds exactly one statement."""
    sts = split_statements(text, source)
    if len(sts) != 1:
        raise CypherFileError(f"{source}: a query file holds exactly one statement, found {len(sts)}")
    st = sts[0]
    stem = source.rsplit("/", 1)[-1].removesuffix(".cypher")
    if st.name != stem:
        raise CypherFileError(f"{st.where()}: '// name: {st.name}' must match the file name {stem!r}")
    if not st.headers.get("description"):
        raise CypherFileError(f"{st.where()}: missing '// description:'")
    params = tuple(st.headers.get("params", ()))
    declared = {p.name for p in params}
    used = parameter_names(st.body)
    if declared != used:
        raise CypherFileError(
            f"{st.where()}: declared parameters {sorted(declared)} differ from those used {sorted(used)}")
    return Query(st.name, st.headers["description"], params, st.body, source)


def _append_statement(out: list[Statement], text: str, start: int, end: int, source: str) -> None:
    chunk = text[start:end]
    if not _code_only(chunk).strip():
        return
    lead = len(chunk) - len(chunk.lstrip())
    line = _line_of(text, start + lead)
    body = chunk.strip()
    out.append(Statement(body, source, line, _parse_headers(body, source, line)))


def _parse_headers(text: str, source: str, line: int) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    last: str | None = None
    for offset, raw in enumerate(text.splitlines()):
        row = raw.strip()
        if not row:
            last = None
            continue
        if not row.startswith("//"):
            break
        where = f"{source}:{line + offset}"
        cont = _CONTINUATION.match(row)
        if cont and last == "description":
            headers[last] += " " + cont.group(1).strip()
            continue
        if cont and last == "param":
            p = headers["params"][-1]
            headers["params"][-1] = replace(p, help=f"{p.help} {cont.group(1).strip()}".strip())
            continue
        m = _FIELD.match(row)
        if not m or m.group(1) not in HEADER_FIELDS:
            last = None                 # a free comment line
            continue
        key, pname, value = m.group(1), m.group(2), m.group(3).strip()
        if key == "param":
            if not pname:
                raise CypherFileError(f"{where}: write '// param NAME: TYPE = DEFAULT -- help'")
            if any(p.name == pname for p in headers.get("params", ())):
                raise CypherFileError(f"{where}: parameter {pname} declared twice")
            headers.setdefault("params", []).append(_parse_param(pname, value, where))
            last = key
        else:
            if pname or key in headers:
                raise CypherFileError(f"{where}: malformed or repeated header {key!r}")
            headers[key] = value
            last = key
    return headers


def _parse_param(name: str, spec: str, where: str) -> Param:
    m = _PARAM.match(spec)
    if not m or m.group(1) not in PARAM_TYPES:
        raise CypherFileError(f"{where}: parameter {name}: expected 'TYPE [= DEFAULT] [-- help]' with TYPE in "
                              f"{', '.join(PARAM_TYPES)}")
    ptype, literal, help_text = m.group(1), m.group(2), (m.group(3) or "").strip()
    if literal is None:
        return Param(name, ptype, None, help_text, required=True)
    try:
        default = json.loads(literal)
    except json.JSONDecodeError:
        raise CypherFileError(f"{where}: parameter {name}: default {literal!r} is not a JSON literal") from None
    param = Param(name, ptype, default, help_text)
    try:
        param.check(default)
    except ValueError as exc:
        raise CypherFileError(f"{where}: default: {exc}") from None
    return param


def _skip_to(text: str, target: str, i: int) -> int:
    end = text.find(target, i)
    return len(text) if end < 0 else end + 1


def _skip_quoted(text: str, i: int, source: str) -> int:
    quote = text[i]
    j = i + 1
    while j < len(text):
        c = text[j]
        if c == "\\" and quote != "`":
            j += 2
            continue
        if c == quote:
            if quote == "`" and text.startswith("``", j):
                j += 2                  # an escaped backtick inside a name
                continue
            return j + 1
        j += 1
    raise CypherFileError(f"{source}:{_line_of(text, i)}: unterminated {quote} quote")


def _code_only(text: str) -> str:
    """`text` with comments and string literals blanked out (backticked names kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            i = _skip_to(text, "\n", i)
            out.append("\n")
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif text[i] in "'\"":
            i = _skip_quoted(text, i, "<string>")
            out.append("''")
        elif text[i] == "`":
            j = _skip_quoted(text, i, "<string>")
            out.append(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1
