"""Relation rules (athar_relations) on sentences written for these tests.

Each test names the rule; facts are compared as (predicate, subject, object, negated, modality).
"""
import pytest

from athar.extract.arabic import normalize


def facts(nlp, text: str) -> set[tuple]:
    doc = nlp(text)
    return {(f["predicate"], f["subject"], f["object"], f["negated"], f["modality"]) for f in doc._.facts}


def only(nlp, text: str, predicate: str) -> set[tuple]:
    return {f for f in facts(nlp, text) if f[0] == predicate}


def event_of(nlp, text: str) -> str:
    doc = nlp(text)
    keys = {s._.key for s in doc.spans["events"]}
    assert len(keys) == 1, keys
    return keys.pop()


# --- hosting, attendance, chairing ------------------------------------------------

def test_a_capital_hosting_a_meeting_is_its_state_and_the_host_attends(nlp):
    text = "احتضنت عمّان أمس اجتماعاً لوزراء الداخلية العرب."
    ev = event_of(nlp, text)
    got = facts(nlp, text)
    assert ("HOSTED", "JO", ev, False, "asserted") in got
    assert ("ATTENDED", "JO", ev, False, "asserted") in got


def test_states_listed_after_bimusharaka_attended(nlp):
    text = "انطلق في الرياض مؤتمر دولي لمكافحة الإرهاب بمشاركة مصر والأردن وتونس."
    ev = event_of(nlp, text)
    attended = only(nlp, text, "ATTENDED")
    assert {("ATTENDED", s, ev, False, "asserted") for s in ("EG", "JO", "TN")} <= attended


def test_a_future_meeting_is_planned_never_asserted(nlp):
    text = "سيعقد مجلس التعاون الخليجي اجتماعاً طارئاً في الكويت الأسبوع المقبل بحضور العراق."
    got = facts(nlp, text)
    assert got and all(f[4] == "planned" for f in got if f[0] in ("ATTENDED", "HOSTED", "HELD_IN", "ORGANIZED"))


def test_chairs_named_with_their_titles_in_a_list_and_each_belongs_to_his_state(nlp):
    text = ("ويترأس الاجتماع الوزاري في تونس وزير الخارجية التونسي عثمان الجرندي ونظيره الإيطالي أنطونيو تاياني. "
            "وكان الاجتماع قد أعلن عنه في روما.")
    doc = nlp(text)
    ev = next(s._.key for s in doc.spans["events"])
    got = facts(nlp, text)
    chairs = {f[1] for f in got if f[0] == "CHAIRED" and f[2] == ev}
    assert chairs == {"person:عثمان_الجرندي", "person:انطونيو_تاياني"}
    assert ("AFFILIATED_WITH", "person:عثمان_الجرندي", "TN", False, "asserted") in got
    assert ("AFFILIATED_WITH", "person:انطونيو_تاياني", "IT", False, "asserted") in got


def test_a_counterpart_title_never_goes_to_the_person_before_it(nlp):
    got = facts(nlp, "استقبل وزير الخارجية المصري سامح شكري نظيره السوداني في القاهرة.")
    assert ("AFFILIATED_WITH", "person:سامح_شكري", "EG", False, "asserted") in got
    assert not any(f[0] == "AFFILIATED_WITH" and f[2] == "SD" for f in got)


def test_a_speaker_during_the_conference_attended_it(nlp):
    text = "افتتح في جنيف مؤتمر المانحين لليمن. وقال وزير الخارجية الكويتي أحمد ناصر خلال المؤتمر إن بلاده ستدعم اليمن."
    doc = nlp(text)
    ev = next(s._.key for s in doc.spans["events"])
    assert ("ATTENDED", "person:احمد_ناصر", ev, False, "asserted") in facts(nlp, text)


def test_a_state_merely_named_near_an_event_did_not_attend(nlp):
    text = "عقد في بغداد مؤتمر للمانحين، فيما تواصل إيران دعم الميليشيات."
    assert not any(f[1] == "IR" for f in only(nlp, text, "ATTENDED"))


# --- invitations and polarity ----------------------------------------------------

def test_not_inviting_a_state_is_a_negated_invitation(nlp):
    text = "انتقدت طهران عدم دعوة إيران إلى مؤتمر وارسو حول الشرق الأوسط."
    invited = only(nlp, text, "INVITED")
    assert invited and all(f[3] for f in invited if f[1] == "IR")


def test_an_invitation_to_take_part_is_asserted(nlp):
    text = "وجهت الجزائر دعوة ليبيا للمشاركة في القمة العربية المقبلة."
    assert any(f[1] == "LY" and not f[3] for f in only(nlp, text, "INVITED"))


def test_calling_on_a_state_to_do_something_is_no_invitation(nlp):
    assert not only(nlp, "دعا الأمين العام قطر إلى وقف تمويل الجماعات المتطرفة.", "INVITED")


# --- funding -------------------------------------------------------------------

def test_receiving_money_from_a_capital_is_funding_by_its_state_with_amount_and_channel(nlp):
    doc = nlp("وتلقت جماعة «بوكو حرام» أكثر من مليون يورو من طرابلس عبر حوالات مالية.")
    fact = next(f for f in doc._.facts if f["predicate"] == "FUNDED")
    assert (fact["subject"], fact["object"]) == ("LY", "org:boko-haram")
    assert fact["props"]["amount"] == 1_000_000 and fact["props"]["currency"] == "EUR"
    assert fact["props"]["channel"] == "transfers"


def test_giving_money_to_a_group_is_funding(nlp):
    got = only(nlp, "قدمت قطر مساعدات مالية بقيمة 50 مليون دولار إلى حركة «أنصار الدين» في مالي.", "FUNDED")
    assert ("FUNDED", "QA", "org:انصار-دين", False, "asserted") in got


@pytest.mark.parametrize("text", [
    "وتعهد المانحون خلال مؤتمر في الكويت بتقديم مساعدات بقيمة مليار دولار إلى سوريا.",
    "ووعد الحلفاء إثر اجتماعهم بلندن بتقديم منحة قيمتها 200 مليون دولار لليمن.",
])
def test_the_place_of_a_meeting_is_not_who_gives(nlp, text):
    assert not only(nlp, text, "FUNDED")


def test_a_state_that_says_where_it_gives_still_gives(nlp):
    got = only(nlp, "وأعلنت السعودية في الرياض أمس تقديم مساعدات بقيمة مليون دولار لليمن.", "FUNDED")
    assert {(f[1], f[2]) for f in got} == {("SA", "YE")}


def test_the_place_of_a_meeting_is_not_who_sanctions(nlp):
    assert not only(nlp, "وقرر المجتمعون في فرنسا فرض عقوبات على كوريا الشمالية.", "SANCTIONED")


def test_fighting_terrorist_financing_is_no_funding(nlp):
    assert not only(nlp, "أكدت السعودية وفرنسا ضرورة مكافحة تمويل تنظيم «داعش».", "FUNDED")


def test_a_reported_funding_claim_is_reported(nlp):
    got = only(nlp, "وبحسب تقارير صحفية، تلقت حركة «الشباب» دعماً مالياً من إريتريا.", "FUNDED")
    assert got and all(f[4] == "reported" for f in got)


# --- sanctions ------------------------------------------------------------------

def test_sanctions_on_named_people_and_their_funding_of_the_reason(nlp):
    text = ("فرضت بريطانيا عقوبات على شبكة تمول تنظيم «القاعدة». "
            "واستهدف الإجراء كلا من \"خالد العمري، وسالم الدوسري\".")
    got = facts(nlp, text)
    for person in ("person:خالد_العمري", "person:سالم_الدوسري"):
        assert ("SANCTIONED", "GB", person, False, "asserted") in got
        assert ("FUNDED", person, "org:al-qaeda", False, "asserted") in got


def test_a_demonym_imposes_no_sanctions(nlp):
    assert not only(nlp, "لوح الرئيس في العاصمة الإثيوبية بفرض عقوبات على الطرفين.", "SANCTIONED")


def test_ala_ma_alanat_introduces_no_sanctions_target(nlp):
    got = only(nlp, "جمدت تركيا أموال الرئيس اليمني السابق علي عبدالله صالح، على ما أعلنت وكالة الأناضول.",
               "SANCTIONED")
    assert ("SANCTIONED", "TR", "person:علي_عبد_الله_صالح", False, "asserted") in got
    assert not any(f[2] == "org:anadolu" for f in got)


# --- membership and affiliation ---------------------------------------------------

def test_an_organisation_followed_by_its_members_in_brackets(nlp):
    got = only(nlp, "ناقشت المجموعة الخماسية لمنطقة الساحل (موريتانيا ومالي والنيجر وتشاد وبوركينا فاسو) الوضع الأمني.",
               "MEMBER_OF")
    assert {f[1] for f in got} == {"MR", "ML", "NE", "TD", "BF"}
    assert {f[2] for f in got} == {"org:g5-sahel"}


def test_comprises_plus_members(nlp):
    got = only(nlp, "ويعد المنتدى العالمي لمكافحة الإرهاب الذي يضم 29 دولة إضافة إلى الاتحاد الأوروبي منصة للتعاون.",
               "MEMBER_OF")
    assert ("MEMBER_OF", "org:eu", "org:gctf", False, "asserted") in got


def test_a_title_named_elsewhere_with_its_state_gives_the_person_his_state(nlp):
    text = "وصل الرئيس عبد المجيد تبون إلى روما. وقال الرئيس الجزائري إن الزيارة ناجحة."
    assert ("AFFILIATED_WITH", "person:عبد_المجيد_تبون", "DZ", False, "asserted") in facts(nlp, text)


def test_a_group_subordinate_to_another_is_affiliated_with_it(nlp):
    got = only(nlp, "نفذت «جماعة نصرة الإسلام» التابعة لتنظيم «القاعدة» الهجوم.", "AFFILIATED_WITH")
    assert any(f[2] == "org:al-qaeda" for f in got)


def test_evidence_points_at_the_sentence_of_the_fact(nlp):
    text = "هذا خبر أول. فرضت كندا عقوبات على «حزب الله»."
    doc = nlp(text)
    fact = next(f for f in doc._.facts if f["predicate"] == "SANCTIONED")
    ev = fact["evidence"][0]
    assert ev["sentence"] == 1 and "فرضت" in text[ev["start"]:ev["end"]]


def test_a_fact_on_an_event_named_by_an_anaphor_cites_the_sentence_that_names_it(nlp):
    text = ("افتتح الرئيس المصري عبد الفتاح السيسي قناة السويس الجديدة في حفل أقيم في الإسماعيلية أمس. "
            "وحضر الحفل الرئيس الفرنسي فرانسوا هولاند.")
    doc = nlp(text)
    fact = next(f for f in doc._.facts if f["predicate"] == "ATTENDED" and f["subject"] == "person:فرنسوا_هولاند")
    assert [ev["sentence"] for ev in fact["evidence"]] == [1, 0]
    assert "الإسماعيلية" in text[fact["evidence"][1]["start"]:fact["evidence"][1]["end"]]
    named_here = next(f for f in doc._.facts if f["predicate"] == "ATTENDED" and f["subject"] != fact["subject"])
    assert [ev["sentence"] for ev in named_here["evidence"]] == [0]


# =====================================================================================
# More rules, one test each, with negative cases: a negated or planned fact must never
# come out as a positive asserted one.

ASSERTED, PLANNED, REPORTED = "asserted", "planned", "reported"


def person(name: str) -> str:
    """The key of a person named `name`."""
    return "person:" + "_".join(normalize(name).split())


def with_event(nlp, text: str) -> tuple[set[tuple], str]:
    """The facts of a text and the key of its only event."""
    return facts(nlp, text), event_of(nlp, text)


def fact_dicts(nlp, text: str, predicate: str) -> list[dict]:
    return [f for f in nlp(text)._.facts if f["predicate"] == predicate]


# --- HOSTED ---------------------------------------------------------------------

@pytest.mark.parametrize("text, host", [
    ("تستضيف تونس الشهر المقبل منتدى إقليميا لمكافحة التطرف.", "TN"),
    ("وتستعد بغداد لاحتضان مؤتمر إقليمي حول المياه.", "IQ"),
])
def test_a_host_preparing_or_next_month_hosts_a_planned_event(nlp, text, host):
    got, ev = with_event(nlp, text)
    assert ("HOSTED", host, ev, False, PLANNED) in got
    assert not any(f[4] == ASSERTED for f in got if f[0] in ("HOSTED", "ATTENDED", "HELD_IN"))


def test_lam_with_the_jussive_host_verb_is_a_negated_hosting_and_no_attendance(nlp):
    got, ev = with_event(nlp, "افتتح في داكار منتدى إقليمي للأمن. ولم تستضف مصر المنتدى رغم طلبها.")
    assert ("HOSTED", "EG", ev, True, ASSERTED) in got
    assert not any(f[1] == "EG" and not f[3] for f in got)


# --- ORGANIZED ------------------------------------------------------------------

def test_an_organisation_organising_a_seminar(nlp):
    got, ev = with_event(nlp, "نظمت جامعة الدول العربية ندوة إقليمية في القاهرة حول تمويل الإرهاب.")
    assert ("ORGANIZED", "org:arab-league", ev, False, ASSERTED) in got


def test_a_multi_word_subject_between_aqada_and_its_meeting_organised_it(nlp):
    got, ev = with_event(nlp, "عقد مجلس الأمن الدولي اجتماعا طارئا حول اليمن.")
    assert ("ORGANIZED", "org:un-security-council", ev, False, ASSERTED) in got


def test_the_state_where_a_summit_was_held_is_not_its_organiser(nlp):
    got, ev = with_event(nlp, "عقدت في الجزائر قمة عربية طارئة.")
    assert ("HELD_IN", ev, "DZ", False, ASSERTED) in got
    assert not any(f[0] == "ORGANIZED" for f in got)


def test_bimubadara_min_makes_each_listed_state_an_organiser(nlp):
    got, ev = with_event(nlp, "انطلق في نيامي ملتقى إقليمي لمكافحة الإرهاب بمبادرة من النيجر وتشاد.")
    assert {f for f in got if f[0] == "ORGANIZED"} == {("ORGANIZED", "NE", ev, False, ASSERTED),
                                                        ("ORGANIZED", "TD", ev, False, ASSERTED)}


def test_bimubadara_min_a_titled_person_makes_him_the_organiser(nlp):
    got, ev = with_event(nlp, "احتضنت وهران مؤتمرا دوليا حول الطاقة بمبادرة من الرئيس عبد المجيد تبون.")
    assert ("ORGANIZED", person("عبد المجيد تبون"), ev, False, ASSERTED) in got


def test_badara_ila_organising_an_event_makes_the_subject_its_organiser(nlp):
    got, ev = with_event(nlp, "بادرت السنغال إلى تنظيم مؤتمر دولي في داكار حول الهجرة.")
    assert ("ORGANIZED", "SN", ev, False, ASSERTED) in got


def test_badara_ila_something_else_organises_no_event_of_an_earlier_sentence(nlp):
    got = facts(nlp, "افتتح في داكار مؤتمر دولي حول الهجرة. وبادرت السنغال إلى حث الدول المانحة على الوفاء بتعهداتها.")
    assert not any(f[0] == "ORGANIZED" for f in got)


def test_a_sentence_initial_verb_takes_the_subject_that_opened_the_previous_sentence(nlp):
    got, ev = with_event(nlp, "وأكدت السنغال دعمها لجهود السلام في المنطقة. ونظمت مؤتمرا إقليميا حول الأمن في داكار.")
    assert ("ORGANIZED", "SN", ev, False, ASSERTED) in got


def test_a_dropped_subject_is_not_taken_from_deep_inside_the_previous_sentence(nlp):
    assert not only(nlp, "وفي سياق متصل أكدت السنغال دعمها لجهود السلام. ونظمت مؤتمرا إقليميا حول الأمن.",
                    "ORGANIZED")


# --- CHAIRED --------------------------------------------------------------------

def test_birriasa_a_titled_person_chairs_and_attends(nlp):
    got, ev = with_event(nlp, "افتتح في القاهرة منتدى دولي للشباب برئاسة رئيس الوزراء المصري مصطفى مدبولي.")
    assert ("CHAIRED", person("مصطفى مدبولي"), ev, False, ASSERTED) in got
    assert ("ATTENDED", person("مصطفى مدبولي"), ev, False, ASSERTED) in got


def test_a_negated_chair_is_negated_and_implies_no_attendance(nlp):
    got, ev = with_event(nlp, "افتتح في أكرا اجتماع حول الأمن البحري. ولم يترأس وزير الخارجية الغاني كوامي أدو الاجتماع.")
    assert ("CHAIRED", person("كوامي أدو"), ev, True, ASSERTED) in got
    assert ("CHAIRED", person("كوامي أدو"), ev, False, ASSERTED) not in got
    assert not any(f[0] in ("CHAIRED", "ATTENDED") and f[1] == "GH" for f in got)      # an official chairs, not his state


# --- ATTENDED -------------------------------------------------------------------

@pytest.mark.parametrize("text, attendees", [
    ("افتتح في بيروت مؤتمر إقليمي حول اللاجئين. وشارك العراق والأردن في المؤتمر.", {"IQ", "JO"}),
    ("عقد في أبوظبي اجتماع خليجي. وحضر الاجتماع ممثلون عن الكويت والبحرين.", {"KW", "BH"}),
    ("عقد في الجزائر مؤتمر لمكافحة الإرهاب بحضور وزراء الداخلية العرب وممثلي الأمم المتحدة.", {"org:un"}),
])
def test_attendance_by_verb_representatives_and_bihudur(nlp, text, attendees):
    got, ev = with_event(nlp, text)
    assert {("ATTENDED", a, ev, False, ASSERTED) for a in attendees} <= got


def test_a_speaker_not_said_to_speak_at_the_event_did_not_attend_it(nlp):
    got = facts(nlp, "احتضنت الرباط مؤتمرا دوليا حول الأمن الغذائي. وقال وزير الخارجية الموريتاني محمد سالم "
                     "ولد مرزوك إن المنطقة تواجه تحديات كبيرة.")
    assert not any(f[0] == "ATTENDED" and f[1] == person("محمد سالم ولد مرزوك") for f in got)


def test_a_dropped_speaker_reporting_what_the_meeting_did_attended_it(nlp):
    got, ev = with_event(nlp, "وصل وزير الخارجية الإيطالي أنطونيو تاياني إلى القاهرة للمشاركة في اجتماع وزاري حول "
                              "ليبيا. وأشار إلى أن الاجتماع ناقش سبل دعم الانتخابات.")
    assert ("ATTENDED", person("أنطونيو تاياني"), ev, False, ASSERTED) in got


def test_meeting_on_the_sidelines_of_a_summit_is_attending_it(nlp):
    text = "عقدت في الجزائر قمة عربية طارئة. وعلى هامش القمة، التقى الرئيس التونسي قيس سعيد نظيره المصري عبد الفتاح السيسي."
    got = facts(nlp, text)
    ev = next(s._.key for s in nlp(text).spans["events"] if "قمة" in s.text)     # the meeting is an event of its own
    assert ("ATTENDED", person("قيس سعيد"), ev, False, ASSERTED) in got
    assert ("ATTENDED", person("عبد الفتاح السيسي"), ev, False, ASSERTED) in got
    assert ("AFFILIATED_WITH", person("عبد الفتاح السيسي"), "EG", False, ASSERTED) in got
    assert ("AFFILIATED_WITH", person("قيس سعيد"), "EG", False, ASSERTED) not in got


@pytest.mark.parametrize("text", [
    "افتتح في مدريد مؤتمر حول الهجرة. ولم تشارك الجزائر في المؤتمر.",
    "احتضنت مدريد مؤتمرا حول الهجرة دون مشاركة الجزائر.",
])
def test_lam_or_dun_before_attendance_is_a_negated_attendee(nlp, text):
    got, ev = with_event(nlp, text)
    assert ("ATTENDED", "DZ", ev, True, ASSERTED) in got
    assert not any(f[1] == "DZ" and not f[3] for f in got)


def test_an_attendance_a_newspaper_revealed_is_reported(nlp):
    got, ev = with_event(nlp, "كشفت صحيفة أمريكية أن قطر شاركت في اجتماع سري عقد في إسطنبول.")
    assert ("ATTENDED", "QA", ev, False, REPORTED) in got
    assert ("ATTENDED", "QA", ev, False, ASSERTED) not in got


def test_attendance_of_a_future_event_is_planned(nlp):
    got, ev = with_event(nlp, "سيعقد في الدوحة مؤتمر دولي حول التعليم الشهر المقبل بمشاركة الكويت.")
    assert ("ATTENDED", "KW", ev, False, PLANNED) in got
    assert not any(f[4] == ASSERTED for f in got if f[0] in ("ATTENDED", "HOSTED", "HELD_IN"))


# --- INVITED --------------------------------------------------------------------

def test_no_invitation_addressed_ila_a_state_is_a_negated_invitation(nlp):
    got, ev = with_event(nlp, "تحتضن فيينا مؤتمرا حول الملف النووي، رغم عدم توجيه دعوة إلى إيران.")
    assert ("INVITED", "IR", ev, True, ASSERTED) in got
    assert ("INVITED", "IR", ev, False, ASSERTED) not in got


def test_an_invitation_addressed_ila_a_state_to_take_part(nlp):
    got, ev = with_event(nlp, "عقدت في طوكيو قمة لمجموعة السبع، ووجهت اليابان دعوة إلى الهند للمشاركة في القمة.")
    assert ("INVITED", "IN", ev, False, ASSERTED) in got


def test_the_subject_of_an_inviting_verb_is_not_invited(nlp):
    got, ev = with_event(nlp, "تنعقد في لندن قمة حول أفغانستان، ودعت بريطانيا باكستان إلى المشاركة في القمة.")
    assert ("INVITED", "PK", ev, False, ASSERTED) in got
    assert not any(f[0] == "INVITED" and f[1] == "GB" for f in got)


@pytest.mark.parametrize("text", [
    "افتتح في بروكسل مؤتمر حول سوريا. ودعت فرنسا إيران إلى وقف دعم الميليشيات في المنطقة.",
    "عقدت في عمان قمة ثلاثية، ودعا الملك الأردني إسرائيل إلى احترام الوضع القائم في القدس.",
])
def test_calling_on_a_state_in_a_text_about_an_event_is_no_invitation(nlp, text):
    assert not only(nlp, text, "INVITED")


# --- FUNDED ---------------------------------------------------------------------

def test_a_sum_sent_with_a_conjunction_before_the_verb_is_the_amount_of_the_funding(nlp):
    [fact] = fact_dicts(nlp, "وأرسلت ليبيا أكثر من مليوني يورو إلى جماعة «بوكو حرام» عبر حوالات مصرفية.", "FUNDED")
    assert (fact["subject"], fact["object"], fact["negated"]) == ("LY", "org:boko-haram", False)
    assert (fact["props"]["amount"], fact["props"]["currency"], fact["props"]["channel"]) == (
        2_000_000, "EUR", "transfers")


@pytest.mark.parametrize("text, funder", [
    ("عقد في الرياض مؤتمر حول اللاجئين على نفقة المملكة العربية السعودية.", "SA"),
    ("عقد في عمان مؤتمر لدعم اللاجئين بتمويل من الاتحاد الأوروبي.", "org:eu"),
])
def test_an_event_ala_nafaqat_or_bitamwil_min_an_actor_is_funded_by_it(nlp, text, funder):
    got, ev = with_event(nlp, text)
    assert ("FUNDED", funder, ev, False, ASSERTED) in got


@pytest.mark.parametrize("text, funder, recipient, channel", [
    ("وتمول قطر حركة «طالبان» عبر جمعيات خيرية.", "QA", "org:taliban", "charities"),
    ("ومولت إيران جماعة الحوثيين بالأسلحة والأموال.", "IR", "org:houthis", None),
])
def test_funding_verbs_and_their_channels(nlp, text, funder, recipient, channel):
    [fact] = fact_dicts(nlp, text, "FUNDED")
    assert (fact["subject"], fact["object"], fact["negated"], fact["modality"]) == (funder, recipient, False, ASSERTED)
    assert fact["props"].get("channel") == channel


@pytest.mark.parametrize("text", [
    "وأكد البيان ضرورة مكافحة تمويل الإرهاب وتجفيف منابعه.",
    "وبحث الوزيران سبل وقف تمويل حركة «طالبان» من عائدات المخدرات.",
])
def test_fighting_or_stopping_financing_is_no_funding(nlp, text):
    assert not only(nlp, text, "FUNDED")


@pytest.mark.parametrize("text, funder, recipient", [
    ("لم تقدم الكويت دعما ماليا لحركة حماس.", "KW", "org:hamas"),
    ("ولم تتلق حركة «طالبان» أي أموال من باكستان.", "PK", "org:taliban"),
])
def test_funding_that_did_not_happen_is_negated(nlp, text, funder, recipient):
    assert only(nlp, text, "FUNDED") == {("FUNDED", funder, recipient, True, ASSERTED)}


# --- SANCTIONED -----------------------------------------------------------------

def test_the_sanctions_frame_ends_some_sentences_later(nlp):
    got = facts(nlp, "فرضت كندا عقوبات على حزب الله. " + "وتواصل الجدل حول الانتخابات في البلاد. " * 9 +
                "واستهدف الإجراء كلا من «يوسف الحربي».")
    assert not any(f[2] == person("يوسف الحربي") for f in got)


def test_a_future_sanction_is_planned(nlp):
    assert only(nlp, "ستفرض اليابان عقوبات على كوريا الشمالية الشهر المقبل.", "SANCTIONED") == {
        ("SANCTIONED", "JP", "KP", False, PLANNED)}


@pytest.mark.parametrize("text", [
    "رفضت ألمانيا فرض عقوبات على روسيا.",
    "رفعت الولايات المتحدة العقوبات عن السودان.",
])
def test_refused_or_lifted_sanctions_are_no_asserted_sanctions(nlp, text):
    assert not any(not f[3] for f in only(nlp, text, "SANCTIONED"))


def test_istahdafa_without_a_sanctions_measure_is_no_sanction(nlp):
    assert not only(nlp, "واستهدفت غارة جوية مواقع لحركة «طالبان» في ولاية هلمند.", "SANCTIONED")


# --- MEMBER_OF and AFFILIATED_WITH ------------------------------------------------

def test_joining_an_organisation_makes_a_member_and_not_joining_is_negated(nlp):
    got = only(nlp, "وانضمت السويد إلى حلف شمال الأطلسي، فيما لم تنضم النمسا إلى حلف شمال الأطلسي.", "MEMBER_OF")
    assert got == {("MEMBER_OF", "SE", "org:nato", False, ASSERTED), ("MEMBER_OF", "AT", "org:nato", True, ASSERTED)}


@pytest.mark.parametrize("text, name, state", [
    ("ونفذ المتشدد الليبي «عبد الحكيم المهدوي» الهجوم.", "عبد الحكيم المهدوي", "LY"),
    ("واعتقلت السلطات المواطن التونسي سامي الطرابلسي في المطار.", "سامي الطرابلسي", "TN"),
])
def test_a_nationality_adjective_before_a_name(nlp, text, name, state):
    assert (name, state) in {(e["name"], e["props"].get("nationality")) for e in nlp(text)._.entities.values()}
    assert not any(f[0] == "AFFILIATED_WITH" and f[1] == person(name) for f in facts(nlp, text))


def test_a_title_named_elsewhere_with_two_states_gives_the_person_no_state(nlp):
    got = facts(nlp, "وصل الرئيس كاسيم جومارت توكاييف إلى أنقرة. واستقبله الرئيس التركي، فيما اتصل به الرئيس الروسي.")
    assert not any(f[0] == "AFFILIATED_WITH" and f[1] == person("كاسيم جومارت توكاييف") for f in got)
