"""Names, tested on sentences written for these tests: a photograph's caption verb (يصافح، يرعى، يهنئ) is no name
word; «ابن عم» after a name is kinship, not a nasab."""
from event_mentions import dated_names


def test_a_caption_verb_is_no_name_word(nlp):
    text = "الأمير خالد الفيصل يصافح أحد المستقبلين في مطار أبها."
    assert not any("يصافح" in name for name in dated_names(nlp, text, "Person"))
    text = "الأمير فيصل بن سلمان يرعى حفل التخرج في المدينة المنورة."
    assert dated_names(nlp, text, "Person") == {"فيصل بن سلمان"}


def test_a_cousin_is_no_nasab(nlp):
    text = "وطالب المحتجون بمحاكمة ماهر سليمان العلي ابن ابن عم الوزير."
    assert not any("عم" in name.split() for name in dated_names(nlp, text, "Person"))
