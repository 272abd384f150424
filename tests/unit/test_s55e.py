"""Names, tested on sentences written for these tests: a participle of purpose after a definite head describes the
body's efforts, it names none («جهود المؤسسة الرامية لتطوير …»); a company's legal form is no company («شركة
مساهمة عامة»); a feast («عيد الفطر», «عيد الأضحى») is no man named عيد."""
from event_mentions import dated_names


def test_a_participle_of_purpose_names_no_body(nlp):
    text = "وأبرز التقرير جهود الجمعية الرامية لتطوير الخدمات الاجتماعية."
    assert dated_names(nlp, text, "Organization") == set()
    text = "وأشاد التقرير بجهود الهيئة الهادفة لتحسين جودة الخدمات الصحية."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_legal_form_is_no_company(nlp):
    text = 'وأوضح البيان أن المجموعة هي "شركة مساهمة عامة" مدرجة في السوق المالية.'
    assert dated_names(nlp, text, "Organization") == set()


def test_a_feast_is_no_person(nlp):
    text = "ويأتي عيد الأضحى هذا العام في أجواء من الفرح."
    assert dated_names(nlp, text, "Person") == set()
