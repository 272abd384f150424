"""Linguistic classes of the event relations (ATTENDED, HOSTED, ORGANIZED) and the modality of scheduled facts,
on sentences written for these tests: who meets someone during an event, holds a meeting with someone, joins talks,
witnesses a ceremony; a clause that takes the event back with its object pronoun; events joined by "و"; a host at
its seat; and what such sentences must not make (an organisation joined, a place that "witnesses", a title's state,
a name before a comma)."""


def facts(nlp, text: str, predicate: str | None = None) -> list[dict]:
    return [f for f in nlp(text)._.facts if predicate is None or f["predicate"] == predicate]


def names(nlp, text: str, predicate: str) -> dict[str, dict]:
    doc = nlp(text)
    reg = {e._.key: e.text for e in doc.ents}
    return {reg.get(f["subject"], f["subject"]): f for f in doc._.facts if f["predicate"] == predicate}


# --- a meeting held with someone: both take part ---------------------------------------------------------------

def test_who_holds_talks_with_someone_and_that_someone_attend(nlp):
    got = names(nlp, "أجرى وزير الخارجية السعودي عادل الجبير محادثات مع نظيره الروسي سيرغي لافروف في موسكو.", "ATTENDED")
    assert {"عادل الجبير", "سيرغي لافروف"} <= set(got)
    assert not facts(nlp, "أجرى وزير الخارجية السعودي عادل الجبير محادثات مع نظيره الروسي سيرغي لافروف في موسكو.",
                     "ORGANIZED")


def test_a_meeting_held_with_a_president_is_attended_by_both(nlp):
    got = names(nlp, "وعقد وزير الخارجية الأميركي جون كيري اجتماعا مع الرئيس المصري عبد الفتاح السيسي في القاهرة.",
                "ATTENDED")
    assert {"جون كيري", "عبد الفتاح السيسي"} <= set(got)
    assert {f["props"]["basis"] for f in got.values()} == {"held_with", "held_with_partner"}


def test_a_press_conference_or_an_agreement_with_someone_is_no_meeting_attended(nlp):
    assert not facts(nlp, "وعقد الرئيس الفرنسي فرانسوا هولاند مؤتمرا صحفيا مع المستشارة الألمانية أنغيلا ميركل.",
                     "ATTENDED")
    assert not facts(nlp, "وعقدت مصر اتفاقا مع الأردن لتوريد الغاز.", "ATTENDED")


def test_a_state_holding_talks_attends_them(nlp):
    got = facts(nlp, "أجرت قطر مشاورات في موسكو أمس.", "ATTENDED")
    assert [f["subject"] for f in got] == ["QA"]


# --- meeting someone during an event -----------------------------------------------------------------------------

def test_who_meet_during_a_meeting_attend_it(nlp):
    got = names(nlp, "والتقى وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف خلال الاجتماع الوزاري "
                     "لمجلس التعاون الخليجي في الدوحة.", "ATTENDED")
    assert {"عادل الجبير", "سيرغي لافروف"} <= set(got)
    assert got["عادل الجبير"]["props"]["basis"] == "meeting_during_event"


def test_a_sentence_opening_with_during_the_summit_puts_the_talks_at_it(nlp):
    got = names(nlp, "وخلال القمة العربية في شرم الشيخ، بحث الرئيس عبد الفتاح السيسي مع الملك عبدالله الثاني "
                     "العلاقات الثنائية.", "ATTENDED")
    assert {"عبد الفتاح السيسي", "عبدالله الثاني"} <= set(got)


def test_a_meeting_that_discusses_another_event_does_not_attend_it(nlp):
    got = facts(nlp, "والتقى وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف، وبحثا نتائج المؤتمر "
                     "الاقتصادي الذي عقد في شرم الشيخ.", "ATTENDED")
    assert not any(f["props"]["basis"] == "meeting_during_event" for f in got)


def test_an_envoy_to_a_country_met_during_a_conference_is_no_attendance_of_that_country(nlp):
    got = facts(nlp, "والتقى وزير الخارجية عادل الجبير المبعوث الأممي إلى اليمن خلال مؤتمر المانحين في الكويت.",
                "ATTENDED")
    assert not any(f["subject"] == "YE" for f in got)


def test_a_nationality_adjective_does_not_make_its_state_meet(nlp):
    got = facts(nlp, "والتقى المدرب الروماني للمنتخب لاعبي الفريق خلال الاجتماع الفني للبطولة.", "ATTENDED")
    assert not any(f["subject"] == "RO" for f in got)


# --- an object pronoun takes the event back ------------------------------------------------------------------------

def test_a_joined_clause_with_an_object_pronoun_attends_the_event_before_it(nlp):
    text = ("أقامت هيئة الري والصرف بالأحساء، حفل تكريم المتقاعدين في مقر الهيئة، وحضره مدير عام الهيئة المهندس أحمد الجغيمان.")
    assert "أحمد الجغيمان" in names(nlp, text, "ATTENDED")
    assert any(f["props"]["basis"] == "organize_verb_subject" for f in facts(nlp, text, "ORGANIZED"))


def test_an_object_pronoun_does_not_reach_across_a_sentence_break(nlp):
    got = facts(nlp, "أقامت هيئة الري والصرف حفل معايدة في مقر الهيئة؛ وحضره مدير عام الهيئة المهندس أحمد الجغيمان.",
                "ATTENDED")
    assert not any(f["props"]["basis"] == "attend_object_pronoun" for f in got)


# --- witnessing, joining ------------------------------------------------------------------------------------------

def test_a_person_who_witnesses_a_ceremony_attends_it(nlp):
    # the ceremony is placed by its own phrase: the region in the prince's title says where he governs, not where
    # the ceremony is
    got = names(nlp, "شهد الحفل في المدينة المنورة أمس صاحب السمو الملكي الأمير فيصل بن سلمان أمير منطقة المدينة المنورة.",
                "ATTENDED")
    assert "فيصل بن سلمان" in got and got["فيصل بن سلمان"]["props"]["basis"] == "witness_verb_subject"


def test_a_place_or_state_that_witnesses_events_attends_nothing(nlp):
    assert not facts(nlp, "وشهدت السعودية مؤتمرا دوليا للطاقة في الرياض العام الماضي.", "ATTENDED")
    assert not facts(nlp, "وشهدت مدينة جدة حفلا كبيرا بمناسبة العيد.", "ATTENDED")


def test_who_joins_talks_takes_part_in_them(nlp):
    got = names(nlp, "وانضم وزير الخارجية الإيطالي باولو جنتلوني أمس الجمعة إلى المشاورات الليبية في الجزائر.", "ATTENDED")
    assert got["باولو جنتلوني"]["props"]["basis"] == "join_event_subject"


def test_joining_an_organisation_is_membership_not_attendance(nlp):
    got = facts(nlp, "انضمت فرنسا إلى التحالف الدولي ضد داعش.")
    assert not any(f["predicate"] == "ATTENDED" for f in got)
    assert any(f["predicate"] == "MEMBER_OF" and f["subject"] == "FR" for f in got)


# --- coordinated events, preposed subjects ----------------------------------------------------------------------

def test_a_state_takes_part_in_both_coordinated_operations(nlp):
    got = facts(nlp, "وشاركت الإمارات منذ البداية في عمليتي «عاصفة الحزم» و«إعادة الأمل» في اليمن.", "ATTENDED")
    assert len({f["object"] for f in got if f["subject"] == "AE"}) == 2


def test_an_event_after_another_verb_is_not_coordinated(nlp):
    got = facts(nlp, "وشاركت الإمارات في عملية «عاصفة الحزم» ثم انتقدت «إعادة الأمل».", "ATTENDED")
    assert len({f["object"] for f in got if f["subject"] == "AE"}) == 1


def test_a_name_before_a_comma_and_a_joined_verb_is_not_its_subject(nlp):
    text = ("أقام فريق التطوع حفل تكريم للمتطوعين في قاعة جمعية البر الخيرية بالرياض، وقد حضر الحفل جمع من الأهالي.")
    assert not facts(nlp, text, "ATTENDED")


def test_a_subject_right_before_its_verb_still_attends(nlp):
    got = names(nlp, "وزير الخارجية المغربي ناصر بوريطة يشارك في المؤتمر الدولي بباريس.", "ATTENDED")
    assert "ناصر بوريطة" in got


def test_an_honorific_before_a_name_is_no_gap(nlp):
    got = names(nlp, "أقامت الشؤون الصحية بوزارة الحرس الوطني بالرياض أمس الحفل السنوي لتكريم المتقاعدين، بحضور "
                     "سعادة الأستاذ محمد العريج.", "ATTENDED")
    assert "محمد العريج" in got


# --- organised: held, sponsored, waged ------------------------------------------------------------------------------

def test_held_sponsored_and_waged_events_are_organised(nlp):
    assert names(nlp, "أقامت جمعية الهلال الأحمر السعودي أمس حفلا لتكريم المتطوعين.", "ORGANIZED")
    assert names(nlp, "المؤتمر الذي ترعاه الأمم المتحدة في جنيف.", "ORGANIZED")
    got = facts(nlp, "وتتواصل عملية «السهم الذهبي» التي يشنها التحالف العربي في عدن.", "ORGANIZED")
    assert got


def test_residing_or_grazing_organises_nothing(nlp):
    assert not facts(nlp, "أقام الوزير في الرياض عشرين عاما قبل أن يعود إلى القاهرة.", "ORGANIZED")
    assert not facts(nlp, "ورعى الأمير خالد الفيصل مصالح أهل المنطقة طوال عقود.", "ORGANIZED")


# --- a host at its seat, a planned host in a relative clause ----------------------------------------------------

def test_an_organisation_whose_seat_holds_a_meeting_hosts_it(nlp):
    got = facts(nlp, "وعقد الاجتماع الوزاري في مقر جامعة الدول العربية بالقاهرة أمس.", "HOSTED")
    assert any(f["subject"] == "org:arab-league" and f["props"]["basis"] == "host_headquarters" for f in got)


def test_a_seat_moved_or_not_written_as_a_place_hosts_nothing(nlp):
    got = facts(nlp, "وناقش الاجتماع الوزاري نقل مقر جامعة الدول العربية إلى تونس.", "HOSTED")
    assert not any(f["props"]["basis"] == "host_headquarters" for f in got)


def test_a_host_after_it_is_expected_that_is_planned(nlp):
    text = ("وبحث الوزيران المشاورات السورية في جنيف، تمهيدا للجولة الثالثة من المشاورات التي من المنتظر أن "
            "تستضيفها موسكو في الخريف.")
    got = facts(nlp, text, "HOSTED")
    assert any(f["subject"] == "RU" and f["modality"] == "planned" and f["props"]["basis"] != "place" for f in got)


# --- modality of scheduled facts ----------------------------------------------------------------------------------

def test_a_present_tense_attendance_with_tomorrow_is_planned(nlp):
    got = names(nlp, "يشارك وزير الخارجية المغربي ناصر بوريطة غدا في المؤتمر الدولي بباريس.", "ATTENDED")
    assert got["ناصر بوريطة"]["modality"] == "planned"


def test_a_delegation_to_meetings_that_begin_tomorrow_is_planned(nlp):
    got = facts(nlp, "يترأس الدكتور إبراهيم العساف وزير المالية وفد المملكة في اجتماعات المجلس الوزاري لصندوق "
                     "الأوبك للتنمية الدولية التي تبدأ أعمالها غدا في فيينا.", "ATTENDED")
    got = [f for f in got if f["props"]["basis"] == "heads_delegation"]
    assert got and all(f["modality"] == "planned" for f in got)


def test_a_past_attendance_stays_asserted(nlp):
    got = names(nlp, "شارك وزير الخارجية المغربي ناصر بوريطة أمس في المؤتمر الدولي بباريس.", "ATTENDED")
    assert got["ناصر بوريطة"]["modality"] == "asserted"


def test_a_present_tense_attendance_without_a_time_word_stays_asserted(nlp):
    got = names(nlp, "ويشارك وزير الخارجية المغربي ناصر بوريطة في المؤتمر الدولي المنعقد في باريس.", "ATTENDED")
    assert got["ناصر بوريطة"]["modality"] == "asserted"


def test_the_noun_that_names_a_group_holds_no_meeting(nlp):
    got = facts(nlp, "أعلن وزير الخارجية التركي مولود تشاوش أوغلو أن بلاده ستبدأ بمحاربة تنظيم «داعش» في شمال سوريا، "
                     "خلال لقاء مع نظيره الأمريكي جون كيري في ماليزيا.", "ATTENDED")
    assert not any(f["subject"] == "org:isis" for f in got)


def test_a_committee_of_a_council_organises_alone(nlp):
    got = facts(nlp, "نظمت لجنة الإغاثة العامة بالمجلس الإسلامي العالمي للدعوة والإغاثة بالقاهرة، ندوة «إغاثة "
                     "المنكوبين».", "ORGANIZED")
    assert len(got) == 1


def test_a_list_before_a_plural_relative_pronoun_attends(nlp):
    text = ("نظمت جامعة الملك سعود ندوة علمية عن الأمن المائي في الرياض. وكان من بين المتحدثين محمد الواكد، "
            "عبدالله الشامخ، يوسف السالم، يونس العليوي، الذين شاركوا جميعا في الندوة بأوراق علمية.")
    got = names(nlp, text, "ATTENDED")
    assert "يونس العليوي" in got


def test_a_speech_delivered_at_an_event_is_its_own_class(nlp):
    got = names(nlp, "وألقى وزير الخارجية عادل الجبير كلمة أمام المؤتمر الدولي للمانحين في الكويت.", "ATTENDED")
    assert got["عادل الجبير"]["props"]["basis"] == "speech_at_event"


def test_saying_when_an_event_will_be_held_is_no_speech_at_it(nlp):
    got = facts(nlp, "وقال وزير الخارجية عادل الجبير إن المؤتمر الدولي للمانحين في الكويت سيعقد الشهر المقبل.", "ATTENDED")
    assert not any(f["props"]["basis"] == "speech_at_event" for f in got)


def test_a_meeting_in_a_visit_does_not_attend_what_was_agreed_during_it(nlp):
    text = ("وقعت الرياض والقاهرة اتفاقية دفاع مشترك عام 1955. الأمير محمد بن سلمان يزور القاهرة ويلتقي بالرئيس "
            "عبد الفتاح السيسي، تم خلال الزيارة الاتفاق على تشكيل لجنة عسكرية مشتركة.")
    assert not any(f["props"]["basis"] == "meeting_during_event" for f in facts(nlp, text, "ATTENDED"))


def test_a_speaker_during_his_own_participation_attends(nlp):
    got = names(nlp, "وقال وزير الخارجية عادل الجبير خلال مشاركته في المؤتمر الدولي للمانحين في الكويت إن المملكة "
                     "ستواصل دعمها.", "ATTENDED")
    assert got["عادل الجبير"]["props"]["basis"] == "speaker_own_participation"


def test_whom_someone_meets_during_his_own_participation_is_not_said_to_attend(nlp):
    doc = nlp("والتقى وزير الخارجية عادل الجبير نظيره الروسي سيرغي لافروف خلال مشاركته في القمة العربية بشرم الشيخ.")
    summit = next(s._.key for s in doc.spans["events"] if "القمة" in s.text)
    at_summit = {f["subject"] for f in doc._.facts if f["predicate"] == "ATTENDED" and f["object"] == summit}
    assert "person:عادل_الجبير" in at_summit and "person:سيرغي_لافروف" not in at_summit     # he attends their meeting only
