"""AFFILIATED_WITH from titles, nationalities and state bodies (athar_relations._affiliations), on sentences
written for these tests."""
import pytest


def affiliations(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(f["subject"], f["object"]) for f in doc._.facts if f["predicate"] == "AFFILIATED_WITH"}


def org_key(nlp, text: str, name: str) -> str:
    doc = nlp(text)
    return next(e._.key for e in doc.ents if e.label_ == "ORG" and name in e.text)


def test_a_ministry_named_with_its_state_belongs_to_it(nlp):
    text = "أصدرت وزارة الزراعة البرازيلية بيانا حول صادرات اللحوم."
    key = org_key(nlp, text, "وزارة الزراعة")
    assert (key, "BR") in affiliations(nlp, text)


def test_a_listed_state_body_belongs_to_its_state(nlp):
    text = "فتح مكتب التحقيقات الفيدرالي تحقيقا في الحادث."
    assert ("org:fbi", "US") in affiliations(nlp, text)


def test_parties_and_media_are_no_state_bodies(nlp):
    text = "نقلت وكالة رويترز تصريحات قادة حزب الله عن الوضع في الجنوب."
    assert affiliations(nlp, text) == set()


def person_key(nlp, text: str, name: str) -> str:
    doc = nlp(text)
    return next(e._.key for e in doc.ents if e.label_ == "PERSON" and name in e.text)


def test_an_ambassador_belongs_to_the_state_that_sends_him_not_to_his_post(nlp):
    text = "وقال سفير فرنسا لدى مصر جان دوبوا إن العلاقات ممتازة."
    key = person_key(nlp, text, "دوبوا")
    got = affiliations(nlp, text)
    assert (key, "FR") in got and (key, "EG") not in got


def test_an_envoy_posted_in_a_state_is_not_affiliated_with_it(nlp):
    text = "التقى الممثل الخاص للأمين العام في ليبيا كارلوس مارتن وفد الحكومة."
    assert not any(obj == "LY" for _, obj in affiliations(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("وقال رئيس مجلس إدارة شركة المراعي الأمير سعد بن فهد إن الأرباح ارتفعت.", "سعد بن فهد"),
    ("وأوضح عضو مجلس إدارة جمعية البر الخيرية المهندس خالد العتيبي أن الجمعية وزعت السلال.", "خالد العتيبي"),
])
def test_a_board_member_belongs_to_the_body_it_governs_and_the_board_is_no_body(nlp, text, name):
    got = affiliations(nlp, text)
    person = person_key(nlp, text, name)
    body = "جمعية البر الخيرية" if "البر" in text else "شركة المراعي"
    assert {obj for subj, obj in got if subj == person} == {org_key(nlp, text, body)}
    assert not any(subj.startswith("org:مجلس") for subj, _ in got)


def test_the_head_of_a_un_mission_is_not_affiliated_with_the_state_it_works_in(nlp):
    text = "وقال رئيس بعثة الأمم المتحدة في الصومال جيمس سوان إن الأمن تحسن."
    got = affiliations(nlp, text)
    person = person_key(nlp, text, "سوان")
    assert ("org:un", "SO") not in got and (person, "SO") not in got and (person, "org:un") in got


def test_the_head_of_a_national_body_in_a_state_belongs_to_it(nlp):
    text = "ودان رئيس مجلس النواب في مملكة البحرين أحمد الملا التفجير."
    assert (person_key(nlp, text, "الملا"), "BH") in affiliations(nlp, text)


def test_the_ruler_of_an_emirate_belongs_to_its_state(nlp):
    text = "وقال الشيخ محمد بن راشد آل مكتوم حاكم دبي إن المشروع مهم."
    assert (person_key(nlp, text, "مكتوم"), "AE") in affiliations(nlp, text)


def test_a_states_representative_named_in_construct(nlp):
    text = "ولمح ممثل نيوزيلندا تيم غروزر إلى أن الحل قريب."
    assert (person_key(nlp, text, "غروزر"), "NZ") in affiliations(nlp, text)


def test_a_un_envoy_by_the_adjective_belongs_to_the_un_the_article_names(nlp):
    text = "وقال المبعوث الأممي كارلوس مارتن إن الأمم المتحدة تدعم الحوار."
    assert (person_key(nlp, text, "مارتن"), "org:un") in affiliations(nlp, text)


def test_a_partys_official_is_not_affiliated_with_its_state(nlp):
    text = "وقال محسن الطرابلسي، المدير التنفيذي لحركة نداء تونس، إن الحزب موحد."
    got = affiliations(nlp, text)
    key = person_key(nlp, text, "الطرابلسي")
    assert (key, "org:nidaa-tounes") in got and (key, "TN") not in got


def test_a_bare_title_of_a_well_known_person_takes_their_state(nlp):
    text = "وقال الرئيس فلاديمير بوتين إن المحادثات كانت مثمرة."
    assert (person_key(nlp, text, "بوتين"), "RU") in affiliations(nlp, text)


def test_a_well_known_person_without_a_title_gets_no_affiliation_from_the_list(nlp):
    text = "تحدث فلاديمير بوتين عن المحادثات."
    assert affiliations(nlp, text) == set()


def test_a_well_known_person_has_an_english_name(nlp):
    doc = nlp("وصل عبدالفتاح السيسي إلى العاصمة.")
    assert doc._.entities[person_key(nlp, "وصل عبدالفتاح السيسي إلى العاصمة.", "السيسي")]["name_en"] \
        == "Abdel Fattah el-Sisi"
