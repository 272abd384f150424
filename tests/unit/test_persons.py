"""athar_ner + athar_persons on sentences written for these tests: roles, names, lists, short names."""
from __future__ import annotations

import pytest

import athar.extract.components  # noqa: F401  (registers the factories)
from athar.extract.doc_ext import mention_start


@pytest.fixture(scope="module")
def nlp(persons_nlp):
    return persons_nlp


def persons(doc):
    """(key, text without attached particles) of every PERSON span."""
    return [(e._.key, doc.text[mention_start(e):e.end_char]) for e in doc.ents if e.label_ == "PERSON"]


def roles(doc):
    """(text, role, state, org) of every role span."""
    return [(r.text, r._.value["role"], r._.value["state"], r._.value["org"]) for r in doc.spans["roles"]]


def person(doc, key):
    return doc._.entities[key]


# ------------------------------------------------------------- roles + names
def test_role_with_state_adjective_and_name(nlp):
    doc = nlp("التقى وزير الخارجية المغربي ناصر بوريطة وفدا من رجال الأعمال.")
    assert persons(doc) == [("person:ناصر_بوريطه", "ناصر بوريطة")]
    assert roles(doc) == [("وزير الخارجية المغربي", "وزير الخارجية", "MA", None)]
    props = person(doc, "person:ناصر_بوريطه")["props"]
    assert (props["role"], props["role_en"], props["state"]) == ("وزير الخارجية", "Minister of Foreign Affairs", "MA")


def test_counterpart_takes_the_earlier_role_and_its_own_state(nlp):
    doc = nlp("بحث وزير الخارجية المغربي ناصر بوريطة مع نظيره الأميركي ملف الصحراء.")
    assert ("نظيره الأميركي", "وزير الخارجية", "US", None) in roles(doc)
    assert [k for k, _ in persons(doc)] == ["person:ناصر_بوريطه"]


def test_role_without_a_name_still_gives_a_role_span_with_its_state(nlp):
    doc = nlp("قال السفير الفرنسي إن بلاده تتابع التطورات عن كثب.")
    assert persons(doc) == []
    assert roles(doc) == [("السفير الفرنسي", "السفير", "FR", None)]


def test_role_of_a_state_named_after_the_title(nlp):
    doc = nlp("أكد وزير خارجية فرنسا جان إيف لودريان دعم بلاده للحوار.")
    assert persons(doc) == [("person:جان_ايف_لودريان", "جان إيف لودريان")]
    assert roles(doc)[0][1:3] == ("وزير الخارجية", "FR")


def test_role_of_an_organisation(nlp):
    doc = nlp("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع خطير.")
    assert persons(doc) == [("person:انطونيو_غوتيريش", "أنطونيو غوتيريش")]
    assert roles(doc) == [("الأمين العام للأمم المتحدة", "الأمين العام", None, "org:un")]
    assert person(doc, "person:انطونيو_غوتيريش")["props"]["org"] == "org:un"


def test_quoted_name_after_a_role(nlp):
    doc = nlp("وقال المبعوث الخاص للأمم المتحدة «مارتن غريفيث» إن المحادثات مستمرة.")
    assert persons(doc) == [("person:مارتن_غريفيث", "مارتن غريفيث")]
    assert person(doc, "person:مارتن_غريفيث")["props"]["role"] == "المبعوث الخاص"


def test_chained_titles_are_one_role(nlp):
    doc = nlp("استقبل ولي العهد السعودي الأمير محمد بن سلمان الوفد الزائر.")
    assert persons(doc) == [("person:محمد_بن_سلمان", "محمد بن سلمان")]
    assert roles(doc) == [("ولي العهد السعودي الأمير", "ولي العهد", "SA", None)]


def test_honorific_introduces_a_name_without_a_role(nlp):
    doc = nlp("وحضر الشيخ محمد بن زايد آل نهيان حفل الافتتاح.")
    assert persons(doc) == [("person:محمد_بن_زايد_ال_نهيان", "محمد بن زايد آل نهيان")]
    assert roles(doc) == []
    assert "role" not in person(doc, "person:محمد_بن_زايد_ال_نهيان")["props"]


# ------------------------------------------------------------ lists, quotes
def test_every_item_of_a_list_of_names(nlp):
    doc = nlp("وشارك في الاجتماع كل من محمد العلي وسامي الحربي وخالد الشمري.")
    assert persons(doc) == [("person:محمد_العلي", "محمد العلي"), ("person:سامي_الحربي", "سامي الحربي"),
                            ("person:خالد_الشمري", "خالد الشمري")]


def test_quoted_name_that_starts_with_a_first_name(nlp):
    doc = nlp("وأعلنت الشرطة توقيف المدعو «خالد العتيبي» بعد التحقيق.")
    assert persons(doc) == [("person:خالد_العتيبي", "خالد العتيبي")]


# ------------------------------------------------------------- short names
def test_surname_resolves_to_the_full_name_of_the_document(nlp):
    doc = nlp("أكد الرئيس الفرنسي إيمانويل ماكرون أن الحوار ضروري. وأضاف ماكرون أن فرنسا ستواصل دعمها، "
              "وقالت مصادر مقربة لماكرون إن الزيارة ناجحة.")
    assert persons(doc) == [("person:ايمانويل_ماكرون", "إيمانويل ماكرون"), ("person:ايمانويل_ماكرون", "ماكرون"),
                            ("person:ايمانويل_ماكرون", "ماكرون")]
    entity = person(doc, "person:ايمانويل_ماكرون")
    assert entity["name"] == "إيمانويل ماكرون" and entity["aliases"] == ["ماكرون"]
    assert entity["props"]["state"] == "FR"


def test_short_name_before_the_full_name_still_resolves(nlp):
    doc = nlp("قال بوريطة إن المغرب منفتح. وكان وزير الخارجية المغربي ناصر بوريطة قد استقبل الوفد.")
    assert {k for k, _ in persons(doc)} == {"person:ناصر_بوريطه"}
    assert person(doc, "person:ناصر_بوريطه")["name"] == "ناصر بوريطة"


def test_two_persons_sharing_a_surname_leave_it_unresolved(nlp):
    doc = nlp("التقى الرئيس جورج بوش نظيره السابق جيب بوش. وقال بوش إن اللقاء مثمر.")
    keys = [k for k, _ in persons(doc)]
    assert "person:جورج_بوش" in keys and "person:جيب_بوش" in keys
    assert "person:بوش" not in keys and len(keys) == 2


# --------------------------------------------------------------- negatives
def test_role_word_used_generically_is_a_role_without_a_person(nlp):
    doc = nlp("يسعى الرئيس إلى تحقيق نتائج ملموسة في المفاوضات المقبلة.")
    assert persons(doc) == []
    assert [r[1] for r in roles(doc)] == ["الرئيس"]


def test_profession_without_a_name_is_no_role(nlp):
    doc = nlp("وقال الكاتب إن الأزمة طويلة ومعقدة.")
    assert persons(doc) == [] and roles(doc) == []


def test_lone_first_name_that_resolves_to_nobody_is_dropped(nlp):
    doc = nlp("وأوضح سعيد أن الاجتماع ناجح.")
    assert persons(doc) == []


def test_common_word_after_a_first_name_is_not_a_surname(nlp):
    doc = nlp("استقبل محمد الوفد في المطار صباح اليوم.")
    assert persons(doc) == []


def test_gazetteer_spans_are_not_overridden(nlp):
    doc = nlp("وصل الرئيس الأميركي إلى الرياض قادما من القاهرة.")
    labels = [(e.label_, e._.key) for e in doc.ents]
    assert ("STATE", "US") in labels and all(label != "PERSON" for label, _ in labels)


def test_definite_noun_after_a_title_is_its_complement_not_a_name(nlp):
    doc = nlp("وأوضح المدير العام المهرجان سيقام في موعده.")
    assert persons(doc) == []


def test_particle_on_the_article_is_never_a_name_word(nlp):
    doc = nlp("وقال المدير الإقليمي للحملة إن التسجيل مفتوح.")
    assert persons(doc) == []


def test_single_surname_after_a_title_is_a_person(nlp):
    doc = nlp("وقال الرئيس ماكرون إن فرنسا تدعم الحوار.")
    assert persons(doc) == [("person:ايمانويل_ماكرون", "ماكرون")]     # a well-known person, keyed by the full name
    assert person(doc, "person:ايمانويل_ماكرون")["props"]["role"] == "الرئيس"
    doc = nlp("وقال الرئيس ليبرمان إن الحكومة تدعم الحوار.")
    assert persons(doc) == [("person:ليبرمان", "ليبرمان")]


def test_counterpart_role_is_marked_as_the_other_party(nlp):
    doc = nlp("استقبل وزير الخارجية المغربي ناصر بوريطة نظيره الأميركي.")
    values = {r.text: r._.value for r in doc.spans["roles"]}
    assert values["نظيره الأميركي"]["counterpart"] is True
    assert values["وزير الخارجية المغربي"]["counterpart"] is False
