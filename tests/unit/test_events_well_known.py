"""Well-known events (extract/lang/known_events.json) on sentences written for these tests: every
article's mention of a treaty, an initiative or an operation everyone knows is one node, with its
canonical and English name, date and city, and only the facts its own text tells."""
from __future__ import annotations

import pytest

from athar.extract.model import Document, DocumentFacts, Entity
from athar.extract.resolve import Resolver


def run(nlp, text: str, date: str | None = "2015-08-04"):
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": date}
    return nlp(doc)


def events(nlp, text: str, date: str | None = "2015-08-04") -> dict[str, dict]:
    return {k: e for k, e in run(nlp, text, date)._.entities.items() if e["type"] == "Event"}


@pytest.mark.parametrize("text", [
    "وقالت طهران إن الاتفاق النووي مع القوى الكبرى سيطبق قريبا.",
    "ويناقش الكونغرس الاتفاق النووي الإيراني الأسبوع المقبل.",
    "ورحبت الحكومة بالاتفاق النووي الموقع بين إيران والدول الست.",
    "وتحدث الرئيس عن خطة العمل الشاملة المشتركة مع إيران.",
])
def test_the_iran_nuclear_agreement_is_one_well_known_node(nlp, text):
    found = events(nlp, text)
    assert list(found) == ["event:jcpoa"]
    e = found["event:jcpoa"]
    assert e["name"] == "خطة العمل الشاملة المشتركة" and e["name_en"].startswith("Joint Comprehensive Plan of Action")
    assert e["props"]["date"] == "2015-07-14" and e["props"]["city"] == "فيينا" and e["props"]["known"]


def test_the_text_names_become_aliases(nlp):
    e = events(nlp, "وقالت طهران إن الاتفاق النووي مع القوى الكبرى سيطبق قريبا.")["event:jcpoa"]
    assert "الاتفاق النووي" in e["aliases"]


@pytest.mark.parametrize("text,date", [
    ("وقال الخبير إن الاتفاق النووي سيغير المنطقة.", "2015-08-04"),               # no Iran in the article
    ("وتعثر الاتفاق النووي مع كوريا الشمالية، فيما رحبت إيران بالحوار.", "2015-08-04"),   # another party
    ("وقالت إيران إن الاتفاق النووي المؤقت يطبق منذ يناير.", "2015-08-04"),           # the interim one of 2013
    ("وقالت إيران إن الاتفاق النووي مع القوى الكبرى ممكن.", "2009-05-01"),            # before the talks
])
def test_a_nuclear_agreement_is_the_iran_one_only_with_iran_and_in_its_time(nlp, text, date):
    assert "event:jcpoa" not in events(nlp, text, date)


def test_a_well_known_place_makes_no_held_in_the_text_does_not_tell(nlp):
    doc = run(nlp, "ناقش البرلمان الإيراني الاتفاق النووي أمس.")
    assert "event:jcpoa" in doc._.entities
    assert not [f for f in doc._.facts if f["predicate"] == "HELD_IN"]


def test_an_agreement_named_by_its_city_keeps_the_city_but_is_held_nowhere(nlp):
    doc = run(nlp, "وقالت إيران إن اتفاق فيينا حقق مطالبها.")
    assert doc._.entities["event:jcpoa"]["props"]["city"] == "فيينا"
    assert not [f for f in doc._.facts if f["predicate"] in ("HELD_IN", "HOSTED")]


@pytest.mark.parametrize("text,key", [
    ("وأكد الطرفان أهمية مبادرة السلام العربية.", "event:arab-peace-initiative"),
    ("وأكد الطرفان أهمية المبادرة العربية للسلام.", "event:arab-peace-initiative"),
    ("وأشار إلى اتفاقية كامب ديفيد بين مصر وإسرائيل.", "event:camp-david-accords"),
    ("وانسحبت الدولة من معاهدة منع الانتشار النووي.", "event:npt"),
    ("وانضمت الدولة إلى معاهدة منع انتشار الأسلحة النووية.", "event:npt"),
    ("ويعارض المزارعون اتفاقية التجارة الحرة عبر المحيط الهادئ.", "event:trans-pacific-partnership"),
    ("وشاركت المملكة في عملية عاصفة الحزم.", "event:operation-decisive-storm"),
    ("وصادقت الدولة على اتفاقية حقوق الطفل عام 1991.", "event:convention-rights-of-the-child"),
])
def test_well_known_events_by_their_names(nlp, text, key):
    assert key in events(nlp, text)


def test_a_summit_at_camp_david_is_not_the_accords(nlp):
    assert "event:camp-david-accords" not in events(nlp, "وشارك القادة في قمة كامب ديفيد مع الرئيس الأمريكي.")


def test_a_name_that_goes_on_with_more_words_is_another_event(nlp):
    # "اتفاقية حقوق الطفل" is the convention; "اتفاقية حقوق الطفل العامل" is not
    assert "event:convention-rights-of-the-child" not in events(
        nlp, "وقعت الوزارة اتفاقية حقوق الطفل العامل مع النقابة.")


@pytest.mark.parametrize("text,known", [
    ("ودعا إلى تنفيذ المبادرة الخليجية ومخرجات الحوار الوطني في اليمن.", True),
    ("ودعا الوزير إلى تنفيذ المبادرة الخليجية للتكامل الاقتصادي.", False),
])
def test_a_name_that_needs_its_context(nlp, text, known):
    assert ("event:gcc-initiative-yemen" in events(nlp, text)) is known


def test_a_national_congress_is_not_the_national_dialogue(nlp):
    found = events(nlp, "ورفض المؤتمر الوطني في طرابلس الاتفاق، فيما رحب به اليمن.")
    assert "event:yemen-national-dialogue" not in found


def test_a_well_known_event_keeps_its_key_through_resolution():
    records = [DocumentFacts(Document(d, ""), entities=[Entity(key="event:jcpoa", type="Event", name="خطة العمل الشاملة المشتركة",
                                                            props={"kind": "agreement", "known": True, "city": "فيينا"})])
               for d in "ab"]
    resolver = Resolver()
    for r in records:
        resolver.observe(r)
    assert "event:jcpoa" not in resolver.mapping()


def test_a_purpose_is_read_on_its_written_form(nlp):
    # "إعلان" heads a name here ("وثيقة إعلان مبادئ"); "لإعلان" would open a purpose
    names = [e["name"] for e in events(nlp, "ووقع الرؤساء في الخرطوم وثيقة إعلان مبادئ للتعاون.").values()]
    assert any("إعلان مبادئ" in n for n in names), names


def test_a_purpose_after_a_ministry_is_no_part_of_its_name(nlp):
    doc = run(nlp, "وتستعد وزارة الثقافة المصرية للإعلان عن التفاصيل النهائية.")
    assert [e["name"] for e in doc._.entities.values() if e["type"] == "Organization"] == ["وزارة الثقافة المصرية"]


@pytest.mark.parametrize("text,key", [
    ("وأضاف أنه بحث معاهدة الانتشار النووي مع الوفد.", "event:npt"),
    ("وأشار التقرير إلى انتهاك اتفاقية حقوق الأطفال.", "event:convention-rights-of-the-child"),
])
def test_the_shorter_forms_of_well_known_treaties(nlp, text, key):
    assert key in events(nlp, text)


@pytest.mark.parametrize("date,planned", [("2015-07-25", True), ("2015-08-08", False)])
def test_a_well_known_events_own_date_says_whether_it_is_to_come(nlp, date, planned):
    # the text's tense says otherwise both times: its own date decides
    doc = run(nlp, "وشارك الرئيس عمر البشير في حفل افتتاح قناة السويس الجديدة.", date)
    event = doc._.entities["event:new-suez-canal-opening"]
    assert bool(event["props"].get("planned")) is planned
    assert {f["modality"] for f in doc._.facts if f["predicate"] == "ATTENDED"} == {"planned" if planned else "asserted"}


def test_a_well_known_event_without_a_listed_place_keeps_the_place_its_text_gives(nlp):
    doc = run(nlp, "وأقيم أمس حفل افتتاح قناة السويس الجديدة في مدينة الإسماعيلية.", "2015-08-07")
    assert doc._.entities["event:new-suez-canal-opening"]["props"].get("country") == "EG"
    assert [f["object"] for f in doc._.facts if f["predicate"] == "HELD_IN"] == ["EG"]
