"""Events and relations, tested on sentences written for these tests: «في معرض حديثه/الخوض» is 'in the course of',
no exhibition; «بحضور» after a military operation named in a clause is the guest of the clause's act, not of the
operation; a meeting told with the clause that gathered its parties is no later meeting of the sentence; a title in
parentheses after بعنوان is the event's as a quoted one is, unless a work (أوبريت، موضوع) stands before the cue; a
title written with a preposition after a comma («هادي، لمبعوث الأمين العام») is not the person's."""
from event_mentions import dated_events, dated_pairs


def test_in_the_course_of_is_no_exhibition(nlp):
    text = "لست هنا اليوم في معرض الخوض حول مدى مصداقية التسريبات الأخيرة المتعلقة بالمملكة العربية السعودية."
    assert dated_events(nlp, text) == []


def test_nobody_attends_a_military_operation_with_bihudur(nlp):
    text = ("وكرمت إدارة المستشفى منسوبيها ممن شاركوا في عملية «عاصفة الحزم»، بحضور مدير المستشفى الدكتور "
            "سالم الغامدي.")
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_a_meeting_told_with_its_gathering_clause_is_not_the_meetings_named_after_it(nlp):
    text = ("وأوضح المصدر أن محاور اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره الروسي سيرغي لافروف "
            "والأميركي جون كيري في العاصمة القطرية الدوحة أخيرا ستكون على الطاولة مجددا في لقاءات الجبير في روسيا.")
    assert not any("الجبير" in e for _, e in dated_pairs(nlp, text, "ATTENDED"))


def test_a_title_in_parentheses_after_bianwan_names_the_event(nlp):
    events = dated_events(nlp, "ونظمت الجامعة ندوة بعنوان (الإعلام والإرهاب) في الرياض أمس.")
    assert [e["props"].get("title") for e in events] == ["الإعلام والإرهاب"]


def test_a_title_after_a_work_is_the_works_not_the_events(nlp):
    text = "وقال إن الحفل سيبدأ يوم السبت، وسيكون هناك أوبريت بعنوان «مجد البلاد» يبث على الهواء."
    assert [e["props"].get("title") for e in dated_events(nlp, text)] in ([], [None])


def test_a_title_with_a_preposition_after_a_comma_is_not_the_persons(nlp):
    text = "وقدم الرئيس عبدربه منصور هادي، لمبعوث الأمين العام للأمم المتحدة، شرحا عن الأوضاع في اليمن."
    assert ("عبد ربه منصور هادي", "الأمم المتحدة") not in dated_pairs(nlp, text, "AFFILIATED_WITH")
    text = "وقال إسماعيل ولد الشيخ أحمد، مبعوث الأمين العام للأمم المتحدة، إن المحادثات مستمرة."
    assert ("إسماعيل ولد الشيخ أحمد", "الأمم المتحدة") in dated_pairs(nlp, text, "AFFILIATED_WITH")
