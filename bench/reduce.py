"""Cross-document resolution as the reduce step of `athar extract --cluster`: time and peak memory
against the number of mentions.

    python bench/reduce.py --shards /tmp/shards          # extracts the corpus there first unless it holds shards
    python bench/reduce.py --shards /tmp/shards --fractions 0.25,0.5,1

The shards are those extract/cluster.py writes (`athar extract CORPUS --cluster local:2 --shards DIR`
makes the same): the unresolved records of each partition of the whole corpus. When the folder holds
none, the corpus is extracted into it on a LocalCluster of --workers workers (kept for the next run).
Each fraction of the shards (the first quarter, half and all by default) is resolved in a fresh process,
as the client of extract_on_cluster resolves them: pass 1 reads and decodes every record and shows it
to the Resolver, the mapping is computed, pass 2 reads the records again, rewrites their keys and
encodes them as JSON lines (not written). Prints, per fraction: documents, mentions, distinct persons,
events and unlisted organisations the Resolver keeps, the seconds of each pass, microseconds per
mention, and the peak RSS of that process beside its RSS before reading (the imports); writes
bench/results/reduce.json.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cluster import CORPUS, plain_copy  # noqa: E402
from run import machine, peak_rss_mb  # noqa: E402

from athar.extract.cluster import read_shards  # noqa: E402
from athar.extract.resolve import Resolver, rewrite  # noqa: E402


def resolve(files: list[str]) -> dict:
    """The reduce step on these shards, in this process: counts, seconds of each pass, peak RSS."""
    before = peak_rss_mb()
    resolver, documents, mentions = Resolver(), 0, 0
    started = time.perf_counter()
    for record in read_shards(files):
        documents += 1
        mentions += len(record.mentions)
        resolver.observe(record)
    observed = time.perf_counter()
    mapping = resolver.mapping()
    names = resolver.names(mapping)
    mapped = time.perf_counter()
    for record in read_shards(files):
        json.dumps(rewrite(record, mapping, names).to_json(), ensure_ascii=False)
    rewritten = time.perf_counter()
    return {"shards": len(files), "documents": documents, "mentions": mentions, "persons": len(resolver.persons),
            "events": len(resolver.events), "unlisted_orgs": len(resolver.unlisted_orgs),
            "keys_changed": len(mapping), "pass1_s": round(observed - started, 2),
            "mapping_s": round(mapped - observed, 2), "pass2_s": round(rewritten - mapped, 2),
            "seconds": round(rewritten - started, 2), "rss_before_mb": round(before), "peak_rss_mb": round(peak_rss_mb())}


def extract_shards(corpus: Path, folder: Path, workers: int) -> dict:
    """Extract the whole corpus on a LocalCluster, keeping its shards in `folder`; seconds and words."""
    from distributed import Client, LocalCluster

    from athar.extract.cluster import extract_on_cluster

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="athar-reduce-bench-") as tmp:
        plain = plain_copy(corpus, Path(tmp) / "articles.jsonl")
        started = time.perf_counter()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            words = sum(len(r.document.text.split()) for r in
                        extract_on_cluster([plain], client, on_problem=lambda where, message: None, shards=folder))
    return {"workers": workers, "seconds": round(time.perf_counter() - started, 1), "words": words}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON-lines corpus (default: SaudiNewsNet)")
    parser.add_argument("--shards", type=Path, required=True,
                        help="folder of the shards (part-NNNNN.jsonl); extracted there when it holds none")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers, when extracting")
    parser.add_argument("--fractions", default="0.25,0.5,1", help="first fractions of the shards to resolve")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    files = sorted(args.shards.glob("part-*.jsonl")) if args.shards.is_dir() else []
    if not files and not args.corpus.is_file():
        parser.error(f"{args.corpus}: no such file, and no shards in {args.shards}; the benchmark needs the "
                     "SaudiNewsNet corpus (../shared/corpora/saudinewsnet/articles.jsonl.gz beside the project, or "
                     "another JSON-lines corpus given by --corpus)")

    results = {"machine": machine(), "load_average": os.getloadavg(), "shards": str(args.shards), "runs": []}
    if not files:
        results["extraction"] = extract_shards(args.corpus, args.shards, args.workers)
        files = sorted(args.shards.glob("part-*.jsonl"))
        print(f"extracted into {len(files)} shards: {results['extraction']}", flush=True)
    for fraction in (float(f) for f in args.fractions.split(",")):
        chosen = [str(f) for f in files[:max(1, round(fraction * len(files)))]]
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as fresh:
            row = fresh.submit(resolve, chosen).result()
        row["us_per_mention"] = round(row["seconds"] / row["mentions"] * 1e6, 1)
        results["runs"].append(row)
        print(f"{row['shards']:>3} shards, {row['documents']:>6} documents, {row['mentions']:>9,} mentions "
              f"({row['persons']:,} persons, {row['events']:,} events, {row['unlisted_orgs']:,} unlisted orgs): "
              f"{row['seconds']:6.1f} s (pass 1 {row['pass1_s']}, mapping {row['mapping_s']}, pass 2 "
              f"{row['pass2_s']}), {row['us_per_mention']} us/mention, peak RSS {row['peak_rss_mb']} MB "
              f"({row['rss_before_mb']} MB before reading)", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "reduce.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out / 'reduce.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
