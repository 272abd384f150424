"""The graph model in plain Python: validation, consensus, per-source fact values, the offline graph."""
import dataclasses
import datetime as dt
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from athar.extract.model import Document, DocumentFacts, Entity, Evidence, Fact, Mention, Sentence
from athar.graph.model import (CONFIDENCE_CAP, FactClaim, FactKey, FactState, Tally, checksum, clean_value,
                               combined_confidence, consensus, date_parts, document_graph, entity_props, evidence_order,
                               tally, typed_date)
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import CONF, SA, UN, Builder, records


def _record(facts=(), mentions=(), entities=(SA, CONF), evidence_doc="d"):
    doc = Document("d", "Saudi Arabia attended.")
    return DocumentFacts(doc, [Sentence(0, 0, 22, "Saudi Arabia attended.")], list(entities), list(mentions),
                         list(facts))


# --- values ---------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (None, None), ("x", "x"), (3, 3), (True, True), (2.5, 2.5),
    (float("nan"), None), (float("inf"), None),
    ([1, 2.5], [1.0, 2.5]), ([1, None, 2], [1, 2]), ([], None), ([None], None),
    (["a", 1, True], ["a", "1", "true"]), ([True, False], [True, False]), ((1, 2), [1, 2]),
])
def test_clean_value_keeps_storable_values(value, expected):
    assert clean_value(value) == expected
    assert type(clean_value(value)) is type(expected)


@pytest.mark.parametrize("value", [{"a": 1}, [[1]], [{"a": 1}], object()])
def test_clean_value_rejects_nested_values(value):
    with pytest.raises(ValueError):
        clean_value(value)


# --- one document ---------------------------------------------------------------------

def test_document_graph_drops_invalid_items_and_says_why():
    ev = Evidence("d", 0, 0, 12)
    facts = [
        Fact("ATTENDED", "SA", "event:conf", evidence=[ev]),                       # fine
        Fact("ATTENDED", "SA", "event:missing", evidence=[ev]),                    # unknown object
        Fact("HELD_IN", "SA", "event:conf", evidence=[ev]),                        # wrong subject type
        Fact("LIKED", "SA", "event:conf", evidence=[ev]),                          # unknown predicate
        Fact("ATTENDED", "SA", "event:conf", modality="rumoured", evidence=[ev]),  # unknown modality
        Fact("HOSTED", "SA", "event:conf", evidence=[Evidence("other", 0, 0, 1), Evidence("d", 7, 0, 1)]),
        Fact("FUNDED", "SA", "event:conf", props={"amount": {"x": 1}, "sources": ["z"], "note_values": [1],
                                                   "currency": "USD", "empty": None}),
    ]
    mentions = [Mention("SA", 0, 0, 12, "Saudi Arabia"), Mention("XX", 0, 0, 5, "Saudi"), Mention("SA", 3, 0, 1, "S")]
    dg = document_graph(_record(facts, mentions))
    assert [(c.key.predicate, c.key.object) for c in dg.facts] == [
        ("ATTENDED", "event:conf"), ("FUNDED", "event:conf"), ("HOSTED", "event:conf")]
    funded = next(c for c in dg.facts if c.key.predicate == "FUNDED")
    assert funded.props == {"currency": "USD"}
    hosted = next(c for c in dg.facts if c.key.predicate == "HOSTED")
    assert hosted.evidence == []
    assert [m["entity"] for m in dg.mentions] == ["SA"]
    text = "\n".join(dg.problems)
    for expected in ("event:missing", "is a State, expected Event", "unknown predicate 'LIKED'",
                     "unknown modality 'rumoured'", "evidence other#0", "evidence d#7", "'amount' dropped",
                     "'sources' clashes", "'note_values' clashes", "unknown entity 'XX'", "unknown sentence"):
        assert expected in text


def test_document_graph_merges_repeated_facts_and_entities_within_a_document():
    ev0, ev1 = Evidence("d", 0, 0, 5), Evidence("d", 1, 0, 5)
    doc = DocumentFacts(Document("d", "a. b."), [Sentence(0, 0, 2, "a."), Sentence(1, 3, 5, "b.")],
                        [SA, Entity("SA", "State", "KSA", ["Saudi"], None, {"iso2": "SA", "extra": 1}), CONF,
                         Entity("SA", "Organization", "Wrong", [], None, {})],
                        [], [Fact("ATTENDED", "SA", "event:conf", props={"role": "x"}, evidence=[ev1]),
                             Fact("ATTENDED", "SA", "event:conf", props={"role": "y", "n": 2}, evidence=[ev0])])
    dg = document_graph(doc)
    [sa] = [e for e in dg.entities if e.key == "SA"]
    assert sa.type == "State" and sa.props["name"] == "Saudi Arabia"
    assert sa.props["aliases"] == sorted(["KSA", "Saudi", "المملكة العربية السعودية"])
    assert sa.props["extra"] == 1
    assert any("listed again as Organization" in p for p in dg.problems)
    [fact] = dg.facts
    assert fact.evidence == ["d#0", "d#1"] and fact.props == {"role": "x", "n": 2}


def test_facts_under_the_minimum_confidence_are_kept_out_and_counted():
    ev = Evidence("d", 0, 0, 12)
    record = _record([Fact("ATTENDED", "SA", "event:conf", evidence=[ev], confidence=0.4),
                      Fact("HOSTED", "SA", "event:conf", evidence=[ev], confidence=0.5)])
    dg = document_graph(record, min_confidence=0.5)
    assert [c.key.predicate for c in dg.facts] == ["HOSTED"] and dg.weak == 1 and dg.problems == []
    assert [c.key.predicate for c in document_graph(record, min_confidence=0.3).facts] == ["ATTENDED", "HOSTED"]
    # the checksum follows what is kept: another minimum that keeps the same facts changes nothing
    assert document_graph(record, 0.45).checksum == dg.checksum != document_graph(record, 0.3).checksum
    assert document_graph(record, 0.3).checksum == document_graph(record, 0.0).checksum == checksum(record)


def test_a_fact_stated_twice_in_a_document_keeps_its_highest_confidence():
    ev = Evidence("d", 0, 0, 12)
    record = _record([Fact("ATTENDED", "SA", "event:conf", evidence=[ev], confidence=0.6),
                      Fact("ATTENDED", "SA", "event:conf", evidence=[ev], confidence=0.9)])
    [claim] = document_graph(record, 0.0).facts
    assert claim.confidence == 0.9


@pytest.mark.parametrize("confidence, kept, problem", [
    (1, 1.0, None), (1.5, 1.0, "outside [0, 1]; taken as 1.0"), (-0.2, 0.0, "outside [0, 1]; taken as 0.0"),
    ("high", None, "'high' is not a number; dropped"), (float("nan"), None, "is not a number; dropped"),
    (True, None, "True is not a number; dropped"),
])
def test_a_confidence_out_of_range_is_clamped_and_one_that_is_no_number_drops_the_fact(confidence, kept, problem):
    record = _record([Fact("ATTENDED", "SA", "event:conf", evidence=[Evidence("d", 0, 0, 12)],
                           confidence=confidence)])
    dg = document_graph(record, 0.0)
    assert [c.confidence for c in dg.facts] == ([] if kept is None else [kept])
    assert [p for p in dg.problems if problem and problem in p] == ([] if problem is None else dg.problems)
    assert len(dg.problems) == (problem is not None)


def test_confidence_is_a_field_no_fact_property_can_shadow():
    record = _record([Fact("ATTENDED", "SA", "event:conf", props={"confidence": 0.1, "confidence_values": [1]},
                           evidence=[Evidence("d", 0, 0, 12)], confidence=0.7)])
    dg = document_graph(record, 0.0)
    assert dg.facts[0].props == {} and dg.facts[0].confidence == 0.7
    assert sum("clashes with a relationship field" in p for p in dg.problems) == 2


def test_checksum_changes_with_content_only():
    a, b = records()[0], records()[0]
    assert checksum(a) == checksum(b)
    b.facts[0].negated = not b.facts[0].negated
    assert checksum(a) != checksum(b)


def test_to_json_equals_dataclasses_asdict_and_reads_back():
    for record in records():
        assert record.to_json() == dataclasses.asdict(record)
        assert DocumentFacts.from_json(json.loads(json.dumps(record.to_json()))) == record


def test_evidence_order_is_numeric_within_a_document():
    assert sorted(["d#10", "d#9", "c#2"], key=evidence_order) == ["c#2", "d#9", "d#10"]


# --- consensus ---------------------------------------------------------------------------

def test_consensus_prefers_the_most_documents_then_the_earliest_document():
    assert consensus([Tally(70, 1, "d1"), Tally(72, 2, "d2")]) == 72
    assert consensus([Tally(72, 1, "d2"), Tally(70, 1, "d1")]) == 70


def test_entity_props_union_aliases_and_vote_on_properties():
    t = tally({"b": {"name": "KSA", "aliases": ["Saudi"], "iso2": "SA", "n": 2},
               "a": {"name": "Saudi Arabia", "iso2": "SA", "n": 1},
               "c": {"name": "Saudi Arabia", "aliases": ["KSA", "x"], "n": 2}})
    assert entity_props("SA", t) == {"key": "SA", "name": "Saudi Arabia", "aliases": ["KSA", "Saudi", "x"],
                                     "iso2": "SA", "n": 2, "disputed": ["n"]}


def test_descriptive_properties_vote_but_are_never_disputed():
    t = tally({"a": {"name": "X", "role": "وزير الدفاع", "state": "SA"},
               "b": {"name": "X", "role": "ولي العهد", "state": "SA"},
               "c": {"name": "X", "role": "ولي العهد", "state": "QA"}})
    props = entity_props("person:x", t)
    assert props["role"] == "ولي العهد"
    assert props["disputed"] == ["state"]


@pytest.mark.parametrize("text, parts, typed", [
    ("2018-04-25", {"year": 2018, "month": 4, "day": 25}, dt.date(2018, 4, 25)),
    ("2018-04", {"year": 2018, "month": 4}, "2018-04"),
    ("2018", {"year": 2018}, "2018"),
    ("--05-11", {"month": 5, "day": 11}, "--05-11"),
    ("--02-29", {"month": 2, "day": 29}, "--02-29"),
    ("2018-02-30", {"year": 2018, "month": 2}, "2018-02-30"),        # no such day: the string stays
    ("2018-13", {"year": 2018}, "2018-13"),
    ("2018-04-25T10:00", {}, "2018-04-25T10:00"), ("next week", {}, "next week"), ("", {}, ""),
    ("٢٠١٨-٠٤-٢٥", {}, "٢٠١٨-٠٤-٢٥"),                                 # ISO 8601 digits are ASCII
])
def test_iso_dates_give_their_parts_and_a_complete_one_a_date(text, parts, typed):
    assert date_parts(text) == parts
    assert typed_date(text) == typed and type(typed_date(text)) is type(typed)


def test_an_event_date_is_settled_as_text_then_typed_with_its_parts():
    t = tally({"a": {"name": "Summit", "date": "2019-05-30", "end_date": "2019-05-31"},
               "b": {"name": "Summit", "date": "2019-05-30"},
               "c": {"name": "Summit", "date": "2019-05"}})
    props = entity_props("event:summit", t)
    assert (props["date"], props["end_date"]) == (dt.date(2019, 5, 30), dt.date(2019, 5, 31))
    assert (props["year"], props["month"], props["day"]) == (2019, 5, 30)
    assert props["disputed"] == ["date"]                           # the documents disagree, as before
    partial = entity_props("event:x", tally({"a": {"name": "X", "date": "2019-05"}}))
    assert partial["date"] == "2019-05" and (partial["year"], partial["month"]) == (2019, 5) and "day" not in partial
    assert "year" not in entity_props("event:y", tally({"a": {"name": "Y"}}))


def test_year_month_and_day_are_the_graph_s_and_no_document_sets_them():
    event = Entity("event:e", "Event", "E", [], None, {"date": "2018", "year": 1999, "month": 1})
    dg = document_graph(_record(entities=(event,)))
    assert dg.entities[0].props == {"name": "E", "date": "2018"}
    assert sum("shadows a field" in p for p in dg.problems) == 2


def test_tally_keeps_booleans_and_numbers_apart():
    t = tally({"a": {"v": True}, "b": {"v": 1}, "c": {"v": 1.0}})
    assert sorted((x.value, x.count) for x in t["v"] if x.value is not True) == [(1, 2)]
    assert [x.count for x in t["v"] if x.value is True] == [1]


# --- facts: per-source values ---------------------------------------------------------------

KEY = FactKey("FUNDED", "SA", "org:un", False, "asserted")
# Each property keeps one type across sources, as extraction gives it (mixing types
# is lossy: see test_sources_mixing_types_fall_back_to_text).
fact_props = st.fixed_dictionaries({}, optional={
    "amount": st.integers(-10**12, 10**12),
    "share": st.floats(allow_nan=False, allow_infinity=False, width=32),
    "currency": st.text(max_size=5),
    "confirmed": st.booleans(),
    "channel": st.lists(st.text(max_size=3), min_size=1, max_size=3),
})
claims = st.dictionaries(st.sampled_from(["d1", "d2", "d#3", "x y"]),
                         st.tuples(st.lists(st.integers(0, 5), max_size=3), fact_props, st.floats(0, 1)), max_size=4)


def _state(per_doc, order):
    state = FactState(KEY)
    for doc in order:
        evidence, props, confidence = per_doc[doc]
        props = {k: clean_value(v) for k, v in props.items() if clean_value(v) is not None}
        state.add(doc, FactClaim(KEY, [f"{doc}#{i}" for i in evidence], props, confidence))
    return state


@settings(max_examples=200, deadline=None)
@given(claims, st.randoms())
def test_fact_props_round_trip_and_do_not_depend_on_order(per_doc, rnd):
    props = _state(per_doc, sorted(per_doc)).to_props()
    order = list(per_doc)
    rnd.shuffle(order)
    assert _state(per_doc, order).to_props() == props
    assert FactState.from_props(KEY, props).to_props() == props


@settings(max_examples=100, deadline=None)
@given(claims, st.sampled_from(["d1", "d2", "d#3", "x y"]))
def test_removing_a_source_is_the_same_as_never_adding_it(per_doc, doc):
    stored = FactState.from_props(KEY, _state(per_doc, sorted(per_doc)).to_props())
    stored.remove(doc)
    rest = {d: v for d, v in per_doc.items() if d != doc}
    assert stored.to_props() == _state(rest, sorted(rest)).to_props()


@settings(max_examples=100, deadline=None)
@given(claims)
def test_the_combined_confidence_is_at_least_the_best_source_and_at_most_the_cap_above_it(per_doc):
    props = _state(per_doc, sorted(per_doc)).to_props()
    values = [per_doc[d][2] for d in sorted(per_doc)]
    assert props["confidence_sources"] == props["sources"] and props["confidence_values"] == values
    if values:
        best = max(values)
        assert round(best, 4) <= props["confidence"] <= max(round(best, 4), CONFIDENCE_CAP)
        assert "confidence" not in props.get("disputed", [])


@pytest.mark.parametrize("values, expected", [
    ([0.6], 0.6), ([0.6, 0.7], 0.88), ([0.7, 0.6], 0.88), ([0.5, 0.5, 0.5], 0.875),
    ([0.9, 0.9, 0.9], CONFIDENCE_CAP), ([1.0, 0.2], 1.0), ([0.0, 0.0], 0.0), ([0.123456], 0.1235), ([], 1.0),
])
def test_combined_confidence_is_a_capped_noisy_or(values, expected):
    assert combined_confidence(values) == expected


def test_a_retracted_source_takes_its_confidence_with_it():
    state = FactState(KEY)
    state.add("d1", FactClaim(KEY, ["d1#0"], {}, 0.6))
    state.add("d2", FactClaim(KEY, ["d2#0"], {}, 0.7))
    stored = FactState.from_props(KEY, state.to_props())
    assert stored.to_props()["confidence"] == 0.88
    stored.remove("d2")
    assert stored.to_props()["confidence"] == 0.6
    stored.add("d1", FactClaim(KEY, ["d1#0"], {}, 0.8))          # d1 changed: its new value replaces the old
    assert (stored.to_props()["confidence"], stored.to_props()["confidence_values"]) == (0.8, [0.8])


def test_a_relationship_stored_without_confidence_counts_its_sources_as_certain():
    legacy = {"negated": False, "modality": "asserted", "sources": ["d1", "d2"], "evidence": ["d1#0"]}
    props = FactState.from_props(KEY, legacy).to_props()
    assert (props["confidence"], props["confidence_values"]) == (1.0, [1.0, 1.0])


def test_sources_mixing_types_fall_back_to_text():
    state = FactState(KEY)
    state.add("d1", FactClaim(KEY, [], {"amount": 5, "channel": "bank"}))
    state.add("d2", FactClaim(KEY, [], {"amount": "five", "channel": ["cash", "bank"]}))
    props = state.to_props()
    assert props["amount_values"] == ["5", "five"]
    assert props["channel"] == ["bank", "cash"]
    assert (props["channel_sources"], props["channel_values"]) == (["d1", "d2", "d2"], ["bank", "cash", "bank"])
    assert FactState.from_props(KEY, props).to_props() == props


def test_disagreeing_sources_keep_their_own_values():
    state = FactState(KEY)
    state.add("d2", FactClaim(KEY, ["d2#1"], {"amount": 1200000, "currency": "USD"}))
    state.add("d1", FactClaim(KEY, ["d1#4"], {"amount": 1000000, "currency": "USD", "channel": "grant"}))
    state.add("d3", FactClaim(KEY, ["d3#0"], {"amount": 1.5}))
    props = state.to_props()
    assert props["sources"] == ["d1", "d2", "d3"]
    assert props["amount_sources"] == ["d1", "d2", "d3"]
    assert props["amount_values"] == [1000000.0, 1200000.0, 1.5]
    assert props["amount"] == 1000000.0            # three values once each: the earliest document's
    assert props["channel"] == "grant" and props["channel_sources"] == ["d1"]
    state.add("d1", FactClaim(KEY, ["d1#0"], {"amount": 1200000}))    # d1 changes its mind
    props = state.to_props()
    assert props["amount"] == 1200000 and props["evidence"] == ["d1#0", "d2#1", "d3#0"]
    assert "channel" not in props


# --- the offline graph ------------------------------------------------------------------------

def _summary(graph):
    nodes = {n.id: (n.labels, n.props) for n in graph.nodes}
    rels = sorted((r.type, r.start, r.end, str(sorted(r.props.items()))) for r in graph.rels)
    return nodes, rels


def test_offline_graph_of_the_corpus():
    problems = []
    g = graph_from_records(records(), problems)
    assert problems == []
    nodes = {n.id: n for n in g.nodes}
    assert nodes["SA"].labels == ("Entity", "State")
    assert nodes["event:conf"].props["states_count"] == 70      # 70 (d1, d4) vs 72 (d2)
    assert nodes["event:conf"].props["date"] == dt.date(2018, 4, 25) and nodes["event:conf"].props["day"] == 25
    assert nodes["sentence:d1#1"].props["doc_id"] == "d1"
    facts = {(r.type, r.start, r.end, r.props["negated"]): r.props for r in g.rels if "sources" in r.props}
    assert facts[("ATTENDED", "SA", "event:conf", False)]["sources"] == ["d1", "d2"]
    assert facts[("ATTENDED", "EG", "event:conf", True)]["sources"] == ["d2"]
    assert facts[("FUNDED", "SA", "org:un", False)]["amount_values"] == [1000000, 1200000]
    assert all(props["confidence"] == 1.0 for props in facts.values())
    describes = [r for r in g.rels if r.type == "DESCRIBES" and r.end == "event:conf"]
    assert sorted(r.props["states_count"] for r in describes) == [70, 70, 72]
    mentioned = {(r.start, r.end) for r in g.rels if r.type == "MENTIONED_IN"}
    assert ("SA", "sentence:d1#1") in mentioned
    ids = set(nodes)
    assert all(r.start in ids and r.end in ids for r in g.rels)


def test_offline_graph_does_not_depend_on_record_order():
    recs = records()
    shuffled = recs[:]
    random.Random(7).shuffle(shuffled)
    assert _summary(graph_from_records(recs)) == _summary(graph_from_records(shuffled))


def test_a_later_version_of_a_document_replaces_the_earlier_one():
    recs = records()
    d1b = Builder("d1", ["Saudi Arabia gave the United Nations 5 dollars."])
    d1b.mention(SA, 0, "Saudi Arabia")
    d1b.fact("FUNDED", SA, UN, 0, amount=5)
    g = graph_from_records(recs + [d1b.record()])
    facts = {(r.type, r.start, r.end): r.props for r in g.rels if "sources" in r.props}
    assert facts[("ATTENDED", "SA", "event:conf")]["sources"] == ["d2"]
    assert facts[("FUNDED", "SA", "org:un")]["amount_values"] == [5, 1200000]
    assert ("HOSTED", "FR", "event:conf") not in facts
    assert "sentence:d1#4" not in {n.id for n in g.nodes}
    assert "person:ali" not in {n.id for n in g.nodes}                      # only d1 described him
    assert {n.id: n for n in g.nodes}["event:conf"].props["states_count"] == 72     # d2: 72, d4: 70; tie to d2


def test_the_offline_graph_keeps_weak_facts_out_as_the_loader_does():
    weak = Builder("d9", ["Saudi Arabia may have attended."])
    weak.mention(SA, 0, "Saudi Arabia")
    weak.fact("ATTENDED", SA, CONF, 0, confidence=0.3)
    weak.fact("FUNDED", SA, UN, 0, confidence=0.3)

    def fact(graph, rtype, end):
        return next(r.props for r in graph.rels if (r.type, r.start, r.end) == (rtype, "SA", end))
    default = graph_from_records(records() + [weak.record()])
    assert fact(default, "ATTENDED", CONF.key)["sources"] == ["d1", "d2"]        # the weak source adds nothing
    assert fact(default, "FUNDED", UN.key)["sources"] == ["d1", "d2"]
    everything = graph_from_records(records() + [weak.record()], min_confidence=0.0)
    attended = fact(everything, "ATTENDED", CONF.key)
    assert attended["sources"] == ["d1", "d2", "d9"] and attended["confidence_values"] == [1.0, 1.0, 0.3]


def test_every_fact_reads_with_its_polarity_and_modality():
    from athar.extract.model import RELATIONS
    from athar.graph.model import FACT_WORDS, FactKey, FactState, fact_label

    assert set(FACT_WORDS) == set(RELATIONS)
    label = {(n, m): fact_label(FactKey("INVITED", "IR", "event:x", n, m)) for n in (False, True)
             for m in ("asserted", "reported", "planned")}
    assert label == {(False, "asserted"): "invited", (True, "asserted"): "not invited",
                     (False, "reported"): "reported: invited", (True, "reported"): "reported: not invited",
                     (False, "planned"): "planned: invited", (True, "planned"): "planned: not invited"}
    assert fact_label(FactKey("ATTENDED", "QA", "event:x", False, "planned")) == "planned: attends"
    assert fact_label(FactKey("FUNDED", "QA", "org:x", False, "reported")) == "reported: funded"
    state = FactState(FactKey("ATTENDED", "QA", "event:x", True, "asserted"))
    assert state.to_props()["label"] == "not attended"
