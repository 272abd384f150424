"""Names, tested on sentences written for these tests: a word whose first letter could be the preposition ك/ب/ل is
no preposition on an indefinite accusative, which no preposition governs («كورودا» is a family name, not ك +
ورودا); a profession with the article before a speaker's name («الأخصائي», «الرسام») is not part of it."""
from event_mentions import dated_names


def test_a_foreign_family_name_is_no_preposition_on_an_accusative(nlp):
    text = "وقال محافظ البنك المركزي الياباني هاروهيكو كورودا إن التضخم سيرتفع."
    assert "هاروهيكو كورودا" in dated_names(nlp, text, "Person")


def test_a_pronoun_on_a_noun_after_a_preposition_stays_no_name_word(nlp):
    text = "وأعلنت الشركة عن تعيين لرئيسها جون سميث في الاجتماع."
    assert not any(name.startswith("لرئيس") for name in dated_names(nlp, text, "Person"))


def test_a_speakers_profession_is_not_his_name(nlp):
    text = "واستقبل الأخصائي ماجد عوض الله الزهراني المرضى في العيادة."
    assert dated_names(nlp, text, "Person") == {"ماجد عوض الله الزهراني"}
    text = "وقال الرسام فيصل عبدالرحمن الحربي، إن المعرض يضم أربعين لوحة."
    assert dated_names(nlp, text, "Person") == {"فيصل عبدالرحمن الحربي"}
