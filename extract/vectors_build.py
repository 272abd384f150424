"""Static subword vectors for the name recogniser, learned from unlabelled Arabic news.

    python -m athar.extract.vectors_build [--corpus articles.jsonl.gz] [--exclude dev.jsonl] [--output build/vectors]

Needs the `floret` package (the `train` extra), not at run time. The text
(title and body of every SaudiNewsNet article) goes through the pipeline's own
tokenizer and normaliser; floret learns subword vectors on the token NORMs,
one sentence a line, in a temporary directory that is deleted afterwards. The
articles of the evaluation sets (--exclude, by id; by default the SaudiNewsNet
dev set beside the repository) are left out, so the vectors never saw them. The
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
DEFAULT_EXCLUDE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "snn_dev.jsonl"
DEFAULT_OUTPUT = DEFAULT_VECTORS
# floret settings: a 50k-row hashed table of 100 dimensions (20 MB as float32),
# two hashes per n-gram, n-grams of 3 to 5 characters plus the whole word.
FLORET = {"model": "cbow", "mode": "floret", "dim": 100, "bucket": 50_000, "hashCount": 2, "minn": 3,
          "maxn": 5, "minCount": 3, "epoch": 5, "neg": 5, "ws": 5, "lr": 0.05}
SENTENCE_END = {".", "!", "?", "؟", "…"}


def _articles(path: str | Path) -> Iterator[dict]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def article_texts(path: str | Path, limit: int | None = None, exclude: Iterable[str] = ()) -> Iterator[str]:
    """Title and body of each article of a SaudiNewsNet JSON-lines file (gzip or plain), but those whose id is in exclude."""
    exclude = set(exclude)
    for n, article in enumerate(_articles(path)):
        if limit is not None and n >= limit:
            return
        if article.get("id") not in exclude:
            yield "\n".join(part for part in (article.get("title"), article.get("content")) if part)


def article_ids(paths: Iterable[str | Path]) -> set[str]:
    """The ids of the articles of JSON-lines files (the evaluation sets to leave out); a missing file gives none."""
    return {article["id"] for path in paths if Path(path).is_file() for article in _articles(path) if "id" in article}


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
          exclude: Iterable[str] = (), settings: dict | None = None, report: Callable[[str], None] = print) -> Path:
    """Normalise the corpus but the articles whose id is in exclude, train floret, save its table as a spaCy vectors pipeline."""
    import floret

    started = time.monotonic()
    settings = {**FLORET, **(settings or {})}
    with tempfile.TemporaryDirectory(prefix="athar-vectors-") as tmp:
        text = Path(tmp) / "norms.txt"
        words = 0
        with open(text, "w", encoding="utf-8") as fh:
            for line in norm_lines(article_texts(corpus, limit, exclude)):
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
    parser.add_argument("--exclude", nargs="*", default=[str(DEFAULT_EXCLUDE)],
                        help="JSON-lines files of articles to leave out by id (default: the SaudiNewsNet dev set)")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="where the vectors pipeline is written")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--threads", type=int, default=1, help="floret threads (more: faster, not reproducible)")
    parser.add_argument("--dim", type=int, default=FLORET["dim"])
    parser.add_argument("--bucket", type=int, default=FLORET["bucket"])
    parser.add_argument("--epoch", type=int, default=FLORET["epoch"])
    args = parser.parse_args(argv)
    exclude = article_ids(args.exclude)
    print(f"leaving out {len(exclude)} articles of {', '.join(args.exclude) or 'no file'}")
    build(args.corpus, args.output, limit=args.limit, threads=args.threads, exclude=exclude,
          settings={"dim": args.dim, "bucket": args.bucket, "epoch": args.epoch})


if __name__ == "__main__":
    main()
