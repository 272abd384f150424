"""Speed of the name components (athar_ner, athar_persons) on real articles.

    python bench/bench_names.py [--corpus FILE.jsonl.gz] [--docs 300] [--skip 5000]

Reads gzip JSON lines with a "content" field (default: SaudiNewsNet in
../shared beside the repository), runs the pipeline up to the gazetteer once,
then times each name component alone over the same documents and prints
milliseconds per 1,000 tokens. The corpus of 31k articles (about 10M tokens)
must go through the whole pipeline in a few minutes on 2 cores, so these two
components should stay near 30 ms per 1,000 tokens together.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time
from pathlib import Path

import spacy

import athar.extract.components  # noqa: F401  (registers the factories)

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl.gz"
BEFORE = ("athar_sentences", "athar_normalizer", "athar_gazetteer")
TIMED = ("athar_ner", "athar_persons")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--skip", type=int, default=5000, help="articles to skip first (a sample from the middle)")
    args = parser.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["content"] for line in itertools.islice(fh, args.skip, args.skip + args.docs)]
    nlp = spacy.blank("ar")
    for name in BEFORE + TIMED:
        nlp.add_pipe(name)
    docs = list(nlp.pipe(texts, disable=list(TIMED)))
    tokens = sum(len(d) for d in docs)
    print(f"{len(docs)} articles, {tokens} tokens")
    for name in TIMED:
        started = time.perf_counter()
        component = nlp.get_pipe(name)
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
        elapsed = time.perf_counter() - started
        print(f"{name:15s} {elapsed * 1e6 / tokens:6.1f} ms per 1,000 tokens")
    persons = sum(1 for d in docs for e in d.ents if e.label_ == "PERSON")
    print(f"PERSON spans: {persons}, role spans: {sum(len(d.spans['roles']) for d in docs)}")


if __name__ == "__main__":
    main()
