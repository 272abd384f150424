"""athar_ner's inference model (embedding once per distinct token) against the model as trained, on sentences
written for these tests."""
from __future__ import annotations

import numpy
import pytest
import spacy

from athar.extract.components.ner import DEFAULT_MODEL, INFERENCE_OPS, NameRecognizer
from athar.extract.ner_training import model_input

TEXTS = [
    "قال الرئيس الأمريكي جورج بوش في واشنطن إن الرئيس بوش سيلتقي الرئيس الفرنسي جاك شيراك في باريس .",
    "وصل الوفد إلى باريس . وصل الوفد إلى باريس .",
    "",
    "استقبل الملك عبد الله الثاني في عمان وزير الخارجية سيرغي لافروف ، وبحث عبد الله ولافروف الأوضاع .",
]


@pytest.fixture(scope="module")
def models():
    nlp = spacy.blank("ar")
    recognizer = NameRecognizer(nlp, "athar_ner", "")
    trained = spacy.load(DEFAULT_MODEL).get_pipe("ner")
    for node in trained.model.walk():
        node.ops = INFERENCE_OPS
    inputs = [model_input(nlp.make_doc(t), recognizer.class_ids, recognizer.model.vocab) for t in TEXTS]
    return recognizer.ner, trained, inputs


def test_the_token_vectors_are_those_of_the_trained_model_to_float_rounding(models):
    # a matrix product over fewer rows may add in another order (numpy 2.5's matmul does): a few float32 ulps apart
    ner, trained, inputs = models
    assert ner.model.get_ref("tok2vec").layers[0].get_ref("embed").name != \
        trained.model.get_ref("tok2vec").layers[0].get_ref("embed").name      # the inference embedding is in use
    ours = ner.model.get_ref("tok2vec").layers[0].predict(inputs)
    theirs = trained.model.get_ref("tok2vec").layers[0].predict(inputs)
    assert [v.shape for v in ours] == [v.shape for v in theirs] and ours[2].shape[0] == 0
    assert all(numpy.allclose(a, b, rtol=1e-5, atol=1e-5) for a, b in zip(ours, theirs))
    assert not all(numpy.allclose(a, b + 1e-3) for a, b in zip(ours, theirs) if a.size)


def test_the_names_are_those_of_the_trained_model(models):
    ner, trained, inputs = models
    ours = [[(e.start, e.end, e.label_) for e in d.ents] for d in ner.pipe([d.copy() for d in inputs])]
    theirs = [[(e.start, e.end, e.label_) for e in d.ents] for d in trained.pipe([d.copy() for d in inputs])]
    assert ours == theirs and any(ours)


def test_a_saved_pipeline_loads_with_its_recogniser(tmp_path):
    nlp = spacy.blank("ar")
    nlp.add_pipe("athar_ner")
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    text = TEXTS[0]
    assert [(e.text, e.label_) for e in loaded(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]
