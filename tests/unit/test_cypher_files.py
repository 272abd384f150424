"""The .cypher file conventions: statement splitting, headers, parameters, and the package's own files."""
import re

import pytest

from athar import cypher
from athar.cypher import CypherFileError, parameter_names, parse_query, split_statements
from athar.extract.model import ENTITY_TYPES, RELATIONS


def test_semicolons_inside_strings_names_and_comments_do_not_split():
    text = """
    // a comment; still a comment
    MATCH (n {name: 'a;b', other: "c;\\"d"}) RETURN n.`odd;name`;
    /* block; comment */ RETURN 'it''s' AS x;;
    RETURN 1
    """
    sts = split_statements(text, "t.cypher")
    assert [s.body for s in sts] == [
        "MATCH (n {name: 'a;b', other: \"c;\\\"d\"}) RETURN n.`odd;name`",
        "/* block; comment */ RETURN 'it''s' AS x",
        "RETURN 1",
    ]
    assert [s.line for s in sts] == [2, 4, 5]


def test_a_trailing_comment_is_not_a_statement():
    assert len(split_statements("RETURN 1;\n// the end\n")) == 1


@pytest.mark.parametrize("text", ["RETURN 'open", "RETURN `open", "/* open", 'RETURN "open'])
def test_unterminated_quotes_and_comments_are_errors(text):
    with pytest.raises(CypherFileError, match="t.cypher:1"):
        split_statements(text, "t.cypher")


def test_headers_are_parsed_with_continuations_and_defaults():
    text = """// name: q
// description: First line,
//   second line.
// param a: string = null -- the a
//   and more about a
// param b: integer = 5
// param c: boolean = true -- flag
// param d: string -- required one
MATCH (n) WHERE n.a = $a AND n.b = $b AND n.c = $c AND n.d = $d RETURN n"""
    q = parse_query(text, "queries/q.cypher")
    assert q.name == "q"
    assert q.description == "First line, second line."
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [
        ("a", "string", None, False), ("b", "integer", 5, False), ("c", "boolean", True, False),
        ("d", "string", None, True)]
    assert q.params[0].help == "the a and more about a"
    assert q.text.startswith("MATCH (n)")


def test_bind_fills_defaults_and_coerces_command_line_strings():
    q = parse_query("// name: q\n// description: d\n// param n: integer = 1\n// param f: float = 0.5\n"
                    "// param b: boolean = false\n// param s: string = \"x\"\nRETURN $n, $f, $b, $s",
                    "queries/q.cypher")
    assert q.bind() == {"n": 1, "f": 0.5, "b": False, "s": "x"}
    assert q.bind({"n": "7", "f": "2", "b": "true", "s": "7"}) == {"n": 7, "f": 2.0, "b": True, "s": "7"}
    assert q.bind({"s": "null"}) == {"n": 1, "f": 0.5, "b": False, "s": "null"}
    assert q.bind({"n": "null"})["n"] is None
    with pytest.raises(ValueError, match="unknown parameter"):
        q.bind({"m": "1"})
    with pytest.raises(ValueError, match="expected integer"):
        q.bind({"n": "seven"})
    with pytest.raises(ValueError, match="expected integer"):
        q.bind({"n": True})
    with pytest.raises(ValueError, match="expected a boolean"):
        q.bind({"b": "maybe"})


def test_required_parameters_must_be_given():
    q = parse_query("// name: q\n// description: d\n// param k: string -- key\nRETURN $k", "queries/q.cypher")
    with pytest.raises(ValueError, match="missing required parameter"):
        q.bind()
    assert q.bind({"k": "SA"}) == {"k": "SA"}


@pytest.mark.parametrize("header, message", [
    ("// name: other\n// description: d\n", "must match the file name"),
    ("// name: q\n", "missing '// description:'"),
    ("// name: q\n// description: d\n// param x: text = 1\n", "TYPE"),
    ("// name: q\n// description: d\n// param x: integer = one\n", "not a JSON literal"),
    ("// name: q\n// description: d\n// param x: integer = \"1\"\n", "expected integer"),
    ("// name: q\n// description: d\n// param x: integer = 1\n// param x: integer = 2\n", "declared twice"),
    ("// name: q\n// name: q\n// description: d\n", "repeated header"),
    ("// name: q\n// description: d\n// param y: integer = 1\n", "differ from those used"),
])
def test_malformed_query_headers_are_rejected(header, message):
    with pytest.raises(CypherFileError, match=message):
        parse_query(header + "RETURN $x", "queries/q.cypher")


def test_a_query_file_holds_one_statement():
    with pytest.raises(CypherFileError, match="exactly one statement"):
        parse_query("// name: q\n// description: d\nRETURN 1; RETURN 2", "queries/q.cypher")


def test_parameter_names_ignore_strings_and_comments():
    text = "MATCH (n) WHERE n.a = $a AND n.b = '$notparam' // $nor_this\nRETURN $`odd name`, $a"
    assert parameter_names(text) == {"a", "odd name"}


# --- the package's own files -------------------------------------------------

WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|DROP|LOAD\s+CSV|FOREACH)\b", re.I)


def test_every_stored_query_parses_and_reads_only():
    queries = cypher.queries()
    assert {"attendance", "funding", "not_invited", "sanctions", "members", "event_profile", "actor_profile",
            "co_attendance", "conflicts", "events"} <= set(queries)
    for q in queries.values():
        assert not WRITE_CLAUSE.search(cypher._code_only(q.text)), q.name
        assert q.description


RETURNED = re.compile(r"\bAS\s+(\w+)\s*,?\s*$", re.M)


def test_every_query_with_a_modality_column_returns_the_confidence_next_to_it():
    with_modality = [q for q in cypher.queries().values() if "modality" in RETURNED.findall(q.text)]
    assert {"attendance", "funding", "not_invited", "sanctions", "members", "event_profile",
            "actor_profile"} <= {q.name for q in with_modality}
    for q in with_modality:
        columns = RETURNED.findall(q.text)
        assert columns[columns.index("modality") + 1] == "confidence", q.name


def test_queries_return_event_dates_as_iso_text():
    """A complete event date is a DATE and a partial one a string: ordering by the raw values would
    put every DATE before every string, so queries give and sort by toString(e.date)."""
    for q in cypher.queries().values():
        assert not re.search(r"\be\.date\s+AS\b|ORDER BY e\.date\b", q.text), q.name


def test_paged_queries_new_to_browser_cast_their_page_parameters():
    """Neo4j Browser sends integer parameters as floats, which SKIP and LIMIT refuse."""
    text = cypher.queries()["events"].text
    assert "SKIP toInteger($skip)" in text and "LIMIT toInteger($limit)" in text


def test_one_fact_statement_per_relation_identical_but_for_the_type():
    facts = cypher.named("facts.cypher")
    assert set(facts) == {f"merge_fact_{r}" for r in RELATIONS}
    template = facts["merge_fact_ATTENDED"].replace(":ATTENDED ", ":{T} ")
    for rel in RELATIONS:
        assert facts[f"merge_fact_{rel}"] == template.replace(":{T} ", f":{rel} ")


def test_one_entity_statement_per_type_identical_but_for_the_label():
    load = cypher.named("load.cypher")
    template = load["merge_entities_State"].replace("e:State", "e:{T}")
    for etype in ENTITY_TYPES:
        assert load[f"merge_entities_{etype}"] == template.replace("e:{T}", f"e:{etype}")


def test_schema_statements_are_idempotent():
    for st in cypher.statements("schema.cypher"):
        assert "IF NOT EXISTS" in st.body or st.body.startswith("DROP") and "IF EXISTS" in st.body, st.where()


def test_queries_over_every_fact_name_every_relation():
    """actor_profile and conflicts name the fact types (so that a dense node's MENTIONED_IN and
    DESCRIBES are not read): a relation added to the extractor must be added there too."""
    for name in ("actor_profile", "conflicts", "connected"):
        types = re.search(r"\[r:([A-Z_|]+)\]", cypher.queries()[name].text).group(1)
        assert set(types.split("|")) == set(RELATIONS), name


def test_every_fact_type_has_an_index_on_disputed():
    """conflicts finds disputed facts through these; a relation without one would be read in full."""
    schema = cypher.read_resource("schema.cypher")
    for rel in RELATIONS:
        assert f"FOR ()-[r:{rel}]-() ON (r.disputed)" in schema, rel
