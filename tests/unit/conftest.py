"""Partial athar pipelines shared by the unit tests of the earlier components (built once per session)."""
import pytest
import spacy


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
