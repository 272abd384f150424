"""Facts read off an event's own phrase (relations._event_facts), on sentences written for these tests."""


def facts_and_event(nlp, text: str):
    doc = nlp(text)
    keys = {s._.key for s in doc.spans["events"]}
    assert len(keys) == 1, keys
    return {(f["predicate"], f["subject"], f["object"]) for f in doc._.facts}, keys.pop()


def test_the_council_named_as_meeting_takes_part_and_is_no_organiser(nlp):
    got, ev = facts_and_event(nlp, "بدأ اجتماع مجلس الأمن الدولي في نيويورك أمس لبحث أوضاع اللاجئين.")
    assert ("ATTENDED", "org:un-security-council", ev) in got
    assert not any(p == "ORGANIZED" for p, _, _ in got)


def test_an_organisations_own_summit_names_no_organiser_nor_attendant(nlp):
    got, ev = facts_and_event(nlp, "انطلقت قمة منظمة التعاون الإسلامي في داكار أمس.")
    assert not any(s == "org:oic" for _, s, _ in got)


def test_an_organiser_needs_the_text_to_say_it_organised(nlp):
    got, ev = facts_and_event(nlp, "نظمت منظمة التعاون الإسلامي اجتماعا لوزراء الخارجية في جدة.")
    assert ("ORGANIZED", "org:oic", ev) in got
