"""The floret vectors builder and a name recogniser trained with its vectors, on tiny corpora written here."""
from __future__ import annotations

import json

import numpy
import pytest
import spacy

from athar.extract import ner_training, vectors_build

ARTICLES = [
    {"title": "زيارة رسمية", "content": "وصل الرئيس إلى العاصمة. وقال الوزير إن المحادثات بناءة\nوالتقى السفير بالمسؤولين."},
    {"title": "اقتصاد", "content": "ارتفعت أسعار النفط في الأسواق العالمية. وتراجعت الأسهم."},
]
SMALL = {"dim": 8, "bucket": 64, "epoch": 1, "minCount": 1}


@pytest.fixture(scope="module")
def vectors(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("vectors")
    corpus = tmp / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES * 20), encoding="utf-8")
    return vectors_build.build(corpus, tmp / "out", settings=SMALL, report=lambda _: None)


def test_corpus_lines_are_sentences_of_pipeline_norms():
    lines = list(vectors_build.norm_lines([ARTICLES[0]["title"] + "\n" + ARTICLES[0]["content"]]))
    assert lines[0] == "زياره رسميه"
    assert lines[1] == "وصل الرييس الي العاصمه ."          # one sentence a line, final punctuation ends it
    assert lines[3].split()[0] == "التقي"                   # "والتقى": the NORM without its conjunction
    assert len(lines) == 4                                  # the line break ends a sentence too


def test_held_out_articles_are_left_out_by_id(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    articles = [{**a, "id": f"a{i}"} for i, a in enumerate(ARTICLES)]
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    assert vectors_build.article_ids([corpus, tmp_path / "missing.jsonl"]) == {"a0", "a1"}
    texts = list(vectors_build.article_texts(corpus, exclude={"a0"}))
    assert texts == [ARTICLES[1]["title"] + "\n" + ARTICLES[1]["content"]]


def test_vectors_are_a_hashed_floret_table_keyed_by_norm(vectors):
    nlp = spacy.load(vectors)
    table = nlp.vocab.vectors
    assert table.mode == "floret" and table.shape == (64, 8)
    assert table.attr == spacy.attrs.NORM
    seen, unseen = table.get_batch([nlp.vocab.strings.add("الرييس"), nlp.vocab.strings.add("الرييسان")])
    assert numpy.abs(seen).sum() > 0 and numpy.abs(unseen).sum() > 0   # subwords: an unseen word has one too
    assert not list(vectors.glob("**/*.txt"))                            # the corpus text is not kept


def test_recogniser_reads_the_vectors_and_same_seed_gives_same_model(vectors, tmp_path):
    lines = ["قال O", "الرئيس O", "جورج B-PERS", "بوش I-PERS", "في O", "واشنطن B-LOC", ". O"]
    corpus = tmp_path / "anercorp.txt"
    corpus.write_text("\n".join(lines * 30) + "\n", encoding="utf-8")
    for run in ("a", "b"):
        ner_training.train(corpus, tmp_path / run, seed=1, epochs=2, vectors=vectors, report=lambda _: None)
    assert (tmp_path / "a" / "ner" / "model").read_bytes() == (tmp_path / "b" / "ner" / "model").read_bytes()
    model = spacy.load(tmp_path / "a")
    assert model.vocab.vectors.shape == (64, 8)
    assert any(node.name == "static_vectors" for node in model.get_pipe("ner").model.walk())


def test_cached_table_gives_spacys_vectors_and_stays_bounded(vectors, monkeypatch):
    from athar.extract import static_vectors

    nlp = spacy.load(vectors)
    keys = [nlp.vocab.strings.add(w) for w in ("الرييس", "الوزير", "الرييس", "سفراء", "الوزير")]
    expected = nlp.vocab.vectors.get_batch(keys)
    static_vectors.use_cache(nlp.vocab)
    table = nlp.vocab.vectors
    assert isinstance(table, static_vectors.CachedFloret)
    for _ in range(2):                                       # computed, then read from the cache
        assert numpy.allclose(table.get_batch(numpy.array(keys, dtype="uint64")), expected)
    assert len(table._rows) == 3
    monkeypatch.setattr(static_vectors, "MAX_CACHED", 2)
    table.get_batch([nlp.vocab.strings.add("النفط")])
    assert len(table._rows) == 1
