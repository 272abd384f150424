"""Events, tested on sentences written for these tests: a person named after بحضور/بمشاركة was present at a
meeting that a verb tells; the meeting is between the verb's own two parties."""
from event_mentions import dated_doc, dated_pairs


def test_a_person_present_is_no_party_of_the_meeting(nlp):
    text = ("وصل وزير الخارجية عادل الجبير إلى موسكو أمس للقاء وزير الخارجية الروسي سيرغي لافروف. وكان الجبير قد "
            "التقى لافروف في الدوحة الأسبوع الماضي بحضور وزير الخارجية الأمريكي جون كيري.")
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert ("جون كيري", "لقاء عادل الجبير وسيرغي لافروف") in attended
    assert ("عادل الجبير", "لقاء عادل الجبير وسيرغي لافروف") in attended
    assert not any("كيري" in event for _, event in attended)


def test_the_two_parties_after_the_verb_still_meet(nlp):
    text = "والتقى وزير الخارجية عادل الجبير نظيره الروسي سيرغي لافروف في الدوحة أمس بمشاركة السفير فهد العتيبي."
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert ("سيرغي لافروف", "لقاء عادل الجبير وسيرغي لافروف") in attended


def test_a_quoted_name_inside_an_events_name_keeps_both_its_quotes(nlp):
    text = "وتحدث الوزير في نيويورك أمس أمام مؤتمر لمنظمة «ناشيونال أوروبان ليغ»، وقال إن البطالة تراجعت."
    events = {event for event, _ in dated_pairs(nlp, text, "HELD_IN")}
    assert any("«ناشيونال أوروبان ليغ»" in event for event in events)


def test_an_events_quoted_title_loses_its_quotes(nlp):
    text = "وانطلقت أمس في الرياض عملية «الحزم الأخير» بمشاركة قوات التحالف."
    assert all("«" not in event and "»" not in event for event, _ in dated_pairs(nlp, text, "HELD_IN"))


def test_a_call_for_the_necessity_of_holding_a_sitting_tells_none_held(nlp):
    text = "ودعا النائب وائل أبو فاعور إلى ضرورة عقد جلسة لمجلس النواب، وفتح باب التشريع."
    doc = dated_doc(nlp, text)
    assert [f for f in doc._.facts if f["predicate"] == "ATTENDED"] and all(
        f["modality"] == "planned" for f in doc._.facts if f["predicate"] == "ATTENDED")


def test_a_sitting_held_is_still_held(nlp):
    doc = dated_doc(nlp, "وعقد مجلس النواب جلسة أمس ناقش فيها الموازنة.")
    assert any(f["predicate"] == "ATTENDED" and f["modality"] == "asserted" for f in doc._.facts)
