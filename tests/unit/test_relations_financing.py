"""Sanctions, designations and funding (issue 14) on sentences written for these tests: who designates,
whom, for what; a threatened, proposed or blocked listing; lifting is not imposing; funding with its
amount and channel; a nationality adjective never acts."""
import pytest

from athar.extract.arabic import normalize

ASSERTED, PLANNED, REPORTED = "asserted", "planned", "reported"


def only(nlp, text: str, predicate: str) -> set[tuple]:
    return {(f["predicate"], f["subject"], f["object"], f["negated"], f["modality"])
            for f in nlp(text)._.facts if f["predicate"] == predicate}


def person(name: str) -> str:
    return "person:" + "_".join(normalize(name).split())


# --- designations and sanctions ---------------------------------------------------

def test_sanctions_for_financing_a_group_make_the_target_its_funder(nlp):
    text = "فرضت الولايات المتحدة عقوبات على خالد العمري لتمويله حزب الله."
    assert only(nlp, text, "SANCTIONED") == {("SANCTIONED", "US", person("خالد العمري"), False, ASSERTED)}
    assert only(nlp, text, "FUNDED") == {("FUNDED", person("خالد العمري"), "org:hezbollah", False, ASSERTED)}


def test_a_listing_charged_with_financing_is_a_reported_funding(nlp):
    text = "أدرجت السعودية خالد العمري على قائمة الإرهاب بتهمة تمويل تنظيم القاعدة."
    assert ("SANCTIONED", "SA", person("خالد العمري"), False, ASSERTED) in only(nlp, text, "SANCTIONED")
    assert only(nlp, text, "FUNDED") == {("FUNDED", person("خالد العمري"), "org:al-qaeda", False, REPORTED)}


@pytest.mark.parametrize("text, sanctioner, target", [
    ("هددت الولايات المتحدة بإدراج حزب الله على قائمة الإرهاب.", "US", "org:hezbollah"),
    ("اقترحت فرنسا إدراج حركة حماس على قائمة العقوبات.", "FR", "org:hamas"),
    ("وتسعى بريطانيا لإدراج جبهة النصرة على قائمة العقوبات الدولية.", "GB", "org:al-nusra"),
])
def test_a_threatened_or_proposed_listing_is_planned(nlp, text, sanctioner, target):
    assert only(nlp, text, "SANCTIONED") == {("SANCTIONED", sanctioner, target, False, PLANNED)}


@pytest.mark.parametrize("text, sanctioner, target", [
    ("عرقلت روسيا إدراج جبهة النصرة على قائمة الإرهاب في مجلس الأمن.", "RU", "org:al-nusra"),
    ("رفضت الصين إدراج جماعة «جيش محمد» على قائمة العقوبات.", "CN", "org:جيش-محمد"),
])
def test_a_blocked_or_rejected_listing_is_negated(nlp, text, sanctioner, target):
    assert only(nlp, text, "SANCTIONED") == {("SANCTIONED", sanctioner, target, True, ASSERTED)}


def test_a_call_on_another_to_list_is_no_measure_of_either(nlp):
    assert not only(nlp, "دعت فرنسا الاتحاد الأوروبي إلى إدراج حزب الله على قائمة الإرهاب.", "SANCTIONED")


@pytest.mark.parametrize("text, sanctioner, target", [
    ("أعلنت ألمانيا حظر أنشطة حزب الله على أراضيها.", "DE", "org:hezbollah"),
    ("قررت الحكومة المصرية تجميد أصول جماعة الإخوان المسلمين.", "EG", "org:muslim-brotherhood"),
    ("أعلنت الولايات المتحدة فرض عقوبات على إيران.", "US", "IR"),
])
def test_the_subject_of_the_clause_governing_a_verbal_noun_takes_the_measure(nlp, text, sanctioner, target):
    assert only(nlp, text, "SANCTIONED") == {("SANCTIONED", sanctioner, target, False, ASSERTED)}


def test_a_banned_group_is_sanctioned_but_a_banned_activity_names_no_target(nlp):
    assert only(nlp, "حظرت ألمانيا حزب الله.", "SANCTIONED") == {("SANCTIONED", "DE", "org:hezbollah", False, ASSERTED)}
    assert not only(nlp, "حظرت السعودية السفر إلى لبنان.", "SANCTIONED")


def test_a_subject_before_the_designating_verb_and_its_object_after_it(nlp):
    got = only(nlp, "وكانت الولايات المتحدة قد صنفت جبهة النصرة منظمة إرهابية.", "SANCTIONED")
    assert got == {("SANCTIONED", "US", "org:al-nusra", False, ASSERTED)}


def test_a_relative_clause_designates_its_antecedent_or_the_groups_it_lists(nlp):
    got = only(nlp, "وقال إن «حزب الله»، الذي تصنفه الولايات المتحدة منظمة إرهابية، يقاتل في سوريا.", "SANCTIONED")
    assert got == {("SANCTIONED", "US", "org:hezbollah", False, ASSERTED)}
    got = only(nlp, "تحدث الوزير عن الجماعات الإرهابية التي حظرتها الولايات المتحدة على غرار بوكو حرام والقاعدة.",
               "SANCTIONED")
    assert {f[2] for f in got} == {"org:boko-haram", "org:al-qaeda"} and {f[1] for f in got} == {"US"}


def test_the_agent_of_imposed_sanctions_named_by_a_passive_participle(nlp):
    got = only(nlp, "ستبقى العقوبات المفروضة من الاتحاد الأوروبي على إيران حتى 2020.", "SANCTIONED")
    assert got == {("SANCTIONED", "org:eu", "IR", False, ASSERTED)}


@pytest.mark.parametrize("text", [
    "رفعت الولايات المتحدة العقوبات عن السودان.",
    "رفع الاتحاد الأوروبي العقوبات المفروضة على إيران.",
    "طالبت قطر برفع الحظر عن إيران.",
    "شطبت الأمم المتحدة اسم حركة طالبان من قائمة العقوبات.",
    "فرضت قوات الأمن حظر التجول على المدينة.",
    "وقال المتحدث إن العقوبات الأميركية على إيران ستبقى.",
])
def test_lifting_a_curfew_or_an_adjective_imposes_no_sanction(nlp, text):
    assert not only(nlp, text, "SANCTIONED")


# --- funding ----------------------------------------------------------------------

def fund(nlp, text: str) -> list[dict]:
    return [f for f in nlp(text)._.facts if f["predicate"] == "FUNDED"]


@pytest.mark.parametrize("text, funder, recipient, amount, currency, channel", [
    ("قدمت الإمارات مساعدات إنسانية بقيمة 100 مليون دولار لليمن.", "AE", "YE", 100_000_000, "USD", "aid"),
    ("تبرعت الكويت بمبلغ 10 ملايين دولار للأونروا.", "KW", "org:unrwa", 10_000_000, "USD", None),
    ("قدم البنك الدولي قرضا لمصر بقيمة 3 مليارات دولار.", "org:world-bank", "EG", 3_000_000_000, "USD", None),
    ("منحت السعودية مصر 100 مليون دولار لبناء السد العالي.", "SA", "EG", 100_000_000, "USD", None),
    ("بلغت المساعدات المقدمة من الإمارات إلى اليمن 485 مليون درهم.", "AE", "YE", 485_000_000, "AED", "aid"),
    ("دفعت الحكومة الفرنسية فدية لتنظيم القاعدة في بلاد المغرب الإسلامي.", "FR", "org:aqim", None, None, "ransom"),
])
def test_money_given_with_its_amount_currency_and_channel(nlp, text, funder, recipient, amount, currency, channel):
    got = fund(nlp, text)
    assert [(f["subject"], f["object"], f["negated"], f["modality"]) for f in got] == [(funder, recipient, False, ASSERTED)]
    props = got[0]["props"]
    assert (props.get("amount"), props.get("currency"), props.get("channel")) == (amount, currency, channel)


def test_a_charge_of_financing_makes_the_accused_a_reported_funder(nlp):
    assert only(nlp, "تتهم واشنطن إيران بتمويل حزب الله.", "FUNDED") == {
        ("FUNDED", "IR", "org:hezbollah", False, REPORTED)}
    got = fund(nlp, "اتهم التقرير قطر بتمويل جبهة النصرة عبر دفع فدية.")
    assert [(f["subject"], f["object"], f["modality"], f["props"].get("channel")) for f in got] == [
        ("QA", "org:al-nusra", REPORTED, "ransom")]


def test_what_a_source_says_was_funded_is_reported_and_a_denial_negated(nlp):
    assert only(nlp, "وقالت الوزارة إن قطر موّلت جماعة الإخوان المسلمين.", "FUNDED") == {
        ("FUNDED", "QA", "org:muslim-brotherhood", False, REPORTED)}
    got = only(nlp, "نفت قطر أن تكون موّلت جبهة النصرة.", "FUNDED")
    assert got and all(f[3] for f in got)


def test_a_named_buyer_of_a_groups_oil_funds_it_but_its_income_alone_funds_nobody(nlp):
    got = fund(nlp, "يبيع تنظيم داعش النفط للنظام السوري.")
    assert [(f["subject"], f["object"], f["props"]["channel"]) for f in got] == [("SY", "org:isis", "oil")]
    assert not fund(nlp, "يحصل تنظيم داعش على ملايين الدولارات من بيع النفط.")
    assert not fund(nlp, "باعت السعودية النفط للصين بأسعار مخفضة.")


@pytest.mark.parametrize("text", [
    "وقعت شركة صينية عقدا لتمويل مشروع في مصر.",
    "تلقت جبهة النصرة أموالا من متبرعين كويتيين.",
    "قالت وزارة المالية اليونانية إن أثينا تدفع 4.2 مليار يورو من الديون والفوائد المستحقة للبنك المركزي الأوروبي.",
    "دعت فرنسا إلى مكافحة تمويل تنظيم داعش.",
])
def test_an_adjective_a_debt_or_countering_finance_is_no_funding(nlp, text):
    assert not fund(nlp, text)


# --- membership -------------------------------------------------------------------

def members(nlp, text: str) -> set[tuple]:
    return {(f[1], f[2]) for f in only(nlp, text, "MEMBER_OF") if not f[3]}


def test_an_organisation_after_its_comprising_verb_and_its_members_after_fi_udwiyatiha(nlp):
    assert members(nlp, "وتضم منظمة أوبك في عضويتها السعودية والعراق وإيران.") == {
        ("SA", "org:opec"), ("IQ", "org:opec"), ("IR", "org:opec")}


def test_members_in_brackets_after_an_adjective_outside_the_name(nlp):
    got = members(nlp, "أكدت دول مجلس التعاون الخليجي (السعودية والإمارات والكويت) دعمها.")
    assert got == {("SA", "org:gcc"), ("AE", "org:gcc"), ("KW", "org:gcc")}


def test_the_membership_of_a_state_in_an_organisation(nlp):
    assert members(nlp, "رحبت الجامعة بعضوية فلسطين في المحكمة الجنائية الدولية.") == {("PS", "org:icc")}


def test_a_state_taking_part_within_an_alliance_is_its_member_but_a_person_or_a_name_before_is_not(nlp):
    assert members(nlp, "تشارك مصر بقوات جوية وبحرية ضمن التحالف العربي في اليمن.") == {("EG", "org:arab-coalition")}
    assert not members(nlp, "شارك وزير الخارجية المصري سامح شكري في مجلس الأمن.")
    assert not members(nlp, "قدمت الإمارات الدعم لليمن، وتشارك في التحالف العربي بثلاثين طائرة.") - {
        ("AE", "org:arab-coalition")}


def test_what_a_list_includes_is_no_membership_in_its_first_item(nlp):
    assert not members(nlp, "وأشار التقرير إلى أنها تشمل صندوق النقد الدولي، والبنك الدولي، والبنك الإسلامي للتنمية.")


# --- affiliation ------------------------------------------------------------------

def ties(nlp, text: str) -> set[tuple]:
    return {(f[1], f[2]) for f in only(nlp, text, "AFFILIATED_WITH")}


@pytest.mark.parametrize("text", [
    "أعلنت جبهة النصرة، فرع تنظيم القاعدة في سوريا، مسؤوليتها عن الهجوم.",
    "أعلنت جبهة النصرة، الذراع السوري لتنظيم القاعدة، مسؤوليتها عن الهجوم.",
])
def test_a_branch_or_wing_in_apposition_is_affiliated_with_its_parent_not_with_a_state(nlp, text):
    got = ties(nlp, text)
    assert ("org:al-nusra", "org:al-qaeda") in got and not any(o == "SY" for s, o in got if s == "org:al-nusra")


def test_a_director_of_a_quoted_organisation_belongs_to_it(nlp):
    got = ties(nlp, "وقال لوري والاش مدير منظمة «هيومن رايتس ووتش» في واشنطن إن الاتفاق سيئ.")
    assert got == {(person("لوري والاش"), "org:hrw")}


def test_a_director_of_something_unnamed_belongs_to_nothing(nlp):
    assert not ties(nlp, "وقال لوري والاش مدير منظمة إنسانية في واشنطن إن الاتفاق سيئ.")


def test_a_minister_in_the_government_of_a_state_after_a_second_portfolio_belongs_to_it(nlp):
    got = ties(nlp, "عبر جلبير أوندونجو، وزير المالية والاقتصاد في حكومة الكونغو، عن تفاؤله.")
    assert got == {(person("جلبير أوندونجو"), "CG")}


def test_an_ambassador_belongs_to_his_state_not_to_his_post(nlp):
    got = ties(nlp, "قال سفير السعودية لدى مصر أحمد قطان إن العلاقات قوية.")
    assert got == {(person("أحمد قطان"), "SA")}


def test_a_second_title_after_a_conjunction_is_another_persons(nlp):
    got = ties(nlp, "التقى الأمير محمد بن سلمان ولي ولي العهد والرئيس المصري في القاهرة.")
    assert (person("محمد بن سلمان"), "EG") not in got


def test_an_office_with_a_second_portfolio_is_not_the_office_without_it(nlp):
    text = ("أعفي محمد الجاسر وزير الاقتصاد من منصبه. "
            "واستقبل الملك وزير الاقتصاد والطاقة الألماني.")
    assert (person("محمد الجاسر"), "DE") not in ties(nlp, text)


def test_a_donation_to_the_un_agency_for_palestine_refugees_goes_to_unrwa_not_the_un(nlp):
    text = "وقدم الاتحاد الأوروبي تبرعا بقيمة ثلاثة ملايين يورو لوكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين."
    assert {f[2] for f in only(nlp, text, "FUNDED")} == {"org:unrwa"}
