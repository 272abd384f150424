"""export ftm: the graph as FollowTheMoney entities, validated by the followthemoney library."""
import json
import os

import pytest

from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import ALI, CONF, GROUP, QA, US, Builder, records

if os.environ.get("CI"):                     # CI installs the ftm extra (.ci/run): there a missing library fails
    import followthemoney  # noqa: F401
else:
    pytest.importorskip("followthemoney", reason="the ftm extra: pip install 'athar[ftm]'")
from athar.graph.ftm import problems, to_ftm, write_ftm  # noqa: E402


def by_name(proxies):
    return {(p.schema.name, p.first("name")): p for p in proxies if "name" in p.schema.properties and p.first("name")}


def test_entities_and_facts_become_valid_ftm_entities(tmp_path):
    counts, found = write_ftm(graph_from_records(records()), tmp_path / "g.ftm.json")
    assert found == []
    lines = [json.loads(x) for x in (tmp_path / "g.ftm.json").read_text(encoding="utf-8").splitlines()]
    assert sum(counts.values()) == len(lines) and {"Event", "Payment", "Sanction", "PublicBody"} <= set(counts)
    proxies = to_ftm(graph_from_records(records()))
    named = by_name(proxies)
    sa, conf = named[("PublicBody", "Saudi Arabia")], named[("Event", "No Money for Terror conference")]
    assert sa.get("country") == ["sa"] and conf.get("startDate") == ["2018-04-25"]
    assert sa.id in conf.get("involved") and named[("PublicBody", "France")].id in conf.get("organizer")
    assert named[("PublicBody", "United Nations")].schema.name == "PublicBody"        # an igo
    payment = next(p for p in proxies if p.schema.name == "Payment" and p.get("beneficiary") == [named[
        ("PublicBody", "United Nations")].id])
    assert payment.get("amount") and payment.get("currency") == ["USD"] and payment.get("sourceUrl")


def test_a_denied_or_planned_fact_is_left_out():
    doc = Builder("d9", ["Qatar did not attend the conference.", "Egypt will fund the group."])
    doc.mention(QA, 0, "Qatar")
    doc.mention(CONF, 0, "conference")
    doc.fact("ATTENDED", QA, CONF, 0, negated=True)
    doc.fact("FUNDED", US, GROUP, 1, modality="planned")
    proxies = to_ftm(graph_from_records([doc.record()]))
    named = by_name(proxies)
    assert not named[("Event", CONF.name)].get("involved")
    assert not any(p.schema.name == "Payment" for p in proxies) and problems(proxies) == []


def test_a_role_is_an_occupancy_of_a_position():
    doc = Builder("d8", ["Ali Hassan, minister of Qatar, spoke."])
    doc.mention(ALI, 0, "Ali Hassan")
    doc.mention(QA, 0, "Qatar")
    doc.fact("AFFILIATED_WITH", ALI, QA, 0, role="minister")
    proxies = to_ftm(graph_from_records([doc.record()]))
    [occupancy] = [p for p in proxies if p.schema.name == "Occupancy"]
    [position] = [p for p in proxies if p.schema.name == "Position"]
    assert occupancy.get("post") == [position.id] and position.get("name") == ["minister, Qatar"]
    assert problems(proxies) == []
