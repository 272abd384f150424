"""Recall classes of athar_relations on sentences written for these tests: a plural verb after a list of
participants, a resumptive "وشارك فيها" some words after its event, "بحضور" continuing a list of
participants, "مثّل بلاده في", and titles of roles.json (deputy governor, permanent secretary, emperor)."""


def attended(nlp, text: str) -> dict[str, str]:
    """Attendee key -> basis of the ATTENDED facts of a text."""
    return {f["subject"]: f["props"]["basis"] for f in nlp(text)._.facts if f["predicate"] == "ATTENDED"}


def affiliations(nlp, text: str) -> set[tuple[str, str]]:
    return {(f["subject"], f["object"]) for f in nlp(text)._.facts if f["predicate"] == "AFFILIATED_WITH"}


def test_a_plural_verb_takes_the_whole_list_of_participants_before_it(nlp):
    got = attended(nlp, "وذكرت الصحيفة أن كلا من الرئيس ماكي سال والرئيس محمدو إيسوفو ورئيس الوزراء عبد الله حمدوك "
                        "سيشاركون في القمة الأفريقية المقبلة.")
    assert {k for k, b in got.items() if b == "attend_verb_preposed_list"} == {
        "person:ماكي_سال", "person:محمدو_ايسوفو", "person:عبد_الله_حمدوك"}


def test_a_singular_verb_keeps_only_its_nearest_subject(nlp):
    got = attended(nlp, "وكان الرئيس ماكي سال والرئيس محمدو إيسوفو في الرياض، ويشارك سال في القمة الأفريقية المقبلة.")
    assert not any(b == "attend_verb_preposed_list" for b in got.values())


def test_a_resumptive_verb_some_words_after_its_event_and_the_attendance_noun_after_its_list(nlp):
    got = attended(nlp, "وتأتي القمة بعد قمة مماثلة عقدت في العاصمة الكينية نيروبي قبل أسبوع، وشارك فيها الرؤساء الثلاثة "
                        "ووزير الخارجية المصري سامح شكري بحضور الرئيس الفرنسي إيمانويل ماكرون.")
    assert got.get("person:سامح_شكري") == "attend_resumptive"
    assert got.get("person:ايمانويل_ماكرون") == "attend_noun_chained"


def test_an_attendance_noun_far_from_any_attendance_list_reads_nothing_new(nlp):
    got = attended(nlp, "وعقدت القمة في نيروبي الأسبوع الماضي لبحث الأزمة في المنطقة وسبل تمويل قوة حفظ السلام الأفريقية "
                        "بحضور الرئيس الفرنسي إيمانويل ماكرون.")
    assert "attend_noun_chained" not in got.values()


def test_who_represents_his_country_at_an_event_attends_it(nlp):
    got = attended(nlp, "وأشار التقرير إلى أن خالد المنصور رئيس الصندوق الكويتي للتنمية، الذي مثل بلاده في المؤتمر "
                        "الوزاري لمنظمة التجارة العالمية، أكد الموافقة على القروض.")
    assert got.get("person:خالد_المنصور") == "represent_country_relative"
    got = attended(nlp, "ويمثل الأمير فيصل بن فرحان المملكة في القمة العربية المقبلة.")
    assert got.get("person:فيصل_بن_فرحان") == "represent_country_subject"


def test_to_be_like_or_to_constitute_is_no_representation(nlp):
    assert not attended(nlp, "وقال الوزير إن الإرهاب يمثل تهديدا للمنطقة في المؤتمر الوزاري لمنظمة التجارة العالمية.")


def test_titles_of_deputies_secretaries_and_emperors_tie_their_holder(nlp):
    assert ("person:سليمان_الراشد", "org:sama") in affiliations(
        nlp, "وأكد سليمان الراشد؛ نائب محافظ مؤسسة النقد العربي السعودي، أن البنوك ملتزمة بالقواعد.")
    got = affiliations(nlp, "ونقلت الوكالة عن السكرتير الدائم بوزارة الخارجية الكينية بيتر أومولو أن الرئيس سيحضر.")
    assert ("person:بيتر_اومولو", "KE") in got
    assert ("person:هيروهيتو", "JP") in affiliations(nlp, "وزار القناة الإمبراطور الياباني هيروهيتو.")
    assert ("person:فلاديمير_سافونوف", "RU") in affiliations(
        nlp, "وكان فلاديمير سافونوف المبعوث الشخصي للرئيس الروسي، قد أشار إلى أن موسكو مستعدة للحوار.")


def test_actors_added_to_an_unnamed_postposed_subject_attend(nlp):
    got = attended(nlp, "وشارك في اجتماع رؤساء أجهزة الأمن في موسكو 80 وفداً من 60 دولة، إلى جانب وفود من الأمم المتحدة "
                        "والاتحاد الأوروبي.")
    assert got == {"org:un": "attend_verb_alongside", "org:eu": "attend_verb_alongside"}


def test_a_title_left_without_its_name_is_no_gap_and_its_adjective_attends_nothing(nlp):
    got = attended(nlp, "وبدأت في القاهرة أمس اجتماعات الجولة الخامسة للجنة الوطنية الفنية الثلاثية، بمشاركة وزير الري "
                        "والمياه المصري هاني سويلم، والسوداني ياسر عباس.")
    assert {"person:هاني_سويلم", "person:ياسر_عباس"} <= set(got)
    assert "EG" not in got and "SD" not in got


def test_members_in_apposition_after_a_quoted_name_and_one_more_after_bil_idafa(nlp):
    got = {(f["subject"], f["object"]) for f in nlp(
        "وقال الوزير إن دول مجموعة «بريكس»، وهي البرازيل وروسيا والهند والصين بالإضافة إلى جنوب أفريقيا، ستجتمع في موسكو."
    )._.facts if f["predicate"] == "MEMBER_OF"}
    assert got == {(s, "org:brics") for s in ("BR", "RU", "IN", "CN", "ZA")}


def test_a_portfolio_between_a_title_and_its_name_keeps_them_together(nlp):
    assert ("person:تارو_كونو", "JP") in affiliations(
        nlp, "وألقى وزير الدولة الياباني للاقتصاد والتخطيط تارو كونو كلمة في المنتدى.")


def test_an_indirect_object_after_a_title_is_no_portfolio(nlp):
    got = affiliations(nlp, "وقال وزير الخارجية المصري للصحفيين إن خالد العمر سيحضر الاجتماع.")
    assert not any(s == "person:خالد_العمر" for s, _ in got)


def test_who_opens_an_event_attends_it(nlp):
    got = attended(nlp, "وافتتح وزير الاقتصاد المغربي نادية فتاح أعمال المنتدى الاقتصادي المغربي الإسباني في مدريد.")
    assert got.get("person:ناديه_فتاح") == "opened_verb_subject"
    got = attended(nlp, "وشارك قادة العالم في المؤتمر الدولي للمناخ الذي افتتحه الرئيس الفرنسي إيمانويل ماكرون في باريس.")
    assert got.get("person:ايمانويل_ماكرون") == "opened_relative_clause"


def test_opening_a_branch_is_no_attendance(nlp):
    assert not attended(nlp, "وافتتحت الشركة فرعا جديدا في دبي خلال المعرض.")


def test_a_state_just_before_the_verb_does_not_head_a_delegation(nlp):
    got = attended(nlp, "وكانت أول زيارة يقوم بها الوزير إلى مصر، ترأس خلالها وفد بلاده إلى القمة العربية في شرم الشيخ.")
    assert "EG" not in got


def test_an_object_pronoun_takes_the_event_of_its_relative_clause_back(nlp):
    got = attended(nlp, "وأشاد الوزير بنتائج مؤتمر المانحين الدولي الثالث الذي حضره وزير الخارجية الكويتي أحمد ناصر المحمد.")
    assert got.get("person:احمد_ناصر_المحمد") == "attend_relative_clause"


def test_a_body_whose_name_names_its_parent_organisation_is_part_of_it(nlp):
    assert ("org:au-commission", "org:african-union") in affiliations(
        nlp, "وقالت رئيسة مفوضية الاتحاد الأفريقي إن الاتحاد الأفريقي سيرسل قوات إلى الصومال.")


def test_a_parent_the_name_does_not_say_makes_no_affiliation(nlp):
    assert ("org:un-security-council", "org:un") not in affiliations(
        nlp, "وعقد مجلس الأمن الدولي جلسة طارئة بطلب من الأمم المتحدة.")


def test_a_member_inside_the_relative_clause_of_its_organisation(nlp):
    got = {(f["subject"], f["object"], f["props"]["basis"]) for f in nlp(
        "وتطالب المحكمة الجنائية الدولية التي تعد كينيا عضوا فيها بتوقيف المتهم.")._.facts if f["predicate"] == "MEMBER_OF"}
    assert got == {("KE", "org:icc", "member_relative_clause")}


def test_whom_a_meeting_brought_together_attended_it(nlp):
    got = attended(nlp, "وجاء ذلك خلال اجتماع وزاري في عمّان جمع وزير الخارجية الأردني أيمن الصفدي بنظيره المصري سامح شكري.")
    assert got == {"person:ايمن_الصفدي": "event_gathered", "person:سامح_شكري": "event_gathered"}


def test_a_second_title_coordinated_after_a_name_is_the_same_persons(nlp):
    got = affiliations(nlp, "وقال خالد المنصور، وزير الخارجية البحريني والمبعوث الخاص للأمم المتحدة، إن الحوار مستمر.")
    assert {("person:خالد_المنصور", "BH"), ("person:خالد_المنصور", "org:un")} <= got


def test_an_office_of_another_state_or_the_same_office_again_is_someone_elses(nlp):
    assert ("person:سامح_شكري", "JO") not in affiliations(
        nlp, "وحضر اللقاء سامح شكري، وزير الخارجية المصري ورئيس الوزراء الأردني.")
    assert ("person:سامح_شكري", "JO") not in affiliations(
        nlp, "وحضر اللقاء سامح شكري، وزير الخارجية المصري ووزير الخارجية الأردني.")


def test_the_actor_a_relative_pronoun_describes_attends(nlp):
    got = attended(nlp, "وأشاد الوزير بالرئيس التونسي قيس سعيد الذي شارك في المؤتمر الدولي للمناخ في باريس.")
    assert got.get("person:قيس_سعيد") == "attend_relative_subject"


def test_a_demonym_before_a_relative_pronoun_attends_nothing(nlp):
    assert not attended(nlp, "وأشاد الوزير بالمدرب المصري الذي شارك في المؤتمر الدولي للمناخ في باريس.")


def test_a_states_delegation_praised_by_a_minister_attends(nlp):
    # (the praised delegation is no complement of the bare title before it: «الوزير بالوفد»)
    got = attended(nlp, "وأشاد الوزير بالوفد المصري الذي شارك في المؤتمر الدولي للمناخ في باريس.")
    assert got == {"EG": "delegation_to_event"}


def test_a_second_relative_clause_describes_the_event_of_the_first(nlp):
    facts = [f for f in nlp("وجاءت الزيارة بعد لقاءات الدوحة التي جرت على هامش اجتماعات وزراء خارجية مجلس التعاون "
                            "الخليجي والتي شارك فيها وزير الخارجية الروسي سيرغي لافروف.")._.facts
             if f["predicate"] == "ATTENDED" and f["subject"] == "person:سيرغي_لافروف"]
    assert len(facts) == 1 and facts[0]["props"]["basis"] == "attend_resumptive"


def test_what_a_relative_clause_says_of_its_event_is_not_the_report_around_it(nlp):
    facts = {f["subject"]: f["modality"] for f in nlp(
        "وقالت الوكالة إن الرئيس ماكي سال سيشارك في القمة التي تأتي بعد قمة مماثلة عقدت في نيروبي قبل أسبوع، وشارك فيها "
        "وزير الخارجية المصري سامح شكري بحضور الرئيس الفرنسي إيمانويل ماكرون.")._.facts if f["predicate"] == "ATTENDED"}
    assert facts.get("person:سامح_شكري") == "asserted" and facts.get("person:ايمانويل_ماكرون") == "asserted"
