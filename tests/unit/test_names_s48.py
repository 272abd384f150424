"""Names, tested on sentences written for these tests: after a nasab (بن فلان, بن عبد فلان) the definite word
before a subordinator or a comma is the family name, even a word of the language (المبارك, blessed); a
quantifier (الجميع) is never part of a name."""
import pytest

from event_mentions import dated_names


@pytest.mark.parametrize("text, person", [
    ("وأوضح المهندس عمر بن عبدالعزيز المبارك أن الجولات تهدف إلى التأكد من التراخيص.", "عمر بن عبدالعزيز المبارك"),
    ("وأكد المدير خالد بن عبد العزيز المبارك أنه سيتم إغلاق الطريق.", "خالد بن عبد العزيز المبارك"),
    ("وذكر سامي بن فهد المبارك إن العمل مستمر.", "سامي بن فهد المبارك"),
])
def test_a_subordinator_closes_a_name_after_a_nasab(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


def test_a_fathers_name_of_two_words_still_leaves_room_for_the_family_name(nlp):
    text = "وكرم المحافظ العقيد عمر بن عبد الهادي الفايز ، والعقيد بندر بن فهد الشريف."
    assert "عمر بن عبد الهادي الفايز" in dated_names(nlp, text, "Person")


@pytest.mark.parametrize("text, person", [
    ("وشكر الأمير فيصل بن بندر الجميع على جهودهم في الموسم.", "فيصل بن بندر"),
    ("وطمأن الأمير سلطان بن عبد الله الجميع أن العمل مستمر.", "سلطان بن عبد الله"),
])
def test_everyone_after_a_name_is_the_object_not_a_family_name(nlp, text, person):
    names = dated_names(nlp, text, "Person")
    assert person in names and not any("الجميع" in n for n in names)


def test_a_word_of_the_language_after_a_nasab_with_no_closure_stays_out(nlp):
    text = "وأكد الأمير محمد بن سلمان الحرص على التعاون بين البلدين."
    assert not any("الحرص" in n for n in dated_names(nlp, text, "Person"))


@pytest.mark.parametrize("text, person", [
    ("وقال النائب السابق في البرلمان العراقي شوان محمد طه، إن الخلاف سياسي.", "شوان محمد طه"),
    ("وقال المحلل العسكري ميرزا محمد يرماند إن الهجمات ستتواصل.", "ميرزا محمد يرماند"),
    ("وأرجع السفير رخا أحمد حسن، عضو المجلس، استئناف الحوار إلى التطورات.", "رخا أحمد حسن"),
])
def test_a_first_name_no_list_knows_stays_after_a_title(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


@pytest.mark.parametrize("text, person", [
    ("وقال الزعيم الليبي حينذاك معمر القذافي إن القوات ستنسحب.", "معمر القذافي"),
    ("وقال المتحدث ومحمد الأحمد إن الاجتماع انتهى.", "محمد الأحمد"),
])
def test_a_word_of_the_language_before_a_first_name_is_no_part_of_it(nlp, text, person):
    names = dated_names(nlp, text, "Person")
    assert person in names and not any(n.endswith(person) and n != person for n in names)
