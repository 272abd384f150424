"""Events, tested on sentences written for these tests: an indefinite noun in construct coordinated with another
that shares its genitive (رجال وسيدات الأعمال، وزراء ومسؤولي الدول) stays in the event's name; a verbal noun so
coordinated names a work, no event; performing an operation (إجراء العملية) is surgery, no event; a tour someone with a long title made (قام … بجولة) is an
inspection, no round of talks."""
import pytest

from event_mentions import dated_events


@pytest.mark.parametrize("text, name", [
    ("وانطلق منتدى رجال وسيدات الأعمال الخليجي في الرياض أمس.", "منتدى رجال وسيدات الأعمال الخليجي في الرياض"),
    ("وافتتح الأمير معرض شباب وشابات الأعمال الثامن بجدة أمس.", "معرض شباب وشابات الأعمال الثامن بجدة"),
    ("وعقد اجتماع وزراء ومسؤولي الدول المانحة في لندن أمس.", "اجتماع وزراء ومسؤولي الدول المانحة في لندن"),
])
def test_a_genitive_shared_by_two_coordinated_nouns_stays_in_the_name(nlp, text, name):
    assert name in [e["name"] for e in dated_events(nlp, text)]


def test_a_verbal_noun_coordinated_in_a_project_names_no_event(nlp):
    text = "ووقعت الأمانة عقدا لمشروع عملية تحسين وتجميل المداخل بمكة المكرمة."
    assert dated_events(nlp, text) == []


def test_performing_an_operation_is_surgery(nlp):
    text = "وينتظر المريض قرار الأطباء بإجراء العملية في العاصمة مسقط أو نقله إلى الرياض لإجراء العملية هناك."
    assert dated_events(nlp, text) == []


def test_a_tour_made_by_someone_with_a_long_title_is_no_event(nlp):
    text = "وقام خالد العتيبي مدير عام العلاقات العامة المكلف بالشركة السعودية بجولة في أروقة الجمعية بالرياض."
    assert dated_events(nlp, text) == []
