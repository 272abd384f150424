"""The normaliser's vocabulary (lexicon.known_words): rule lists never change how the text is split."""
import copy

import pytest
import spacy

from athar.extract import lexicon
from athar.extract.lexicon import norm
from athar.extract.components.relations import WordIndex, WordSet

# Sentences of my own, with particles on words the rules list: "لتنظيم" (to organise), "باستضافة" (hosted by).
SENTENCE = "دعت الوزارة الشركات لتنظيم معرض للمنظمة باستضافة جامعة وطنية، وبحضور الوزير."


def _norms(text: str) -> list[tuple[str, int]]:
    nlp = spacy.blank("ar")
    nlp.add_pipe("athar_sentences")
    nlp.add_pipe("athar_normalizer")
    return [(t.norm_, t._.clitic) for t in nlp(text)]


@pytest.fixture
def grown_rule_list(monkeypatch):
    """relations.json with particle forms added to a rule list, as a helper adding trigger words would."""
    original = lexicon.load

    def load(name):
        data = original(name)
        if name == "relations":
            data = copy.deepcopy(data)
            data["hosted"]["masdars"] += ["باستضافة", "لتنظيم", "وللمنظمة"]
        return data

    def grow():
        monkeypatch.setattr(lexicon, "load", load)
        lexicon.known_words.cache_clear()

    lexicon.known_words.cache_clear()
    yield grow
    monkeypatch.undo()
    lexicon.known_words.cache_clear()


def test_a_particle_form_in_a_rule_list_does_not_change_how_other_text_is_split(grown_rule_list):
    before_words, before = lexicon.known_words(), _norms(SENTENCE)
    grown_rule_list()
    assert lexicon.known_words() == before_words
    assert _norms(SENTENCE) == before
    norms = dict(zip(SENTENCE.replace("،", " ،").replace(".", " .").split(), (n for n, _ in before)))
    assert norms["لتنظيم"] == "تنظيم" and norms["باستضافة"] == "استضافه" and norms["للمنظمة"] == "المنظمه"


def test_a_rule_entry_with_a_particle_matches_the_split_word():
    """"باستضافة" in a rule list is compared as the text's NORM ("استضافه"), so it matches "باستضافة" and "وباستضافة"."""
    rule = WordSet(["باستضافة"])
    assert all(norm in rule for norm, _ in _norms("باستضافة وباستضافة"))


def test_a_word_index_answers_as_its_word_sets():
    """WordIndex.matching(w) is the set of WordSets that contain w: exact words, starred stems with up to three
    more letters, and a starred stem after و/ف."""
    sets = [WordSet(["استضاف*", "احتضن"]), WordSet(["شارك*", "حضر"]), WordSet(["حضر", "موّل*"])]
    index = WordIndex(sets)
    for word in ["استضافت", "استضافتها", "احتضن", "احتضنت", "وشاركت", "فشاركوا", "حضر", "وحضر", "مولت", "مول", "سلام", "و"]:
        w = norm(word)
        assert index.matching(w) == {i for i, ws in enumerate(sets) if w in ws}, word


def test_the_whole_words_of_the_vocabulary_are_never_split():
    """Words that only begin like a particle (بين، فيصل، ولاية) and fused forms the rules read as one (وهي، لكي)."""
    norms = [n for n, _ in _norms("بين فيصل ولاية وهي لكي")]
    assert norms == ["بين", "فيصل", "ولايه", "وهي", "لكي"]


def test_documentation_feeds_no_word():
    """An _about text is no vocabulary: describing a rule in words changes no split."""
    assert lexicon.words({"_about": "كلمة", "list": ["سلام"], "_about_list": "وداع"}) == {"سلام"}
