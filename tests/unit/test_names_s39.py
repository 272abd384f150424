"""Names wrong in a blind draw of 100 Person and 100 Organization nodes (seed 20261257), each fixed as a rule of
the language and tested on sentences written for these tests: an imperfect verb after a name (the corpus writes
it in both persons: يندرج and تندرج), while transliterated names stay whole."""
import pytest

from event_mentions import dated_doc, dated_names


@pytest.mark.parametrize("text, name, verb", [
    ("الأمير عبدالله بن مساعد يهنئ لاعبي المنتخب بالفوز.", "عبدالله بن مساعد", "يهنئ"),
    ("وقالت الوزارة إن زيارة الرئيس بول بيا تندرج في إطار التعاون بين البلدين.", "بول بيا", "تندرج"),
    ("وكان الرئيس التونسي يحتج على القرار.", None, "يحتج"),
])
def test_a_verb_after_a_name_is_not_part_of_it(nlp, text, name, verb):
    found = dated_names(nlp, text, "Person")
    assert not any(verb in p for p in found), found
    assert name is None or name in found, found


@pytest.mark.parametrize("text, name", [
    ("وقال رئيس البنك الدولي جيم يونغ كيم إن النمو سيتباطأ.", "جيم يونغ كيم"),
    ("وأشاد المدرب باللاعب أشلي يونغ بعد المباراة.", "أشلي يونغ"),
])
def test_transliterated_names_in_ng_stay_whole(nlp, text, name):
    assert name in dated_names(nlp, text, "Person")


def test_yahoo_is_a_company(nlp):
    assert "ياهو" in dated_names(nlp, "وقالت ماريسا ماير الرئيسة التنفيذية لشركة ياهو إن الأرباح ارتفعت.", "Organization")


@pytest.mark.parametrize("text, name", [
    ("وقال المدير العام للمكتب التنفيذي لمجلس وزراء النقل إن الخطة جاهزة.", "المكتب التنفيذي لمجلس وزراء النقل"),
    ("وزار الطلاب مقر مؤسسة سلطان بن عبد العزيز الخيرية في الرياض.", "مؤسسة سلطان بن عبد العزيز الخيرية"),
])
def test_a_body_is_named_without_its_preposition_and_with_a_whole_compound_name(nlp, text, name):
    assert name in dated_names(nlp, text, "Organization")


@pytest.mark.parametrize("text, name", [
    ("ودعا خالد العتيبي الله أن يرحم الفقيد.", "خالد العتيبي"),
    ("وسألت الموظفة سعاد الحربي الله أن يحفظ الوطن.", "سعاد الحربي"),
])
def test_allah_after_a_family_name_is_no_part_of_the_name(nlp, text, name):
    assert dated_names(nlp, text, "Person") == {name}


@pytest.mark.parametrize("text, name", [
    ("وحضر الشيخ حمد نصر الله الحفل.", "حمد نصر الله"),
    ("وقال محمد محيي الدين عبدالحميد إن الكتاب مهم.", "محمد محيي الدين عبدالحميد"),
    ("ووقع رئيس الوزراء الفلسطيني رامي الحمد الله الاتفاق.", "رامي الحمد الله"),
])
def test_compound_names_keep_their_second_word(nlp, text, name):
    assert name in dated_names(nlp, text, "Person")


def test_a_name_after_an_indefinite_title_is_whose_title_it_is(nlp):
    doc = dated_doc(nlp, "وقال حسين الموسوي، مستشار علي خامنئي، إن الاتفاق مقبول.")
    roles = {e["name"]: e["props"].get("role") for e in doc._.entities.values() if e["type"] == "Person"}
    assert roles.get("علي خامنئي") is None, roles
    facts = {(f["predicate"], doc._.entities[f["subject"]]["name"]) for f in doc._.facts}
    assert ("AFFILIATED_WITH", "علي خامنئي") not in facts, facts


def test_a_definite_title_or_one_with_its_pronoun_is_the_bearers(nlp):
    for text in ("وقال المستشار محمد العلي إن القرار نهائي.", "وقال مستشاره سالم الدوسري إن القرار نهائي."):
        doc = dated_doc(nlp, text)
        assert [e["props"].get("role") for e in doc._.entities.values() if e["type"] == "Person"] == ["المستشار"]


@pytest.mark.parametrize("text, name", [
    ("ونقل الوزير سلمان الحربي شكره للقيادة على دعمها.", "سلمان الحربي"),
    ("وأبدى الأمير سعود بن فهد قلقه من الأوضاع.", "سعود بن فهد"),
])
def test_a_short_noun_with_his_pronoun_after_a_name_is_not_part_of_it(nlp, text, name):
    assert dated_names(nlp, text, "Person") == {name}


def test_a_short_name_ending_in_his_pronoun_letter_stays(nlp):
    assert "خالد فقيه" in dated_names(nlp, "وقال الدكتور خالد فقيه إن المشروع مهم.", "Person")


@pytest.mark.parametrize("text, name", [
    ("وقالت الشرطة إن سعد المطيري ابن عمها كان في المنزل.", "سعد المطيري"),
    ("وحضرت سارة الأحمد برفقة والدتها الحفل.", "سارة الأحمد"),
])
def test_a_kinship_noun_with_a_pronoun_ends_a_name(nlp, text, name):
    assert dated_names(nlp, text, "Person") == {name}


@pytest.mark.parametrize("text, names", [
    ("وقد كتب الشاعر للنعمان بن المنذر قصيدة طويلة.", {"النعمان بن المنذر"}),
    ("وقال محمد عبدالرحمن وعبدالمحسن الخالدي إن المشروع مهم.", {"محمد عبدالرحمن"}),
])
def test_a_preposition_or_conjunction_written_onto_a_name_is_not_part_of_it(nlp, text, names):
    found = dated_names(nlp, text, "Person")
    assert names <= found and not any(p.startswith(("لل", "و")) or " و" in p for p in found), found


def test_a_purpose_with_his_pronoun_after_a_name_is_not_part_of_it(nlp):
    text = "وفي أربيل التقى الوزير رئيس الإقليم مسعود بارزاني لطمأنته بشأن الغارات."
    assert "مسعود بارزاني" in dated_names(nlp, text, "Person")
