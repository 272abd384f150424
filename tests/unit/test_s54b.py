"""Names and members, tested on sentences written for these tests: a definite head written like a participle
right after a definite noun is its adjective («اللجنة المنظمة العليا»), not a body; a compound first name the name
model stopped inside («حامد ضيف الله الغامدي») goes on through its الله and the name after it; a member noun in a
parenthesis after the last item of a list says the membership of that item only."""
from event_mentions import dated_names, dated_pairs


def test_a_participle_after_a_definite_noun_is_no_body(nlp):
    text = "وأعلنت اللجنة المنظمة العليا لمهرجان الربيع عن برنامجها الكامل."
    assert not any(name.startswith("المنظمة") for name in dated_names(nlp, text, "Organization"))
    text = "وقال المدير العام للمنظمة العربية للسياحة إن الموسم ناجح."
    assert dated_names(nlp, text, "Organization") == {"المنظمة العربية للسياحة"}


def test_a_body_written_with_lam_on_a_listed_head_is_found(nlp):
    text = "وأوضح المتحدث الرسمي للمؤسسة العامة للتدريب التقني والمهني أن التسجيل مستمر."
    assert dated_names(nlp, text, "Organization") == {"المؤسسة العامة للتدريب التقني والمهني"}


def test_a_compound_first_name_goes_on_through_allah(nlp):
    for head in ("ضيف", "عطا", "فضل"):
        text = f"وقال حامد {head} الله الغامدي إن المشروع يسير وفق الخطة."
        assert dated_names(nlp, text, "Person") == {f"حامد {head} الله الغامدي"}, head


def test_a_member_noun_in_a_parenthesis_is_the_last_items(nlp):
    text = ("وتملك الشركة جهات عدة منها صندوق الاستثمارات العامة وشركة أرامكو السعودية ومؤسسة التمويل الدولية "
            "(عضو في مجموعة البنك الدولي).")
    members = dated_pairs(nlp, text, "MEMBER_OF")
    assert {s for s, _ in members} == {"مؤسسة التمويل الدولية"}
