"""Relation rules (athar_relations) on sentences written for these tests.

Each test names the rule; facts are compared as (predicate, subject, object, negated, modality).
"""
import pytest

from extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


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
    assert ("SANCTIONED", "TR", "person:علي_عبدالله_صالح", False, "asserted") in got
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
