"""Events, tested on sentences written for these tests: an event told inside a quotation is not placed or
dated by the place and the time its speaker spoke in, before the quotation opens."""
import pytest

from event_mentions import dated_events, dated_pairs


@pytest.mark.parametrize("text", [
    "وقال المرشد بعد صلاة العيد في طهران يوم السبت الماضي «لن نجري أي محادثات مع الولايات المتحدة».",
    "وأكد الوزير خلال زيارته إلى القاهرة أمس «سنعقد مؤتمرا للمانحين قريبا».",
])
def test_an_event_in_a_quotation_takes_neither_place_nor_date_from_before_it(nlp, text):
    for event in dated_events(nlp, text):          # (unanchored, the conference is no event at all)
        props = event["props"]
        assert props.get("country") is None and props.get("city") is None
        assert props.get("date") is None


def test_an_event_in_a_quotation_keeps_its_own_place_and_date(nlp):
    text = "وقال الوزير في القاهرة أمس: «سنعقد مؤتمرا للمانحين في شرم الشيخ الشهر المقبل»."
    props = dated_events(nlp, text)[0]["props"]
    assert props["city"] == "شرم الشيخ" and props["date"] == "2015-09"


def test_a_time_set_off_before_a_quoted_name_still_dates_it(nlp):
    text = "وأطلق التحالف أمس «عملية الحسم» في عدن."
    props = dated_events(nlp, text)[0]["props"]
    assert props["date"] == "2015-08-03" and props["city"] == "عدن"


@pytest.mark.parametrize("text", [
    "وقال إن القمة التي عقدت في الرياض أقرت موازنة العام المقبل.",
    "وأكد التقرير أن اجتماعات الصندوق في فيينا ركزت على تطوير سياسات العام المقبل.",
    "وناقش الاجتماع الذي عقد في الرياض خطة العمل للعام المقبل.",
])
def test_a_future_word_after_what_a_meeting_did_neither_plans_nor_dates_it(nlp, text):
    props = dated_events(nlp, text)[0]["props"]
    assert not props.get("planned") and props.get("date") is None


@pytest.mark.parametrize("text, date", [
    ("وسيعقد الاجتماع في الرياض الأسبوع المقبل.", "2015-08-10"),
    ("وأعلن الوزير عن المؤتمر الذي أقرته الحكومة وسيعقد في الرياض الشهر المقبل.", "2015-09"),
])
def test_an_event_told_to_come_stays_planned(nlp, text, date):
    props = dated_events(nlp, text)[0]["props"]
    assert props.get("planned") and date in (props.get("date"), props.get("end_date"))


def test_the_date_after_a_holding_verb_dates_the_event(nlp):
    props = dated_events(nlp, "وقال إن القمة التي عقدت في الرياض أمس أقرت الموازنة.")[0]["props"]
    assert props["date"] == "2015-08-03" and not props.get("planned")


def test_a_title_far_after_the_event_is_another_things_title(nlp):
    text = ("تشهد فعاليات ملتقى الشباب الذي ينظمه مكتب الدعوة في جدة تحت شعار «وطن السلام» مساء اليوم "
            "دورتين تدريبيتين الأولى بعنوان «مهارات العمل الجماعي» يقدمها المدرب خالد سعيد.")
    names = [e["name"] for e in dated_events(nlp, text)]
    assert names == ["ملتقى الشباب"]


def test_a_title_right_after_the_event_names_it(nlp):
    text = "ونظمت الجامعة في الرياض أمس ندوة بعنوان «مستقبل الطاقة المتجددة» بمشاركة عدد من الخبراء."
    assert [e["name"] for e in dated_events(nlp, text)] == ["مستقبل الطاقة المتجددة"]


def test_a_place_told_in_the_quotation_the_event_is_in_places_it(nlp):
    text = ("ونقلت الصحف في بروكسل عن المفوضية قولها إن «المفاوضات بين روسيا وأوكرانيا والتي انعقدت في جنيف "
            "برعاية أوروبية، انتهت إلى التأكيد على المبادئ».")
    props = dated_events(nlp, text)[0]["props"]
    assert props["city"] == "جنيف" and props["country"] == "CH"


def test_a_place_in_a_quoted_title_after_the_event_is_still_aside(nlp):
    props = dated_events(nlp, "وافتتح الأمير معرض «استثمر في السعودية» في طوكيو أمس.")[0]["props"]
    assert props["city"] == "طوكيو"


def test_a_speaker_is_no_party_of_talks_owned_by_the_subject_of_his_statement(nlp):
    text = ("ويقبع زعيم الحزب عبد الله أوجلان في السجن منذ 1999. وقال يالجين أكدوجان نائب رئيس الوزراء التركي "
            "إن الدولة تواصل مباحثاتها مع أوجلان.")
    assert all("أكدوجان" not in e["name"] for e in dated_events(nlp, text))
    assert not any(a == "يالجين أكدوجان" for a, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_slogan_after_a_purpose_and_an_initiative_still_names_the_event(nlp):
    text = ("واحتضنت باريس الأسبوع الماضي مؤتمرا دوليا لبحث سبل مكافحة تمويل التنظيمات المتطرفة بمبادرة من "
            "الرئيس الفرنسي تحت شعار «لا أموال للإرهاب».")
    event = dated_events(nlp, text)[0]
    assert event["props"].get("slogan") == "لا أموال للإرهاب" or "لا أموال للإرهاب" in event["aliases"] + [event["name"]]


def test_a_title_after_a_song_is_the_songs(nlp):
    text = ("وتزامنا مع حفل افتتاح القناة في الإسماعيلية أمس، طرحت الفنانة كارول سماحة أغنية بعنوان «جيل جديد».")
    assert all(e["name"] != "جيل جديد" for e in dated_events(nlp, text))
