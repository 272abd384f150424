"""Person names, tested on sentences written for these tests: a first name before a name that opens with و is
another person, not the name's first word (الشيخان عبدالرحمن وحمد الرقيب: two brothers); a first name right before
a name still opens it (أنصار علي عبد الله صالح)."""
from event_mentions import dated_names


def test_a_first_name_before_a_name_joined_by_wa_is_another_person(nlp):
    text = "وزار رئيس البلدية أسرة الرقيب، حيث التقى الشيخين عبدالرحمن وحمد الرقيب، وتبادل معهما التهاني."
    assert not any(" وحمد" in name or name.startswith("عبدالرحمن و") for name in dated_names(nlp, text, "Person"))


def test_a_first_name_right_before_a_name_still_opens_it(nlp):
    text = "وواصل أنصار علي عبد الله صالح القتال في تعز أمس."
    assert "علي عبد الله صالح" in dated_names(nlp, text, "Person")
