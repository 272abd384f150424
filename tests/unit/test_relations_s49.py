"""Relations, tested on sentences written for these tests: an initiative or a patron belongs to the gathering it
qualifies, not to talks that only date the sentence (بعد محادثات …) nor to an event a celebration is for
(احتفل … بافتتاح …), nor to an event told after an initiative whose act follows its author (مبادرة X بالتطوع …); a
committee's chair does not chair the elections it serves; a newspaper or company that
joins another merges into it, it is no member of it."""
import pytest

from event_mentions import dated_countries, dated_pairs


@pytest.mark.parametrize("text", [
    # talks after بعد only date the sentence
    ("وأعلنت الحكومة، امس الخميس، دعمها مبادرة الرئيس الروسي فلاديمير بوتين لمكافحة الإرهاب، بعد محادثات "
     "مشتركة في دمشق مع المبعوث الأممي ستيفان دي ميستورا."),
    # the initiative's own act follows its author
    ("وأكد الرئيس أن الملك سلمان بن عبدالعزيز كان داعما لمصر، منوها بمبادرة الملك سلمان بالتطوع للدفاع عن "
     "مصر عام 1956، وحرصه على حضور افتتاح قناة السويس الجديدة."),
])
def test_an_initiative_organises_no_event_told_after_it_for_another_reason(nlp, text):
    assert dated_pairs(nlp, text, "ORGANIZED") == set()


@pytest.mark.parametrize("text", [
    "وانطلق المؤتمر الدولي للطاقة في الرياض أمس بمبادرة من الملك سلمان، بعد اجتماعات تحضيرية.",
    "وانطلق المؤتمر الدولي للطاقة في الرياض أمس بمبادرة من الملك سلمان للتعاون بين الدول المنتجة.",
])
def test_an_initiative_still_organises_the_gathering_it_opens(nlp, text):
    assert ("سلمان بن عبد العزيز", "المؤتمر الدولي للطاقة في الرياض") in dated_pairs(nlp, text, "ORGANIZED")


@pytest.mark.parametrize("text", [
    "واحتفلت الجالية المصرية في الرياض بافتتاح القناة الجديدة في أجواء احتفالية، ورعاية السفير محمد عبد الله.",
    "واحتفى النادي الثقافي بجدة بافتتاح المعرض الدولي للكتاب برعاية الأمير خالد الفيصل.",
])
def test_the_patron_of_a_celebration_does_not_organise_the_event_celebrated(nlp, text):
    assert dated_pairs(nlp, text, "ORGANIZED") == set()


def test_the_place_of_a_celebration_is_not_the_place_of_the_event_celebrated(nlp):
    text = "واحتفل المكتب الثقافي المصري بالرياض أمس بافتتاح القناة الجديدة."
    assert "SA" not in dated_countries(nlp, text)


def test_the_patron_of_a_fair_still_organises_it(nlp):
    text = "وافتتح أمس معرض الرياض الدولي للكتاب برعاية الأمير خالد الفيصل."
    assert ("خالد الفيصل", "معرض الرياض الدولي للكتاب") in dated_pairs(nlp, text, "ORGANIZED")


def test_the_chair_of_a_committee_for_elections_does_not_chair_the_elections(nlp):
    text = ("أقر الوزير, لجنة النظر في الطعون في الانتخابات البلدية بجدة في دورتها الثالثة, برئاسة الدكتور سعد "
            "الحربي وعضوية الدكتور فهد العتيبي.")
    assert dated_pairs(nlp, text, "CHAIRED") == set()


@pytest.mark.parametrize("text", [
    "وبدأ الكاتب مشواره في صحيفة الملاعب التي انضمت إلى صحيفة الشرق الأوسط قبل عشرين عاما.",
    "وأعلنت شركة الخليج للتقنية أنها انضمت إلى شركة أرامكو السعودية بعد صفقة استحواذ.",
])
def test_a_paper_or_company_joining_another_is_no_member_of_it(nlp, text):
    assert dated_pairs(nlp, text, "MEMBER_OF") == set()


def test_a_state_joining_an_organisation_is_a_member(nlp):
    text = "وانضمت قطر إلى منظمة التجارة العالمية قبل عشرين عاما."
    assert ("قطر", "منظمة التجارة العالمية") in dated_pairs(nlp, text, "MEMBER_OF")
