"""Nationality adjectives before names, tested on sentences written for these tests: the adjective right
before a name is the person's nationality, but not when it agrees with the organisation or place named
before it (a club's town), nor when the name after it is the next item of a list."""
import pytest

from event_mentions import dated_pairs


@pytest.mark.parametrize("text, person, state", [
    ("وتعاقد النادي مع المدافع الأردني طارق خطاب والمهاجم العراقي أمجد راضي.", "أمجد راضي", "العراق"),
    ("وتعاقد النادي مع المدافع الأردني طارق خطاب والمهاجم العراقي أمجد راضي.", "طارق خطاب", "الأردن"),
    ("وتحدث مدربه التونسي جلال قادري عن المباراة.", "جلال قادري", "تونس"),
    ("وقال الإماراتي أحمد الجروان إن ذلك يأتي استكمالا للتقدم.", "أحمد الجروان", "الإمارات العربية المتحدة"),
])
def test_a_nationality_adjective_before_a_name_is_the_persons(nlp, text, person, state):
    assert (person, state) in dated_pairs(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text", [
    "وتعاقد النادي مع لاعب بوروسيا دورتموند الألماني جون سميث.",
    "ويهتم النادي بلاعب بوروسيا دورتموند الألماني وكريم بنزيمة لاعب الفريق.",
])
def test_an_adjective_of_the_place_or_next_item_is_not_the_persons_nationality(nlp, text):
    assert not dated_pairs(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text, person, state", [
    ("وألقى وزير الدولة الياباني للاقتصاد والتخطيط هيروشي تاناكا كلمة في المنتدى.", "هيروشي تاناكا", "اليابان"),
    ("وقال وزير الدولة البريطاني للتجارة جون سميث إن المحادثات مثمرة.", "جون سميث", "المملكة المتحدة"),
])
def test_a_portfolio_after_the_state_with_its_article_on_lam_belongs_to_the_title(nlp, text, person, state):
    assert (person, state) in dated_pairs(nlp, text, "AFFILIATED_WITH")
