"""Dates: absolute, partial, relative, ranges, Hijri; the spaCy component; metadata dates."""
import datetime as dt

import pytest
import spacy

import athar.extract.components  # noqa: F401  (registers the factories)
from athar.extract.dates import (find_dates, gregorian_to_hijri, hijri_month_length, hijri_to_gregorian, parse_date,
                                 publication_date)
from athar.extract.isodate import side_of

DOC_DATE = "2019-02-03"          # a Sunday


def found(text, anchor=None):
    return [(m.text, m.date, m.end_date, m.relative) for m in find_dates(text, anchor)]


@pytest.mark.parametrize("text, anchor, expected", [
    # absolute and partial
    ("وقع الهجوم في 2 مايو 2011 بمنطقة أبوت آباد", None, [("2 مايو 2011", "2011-05-02", None, False)]),
    ("الأحد 03/فبراير/2019 - 01:10 م", None, [("الأحد 03/فبراير/2019", "2019-02-03", None, False)]),
    ("صدر القرار 2019/02/03 ونشر", None, [("2019/02/03", "2019-02-03", None, False)]),
    ("صدر القرار 03-02-2019 ونشر", None, [("03-02-2019", "2019-02-03", None, False)]),
    ("عقد في آذار/مارس 2018 اجتماع", None, [("آذار/مارس 2018", "2018-03", None, False)]),
    ("في مارس (آذار) 2019 أعلن", None, [("مارس (آذار) 2019", "2019-03", None, False)]),
    ("تأسست في عام 2014 في العراق", None, [("عام 2014", "2014", None, False)]),
    ("منذ سنة 2003 والبلاد", None, [("سنة 2003", "2003", None, False)]),
    ("في سبتمبر من هذا العام 2014، قال", None, [("سبتمبر من هذا العام 2014", "2014-09", None, False)]),
    ("في الأول من يوليو 2015 بدأ", None, [("الأول من يوليو 2015", "2015-07-01", None, False)]),
    ("انتهى في 15 نونبر 2018 بالرباط", None, [("15 نونبر 2018", "2018-11-15", None, False)]),
    ("وصل في 3 جويلية 2017", None, [("3 جويلية 2017", "2017-07-03", None, False)]),
    ("في ٢٥ أبريل ٢٠١٨ أعلن", None, [("٢٥ أبريل ٢٠١٨", "2018-04-25", None, False)]),
    # ranges
    ("يعقد يومي 25 و26 أبريل 2018 في باريس", None, [("يومي 25 و26 أبريل 2018", "2018-04-25", "2018-04-26", False)]),
    ("من 7 إلى 8 نوفمبر 2019", None, [("من 7 إلى 8 نوفمبر 2019", "2019-11-07", "2019-11-08", False)]),
    ("يومَي 7 و8 تشرين الثاني/نوفمبر 2019", None,
     [("يومَي 7 و8 تشرين الثاني/نوفمبر 2019", "2019-11-07", "2019-11-08", False)]),
    ("من 30 نوفمبر إلى 2 ديسمبر 2019", None, [("من 30 نوفمبر إلى 2 ديسمبر 2019", "2019-11-30", "2019-12-02", False)]),
    ("بين عامي 2014 و2016 تضاعف", None, [("بين عامي 2014 و2016", "2014", "2016", False)]),
    ("من 1992 إلى 1995، إلا أن", None, [("من 1992 إلى 1995", "1992", "1995", False)]),
    # year-less dates: partial without a document date, nearest year with one
    ("يعقد يومي 25 و26 أبريل", None, [("يومي 25 و26 أبريل", "--04-25", "--04-26", True)]),
    ("يعقد يومي 25 و26 أبريل", DOC_DATE, [("يومي 25 و26 أبريل", "2019-04-25", "2019-04-26", True)]),
    ("اجتمعوا في 28 ديسمبر", "2019-01-05", [("28 ديسمبر", "2018-12-28", None, True)]),
    ("يتم تبني القرار في مارس عندما", DOC_DATE, [("مارس", "2019-03", None, True)]),
    # relative expressions
    ("في 11 مايو الجاري", None, [("11 مايو الجاري", "--05-11", None, True)]),
    ("في 11 مايو/ أيار الجاري", DOC_DATE, [("11 مايو/ أيار الجاري", "2019-05-11", None, True)]),
    ("أعلنت الخميس الماضي 31 يناير 2019 أنها", DOC_DATE, [("الخميس الماضي 31 يناير 2019", "2019-01-31", None, False)]),
    ("أعلنت الخميس الماضي أنها", DOC_DATE, [("الخميس الماضي", "2019-01-31", None, True)]),
    ("سيجتمعون الخميس المقبل", DOC_DATE, [("الخميس المقبل", "2019-02-07", None, True)]),
    # the one after next: a week later than the next
    ("سيجتمعون الخميس بعد المقبل", DOC_DATE, [("الخميس بعد المقبل", "2019-02-14", None, True)]),
    ("تنطلق الدورة الأسبوع بعد القادم", DOC_DATE, [("الأسبوع بعد القادم", "2019-02-11", "2019-02-17", True)]),
    ("وتعقد القمة في العام بعد المقبل", DOC_DATE, [("العام بعد المقبل", "2021", None, True)]),
    ("احتضنت باريس الأسبوع الماضي مؤتمرا", DOC_DATE, [("الأسبوع الماضي", "2019-01-21", "2019-01-27", True)]),
    ("قال أمس إن", DOC_DATE, [("أمس", "2019-02-02", None, True)]),
    ("حدد اليوم (الاثنين) ملامح", "2015-07-20", [("اليوم (الاثنين)", "2015-07-20", None, True)]),
    ("ارتفع في أبريل الماضي", DOC_DATE, [("أبريل الماضي", "2018-04", None, True)]),
    ("ارتفع في أبريل الماضي", "2019-06-10", [("أبريل الماضي", "2019-04", None, True)]),
    ("خلال الشهر الجاري", DOC_DATE, [("الشهر الجاري", "2019-02", None, True)]),
    ("مقارنة بالعام الماضي", DOC_DATE, [("العام الماضي", "2018", None, True)]),
    ("يعقد في أكتوبر القادم", DOC_DATE, [("أكتوبر القادم", "2019-10", None, True)]),
    ("في مايو/ أيار الجاري", DOC_DATE, [("مايو/ أيار الجاري", "2019-05", None, True)]),
    ("مطلع العام المقبل", DOC_DATE, [("مطلع العام المقبل", "2020", None, True)]),
    ("تنطلق غداً.", DOC_DATE, [("غداً", "2019-02-04", None, True)]),
    # غدا before في or إلى is tomorrow too (the verb 'became' stands before other words)
    ("وتجتمع اللجنة غدا في زيوريخ", DOC_DATE, [("غدا", "2019-02-04", None, True)]),
    ("ستغادر البعثة غدا إلى مسقط", DOC_DATE, [("غدا", "2019-02-04", None, True)]),
    # "أمس" before a definite noun is still yesterday ("اليوم" there is a day: "اليوم الوطني")
    ("افتتح الوزير أمس المعرض", DOC_DATE, [("أمس", "2019-02-02", None, True)]),
    ("خلال افتتاحه البارحة الملتقى الأول", DOC_DATE, [("البارحة", "2019-02-02", None, True)]),
    ("وصل أول أمس الوفد", DOC_DATE, [("أول أمس", "2019-02-01", None, True)]),
    ("الأسبوع الماضي", None, [("الأسبوع الماضي", None, None, True)]),
    # Hijri dates
    ("صدر في 8 / 7 / 1436هـ القرار", None, [("8 / 7 / 1436هـ", "2015-04-27", None, False)]),
    ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015", None,
     [("26 شوال 1436 هـ الموافق 11 أغسطس 2015", "2015-08-11", None, False)]),
    ("للعام الجاري (1436هـ/ 2015م) على", None, [("لعام الجاري", None, None, True), ("1436هـ/ 2015م", "2015", None, False)]),
    ("خلال الفترة 19 – 21 شوال 1436هـ.", None, [("19 – 21 شوال 1436هـ", "2015-08-05", "2015-08-07", False)]),
    ("لموسم حج 1436هـ، وتفاجأ", None, [("1436هـ", "2014-10", "2015-10", False)]),
])
def test_find_dates(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize("text", [
    "قال الأمين العام المقبل للمنظمة",          # العام = general
    "احتفلت المملكة باليوم الوطني",              # اليوم + adjective
    "فعاليات اليوم الأول للملتقى",
    "وقال من مارس الإرهاب إن",                   # مارس = practised
    "وفاز بنتيجة 2-صفر على ضيفه",                # صفر = zero, not the Hijri month
    "لدينا أكثر من 1000 منشأة إيواء",             # a count, not a year
    "مستودع بمساحة 1000م2",                        # square metres
    "وهذه سنة الحياة",                            # سنة = custom
    "غدا هجينا ومشوها",                           # غدا = became
    "كما غدا من الممكن عقد الاجتماع",              # غدا = became, before من
    "أدى صلاة الجمعة في المسجد",
    "رقم ( 60 / 33 ) والمادة 12",                 # numbers with slashes, no year
    "في 1436 كان",                                 # a bare 1300-1500 year is ambiguous
    "الساعة 01:10 م",
    "تعادلا 2 - 2 في المباراة",
])
def test_not_dates(text):
    assert found(text, DOC_DATE) == []


def test_relative_dates_without_document_date_are_flagged_and_kept_partial():
    [m] = find_dates("ارتفع في أبريل الماضي")
    assert (m.date, m.relative) == ("--04", True)
    [m] = find_dates("قال أمس")
    assert (m.date, m.relative) == (None, True)


def test_hijri_value_and_calendar_are_kept():
    [m] = find_dates("بتاريخ 15/12/1436هـ")
    assert (m.calendar, m.hijri, m.date) == ("hijri", "1436-12-15", "2015-09-29")
    [m] = find_dates("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015")
    assert (m.calendar, m.hijri) == ("gregorian", "1436-10-26")


def test_tabular_hijri_calendar():
    assert hijri_to_gregorian(1436, 9, 1) == dt.date(2015, 6, 18)      # 1 Ramadan 1436
    assert hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)          # civil epoch (Julian 16 July 622)
    day = dt.date(1900, 1, 1)
    while day < dt.date(2100, 1, 1):
        y, m, d = gregorian_to_hijri(day)
        assert 1 <= d <= hijri_month_length(y, m)
        assert hijri_to_gregorian(y, m, d) == day
        day += dt.timedelta(days=37)


@pytest.mark.parametrize("value, expected", [
    ("2015-07-31 23:00:00", "2015-07-31"),
    ("2015-07-31T23:00:00+03:00", "2015-07-31"),
    ("2015/7/3", "2015-07-03"),
    ("31/07/2015", "2015-07-31"),
    ("٢٠١٥-٠٧-٣١", "2015-07-31"),
    ("2015-07", "2015-07"),
    ("2015", "2015"),
    ("Tue, 21 Jul 2015 02:51:32 +0300", "2015-07-21"),
    ("July 21, 2015", "2015-07-21"),
    ("الأحد 03/فبراير/2019", "2019-02-03"),
    ("26 شوال 1436 هـ", "2015-08-12"),
    ("2015-13-01", None),
    ("غير معروف", None),
    ("", None),
    (None, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_publication_date_from_date_line():
    text = ("جهود فرنسا في مكافحة الإرهاب\n\nالأحد 03/فبراير/2019 - 01:10 م\nطباعة\n"
            "أعلنت فرنسا الخميس الماضي 31 يناير 2019 أنها تريد قرارا.")
    assert publication_date(text) == "2019-02-03"


@pytest.mark.parametrize("text", [
    "أعلنت فرنسا في 31 يناير 2019 أنها تريد قرارا من مجلس الأمن الدولي ضد تمويل الإرهاب يستهدف الحوالات",
    "مؤتمر باريس 2018\nعقد المؤتمر يومي 25 و26 أبريل 2018",
    "قمة 25 أبريل 2018 لمكافحة تمويل الإرهاب في العاصمة الفرنسية باريس",
    "نشر أمس\nالنص",
])
def test_no_publication_date_in_body_or_title(text):
    assert publication_date(text) is None


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    for name in ("athar_sentences", "athar_normalizer", "athar_dates"):
        nlp.add_pipe(name)
    return nlp


def run(nlp, text, date=None):
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": date}
    return nlp(doc)


def test_component_writes_spans_with_values(nlp):
    text = "عقد المؤتمر يومي 25 و26 أبريل الماضي في باريس."
    doc = run(nlp, text, "2018-05-02")
    [span] = doc.spans["dates"]
    assert span.text == "يومي 25 و26 أبريل الماضي"
    assert span.label_ == "DATE"
    value = span._.value
    assert (value["date"], value["end_date"], value["relative"]) == ("2018-04-25", "2018-04-26", True)
    assert text[value["start"]:value["end"]] == value["text"] == span.text


def test_component_span_covers_whole_tokens_and_value_keeps_exact_offsets(nlp):
    text = "وأكد أنه بـ2019 سيعلن"
    doc = run(nlp, text)
    assert [s.text for s in doc.spans["dates"]] == []
    text = "اجتمعوا في 3 مايو 2018م."          # the tokenizer keeps "2018م." as one token
    doc = run(nlp, text)
    [span] = doc.spans["dates"]
    assert span.text == "3 مايو 2018م."
    assert span._.value["text"] == "3 مايو 2018م" == text[span._.value["start"]:span._.value["end"]]
    assert span._.value["date"] == "2018-05-03"


def test_component_uses_date_line_when_metadata_has_no_date(nlp):
    text = "عنوان الخبر\nالأحد 03/فبراير/2019 - 01:10 م\nقال الوزير أمس إن المؤتمر ناجح."
    doc = run(nlp, text)
    assert [s._.value["date"] for s in doc.spans["dates"]] == ["2019-02-03", "2019-02-02"]
    strict = spacy.blank("ar")
    strict.add_pipe("athar_dates", config={"anchor_from_text": False})
    doc = strict.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": None}
    assert [s._.value["date"] for s in strict(doc).spans["dates"]] == ["2019-02-03", None]


@pytest.mark.parametrize("date, end, side", [
    ("2015-08-06", None, 1), ("2016", None, 1), ("2015-09", None, 1),
    ("2015-08-02", None, -1), ("2015-07", None, -1), ("2015-07-30", "2015-08-10", 0),
    ("2015-08", None, 0), ("2015-08-04", None, 0), ("--05-11", None, 0), (None, None, 0),
])
def test_the_side_of_an_events_date_against_the_articles_is_read_at_the_dates_precision(date, end, side):
    assert side_of(date, end, "2015-08-04") == side
