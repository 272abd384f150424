"""Relations, tested on sentences written for these tests: a call on someone to give (دعا X إلى تقديم،
طالب X بتقديم) says nobody gave; an appeal to a group "and its allies" to do something invites them to nothing,
while an invitation to them to attend still does."""
import pytest

from event_mentions import dated_pairs


@pytest.mark.parametrize("text", [
    "ودعا الوزير الولايات المتحدة إلى تقديم الدعم المالي لليمن.",
    "وطالبت الحكومة السعودية بتقديم الدعم المالي لليمن.",
])
def test_a_call_to_give_is_no_funding(nlp, text):
    assert dated_pairs(nlp, text, "FUNDED") == set()


@pytest.mark.parametrize("text, funder", [
    ("وقدمت السعودية مساعدات بقيمة 274 مليون دولار لليمن، ودعت المانحين إلى المساهمة.", "المملكة العربية السعودية"),
    ("ودعا الرئيس، بعد أن قدمت الكويت 50 مليون دولار لليمن، إلى مؤتمر للمانحين.", "الكويت"),
])
def test_giving_told_beside_a_call_is_still_funding(nlp, text, funder):
    assert (funder, "اليمن") in dated_pairs(nlp, text, "FUNDED")


def test_a_call_on_a_group_and_its_allies_to_keep_a_truce_invites_them_to_nothing(nlp):
    text = ("اجتمع الرئيس اليمني عبد ربه منصور هادي مع المبعوث الأممي إسماعيل ولد الشيخ أحمد في الرياض أمس، فيما "
            "رحبت الجامعة العربية بالهدنة ودعت الحوثيين وحلفاءهم للالتزام ببنودها.")
    assert dated_pairs(nlp, text, "INVITED") == set()


def test_a_group_and_its_allies_invited_to_attend_are_invited(nlp):
    text = "ودعت الجامعة العربية الحوثيين وحلفاءهم لحضور مؤتمر الرياض الشهر المقبل."
    assert ("الحوثيون", "مؤتمر الرياض") in dated_pairs(nlp, text, "INVITED")


def test_the_head_of_a_visiting_delegation_chairs_no_visit(nlp):
    text = ("أفاد الوزير أمس بأن زيارة وفد حركة «حماس» برئاسة خالد مشعل، رئيس المكتب السياسي، إلى السعودية "
            "كانت من أجل أداء العمرة.")
    assert dated_pairs(nlp, text, "CHAIRED") == set()
    assert ("خالد مشعل", "حماس") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_meeting_held_under_someones_chairmanship_is_chaired(nlp):
    text = "وعقد الاجتماع الوزاري في الرياض أمس برئاسة وزير الخارجية عادل الجبير."
    assert ("عادل الجبير", "الاجتماع الوزاري في الرياض") in dated_pairs(nlp, text, "CHAIRED")


@pytest.mark.parametrize("text, person, state", [
    ("يترأس الدكتور حسن الفالح وزير المالية، وفد الكويت في اجتماعات الصندوق التي تبدأ غدا في فيينا.",
     "حسن الفالح", "الكويت"),
    ("وترأس الأمير سعود بن فهد وفد السعودية إلى القمة العربية في شرم الشيخ.", "سعود بن فهد", "المملكة العربية السعودية"),
])
def test_who_heads_a_states_delegation_belongs_to_the_state(nlp, text, person, state):
    assert (person, state) in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_who_heads_his_own_countrys_delegation_gets_no_state_from_the_pronoun(nlp):
    text = "وترأس الوزير حسن الفالح وفد بلاده إلى القمة العربية في شرم الشيخ."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()


def test_a_request_to_give_is_no_funding(nlp):
    assert dated_pairs(nlp, "وطلب الرئيس من السعودية تقديم الدعم المالي لليمن.", "FUNDED") == set()


def test_about_is_no_transfer(nlp):
    text = ("واندلعت معارك بين مسلحين يقودهم أبو عمر الشيشاني ومسلحين يقودهم أبو مسلم التركماني حول توزيع الأموال، "
            "مشيرا إلى أن زعيم التنظيم أبو بكر البغدادي وجه رسالة إلى المسلحين.")
    assert dated_pairs(nlp, text, "FUNDED") == set()


def test_a_transfer_written_with_its_shadda_is_funding(nlp):
    text = "حوّل الصندوق السعودي للتنمية مبلغ 60 مليون دولار إلى حساب وزارة المالية الفلسطينية."
    assert dated_pairs(nlp, text, "FUNDED") == {("الصندوق السعودي للتنمية", "وزارة المالية الفلسطينية")}


def test_a_bare_transfer_verb_opening_its_clause_is_funding(nlp):
    text = "حول الاتحاد الأوروبي مساعدات جديدة بقيمة 600 مليون يورو إلى أوكرانيا المهددة بالإفلاس."
    assert ("الاتحاد الأوروبي", "أوكرانيا") in dated_pairs(nlp, text, "FUNDED")
