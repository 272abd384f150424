"""What athar_events made of a sentence, for the event unit tests."""
from __future__ import annotations

from collections import Counter


def events(nlp, text: str) -> tuple[list[dict], list[tuple[str, str, bool]]]:
    """(Event entities in order of first mention, (key, text, anaphoric) of every event span)."""
    doc = nlp(text)
    spans = [(s._.key, s.text, s._.value["anaphoric"]) for s in sorted(doc.spans["events"], key=lambda s: s.start)]
    order = list(dict.fromkeys(key for key, _, _ in spans))
    return [doc._.entities[key] for key in order], spans


def the_event(nlp, text: str) -> dict:
    found, _ = events(nlp, text)
    assert len(found) == 1, [e["name"] for e in found]
    return found[0]


def dated_doc(nlp, text: str, date: str = "2015-08-04"):
    """The sentence run through the pipeline as an article of that date (relative dates resolve against it)."""
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": date}
    return nlp(doc)


def dated_events(nlp, text: str) -> list[dict]:
    """The Event entities of the sentence as an article of 2015-08-04."""
    return [e for e in dated_doc(nlp, text)._.entities.values() if e["type"] == "Event"]


def dated_facts(nlp, text: str) -> set[tuple[str, str, str]]:
    """(predicate, subject name, object name) of the sentence's facts as an article of 2015-08-04."""
    doc = dated_doc(nlp, text)
    names = {k: e["name"] for k, e in doc._.entities.items()}
    return {(f["predicate"], names.get(f["subject"], f["subject"]), names.get(f["object"], f["object"]))
            for f in doc._.facts}


def dated_pairs(nlp, text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name) of the sentence's facts of one predicate, as an article of 2015-08-04."""
    return {(s, o) for p, s, o in dated_facts(nlp, text) if p == predicate}


def dated_nationalities(nlp, text: str) -> set[tuple[str, str]]:
    """(person name, name of the state of his nationality) of the sentence's persons, as an article of 2015-08-04."""
    doc = dated_doc(nlp, text)
    found = doc._.entities
    return {(e["name"], found.get(e["props"]["nationality"], {}).get("name", e["props"]["nationality"]))
            for e in found.values() if e["type"] == "Person" and e["props"].get("nationality")}


def dated_countries(nlp, text: str) -> list[str | None]:
    """The country of each Event entity of the sentence as an article of 2015-08-04."""
    return [e["props"].get("country") for e in dated_events(nlp, text)]


def dated_names(nlp, text: str, kind: str) -> set[str]:
    """The names of the entities of one type ("Person", "Organization") of the sentence as an article of 2015-08-04."""
    return {e["name"] for e in dated_doc(nlp, text)._.entities.values() if e["type"] == kind}


def dated_mention_counts(nlp, text: str) -> Counter:
    """How many times the sentence names each entity (by its name), as an article of 2015-08-04."""
    doc = dated_doc(nlp, text)
    return Counter(doc._.entities[e._.key]["name"] for e in doc.ents if e._.key in doc._.entities)


def dated_entities(nlp, text: str, kind: str) -> list[dict]:
    """The entities of one type of the sentence (with their props), as an article of 2015-08-04."""
    return [e for e in dated_doc(nlp, text)._.entities.values() if e["type"] == kind]


def dated_modalities(nlp, text: str, predicate: str) -> set[str]:
    """The modalities of the sentence's facts of one predicate, as an article of 2015-08-04."""
    return {f["modality"] for f in dated_doc(nlp, text)._.facts if f["predicate"] == predicate}
