"""Relations, tested on sentences written for these tests: a participation told as a possibility (إمكانية،
احتمال، ربما) is planned even when the event itself is told as held; a clause joined by «، حيث» or «، و» takes
the one actor of the clause before; a body's members listed after a meeting with it did not attend it."""
import pytest

from event_mentions import dated_doc, dated_pairs


def _attended_modality(nlp, text):
    doc = dated_doc(nlp, text)
    return {f["modality"] for f in doc._.facts if f["predicate"] == "ATTENDED"}


@pytest.mark.parametrize("text", [
    "وأثار الخلاف شكوكا في إمكانية مشاركة حركة حماس في المحادثات التي بدأت أمس في القاهرة.",
    "ولا يستبعد المراقبون احتمال مشاركة إيران في المؤتمر الذي عقد أمس في جنيف.",
])
def test_a_possible_participation_in_a_held_event_is_planned(nlp, text):
    assert _attended_modality(nlp, text) == {"planned"}


def test_a_participation_in_a_held_event_is_asserted(nlp):
    text = "وشاركت حركة حماس في المحادثات التي بدأت أمس في القاهرة."
    assert _attended_modality(nlp, text) == {"asserted"}


@pytest.mark.parametrize("text, person", [
    ("ووصل وزير الخارجية عادل الجبير إلى القاهرة أمس، حيث شارك في اجتماع وزراء الخارجية العرب.", "عادل الجبير"),
    ("وغادر الرئيس محمود عباس إلى نيويورك، وسيشارك في اجتماعات الجمعية العامة للأمم المتحدة.", "محمود عباس"),
])
def test_a_linked_clause_takes_the_one_actor_of_the_clause_before(nlp, text, person):
    assert person in {s for s, _ in dated_pairs(nlp, text, "ATTENDED")}


def test_a_linked_clause_after_two_actors_takes_none(nlp):
    text = "والتقى وزير الخارجية عادل الجبير نظيره المصري سامح شكري، حيث شارك في اجتماع وزراء الخارجية العرب."
    doc = dated_doc(nlp, text)
    assert not [f for f in doc._.facts if f["predicate"] == "ATTENDED"
                and f["props"].get("basis") == "attend_linked_clause_subject"]


def test_the_members_of_a_body_a_meeting_is_with_did_not_attend_it(nlp):
    text = ("ويعتزم الوزير زيارة الدوحة الشهر المقبل للاجتماع مع مجلس التعاون لدول الخليج العربية الذي يضم السعودية "
            "والإمارات والبحرين والكويت وعمان وقطر.")
    doc = dated_doc(nlp, text)
    assert not [f for f in doc._.facts if f["predicate"] == "ATTENDED" and f["subject"] in ("KW", "BH", "OM")]


def test_a_meeting_that_gathered_two_presidents_was_attended_by_both(nlp):
    text = "وعقد في الرياض أمس اللقاء الذي جمع الرئيس عبد الفتاح السيسي بالرئيس فلاديمير بوتين."
    assert {s for s, _ in dated_pairs(nlp, text, "ATTENDED")} >= {"عبد الفتاح السيسي", "فلاديمير بوتين"}
