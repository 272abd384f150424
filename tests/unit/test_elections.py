"""Elections as events (extract/components/events.py), on sentences written for these tests."""


def events(nlp, text):
    doc = nlp(text)
    facts = {(f["predicate"], f["subject"], f["object"]) for f in doc._.facts}
    return [(v["name"], v["props"]) for v in doc._.entities.values() if v["type"] == "Event"], facts


def test_an_election_named_by_its_states_adjective_is_held_there(nlp):
    evs, facts = events(nlp, "أعلنت اللجنة نتائج الانتخابات البرلمانية المصرية أمس.")
    assert [(n, p["kind"], p["country"]) for n, p in evs] == [("الانتخابات البرلمانية المصرية", "election", "EG")]
    assert any(p == "HELD_IN" and o == "EG" for p, _, o in facts)
    assert not any(p in ("ATTENDED", "HOSTED") for p, _, _ in facts)


def test_an_election_in_a_state(nlp):
    evs, _ = events(nlp, "جرت الانتخابات التشريعية في تونس أمس.")
    assert [(p["kind"], p["country"]) for _, p in evs] == [("election", "TN")]


def test_an_election_without_its_state_is_no_event(nlp):
    assert events(nlp, "قال إن الانتخابات ستجرى في موعدها، وشارك الناخبون في الانتخابات البلدية.")[0] == []
