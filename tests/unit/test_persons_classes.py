"""athar_persons on sentences written for these tests: classes of names the title and verb cues miss,
and classes of junk that are no names."""
from __future__ import annotations

import pytest

import extract.components  # noqa: F401  (registers the factories)
from extract.doc_ext import mention_start


@pytest.fixture(scope="module")
def nlp(persons_nlp):
    return persons_nlp


def names(doc):
    """Every PERSON span as written (without attached particles)."""
    return [doc.text[mention_start(e):e.end_char] for e in doc.ents if e.label_ == "PERSON"]


def test_well_known_person_named_in_passing(nlp):
    doc = nlp("وتعهد أنصار نظام معمر القذافي بمواصلة القتال في الجنوب.")
    assert names(doc) == ["معمر القذافي"]
