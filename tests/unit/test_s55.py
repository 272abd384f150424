"""Names, tested on sentences written for these tests: a photograph's caption verb (يصافح، يرعى، يهنئ) is no name
word; «ابن عم» after a name is kinship, not a nasab; a body
named after a person whose father's name has two words («مؤسسة الملك عبد الله بن عبد العزيز») keeps it, and a
person's name after a body named with a title («جامعة الملك فيصل يونس البدر») is not the body's; universities are
organisations: named after a person with a title, after their city alone («جامعة تبوك»), with a quoted name
(«جامعة «هارفارد»»), never as one common word alone («جامعة المسجد»: the congregation) nor run on over the places
coordinated after their city; a quoted name that opens with a title after a body is its spokesman, not its
name."""
from event_mentions import dated_names, dated_pairs


def test_a_caption_verb_is_no_name_word(nlp):
    text = "الأمير خالد الفيصل يصافح أحد المستقبلين في مطار أبها."
    assert not any("يصافح" in name for name in dated_names(nlp, text, "Person"))
    text = "الأمير فيصل بن سلمان يرعى حفل التخرج في المدينة المنورة."
    assert dated_names(nlp, text, "Person") == {"فيصل بن سلمان"}


def test_a_cousin_is_no_nasab(nlp):
    text = "وطالب المحتجون بمحاكمة ماهر سليمان العلي ابن ابن عم الوزير."
    assert not any("عم" in name.split() for name in dated_names(nlp, text, "Person"))


def test_a_body_named_after_a_person_keeps_a_fathers_name_of_two_words(nlp):
    text = "وقدمت مؤسسة الأمير سلطان بن عبد العزيز الخيرية منحا دراسية للطلاب."
    assert dated_names(nlp, text, "Organization") == {"مؤسسة الأمير سلطان بن عبد العزيز الخيرية"}


def test_a_universitys_name_is_an_organisation(nlp):
    text = "وأعلنت جامعة الإمام محمد بن سعود الإسلامية مواعيد القبول."
    assert dated_names(nlp, text, "Organization") == {"جامعة الإمام محمد بن سعود الإسلامية"}
    text = "وأعلنت جامعة الأمير محمد بن فهد عن برامج جديدة."
    assert dated_names(nlp, text, "Organization") == {"جامعة الأمير محمد بن فهد"}


def test_a_university_named_after_its_city(nlp):
    text = "وقال أستاذ القانون في جامعة القاهرة إن المشروع قيد الدراسة."
    assert dated_names(nlp, text, "Organization") == {"جامعة القاهرة"}


def test_a_university_with_a_quoted_name_is_named_with_its_head(nlp):
    text = "وأشار باحث في جامعة «ستانفورد» إلى نتائج الدراسة."
    assert dated_names(nlp, text, "Organization") == {"جامعة ستانفورد"}


def test_a_university_needs_more_than_one_common_word(nlp):
    text = "وحث الخطيب على التواصل بين جامعة المسجد وأهل الحي."
    assert dated_names(nlp, text, "Organization") == set()


def test_places_after_a_universitys_city_are_not_its_name(nlp):
    text = "ونقلت أحياء الشاطئ والفيصلية وجامعة الدمام والعزيزية والروضة إلى الدائرة الجديدة."
    assert dated_names(nlp, text, "Organization") == {"جامعة الدمام"}


def test_a_persons_name_after_a_body_named_with_a_title_is_not_the_bodys(nlp):
    text = "وأوضح المحاضر بجامعة الملك فيصل يونس البدر أن المسرحية نجحت."
    assert dated_names(nlp, text, "Organization") == {"جامعة الملك فيصل"}
    text = "وقال مدير الشؤون الطبية في جامعة الملك سعود عبد الله الصقعبي إن حالة المريض مستقرة."
    assert dated_names(nlp, text, "Organization") == {"جامعة الملك سعود"}
    assert ("عبد الله الصقعبي", "جامعة الملك سعود") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_quoted_name_opened_by_a_title_is_the_spokesman(nlp):
    text = 'وقال المتحدث الإعلامي لجامعة جازان "الدكتور سالم الحربي": إن الجامعة ستعلن النتائج.'
    assert dated_names(nlp, text, "Organization") == {"جامعة جازان"}
    assert "سالم الحربي" in dated_names(nlp, text, "Person")
