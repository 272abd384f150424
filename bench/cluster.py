"""Extraction on a Dask LocalCluster against one process: the same records, and the time each takes.

    python bench/cluster.py                       # 5,000 SaudiNewsNet articles; 1, 2 and 4 workers
    python bench/cluster.py --articles 1000 --workers 2

The first ARTICLES articles of the corpus are written to a plain JSON-lines file (so that the
cluster cuts it into byte ranges), extracted by extract_corpus with one process (the reference),
then by extract_on_cluster on a LocalCluster of each worker count (cluster start-up included).
Prints wall seconds, words/s, the speed-up over one process, the efficiency (speed-up per
worker) and whether the records are byte-identical to the reference; writes
bench/results/cluster.json.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl.gz"


def digest_and_words(records) -> tuple[str, int, int]:
    """(sha256 of the records as JSON lines, records, words of their texts)."""
    h, n, words = hashlib.sha256(), 0, 0
    for record in records:
        h.update((json.dumps(record.to_json(), ensure_ascii=False) + "\n").encode())
        n += 1
        words += len(record.document.text.split())
    return h.hexdigest(), n, words


def plain_copy(corpus: Path, path: Path, articles: int | None = None) -> Path:
    """The first `articles` lines (all when None) of a JSON-lines corpus, gzipped or not, written to `path`
    uncompressed, so that a cluster cuts it into byte ranges (a .gz file is one partition)."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, articles))
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--workers", default="1,2,4", help="worker counts of the LocalCluster")
    parser.add_argument("--partition-mb", type=float, default=2.0, help="partition size")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"{args.corpus}: no such file; the benchmark needs the SaudiNewsNet corpus "
                     "(../shared/corpora/saudinewsnet/articles.jsonl.gz) or --corpus")

    from distributed import Client, LocalCluster

    from athar.extract.cluster import extract_on_cluster
    from athar.extract.io import iter_documents
    from athar.extract.pipeline import extract_corpus

    results = {"machine": {"cores": len(os.sched_getaffinity(0)), "python": platform.python_version()},
               "articles": args.articles, "partition_mb": args.partition_mb, "runs": []}
    with tempfile.TemporaryDirectory(prefix="athar-cluster-bench-") as tmp:
        corpus = plain_copy(args.corpus, Path(tmp) / "articles.jsonl", args.articles)
        quiet = lambda where, message: None     # noqa: E731 (empty articles of the corpus)
        start = time.perf_counter()
        reference, n, words = digest_and_words(extract_corpus(iter_documents([corpus], quiet), n_process=1))
        alone = time.perf_counter() - start
        results["runs"].append({"workers": 0, "seconds": round(alone, 1), "records": n, "words": words,
                                "words_per_s": round(words / alone), "identical": True})
        print(f"one process: {n} records, {words:,} words in {alone:.1f} s ({words / alone:,.0f} words/s)", flush=True)
        for workers in (int(w) for w in args.workers.split(",")):
            start = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                got, m, _ = digest_and_words(extract_on_cluster([corpus], client, on_problem=quiet,
                                                                size=int(args.partition_mb * 2**20)))
            seconds = time.perf_counter() - start
            row = {"workers": workers, "seconds": round(seconds, 1), "records": m,
                   "words_per_s": round(words / seconds), "speedup": round(alone / seconds, 2),
                   "efficiency": round(alone / seconds / workers, 2), "identical": got == reference}
            results["runs"].append(row)
            print(f"LocalCluster {workers} worker(s): {seconds:.1f} s ({row['words_per_s']:,} words/s), speed-up "
                  f"{row['speedup']}, efficiency {row['efficiency']}, identical: {row['identical']}", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "cluster.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r["identical"] for r in results["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
