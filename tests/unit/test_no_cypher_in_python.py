"""All Cypher lives in cypher/*.cypher: no statement is written, or pieced together, in Python.

tests/integration/test_security.py checks the same at run time: every statement the
driver sends is one of the stored statements, byte for byte.
"""
import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SOURCES = sorted(p for folder in ("athar", "extract", "graph", "cypher") for p in (ROOT / folder).rglob("*.py"))

# A clause keyword followed by what only Cypher puts after it, upper case as Cypher is written.
CYPHER = re.compile(
    r"\b(?:OPTIONAL\s+MATCH|MATCH|MERGE|CREATE)\s*\(|\bDETACH\s+DELETE\b|\bUNWIND\s+\S+\s+AS\b|\bCALL\s*[{(]|"
    r"\bCALL\s+(?:db|dbms|apoc|gds)\.|\bRETURN\s+[\w$*(]|\b(?:SHOW|DROP)\s+(?:CONSTRAINTS?|INDEX(?:ES)?)\b|"
    r"\bLOAD\s+CSV\b|\bSET\s+\w+\s*(?:[.:]\w|\+?=)")
DRIVER_METHODS = {"run", "execute_query"}


def string_constants(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of the string literals of a module, docstrings excluded."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def built_strings(node: ast.AST) -> bool:
    """Whether an expression makes a string in place: a literal, an f-string, + or % on strings, .format()."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return isinstance(node, ast.JoinedStr) or isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join", "replace") or built_strings(node.func.value)
    return False


def driver_calls(tree: ast.AST) -> list[ast.Call]:
    """Calls of .run() / .execute_query() on anything but the subprocess module."""
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in DRIVER_METHODS
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "subprocess")]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_cypher_statement_in_python_source(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [f"{path.relative_to(ROOT)}:{line}: {text.strip()[:80]!r}"
             for line, text in string_constants(tree) if CYPHER.search(text)]
    assert not found, "Cypher belongs in cypher/*.cypher:\n" + "\n".join(found)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_statements_sent_to_the_driver_are_never_built_from_strings(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)[:100]}"
           for call in driver_calls(tree) if call.args and built_strings(call.args[0])]
    assert not bad, "statements come from cypher/ and data goes in parameters:\n" + "\n".join(bad)


def test_the_checks_catch_cypher_written_in_python():
    tree = ast.parse('''
def f(session, name):
    """MATCH (n) RETURN n -- a docstring may quote Cypher."""
    session.run("MATCH (n {name: '" + name + "'}) RETURN n")
    session.run(f"MERGE (e:{name})")
    session.run("UNWIND $rows AS row SET e.x = row.x".format())
    session.run(QUERY % name)
''')
    assert sorted({line for line, text in string_constants(tree) if CYPHER.search(text)}) == [4, 5, 6]
    assert [c.lineno for c in driver_calls(tree) if built_strings(c.args[0])] == [4, 5, 6, 7]
    clean = ast.parse('rows = session.run(cypher.named("load.cypher")["reset"], batch_size=10)\n'
                      'subprocess.run(["java", "-version"])\n'
                      'message = "Return value: the number of nodes MATCHed"\n')
    assert not [c for c in driver_calls(clean) if built_strings(c.args[0])]
    assert not [t for _, t in string_constants(clean) if CYPHER.search(t)]
