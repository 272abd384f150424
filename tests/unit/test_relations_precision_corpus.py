"""Error classes of facts judged on random news at corpus scale (issue 14), each fixed as a rule of the
language and tested on sentences written for these tests: a former office, a place the evidence sentence
does not name or names far from its event, the patron of a nearer gathering, an official's patronage read
as his state's, and a state that is where a body's members are, not a member."""
import pytest


def facts(nlp, text: str, pred: str) -> list[dict]:
    return [f for f in nlp(text)._.facts if f["predicate"] == pred]


def pairs(nlp, text: str, pred: str, min_confidence: float = 0.0) -> set[tuple]:
    return {(f["subject"], f["object"]) for f in facts(nlp, text, pred) if f["confidence"] >= min_confidence}


# --- AFFILIATED_WITH: a former office --------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال اللورد مايكل هوارد زعيم حزب المحافظين السابق إن الاتفاق سيئ.",
    "وقال الرئيس السابق علي عبدالله صالح إن الحرب مستمرة.",
    "وأكد الأمين العام السابق للجامعة العربية عمرو موسى أن الحل سياسي.",
])
def test_a_former_office_ties_to_no_organisation_and_no_state_it_does_not_write(nlp, text):
    assert not facts(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text, pair", [
    ("وحضر الحفل الرئيس المصري السابق عدلي منصور.", ("person:عدلي_منصور", "EG")),
    ("وقال وزير المالية الألماني الأسبق بيير شتاينبروك إن الأزمة ستطول.", ("person:بيير_شتاينبروك", "DE")),
    ("وأكد الرئيس اليمني المخلوع علي عبدالله صالح أن الحرب مستمرة.", ("person:علي_عبد_الله_صالح", "YE")),
])
def test_a_former_office_keeps_the_state_its_title_writes(nlp, text, pair):
    assert pairs(nlp, text, "AFFILIATED_WITH", 0) == {pair}


def test_a_current_office_beside_a_former_one_stays(nlp):
    text = "وحضر الحفل الأمين العام السابق للجامعة العربية عمرو موسى ووزير الخارجية المصري سامح شكري."
    assert pairs(nlp, text, "AFFILIATED_WITH") == {("person:سامح_شكري", "EG")}


# --- HELD_IN: the place in the evidence sentence, near its event -----------------------------

def test_a_city_right_after_the_event_places_it(nlp):
    text = "ترأس وزير الداخلية اجتماعا أمنيا طارئا في أنقرة أمس."
    assert {o for _, o in pairs(nlp, text, "HELD_IN", 0.5)} == {"TR"}


def test_a_city_far_from_the_event_across_a_relative_clause_is_weak(nlp):
    # the city locates the association, many words and a relative clause before its meeting
    text = ("أكدت جمعية رعاية الأيتام بمدينة حائل، التي تأسست قبل عشرين عاما وتضم أكثر من مئة متطوع من أبناء "
            "المنطقة، أنها ستعرض خطتها خلال الاجتماع الثاني لأعضائها.")
    assert not pairs(nlp, text, "HELD_IN", 0.5)


def test_the_evidence_of_a_place_is_the_sentence_that_names_it(nlp):
    text = ("اختتم المنتدى الاقتصادي الخليجي الأول أعماله أمس بتوصيات عدة. "
            "وكان المنتدى الاقتصادي الخليجي الأول قد افتتح في مدينة جدة بحضور عدد من الوزراء.")
    doc = nlp(text)
    held = [f for f in doc._.facts if f["predicate"] == "HELD_IN"]
    assert [f["object"] for f in held] == ["SA"]
    assert held[0]["evidence"][0]["sentence"] == 1


# --- ORGANIZED: whose patronage -----------------------------------------------------------

def test_an_officials_patronage_is_not_his_states(nlp):
    text = "ويرعى أمير منطقة الرياض المؤتمر السعودي الأول للسمع والتخاطب."
    assert "SA" not in {s for s, _ in pairs(nlp, text, "ORGANIZED")}


def test_the_patron_of_a_nearer_session_does_not_sponsor_the_forum(nlp):
    text = ("وأشار إلى أن الملتقى الأول للأمن السياحي يأتي تفعيلا لاتفاقية وقعت بين الجامعة والمنظمة أثناء "
            "الدورة الحادية والثلاثين لوزراء الداخلية العرب برعاية الأمير محمد بن نايف.")
    doc = nlp(text)
    forum = next(s._.key for s in doc.spans["events"] if "الملتقى" in s.text)
    assert not any(f["object"] == forum for f in doc._.facts if f["predicate"] == "ORGANIZED")


# --- MEMBER_OF: where the members are ------------------------------------------------------

def test_a_state_after_fi_is_where_the_members_are_not_a_member(nlp):
    text = "وتشارك في البرنامج جميع السلطات المعنية في المملكة الأعضاء في اللجنة الدائمة لمكافحة غسل الأموال."
    assert not facts(nlp, text, "MEMBER_OF")


def test_states_members_of_an_organisation_stay(nlp):
    text = "وأكدت مصر والأردن العضوان في جامعة الدول العربية دعمهما للقرار."
    assert {s for s, _ in pairs(nlp, text, "MEMBER_OF")} == {"EG", "JO"}


# --- events that are none: a military command, combat, a funding round, an inspection round ----------

@pytest.mark.parametrize("text", [
    "وفي مدينة الفلوجة، كشف مصدر في قيادة عمليات الأنبار عن مقتل سبعة من قادة التنظيم.",
    "ورفض عدد من الضباط المشاركة في عمليات القتال في عدن ولحج.",
    "وقاد الصندوق جولة بقيمة 58 مليون دولار في شركة ناشئة مقرها في لندن.",
    "ونفذ مكتب العمل جولة تفتيشية في محافظة بيش للتحقق من المحلات.",
])
def test_no_event_is_held_anywhere(nlp, text):
    assert not nlp(text).spans["events"]
    assert not facts(nlp, text, "HELD_IN")


# --- SANCTIONED: a subject after "لأن" ------------------------------------------------------

def test_the_state_after_because_designates_the_group_after_the_verb(nlp):
    text = "ويأتي ذلك لأن أميركا تصنف جبهة النصرة الموالية لتنظيم القاعدة على أنها إرهابية."
    assert pairs(nlp, text, "SANCTIONED") == {("US", "org:al-nusra")}


# --- INVITED: an ambassador's posts -----------------------------------------------------------

def test_a_second_country_of_an_ambassadors_post_is_not_invited(nlp):
    text = "وأوضح أنه تم توجيه الدعوة للسفير السعودي في بريطانيا وجمهورية أيرلندا لحضور اللقاء الخيري في لندن."
    assert not {s for s, _ in pairs(nlp, text, "INVITED")} & {"IE", "GB"}


def test_an_unnamed_ambassador_is_not_his_state_invited(nlp):
    text = "وأوضح أنه تم توجيه الدعوة للسفير السعودي لحضور اللقاء الخيري في لندن."
    assert "SA" not in {s for s, _ in pairs(nlp, text, "INVITED")}


# --- HELD_IN: a capital that governs places nothing -------------------------------------------

@pytest.mark.parametrize("text", [
    "وحذرت واشنطن من فشل المؤتمر الدولي للسلام المقرر الشهر المقبل.",
    "وفرضت واشنطن عقوبات جديدة على طهران قبل المؤتمر الدولي للسلام.",
])
def test_a_capital_read_as_its_government_is_no_place(nlp, text):
    assert not facts(nlp, text, "HELD_IN")


def test_a_capital_after_a_hosting_verb_is_the_place(nlp):
    text = "واستضافت واشنطن المؤتمر الدولي للسلام الأسبوع الماضي."
    assert {o for _, o in pairs(nlp, text, "HELD_IN")} == {"US"}


@pytest.mark.parametrize("text", [
    "وأقيم حفل تخريج الدفعة العاشرة من طلاب الجامعة برعاية وزير التعليم السعودي.",
    "ويرعى وزير الثقافة المغربي المؤتمر الدولي للسينما في مدينة مراكش.",
])
def test_a_patron_read_off_a_title_is_not_his_state(nlp, text):
    assert not {s for s, _ in pairs(nlp, text, "ORGANIZED")} & {"SA", "MA"}


def test_a_head_of_state_taking_an_initiative_is_his_state(nlp):
    text = "وبادر رئيس الجمهورية الفرنسية إلى استهلال «نداء كرايستشيرش» في باريس."
    assert "FR" in {s for s, _ in pairs(nlp, text, "ORGANIZED")}


def test_a_place_after_the_partner_and_his_title_is_near_the_meeting(nlp):
    text = ("وجاء حديث بحاح خلال لقائه الدكتور أنور قرقاش وزير الدولة للشؤون الخارجية الإماراتي "
            "في مقر الحكومة اليمنية المؤقت بالرياض.")
    assert {o for _, o in pairs(nlp, text, "HELD_IN", 0.5)} == {"SA"}


def test_the_city_that_places_an_event_counts_not_a_farther_mention_of_its_country(nlp):
    text = ("يغيب الرئيس السوداني عن القمة الرباعية التي تنعقد اليوم بمدينة عنتيبي الأوغندية، وينوب عنه في القمة "
            "التي يشارك فيها رؤساء أوغندا وكينيا وإثيوبيا، وزير الخارجية.")
    assert {o for _, o in pairs(nlp, text, "HELD_IN", 0.5)} == {"UG"}


def test_the_topic_of_a_conference_is_not_where_it_is_held(nlp):
    text = "وأعرب عن أمله بأن لا مستقبل للأسد في سوريا إذا ما عقد مؤتمر دولي عن سوريا."
    assert not pairs(nlp, text, "HELD_IN", 0.5)


def test_a_district_named_like_an_event_is_no_event(nlp):
    text = "وأصيب ثلاثة أشخاص بانفجار عبوة في حي أبودشير التابع لمنطقة الدورة جنوبي بغداد."
    assert not nlp(text).spans["events"]


@pytest.mark.parametrize("text, where", [
    ("وبرعاية الولايات المتحدة والصين استضافت باكستان في بداية يوليو مفاوضات بين طالبان والحكومة الأفغانية.", "PK"),
    ("اختتم الرئيس الأميركي باراك أوباما زيارته إلى إثيوبيا أمس، بعدما أكد دعم بلاده لأفريقيا.", "ET"),
])
def test_a_host_or_a_visits_destination_says_where(nlp, text, where):
    assert {o for _, o in pairs(nlp, text, "HELD_IN", 0.5)} == {where}


def test_a_country_in_a_title_of_a_book_places_no_event(nlp):
    text = "ناقشت المكتبة العامة رواية «أميركا» للكاتب ربيع جابر ضمن فعاليات ملتقى كتاب الشهر في فرع خريص."
    assert "US" not in {o for _, o in pairs(nlp, text, "HELD_IN", 0.5)}


def test_the_place_is_read_in_the_mention_that_names_it_nearest(nlp):
    text = ("احتضنت العاصمة الفرنسية باريس الأسبوع الماضي، على مدار يومين، الأربعاء والخميس، مؤتمراً دولياً "
            "لبحث سبل مكافحة تمويل الإرهاب. ومن أهم نتائج مؤتمر باريس الدولي إحياء التنسيق الدولي.")
    held = [f for f in facts(nlp, text, "HELD_IN") if f["object"] == "FR"]
    assert held and held[0]["confidence"] >= 0.5 and held[0]["evidence"][0]["sentence"] == 1


# --- INVITED: the one named after an active verb of calling is who calls --------------

@pytest.mark.parametrize("text", [
    "ودعت تركيا إلى اجتماع طارئ لحلف الناتو في بروكسل.",
    "عقد في فيينا مؤتمر للمانحين. ودعا الاتحاد الأوروبي في بيان له إلى مواصلة الدعم.",
])
def test_the_state_right_after_an_active_verb_of_calling_calls_and_is_not_invited(nlp, text):
    assert not facts(nlp, text, "INVITED")


def test_a_state_after_the_verb_is_invited_when_its_inviter_stands_before_the_verb(nlp):
    assert {s for s, _ in pairs(nlp, "ولكن فرنسا، لأسبابها، دعت تركيا إلى مؤتمر باريس لمكافحة الإرهاب.",
                                "INVITED")} == {"TR"}


# --- FUNDED: who speaks of giving is no giver --------------------------------------------

@pytest.mark.parametrize("text", [
    "وأضاف رأفت الصباغ، أن المعوق الأساسي في تقديم المساعدات لليمن هو الحصار.",
    "وقال رأفت الصباغ إن تقديم المساعدات لليمن تعطل بسبب الحصار.",
])
def test_the_speaker_of_a_clause_about_giving_is_no_giver(nlp, text):
    assert not facts(nlp, text, "FUNDED")


def test_the_subject_of_a_verb_of_giving_is_the_giver(nlp):
    assert pairs(nlp, "وقدمت السعودية مساعدات بقيمة 100 مليون دولار لليمن.", "FUNDED") == {("SA", "YE")}


# --- SANCTIONED: a penalty is no sanction; who speaks of sanctions does not impose them -----

def test_a_penalty_in_the_singular_is_no_sanction(nlp):
    assert not facts(nlp, "وطبقت هيئة السوق المالية عقوبة الغرامة على شركة أرامكو.", "SANCTIONED")


def test_the_actor_of_another_clause_does_not_impose_the_sanctions(nlp):
    text = "وأكد شتاينماير قلق الرياض من الاتفاق الذي أبرمته إيران مع دول 5+1 مبينا أن العقوبات الاقتصادية ضد إيران ستعود."
    assert not facts(nlp, text, "SANCTIONED")


@pytest.mark.parametrize("text", [
    "النائب الروسي أليكسي بوشكوف الذي يترأس لجنة الشؤون الدولية بمجلس النواب يدعو أمس لفرض عقوبات على كندا.",
    "ودعا الاتحاد الأوروبي إلى فرض عقوبات على روسيا.",
])
def test_a_call_for_sanctions_imposes_none(nlp, text):
    assert not facts(nlp, text, "SANCTIONED")


def test_sanctions_imposed_are_still_read(nlp):
    assert pairs(nlp, "وفرض الاتحاد الأوروبي عقوبات على روسيا.", "SANCTIONED") == {("org:eu", "RU")}


# --- ATTENDED: where two met on the sidelines is no participant ------------------------------

def test_the_country_where_two_met_on_the_sidelines_did_not_take_part(nlp):
    text = ("وقال وزير الخارجية التركي مولود جاويش أوغلو ذلك خلال لقائه نظيره الأميركي جون كيري في ماليزيا "
            "على هامش الاجتماعات السنوية لرابطة دول جنوب شرقي آسيا.")
    attended = {s for s, _ in pairs(nlp, text, "ATTENDED")}
    assert "MY" not in attended and "person:جون_كيري" in attended


# --- CHAIRED: the chair of an event's committee does not chair the event ----------------------

@pytest.mark.parametrize("text", [
    'أعلنت اللجنة التنفيذية لمعرض "الفهد روح القيادة" برئاسة الأمير تركي بن محمد بن فهد انضمام عضو جديد إلى اللجنة.',
    "وعقدت اللجنة المنظمة لمعرض الكتاب الدولي بجدة اجتماعها برئاسة محافظ جدة الأمير مشعل بن ماجد.",
])
def test_the_chair_of_a_committee_for_an_event_does_not_chair_the_event(nlp, text):
    assert not facts(nlp, text, "CHAIRED")


def test_an_event_under_a_chair_is_chaired(nlp):
    text = "وانطلق في الرياض مؤتمر الإعلام العربي برئاسة الأمير سلطان بن سلمان."
    assert {s for s, _ in pairs(nlp, text, "CHAIRED")} == {"person:سلطان_بن_سلمان"}


# --- MEMBER_OF: a state beside the members of a closed organisation it does not belong to ------

@pytest.mark.parametrize("text", [
    "وقال نوفاك: ينبغي لنا في روسيا وأعضاء أوبك أن نرسم سياستنا بناء على السوق.",
    "ووقع الاتفاق النووي بين طهران ودول 5+1 في فيينا.",
])
def test_a_state_beside_the_members_of_opec_or_the_p5_plus_1_is_not_one_of_them(nlp, text):
    assert not facts(nlp, text, "MEMBER_OF")


def test_a_member_beside_its_fellow_members_is_still_one(nlp):
    text = "وأكدت السعودية وأعضاء أوبك الآخرون التزامهم بسقف الإنتاج."
    assert pairs(nlp, text, "MEMBER_OF") == {("SA", "org:opec")}
