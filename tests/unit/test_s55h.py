"""Names, tested on sentences written for these tests: a dual noun before the dual adjective that agrees with it
(«حصتين تدريبيتين», «يومين متتاليين») is the object after a name, not its last word."""
from event_mentions import dated_names


def test_a_dual_noun_before_its_adjective_ends_a_name(nlp):
    text = "وأجرى المدرب الإسباني خوان كارلوس حصتين تدريبيتين في المعسكر."
    assert dated_names(nlp, text, "Person") == {"خوان كارلوس"}
