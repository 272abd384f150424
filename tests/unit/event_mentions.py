"""What athar_events made of a sentence, for the event unit tests."""
from __future__ import annotations


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
