"""athar_events on sentences written for these tests: what names an event (a slogan only for want of
more, the whole construct chain, the round), and which mentions anchor no event of their own."""
from __future__ import annotations

import pytest

from extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def events(nlp, text: str) -> tuple[list[dict], list[tuple[str, str, bool]]]:
    """(Event entities in order of first mention, (key, text, anaphoric) of every event span)."""
    doc = nlp(text)
    spans = [(s._.key, s.text, s._.value["anaphoric"]) for s in sorted(doc.spans["events"], key=lambda s: s.start)]
    order = list(dict.fromkeys(key for key, _, _ in spans))
    return [doc._.entities[key] for key in order], spans


def the_event(nlp, text: str) -> dict:
    found, _ = events(nlp, text)
    assert len(found) == 1, [e["name"] for e in found]
    return found[0]


# ------------------------------------------------------- naming: slogan, chain, round
def test_a_slogan_is_an_alias_when_the_phrase_names_the_event(nlp):
    event = the_event(nlp, "افتتح الأمير أمس في الرياض ملتقى الشباب الخليجي تحت شعار «معا نبني المستقبل».")
    assert event["name"] == "ملتقى الشباب الخليجي"
    assert "معا نبني المستقبل" in event["aliases"] and event["props"]["slogan"] == "معا نبني المستقبل"
    assert "title" not in event["props"]


def test_a_slogan_names_the_event_only_for_want_of_more(nlp):
    event = the_event(nlp, "نظمت الجامعة أمس في الدمام مؤتمرا دوليا تحت شعار «العلم للجميع».")
    assert event["name"] == "العلم للجميع"


@pytest.mark.parametrize("text, name", [
    ("شاركت البعثة في دورة الألعاب العالمية الصيفية للأولمبياد الخاص في أثينا الشهر الماضي.",
     "دورة الألعاب العالمية الصيفية للأولمبياد الخاص في أثينا"),
    ("عقد في الكويت أمس اجتماع اللجنة الخاصة بالمياه.", "اجتماع اللجنة"),
])
def test_an_agreeing_khass_belongs_to_the_name_and_khass_bi_ends_it(nlp, text, name):
    assert the_event(nlp, text)["name"] == name


def test_a_committee_after_lam_keeps_its_genitive_chain(nlp):
    found, spans = events(nlp, "عقد في القاهرة أمس اجتماع للجنة متابعة مبادرة السلام العربية برئاسة الأردن.")
    assert [e["name"] for e in found] == ["اجتماع للجنة متابعة مبادرة السلام العربية"]


def test_the_opening_round_is_the_first_not_the_second(nlp):
    found, _ = events(nlp, "تستضيف الدوحة الأسبوع المقبل الجولة الثانية من المحادثات بين الطرفين. "
                           "وكانت عمان استضافت الجولة الافتتاحية من المحادثات في العاصمة الأردنية الشهر الماضي.")
    assert sorted((e["props"]["edition"], e["props"].get("city")) for e in found) == [(1, "العاصمة الأردنية"), (2, "الدوحة")]


def test_the_same_city_is_no_city_name(nlp):
    found, _ = events(nlp, "عقدت الجولة الثانية من المفاوضات في جنيف، بعد الجولة الأولى التي عقدت في المدينة نفسها.")
    assert all(e["props"].get("city") != "نفسها" for e in found)
