"""Rules of the session of 7 December, evening, on sentences written for these tests."""
from event_mentions import dated_names


# -- persons ------------------------------------------------------------------

def test_a_nasab_without_bin_takes_every_first_name_before_it(nlp):
    text = "وقدم العزاء لأسرة الشهيد العريف ممدوح مسفر محمد الحربي."
    assert "ممدوح مسفر محمد الحربي" in dated_names(nlp, text, "Person")


def test_a_compound_father_is_no_stop_for_the_first_names_before_it(nlp):
    text = "وشيع الأهالي الجندي سامي معوض عوض الله الغامدي."
    assert "سامي معوض عوض الله الغامدي" in dated_names(nlp, text, "Person")
