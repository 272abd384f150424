"""Events, facts and names, tested on sentences written for these tests."""
from event_mentions import dated_names


# -- names --------------------------------------------------------------------

def test_an_affairs_complement_names_a_body_of_head_and_adjective(nlp):
    text = "وأشاد المجلس الأعلى لشؤون الأسرة بالقرار الجديد."
    assert dated_names(nlp, text, "Organization") == {"المجلس الأعلى لشؤون الأسرة"}


def test_an_affairs_complement_names_a_deputy_ministry(nlp):
    text = "وأعلنت وكالة الوزارة لشؤون التوثيق أن الوثائق جاهزة."
    assert dated_names(nlp, text, "Organization") == {"وكالة الوزارة لشؤون التوثيق"}


def test_an_affairs_complement_after_a_title_and_a_named_body_is_the_titles(nlp):     # control
    text = "وأكد نائب رئيس مجلس الوزراء لشؤون الأمن أن الوضع مستقر."
    assert dated_names(nlp, text, "Organization") == {"مجلس الوزراء"}


def test_no_second_complement_follows_the_affairs(nlp):
    text = "وأوعز المجلس الوزاري الإسرائيلي للشؤون السياسية والأمنية لأجهزة الأمن باتخاذ الخطوات."
    assert dated_names(nlp, text, "Organization") == {"المجلس الوزاري الإسرائيلي للشؤون السياسية والأمنية"}
