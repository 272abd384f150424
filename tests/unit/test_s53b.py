"""Names, tested on sentences written for these tests: a title's word after a nasab, closed by punctuation or the
holder's office, is his family name («… بن عبدالله المرشد المدير العام»); after a demonstrative the name of an
organisation is the common noun it is made of («لهذه القاعدة»: the air base); «دول مجلس التعاون» are the
council's states, the council is named by «مجلس التعاون»; a well-known person's name ends where his name does
(«جمال عبد الناصر تأميم القناة»); the و of the last name of a list is the conjunction; أبو + a name written as
one word is a family name; a verbal noun with في after a body («للتحقيق في أسباب …») is a purpose, not its name."""
from event_mentions import dated_doc, dated_mention_counts, dated_names


def test_a_title_word_after_a_nasab_closed_by_an_office_is_the_family_name(nlp):
    text = "وشكر الأستاذ فهد بن صالح المرشد المدير العام للتعليم على جهوده."
    assert "فهد بن صالح المرشد" in dated_names(nlp, text, "Person")
    text = "وقال خالد بن عبدالله السلطان، إن العمل مستمر."
    assert "خالد بن عبدالله السلطان" in dated_names(nlp, text, "Person")
    # a title that is the holder's own stays his title
    text = "وحضر أحمد بن علي الأمين العام للمجلس الحفل."
    assert "أحمد بن علي" in dated_names(nlp, text, "Person")


def test_an_organisations_name_after_a_demonstrative_is_a_common_noun(nlp):
    text = ("وقال إن تنظيم القاعدة تبنى الهجوم. وأضاف أن المسلحين انسحبوا من قاعدة العند الجوية، بعد خسارتهم "
            "لهذه القاعدة، إلى الجبال.")
    assert dated_mention_counts(nlp, text)["القاعدة"] == 1


def test_the_gcc_states_are_not_the_council(nlp):
    text = "وأكد الوزير أن دول مجلس التعاون تعمل كمنظومة أمنية متكاملة."
    doc = dated_doc(nlp, text)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["مجلس التعاون"]


def test_a_well_known_persons_name_ends_with_it(nlp):
    text = "وقد أدى قرار الرئيس الراحل جمال عبد الناصر تأميم القناة إلى الحرب."
    assert dated_names(nlp, text, "Person") == {"جمال عبد الناصر"}


def test_the_and_of_the_last_name_of_a_list_is_the_conjunction(nlp):
    text = "والفائزون هم: سعد القحطاني، فهد الشمري، ماجد خليل الدوسري، صبا الحربي ونانا الرفاعي."
    names = dated_names(nlp, text, "Person")
    assert "نانا الرفاعي" in names and "ونانا الرفاعي" not in names


def test_a_kunya_written_as_one_word_is_a_family_name(nlp):
    text = ("وحضر الحفل رئيس البلدية، وزيد المليحي، وسالم بن عبدالله ابوحيمد، وخالد دعجاع ابوحيمد، وفرع الغرفة "
            "التجارية.")
    assert "خالد دعجاع ابوحيمد" in dated_names(nlp, text, "Person")


def test_a_verbal_noun_with_fi_after_a_body_is_a_purpose(nlp):
    text = "وطالب النواب بتدخل ديوان المراقبة العامة للتحقيق في أسباب تأخر المشاريع."
    assert "ديوان المراقبة العامة" in dated_names(nlp, text, "Organization")
