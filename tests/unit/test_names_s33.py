"""Names wrong in a blind draw of 100 Person nodes (seed 20261249), each fixed as a rule of the language and
tested on sentences written for these tests: a first name shared by two men, a title with ل written onto its
article, a staff or pilot rank (العقيد ركن), and a first name before آل."""
import pytest


def persons(nlp, text: str) -> dict[str, dict]:
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": "2015-08-04"}
    doc = nlp(doc)
    return {e["name"]: e for e in doc._.entities.values() if e["type"] == "Person"}


def test_a_first_name_before_another_family_name_is_not_the_full_name_told_again(nlp):
    found = persons(nlp, "وقال جيروم فالك الأمين العام للاتحاد إن القرعة ستجرى غدا. "
                         "وتأسست الحملة بدعم من جيروم شامبين المسؤول السابق في الاتحاد.")
    assert found["جيروم فالك"]["aliases"] == []


def test_a_first_name_alone_still_tells_the_full_name_again(nlp):
    found = persons(nlp, "وقال جيروم فالك إن القرعة ستجرى غدا. وأكد جيروم أن التحضيرات اكتملت.")
    assert found["جيروم فالك"]["aliases"] == ["جيروم"]


def test_a_title_with_lam_on_its_article_is_no_part_of_the_name(nlp):
    found = persons(nlp, "وكانت إيران قد توجهت بشكر خاص للسلطان قابوس ولدولة عمان.")
    assert list(found) == ["قابوس بن سعيد"]


@pytest.mark.parametrize("text, name", [
    ("وكان في استقباله الملحق العسكري العقيد ركن نبيل العايد.", "نبيل العايد"),
    ("وكان في استقباله العقيد ركن عبدالله الجاسر الملحق العسكري.", "عبدالله الجاسر"),
    ("وقال اللواء الركن أحمد عسيري إن العمليات مستمرة.", "أحمد عسيري"),
    ("وحضر الحفل اللواء طيار ركن عبداللطيف الشريم.", "عبداللطيف الشريم"),
])
def test_a_staff_or_pilot_rank_is_part_of_the_title(nlp, text, name):
    assert list(persons(nlp, text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("ودخل المدرب بتشكيلة مكونة من داوود آل سعيد وفريد ملولي.", "داوود آل سعيد"),
    ("ودخل المدرب بتشكيلة مكونة من كنان آل سعيد وفريد ملولي.", "كنان آل سعيد"),
])
def test_a_first_name_before_al_opens_the_name(nlp, text, name):
    assert name in persons(nlp, text)


def test_a_fathers_name_inside_a_three_part_name_is_the_father(nlp):
    found = persons(nlp, "والفقيدة ابنة عبدالله المليص مدير إدارة التدريب. وعزى الوزير محمد عبدالله المليص في وفاتها.")
    assert {"عبدالله المليص", "محمد عبدالله المليص"} <= set(found)
    assert found["محمد عبدالله المليص"]["aliases"] == []


def test_a_family_name_alone_still_tells_a_three_part_name_again(nlp):
    found = persons(nlp, "وقال محمد عبدالله المليص إن الحفل ناجح. وأضاف المليص أن النادي سيواصل.")
    assert found["محمد عبدالله المليص"]["aliases"] == ["المليص"]


def organizations(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [e["name"] for e in doc._.entities.values() if e["type"] == "Organization"]


@pytest.mark.parametrize("text, name", [
    ("وطرحت المؤسسة العامة لصوامع الغلال ومطاحن الدقيق منافسة عالمية.", "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق"),
    ("وأكدت المؤسسة العربية لضمان الاستثمار وائتمان الصادرات أن النمو مستمر.",
     "المؤسسة العربية لضمان الاستثمار وائتمان الصادرات"),
])
def test_a_second_complement_like_the_first_is_part_of_the_name(nlp, text, name):
    assert name in organizations(nlp, text)


def test_a_verb_after_and_is_no_second_complement(nlp):
    names = organizations(nlp, "وأشادت الهيئة العامة لرعاية الشباب وقامت الحكومة بدورها.")
    assert not any("قامت" in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("وتتابع وزارة الداخلية لرصد القضايا الأمنية في المنطقة.", "وزارة الداخلية"),
    ("وقررت وزارة الشؤون البلدية والقروية لتطوير المدن إطلاق برنامج.", "وزارة الشؤون البلدية والقروية"),
    ("ودعت وزارة التعليم للاستغناء عن المباني المستأجرة.", "وزارة التعليم"),
])
def test_a_ministry_is_named_by_its_portfolio_and_no_purpose_after_it(nlp, text, name):
    assert organizations(nlp, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("وأعلنت الأمانة العامة لجامعة الدول العربية عقد الاجتماع.", "جامعة الدول العربية"),
    ("وقالت الأمانة العامة لمجلس التعاون الخليجي إن القمة ستعقد.", "مجلس التعاون لدول الخليج العربية"),
])
def test_a_general_secretariat_speaks_for_its_organisation(nlp, text, name):
    assert organizations(nlp, text) == [name]


def test_an_executive_bureau_stays_a_body_of_its_own(nlp):
    names = organizations(nlp, "واجتمع المكتب التنفيذي لحركة نداء تونس أمس.")
    assert any(n.startswith("المكتب التنفيذي") for n in names)


@pytest.mark.parametrize("text, name", [
    ("وهنأ الدكتور عبدالعزيز بن إبراهيم الفايز سفير خادم الحرمين الشريفين لدى الكويت الزميل راشد.",
     "عبدالعزيز بن إبراهيم الفايز"),
    ("وبين المشرف على البرنامج الدكتور عبدالرحمن بن رجاء الله السلمي، أن البرنامج ناجح.",
     "عبدالرحمن بن رجاء الله السلمي"),
])
def test_a_family_name_after_a_nasab_closed_by_a_title_or_a_comma_is_part_of_the_name(nlp, text, name):
    assert name in persons(nlp, text)


def test_the_object_after_a_nasab_is_no_family_name(nlp):
    assert "فيصل بن بندر" in persons(nlp, "وشكر الأمير فيصل بن بندر الجميع على جهودهم.")


def test_a_company_word_after_a_foreign_name_makes_no_person(nlp):
    assert persons(nlp, "وقال متحدث باسم شركة كهرباء كيوشو (كيوشو الكتريك) ان المفاعل عاد للعمل.") == {}


def test_a_scholarship_student_is_a_role_not_a_name(nlp):
    assert list(persons(nlp, "وقال المبتعث فهد بدري رئيس النادي الإسلامي إن الطلاب بخير.")) == ["فهد بدري"]


@pytest.mark.parametrize("text, name", [
    ("وبحسب متحدث باسم حزب الليكود اليميني الحاكم فإن القانون سيستخدم.", "حزب الليكود"),
])
def test_a_describing_adjective_ends_an_organisations_name(nlp, text, name):
    assert organizations(nlp, text) == [name]
