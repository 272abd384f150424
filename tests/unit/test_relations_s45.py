"""Nationality adjectives before names, tested on sentences written for these tests: the adjective right
before a name is the person's nationality, but not when it agrees with the organisation or place named
before it (a club's town), nor when the name after it is the next item of a list."""
import pytest

from event_mentions import dated_doc, dated_nationalities, dated_pairs


@pytest.mark.parametrize("text, person, state", [
    ("وتعاقد النادي مع المدافع الأردني طارق خطاب والمهاجم العراقي أمجد راضي.", "أمجد راضي", "العراق"),
    ("وتعاقد النادي مع المدافع الأردني طارق خطاب والمهاجم العراقي أمجد راضي.", "طارق خطاب", "الأردن"),
    ("وتحدث مدربه التونسي جلال قادري عن المباراة.", "جلال قادري", "تونس"),
    ("وقال الإماراتي أحمد الجروان إن ذلك يأتي استكمالا للتقدم.", "أحمد الجروان", "الإمارات العربية المتحدة"),
])
def test_a_nationality_adjective_before_a_name_is_the_persons(nlp, text, person, state):
    assert (person, state) in dated_nationalities(nlp, text)


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


def test_a_fact_on_another_wording_of_an_event_cites_the_sentence_that_names_it(nlp):
    text = "أطلق الجيش الليبي «عملية الكماشة» ضد المتطرفين في بنغازي. وقالت القيادة إن العمليات في بنغازي تتقدم بمشاركة مصر."
    doc = dated_doc(nlp, text)
    names = {k: e["name"] for k, e in doc._.entities.items()}
    attended = [f for f in doc._.facts if f["predicate"] == "ATTENDED" and names.get(f["subject"]) == "مصر"]
    assert attended and attended[0]["evidence"][0]["sentence"] == 1
    assert 0 in [e["sentence"] for e in attended[0]["evidence"]]


@pytest.mark.parametrize("text, pair, funded", [
    ("ويتعين على اليونان دفع مبلغ قيمته 3.2 مليار يورو للبنك المركزي الأوروبي في أغسطس.",
     ("اليونان", "البنك المركزي الأوروبي"), False),
    ("ودفعت قطر فدية قدرها 20 مليون دولار لجبهة النصرة.", ("قطر", "جبهة النصرة"), True),
    ("وقدمت السعودية مليار دولار للبنك الإسلامي للتنمية.", ("المملكة العربية السعودية", "البنك الإسلامي للتنمية"), True),
])
def test_paying_a_bank_is_a_repayment_giving_it_is_funding(nlp, text, pair, funded):
    assert (pair in dated_pairs(nlp, text, "FUNDED")) is funded


@pytest.mark.parametrize("text, member, body", [
    ("ويتكون التحالف العربي من السعودية والإمارات والبحرين والكويت.", "البحرين", "التحالف العربي"),
    ("وتوصلت مجموعة 5+1، المكونة من الولايات المتحدة وروسيا والصين وفرنسا وبريطانيا وألمانيا، إلى اتفاق.",
     "روسيا", "مجموعة 5+1"),
])
def test_a_body_consisting_of_its_members(nlp, text, member, body):
    assert (member, body) in dated_pairs(nlp, text, "MEMBER_OF")


@pytest.mark.parametrize("text", [
    "وشارك المجلس القومي الأمريكي لسلامة النقل والفريق الماليزي المؤلف من وزارة الطيران المدني في التحقيق.",
    "ويتكون الوفد من وزير الخارجية ووزير المالية.",
])
def test_what_another_noun_consists_of_is_no_membership(nlp, text):
    assert not dated_pairs(nlp, text, "MEMBER_OF")


def test_a_patronage_after_an_event_noun_that_names_no_event_is_not_the_next_events(nlp):
    text = ("اختتمت فعاليات مؤتمر الرياض من أجل إنقاذ اليمن. ودعماً للمفاوضات التي تجرى برعاية الأمم المتحدة"
            " فإن المؤتمر يتطلع إلى أن تحقق تلك المفاوضات تطلعات الشعب اليمني.")
    assert not dated_pairs(nlp, text, "ORGANIZED")


def test_a_patronage_after_the_events_anaphor_stays_its_own(nlp):
    text = ("ينظم المركز الملتقى الأول للأمن السياحي بالطائف في أغسطس المقبل. ويحظى الملتقى باهتمام ورعاية"
            " الأمير سلطان بن سلمان بن عبدالعزيز، ويأتي الملتقى بالتعاون مع الجامعة.")
    assert any(s == "سلطان بن سلمان بن عبدالعزيز" for s, _ in dated_pairs(nlp, text, "ORGANIZED"))
