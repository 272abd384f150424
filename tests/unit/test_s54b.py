"""Names and members, tested on sentences written for these tests: a definite head written like a participle
right after a definite noun is its adjective («اللجنة المنظمة العليا»), not a body; a compound first name the name
model stopped inside («حامد ضيف الله الغامدي») goes on through its الله and the name after it; a member noun in a
parenthesis after the last item of a list says the membership of that item only; a word with ب or ل and a pronoun
written onto it ends a name («محمد منير بغنائها»); participles of a relation end a body's name («المتفرعة عن»،
«المملوكة لـ»); a body's own verbal noun goes on with its object («مجلس الدفاع عن الموارد القومية»); أجاب and علق are verbs
of speech: they end a name and open a speaker's («وعن سامي نور أجاب:»، «وعلق تاو يان، رئيس الفريق»);
well-known companies are listed, so their names are no persons («جولدمان ساكس», «شيفرون»), and a sector and a state
before a listed company describe it («شركة النفط الفرنسية توتال»); a feast given («مأدبة غداء») is no name nor part
of one."""
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


def test_a_word_with_a_preposition_and_a_pronoun_ends_a_name(nlp):
    text = "واشتهر الفنان سامي منير بغنائها في الحفلات الكبرى."
    assert dated_names(nlp, text, "Person") == {"سامي منير"}


def test_a_participle_of_a_relation_ends_a_bodys_name(nlp):
    text = "وأعلنت شركة فالتيكس المتفرعة عن المجموعة عن نتائجها الفصلية."
    assert not any("المتفرعة" in name for name in dated_names(nlp, text, "Organization"))


def test_a_bodys_own_verbal_noun_goes_on_with_its_object(nlp):
    text = "وقال مجلس الدفاع عن الموارد القومية في بيان إن المشروع يضر بالبيئة."
    assert dated_names(nlp, text, "Organization") == {"مجلس الدفاع عن الموارد القومية"}
    text = "وقالت هيئة الدفاع عن المتهمين إن الجلسة أجلت."
    assert not any("المتهمين" in name for name in dated_names(nlp, text, "Organization"))


def test_answer_and_comment_are_verbs_of_speech(nlp):
    text = "وعن اللاعب سامي نور أجاب: «سيبقى مع الفريق حتى نهاية الموسم»."
    assert "سامي نور" in dated_names(nlp, text, "Person")
    assert not any("أجاب" in name for name in dated_names(nlp, text, "Person"))
    text = "وعلق كين ماتسودا، رئيس فريق البحث في الجامعة، على النتائج بأنها مشجعة."
    assert dated_names(nlp, text, "Person") == {"كين ماتسودا"}


def test_well_known_companies_are_no_persons(nlp):
    text = "وقال جون واطسون رئيس مجلس إدارة شيفرون إن النتائج كانت ضعيفة، بينما توقعت جولدمان ساكس تحسن الأسعار."
    assert dated_names(nlp, text, "Organization") == {"شيفرون", "غولدمان ساكس"}
    assert dated_names(nlp, text, "Person") == {"جون واطسون"}
    assert ("جون واطسون", "شيفرون") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_sector_and_a_state_before_a_listed_company_describe_it(nlp):
    text = "وستبدأ طهران فصلا جديدا من التعاون مع شركة النفط الفرنسية توتال لتطوير الحقول."
    assert dated_names(nlp, text, "Organization") == {"توتال"}
    text = "وقال بنك غازبروم بنك الروسي إن القرض جاهز."
    assert "غازبروم بنك" in dated_names(nlp, text, "Organization")


def test_a_feast_given_is_no_name(nlp):
    text = "وأقام الشيخ سالم بن راشد مأدبة غداء تكريما للضيوف."
    assert dated_names(nlp, text, "Person") == {"سالم بن راشد"}
    text = "وأقام سمو الأمير مأدبة غداء تكريما للضيوف في قصره."
    assert dated_names(nlp, text, "Person") == set()
