"""Person names, tested on sentences written for these tests: a family name after آل closes a long nasab (the
name is not cut before it, and the family is not read as another mention of a relative); a well-known person's
name with the family after the nasab is still that person; a municipality's title is no name."""
from event_mentions import dated_doc, dated_names

from athar.extract.names import known_person


def test_the_family_after_a_long_nasab_closes_the_name(nlp):
    text = ("وعقد الرئيس اجتماعا مع الأمير فيصل بن سلمان بن عبد العزيز آل سعود، نقل فيه تحيات الملك سلمان بن "
            "عبد العزيز آل سعود إلى الرئيس.")
    persons = [e.text for e in dated_doc(nlp, text).ents if e.label_ == "PERSON"]
    assert "فيصل بن سلمان بن عبد العزيز آل سعود" in persons
    assert "آل سعود" not in persons       # not the king's family name read as another mention of him


def test_a_name_with_the_family_after_a_long_nasab_loses_no_mention(nlp):
    text = "وشارك في الحفل الأمير سلطان بن سلمان بن عبد العزيز آل سعود رئيس الهيئة، والملك سلمان بن عبد العزيز."
    persons = [e.text for e in dated_doc(nlp, text).ents if e.label_ == "PERSON"]
    assert persons[0] == "سلطان بن سلمان بن عبد العزيز آل سعود"


def test_a_well_known_name_with_the_family_after_the_nasab_is_that_person():
    assert known_person("محمد بن سلمان بن عبد العزيز آل سعود") == known_person("محمد بن سلمان")
    assert known_person("محمد بن سلمان بن عبد العزيز آل سعود") is not None


def test_a_family_does_not_make_an_unknown_name_well_known():
    assert known_person("فهد بن ناصر بن علي آل سعود") is None


def test_the_mayor_of_the_capital_is_a_title_not_a_name(nlp):
    text = "وأكد معالي أمين العاصمة المقدسة الدكتور أسامة البار أن الأمانة حريصة على تطوير الخدمات."
    names = dated_names(nlp, text, "Person")
    assert "أمين العاصمة" not in names
    assert "أسامة البار" in names


def test_the_word_after_al_is_no_ones_name_alone(nlp):
    text = "وهو ابن الملك فيصل بن عبدالعزيز آل سعود. وقال عنه الوزير: الأمير سعود أكبر الساسة حنكة."
    doc = dated_doc(nlp, text)
    king = next(e._.key for e in doc.ents if e.text.startswith("فيصل"))
    assert not any(e.text == "سعود" and e._.key == king for e in doc.ents)


def test_a_surname_with_al_still_names_its_person_alone(nlp):
    text = "وقال الوزير عبداللطيف بن عبدالملك آل الشيخ إن المشروع اكتمل. وأضاف آل الشيخ أن العمل مستمر."
    doc = dated_doc(nlp, text)
    keys = {e._.key for e in doc.ents if e.label_ == "PERSON"}
    assert len(keys) == 1


def test_the_late_kings_are_well_known():
    assert known_person("فهد بن عبدالعزيز")["name_en"] == "Fahd bin Abdulaziz"
    assert known_person("فيصل بن عبد العزيز آل سعود")["name_en"] == "Faisal bin Abdulaziz"


def test_a_consultant_is_a_title_after_the_name(nlp):
    names = dated_names(nlp, "وقال الدكتور خالد العمري استشاري طب الأطفال إن الحالة مستقرة.", "Person")
    assert "خالد العمري" in names
    assert not any("استشاري" in name for name in names)
    assert "استشاري طب" not in dated_names(
        nlp, "وحذر استشاري طب الأسرة بمستشفى الملك فهد الدكتور سعد الشهري من الأضرار.", "Person")


def test_an_advisory_body_keeps_its_adjective(nlp):
    assert "اللجنة الاستشارية العليا" in dated_names(nlp, "وعقدت اللجنة الاستشارية العليا اجتماعها أمس.", "Organization")


def test_the_word_after_al_is_never_trimmed_off_a_name(nlp):
    assert "متعب سعود آل فايد" in dated_names(nlp, "تعرض المواطن متعب سعود آل فايد وزوجته لحادث مروري.", "Person")


def test_a_word_with_wa_and_a_pronoun_ends_no_name(nlp):
    names = dated_names(nlp, "ومن أغانيه قصيدة كتبها الشاعر الأمير سعود بن بندر وغناها الفنان سعد جمعة.", "Person")
    assert not any("وغناها" in name for name in names)
