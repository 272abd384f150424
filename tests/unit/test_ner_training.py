"""ANERcorp reader, splitter and trainer on tiny corpora written for these tests."""
from __future__ import annotations

import pytest

from athar.extract import ner_training
from athar.extract.ner_training import Sentence, common_words, read_anercorp, split_corpus, to_examples

CORPUS = """\
قال O
الرئيس O
\u200fجورج B-PERS
بوش I-PERS
في O
واشنطن B-LOC
. O
وصل O
ممثل O
الأمم B-ORG
المتحدة I-ORG
إلى O
بغداد I-LOC
! O
خبر X-PERS
كتبه O
سامي B-PERS
الحربي I-PERS
"""


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "anercorp.txt"
    path.write_text(CORPUS, encoding="utf-8")
    return path


def test_sentences_end_at_final_punctuation_and_entities_follow_bio(corpus):
    problems = []
    sentences = read_anercorp(corpus, lambda n, msg: problems.append(n))
    assert [s.tokens for s in sentences] == [
        ["قال", "الرئيس", "جورج", "بوش", "في", "واشنطن", "."],
        ["وصل", "ممثل", "الأمم", "المتحدة", "إلى", "بغداد", "!"],
        ["كتبه", "سامي", "الحربي"],
    ]
    assert [s.entities for s in sentences] == [
        [(2, 4, "PERS"), (5, 6, "LOC")],
        [(2, 4, "ORG"), (5, 6, "LOC")],      # an I- tag without B- opens an entity
        [(1, 3, "PERS")],
    ]
    assert problems == [15]                  # the unknown tag X-PERS, reported with its line


def test_long_sentences_are_cut_outside_entities(tmp_path, monkeypatch):
    monkeypatch.setattr(ner_training, "MAX_SENTENCE_TOKENS", 4)
    lines = ["أ O", "ب O", "، O", "ج B-PERS", "د I-PERS", "ه I-PERS", "و O", "ز O"]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pieces = read_anercorp(path)
    assert [p.tokens for p in pieces] == [["أ", "ب", "،"], ["ج", "د", "ه", "و"], ["ز"]]
    assert [p.entities for p in pieces] == [[], [(0, 3, "PERS")], []]


def test_split_is_ordered_and_complete():
    sentences = [Sentence([str(i)], []) for i in range(20)]
    train, dev, test = split_corpus(sentences)
    assert (len(train), len(dev), len(test)) == (16, 2, 2)
    assert train + dev + test == sentences


def test_folds_test_each_sentence_once_and_never_train_on_dev_or_test():
    sentences = [Sentence([str(i)], []) for i in range(50)]
    tested = []
    for train, dev, test in ner_training.folds(sentences, 5):
        assert (len(train), len(dev), len(test)) == (35, 5, 10)
        assert not {id(s) for s in train} & {id(s) for s in dev + test}
        assert not {id(s) for s in dev} & {id(s) for s in test}
        tested += test
    assert tested == sentences


def test_examples_follow_the_pipeline_tokenisation(corpus):
    nlp = ner_training.base_nlp()
    examples, lost = to_examples(nlp, read_anercorp(corpus))
    assert lost == 0
    ents = [[(e.text, e.label_) for e in eg.reference.ents] for eg in examples]
    assert ents[0] == [("جورج بوش", "PERS"), ("واشنطن", "LOC")]
    assert [t.text for t in examples[0].predicted] == [t.text for t in examples[0].reference]


def test_common_words_exclude_name_words():
    sentences = [Sentence(["قال", "سامي", "الحربي"], [(1, 3, "PERS")]),
                 Sentence(["قال", "سامي", "كلمة"], [(1, 2, "PERS")]),
                 Sentence(["كلمة", "الحربي", "."], [])]
    assert common_words(sentences) == ["قال", "كلمه"]


def test_same_seed_gives_the_same_model(corpus, tmp_path):
    text = corpus.read_text(encoding="utf-8")
    corpus.write_text(text * 8, encoding="utf-8")
    scores = []
    for run in ("a", "b"):
        scores.append(ner_training.train(corpus, tmp_path / run, seed=3, epochs=2, report=lambda _: None))
    assert (tmp_path / "a" / "ner" / "model").read_bytes() == (tmp_path / "b" / "ner" / "model").read_bytes()
    assert scores[0]["test"] == scores[1]["test"]
    assert (tmp_path / "a" / ner_training.COMMON_WORDS_FILE).exists()


def test_cli_says_where_the_corpus_was_expected(tmp_path):
    from click.testing import CliRunner

    from athar.graph.cli import main

    result = CliRunner().invoke(main, ["train-ner", "--corpus", str(tmp_path / "missing.txt"),
                                       "--output", str(tmp_path / "model")])
    assert result.exit_code == 2
    assert "ANERcorp not found" in result.output and "ATHAR_ANERCORP" in result.output
    assert not (tmp_path / "model").exists()


def test_cli_trains_and_prints_held_out_scores(corpus, tmp_path):
    from click.testing import CliRunner

    from athar.graph.cli import main

    corpus.write_text(corpus.read_text(encoding="utf-8") * 8, encoding="utf-8")
    result = CliRunner().invoke(main, ["train-ner", "--output", str(tmp_path / "model"), "--epochs", "1"],
                                env={"ATHAR_ANERCORP": str(corpus)})
    assert result.exit_code == 0, result.output
    assert "PERS" in result.output and "F1" in result.output
    assert (tmp_path / "model" / "meta.json").exists()


def test_cli_cross_validation_prints_each_fold_and_the_mean(corpus, tmp_path):
    from click.testing import CliRunner

    from athar.graph.cli import main

    corpus.write_text(corpus.read_text(encoding="utf-8") * 10, encoding="utf-8")
    result = CliRunner().invoke(main, ["train-ner", "--folds", "3", "--epochs", "1", "--no-vectors",
                                       "--output", str(tmp_path / "model")], env={"ATHAR_ANERCORP": str(corpus)})
    assert result.exit_code == 0, result.output
    assert "fold 3/3" in result.output and "mean of 3 folds" in result.output
    assert not (tmp_path / "model").exists()
