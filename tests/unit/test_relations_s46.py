"""Relations, tested on sentences written for these tests: a participation told as a possibility (إمكانية،
احتمال، ربما) is planned even when the event itself is told as held."""
import pytest

from event_mentions import dated_doc


def _attended_modality(nlp, text):
    doc = dated_doc(nlp, text)
    return {f["modality"] for f in doc._.facts if f["predicate"] == "ATTENDED"}


@pytest.mark.parametrize("text", [
    "وأثار الخلاف شكوكا في إمكانية مشاركة حركة حماس في المحادثات التي بدأت أمس في القاهرة.",
    "ولا يستبعد المراقبون احتمال مشاركة إيران في المؤتمر الذي عقد أمس في جنيف.",
])
def test_a_possible_participation_in_a_held_event_is_planned(nlp, text):
    assert _attended_modality(nlp, text) == {"planned"}


def test_a_participation_in_a_held_event_is_asserted(nlp):
    text = "وشاركت حركة حماس في المحادثات التي بدأت أمس في القاهرة."
    assert _attended_modality(nlp, text) == {"asserted"}
