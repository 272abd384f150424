"""Person names, tested on sentences written for these tests: a quoted name right after the noun of a work, a
show or a campaign (also with a possessive pronoun) is its title, not a person; unquoted, the name after such a
noun is its author or owner."""
import pytest

from event_mentions import dated_names


@pytest.mark.parametrize("text, title", [
    ("ولاقى معرضه «جمال وحشي» في متحف لندن إقبالا كبيرا.", "جمال وحشي"),
    ("وصدرت روايتها «سارة الأحمد» عن دار الساقي في بيروت.", "سارة الأحمد"),
    ("وطرح الفنان أحدث أغنياته بعنوان «سيد الغالين» أمس.", "سيد الغالين"),
    ("ويعرض فيلم «عمر المختار» في الرياض الأسبوع المقبل.", "عمر المختار"),
])
def test_a_quoted_name_after_a_work_noun_is_its_title(nlp, text, title):
    assert title not in dated_names(nlp, text, "Person")


@pytest.mark.parametrize("text, person", [
    ("وقرأت كتاب محمد حسنين هيكل عن حرب أكتوبر.", "محمد حسنين هيكل"),
    ("وقال الفنان «محمد عبده» إن الحفل نجح.", "محمد عبده"),
])
def test_a_name_after_a_work_noun_unquoted_or_after_a_title_is_a_person(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("ودان رئيس الجامعة د. جمعان رشيد بن رقوش الجريمة الإرهابية.", "جمعان رشيد بن رقوش"),
    ("وأكد وكيل الوزارة المهندس هذلول حسين الهذلول أن الطريق سيفتتح قريبا.", "هذلول حسين الهذلول"),
    ("وشارك في العرض الفنانون بخيت العامري ومحمد طاهر وعايض الشهري.", "عايض الشهري"),
])
def test_gulf_first_names_open_the_name(nlp, text, name):
    assert name in dated_names(nlp, text, "Person")


def test_the_two_sons_of_is_no_part_of_a_name(nlp):
    text = "وأقدم الجاني على قتل كل من محمد ولافي ابني عبدي بن عبدالله المظيبري بإطلاق النار عليهما."
    names = dated_names(nlp, text, "Person")
    assert "عبدي بن عبدالله المظيبري" in names and not any("ابني" in n for n in names)


@pytest.mark.parametrize("text, not_name", [
    ("وهو الذي أضاف الوتر الخامس إلى العود في الأندلس.", "الوتر الخامس"),
    ("وعبرت قوات الجيش الثالث الميداني القناة.", "الثالث الميداني"),
])
def test_an_ordinal_after_a_word_of_the_language_is_no_regnal_name(nlp, text, not_name):
    assert not_name not in dated_names(nlp, text, "Person")


def test_a_rulers_ordinal_stays_in_his_name(nlp):
    assert "محمد السادس" in dated_names(nlp, "واستقبل الملك محمد السادس الوفد في الرباط.", "Person")


@pytest.mark.parametrize("text, not_name", [
    ("وغالبا ما يتفهم الصحفي موقفي حين تتطلب المعلومة أرقاما.", "موقفي"),
    ("وحذر قائد الفريق منافسي فريقه من مهاجم الفريق الجديد.", "منافسي"),
])
def test_a_frequent_noun_with_my_pronoun_after_a_title_is_no_name(nlp, text, not_name):
    assert not_name not in dated_names(nlp, text, "Person")


def test_a_one_word_name_after_a_title_stays(nlp):
    assert "مرسي" in dated_names(nlp, "وقال الرئيس مرسي إن الحكومة مستمرة في عملها.", "Person")
