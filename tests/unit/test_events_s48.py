"""Events, tested on sentences written for these tests: a person named after بحضور/بمشاركة was present at a
meeting that a verb tells; the meeting is between the verb's own two parties."""
from event_mentions import dated_pairs


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
