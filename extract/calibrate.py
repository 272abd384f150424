"""Measure the precision of every relation rule ("PREDICATE:basis" of a fact) on gold sets and write the
confidence table extract/lang/confidence.json; print precision/recall at confidence thresholds.

    python -m athar.extract.calibrate --scorer score.py GOLD.json FACTS.jsonl [GOLD.json FACTS.jsonl …]
                                [--write] [--thresholds 0.3 0.5 0.7]

FACTS.jsonl are `athar extract … -o` files of the gold articles. A fact counts as the scorer
counts it (score.py's Gold.align per entity, one fact per document and (relation, subject,
object, polarity)): right when the gold lists it, not counted when the gold lists it as optional,
wrong otherwise — also when an end does not align. A rule's confidence is its precision shrunk
towards the pooled precision of its relation by PRIOR_WEIGHT pseudo-facts (the relation's own
precision shrunk the same way towards the default), so a rule seen twice does not claim 1.0 and a
rule never seen on the gold sets takes its relation's measured precision (Confidence.prior).
The table's "audit" (facts of a rule read by hand on a random news sample, right / wrong) counts
as more tp / fp of that rule. Audit counts belong to the rules as they are: when a rule changes, the
judged facts it no longer reads leave its counts and the facts another rule now reads count under
that rule, so a rule that still fails on random news keeps its wrong facts and sinks under the
default threshold, and a fixed error class stops weighing on the rule it was fixed in.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

PRIOR_WEIGHT = 3
TABLE = Path(__file__).with_name("lang") / "confidence.json"


def load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("athar_gold_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def node(entity: dict) -> dict:
    """An entity of a facts file as the export writes its node, for Gold.align."""
    props = {**entity.get("props", {}), "key": entity["key"], "name": entity["name"], "aliases": entity.get("aliases", [])}
    if entity["type"] == "State":
        props["iso2"] = entity["key"]
    return {"labels": ["Entity", entity["type"]], "properties": props}


def judged_facts(scorer, gold_path: str, facts_path: str) -> tuple[list[dict], dict[str, set]]:
    """Every fact of the facts file with its verdict (True right, False wrong, None optional), and
    the facts each gold document wants."""
    gold = scorer.Gold(json.loads(Path(gold_path).read_text(encoding="utf-8")))
    out, wanted = [], {}
    with open(facts_path, encoding="utf-8") as fh:
        next(fh)                                    # the format header
        for line in fh:
            record = json.loads(line)
            doc = record["document"]["doc_id"]
            g = gold.docs.get(doc)
            if g is None:
                continue
            want = {scorer.gold_fact(f) for f in g["facts"]}
            optional = {scorer.gold_fact(f) for f in g.get("optional", [])}
            wanted[doc] = want
            aligned = {e["key"]: gold.align(node(e)) for e in record["entities"]}
            for f in record["facts"]:
                s, o = aligned.get(f["subject"]), aligned.get(f["object"])
                key = scorer.fact_key(f["predicate"], s, o, f["negated"]) if s and o else None
                verdict = True if key in want else None if key in optional else False
                out.append({"doc": doc, "key": key or (f["predicate"], f["subject"], f["object"], "unaligned"),
                            "basis": f"{f['predicate']}:{f['props'].get('basis', f['predicate'].lower())}", "confidence": f.get("confidence", 1.0),
                            "right": verdict, "aligned": key is not None})
    return out, wanted


def per_basis(facts: list[dict]) -> dict[str, dict]:
    """tp / fp (of them unaligned) per basis, each document's fact counted once (its best basis)."""
    best: dict[tuple, dict] = {}
    for f in facts:
        ident = (f["doc"], f["key"])
        if ident not in best or f["confidence"] > best[ident]["confidence"]:
            best[ident] = f
    table: dict[str, dict] = defaultdict(lambda: {"tp": 0, "fp": 0, "unaligned": 0})
    for f in best.values():
        if f["right"] is None:
            continue
        row = table[f["basis"]]
        row["tp" if f["right"] else "fp"] += 1
        row["unaligned"] += not f["aligned"]
    return dict(table)


def scores_at(facts: list[dict], wanted: dict[str, set], threshold: float) -> dict:
    kept = {(f["doc"], f["key"]): f["right"] for f in facts if f["confidence"] >= threshold}
    tp = sum(1 for r in kept.values() if r)
    fp = sum(1 for r in kept.values() if r is False)
    fn = sum(len(w) for w in wanted.values()) - tp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"threshold": threshold, "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", required=True, help="score.py of the gold sets (its Gold.align is used)")
    ap.add_argument("pairs", nargs="+", help="GOLD.json FACTS.jsonl, repeated")
    ap.add_argument("--write", action="store_true", help=f"write the rule table into {TABLE}")
    ap.add_argument("--thresholds", nargs="*", type=float, default=[0.3, 0.5, 0.7])
    args = ap.parse_args(argv)
    if len(args.pairs) % 2:
        ap.error("give GOLD.json FACTS.jsonl pairs")
    scorer = load_scorer(args.scorer)
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    every: list[dict] = []
    for gold_path, facts_path in zip(args.pairs[::2], args.pairs[1::2]):
        facts, wanted = judged_facts(scorer, gold_path, facts_path)
        every += facts
        print(f"{Path(gold_path).name}:")
        for t in args.thresholds:
            print("  confidence >= {threshold:.2f}: P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})"
                  .format(**scores_at(facts, wanted, t)))
    default = table["default"]
    rows = per_basis(every)
    for basis, row in table.get("audit", {}).get("bases", {}).items():
        into = rows.setdefault(basis, {"tp": 0, "fp": 0, "unaligned": 0})
        into["tp"] += row["right"]
        into["fp"] += row["wrong"]
    relations: dict[str, dict] = defaultdict(lambda: {"tp": 0, "fp": 0})
    for basis, row in rows.items():
        for k in ("tp", "fp"):
            relations[basis.split(":")[0]][k] += row[k]
    relation_conf = {}
    for pred, row in sorted(relations.items()):
        n = row["tp"] + row["fp"]
        relation_conf[pred] = {**row, "confidence": round((row["tp"] + PRIOR_WEIGHT * default) / (n + PRIOR_WEIGHT), 3)}
        print(f"  {pred:36} tp={row['tp']:3} fp={row['fp']:3} -> relation confidence {relation_conf[pred]['confidence']:.3f}")
    bases = {}
    for basis, row in sorted(rows.items()):
        n = row["tp"] + row["fp"]
        prior = relation_conf[basis.split(":")[0]]["confidence"]
        bases[basis] = {**row, "precision": round(row["tp"] / n, 3) if n else None,
                        "confidence": round((row["tp"] + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 3)}
        print(f"  {basis:36} tp={row['tp']:3} fp={row['fp']:3} (unaligned {row['unaligned']:3})"
              f" -> confidence {bases[basis]['confidence']:.3f}")
    if args.write:
        table["bases"] = bases
        table["relations"] = relation_conf
        table["measured"] = {"on": [Path(p).name for p in args.pairs[::2]], "prior_weight": PRIOR_WEIGHT,
                             "how": "python -m athar.extract.calibrate --scorer score.py GOLD FACTS … --write: per rule, "
                                    "facts the gold wants (tp) and facts it does not list (fp, also when an end "
                                    "does not align); relation confidence = (tp + prior_weight*default) / (tp + fp + prior_weight) "
                                    "over all its rules; rule confidence = (tp + prior_weight*relation confidence) / "
                                    "(tp + fp + prior_weight)"}
        TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
