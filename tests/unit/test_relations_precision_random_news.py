"""Error classes of relations read from random news (blind-judged samples), each fixed as a rule of the
language and tested on sentences written for these tests: a "رئاسة" that names an office, "برئاسة" after a
body, the object of a chairing or hosting verb, a city inside another name, preparing to host, a
preposed subject that is not the topic of its clause, imposing something that is no sanction, bare
"support" as funding, and "غير" that negates an adjective."""

from athar.extract.arabic import normalize


def facts(nlp, text: str) -> list[dict]:
    return nlp(text)._.facts


def rel(nlp, text: str, pred: str) -> set[tuple]:
    return {(f["subject"], f["object"], f["negated"], f["modality"], f["props"]["basis"])
            for f in facts(nlp, text) if f["predicate"] == pred}


def event_key(nlp, text: str, word: str) -> str:
    return next(s._.key for s in nlp(text).spans["events"] if word in s.text)


# --- CHAIRED ---------------------------------------------------------------------------

def test_a_troika_presidency_chairs_nothing(nlp):
    text = "ورفع وزراء الدفاع العرب البروتوكول إلى ترويكا رئاسة القمة العربية (الأردن وتونس والجزائر) لإقراره."
    assert not rel(nlp, text, "CHAIRED")


def test_an_administration_is_not_a_verb_of_chairing(nlp):
    # "إدارة" is written like "أداره" (he ran it) once normalised
    text = "نظمت إدارة التدريب بوزارة الصحة السعودية دورة تدريبية للمسعفين في مدينة جدة."
    assert not rel(nlp, text, "CHAIRED")


def test_birriasa_after_a_board_chairs_the_board_not_the_talks(nlp):
    text = ("ودخلت مفاوضات تجديد العقد مع المدرب البرتغالي جوزيه فييرا، التي يجريها مجلس إدارة نادي الوحدة "
            "برئاسة سامي الحربي، مرحلة صعبة.")
    assert not rel(nlp, text, "CHAIRED")


def test_birriasa_right_after_a_meeting_and_its_time_and_place_chairs_it(nlp):
    text = "عقد الاجتماع الوزاري الطارئ أمس في عمّان برئاسة وزير الخارجية الأردني أيمن الصفدي."
    ev = event_key(nlp, text, "الاجتماع")
    assert ("person:ايمن_الصفدي", ev, False, "asserted", "chair_noun") in rel(nlp, text, "CHAIRED")


def test_an_unnamed_official_chairs_but_his_state_does_not(nlp):
    text = "انطلق الاجتماع السنوي لمديري المستشفيات في الرياض برئاسة وكيل وزارة الصحة السعودي."
    assert not rel(nlp, text, "CHAIRED")


def test_the_chaired_event_is_the_object_of_the_verb_not_one_further_on(nlp):
    text = ("وترأس رئيس الوزراء، خالد العلي، جلسة للمحافظين، لبحث استعدادات المدن للاحتفال بافتتاح "
            "معرض الكتاب الدولي في القاهرة.")
    assert not rel(nlp, text, "CHAIRED")


def test_a_verb_of_chairing_does_not_look_back_to_an_earlier_event(nlp):
    text = "وأقرت الوزارة نتائج الانتخابات البلدية في الطائف حيث يترأس اللجنة الدكتور ماجد الحقيل."
    assert not rel(nlp, text, "CHAIRED")


def test_a_subject_before_kana_chairs(nlp):
    text = "وكان رئيس الوزراء أحمد داود أوغلو قد ترأس أمس اجتماعا أمنيا طارئا في أنقرة."
    ev = event_key(nlp, text, "اجتماعا")
    assert ("person:احمد_داود_اوغلو", ev, False, "asserted", "chair_topic_subject") in rel(nlp, text, "CHAIRED")


def test_the_meeting_a_relative_clause_says_he_chairs(nlp):
    text = "وقال المتحدث إن الاجتماع الوزاري الذي يرأسه الوزير سامي الحربي في جدة سيبحث الخطة."
    assert {f[0] for f in rel(nlp, text, "CHAIRED")} == {"person:سامي_الحربي"}


# --- HOSTED -------------------------------------------------------------------------------

def test_a_city_inside_a_venue_name_is_no_host_state_by_the_verb_rule(nlp):
    text = "أكد المدير أن معرض الرياض الدولي للكتاب الذي يحتضنه مركز شركة الظهران للمعارض يبدأ غدا."
    assert not any(f[4] == "host_verb_subject" for f in rel(nlp, text, "HOSTED"))


def test_a_city_behind_a_preposition_hosts_nothing(nlp):
    text = "وتحل البرازيل ضيفة على الأوروغواي في الجولة الأولى من التصفيات، على أن تستضيفها في ساو باولو في الجولة الثانية."
    assert not rel(nlp, text, "HOSTED")


def test_preparing_for_talks_abroad_is_no_hosting(nlp):
    text = "تستعد الحكومة الأردنية لبدء جولة جديدة من المفاوضات في الرياض مطلع الشهر المقبل."
    assert not any(f[0] == "JO" for f in rel(nlp, text, "HOSTED"))


def test_a_state_preparing_for_a_meeting_on_its_soil_hosts_it_planned(nlp):
    text = "يستعد المغرب لاحتضان اجتماع التحالف الدولي ضد تنظيم داعش في مراكش."
    ev = event_key(nlp, text, "اجتماع")
    assert ("MA", ev, False, "planned", "host_prepare") in rel(nlp, text, "HOSTED")


def test_a_state_preparing_for_an_event_hosts_the_one_after_lam_not_an_earlier_one_named_before(nlp):
    text = "تستعد مصر بعد مائة وأربعين عاما من الافتتاح الأول لقناة السويس، للافتتاح الثاني للقناة الجديدة في الإسماعيلية الأسبوع المقبل."
    first, second = event_key(nlp, text, "الأول"), event_key(nlp, text, "الثاني")
    hosted = {f[1] for f in rel(nlp, text, "HOSTED") if f[0] == "EG"}
    assert second in hosted and first not in hosted


def test_states_invited_to_talks_did_not_organise_them(nlp):
    text = "واستذكر الكاتب مبادرة السعودية بدعوة العراق والكويت إلى طاولة المفاوضات في الرياض عام 1990."
    assert not {f[0] for f in rel(nlp, text, "ORGANIZED")} & {"IQ", "KW"}
    assert ("EG", "initiative_of") in {(f[0], f[4]) for f in rel(nlp, "وعقد المؤتمر في القاهرة أمس بدعوة مصر.", "ORGANIZED")}


def test_a_bid_to_host_is_not_hosting(nlp):
    text = "ولم تبد الدولتان المرشحتان وهما عمان والبحرين حماسا لاستضافة دورة كأس الخليج الثالثة والعشرين."
    assert not any(f[3] == "asserted" for f in rel(nlp, text, "HOSTED"))


def test_the_event_a_relative_pronoun_takes_back_is_the_hosted_one(nlp):
    text = "وشارك الفريق في دورة الألعاب الآسيوية، التي تستضيفها مدينة جاكرتا الإندونيسية، بحفل استقبال."
    ev = event_key(nlp, text, "دورة")
    got = rel(nlp, text, "HOSTED")
    assert got and all(f[1] == ev for f in got if f[4] != "place")


def test_ghayr_before_an_adjective_does_not_negate_the_verb(nlp):
    text = "وتقرر عقد اجتماع الجمعية العمومية غير العادية التي ستحتضنها الرباط في نوفمبر المقبل."
    assert not any(f[2] for f in rel(nlp, text, "HOSTED"))


# --- ORGANIZED ----------------------------------------------------------------------------

def test_a_name_before_a_verb_that_does_not_open_its_clause_organizes_nothing(nlp):
    text = "وقرر المدرب تأجيل الرد حتى العودة من الكونغو وعقد جلسة أخرى مع رئيس النادي سامي الحربي."
    assert not rel(nlp, text, "ORGANIZED")


def test_holding_talks_with_someone_is_taking_part_not_convening(nlp):
    text = "وكان الأمين العام للجامعة العربية أحمد أبو الغيط قد عقد مباحثات مع الرئيس الفلسطيني محمود عباس."
    assert not rel(nlp, text, "ORGANIZED")


def test_the_topic_of_the_clause_organizes(nlp):
    text = "وقال المسؤول إن حركة طالبان نظمت مؤتمرا قبليا في مدينة غزني الأسبوع الماضي."
    got = rel(nlp, text, "ORGANIZED")
    assert any(f[0] == "org:taliban" and f[4] == "organize_verb_topic_subject" for f in got)


def test_an_invitation_to_a_guest_is_no_organising(nlp):
    text = "وشارك الرئيس الموريتاني في حفل افتتاح مطار نواكشوط الدولي الجديد بدعوة من الرئيس السنغالي ماكي سال."
    assert not rel(nlp, text, "ORGANIZED")


def test_a_word_of_sponsorship_inside_a_name_sponsors_nothing(nlp):
    text = "وزارت الوزيرة نزيلات مؤسسة رعاية الفتيات بالرياض قبل افتتاح النادي الصيفي."
    assert not rel(nlp, text, "ORGANIZED")


def test_a_press_conference_he_held_is_not_the_talks_after_it(nlp):
    text = "وقال الوزير محمد العلي في مؤتمر صحافي عقده بعد جلسة مباحثات رسمية مع نظيره الكويتي إن الزيارة ناجحة."
    assert not any("مباحثات" in f[1] for f in rel(nlp, text, "ORGANIZED"))


# --- SANCTIONED ---------------------------------------------------------------------------

def test_imposing_fear_or_control_is_no_sanction(nlp):
    assert not rel(nlp, "وتفرض قوات الحرس الثوري سيطرتها على المدن الكردية في إيران.", "SANCTIONED")
    assert not rel(nlp, "ويقول ناشطون إن الحرس الثوري يريد أن يفرض الرعب على أهالي سوريا.", "SANCTIONED")


def test_a_council_that_may_impose_a_blockade_has_imposed_nothing(nlp):
    text = "وبموجب الاتفاق يجيز مجلس الأمن فرض حصار اقتصادي على كوريا الشمالية."
    assert not any(f[3] == "asserted" for f in rel(nlp, text, "SANCTIONED"))


def test_a_topic_subject_before_kana_imposes_sanctions(nlp):
    text = "وكانت الولايات المتحدة فرضت عقوبات على حزب الله العام الماضي."
    assert ("US", "org:hezbollah") in {f[:2] for f in rel(nlp, text, "SANCTIONED")}


# --- FUNDED -------------------------------------------------------------------------------

def test_bare_support_is_not_funding(nlp):
    assert not rel(nlp, "ويتلقى نظام بشار الأسد الدعم من إيران منذ سنوات.", "FUNDED")
    assert not rel(nlp, "وأشاد الرئيس بما قدمته الكويت من دعم لليمن.", "FUNDED")


def test_financial_support_with_a_qualifier_or_a_sum_is_funding(nlp):
    assert ("IR", "org:hamas") in {f[:2] for f in rel(nlp, "وتلقت حركة حماس دعما ماليا من إيران.", "FUNDED")}
    got = rel(nlp, "وتلقت حركة حماس دعما بقيمة 50 مليون دولار من إيران.", "FUNDED")
    assert ("IR", "org:hamas") in {f[:2] for f in got}


def test_a_word_that_begins_like_mawwal_is_no_funding_verb(nlp):
    relations = nlp.get_pipe("athar_relations")
    for word in ("مولانا", "مولدات", "مولود"):         # "our master", generators, newborn
        assert not relations._families_for(normalize(word))
    assert relations._families_for(normalize("موّلت"))


def test_the_recipient_before_a_verb_of_receiving_is_its_topic(nlp):
    text = "قال مسؤول بوزارة المالية اليونانية إن بلاده حصلت على تمويل من الاتحاد الأوروبي بقيمة 85 مليار يورو."
    assert not any(f[1].startswith("org:") for f in rel(nlp, text, "FUNDED"))


def test_a_word_of_sponsorship_inside_a_title_sponsors_nothing(nlp):
    text = "واعتمد الرئيس العام لرعاية الشباب الأمير نواف بن فيصل محضر اجتماع الجمعية العمومية لنادي الهلال."
    assert not rel(nlp, text, "ORGANIZED")


def test_a_party_to_talks_in_a_relative_clause_organised_nothing(nlp):
    text = "وقالت إن المحادثات التي عقدها رئيس البرلمان في تونس مع المبعوث الأممي لم تسفر عن نتيجة."
    assert not rel(nlp, text, "ORGANIZED")


def test_a_passive_listing_by_another_authority_does_not_continue_an_earlier_sanction(nlp):
    text = ("وفرضت الولايات المتحدة عقوبات على حزب الله. "
            "وتم إدراج اسم خالد العمري على قائمة المطلوبين بالسعودية في العام نفسه.")
    assert not any(f[1] == "person:خالد_العمري" for f in rel(nlp, text, "SANCTIONED"))


def test_nurturing_talent_is_no_sponsorship_of_a_later_event(nlp):
    text = "ويواصل المهرجان التزامه برعاية المواهب الخليجية مع عودة ملتقى الرياض السينمائي في دورته الثالثة."
    assert not rel(nlp, text, "ORGANIZED")


def test_a_ceremony_under_the_patronage_of_a_prince(nlp):
    text = "أقامت الجامعة في أبها حفل تخريج الدفعة العاشرة مساء أمس تحت رعاية الأمير فيصل بن خالد أمير منطقة عسير."
    ev = event_key(nlp, text, "حفل")
    assert any(f[1] == ev and f[0].startswith("person:") for f in rel(nlp, text, "ORGANIZED"))


def test_who_will_chair_the_next_session_does_not_chair_the_meeting_of_the_article(nlp):
    text = ("تستضيف الأمانة العامة للجامعة العربية الأربعاء المقبل الاجتماع المشترك لوزراء الاقتصاد العرب في القاهرة. "
            "ويشارك فيه الأردن الذي ترأس الدورة السابقة، وتونس التي سترأس الدورة القادمة.")
    assert not rel(nlp, text, "CHAIRED")


def test_birriasa_after_a_title_heads_the_body_of_the_title(nlp):
    text = ("وقال إن مفاوضات جنيف الثانية لم تقدم حلولا، وهو ما لمسه في تلك المفاوضات حين كان نائبا لرئيس "
            "الائتلاف الوطني برئاسة سالم المسلط.")
    assert not rel(nlp, text, "CHAIRED")


def test_support_given_to_an_armed_group_is_funding(nlp):
    # support given to an armed group is material support (ANNOTATION: financial/material support); to a state it is not
    got = rel(nlp, "واتهم المسؤول إيران بتقديم الدعم لحزب الله اللبناني وحركة حماس خلال السنوات الماضية.", "FUNDED")
    assert {f[:2] for f in got} == {("IR", "org:hezbollah"), ("IR", "org:hamas")}
    assert {f[4] for f in got} == {"fund_give_support_armed"}
    assert not rel(nlp, "وأكد الوزير أن السعودية تواصل تقديم الدعم لمصر في المرحلة المقبلة.", "FUNDED")


def test_a_siege_is_no_sanction(nlp):
    assert not rel(nlp, "وتفرض المقاومة الشعبية حصارا مطبقا على مسلحي الحوثي في المدينة.", "SANCTIONED")
    assert not rel(nlp, "وفرض الجيش السوري الحصار على بلدة مضايا منذ أشهر.", "SANCTIONED")


def test_a_relative_designation_targets_its_antecedent_not_what_follows(nlp):
    text = ("وفي العام 2013 تبنت هذه المجموعة المتطرفة التي صنفتها الولايات المتحدة والاتحاد الأوروبي إرهابية، "
            "هجوما انتحاريا على السفارة الأميركية في أنقرة.")
    assert not rel(nlp, text, "SANCTIONED")
    text = "ويقاتل «حزب الله» الذي تصنفه واشنطن منظمة إرهابية إلى جانب قوات النظام في سوريا."
    assert ("US", "org:hezbollah") in {f[:2] for f in rel(nlp, text, "SANCTIONED")}


def test_a_state_and_the_other_gulf_states_is_no_member_of_the_gcc(nlp):
    # "دول الخليج" names the states of a region; only the council's own name makes a member
    facts = {(f["predicate"], f["subject"], f["object"]) for f in nlp("وأكدت السعودية وسائر دول الخليج رفضها للتدخل.")._.facts}
    assert ("MEMBER_OF", "SA", "org:gcc") not in facts
    facts = {(f["predicate"], f["subject"], f["object"]) for f in nlp("وأكدت السعودية وسائر دول مجلس التعاون رفضها للتدخل.")._.facts}
    assert ("MEMBER_OF", "SA", "org:gcc") in facts


# --- ATTENDED: who is named is not always who takes part ----------------------------------

def test_a_channel_after_min_khilal_does_not_take_part(nlp):
    text = "شارك من خلال تويتر وفيسبوك في الندوة الطبية التي عقدت في الرياض أمس."
    assert not rel(nlp, text, "ATTENDED")


def test_a_coordinated_relative_clause_describes_the_person_not_his_employer(nlp):
    text = ("وقال جون سميث، وهو من خبراء معهد «كارنيغي» والذي شارك في المحادثات النووية مع كوريا الشمالية، "
            "إن الاتفاق صعب.")
    subjects = {s for s, *_ in rel(nlp, text, "ATTENDED")}
    assert subjects and all(s.startswith("person:") for s in subjects)


def test_an_exhibition_named_after_a_body_is_not_attended_by_it(nlp):
    text = "افتتح الأمير معرض الهيئة العامة للسياحة والتراث الوطني في مدينة جدة أمس."
    assert not rel(nlp, text, "ATTENDED")


def test_a_seminar_on_the_gulf_states_is_not_attended_by_the_gcc(nlp):
    text = "ويبدأ البرنامج الثقافي اليوم بندوة دول الخليج والتحديات المعاصرة في فندق الانتركونتينتال بالطائف."
    assert not rel(nlp, text, "ATTENDED")


def test_a_council_named_in_its_meeting_still_takes_part(nlp):
    text = "عقد مجلس الشورى اجتماعه الأسبوعي في الرياض أمس برئاسة رئيس المجلس."
    assert any(basis == "body" for *_, basis in rel(nlp, text, "ATTENDED"))


def test_a_relative_clause_whose_antecedent_is_not_found_names_no_one_before_it(nlp):
    text = ("يدفع ويليام توبي، وهو من خبراء مركز «بيلفر» والذي شارك في المحادثات النووية مع كوريا الشمالية سابقا، "
            "أن الاستخبارات ليست معصومة.")
    assert not any(s.startswith("org:") for s, *_ in rel(nlp, text, "ATTENDED"))


# --- a site's tag line ---------------------------------------------------------------------

def test_a_tag_line_gives_no_fact_and_no_event(nlp):
    text = ("عقد مجلس الشورى اجتماعه في الرياض أمس.\n"
            "سمات الانترنت الرقة المرصد السوري حظر داعش سوريا مؤتمر القاهرة")
    doc = nlp(text)
    assert [s.text.split()[0] for s in doc.spans["chrome"]] == ["سمات"]
    assert not any("القاهرة" in s.text for s in doc.spans["events"])
    assert not rel(nlp, text, "SANCTIONED")
    assert any(f["predicate"] == "HELD_IN" for f in doc._.facts)     # the article's own lines still count


# --- AFFILIATED_WITH: whose title, which body -----------------------------------------------

def test_a_title_after_a_kinship_noun_is_the_relatives(nlp):
    text = "وكرمت حرم أمير المنطقة الشرقية الأميرة عبير بنت فيصل بن تركي الفائزات في المسابقة."
    assert not rel(nlp, text, "AFFILIATED_WITH")


def test_a_state_after_a_news_channel_is_where_it_works(nlp):
    text = "وقال مدير مكتب قناة الجزيرة في مصر محمد فهمي إن الوضع صعب."
    assert not any(o == "EG" for _, o, *_ in rel(nlp, text, "AFFILIATED_WITH"))


def test_a_state_after_a_national_committee_is_its_officials_state(nlp):
    text = "وقال رئيس اللجنة الوطنية لمكافحة الإرهاب في دولة الإمارات محمد الكعبي إن الاجتماع ناجح."
    assert any(o == "AE" for _, o, *_ in rel(nlp, text, "AFFILIATED_WITH"))


def test_foreign_policy_is_no_ministry(nlp):
    text = "وكان للأمير دور ريادي في تشكيل السياسة الخارجية السعودية على مدى عقود."
    assert not rel(nlp, text, "AFFILIATED_WITH")
    assert any(o == "SA" for _, o, *_ in rel(nlp, "وأعلنت الخارجية السعودية أمس أن الوفد وصل.", "AFFILIATED_WITH"))


def test_a_name_right_after_a_relatives_title_is_that_relative(nlp):
    text = "وحضرت الإمبراطورة أوجيني، زوجة الإمبراطور الفرنسي نابليون الثالث، افتتاح القناة."
    assert any(o == "FR" for _, o, *_ in rel(nlp, text, "AFFILIATED_WITH"))
