"""Cross-document resolution of agreements and operations known by their name (sentences written for these tests)."""
from __future__ import annotations

from athar.extract.model import Document, DocumentFacts, Entity
from athar.extract.resolve import Resolver


def record(doc_id: str, name: str, kind: str, aliases=()) -> DocumentFacts:
    return DocumentFacts(Document(doc_id, ""), entities=[Entity(key=f"event:{doc_id}#0", type="Event", name=name,
                                                         aliases=list(aliases), props={"kind": kind})])


def test_one_agreement_named_in_several_articles_is_one_node():
    resolver = Resolver()
    for rec in (record("a", "الاتفاق النووي", "agreement"),
                record("b", "الاتفاق النووي الإيراني", "agreement", ["الاتفاق النووي"]),
                record("c", "الاتفاق النووي", "agreement")):
        resolver.observe(rec)
    mapping = resolver.mapping()
    assert len({mapping.get(f"event:{d}#0", f"event:{d}#0") for d in "abc"}) == 1


def test_a_regional_initiative_named_in_two_articles_is_one_node():
    resolver = Resolver()
    for rec in (record("a", "المبادرة العربية", "document"), record("b", "المبادرة العربية", "document")):
        resolver.observe(rec)
    mapping = resolver.mapping()
    assert mapping.get("event:a#0", "event:a#0") == mapping.get("event:b#0", "event:b#0")


def test_an_agreement_never_joins_a_meeting_of_the_same_name():
    resolver = Resolver()
    for rec in (record("a", "اتفاق جدة", "agreement"), record("b", "اجتماع جدة", "meeting")):
        resolver.observe(rec)
    mapping = resolver.mapping()
    assert mapping.get("event:a#0", "event:a#0") != mapping.get("event:b#0", "event:b#0")
