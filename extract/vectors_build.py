"""Static subword vectors for the name recogniser, learned from unlabelled Arabic news.

    python -m extract.vectors_build [--corpus articles.jsonl.gz] [--output build/vectors]

Needs the `floret` package (the `train` extra), not at run time. The text
(title and body of every SaudiNewsNet article) goes through the pipeline's own
tokenizer and normaliser; floret learns subword vectors on the token NORMs,
one sentence a line, in a temporary directory that is deleted afterwards: the
corpus is never shipped, only a hashed table of BUCKETS rows (floret mode:
every word, also one never seen, gets the sum of the rows of its character
n-grams). The output is a blank spaCy pipeline holding only those vectors,
keyed by NORM; `athar train-ner` reads it with --vectors. Same seed and one
thread: same vectors.
"""
from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy
import spacy
from spacy.training.initialize import convert_vectors

from .ner_training import DEFAULT_VECTORS, base_nlp

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl.gz"
DEFAULT_OUTPUT = DEFAULT_VECTORS
# floret settings: a 50k-row hashed table of 100 dimensions (20 MB as float32),
# two hashes per n-gram, n-grams of 3 to 5 characters plus the whole word.
FLORET = {"model": "cbow", "mode": "floret", "dim": 100, "bucket": 50_000, "hashCount": 2, "minn": 3,
          "maxn": 5, "minCount": 3, "epoch": 5, "neg": 5, "ws": 5, "lr": 0.05}
SENTENCE_END = {".", "!", "?", "؟", "…"}


def article_texts(path: str | Path, limit: int | None = None) -> Iterator[str]:
    """Title and body of each article of a SaudiNewsNet JSON-lines file (gzip or plain)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            article = json.loads(line)
            yield "\n".join(part for part in (article.get("title"), article.get("content")) if part)


def norm_lines(texts: Iterable[str]) -> Iterator[str]:
    """Sentences as the NORMs of the pipeline's tokens, space-separated; lines and final punctuation end them."""
    nlp = base_nlp()
    for doc in nlp.pipe(texts, batch_size=64):
        words: list[str] = []
        for token in doc:
            if token.is_space or "\n" in token.text:
                if words:
                    yield " ".join(words)
                words = []
                continue
            norm = token.norm_.strip()
            if norm:
                words.append(norm.replace(" ", "_"))
            if token.text in SENTENCE_END or "\n" in token.whitespace_:
                if words:
                    yield " ".join(words)
                words = []
        if words:
            yield " ".join(words)


def build(corpus: str | Path, output: str | Path, *, limit: int | None = None, threads: int = 1,
          settings: dict | None = None, report: Callable[[str], None] = print) -> Path:
    """Normalise the corpus, train floret on it, save its hashed table as a spaCy vectors pipeline."""
    import floret

    started = time.monotonic()
    settings = {**FLORET, **(settings or {})}
    with tempfile.TemporaryDirectory(prefix="athar-vectors-") as tmp:
        text = Path(tmp) / "norms.txt"
        words = 0
        with open(text, "w", encoding="utf-8") as fh:
            for line in norm_lines(article_texts(corpus, limit)):
                fh.write(line + "\n")
                words += line.count(" ") + 1
        report(f"corpus: {words:,} tokens normalised in {time.monotonic() - started:.0f}s")
        model = floret.train_unsupervised(str(text), thread=threads, verbose=0, **settings)
        report(f"floret: {len(model.words):,} words, {settings['bucket']:,} rows x {settings['dim']}"
               f" in {time.monotonic() - started:.0f}s")
        table = Path(tmp) / "vectors.floret"
        model.save_floret_vectors(str(table))
        nlp = spacy.blank("ar")
        convert_vectors(nlp, table, truncate=0, prune=-1, name="athar_snn_floret", mode="floret", attr="NORM")
    nlp.vocab.vectors.data = numpy.ascontiguousarray(nlp.vocab.vectors.data, dtype="float32")
    nlp.meta.update({"name": "athar_vectors", "version": "1.0.0",
                     "description": "floret subword vectors of token NORMs, learned from SaudiNewsNet",
                     "sources": [{"name": "SaudiNewsNet", "author": "Motaz Saad",
                                  "url": "https://github.com/parallelfold/SaudiNewsNet", "license": "CC BY-NC-SA 4.0"}],
                     "floret": settings, "tokens": words})
    out = Path(output)
    nlp.to_disk(out)
    report(f"saved to {out} in {time.monotonic() - started:.0f}s")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="SaudiNewsNet articles (JSON lines, .gz)")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="where the vectors pipeline is written")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--threads", type=int, default=1, help="floret threads (more: faster, not reproducible)")
    parser.add_argument("--dim", type=int, default=FLORET["dim"])
    parser.add_argument("--bucket", type=int, default=FLORET["bucket"])
    parser.add_argument("--epoch", type=int, default=FLORET["epoch"])
    args = parser.parse_args(argv)
    build(args.corpus, args.output, limit=args.limit, threads=args.threads,
          settings={"dim": args.dim, "bucket": args.bucket, "epoch": args.epoch})


if __name__ == "__main__":
    main()
