"""Training the statistical name recogniser (athar_ner) on ANERcorp.

ANERcorp (Benajiba, Rosso & Benedí 2007) is one "token TAG" pair per line,
BIO tags PERS/LOC/ORG/MISC, no blank lines and no document markers; a
sentence ends at a final punctuation token. The reader drops bidi marks,
splits the rare token that holds a space and cuts very long "sentences"
(lists, tables) outside entities.

The split is fixed and ordered: the first 80 % of the sentences train, the
next 10 % choose the best epoch, the last 10 % are the held-out test set.
cross_validate trains the same way on k ordered folds, each tested once.
Sentences are joined with spaces and re-tokenised by the pipeline's own
tokenizer and normaliser, so the model sees exactly the tokens and NORMs it
will see in production. The model is a spaCy tok2vec (hash embeddings of
NORM, PREFIX, SUFFIX and a word class from athar's name and title data, read
as LEMMA, plus static floret subword vectors of the NORM learned from
unlabelled news by `python -m athar.extract.vectors_build`) under a
transition-based NER. Training stops when the dev score has not improved for
PATIENCE epochs. Same seed, same model.

The model directory also gets common_words.txt: words that ANERcorp's
training part uses often and (almost) never inside a name. The person rules
use it to stop a name at a common word.
"""
from __future__ import annotations

import copy
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.attrs import LEMMA, NORM, ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from thinc.api import Adam

from . import lexicon
from .arabic import normalize
from .static_vectors import use_cache

LABELS = ("PERS", "LOC", "ORG", "MISC")
SENTENCE_END = {".", "!", "?", "؟"}
MAX_SENTENCE_TOKENS = 120
SPLIT = (0.8, 0.1, 0.1)
COMMON_WORDS_FILE = "common_words.txt"
# The repository sits beside the shared material: <parent>/shared/corpora/anercorp.
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "anercorp" / "ANERCorp.txt"
# Where `python -m athar.extract.vectors_build` writes the vectors (not shipped: they ship inside the model).
DEFAULT_VECTORS = Path(__file__).resolve().parents[1] / "build" / "vectors"
SHIPPED_MODEL = Path(__file__).resolve().parent / "models" / "ner"
PATIENCE = 4
WORD_CLASSES = "athar_word_classes"
_BIDI = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

MODEL_CONFIG = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "LEMMA"],
            "rows": [10000, 1000, 4000, 50],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "depth": 3,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}


@dataclass
class Sentence:
    """Tokens of one corpus sentence and its entities as (first token, end token, label)."""

    tokens: list[str]
    entities: list[tuple[int, int, str]]


def read_anercorp(path: str | Path, on_problem: Callable[[int, str], None] | None = None) -> list[Sentence]:
    """Sentences of an ANERcorp file; malformed lines are reported and skipped."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    entities: list[tuple[int, int, str]] = []
    open_entity: list | None = None

    def close_sentence():
        nonlocal tokens, entities, open_entity
        if tokens:
            sentences.extend(_cut_long(Sentence(tokens, entities)))
        tokens, entities, open_entity = [], [], None

    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                close_sentence()
                continue
            word, _, tag = line.rpartition(" ")
            prefix, _, label = tag.partition("-")
            if tag != "O" and not (prefix in ("B", "I") and label in LABELS):
                if on_problem:
                    on_problem(n, f"unknown tag in {line!r}")
                continue
            parts = _BIDI.sub("", word).split()
            if not parts:
                continue
            if tag == "O":
                open_entity = None
            elif prefix == "B" or open_entity is None or open_entity[2] != label:
                open_entity = [len(tokens), len(tokens), label]
                entities.append(open_entity)
            tokens.extend(parts)
            if open_entity is not None:
                open_entity[1] = len(tokens)
            if len(parts) == 1 and parts[0] in SENTENCE_END:
                close_sentence()
    close_sentence()
    for s in sentences:
        s.entities = [tuple(e) for e in s.entities]
    return sentences


def _cut_long(sentence: Sentence) -> list[Sentence]:
    """Pieces of at most MAX_SENTENCE_TOKENS tokens, cut after a comma where possible, never inside an entity."""
    out = []
    tokens, entities = sentence.tokens, [list(e) for e in sentence.entities]
    start = 0
    while len(tokens) - start > MAX_SENTENCE_TOKENS:
        inside = {i for s, e, _ in entities for i in range(s + 1, e)}
        cuts = [i for i in range(start + 1, start + MAX_SENTENCE_TOKENS + 1) if i not in inside]
        commas = [i for i in cuts if tokens[i - 1] in ("،", ",", "؛", ";", ":")]
        cut = (commas or cuts or [start + MAX_SENTENCE_TOKENS])[-1]
        out.append(Sentence(tokens[start:cut], [(s - start, e - start, lab) for s, e, lab in entities
                                                  if s >= start and e <= cut]))
        start = cut
    out.append(Sentence(tokens[start:], [(s - start, e - start, lab) for s, e, lab in entities if s >= start]))
    return out


def split_corpus(sentences: list[Sentence], fractions=SPLIT) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """Ordered train/dev/test split: consecutive blocks, so one article rarely spans two parts."""
    n = len(sentences)
    a = round(n * fractions[0])
    b = a + round(n * fractions[1])
    return sentences[:a], sentences[a:b], sentences[b:]


def base_nlp() -> Language:
    """The tokenizer and normaliser of the athar pipeline, which the model is trained behind."""
    from .components import normalizer  # noqa: F401  (registers athar_normalizer)
    from .tokenizer import add_rules

    nlp = add_rules(spacy.blank("ar"))
    nlp.add_pipe("athar_normalizer")
    return nlp


def to_examples(nlp: Language, sentences: Iterable[Sentence]) -> tuple[list[Example], int]:
    """Examples on the pipeline's tokenisation (predicted docs carry the NORMs); also the number of entities lost."""
    examples, lost = [], 0
    for s in sentences:
        starts, pos = [], 0
        for tok in s.tokens:
            starts.append(pos)
            pos += len(tok) + 1
        text = " ".join(s.tokens)
        doc = nlp(text)
        spans = []
        for first, end, label in s.entities:
            span = doc.char_span(starts[first], starts[end - 1] + len(s.tokens[end - 1]), label=label,
                                 alignment_mode="expand")
            if span is None or any(span.start < o.end and o.start < span.end for o in spans):
                lost += 1
                continue
            spans.append(span)
        reference = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        reference.ents = [reference.char_span(sp.start_char, sp.end_char, label=sp.label_) for sp in spans]
        examples.append(Example(doc, reference))
    return examples, lost


def common_words(sentences: Iterable[Sentence], min_count: int = 2, max_name_share: float = 0.05) -> list[str]:
    """Normalised words seen at least min_count times, almost never inside a PERS entity."""
    total, in_name = Counter(), Counter()
    for s in sentences:
        pers = {i for a, b, lab in s.entities if lab == "PERS" for i in range(a, b)}
        for i, tok in enumerate(s.tokens):
            word = normalize(tok)
            if not word or not any(ch.isalpha() for ch in word):
                continue
            total[word] += 1
            if i in pers:
                in_name[word] += 1
    return sorted(w for w, c in total.items() if c >= min_count and in_name[w] <= max_name_share * c)


def new_model(seed: int, vectors: str | Path | None = None) -> Language:
    """An untrained recogniser: Arabic + NER; with vectors, their table in its vocab and read by the tok2vec."""
    fix_random_seed(seed)
    config = copy.deepcopy(MODEL_CONFIG)
    nlp = spacy.blank("ar")
    if vectors:
        nlp.vocab.vectors.from_disk(Path(vectors) / "vocab")
        use_cache(nlp.vocab)
        config["tok2vec"]["embed"]["include_static_vectors"] = True
    ner = nlp.add_pipe("ner", config={"model": config})
    for label in LABELS:
        ner.add_label(label)
    return nlp


def evaluate(model: Language, examples: list[Example], ids: dict[int, int]) -> dict:
    """Exact-span precision/recall/F1 (label and both boundaries), overall and per label."""
    ner = model.get_pipe("ner")
    predicted = ner.pipe((model_input(eg.predicted, ids, model.vocab) for eg in examples), batch_size=256)
    counts = {label: Counter() for label in ("overall", *LABELS)}
    for doc, eg in zip(predicted, examples):
        pred = {(e.label_, e.start, e.end) for e in doc.ents}
        gold = {(e.label_, e.start, e.end) for e in eg.reference.ents}
        for outcome, items in (("tp", pred & gold), ("fp", pred - gold), ("fn", gold - pred)):
            for label, _, _ in items:
                counts[label][outcome] += 1
                counts["overall"][outcome] += 1
    return {label: _prf(c["tp"], c["fp"], c["fn"]) for label, c in counts.items()}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def class_ids(classes: dict[str, str], strings: StringStore) -> dict[int, int]:
    """The word-class table as NORM id -> class id (key 0: the class of every other word), strings registered."""
    table = {strings.add(norm): strings.add(cls) for norm, cls in classes.items()}
    table[0] = strings.add("word")
    return table


def model_input(doc: Doc, ids: dict[int, int], vocab: Vocab) -> Doc:
    """A new Doc in the model's vocab with doc's words, NORMs and word classes (in LEMMA, from class_ids).

    Training and the athar_ner component both build the model's input here,
    so the model sees the same features in both. The NORM strings are added
    to the model's strings: its floret vectors are computed from them.
    """
    read = doc.to_array([SPACY, NORM, ORTH])
    strings = doc.vocab.strings
    out = Doc(vocab, words=[strings[key] for key in read[:, 2].tolist()], spaces=read[:, 0].astype(bool).tolist())
    if len(doc):
        norms = read[:, 1]
        distinct, inverse = numpy.unique(norms, return_inverse=True)   # a word's class is looked up once
        for key in distinct.tolist():      # a string's id is its hash, the same in both vocabs
            vocab.strings.add(strings[key])
        other = ids[0]
        lemmas = numpy.array([ids.get(n, other) for n in distinct.tolist()], dtype="uint64")[inverse.reshape(-1)]
        out.from_array([NORM, LEMMA], numpy.stack([norms, lemmas], axis=1))
    return out


def word_classes() -> dict[str, str]:
    """Normalised word -> class from athar's own name and title data (a feature the model reads as LEMMA).

    The table is saved in the model's meta (WORD_CLASSES), so a model keeps
    the classes it was trained with when the data files change later.
    """
    names, roles, stop = lexicon.load("person_names"), lexicon.load("roles"), lexicon.load("person_stoplist")
    out: dict[str, str] = {}
    for cls, words in (("stop", [w for k, v in stop.items() if k != "_about" for w in v]),
                       ("title", [w for t in roles["titles"] for p in t["ar"] for w in p.split()] + roles["counterpart"]),
                       ("ordinal", names["ordinals"]), ("particle", names["particles"] + names["infixes"]),
                       ("given", names["given"])):
        for w in words:
            out[normalize(w)] = cls
    return out


def default_vectors() -> Path | None:
    """The vectors `python -m athar.extract.vectors_build` wrote, else those of the shipped model, else None."""
    for path in (DEFAULT_VECTORS, SHIPPED_MODEL):
        if (path / "vocab" / "vectors.cfg").exists() and (path / "vocab" / "vectors").stat().st_size > 1024:
            return path
    return None


def fit(train_part: list[Sentence], dev_part: list[Sentence], *, seed: int = 0, epochs: int = 40,
        dropout: float = 0.15, vectors: str | Path | None = None, patience: int = PATIENCE,
        report: Callable[[str], None] = print) -> tuple[Language, dict[int, int], int, float]:
    """A model trained on train_part, at the epoch with the best dev score; also its class ids, that epoch and score.

    The dev score is the mean of the PERS F1 (the label athar uses) and the F1 over all labels.
    """
    started = time.monotonic()
    base = base_nlp()
    train_ex, lost_train = to_examples(base, train_part)
    dev_ex, lost_dev = to_examples(base, dev_part)
    if lost_train + lost_dev:
        report(f"entities not aligned to tokens: train {lost_train}, dev {lost_dev}")
    model = new_model(seed, vectors)
    ids = class_ids(word_classes(), model.vocab.strings)
    train_inputs = [Example(model_input(eg.predicted, ids, model.vocab), eg.reference) for eg in train_ex]
    # spaCy's default Adam, plus running averages of the weights.
    optimizer = Adam(learn_rate=0.001, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)
    model.initialize(lambda: train_inputs[:500], sgd=optimizer)
    rng = random.Random(seed)
    best, best_f, best_epoch = None, -1.0, 0
    for epoch in range(1, epochs + 1):
        rng.shuffle(train_inputs)
        losses: dict = {}
        for batch in minibatch(train_inputs, size=32):
            model.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        # Scored and kept with the optimizer's running averages of the weights
        # (steadier than the last step's).
        with model.use_params(optimizer.averages):
            dev = evaluate(model, dev_ex, ids)
            f = (dev["PERS"]["f"] + dev["overall"]["f"]) / 2
            if f > best_f:
                best, best_f, best_epoch = model.get_pipe("ner").to_bytes(exclude=["vocab"]), f, epoch
        report(f"epoch {epoch:2d}  loss {losses.get('ner', 0):9.1f}  dev F1 {dev['overall']['f']:.4f}"
               f"  PERS {dev['PERS']['f']:.4f}  ({time.monotonic() - started:.0f}s)")
        if epoch - best_epoch >= patience:
            break
    model.get_pipe("ner").from_bytes(best, exclude=["vocab"])
    return model, ids, best_epoch, best_f


def score(model: Language, ids: dict[int, int], sentences: list[Sentence]) -> dict:
    """Exact-span P/R/F1 of a trained model on sentences, overall and per label."""
    examples, _ = to_examples(base_nlp(), sentences)
    return evaluate(model, examples, ids)


def _resolve_vectors(vectors: str | Path | None | bool, report: Callable[[str], None]) -> str | Path | None:
    if vectors is True:
        vectors = default_vectors()
    report(f"static vectors: {vectors or 'none (run python -m athar.extract.vectors_build)'}")
    return vectors or None


def train(corpus: str | Path, output: str | Path, *, seed: int = 0, epochs: int = 40, dropout: float = 0.15,
          vectors: str | Path | None | bool = True, patience: int = PATIENCE,
          report: Callable[[str], None] = print, on_problem: Callable[[int, str], None] | None = None) -> dict:
    """Train on the corpus split, keep the epoch with the best dev score, score on test, save; returns the scores.

    vectors: a directory written by extract.vectors_build (True: default_vectors(); False/None: none).
    """
    started = time.monotonic()
    vectors = _resolve_vectors(vectors, report)
    sentences = read_anercorp(corpus, on_problem)
    train_part, dev_part, test_part = split_corpus(sentences)
    report(f"sentences: train {len(train_part)}, dev {len(dev_part)}, test {len(test_part)}")
    model, ids, best_epoch, best_f = fit(train_part, dev_part, seed=seed, epochs=epochs, dropout=dropout,
                                         vectors=vectors, patience=patience, report=report)
    test = score(model, ids, test_part)
    scores = {"test": test, "dev_score": round(best_f, 4), "best_epoch": best_epoch, "seed": seed, "epochs": epochs,
              "sentences": {"train": len(train_part), "dev": len(dev_part), "test": len(test_part)}}
    model.meta.update({"name": "athar_ner", "version": "1.0.0", "lang": "ar",
                       "description": "Names (PERS, LOC, ORG, MISC) trained on ANERcorp for athar",
                       "sources": [{"name": "ANERcorp", "author": "Yassine Benajiba, Paolo Rosso, José Miguel Benedí",
                                    "url": "https://camel.abudhabi.nyu.edu/anercorp/", "license": "free for research"}],
                       "performance": scores, WORD_CLASSES: word_classes()})
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    model.to_disk(out)
    (out / COMMON_WORDS_FILE).write_text("\n".join(common_words(train_part + dev_part)) + "\n", encoding="utf-8")
    report(f"test (held out, {len(test_part)} sentences), best epoch {best_epoch}:")
    _report_scores(test, report)
    report(f"saved to {out} in {time.monotonic() - started:.0f}s")
    return scores


def _report_scores(scores: dict, report: Callable[[str], None]) -> None:
    for label, prf in scores.items():
        report(f"  {label:8s} P {prf['p']:.4f}  R {prf['r']:.4f}  F1 {prf['f']:.4f}"
               + (f"  (tp {prf['tp']}, fp {prf['fp']}, fn {prf['fn']})" if "tp" in prf else ""))


def folds(sentences: list[Sentence], k: int = 5) -> Iterator[tuple[list[Sentence], list[Sentence], list[Sentence]]]:
    """k ordered folds: each consecutive block of 1/k tests once; the 10 % just before it (after it, for
    the first) chooses the epoch; the rest trains."""
    n = len(sentences)
    dev_size = round(n * SPLIT[1])
    for i in range(k):
        a, b = round(n * i / k), round(n * (i + 1) / k)
        d0, d1 = (a - dev_size, a) if i else (b, b + dev_size)
        yield sentences[:min(a, d0)] + sentences[max(b, d1):], sentences[d0:d1], sentences[a:b]


def cross_validate(corpus: str | Path, k: int = 5, *, seed: int = 0, epochs: int = 40,
                   vectors: str | Path | None | bool = True, report: Callable[[str], None] = print,
                   on_problem: Callable[[int, str], None] | None = None) -> dict:
    """k-fold cross-validation with train's settings; returns the test scores of each fold and their mean."""
    vectors = _resolve_vectors(vectors, report)
    sentences = read_anercorp(corpus, on_problem)
    per_fold = []
    for i, (train_part, dev_part, test_part) in enumerate(folds(sentences, k), 1):
        model, ids, best_epoch, _ = fit(train_part, dev_part, seed=seed, epochs=epochs, vectors=vectors,
                                        report=lambda _: None)
        per_fold.append(score(model, ids, test_part))
        report(f"fold {i}/{k} ({len(test_part)} test sentences, best epoch {best_epoch}):"
               f" PERS F1 {per_fold[-1]['PERS']['f']:.4f}, all F1 {per_fold[-1]['overall']['f']:.4f}")
    mean = {label: {m: round(sum(f[label][m] for f in per_fold) / k, 4) for m in ("p", "r", "f")}
            for label in per_fold[0]}
    report(f"mean of {k} folds:")
    _report_scores(mean, report)
    return {"folds": per_fold, "mean": mean}
