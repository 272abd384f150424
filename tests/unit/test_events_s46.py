"""Events, tested on sentences written for these tests: a place after a mediator's title is his post, and one
after a source ("بحسب مسؤول في …") is where the source is; neither is where the event is held."""
import pytest

from event_mentions import dated_countries, dated_pairs


@pytest.mark.parametrize("text", [
    "ودعا وسيط الأمم المتحدة في اليمن أمس إلى «مشاورات مباشرة بين الأطراف» دون شروط.",
    "وقال الوسيط الدولي في ليبيا مارتن كوبلر إن «جولة الحوار المقبلة» ستحسم الخلاف.",
])
def test_a_place_after_a_mediator_is_his_post(nlp, text):
    assert dated_countries(nlp, text) == [None]


@pytest.mark.parametrize("text", [
    "وانطلقت المحادثات بين الطرفين أمس بحسب مسؤول في باكستان.",
    "وانتهت المفاوضات بين الجانبين مساء أمس وفقا لمصادر دبلوماسية في القاهرة.",
])
def test_a_place_after_a_source_is_where_the_source_is(nlp, text):
    assert dated_countries(nlp, text) in ([], [None])


@pytest.mark.parametrize("text, country", [
    ("وانطلقت المحادثات بين الطرفين أمس في القاهرة بحسب مصادر مطلعة.", "EG"),
    ("وانطلقت المحادثات بين الطرفين أمس بالقاهرة وفقا لمصادر مطلعة.", "EG"),
])
def test_a_place_before_the_source_is_where_the_event_is(nlp, text, country):
    assert dated_countries(nlp, text) == [country]


def test_the_mediator_is_affiliated_with_the_body_he_mediates_for(nlp):
    text = "وقال وسيط الأمم المتحدة في سوريا ستافان دي ميستورا إن المحادثات ستستأنف."
    assert ("ستافان دي ميستورا", "الأمم المتحدة") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_place_after_a_title_that_names_its_state_is_where_the_event_is(nlp):
    text = "وعقد القادة اجتماعا مع الرئيس باراك أوباما رئيس الولايات المتحدة في كامب ديفيد أمس."
    assert dated_countries(nlp, text) == ["US"]


@pytest.mark.parametrize("text", [
    "ثم قام المحافظ بجولة على مواقع الوحدات المرابطة في جازان.",
    "وقامت الوزيرة بجولة في أرجاء المدينة الطبية بالرياض.",
    "وأجرى الأمير جولة على المشاريع المتعثرة في جدة.",
])
def test_a_tour_someone_makes_or_over_something_is_no_event(nlp, text):
    assert dated_countries(nlp, text) == []


@pytest.mark.parametrize("text, country", [
    ("وبدأت في جنيف جولة جديدة من المحادثات بين الطرفين.", "CH"),
    ("وأجرى الطرفان جولة من المفاوضات في الدوحة أمس.", "QA"),
])
def test_a_round_of_talks_is_an_event(nlp, text, country):
    assert dated_countries(nlp, text) == [country]


def _event_date(nlp, text):
    from event_mentions import dated_events
    return [(e["props"].get("date"), bool(e["props"].get("planned"))) for e in dated_events(nlp, text)]


@pytest.mark.parametrize("text, date", [      # the article is of Tuesday 2015-08-04
    ("يفتتح وزير الثقافة الخميس معرض الكتاب الدولي في الرياض.", "2015-08-06"),
    ("وتنطلق مساء الأحد فعاليات ملتقى الشباب الثالث في جدة.", "2015-08-09"),
    ("يرعى الأمير، الثلاثاء، حفل افتتاح مهرجان الطائف في منتزه الردف.", "2015-08-04"),
])
def test_a_bare_weekday_in_a_sentence_told_in_the_present_is_to_come(nlp, text, date):
    assert _event_date(nlp, text) == [(date, date > "2015-08-04")]


@pytest.mark.parametrize("text, date", [
    ("افتتح وزير الثقافة الخميس معرض الكتاب الدولي في الرياض.", "2015-07-30"),
    ("يذكر أن وزير الثقافة افتتح الخميس معرض الكتاب الدولي في الرياض.", "2015-07-30"),
])
def test_a_bare_weekday_told_in_the_past_is_the_one_past(nlp, text, date):
    assert _event_date(nlp, text) == [(date, False)]


def test_an_ambassador_attends_events_where_he_is_posted(nlp):
    text = "حضر مراسم تسليم المساعدات سفير المملكة في تيرانا سالم بن علي القحطاني ومسؤولون ألبان."
    assert dated_countries(nlp, text) == ["AL"]


def test_a_past_verb_with_ta_keeps_the_weekday_past(nlp):
    text = "وتوصلت إيران والدول الكبرى إلى الاتفاق في فيينا الخميس بعد مفاوضات طويلة."
    assert {d for d, _ in _event_date(nlp, text)} == {"2015-07-30"}


def test_a_weekday_in_a_relative_clause_keeps_its_own_tense(nlp):
    text = "ويأتي التقدم بعد يومين من زيارة وزير الدفاع الأميركي آشتون كارتر الذي أكد خلال زيارته الخميس لبغداد دعم بلاده."
    assert _event_date(nlp, text) == [("2015-07-30", False)]


@pytest.mark.parametrize("text, country", [
    ("وتستأنف موسكو اتصالاتها تمهيدا للمشاورات التي من المنتظر أن تستضيفها موسكو في إطار الحوار.", "RU"),
    ("وبحث الوزراء التحضيرات للقمة التي من المتوقع أن تستضيفها الدوحة في ديسمبر.", "QA"),
    ("وأعلن الوزير عن المؤتمر الذي من المقرر أن يعقد في الرياض الشهر المقبل.", "SA"),
])
def test_a_relative_clause_of_what_is_expected_places_the_event(nlp, text, country):
    assert dated_countries(nlp, text) == [country]


def test_a_host_verb_with_a_masculine_object_pronoun_places_the_event(nlp):
    text = "وبحث الوزراء التحضيرات للمؤتمر الذي تستضيفه الدوحة الشهر المقبل."
    assert dated_countries(nlp, text) == ["QA"]
