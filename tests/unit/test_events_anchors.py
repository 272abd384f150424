"""athar_events on sentences written for these tests: what names an event (a slogan only for want of
more, the whole construct chain, the round), and which mentions anchor no event of their own."""
from __future__ import annotations

import pytest

from event_mentions import events, the_event


# ------------------------------------------------------- naming: slogan, chain, round
def test_a_slogan_is_an_alias_when_the_phrase_names_the_event(nlp):
    event = the_event(nlp, "افتتح الأمير أمس في الرياض ملتقى الشباب الخليجي تحت شعار «معا نبني المستقبل».")
    assert event["name"] == "ملتقى الشباب الخليجي"
    assert "معا نبني المستقبل" in event["aliases"] and event["props"]["slogan"] == "معا نبني المستقبل"
    assert "title" not in event["props"]


def test_a_slogan_names_the_event_only_for_want_of_more(nlp):
    event = the_event(nlp, "نظمت الجامعة أمس في الدمام مؤتمرا دوليا تحت شعار «العلم للجميع».")
    assert event["name"] == "العلم للجميع"


@pytest.mark.parametrize("text, name", [
    ("شاركت البعثة في دورة الألعاب العالمية الصيفية للأولمبياد الخاص في أثينا الشهر الماضي.",
     "دورة الألعاب العالمية الصيفية للأولمبياد الخاص في أثينا"),
    ("عقد في الكويت أمس اجتماع اللجنة الخاصة بالمياه.", "اجتماع اللجنة"),
])
def test_an_agreeing_khass_belongs_to_the_name_and_khass_bi_ends_it(nlp, text, name):
    assert the_event(nlp, text)["name"] == name


def test_a_committee_after_lam_keeps_its_genitive_chain(nlp):
    found, spans = events(nlp, "عقد في القاهرة أمس اجتماع للجنة متابعة مبادرة السلام العربية برئاسة الأردن.")
    assert [e["name"] for e in found] == ["اجتماع للجنة متابعة مبادرة السلام العربية"]


def test_the_opening_round_is_the_first_not_the_second(nlp):
    found, _ = events(nlp, "تستضيف الدوحة الأسبوع المقبل الجولة الثانية من المحادثات بين الطرفين. "
                           "وكانت عمان استضافت الجولة الافتتاحية من المحادثات في العاصمة الأردنية الشهر الماضي.")
    assert sorted((e["props"]["edition"], e["props"].get("city")) for e in found) == [(1, "العاصمة الأردنية"), (2, "الدوحة")]


def test_the_same_city_is_no_city_name(nlp):
    found, _ = events(nlp, "عقدت الجولة الثانية من المفاوضات في جنيف، بعد الجولة الأولى التي عقدت في المدينة نفسها.")
    assert all(e["props"].get("city") != "نفسها" for e in found)


# ------------------------------------------------------- mentions that anchor nothing of their own
@pytest.mark.parametrize("text", [
    "وأوضح رئيس الاتحاد أنه تم الاتفاق مع مدرب جديد للفريق الأول.",
    "وقال النائب إن الاتفاق السيئ يهدد أمن المنطقة كلها.",
    "وأكد المتحدث أن اتفاق الطرفين سيصمد رغم الخلافات.",
    "وتصل بعثة نادي الاتفاق إلى الدمام مساء اليوم.",
])
def test_agreeing_a_judgement_a_generic_party_or_a_club_is_no_agreement(nlp, text):
    found, _ = events(nlp, text)
    assert found == [], [e["name"] for e in found]


def test_a_regional_series_name_alone_is_the_summit_of_the_article(nlp):
    found, spans = events(nlp, "اختتمت أمس في الدوحة القمة العربية السابعة والعشرون. "
                               "وقال الأمين العام إن القمة العربية أقرت خطة للتنمية.")
    assert len(found) == 1 and found[0]["props"]["city"] == "الدوحة" and len(spans) == 2


def test_the_next_one_of_a_regional_series_is_an_event(nlp):
    assert [e["props"]["kind"] for e in events(nlp, "ودعت الجزائر ليبيا إلى القمة العربية المقبلة.")[0]] == ["summit"]


def test_a_recurring_series_name_with_nothing_else_is_no_event(nlp):
    assert events(nlp, "وذكّر الكاتب بخطاب ألقاه الزعيم الراحل في القمة العربية قبل الحرب.")[0] == []


def test_an_edition_of_a_regional_series_is_an_event(nlp):
    found, _ = events(nlp, "وأكد البيان الختامي للقمة الخليجية السادسة والثلاثين دعم الحل السياسي.")
    assert [(e["props"]["kind"], e["props"]["edition"]) for e in found] == [("summit", 36)]


def test_a_text_or_a_national_process_is_named_by_its_adjective_alone(nlp):
    found, _ = events(nlp, "وجدد الوزير تمسك حكومته بالمبادرة الخليجية ومخرجات مؤتمر الحوار الوطني.")
    assert sorted(e["props"]["kind"] for e in found) == ["conference", "document"]


# ------------------------------------------------------- one event told twice in one article
def test_a_statement_of_a_summit_is_no_event_the_summit_is(nlp):
    found, spans = events(nlp, "أشاد البيان المشترك لقمة كامب ديفيد بالتعاون. وكانت قمة كامب ديفيد عقدت الشهر الماضي.")
    assert [(e["name"], e["props"]["kind"]) for e in found] == [("قمة كامب ديفيد", "summit")] and len(spans) == 2


def test_agreements_across_two_oceans_stay_apart(nlp):
    found, _ = events(nlp, "يعارض المزارعون اتفاق التبادل الحر عبر الأطلسي. "
                           "ويرى الخبراء أن اتفاقية التبادل الحر عبر المحيط الهادي تضر بهم.")
    assert len(found) == 2, [e["name"] for e in found]


def test_an_anaphor_with_its_own_date_refers_to_no_event_of_another_date(nlp):
    found, spans = events(nlp, "يأمل الكونغرس المصادقة قبل الانتخابات الرئاسية الأميركية في نوفمبر 2016. "
                               "وقال إن رئيس الوزراء الكندي سيخوض الانتخابات في أكتوبر 2015.")
    assert [e["props"].get("date") for e in found] == ["2016-11"]
    assert [text for _, text, _ in spans] == ["الانتخابات الرئاسية الأميركية"]


def test_elections_of_one_country_told_twice_are_one(nlp):
    found, _ = events(nlp, "تبدأ حملة الانتخابات الرئاسية والتشريعية في الولايات المتحدة في نوفمبر 2016. "
                           "وقد يتأخر الاتفاق إلى ما بعد الانتخابات الرئاسية الأميركية.")
    assert len(found) == 1, [e["name"] for e in found]


def test_the_body_after_lam_names_the_same_meeting(nlp):
    found, _ = events(nlp, "وكان الاجتماع الأول للمكتب التنفيذي قد تأجل. وقال إن اجتماع المكتب التنفيذي للحزب ناقش الأزمة.")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "وأوضح الوزير في حوار لـ «عكاظ» أن المشكلة تكمن في التمويل.",
    "دعمت الاتحادات إعادة ترشيحه لدورة رئاسية جديدة للاتحاد الدولي.",
    "وناقش المجلس خلال الدورة التشريعية مشروع النظام.",
])
def test_an_interview_with_a_paper_written_apart_or_a_term_of_office_is_no_event(nlp, text):
    assert events(nlp, text)[0] == []


def test_elections_of_two_sorts_in_one_country_stay_apart(nlp):
    found, _ = events(nlp, "تجري الانتخابات البلدية في مصر قريبا. وتليها الانتخابات الرئاسية المصرية.")
    assert len(found) == 2, [e["name"] for e in found]


def test_agreements_across_one_ocean_named_two_ways_are_one(nlp):
    found, _ = events(nlp, "يعارض المزارعون اتفاق الشراكة عبر المحيط الهادي. "
                           "ويرى الخبراء أن اتفاقية التبادل الحر عبر المحيط الهادي تضر بهم.")
    assert len(found) == 1, [e["name"] for e in found]


@pytest.mark.parametrize("text, city", [
    ("افتتح الأمير معرضا للصور في المدينة الجامعية أمس.", None),
    ("عقد المؤتمر الأول للتعليم بمدينة عنتيبي الأوغندية أمس.", "عنتيبي"),
])
def test_an_unlisted_city_follows_an_indefinite_madina_only(nlp, text, city):
    found, _ = events(nlp, text)
    assert [e["props"].get("city") for e in found] in ([], [city])
    assert city is None or found


def test_a_definite_body_after_lil_takes_no_indefinite_noun_after_it(nlp):
    found, _ = events(nlp, "وأقر المجلس في الرياض خلال الدورة السادسة للمجلس مشروع نظام جديد.")
    assert all("مشروع" not in e["name"] for e in found), [e["name"] for e in found]


def test_a_capital_after_with_is_its_state_as_a_party(nlp):
    event = the_event(nlp, "وانتقد النائب الاتفاقية التجارية مع طهران بشدة.")
    assert event["props"]["participants"] == ["IR"] and "city" not in event["props"]


def test_a_meeting_of_theirs_is_named_by_its_owners(nlp):
    found, spans = events(nlp, "أكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم المشترك ضرورة التنسيق. "
                               "واتفق الوزراء في ختام الاجتماع على خطوات.")
    assert [e["name"] for e in found] == ["اجتماع وزراء خارجية دول الخليج وأمريكا"]
    assert found[0]["props"]["participants"] == ["org:gcc", "US"] and len(spans) == 2


@pytest.mark.parametrize("text", [
    "واستعرض الوزراء في اجتماعهم الخطة.",
    "وقال الرئيس إن مسؤولي مصر في اجتماعهم بحثوا الأزمة.",
])
def test_a_meeting_of_unnamed_owners_is_no_event(nlp, text):
    assert events(nlp, text)[0] == []


def test_a_bare_anaphor_never_refers_to_a_regional_name_of_another_kind(nlp):
    found, spans = events(nlp, "وأكد الوزراء في ختام الاجتماع دعمهم لمخرجات مؤتمر الحوار الوطني.")
    assert [e["props"]["kind"] for e in found] == ["conference"]
    assert "الاجتماع" not in [text for _, text, _ in spans]


def test_a_feminine_ordinal_after_a_masculine_trigger_is_no_edition(nlp):
    found, _ = events(nlp, "وتقام غدا في جدة مباريات الدوري، ويبرز لقاء المجموعة الثانية.")
    assert all("edition" not in e["props"] for e in found)
    assert the_event(nlp, "افتتح الأمير في جدة الملتقى الثاني لشباب المنطقة.")["props"]["edition"] == 2


def test_a_statement_of_his_is_no_named_document(nlp):
    assert events(nlp, "ودعا الوزير في بيان له الأمة إلى الوقوف صفا واحدا.")[0] == []


@pytest.mark.parametrize("text", [
    "وقال الأمين العام في بيان «إنه لا توجد أي قضية تبرر استهداف المدنيين».",
    "وأضاف الاتحاد في بيان «نساند المرشح في حملته الانتخابية بكل قوة ووضوح».",
])
def test_a_quoted_sentence_after_a_statement_is_what_it_says_not_its_name(nlp, text):
    assert events(nlp, text)[0] == []


def test_a_short_quoted_name_after_a_statement_names_it(nlp):
    assert [e["name"] for e in events(nlp, "وصدر في الرياض أمس بيان «نداء السلام» عن المؤتمر.")[0]] == ["نداء السلام"]
