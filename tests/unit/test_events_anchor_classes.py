"""Anchors of events found in the text around them, and mentions that anchor nothing, on sentences
written for these tests: a date next to a name holding a trigger word, a month named twice, the place
of an agreement in the clause after it, a news medium's interview, an age read as an edition and
two names of one ceremony across documents."""
from __future__ import annotations

import pytest

from athar.extract.dates import find_dates
from athar.extract.model import Document, DocumentFacts, Entity
from athar.extract.resolve import Resolver
from event_mentions import events, the_event


def test_a_trigger_word_inside_a_name_takes_no_date_from_the_event(nlp):
    # "نداء" in the party's name is no appeal: the date after the name is the meeting's
    event = the_event(nlp, "اجتمع المكتب التنفيذي لحركة نداء تونس يوم 3 مايو 2021 لبحث التحالفات.")
    assert event["props"]["date"] == "2021-05-03"


@pytest.mark.parametrize("text, date", [
    ("أقيمت الدورة في فبراير - شباط 2014 بمدينة كبيرة.", "2014-02"),
    ("وعقد الاجتماع في 10 مارس - آذار 2013 بالقاهرة.", "2013-03-10"),
])
def test_a_month_named_twice_is_one_date_with_the_year_after_the_second_name(text, date):
    found = [m for m in find_dates(text, "2015-08-01") if m.date]
    assert [m.date for m in found] == [date]


def test_an_agreement_is_placed_by_the_clause_that_says_where_it_was_reached(nlp):
    event = the_event(nlp, "ودعا المبعوث إلى احترام اتفاق التهدئة الذي تم التوصل إليه في القاهرة.")
    assert event["props"]["city_key"] == "place:cairo"


def test_a_clause_that_says_no_signing_does_not_place_an_agreement(nlp):
    found, _ = events(nlp, "وقال المبعوث إن اتفاق التهدئة الذي يرفضه الطرفان يطبق في القاهرة.")
    assert all("city_key" not in e["props"] for e in found)


@pytest.mark.parametrize("text", [
    "والتقت «سبق» عددا من الزوار في الحديقة.",
    "وقال الوزير خلال لقاء قناة العربية إن العمل مستمر.",
    "وكشفت جولة «الاقتصادية» في مكاتب السفر بالرياض تفاوت الأسعار.",
])
def test_a_news_medium_meeting_people_is_an_interview_not_an_event(nlp, text):
    found, _ = events(nlp, text)
    assert found == []


def test_a_number_of_years_after_a_trigger_is_an_age_not_an_edition(nlp):
    found, _ = events(nlp, "وتوصل النادي إلى عقد مع اللاعب بعد مفاوضات طويلة مع ابن الـ25 عاما.")
    assert all(e["props"].get("edition") != 25 for e in found)


def test_one_name_of_each_that_agree_make_one_ceremony_whatever_their_other_aliases_say():
    def record(doc_id: str, name: str, aliases: list[str], date: str | None) -> DocumentFacts:
        props = {"kind": "ceremony", "city": "بورسعيد", "city_key": "place:port-said", "country": "EG"}
        ev = Entity(f"event:{doc_id}#0", "Event", name, aliases=aliases, props={**props, **({"date": date} if date else {})})
        return DocumentFacts(Document(doc_id, "نص"), entities=[ev])
    resolver = Resolver()
    for r in (record("a", "حفل افتتاح الميناء الجديد", ["افتتاح الرصيف الشرقي"], "2019-03-02"),
              record("b", "احتفال تدشين الميناء الجديد", ["تدشين المرحلة الثانية"], None)):
        resolver.observe(r)
    mapping = resolver.mapping()
    assert mapping.get("event:a#0", "event:a#0") == mapping.get("event:b#0", "event:b#0")


def test_bare_negotiations_are_not_the_conference_of_the_article(nlp):
    found, spans = events(nlp, "انطلق في جنيف يوم 3 مايو 2021 المؤتمر الوزاري للمنظمة. "
                               "وقال المندوب إن المفاوضات ستستمر حتى نهاية العام.")
    assert [e["props"]["kind"] for e in found] == ["conference"]
    assert [text for _, text, _ in spans] == ["المؤتمر الوزاري للمنظمة"]


def test_bare_negotiations_are_the_talks_told_before(nlp):
    found, spans = events(nlp, "بدأت في الدوحة يوم 3 مايو 2021 مفاوضات بين الحكومة والمعارضة. "
                               "وقال الوسيط إن المفاوضات ستستمر أسبوعا.")
    assert len(found) == 1 and [text for _, text, _ in spans][-1] == "المفاوضات"


def test_every_event_of_a_kind_is_none_in_particular(nlp):
    found, _ = events(nlp, "وقال إنه في كل المفاوضات التي شارك فيها في جنيف كان الملف صعبا.")
    assert found == []


def test_a_summit_named_inside_its_earlier_edition_is_not_the_summit_of_the_article(nlp):
    _, spans = events(nlp, "انعقدت القمة العربية في الرباط يوم 3 مايو 2021. "
                           "وحضرت تونس التي ترأست الدورة السابقة للقمة.")
    assert [text for _, text, _ in spans] == ["القمة العربية في الرباط"]


# --- ordinals of the teens, departments, rounds of a competition, who meets by a verb -------------

def test_a_teen_ordinal_is_one_edition(nlp):
    ev, _ = events(nlp, "وانطلق مؤتمر الأمم المتحدة الثالث عشر لمنع الجريمة في الدوحة أمس.")
    assert [e["props"]["edition"] for e in ev] == [13]
    assert "الثالث عشر" in ev[0]["name"]


def test_the_eleventh_session_with_a_feminine_teen(nlp):
    ev, _ = events(nlp, "وتعقد الدورة الحادية عشرة للمجلس في الرياض الأسبوع المقبل.")
    assert [e["props"]["edition"] for e in ev] == [11]


def test_a_department_for_visits_is_no_visit(nlp):
    assert not events(nlp, "وأوضح مدير إدارة شؤون الزيارة بالرئاسة العامة في المدينة المنورة أن الإجراء مستمر.")[0]


def test_a_round_of_a_competition_is_no_talks(nlp):
    assert not events(nlp, "وفاز المنتخب على أفغانستان في الجولة الأولى لمنافسات المجموعة الآسيوية الخامسة في الدوحة.")[0]


def test_an_organisation_in_a_title_after_a_meeting_verb_does_not_meet(nlp):
    # the subject is the agency's head; the agency is the genitive of his title
    assert not events(nlp, "ومن المقرر أن يلتقي رئيس الوكالة الدولية للطاقة الذرية بأعضاء في مجلس الشيوخ الأمريكي.")[0]


def test_a_meeting_verb_with_a_demonstrative_subject_is_no_meeting(nlp):
    # "يلتقي ذلك مع" is "that coincides with"; the organisation before the comma is another clause's
    assert not events(nlp, "ويؤثر اللوبي داخل الكونغرس، وقد يلتقي ذلك مع رغبة الشركات الكبرى.")[0]


def test_an_organisation_after_a_time_word_is_the_subject_that_meets(nlp):
    ev, _ = events(nlp, "يجتمع غدا مجلس الأمن الدولي في نيويورك لبحث الأزمة.")
    assert [e["props"].get("city") for e in ev] == ["نيويورك"]


def test_an_agreement_followed_by_because_or_despite_names_none(nlp):
    # "اتفاق لأن …", "اتفاق رغم …": the particle ends the phrase; "reaching an agreement" names no particular one
    assert not events(nlp, "وأعلن عن التوصل إلى اتفاق لأن السبب السياسي لا يؤثر في السوق النفطية.")[0]
    assert not events(nlp, "وقال الوزراء إن من الممكن التوصل إلى اتفاق رغم العجز عن حل الخلافات.")[0]


def test_the_agreeing_of_two_clubs_or_a_workable_deal_names_no_agreement(nlp):
    assert not events(nlp, "وأكد اللاعب أن اتفاق الناديين الطائي والرائد تم بعد مفاوضات طويلة.")[0]
    assert not events(nlp, "وسيكون بمقدور الولايات المتحدة الوصول إلى اتفاق قابل للتطبيق مع إيران.")[0]


def test_an_exhibition_located_somewhere_is_a_shop(nlp):
    assert not events(nlp, "تتوفر التشكيلة في معرض الشايع هوم الكائن بمركز الهداب في جدة.")[0]
    assert events(nlp, "افتتح أمير منطقة الرياض معرض الكتاب الدولي في الرياض أمس.")[0]


def test_a_person_right_after_an_intransitive_meeting_verb_meets_no_one_named_before(nlp):
    text = ("وجد الأمير فهد بن خالد بن سلطان، والأمير خالد بن عبد العزيز بن فهد في معسكر الفريق بمدينة ميرلو "
            "الهولندية، حيث اجتمع الأمير فهد بن خالد باللاعبين.")
    assert not events(nlp, text)[0]
    ev = the_event(nlp, "وصل الرئيس عبد الفتاح السيسي إلى الرياض، حيث التقى الملك سلمان بن عبد العزيز في قصر اليمامة.")
    assert len(ev["props"]["participants"]) == 2


def test_a_quote_after_the_parties_is_what_is_said_not_the_title(nlp):
    ev = the_event(nlp, 'وقال البدري بعد لقاء مع وزير الطاقة الروسي الكسندر نوفاك "لسنا مستعدين لخفض إنتاجنا".')
    assert "title" not in ev["props"] and "لسنا" not in ev["name"]
    assert the_event(nlp, "وافتتح الأمير مؤتمر «نحو مستقبل أفضل» في الرياض أمس.")["props"]["title"] == "نحو مستقبل أفضل"


def test_a_country_after_a_speakers_office_is_not_where_the_session_is(nlp):
    text = "وقال علي جنتي، وزير الثقافة والإرشاد الإسلامي في إيران، خلال الجلسة الأولى لمؤتمر دمشق الإعلامي إن الوضع صعب."
    assert all(e["props"].get("country") != "IR" for e in events(nlp, text)[0])
    ev = the_event(nlp, "وظهر كيري في اجتماعات مع نظرائه برابطة دول جنوب شرق آسيا في ماليزيا.")
    assert ev["props"].get("country") == "MY"       # counterparts are whom one meets there
    assert the_event(nlp, "عقد وزير الخارجية اجتماعا في إيران مع نظيره أمس.")["props"].get("country") == "IR"


@pytest.mark.parametrize("text", [
    "وأكد الوزير تفهمه قلق الرياض من الاتفاق النووي الذي وقع أخيرا.",
    "وقدمت واشنطن تنازلات كبيرة في محادثات الملف النووي، وفق مراقبين.",
    "وطالب الوزير بإجراء حوار جاد مع طهران حول الملفات العالقة.",
])
def test_a_city_as_a_government_or_partner_does_not_place_an_event(nlp, text):
    assert all("city_key" not in e["props"] for e in events(nlp, text)[0])


@pytest.mark.parametrize("text, city", [
    ("واستؤنفت اليوم في العاصمة اليونانية أثينا المفاوضات بين الدائنين والحكومة.", "place:athens"),
    ("وتحدث الرئيس خلال القمة العالمية لريادة الأعمال التي احتضنتها نيروبي أمس.", "place:nairobi"),
    ("وقال الوزير إن زيارة الرئيس عبد ربه منصور هادي إلى عدن أمس كانت ناجحة.", "place:aden"),
    ("وأكد وزير الدفاع الأمريكي آشتون كارتر خلال زيارته الخميس لبغداد استعداد بلاده للمساعدة.", "place:baghdad"),
    ("ولفت مهرجان أبها للتسوق انتباه الزوار، ومنها معرض الفضة الذي يشهد إقبالا.", "place:abha"),
    ("ويقام الملتقى الشبابي جنوب جدة تحت شعار وطن السلام.", "place:jeddah"),
])
def test_the_only_city_places_an_event_when_the_text_ties_it_to_a_place(nlp, text, city):
    assert any(e["props"].get("city_key") == city for e in events(nlp, text)[0])


def test_a_bylines_city_before_its_colon_is_no_place(nlp):
    found = events(nlp, "فايز الأسمري- سبق- الرياض: قام السفير بزيارة إلى الجامعة أمس.")[0]
    assert all(e["props"].get("city_key") != "place:riyadh" for e in found)
    ev = the_event(nlp, "فايز الأسمري- سبق- الرياض: عقد في جدة أمس اجتماع اللجنة.")
    assert ev["props"]["city_key"] == "place:jeddah"


def test_what_a_place_became_is_no_event_but_a_copula_opening_its_clause_has_one(nlp):
    assert not events(nlp, "وازدهرت المنطقة لأنها أصبحت ملتقى أكبر شركات الإعلام في بريطانيا.")[0]
    assert events(nlp, "واقترح تحويل الاستضافة إلى المدن، فتصبح دورة الخليج في جدة عام 2017.")[0]


def test_the_peak_of_mountains_and_a_group_of_guests_are_no_event_words(nlp):
    assert not events(nlp, "ويقرب الارتفاع من ارتفاع قمة جبال الألب في أوروبا.")[0]
    ev = the_event(nlp, "احتفل المهندس بزواجه بقاعة الأفراح بمحافظة الطائف، وحضر الحفل لفيف من الأهل والأصدقاء.")
    assert ev["name"] == "الحفل" and ev["props"]["city_key"] == "place:taif"


def test_readiness_to_hold_an_event_is_a_plan(nlp):
    ev = the_event(nlp, "وأكد المدير أن الهيئة على استعداد لعقد ورشة عمل للصحفيين في مكة المكرمة.")
    assert ev["props"].get("planned") is True


def test_what_an_event_is_about_names_it_before_its_slogan_and_a_slogan_cue_ends_its_phrase(nlp):
    text = "وتستضيف جدة الشهر المقبل المؤتمر الدولي لمكافحة أمراض القلب تحت شعار «قلب سليم»."
    assert the_event(nlp, text)["name"] == "المؤتمر الدولي لمكافحة أمراض القلب"
    assert the_event(nlp, "وتنطلق في جدة اليوم فعاليات ملتقى تحت شعار «وطن السلام».")["name"] == "وطن السلام"


@pytest.mark.parametrize("text, planned", [
    ("وتنفذ اللجنة المحلية بمحافظة الطائف بعد غد ورشة عمل لتدريب العاملين.", True),
    ("وشارك المهندس سليمان العلوي في اجتماع لجنة الاستعداد للعام الدراسي القادم صباح أمس بقاعة الاجتماعات في الرياض.", False),
    ("وكان من المقرر أن يعقد اجتماع وزاري في جدة يوم الأحد الماضي لكنه تأجل.", True),
    ("وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان يوم الجمعة الماضي، إلا أنها أرجئت.", True),
])
def test_a_date_after_or_before_the_articles_tells_whether_an_event_is_to_come(nlp, text, planned):
    found = [e for e in dated(nlp, text)._.entities.values() if e["type"] == "Event"]
    assert len(found) == 1 and bool(found[0]["props"].get("planned")) is planned


def test_a_host_in_the_present_tense_of_an_event_dated_before_the_article_hosted_it(nlp):
    text = "أقيم مساء أمس الأول حفل افتتاح المخيم الكشفي العالمي الذي تستضيفه اليابان ويستمر حتى الأربعاء القادم."
    assert {(f["subject"], f["modality"]) for f in dated(nlp, text)._.facts if f["predicate"] == "HOSTED"} == {("JP", "asserted")}


def dated(nlp, text: str, date: str = "2015-08-04"):
    """The document of a text published on date (relative dates resolve against it)."""
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": date}
    return nlp(doc)
