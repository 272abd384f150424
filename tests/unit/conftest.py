"""Pipelines shared by the unit tests (built once per session): the whole athar pipeline, and partial ones for the
unit tests of the earlier components."""
import pytest
import spacy

from athar.extract.pipeline import build_nlp


def _pipeline(*names: str):
    nlp = spacy.blank("ar")
    for name in names:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def gazetteer_nlp():
    """Sentences, normaliser and gazetteer: states, places, organisations."""
    return _pipeline("athar_sentences", "athar_normalizer", "athar_gazetteer")


@pytest.fixture(scope="session")
def persons_nlp():
    """Up to the persons component: names, titles and roles."""
    return _pipeline("athar_sentences", "athar_normalizer", "athar_gazetteer", "athar_ner", "athar_persons")


@pytest.fixture(scope="session")
def nlp():
    """The whole athar pipeline, as `athar extract` builds it."""
    return build_nlp()
