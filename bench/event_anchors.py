"""How many event nodes of a facts file lack an anchor, and 20 random event nodes with their anchors.

Usage: python bench/event_anchors.py FACTS.jsonl [--seed N] [--show K] [--unanchored]

An event node (one key, over all the documents that mention it) is anchored by a title or slogan,
a place (city or country), a date or a participant list. The body that meets in a meeting, session,
summit or conference (an organiser named by a council, committee, board …: "اجتماع مجلس الشورى",
which the relations read as attending) is a participant list: the body's members are who meet. In
other kinds (an exhibition of an authority, an election of a council) it is not; there, as other
organisers, a topic and an edition, it is counted apart. FACTS.jsonl is what `athar extract` writes
(e.g. on 3,000 random SaudiNewsNet articles drawn with ../shared/eval/precision_sample.py);
--unanchored lists every node without an anchor with the sentence of its first mention, to see
which mentions become such nodes.
"""
from __future__ import annotations

import argparse
import collections
import json
import random

from athar.extract import lexicon
from athar.extract.arabic import normalize

ANCHORS = ("title", "place", "date", "participants")


BODIES = {normalize(w) for w in lexicon.load("events")["meeting_bodies"]}
MEETING_KINDS = {"meeting", "session", "summit", "conference"}     # a body named in them is who meets


def anchors(props: dict, names: dict) -> dict:
    """The anchors of one event's props, by name (absent ones left out); names: entity key -> name."""
    orgs = props.get("organizers") or []
    bodies = [o for o in orgs if normalize(names.get(o, "")).split(" ")[0].removeprefix("ال") in BODIES]
    meets = bodies if props.get("kind") in MEETING_KINDS else []
    found = {"title": props.get("title") or props.get("slogan"),
             "place": ", ".join(p for p in (props.get("city"), props.get("country")) if p),
             "date": props.get("date"), "participants": (props.get("participants") or []) + meets,
             "body": [b for b in bodies if b not in meets],
             "organizers": [o for o in orgs if o not in bodies], "topic": props.get("topic"),
             "edition": props.get("edition")}
    return {k: v for k, v in found.items() if v}


def read(path: str) -> tuple[dict, dict]:
    """Event nodes (key -> name, kind, merged anchors) and the first mention of each (doc, sentence)."""
    nodes: dict[str, dict] = {}
    first: dict[str, tuple[str, str, str]] = {}
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            record = json.loads(line)
            events = {e["key"]: e for e in record["entities"] if e["type"] == "Event"}
            names = {e["key"]: e["name"] for e in record["entities"]}
            for key, ent in events.items():
                node = nodes.setdefault(key, {"name": ent["name"], "kind": ent["props"].get("kind"), "anchors": {}})
                for name, value in anchors(ent["props"], names).items():
                    node["anchors"].setdefault(name, value)
            sentences = {s["index"]: s["text"] for s in record["sentences"]}
            for m in record["mentions"]:
                if m["entity"] in events and m["entity"] not in first:
                    first[m["entity"]] = (record["document"]["doc_id"], m["text"], sentences.get(m["sentence"], ""))
    return nodes, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("facts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--unanchored", action="store_true")
    args = parser.parse_args()
    nodes, first = read(args.facts)
    bare = [k for k, n in nodes.items() if not any(a in n["anchors"] for a in ANCHORS)]
    no_body = [k for k in bare if "body" not in nodes[k]["anchors"]]
    no_org = [k for k in no_body if "organizers" not in nodes[k]["anchors"]]
    nothing = [k for k in bare if not nodes[k]["anchors"]]
    total = len(nodes) or 1
    print(f"{len(nodes)} event nodes without title/place/date/participants (a meeting's own body counted): "
          f"{len(bare)} ({100 * len(bare) / total:.1f}%); "
          f"without a body named in them either: {len(no_body)} ({100 * len(no_body) / total:.1f}%); "
          f"without any organiser: {len(no_org)} ({100 * len(no_org) / total:.1f}%); "
          f"nothing at all: {len(nothing)} ({100 * len(nothing) / total:.1f}%)")
    topical = [k for k in bare if nodes[k]["kind"] == "agreement" and "topic" in nodes[k]["anchors"]]
    print(f"of those, agreements named by what they are about (الاتفاق النووي): {len(topical)}; the others: "
          f"{len(bare) - len(topical)} ({100 * (len(bare) - len(topical)) / total:.1f}%)")
    print("by kind (unanchored/all):", ", ".join(
        f"{kind} {sum(nodes[k]['kind'] == kind for k in bare)}/{n}"
        for kind, n in collections.Counter(n["kind"] for n in nodes.values()).most_common()))
    random.seed(args.seed)
    for key in random.sample(sorted(nodes), min(args.show, len(nodes))):
        node = nodes[key]
        print(f"- {node['name']} [{node['kind']}] " + "; ".join(f"{k}={v}" for k, v in node["anchors"].items()))
    if args.unanchored:
        print("\nunanchored:")
        for key in bare:
            doc, text, sentence = first.get(key, ("?", "?", ""))
            print(f"- {nodes[key]['name']} [{nodes[key]['kind']}] {nodes[key]['anchors']} {doc} «{text}»: {sentence[:300]}")


if __name__ == "__main__":
    main()
