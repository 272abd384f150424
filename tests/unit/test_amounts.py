"""Money amounts, counts and percentages: the parser (extract/amounts.py) and athar_amounts."""
from __future__ import annotations

import pytest
import spacy

from athar.extract.amounts import AmountGrammar, digits_value, find_amounts, unreverse_decimals
from athar.extract.arabic import normalize
import athar.extract.components  # noqa: F401  (registers the factories)

PIPES = ("athar_sentences", "athar_normalizer", "athar_gazetteer", "athar_dates", "athar_amounts")
KEYS = ("value", "min", "max", "currency", "approx", "kind", "unit")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


def run(nlp, text):
    doc = nlp.make_doc(text)
    doc._.meta = {}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def found(nlp, text):
    """(span text, value without empty keys) of every amount."""
    doc = run(nlp, text)
    return [(s.text, {k: v for k, v in s._.value.items() if v not in (None, False)}) for s in doc.spans["amounts"]]


def money(value=None, currency=None, unit=None, **extra):
    out = {"kind": "money", **extra}
    for key, v in (("value", value), ("currency", currency), ("unit", unit)):
        if v is not None:
            out[key] = v
    return out


# ------------------------------------------------------------------ money
@pytest.mark.parametrize("text, expected", [
    # digits in both scripts, separators, decimals
    ("حولت الجمعية 2,750,000 دولار إلى حساب في دبي",
     [("2,750,000 دولار", money(2_750_000.0, "USD", "دولار"))]),
    ("ودفعت الشركة ٣٬٢٠٠ يورو غرامة",
     [("٣٬٢٠٠ يورو", money(3200.0, "EUR", "يورو"))]),
    ("بلغت قيمة الصفقة 4.25 مليار دولار",
     [("4.25 مليار دولار", money(4.25e9, "USD", "دولار"))]),
    ("وصلت الاستثمارات إلى ٧٫٥ مليار يورو",
     [("٧٫٥ مليار يورو", money(7.5e9, "EUR", "يورو"))]),
    ("سعر السهم 0.725 دينار كويتي", [("0.725 دينار كويتي", money(0.725, "KWD", "دينار"))]),
    ("بلغت الكلفة 245،3 مليون يورو", [("245،3 مليون يورو", money(245.3e6, "EUR", "يورو"))]),
    ("صرف المصرف 12.000.000 جنيه مصري", [("12.000.000 جنيه مصري", money(12e6, "EGP", "جنيه"))]),
    # number words, dual, accusative, compounds
    ("خصصت الحكومة أربعة مليارات دولار للإعمار",
     [("أربعة مليارات دولار", money(4e9, "USD", "دولار"))]),
    ("تلقى التنظيم مليون دولار من متبرعين",
     [("مليون دولار", money(1e6, "USD", "دولار"))]),
    ("وأعلنت الدوحة تقديم مليوني دولار وخصصت برلين ألفي يورو",
     [("مليوني دولار", money(2e6, "USD", "دولار")), ("ألفي يورو", money(2000.0, "EUR", "يورو"))]),
    ("جمعت الحملة خمسة وعشرين ألف دولار", [("خمسة وعشرين ألف دولار", money(25_000.0, "USD", "دولار"))]),
    ("بلغ الإنفاق مئتين وخمسين مليون يورو", [("مئتين وخمسين مليون يورو", money(250e6, "EUR", "يورو"))]),
    ("كانت الفدية سبعة ملايين وثلاثمائة ألف يورو",
     [("سبعة ملايين وثلاثمائة ألف يورو", money(7.3e6, "EUR", "يورو"))]),
    ("وكلف البرنامج مليارا وأربعمائة مليون دولار",
     [("مليارا وأربعمائة مليون دولار", money(1.4e9, "USD", "دولار"))]),
    ("رصد الصندوق مليارا ونصف المليار دولار", [("مليارا ونصف المليار دولار", money(1.5e9, "USD", "دولار"))]),
    ("وقدم البنك نصف مليار يورو", [("نصف مليار يورو", money(5e8, "EUR", "يورو"))]),
    ("بلغت الغرامة 2.5مليار دولار", [("2.5مليار دولار", money(2.5e9, "USD", "دولار"))]),
    # qualifiers
    ("جمع التنظيم أكثر من مليون دولار من الفدية",
     [("أكثر من مليون دولار", money(None, "USD", "دولار", min=1e6))]),
    ("بتكلفة لا تقل عن 40 مليون يورو",
     [("لا تقل عن 40 مليون يورو", money(None, "EUR", "يورو", min=40e6))]),
    ("بميزانية أقل من 300 ألف دولار",
     [("أقل من 300 ألف دولار", money(None, "USD", "دولار", max=300_000.0))]),
    ("تبرعت الجمعية بنحو 600 مليون دولار",
     [("بنحو 600 مليون دولار", money(600e6, "USD", "دولار", approx=True))]),
    ("وصلت الخسائر 80 مليون دولار تقريبا",
     [("80 مليون دولار تقريبا", money(80e6, "USD", "دولار", approx=True))]),
    # ranges
    ("يتراوح التمويل من 3 إلى 8 ملايين دولار",
     [("من 3 إلى 8 ملايين دولار", money(None, "USD", "دولار", min=3e6, max=8e6))]),
    ("تقدر الخسائر ما بين 12 و15 مليار يورو",
     [("ما بين 12 و15 مليار يورو", money(None, "EUR", "يورو", min=12e9, max=15e9))]),
    ("وبلغت الرشوة بين 200 ألف ومليون دولار",
     [("بين 200 ألف ومليون دولار", money(None, "USD", "دولار", min=200_000.0, max=1e6))]),
    ("سعر الأونصة 1180-1195 دولارا", [("1180-1195 دولارا", money(None, "USD", "دولار", min=1180.0, max=1195.0))]),
    # vague plurals
    ("نقل المهربون عشرات الآلاف من اليورو",
     [("عشرات الآلاف من اليورو", money(None, "EUR", "يورو", min=20_000.0, max=90_000.0, approx=True))]),
    ("تلقت الميليشيا ملايين الدولارات",
     [("ملايين الدولارات", money(None, "USD", "دولار", min=2e6, max=999e6, approx=True))]),
    ("أنفقت مئات الملايين من الدولارات",
     [("مئات الملايين من الدولارات", money(None, "USD", "دولار", min=2e8, max=9e8, approx=True))]),
    ("وجمعوا عشرات وآلاف اليورو", [("عشرات وآلاف اليورو", money(None, "EUR", "يورو", min=20.0, max=999_000.0,
                                                                  approx=True))]),
    # currencies by adjective and symbol
    ("بقرض قيمته 90 مليون ريال سعودي", [("90 مليون ريال سعودي", money(90e6, "SAR", "ريال"))]),
    ("وأودع 5 آلاف دولار أمريكي", [("5 آلاف دولار أمريكي", money(5000.0, "USD", "دولار"))]),
    ("بيعت اللوحة بمبلغ 8 ملايين جنيه إسترليني", [("8 ملايين جنيه إسترليني", money(8e6, "GBP", "جنيه"))]),
    ("وحجز 40 ألف درهم إماراتي", [("40 ألف درهم إماراتي", money(40_000.0, "AED", "درهم"))]),
    ("وصادرت السلطات 700 ألف ليرة تركية", [("700 ألف ليرة تركية", money(700_000.0, "TRY", "ليرة"))]),
    ("بلغ الاحتياطي 30 مليار دولار كندي", [("30 مليار دولار كندي", money(30e9, "CAD", "دولار"))]),
    ("اشترى التذكرة بـ $450", [("$450", money(450.0, "USD"))]),
    ("وكلفت 120 € للشخص", [("120 €", money(120.0, "EUR"))]),
    # a money cue without a currency
    ("أعلن عن منحة بقيمة 5 ملايين لدعم اللاجئين", [("5 ملايين", money(5e6))]),
    ("ودفع الوسيط مبلغ 30 ألفا", [("30 ألفا", money(30_000.0))]),
    # reversed decimals of wire copy
    ("تراجعت الأرباح إلى 5ر2 مليار دولار", [("5ر2 مليار دولار", money(2.5e9, "USD", "دولار"))]),
    ("بلغ الدين 75.\u200f3 مليار دولار", [("75.\u200f3 مليار دولار", money(3.75e9, "USD", "دولار"))]),
    # brackets around the number
    ("سندات بقيمة (25) مليار ريال سعودي", [("(25) مليار ريال سعودي", money(25e9, "SAR", "ريال"))]),
])
def test_money(nlp, text, expected):
    assert found(nlp, text) == expected


# ------------------------------------------------------------------ counts, percents, bare numbers
@pytest.mark.parametrize("text, expected", [
    ("شارك في الاجتماع ممثلو 64 دولة ومنظمة", [("64 دولة", {"kind": "count", "value": 64.0, "unit": "دولة"})]),
    ("حضر ممثلون عن ما بين 50 و55 دولة",
     [("ما بين 50 و55 دولة", {"kind": "count", "min": 50.0, "max": 55.0, "unit": "دولة"})]),
    ("التقى وزراء خارجية ست دول", [("ست دول", {"kind": "count", "value": 6.0, "unit": "دولة"})]),
    ("وحضر أحد عشر وزيرا", [("أحد عشر وزيرا", {"kind": "count", "value": 11.0, "unit": "وزير"})]),
    ("اعتقلت الشرطة سبعة عشر شخصا", [("سبعة عشر شخصا", {"kind": "count", "value": 17.0, "unit": "شخص"})]),
    ("قتل أكثر من 30 مدنيا", [("أكثر من 30 مدنيا", {"kind": "count", "min": 30.0, "unit": "مدني"})]),
    ("فر مئات الآلاف من اللاجئين",
     [("مئات الآلاف من اللاجئين", {"kind": "count", "min": 200_000.0, "max": 900_000.0, "approx": True,
                                   "unit": "لاجئ"})]),
    ("ارتفع التضخم بنسبة 4.5% خلال العام", [("4.5%", {"kind": "percent", "value": 4.5})]),
    ("تراجع الإنتاج 12 في المائة", [("12 في المائة", {"kind": "percent", "value": 12.0})]),
    ("وزادت الصادرات نحو عشرين بالمئة", [("نحو عشرين بالمئة", {"kind": "percent", "value": 20.0, "approx": True})]),
    ("وتراجعت الأسهم %3", [("%3", {"kind": "percent", "value": 3.0})]),
    ("يقدر عدد النازحين بنحو 500 ألف", [("بنحو 500 ألف", {"kind": "number", "value": 500_000.0, "approx": True})]),
])
def test_counts_percents_and_numbers(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "تأسست المنظمة عام 2018 في جنيف",                        # a year
    "عقد المؤتمر في 25 أبريل 2018 بالرباط",                  # a date
    "بين عامي 2014 و2016 تضاعف عدد المقاتلين",               # a date range
    "للتواصل اتصل على 0551234567 أو 920012345",              # phone numbers
    "أكدت الأمم المتحدة دعمها للحل السياسي",                 # المتحدة is no number
    "افتتحت الدورة الثالثة للمنتدى",                          # an ordinal
    "فاز ريال مدريد على برشلونة 3-1",                        # a club and a score
    "وقال ثلاثة من الحضور إن الجلسة كانت مغلقة",             # a number word without unit
    "أجرى عملية جراحية ناجحة",                               # a blocker phrase
    "نفذ التحالف عمليات جوية واسعة",                         # a count noun without number
    "رفع التقرير الـ 51 لمؤسسة النقد",                       # a unit noun with a preposition
    "بلغت طاقة المحطة قدرتها 10 ميجاواط",                    # a cue-like word with another unit
    "على مساحة قدرها 20.1 ألف متر مربع",                     # a measurement after a cue
    "تداول المستثمرون نحو 147 مليون سهم",                    # shares are no sum of money
    "سجلت عجزا قدره ( 721 , 2 ) مليار دينار",                # an unreadable number is not one billion
])
def test_not_amounts(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ currencies named by states
def test_bare_unit_takes_the_currency_of_the_state_named_in_the_sentence(nlp):
    [(_, value)] = found(nlp, "قدمت الكويت مساعدة قيمتها 3 ملايين دينار")
    assert value["currency"] == "KWD"
    [(_, value)] = found(nlp, "وأعلنت قطر التبرع بمبلغ 50 مليون ريال")
    assert value["currency"] == "QAR"


def test_bare_unit_falls_back_to_the_document(nlp):
    doc = run(nlp, "زار وفد سعودي الأردن والسعودية تدعم الأردن. ورصد الصندوق الأردني 10 ملايين دينار للمشروع.")
    assert [s._.value["currency"] for s in doc.spans["amounts"]] == ["JOD"]


def test_bare_unit_follows_the_currency_written_out_in_the_document(nlp):
    doc = run(nlp, "حصلت الجمعية على 400 ألف درهم مغربي. وبعد شهر تلقت 90 ألف درهم أخرى.")
    assert [s._.value["currency"] for s in doc.spans["amounts"]] == ["MAD", "MAD"]


def test_ambiguous_or_missing_state_leaves_the_currency_open(nlp):
    [(_, value)] = found(nlp, "قدمت السعودية وقطر مليون ريال لكل أسرة")
    assert (value.get("currency"), value["unit"]) == (None, "ريال")
    [(_, value)] = found(nlp, "ارتفع سعر الكيلو إلى 12 ريالا")
    assert value.get("currency") is None


def test_demonym_after_the_unit_names_the_currency(nlp):
    doc = run(nlp, "حولت الشركة 200 مليون دينار ليبي")
    [span] = doc.spans["amounts"]
    assert (span.text, span._.value["currency"]) == ("200 مليون دينار ليبي", "LYD")


def test_resolve_currency_rules():
    g = AmountGrammar()
    assert g.resolve_currency("ريال", ["SA"], document_states=["QA", "QA"]) == "SAR"
    assert g.resolve_currency("ريال", ["SA", "QA"], document_states=["QA", "QA", "SA"]) == "QAR"
    assert g.resolve_currency("ريال", [], document_states=["SA", "QA"]) is None
    assert g.resolve_currency("ريال", [], ["QA", "OM", "FR"], ["SA", "QA", "OM"]) == "OMR"
    assert g.resolve_currency("ريال", [], ["QA", "OM"], ["SA", "QA", "OM"], ["SAR"]) == "SAR"
    assert g.resolve_currency("دينار", ["FR"], ["DE"], ["DE"]) is None


def test_market_round_up_takes_the_currency_of_its_section(nlp):
    doc = run(nlp, "تراجع السوق القطرية\nوصل سعر السهم إلى 14.5 ريال.\nارتفاع السوق العمانية\n"
                   "بلغت قيمة التداولات 2.1 مليون ريال.")
    assert [s._.value["currency"] for s in doc.spans["amounts"]] == ["QAR", "OMR"]


# ------------------------------------------------------------------ spans and offsets
def test_spans_have_exact_offsets_and_skip_dates(nlp):
    text = "وفي 12 مايو 2019 أعلنت بريطانيا تقديم 45 مليون جنيه إسترليني، وشارك ممثلو 72 دولة."
    doc = run(nlp, text)
    assert [s.text for s in doc.spans["dates"]] == ["12 مايو 2019"]
    spans = doc.spans["amounts"]
    assert [(text[s.start_char:s.end_char], s.label_) for s in spans] == [
        ("45 مليون جنيه إسترليني", "MONEY"), ("72 دولة", "COUNT")]
    assert spans[0]._.value["currency"] == "GBP"


def test_conjunction_peeled_by_the_normaliser_still_joins_a_range(nlp):
    doc = run(nlp, "ويبلغ عدد المشاركين بين ثلاثين وأربعين وزيرا")
    [span] = doc.spans["amounts"]
    assert (span.text, span._.value["min"], span._.value["max"]) == ("بين ثلاثين وأربعين وزيرا", 30.0, 40.0)


def test_values_are_plain_json_numbers(nlp):
    doc = run(nlp, "بلغ الدين 64,6 مليون دولار ونحو عشرات الآلاف من اليورو")
    values = [s._.value for s in doc.spans["amounts"]]
    assert values[0]["value"] == 64_600_000.0
    assert all(isinstance(v[k], float) for v in values for k in ("value", "min", "max") if v[k] is not None)
    assert set(values[0]) == set(KEYS)


# ------------------------------------------------------------------ the pure parts
@pytest.mark.parametrize("raw, scaled, value", [
    ("1500", False, 1500.0), ("1,500", False, 1500.0), ("1,500,000", False, 1_500_000.0),
    ("1.5", True, 1.5), ("1,5", True, 1.5), ("1.500", True, 1.5), ("2.150", False, 2.15),
    ("22.000", False, 22_000.0), ("0.580", False, 0.58), ("1.500.000", False, 1_500_000.0),
    ("1,500.25", False, 1500.25), ("1.500,25", False, 1500.25), ("51.824.281.70", False, 51_824_281.7), ("١٬٥٠٠", False, 1500.0),
    ("2٫5", True, 2.5), ("157،7", True, 157.7), ("5ر1", True, 1.5),
])
def test_digits_value(raw, scaled, value):
    assert digits_value(normalize(raw), scaled) == pytest.approx(value)


def test_unreverse_decimals():
    assert unreverse_decimals("92.\u200f5 مليار") == "5.92 مليار"
    assert unreverse_decimals("92.5 مليار") == "92.5 مليار"


def test_find_amounts_on_normalised_words():
    words = [normalize(w) for w in "دفعت و3 ملايين و200 ألف دولار لـ 15 شخصا".split()]
    out = [(a.start, a.end, a.kind, a.value, a.currency, a.unit) for a in find_amounts(words)]
    assert out == [(1, 6, "money", 3_200_000.0, "USD", "دولار"), (7, 9, "count", 15.0, None, "شخص")]


def test_blocked_words_are_no_amounts():
    words = [normalize(w) for w in "في 2015 دولة".split()]
    assert [a.kind for a in find_amounts(words)] == ["count"]
    assert find_amounts(words, blocked=[False, True, False]) == []
