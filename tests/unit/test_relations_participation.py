"""Participation classes of athar_relations (round 2) on sentences written for these tests: the head
of a delegation attends the event, he does not chair it."""


def facts(nlp, text: str) -> list[dict]:
    return nlp(text)._.facts


def test_who_heads_his_countrys_delegation_attends_and_does_not_chair(nlp):
    got = facts(nlp, "يترأس وزير التجارة المغربي محمد العلوي وفد بلاده إلى المؤتمر الوزاري لمنظمة التجارة العالمية في جنيف.")
    attended = [f for f in got if f["predicate"] == "ATTENDED" and f["subject"].startswith("person:")]
    assert attended and attended[0]["props"]["basis"] == "heads_delegation"
    assert not any(f["predicate"] == "CHAIRED" for f in got)


def test_a_preposed_head_of_delegation_attends(nlp):
    got = facts(nlp, "وكان الرئيس الكيني أوهورو كينياتا يترأس وفد بلاده في قمة الاتحاد الأفريقي بأديس أبابا.")
    assert any(f["predicate"] == "ATTENDED" and f["subject"] != "KE" and f["props"]["basis"].startswith("heads_delegation")
               for f in got)


def test_a_delegation_headed_by_someone_is_no_heads_delegation_fact(nlp):
    got = facts(nlp, "وصل وفد برئاسة وزير الخارجية إلى الرياض للمشاركة في القمة الخليجية.")
    assert not any(f["props"].get("basis", "").startswith("heads_delegation") for f in got)


def test_the_subject_of_a_relative_clause_that_takes_the_event_back_organized_it(nlp):
    got = facts(nlp, "وأشاد الوزير بنتائج المؤتمر الدولي للمانحين الذي نظمته الكويت في نوفمبر الماضي.")
    assert any(f["predicate"] == "ORGANIZED" and f["subject"] == "KW" and f["props"]["basis"] == "organize_relative_clause"
               for f in got)


def test_a_passive_relative_clause_names_no_organizer(nlp):
    got = facts(nlp, "وانتقد الحزب المؤتمر الاقتصادي الذي عقد في القاهرة الشهر الماضي.")
    assert not any(f["predicate"] == "ORGANIZED" for f in got)
