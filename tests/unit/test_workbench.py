"""What makes the stored queries usable from Neo4j Browser and the shell (issue 16), without a database."""
import re

from athar import cypher
from athar.extract.arabic import normalize
from athar.extract.model import RELATIONS, DocumentFacts, Document, Entity
from athar.extract.resolve import with_search_names
from athar.graph.model import Tally, entity_props, shortened
from athar.graph.query import ENTITY_PARAMS, search_text


def test_integer_parameters_survive_browser_floats():
    """Neo4j Browser sends `:params {limit: 100}` as 100.0, which SKIP, LIMIT and list slices refuse:
    every use of an integer parameter goes through toInteger()."""
    for q in cypher.queries().values():
        for p in q.params:
            if p.type == "integer":
                uses = re.findall(rf"(toInteger\()?\${p.name}\b", q.text)
                assert uses and all(uses), f"{q.name}: ${p.name} outside toInteger()"


def test_every_query_with_modality_shows_the_fact_label():
    returned = re.compile(r"\bAS\s+(\w+)\s*,?\s*$", re.M)
    for q in cypher.queries().values():
        columns = returned.findall(q.text)
        if "modality" in columns:
            assert "label" in columns, q.name


def test_entity_parameters_are_declared_strings():
    for q in cypher.queries().values():
        for p in q.params:
            if p.name in ENTITY_PARAMS:
                assert p.type == "string", (q.name, p.name)


def test_the_style_captions_facts_by_label_and_provenance_by_caption():
    style = cypher.read_resource("browser/style.grass")
    for rel in RELATIONS:
        block = re.search(rf"relationship\.{rel} \{{(.*?)\n\}}", style, re.S)
        assert block and 'caption: "{label}"' in block.group(1), rel
    for label in ("Document", "Sentence"):
        block = re.search(rf"node\.{label} \{{(.*?)\n\}}", style, re.S)
        assert 'caption: "{caption}"' in block.group(1), label


def test_shortened_captions():
    assert shortened("a  b\nc") == "a b c"
    long = "كلمة " * 30
    assert len(shortened(long)) == 60 and shortened(long).endswith("…")


def test_search_names_are_the_folded_names_and_their_union_is_kept():
    record = DocumentFacts(Document("d", ""), entities=[Entity("person:x", "Person", "ناصر بوريطة", ["بوريطة"],
                                                           "Nasser Bourita")])
    names = with_search_names(record).entities[0].props["search_names"]
    assert names == sorted({"ناصر بوريطه", "بوريطه", "nasser bourita"})
    props = entity_props("person:x", {"name": [Tally("ناصر بوريطة", 2, "a")],
                                      "search_names": [Tally(["a", "b"], 1, "a"), Tally(["b", "c"], 1, "b")]})
    assert props["search_names"] == ["a", "b", "c"] and "disputed" not in props


def test_search_text_matches_as_typed_or_folded_and_keeps_operators():
    assert search_text("Bourita", None) == "Bourita"
    assert search_text("بوريطة", normalize) == "(بوريطة) OR (بوريطه)"
    assert search_text("أحمد AND Qatar", normalize) == "(أحمد AND Qatar) OR (احمد AND qatar)"
    assert search_text("qatar", normalize) == "qatar"
