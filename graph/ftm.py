"""The graph as FollowTheMoney entities (Aleph, nomenklatura, OpenSanctions tooling), made and validated
with the followthemoney library (the `ftm` extra).

Entities: a State is a PublicBody (its ISO code as country and jurisdiction), an Organization a
PublicBody (intergovernmental, government body, ministry, armed forces), a Company (company, bank) or
an Organization, a Person a Person (its role as position), an Event an Event (dates, city, country).
Facts, those stated as happened or reported, never a denial or a plan (FtM has neither):
ATTENDED / INVITED -> the event's `involved`, HOSTED / ORGANIZED / CHAIRED -> its `organizer`,
HELD_IN -> its `country`, FUNDED -> Payment (amount, currency; an event funded is its purpose),
SANCTIONED -> Sanction (the target as entity, the sanctioning actor as authority), MEMBER_OF ->
Membership, AFFILIATED_WITH -> Occupancy of a Position when the fact gives a role, else
Representation. Every fact entity carries the URLs and publishers of the documents stating it.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from athar.extract.atomic import atomic_file
from athar.graph.export import _safe
from athar.graph.model import DOCUMENT, ENTITY, Graph, Node, Rel

NAMESPACE = "athar"
PUBLIC_KINDS = ("igo", "government_body", "ministry", "armed_forces")
COMPANY_KINDS = ("company", "bank")
EVENT_ROLES = {"ATTENDED": "involved", "INVITED": "involved", "HOSTED": "organizer", "ORGANIZED": "organizer",
               "CHAIRED": "organizer"}
KEPT_MODALITIES = ("asserted", "reported")


def to_ftm(graph: Graph) -> list:
    """FtM entity proxies for the graph's entities and kept facts, sorted by id."""
    from followthemoney import model
    from followthemoney.util import make_entity_id

    def make(schema: str, *key: str):
        proxy = model.make_entity(schema)
        proxy.id = make_entity_id(NAMESPACE, *key)
        return proxy

    documents = {n.props["doc_id"]: n.props for n in graph.nodes if DOCUMENT in n.labels}
    nodes = {n.id: n for n in graph.nodes if ENTITY in n.labels}
    proxies = {}
    for n in nodes.values():
        proxy = make(_schema(n), n.id)
        proxy.add("name", n.props.get("name"))
        proxy.add("alias", [a for a in [n.props.get("name_en"), *_list(n.props.get("aliases"))] if a])
        iso = n.props.get("iso2")
        if "State" in n.labels and iso:
            proxy.add("country", iso)
            proxy.add("jurisdiction", iso)
        if "Person" in n.labels:
            proxy.add("position", n.props.get("role_en") or n.props.get("role"))
        if "Event" in n.labels:
            proxy.add("startDate", _date(n.props.get("date")))
            proxy.add("endDate", _date(n.props.get("end_date")))
            proxy.add("location", n.props.get("city"))
            proxy.add("country", n.props.get("country"))
        proxies[n.id] = proxy
    extra = []
    for r in graph.rels:
        if r.start not in nodes or r.end not in nodes or r.props.get("negated") \
                or r.props.get("modality") not in KEPT_MODALITIES:
            continue
        subject, obj = proxies[r.start], proxies[r.end]
        if r.type in EVENT_ROLES:
            obj.add(EVENT_ROLES[r.type], subject.id)
        elif r.type == "HELD_IN":
            subject.add("country", nodes[r.end].props.get("iso2"))
        elif r.type in ("FUNDED", "SANCTIONED", "MEMBER_OF", "AFFILIATED_WITH"):
            fact = _fact(make, r, nodes, proxies)
            if fact:
                fact[0].add("sourceUrl", [documents[d].get("url") for d in r.props.get("sources", [])
                                          if d in documents])
                fact[0].add("publisher", [documents[d].get("source") for d in r.props.get("sources", [])
                                          if d in documents])
                extra += fact
    return sorted([*proxies.values(), *extra], key=lambda p: p.id)


def _fact(make, r: Rel, nodes: dict[str, Node], proxies: dict) -> list:
    """The FtM entities of one FUNDED, SANCTIONED, MEMBER_OF or AFFILIATED_WITH fact (the first one
    holds the fact's sources); [] when FtM has no way to say it."""
    key = (r.type, r.start, r.end, r.props.get("modality", ""))
    subject, obj = proxies[r.start], proxies[r.end]
    if r.type == "FUNDED":
        payment = make("Payment", *key)
        payment.add("payer", subject.id)
        if "Event" in nodes[r.end].labels:
            payment.add("purpose", nodes[r.end].props.get("name"))
        else:
            payment.add("beneficiary", obj.id)
        payment.add("amount", r.props.get("amount"))
        payment.add("currency", r.props.get("currency"))
        return [payment]
    if r.type == "SANCTIONED":
        sanction = make("Sanction", *key)
        sanction.add("entity", obj.id)
        sanction.add("authority", nodes[r.start].props.get("name_en") or nodes[r.start].props.get("name"))
        sanction.add("country", nodes[r.start].props.get("iso2"))
        return [sanction]
    if r.type == "MEMBER_OF":
        membership = make("Membership", *key)
        membership.add("member", subject.id)
        membership.add("organization", obj.id)
        return [membership]
    role = r.props.get("role_en") or r.props.get("role")
    if "Person" in nodes[r.start].labels and role:
        position = make("Position", "position", r.end, role)
        position.add("name", f"{role}, {nodes[r.end].props.get('name_en') or nodes[r.end].props.get('name')}")
        position.add("organization", obj.id)
        position.add("country", nodes[r.end].props.get("iso2"))
        occupancy = make("Occupancy", *key)
        occupancy.add("holder", subject.id)
        occupancy.add("post", position.id)
        return [occupancy, position]
    representation = make("Representation", *key)
    representation.add("agent", subject.id)
    representation.add("client", obj.id)
    representation.add("role", role)
    return [representation]


def _schema(n: Node) -> str:
    if "Person" in n.labels:
        return "Person"
    if "Event" in n.labels:
        return "Event"
    if "State" in n.labels or n.props.get("kind") in PUBLIC_KINDS:
        return "PublicBody"
    return "Company" if n.props.get("kind") in COMPANY_KINDS else "Organization"


def _list(value: Any) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _date(value: Any) -> str | None:
    """A date as FtM takes it: ISO, as far as known (YYYY, YYYY-MM, YYYY-MM-DD); none without a year."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if isinstance(value, str) and value[:4].isdigit() else None


def problems(proxies: list) -> list[str]:
    """What the followthemoney schema refuses in these entities, and references to no entity in them."""
    from followthemoney import model

    ids = {p.id for p in proxies}
    found = []
    for proxy in proxies:
        data = proxy.to_dict()
        error = model.get(data["schema"]).validate(data)
        if error:
            found.append(f"{proxy.id} ({data['schema']}): {error}")
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity" and value not in ids:
                found.append(f"{proxy.id} ({data['schema']}): {prop.name} refers to no entity ({value})")
    return found


def write_ftm(graph: Graph, path: str | Path) -> tuple[dict[str, int], list[str]]:
    """FtM JSON lines (one entity per line, as `ftm` tools read them) to path, atomically; returns
    (entities per schema, validation problems)."""
    proxies = to_ftm(graph)
    counts: dict[str, int] = defaultdict(int)
    with atomic_file(path) as out:
        for proxy in proxies:
            counts[proxy.schema.name] += 1
            out.write(json.dumps(_safe(proxy.to_dict()), ensure_ascii=False, sort_keys=True) + "\n")
    return dict(sorted(counts.items())), problems(proxies)
