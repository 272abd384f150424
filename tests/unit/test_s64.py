"""Rules of the session of 7 December, late afternoon, on sentences written for these tests."""
from event_mentions import dated_doc, dated_entities, dated_events, dated_modalities, dated_names, dated_pairs


# -- modality of meetings -----------------------------------------------------

def test_a_future_word_of_what_a_meeting_is_for_does_not_make_it_to_come(nlp):
    text = ("وشارك المهندس خالد الدوسري في اجتماع لجنة التحضير للموسم الزراعي القادم اجتماعها صباح اليوم "
            "برئاسة فهد بن سعد القحطاني بمحافظة جدة.")
    assert dated_modalities(nlp, text, "CHAIRED") == {"asserted"}
    assert dated_modalities(nlp, text, "ATTENDED") == {"asserted"}
    assert not any(e["props"].get("planned") for e in dated_events(nlp, text))


def test_the_next_meeting_one_travels_to_attend_is_to_come(nlp):      # control
    text = "وسافر الوزير خالد الدوسري إلى جدة لحضور الاجتماع المقبل للجنة برئاسة فهد بن سعد القحطاني."
    assert dated_modalities(nlp, text, "CHAIRED") == {"planned"}


def test_a_meeting_told_by_a_past_verb_was_held_whatever_its_aim_to_come(nlp):
    text = "اجتمع الوزير خالد الدوسري بالسفير فهد القحطاني في الرياض بهدف الإعداد لزيارة الوفد خلال المرحلة القادمة."
    assert dated_modalities(nlp, text, "ATTENDED") == {"asserted"}
    assert dated_modalities(nlp, text, "HELD_IN") == {"asserted"}


def test_a_meeting_told_by_a_future_verb_is_to_come(nlp):
    text = "سيجتمع الوزير خالد الدوسري بالسفير فهد القحطاني في الرياض خلال الأسبوع المقبل."
    assert dated_modalities(nlp, text, "ATTENDED") == {"planned"}


# -- meetings in particular ---------------------------------------------------

def test_a_meeting_placed_in_a_decade_only_is_an_acquaintance(nlp):
    text = "وكان السفير فهد القحطاني قد التقى الوزير خالد الدوسري أول مرة في الثمانينيات، عندما درسا معا في القاهرة."
    assert dated_events(nlp, text) == []


def test_a_meeting_on_a_day_of_a_decade_is_a_meeting(nlp):      # control
    text = "التقى الوزير خالد الدوسري السفير فهد القحطاني في القاهرة أمس لبحث أوضاع المبتعثين."
    assert len(dated_events(nlp, text)) == 1


def test_a_meeting_in_the_present_with_its_day_is_to_come_for_all_its_facts(nlp):
    text = "ويلتقي الوزير خالد الدوسري غدا السفير فهد القحطاني في الرياض."
    assert dated_modalities(nlp, text, "HELD_IN") == {"planned"}
    assert dated_modalities(nlp, text, "ATTENDED") == {"planned"}


def test_a_meeting_in_the_present_without_a_day_is_told(nlp):      # control
    text = "ويلتقي الوزير خالد الدوسري السفير فهد القحطاني في الرياض لبحث أوضاع المبتعثين."
    assert dated_modalities(nlp, text, "HELD_IN") == {"asserted"}


def test_whom_a_future_verb_brings_together_will_take_part(nlp):
    text = "وأعلن الديوان أمس أن الوزير خالد الدوسري سيلتقي السفير فهد القحطاني على هامش المعرض المقرر في الرياض."
    [meeting] = [e for e in dated_events(nlp, text) if e["props"]["kind"] == "meeting"]
    assert meeting["props"].get("planned")
    assert dated_modalities(nlp, text, "ATTENDED") == {"planned"}


def test_the_day_a_source_spoke_is_not_the_day_of_the_event_it_announced(nlp):
    text = "وقال رئيس المهرجان الخميس الماضي إن الدورة العاشرة للمهرجان ستفتتح في العاشر من سبتمبر في جدة."
    [event] = dated_events(nlp, text)
    assert event["props"]["date"] == "2015-09-10"
    text = "وأعلنت الوزارة أمس أن خطة تأمين حفل افتتاح المعرض تشمل مشاركة ألف جندي."
    assert dated_events(nlp, text) == []


def test_the_day_before_an_event_in_its_own_clause_is_its_day(nlp):      # control
    text = "وافتتح الأمير أمس الدورة العاشرة للمهرجان في جدة."
    [event] = dated_events(nlp, text)
    assert event["props"]["date"] == "2015-08-03"


# -- organisations ------------------------------------------------------------

def test_the_committee_of_the_red_cross_is_the_icrc_not_a_body_of_it(nlp):
    text = "وقال متحدث باسم لجنة الصليب الأحمر في جنيف إن الفرق وصلت إلى عدن."
    assert dated_names(nlp, text, "Organization") == {"اللجنة الدولية للصليب الأحمر"}


def test_the_mission_of_the_red_cross_is_a_body_of_it(nlp):      # control
    text = "وقال رئيس بعثة اللجنة الدولية للصليب الأحمر في اليمن إن الفرق وصلت إلى عدن."
    assert "بعثة اللجنة الدولية للصليب الأحمر" in dated_names(nlp, text, "Organization")


def test_the_shanghai_organisation_is_no_city(nlp):
    text = "وشارك الرئيس في قمة منظمة شنغهاي التي عقدت في مدينة أوفا الروسية."
    assert dated_names(nlp, text, "Organization") == {"منظمة شنغهاي للتعاون"}
    assert dated_pairs(nlp, text, "HELD_IN") == {("قمة منظمة شنغهاي", "روسيا")}


# -- cancelled events ---------------------------------------------------------

def _held_in(nlp, text):
    return {(f["negated"], f["object"]) for f in dated_doc(nlp, text)._.facts if f["predicate"] == "HELD_IN"}


def test_a_cancelled_summit_was_not_held(nlp):
    assert _held_in(nlp, "وألغت الحكومة القمة الاقتصادية المقررة في الدوحة.") == {(True, "QA")}


def test_the_meeting_a_cancelled_trip_was_for_was_not_held(nlp):
    text = "وأعلن الديوان إلغاء زيارة كانت مقررة الأسبوع المقبل إلى الدوحة للقاء أمير قطر."
    assert _held_in(nlp, text) == {(True, "QA")}


def test_a_summit_during_which_fees_were_cancelled_was_held(nlp):      # control
    assert _held_in(nlp, "وأعلن الوزير إلغاء الرسوم خلال القمة الاقتصادية المنعقدة في الدوحة.") == {(False, "QA")}


# -- names --------------------------------------------------------------------

def test_a_regnal_number_after_a_kings_unknown_name_is_his(nlp):
    text = "وأمر بإقامته ابنه الملك فاسيلي الرابع تكريما لأبيه."
    assert dated_names(nlp, text, "Person") == {"فاسيلي الرابع"}


def test_a_regnal_number_after_a_known_first_name_is_his(nlp):      # control
    text = "واستقبل الملك عبدالله الثاني الوفد في عمان."
    assert dated_names(nlp, text, "Person") == {"عبد الله الثاني"}


def test_the_affairs_of_two_groups_of_people_name_one_body(nlp):
    text = "وقالت هيئة شؤون المعتقلين والمبعدين إن العدد ارتفع."
    assert dated_names(nlp, text, "Organization") == {"هيئة شؤون المعتقلين والمبعدين"}


def test_a_regnal_number_ends_the_name(nlp):
    text = "وشيد القلعة الملك بوليسلاف الثالث تخليدا لذكرى والده."
    assert dated_names(nlp, text, "Person") == {"بوليسلاف الثالث"}


def test_a_regnal_number_of_two_words_stays_whole(nlp):      # control
    text = "وزار الملك لويس الرابع عشر المدينة."
    assert dated_names(nlp, text, "Person") == {"لويس الرابع عشر"}


# -- who meets whom -----------------------------------------------------------

def test_a_subject_before_the_verb_met_both_names_after_it(nlp):
    text = "وقالت المصادر إن الوفد التركي التقى خالد الدوسري وفهد القحطاني في جدة أمس."
    assert dated_events(nlp, text) == []


def test_two_names_coordinated_after_the_verb_met_each_other(nlp):      # control
    text = "واجتمع الوزير خالد الدوسري والسفير فهد القحطاني في جدة أمس."
    [event] = dated_events(nlp, text)
    assert len(event["props"]["participants"]) == 2


# -- places -------------------------------------------------------------------

def test_a_us_state_is_a_place_not_a_word_of_its_governors_name(nlp):
    text = "وأعلن حاكم ولاية ويسكونسن سكوت ووكر ترشحه للانتخابات."
    assert dated_names(nlp, text, "Person") == {"سكوت ووكر"}


def test_a_university_named_by_a_us_state_is_one_body(nlp):
    text = "وقال باحثون في جامعة ميشيغان إن النتائج مشجعة."
    assert dated_names(nlp, text, "Organization") == {"جامعة ميشيغان"}


def test_who_comes_with_a_regions_emir_is_no_name(nlp):      # control
    text = "ثم شاهد أمير منطقة مكة المكرمة ومرافقوه عرضا وثائقيا عن تاريخ المنطقة."
    assert dated_names(nlp, text, "Person") == set()


def test_the_body_after_a_chairman_of_the_board_is_no_person(nlp):
    text = "وقال جون سميث الرئيس التنفيذي ورئيس مجلس إدارة هانيويل، إن الأرباح ارتفعت."
    assert dated_names(nlp, text, "Person") == {"جون سميث"}


def test_the_chairman_of_the_board_of_a_named_company_is_named_after_it(nlp):      # control
    text = "وقال رئيس مجلس إدارة شركة أرامكو خالد الفالح إن الأسعار مستقرة."
    assert dated_names(nlp, text, "Person") == {"خالد الفالح"}


def test_fatah_al_islam_is_not_fatah(nlp):
    text = "واشتبك الجيش اللبناني مع مسلحي «فتح الإسلام» في مخيم نهر البارد."
    [group] = [e for e in dated_entities(nlp, text, "Organization") if e["name"] != "الجيش اللبناني"]
    assert group["name"] == "فتح الإسلام" and group["props"]["kind"] == "terrorist_group"


def test_a_noun_with_its_owners_pronoun_ends_the_name(nlp):
    text = "وجاء ذلك مع إعلان حاكم أيوا تيري برانستاد نيته خوض الانتخابات."
    assert dated_names(nlp, text, "Person") == {"تيري برانستاد"}


def test_a_family_name_in_ta_marbuta_stays(nlp):      # control
    text = "وقال محمد أحمد شحاتة إن الوضع مستقر."
    assert dated_names(nlp, text, "Person") == {"محمد أحمد شحاتة"}


def test_an_accounting_firm_is_named_by_its_name_not_its_trade(nlp):
    text = "واستشهدت الصحيفة بدراسة أعدتها شركة المحاسبة ديلويت."
    assert "شركة المحاسبة" not in dated_names(nlp, text, "Organization")


# -- dates of events ----------------------------------------------------------

def test_a_date_after_wa_dhalika_is_the_events_however_far(nlp):
    text = ("تنظم غرفة جدة «ملتقى رواد الأعمال الأول» تحت رعاية أمير منطقة مكة المكرمة الأمير خالد الفيصل، "
            "وذلك خلال الفترة من 10 وحتى 12 نوفمبر المقبل في مركز جدة للمعارض.")
    [event] = dated_events(nlp, text)
    assert event["props"]["date"] == "2015-11-10" and event["props"].get("planned")


def test_a_date_in_the_events_relative_clause_of_holding_is_its(nlp):
    text = ("تستضيف مدينة جدة أعمال المؤتمر الدولي لطب الأسنان في دول الخليج، الذي يعقد تحت شعار «الوقاية أولا»، "
            "بفندق هيلتون خلال الفترة من 20 إلى 22 أكتوبر 2015م.")
    [event] = dated_events(nlp, text)
    assert event["props"]["date"] == "2015-10-20"


def test_a_far_date_of_another_clause_is_not_the_events(nlp):      # control
    text = ("وافتتح الأمير ملتقى رواد الأعمال الأول في جدة أمس بحضور عدد كبير من المستثمرين والمسؤولين ورجال "
            "الأعمال من مختلف مناطق المملكة، ويستمر المعرض المصاحب له حتى 12 نوفمبر.")
    [forum] = [e for e in dated_events(nlp, text) if e["props"]["kind"] == "forum"]
    assert forum["props"]["date"] == "2015-08-03"
