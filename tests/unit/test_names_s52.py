"""Person names, tested on sentences written for these tests: in a list joined by و, the و of a name the lexicon
lacks is the conjunction; plural nisba nouns (حقوقيون) name no one; ابن آدم is a human being; a family name after a
word for a family (عائلة، أسرتا) is the family, not the member of it the article names elsewhere; the second word of
a compound first name (عبد المطلوب) is no family name, so a nisba after the father's name is; clubs named with
«سبورت» and mountains named for someone are no persons; و on a verbal noun after a first name is the conjunction,
ل on one after a title a preposition."""
from event_mentions import dated_doc, dated_names


def _persons(nlp, text):
    return [e.text for e in dated_doc(nlp, text).ents if e.label_ == "PERSON"]


def test_the_and_before_an_unlisted_name_in_a_list_is_the_conjunction(nlp):
    names = dated_names(nlp, "ومن أشهر شعراء تلك القبيلة زهير وعلقمة بن عبدة وطرفة بن العبد.", "Person")
    assert "علقمة بن عبدة" in names
    assert "وعلقمة بن عبدة" not in names


def test_a_name_that_opens_with_waw_keeps_it(nlp):
    assert "وليد بن سالم الحربي" in dated_names(nlp, "وحضر الحفل سالم الحربي ووليد بن سالم الحربي.", "Person")


def test_plural_nisba_nouns_after_a_verb_of_saying_are_no_name(nlp):
    assert _persons(nlp, "وطالب حقوقيون وقانونيون بوضع حد لتلك التجاوزات المتكررة.") == []


def test_son_of_adam_is_a_human_being_not_a_name(nlp):
    assert _persons(nlp, "وفي الحديث أن عمل ابن آدم ينقطع بعد موته إلا من ثلاث.") == []
    assert "علي بن آدم" in dated_names(nlp, "وحضر علي بن آدم الحفل.", "Person")


def test_a_family_name_after_a_word_for_a_family_is_the_family(nlp):
    text = "احتفلت أسرتا المانع والجاسر بزواج فيصل بن نجيب المانع من كريمة إبراهيم عبدالله الجاسر."
    assert _persons(nlp, text) == ["فيصل بن نجيب المانع", "إبراهيم عبدالله الجاسر"]
    text = "وتوفي الطفل محمد سعيد الغامدي في الحادث. وزار الأمير منزل عائلة الغامدي في القرية."
    assert _persons(nlp, text) == ["محمد سعيد الغامدي"]


def test_a_nisba_after_a_compound_first_name_and_a_fathers_name_is_the_family(nlp):
    assert "عبد المطلوب مبارك البدراني" in dated_names(nlp, "وشارك عبد المطلوب مبارك البدراني في الحفل.", "Person")


def test_a_club_named_with_sport_is_no_person(nlp):
    assert _persons(nlp, "من جهة ثانية أعلن سبورت رسيفي البرازيلي تسجيل مهاجم النصر السابق.") == []


def test_a_mountain_named_for_someone_is_no_person(nlp):
    assert _persons(nlp, "وانطلقت الألعاب النارية من أعلى جبل قارة ابن عمار وسط المحافظة.") == []


def test_a_word_of_the_language_with_waw_after_a_first_name_is_no_family_name(nlp):
    text = "وقال إن إيران تريد تمكين عملائها الحوثيين وأتباع صالح وتعريض أمن المنطقة للخطر."
    assert not any("وتعريض" in p for p in _persons(nlp, text))


def test_a_preposition_on_a_verbal_noun_after_a_title_is_no_name(nlp):
    text = ("ويترقب الاقتصاديون اجتماعا بين نوفاك وعبد الله البدري الأمين العام لمنظمة أوبك لتدارس تأثيرات "
            "الاتفاق على السوق.")
    assert not any(p.startswith("لتدارس") for p in _persons(nlp, text))
