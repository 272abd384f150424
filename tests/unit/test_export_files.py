"""Export writers on the offline graph: APOC JSON lines, GraphML and GEXF (networkx, igraph), neo4j-admin CSV."""
import csv
import datetime as dt
import io
import json
from xml.etree import ElementTree

import igraph
import networkx as nx

from athar.extract.model import Entity
from athar.graph.export import fact_graph, to_networkx, write_admin_csv, write_apoc_jsonl, write_gexf, write_graphml
from athar.graph.model import FACT_TYPES, Graph, Node, Rel
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import EVIL_KEY, EVIL_NAME, SA, Builder, records


def test_apoc_json_lines_format():
    g = graph_from_records(records())
    out = io.StringIO()
    write_apoc_jsonl(g, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    nodes = [x for x in lines if x["type"] == "node"]
    rels = [x for x in lines if x["type"] == "relationship"]
    assert len(nodes) == len(g.nodes) and len(rels) == len(g.rels)
    assert all(set(n) == {"type", "id", "labels", "properties"} for n in nodes)
    ids = {n["id"] for n in nodes}
    assert all(r["start"]["id"] in ids and r["end"]["id"] in ids for r in rels)
    assert len({r["id"] for r in rels}) == len(rels)
    evil = next(n for n in nodes if n["properties"].get("key") == EVIL_KEY)
    assert evil["properties"]["name"] == EVIL_NAME
    sentence_ids = {n["id"] for n in nodes if "doc_id" in n["properties"] and "Sentence" in n["labels"]}
    assert {r["end"]["id"] for r in rels if r["label"] == "MENTIONED_IN"} <= sentence_ids


def test_graphml_opens_in_networkx_and_igraph_with_flat_typed_attributes(tmp_path):
    g = graph_from_records(records())
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == len(g.nodes) and back.number_of_edges() == len(g.rels)
    sa = back.nodes["SA"]
    assert sa["labels"] == ":Entity:State" and sa["label"] == "Saudi Arabia"
    assert sa["aliases"] == "KSA | المملكة العربية السعودية"
    assert back.nodes[EVIL_KEY]["name"] == EVIL_NAME
    for _, _, data in back.edges(data=True):
        assert not any(isinstance(v, list) for v in data.values())
        if data["type"] == "FUNDED" and "amount" in data:
            assert isinstance(data["negated"], bool) and isinstance(data["amount"], int)
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (len(g.nodes), len(g.rels))
    assert sorted(ig.vs["id"]) == sorted(n.id for n in g.nodes)
    assert sorted(set(ig.es["type"])) == sorted({r.type for r in g.rels})
    negated = [data for _, _, data in back.edges(data=True) if data.get("negated")]
    assert negated and all(data["label"].startswith("not ") for data in negated)     # a denial reads as one


def test_graphml_gives_each_attribute_one_type_and_keeps_reserved_names():
    g = Graph([Node("a", ("Entity", "State"), {"key": "a", "name": "A", "n": 1, "label": "mine", "mixed": 1}),
               Node("b", ("Entity", "State"), {"key": "b", "name": "B", "n": 2.5, "mixed": "x", "flag": True})],
              [Rel("X", "a", "b", {"id": 7, "w": [1, 2]})])
    nxg = to_networkx(g)
    assert nxg.nodes["a"]["n"] == 1.0 and isinstance(nxg.nodes["a"]["n"], float)
    assert nxg.nodes["a"]["mixed"] == "1" and nxg.nodes["b"]["mixed"] == "x"
    assert nxg.nodes["a"]["label"] == "A" and nxg.nodes["a"]["prop_label"] == "mine"
    [(_, _, edge)] = nxg.edges(data=True)
    assert edge == {"type": "X", "label": "X", "prop_id": 7, "w": "1 | 2"}


def test_admin_csv_has_typed_headers_and_a_safe_array_delimiter(tmp_path):
    g = graph_from_records(records())
    files = write_admin_csv(g, tmp_path)
    names = {p.name for p in files}
    assert {"nodes_Entity_State.csv", "nodes_Document.csv", "nodes_Sentence.csv", "import.sh",
            "relationships_ATTENDED_Entity_Entity.csv", "relationships_MENTIONED_IN_Entity_Sentence.csv",
            "relationships_HAS_SENTENCE_Document_Sentence.csv",
            "relationships_DESCRIBES_Document_Entity.csv"} <= names
    with (tmp_path / "nodes_Entity_State.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["key:ID(Entity)", ":LABEL"] and "aliases:string[]" in rows[0]
    sa = dict(zip(rows[0], next(r for r in rows if r[0] == "SA")))
    assert sa[":LABEL"] == "Entity|State"
    with (tmp_path / "relationships_FUNDED_Entity_Entity.csv").open(encoding="utf-8") as fh:
        header, *rels = list(csv.reader(fh))
    assert header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert {"negated:boolean", "amount:long", "amount_values:long[]", "sources:string[]"} <= set(header)
    # a channel value contains ";" so the default delimiter cannot be used
    script = (tmp_path / "import.sh").read_text()
    assert "'--array-delimiter=|'" in script
    assert "exec neo4j-admin database import full neo4j" in script
    funded = dict(zip(header, next(r for r in rels if r[1] == "org:un")))
    assert funded["amount_values:long[]"] == "1000000|1200000" and funded["negated:boolean"] == "false"
    total = sum(len(list(csv.reader(p.open(encoding="utf-8")))) - 1 for p in files if p.name.startswith("nodes_"))
    assert total == len(g.nodes)


def _dated_records():
    """The corpus plus a document about an event known only by its month, and a fact of confidence 0.6."""
    doc = Builder("d7", ["Saudi Arabia attended talks in April 2018."])
    talks = Entity("event:talks", "Event", "Talks", [], None, {"kind": "meeting", "city": "Doha", "date": "2018-04"})
    doc.mention(SA, 0, "Saudi Arabia")
    doc.mention(talks, 0, "talks")
    doc.fact("ATTENDED", SA, talks, 0, confidence=0.6)
    return records() + [doc.record()]


def test_apoc_json_writes_dates_as_iso_text_and_facts_with_their_confidence():
    g = graph_from_records(_dated_records())
    assert {n.id: n for n in g.nodes}["event:conf"].props["date"] == dt.date(2018, 4, 25)
    out = io.StringIO()
    write_apoc_jsonl(g, out)
    lines = {(x["type"], x["id"]): x for x in map(json.loads, out.getvalue().splitlines())}
    conf = lines[("node", "event:conf")]["properties"]
    assert (conf["date"], conf["year"], conf["month"], conf["day"]) == ("2018-04-25", 2018, 4, 25)
    talks = lines[("node", "event:talks")]["properties"]
    assert (talks["date"], talks["year"], talks["month"]) == ("2018-04", 2018, 4) and "day" not in talks
    facts = [x["properties"] for x in lines.values() if x["type"] == "relationship" and "sources" in x["properties"]]
    assert facts and all(isinstance(p["confidence"], float) for p in facts)
    assert sorted(p["confidence"] for p in facts)[0] == 0.6


def test_graphml_writes_dates_as_text_beside_their_integer_parts(tmp_path):
    write_graphml(graph_from_records(_dated_records()), tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert (back.nodes["event:conf"]["date"], back.nodes["event:conf"]["year"]) == ("2018-04-25", 2018)
    assert (back.nodes["event:talks"]["date"], back.nodes["event:talks"]["month"]) == ("2018-04", 4)
    assert all(isinstance(data["confidence"], float) for *_, data in back.edges(data=True) if "sources" in data)


def test_admin_csv_types_complete_dates_and_confidence(tmp_path):
    files = {p.name: p for p in write_admin_csv(graph_from_records(_dated_records()), tmp_path)}

    def table(name):
        with files[name].open(encoding="utf-8") as fh:
            header, *rows = list(csv.reader(fh))
        return header, [dict(zip(header, r)) for r in rows]
    header, rows = table("nodes_Entity_Event_date.csv")          # complete dates: a date column
    assert {"date:date", "year:long", "month:long", "day:long"} <= set(header)
    assert [(r["key:ID(Entity)"], r["date:date"]) for r in rows] == [("event:conf", "2018-04-25")]
    header, rows = table("nodes_Entity_Event.csv")               # the others keep their text
    assert "date:string" in header and [r["date:string"] for r in rows] == ["2018-04"]
    header, rows = table("relationships_ATTENDED_Entity_Entity.csv")
    assert {"confidence:double", "confidence_values:double[]", "confidence_sources:string[]"} <= set(header)
    assert sorted(r["confidence:double"] for r in rows)[0] == "0.6"
    assert "--nodes=nodes_Entity_Event_date.csv" in (tmp_path / "import.sh").read_text()


def test_exports_are_valid_whatever_characters_the_properties_hold(tmp_path):
    """Facts files can come from elsewhere: NUL, other C0 controls and lone surrogates in any property."""
    evil = "a\x00b\x01c\ud800d\uffff"
    g = Graph([Node("k\x00", ("Entity", "State"), {"key": "k\x00", "name": evil, "aliases": [evil, "x"]}),
               Node("m", ("Entity", "State"), {"key": "m", "name": "M"})],
              [Rel("X", "k\x00", "m", {"note": evil})])
    write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["k "]["name"] == "a b c\ufffdd\ufffd"
    assert igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml")).vcount() == 2
    out = io.StringIO()
    write_apoc_jsonl(g, out)
    out.getvalue().encode("utf-8")
    assert json.loads(out.getvalue().splitlines()[0])["properties"]["name"] == "a b c\ufffdd\ufffd"
    for path in write_admin_csv(g, tmp_path / "csv"):
        text = path.read_bytes().decode("utf-8")
        assert "\x00" not in text and "\x01" not in text
        if path.suffix == ".csv":
            list(csv.reader(io.StringIO(text)))


def test_the_fact_graph_holds_entities_and_facts_weighted_by_their_sources(tmp_path):
    full = graph_from_records(_dated_records())
    facts = fact_graph(full)
    assert all(n.labels[0] == "Entity" for n in facts.nodes)
    assert {r.type for r in facts.rels} <= set(FACT_TYPES)
    assert len(facts.rels) == sum(r.type in FACT_TYPES for r in full.rels)
    assert not any(k.endswith(("_sources", "_values")) or k == "evidence" for r in facts.rels for k in r.props)
    write_graphml(facts, tmp_path / "f.graphml")
    back = igraph.Graph.Read_GraphML(str(tmp_path / "f.graphml"))
    assert (back.vcount(), back.ecount()) == (len(facts.nodes), len(facts.rels))
    by_type = {}
    for e in back.es:
        by_type.setdefault(e["type"], []).append(e)
    # three reports say Saudi Arabia attended the conference: weight 3, and each its own label
    sa = back.vs.find(id="SA").index
    conf = back.vs.find(id="event:conf").index
    [attended] = [e for e in by_type["ATTENDED"] if (e.source, e.target) == (sa, conf) and not e["negated"]]
    assert attended["weight"] == len(attended["sources"].split(" | ")) > 1
    assert {e["label"] for e in by_type["INVITED"] if e["negated"]} == {"not invited"}
    assert isinstance(attended["confidence"], float) and attended["modality"] == "asserted"


def test_gexf_puts_dated_events_and_their_facts_on_a_timeline(tmp_path):
    write_gexf(fact_graph(graph_from_records(_dated_records())), tmp_path / "f.gexf")
    root = ElementTree.parse(tmp_path / "f.gexf").getroot()
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = root.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == ("dynamic", "date", "directed")
    back = nx.read_gexf(tmp_path / "f.gexf")
    conf, talks = back.nodes["event:conf"], back.nodes["event:talks"]
    assert (conf["start"], conf["end"]) == ("2018-04-25", "2018-04-25")
    assert (talks["start"], talks["end"]) == ("2018-04-01", "2018-04-30")     # a month spans its days
    assert "start" not in back.nodes["SA"]                                     # undated: always there
    assert isinstance(conf["year"], int) and conf["label"] == "No Money for Terror conference"
    edges = [data for _, v, data in back.edges(data=True) if v == "event:talks"]
    assert edges and all((d["relation"], d["start"]) == ("ATTENDED", "2018-04-01") for d in edges)
    assert {d["label"] for *_, d in back.edges(data=True) if d["relation"] == "INVITED" and d["negated"]} \
        == {"not invited"}


def test_gexf_keeps_two_facts_of_one_pair_apart_for_gephi(tmp_path):
    """Gephi merges parallel edges of one kind (summing weights): each edge's kind is its label, which
    differs between two facts of one pair (type, polarity or modality). Attribute ids are the names
    Gephi shows; networkx's multigraph key is not written."""
    g = Graph([Node("e", ("Entity", "Event"), {"key": "e", "name": "E", "date": "2018-04-25"}),
               Node("s", ("Entity", "State"), {"key": "s", "name": "S"})],
              [Rel("HOSTED", "s", "e", {"label": "hosted", "sources": ["d1"]}),
               Rel("ORGANIZED", "s", "e", {"label": "organized", "sources": ["d1"]}),
               Rel("HELD_IN", "e", "s", {"label": "held in", "modality": "asserted", "sources": ["d1"]}),
               Rel("HELD_IN", "e", "s", {"label": "planned: held in", "modality": "planned", "sources": ["d2"]})])
    write_gexf(g, tmp_path / "g.gexf")
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = ElementTree.parse(tmp_path / "g.gexf").getroot().find("g:graph", ns)
    edges = graph.findall("g:edges/g:edge", ns)
    assert sorted(e.get("kind") for e in edges) == ["held in", "hosted", "organized", "planned: held in"]
    attributes = graph.findall("g:attributes/g:attribute", ns)
    assert attributes and all(a.get("id") == a.get("title") for a in attributes)
    assert "networkx_key" not in {a.get("title") for a in attributes}
    assert {v.get("for") for v in graph.iter("{%s}attvalue" % ns["g"])} <= {a.get("id") for a in attributes}
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert back.number_of_edges() == 4 and back.nodes["e"]["name"] == "E"
    assert sorted(d["modality"] for u, _, d in back.edges(data=True) if u == "e") == ["asserted", "planned"]


def test_gexf_is_valid_xml_whatever_characters_the_properties_hold(tmp_path):
    evil = "a\x00b\x01c\ud800d\uffff"
    g = Graph([Node("k\x00", ("Entity", "Event"), {"key": "k\x00", "name": evil, "date": "2018-02",
                                                    "start": 3}),
               Node("m", ("Entity", "State"), {"key": "m", "name": "M"})],
              [Rel("ATTENDED", "m", "k\x00", {"note": evil, "sources": ["d\x02"], "type": "x"})])
    write_gexf(g, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert back.nodes["k "]["label"] == "a b c\ufffdd\ufffd" and back.nodes["k "]["prop_start"] == 3
    [(_, _, edge)] = back.edges(data=True)
    assert (edge["weight"], edge["prop_type"], edge["start"], edge["end"]) == (1, "x", "2018-02-01", "2018-02-28")


def test_admin_csv_tells_an_empty_string_from_a_missing_value(tmp_path):
    """neo4j-admin reads an empty field as no property: "" must be written quoted (a sentence that is
    only a line break has the caption "")."""
    g = Graph([Node("a", ("Entity", "State"), {"key": "a", "name": "A", "note": ""}),
               Node("b", ("Entity", "State"), {"key": "b", "name": 'B "x"'})], [])
    write_admin_csv(g, tmp_path / "csv")
    lines = (tmp_path / "csv" / "nodes_Entity_State.csv").read_text(encoding="utf-8").splitlines()
    assert lines == ["key:ID(Entity),:LABEL,name:string,note:string",
                     '"a","Entity;State","A",""', '"b","Entity;State","B ""x""",']
