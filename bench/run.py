"""athar on a real corpus: extraction, loading and query latency, with a naive baseline.

    python bench/run.py                       # 1K, 5K, 10K and all SaudiNewsNet articles
    python bench/run.py --sizes 1000 --naive-docs 100 --runs 5    # a quick look
    python bench/run.py --facts all.jsonl --baseline main      # queries only, before/after
    python bench/run.py --facts all.jsonl --bulk               # and load --bulk against load

Everything runs on a scratch Neo4j (a temporary home on free ports, the managed
server's memory settings (heap 1g, page cache 512m), sharing the
jar cache of the managed server), so the analyst's graph is never touched. The
numbers are printed and written to bench/results/results.json, the scaling curve
to bench/results/scaling.png. What is measured:

- extraction (`extract_corpus`: the spaCy pipeline and cross-document
  resolution) with one and with several processes: articles/s, words/s, words/s
  per process, peak RSS of the Python process (its worker processes apart);
- loading (`load_records`, what `athar load` runs) into an empty database:
  relationships/s, against a naive loader measured in the same run on the same
  documents (one MERGE per row, one transaction per row, bench/naive.cypher);
- `athar load --bulk` of the full corpus's facts into a second scratch server, its
  database empty, with the seconds of each step of the command (check, build the
  graph, write the neo4j-admin import files, stop (what is left of it once they are
  written), import, start, schema), against the plain load, and whether `athar
  export json` of both graphs is byte-identical (also with --facts);
- every stored query on the full-corpus graph: p50/p95 latency over --runs runs
  after 5 warm-up runs (actor_profile and mentions of SA, search for السعودية,
  event_profile of the event with the most facts, the others with their
  defaults; attendance_graph also with a page of 500 paths).
"""
from __future__ import annotations

import argparse
import filecmp
import itertools
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import neo4j

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from athar import cypher  # noqa: E402
from athar.extract.io import iter_documents  # noqa: E402
from athar.extract.model import DocumentFacts  # noqa: E402
from athar.extract.pipeline import build_nlp, extract_corpus  # noqa: E402
from athar.graph import server  # noqa: E402
from athar.graph.cli import _bulk_import  # noqa: E402 (the steps of `athar load --bulk`)
from athar.graph.export import graph_counts, node_totals, read_graph, write_apoc_jsonl  # noqa: E402
from athar.graph.load import LoadReport, apply_schema, load_records, read_records as read_facts, reset  # noqa: E402
from athar.graph.model import MIN_CONFIDENCE  # noqa: E402
from athar.graph.query import run_query  # noqa: E402
from fixtures.scratch_server import driver as scratch_driver, scratch_server  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl.gz"
PARAMS = {st.name: st.body for st in cypher.split_statements((HERE / "params.cypher").read_text(encoding="utf-8"),
                                                             "bench/params.cypher")}
NAIVE = {st.name: st.body for st in cypher.split_statements((HERE / "naive.cypher").read_text(encoding="utf-8"),
                                                            "bench/naive.cypher")}
# parameters for stored queries that require one (the rest run with their defaults)
QUERY_PARAMS = {"actor_profile": {"key": "SA"}, "mentions": {"key": "SA"}, "search": {"q": "السعودية"},
                "evidence": {"subject": "SA", "object": "org:arab-coalition"}}   # the commonest fact of the corpus
# stored queries also measured with other parameters: label -> (query, parameters)
QUERY_VARIANTS = {"attendance_graph limit=500": ("attendance_graph", {"limit": 500})}
# runs before timing a query: its plan cached, its pages in the page cache, its code compiled by the JVM
WARM_UP_RUNS = 5


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict:
    memory = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), None)
    cores = len(__import__("os").sched_getaffinity(0))
    return {"cores": cores, "memory_mb": memory, "cpu": platform.processor() or platform.machine(),
            "python": platform.python_version()}


def documents(corpus: Path, limit: int | None):
    return itertools.islice(iter_documents([str(corpus)], lambda where, message: None), limit)


def bench_extraction(corpus: Path, size: int | None, n_process: int, nlp, out: Path | None) -> dict:
    """Extract (and resolve) the first `size` articles; write the records to `out` if given."""
    words = articles = 0

    def counted():
        nonlocal words, articles
        for d in documents(corpus, size):
            words += len(d.text.split())
            articles += 1
            yield d

    started = time.perf_counter()
    with (out.open("w", encoding="utf-8") if out else open("/dev/null", "w")) as sink:
        for record in extract_corpus(counted(), n_process=n_process, nlp=nlp):
            sink.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - started
    return {"articles": articles, "words": words, "n_process": n_process, "seconds": round(seconds, 2),
            "articles_per_s": round(articles / seconds, 1), "words_per_s": round(words / seconds),
            "words_per_s_per_process": round(words / seconds / n_process), "peak_rss_mb": round(peak_rss_mb())}


def read_records(path: Path, limit: int | None = None):
    """The records of a facts file (the header line of `athar extract -o` passed over)."""
    with path.open(encoding="utf-8") as f:
        for line in itertools.islice((line for line in f if not line.startswith('{"format"')), limit):
            yield DocumentFacts.from_json(json.loads(line))


def relationship_count(drv: neo4j.Driver) -> int:
    return sum(graph_counts(drv)["relationship"].values())


def bench_load(drv: neo4j.Driver, path: Path, limit: int | None = None) -> dict:
    """athar's loader into an empty database, the facts file read as `athar load` reads it (validated)."""
    reset(drv)
    apply_schema(drv)
    started = time.perf_counter()
    report = load_records(drv, itertools.islice(read_facts(str(path), LoadReport(), lambda message: None), limit))
    seconds = time.perf_counter() - started
    rels = relationship_count(drv)
    return {"documents": report.loaded, "relationships": rels, "seconds": round(seconds, 2),
            "relationships_per_s": round(rels / seconds)}


def bench_naive(drv: neo4j.Driver, path: Path, limit: int) -> dict:
    """One MERGE per row, one transaction per row, on the same documents."""
    reset(drv)
    apply_schema(drv)
    started = time.perf_counter()
    rows = 0
    with drv.session() as session:
        def write(statement: str, **params) -> None:
            nonlocal rows
            session.execute_write(lambda tx: tx.run(statement, params).consume())
            rows += 1

        for record in read_records(path, limit):
            doc_id = record.document.doc_id
            write(NAIVE["naive_document"], doc_id=doc_id, title=record.document.title)
            for e in record.entities:
                write(NAIVE["naive_entity"], key=e.key, name=e.name, type=e.type)
            for s in record.sentences:
                write(NAIVE["naive_sentence"], doc_id=doc_id, sentence_id=f"{doc_id}#{s.index}", text=s.text,
                      index=s.index)
            for m in record.mentions:
                write(NAIVE["naive_mention"], key=m.entity, sentence_id=f"{doc_id}#{m.sentence}", start=m.start,
                      end=m.end, text=m.text)
            for f in record.facts:
                write(NAIVE["naive_fact"], subject=f.subject, object=f.object, predicate=f.predicate,
                      negated=f.negated, modality=f.modality, doc_id=doc_id)
    seconds = time.perf_counter() - started
    rels = relationship_count(drv)
    return {"documents": limit, "rows": rows, "relationships": rels, "seconds": round(seconds, 2),
            "relationships_per_s": round(rels / seconds)}


def export_json(drv: neo4j.Driver, path: Path) -> Path:
    """`athar export json` of the graph in the database, to `path`."""
    with path.open("w", encoding="utf-8") as out:
        write_apoc_jsonl(read_graph(drv), out)
    return path


def bench_bulk(path: Path, work: Path) -> dict:
    """`athar load --bulk` of a facts file into a scratch server of its own whose database is empty: its
    check, then its steps (graph/cli.py _bulk_import, which times them); the graph exported to work/bulk.jsonl."""
    with scratch_server(work / "bulk-neo4j", server.DEFAULT_HEAP, server.DEFAULT_PAGECACHE) as config:
        started = time.perf_counter()
        with scratch_driver(config) as drv:
            node_totals(drv)                    # --bulk first checks that the database holds nothing
        steps = {"check": time.perf_counter() - started}
        graph, _, timed = _bulk_import(config, (str(path),), MIN_CONFIDENCE, overwrite=True)
        steps.update(timed)
        with scratch_driver(config) as drv:
            export_json(drv, work / "bulk.jsonl")
    seconds = sum(steps.values())
    return {"nodes": len(graph.nodes), "relationships": len(graph.rels), "seconds": round(seconds, 2),
            "steps": {step: round(s, 2) for step, s in steps.items()},
            "relationships_per_s": round(len(graph.rels) / seconds)}


def report_bulk(drv: neo4j.Driver, path: Path, load: dict, work: Path) -> dict:
    """bench_bulk against a plain load of the same facts (`load`, its graph in `drv`'s database), printed."""
    bulk = bench_bulk(path, work)
    same = filecmp.cmp(export_json(drv, work / "plain.jsonl"), work / "bulk.jsonl", shallow=False)
    out = {"plain": load, "bulk": bulk, "speedup": round(load["seconds"] / bulk["seconds"], 2), "same_export": same}
    print(f"bulk    {bulk['seconds']:7.1f} s ({', '.join(f'{k} {v}' for k, v in bulk['steps'].items())}) against "
          f"load {load['seconds']} s: {out['speedup']}x; export json byte-identical: {same}", flush=True)
    return out


def queries_at(revision: str) -> dict[str, cypher.Query]:
    """The stored queries as they are at git `revision` of this repository."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(HERE.parent), *args], check=True, capture_output=True,
                              text=True).stdout
    paths = git("ls-tree", "--name-only", f"{revision}:cypher/queries").split()
    found = (cypher.parse_query(git("show", f"{revision}:cypher/queries/{p}"), f"queries/{p}")
             for p in paths if p.endswith(".cypher"))
    return {q.name: q for q in found}


def bench_queries(drv: neo4j.Driver, runs: int, baseline: dict[str, cypher.Query] | None = None) -> dict:
    """p50/p95 of every stored query; event_profile for the event with the most facts.

    With `baseline` (queries by name), each query that is also there is timed in both versions, runs
    alternating, and the two give the same rows or the result says not."""
    out = {}
    busiest = drv.execute_query(PARAMS["busiest_event"]).records
    params_of = {**QUERY_PARAMS, "event_profile": {"event": busiest[0]["key"] if busiest else None}}
    current = cypher.queries()
    measured = {**{name: (name, params_of.get(name, {})) for name in current}, **QUERY_VARIANTS}
    for label, (name, params) in measured.items():
        versions = {"now": current[name], **({"baseline": baseline[name]} if baseline and name in baseline else {})}
        for query in versions.values():
            for _ in range(WARM_UP_RUNS):
                run_query(drv, query, params)
        times = {v: [] for v in versions}
        rows = {}
        for _ in range(runs):
            for version, query in versions.items():
                started = time.perf_counter()
                _, rows[version] = run_query(drv, query, params)
                times[version].append((time.perf_counter() - started) * 1000)
        out[label] = {"params": params, "rows": len(rows["now"]), **percentiles(times["now"])}
        if "baseline" in versions:
            out[label]["baseline"] = {"rows": len(rows["baseline"]), **percentiles(times["baseline"]),
                                      "same_rows": rows["baseline"] == rows["now"]
                                      or ("other order" if same_multiset(rows["baseline"], rows["now"]) else False)}
    return out


def report_queries(drv: neo4j.Driver, runs: int, baseline: dict[str, cypher.Query] | None,
                   revision: str | None) -> dict:
    """bench_queries, printed: one line per query, with the baseline's numbers beside."""
    measured = bench_queries(drv, runs, baseline)
    for name, q in measured.items():
        line = f"query   {name:26s} p50 {q['p50_ms']:7.1f} ms  p95 {q['p95_ms']:7.1f} ms  ({q['rows']} rows)"
        if b := q.get("baseline"):
            same = {True: "same rows", False: "DIFFERENT rows"}.get(b["same_rows"], f"same rows, {b['same_rows']}")
            line += f"   {revision}: p50 {b['p50_ms']:7.1f} ms  p95 {b['p95_ms']:7.1f} ms  ({b['rows']} rows, {same})"
        print(line, flush=True)
    return measured


def same_multiset(a: list[dict], b: list[dict]) -> bool:
    """Whether two lists hold the same rows, in any order."""
    def canonical(rows):
        return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) for r in rows)
    return canonical(a) == canonical(b)


def percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(0, int(round(0.95 * len(times))) - 1)], 1)}


def plot(results: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    for n_process in sorted({r["n_process"] for r in results["extraction"]}):
        rows = sorted((r for r in results["extraction"] if r["n_process"] == n_process), key=lambda r: r["articles"])
        ax.plot([r["articles"] for r in rows], [r["seconds"] for r in rows], "o-",
                label=f"extraction, {n_process} process{'es' if n_process > 1 else ''}")
    rows = sorted(results["load"], key=lambda r: r["documents"])
    ax.plot([r["documents"] for r in rows], [r["seconds"] for r in rows], "s-", label="athar load")
    ax.set_xlabel("articles (SaudiNewsNet)")
    ax.set_ylabel("seconds")
    ax.set_title(f"athar scaling on {results['machine']['cores']} cores")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON-lines corpus (default: SaudiNewsNet)")
    parser.add_argument("--sizes", default="1000,5000,10000,all", help="article counts of the scaling curve")
    parser.add_argument("--processes", default="2", help="n_process values for every size (e.g. 1,2)")
    parser.add_argument("--single-process-sizes", default="1000",
                        help="sizes also extracted with one process, for the per-process rate")
    parser.add_argument("--naive-docs", type=int, default=300, help="documents written by the naive loader")
    parser.add_argument("--runs", type=int, default=20, help="runs per stored query")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--facts", type=Path,
                        help="a facts file already extracted (athar extract -o): load it and time the stored "
                             "queries only (no extraction, naive loader or neo4j-admin import)")
    parser.add_argument("--baseline", metavar="REVISION",
                        help="also time the stored queries as they are at this git revision, runs alternating "
                             "with the current ones on the same graph, and compare their rows")
    parser.add_argument("--bulk", action="store_true",
                        help="with --facts: also time `athar load --bulk` of the facts file against the load and "
                             "compare the two graphs' `athar export json` (the full run always does)")
    args = parser.parse_args(argv)
    needed = args.facts if args.facts else args.corpus
    if not needed.is_file():
        parser.error(f"{needed}: no such file; the benchmark needs "
                     + ("the facts file given by --facts" if args.facts else
                        "the SaudiNewsNet corpus (../shared/corpora/saudinewsnet/articles.jsonl.gz beside the "
                        "project, or another JSON-lines corpus given by --corpus)"))

    sizes = [None if s == "all" else int(s) for s in args.sizes.split(",")]
    processes = [int(p) for p in args.processes.split(",")]
    single = {int(s) for s in args.single_process_sizes.split(",") if s}
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(),
                     "neo4j_memory": {"heap": server.DEFAULT_HEAP, "pagecache": server.DEFAULT_PAGECACHE},
                     "corpus": str(args.corpus), "extraction": [], "load": []}
    print(f"machine: {results['machine']}", flush=True)
    baseline = queries_at(args.baseline) if args.baseline else None
    nlp = None if args.facts else build_nlp()
    with tempfile.TemporaryDirectory(prefix="athar-bench-") as tmp:
        work = Path(tmp)
        # the memory `athar neo4j start` gives the managed server, so the numbers are what users get
        with scratch_server(work / "neo4j", server.DEFAULT_HEAP, server.DEFAULT_PAGECACHE) as config, \
                scratch_driver(config) as drv:
            if args.facts:
                row = bench_load(drv, args.facts)
                results["load"].append(row)
                print(f"load    {row['documents']:>6} documents: {row['seconds']:7.1f} s  "
                      f"{row['relationships_per_s']:>7} relationships/s", flush=True)
                if args.bulk:
                    results["bulk"] = report_bulk(drv, args.facts, row, work)
                results["queries"] = report_queries(drv, args.runs, baseline, args.baseline)
                (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
                print(f"wrote {args.out / 'results.json'}")
                return 0
            for size in sizes:
                facts = work / f"facts-{size or 'all'}.jsonl"
                for n_process in sorted(set(processes) | ({1} if size in single else set()), reverse=True):
                    row = bench_extraction(args.corpus, size, n_process, nlp, facts if n_process == max(processes)
                                           else None)
                    results["extraction"].append(row)
                    print(f"extract {row['articles']:>6} articles, {n_process} proc: {row['seconds']:7.1f} s  "
                          f"{row['words_per_s']:>7} words/s ({row['words_per_s_per_process']}/process)  "
                          f"RSS {row['peak_rss_mb']} MB", flush=True)
                row = bench_load(drv, facts)
                results["load"].append(row)
                print(f"load    {row['documents']:>6} documents: {row['seconds']:7.1f} s  "
                      f"{row['relationships_per_s']:>7} relationships/s", flush=True)
            full = work / f"facts-{sizes[-1] or 'all'}.jsonl"
            extracted = next(r for r in reversed(results["extraction"]) if r["n_process"] == max(processes))
            results["full_corpus"] = {"articles": extracted["articles"],
                                      "extract_seconds": extracted["seconds"],
                                      "load_seconds": results["load"][-1]["seconds"],
                                      "total_seconds": round(extracted["seconds"] + results["load"][-1]["seconds"], 1)}
            print(f"full corpus: extract + load = {results['full_corpus']['total_seconds']} s", flush=True)
            results["bulk"] = report_bulk(drv, full, results["load"][-1], work)
            results["queries"] = report_queries(drv, args.runs, baseline, args.baseline)
            naive = bench_naive(drv, full, args.naive_docs)
            same = bench_load(drv, full, args.naive_docs)
            results["naive"] = {"naive": naive, "athar_load": same,
                                "speedup": round(same["relationships_per_s"] / naive["relationships_per_s"], 1)}
            print(f"naive   {naive['documents']} documents: {naive['relationships_per_s']} relationships/s; "
                  f"athar load {same['relationships_per_s']}/s: {results['naive']['speedup']}x", flush=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    plot(results, args.out / "scaling.png")
    print(f"wrote {args.out / 'results.json'} and {args.out / 'scaling.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
