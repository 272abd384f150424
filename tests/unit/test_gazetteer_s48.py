"""Organisations, tested on sentences written for these tests: a definite short name (مجلس الوزراء) is not the
longer name whose same word goes on without the article (مجلس وزراء الإعلام العرب), while a shorter name of
the same chain (اللجنة الفنية الثلاثية) is still the longer one."""
from event_mentions import dated_pairs


def test_the_cabinet_is_not_the_council_of_arab_information_ministers(nlp):
    text = "ورحب مجلس الوزراء بنتائج اجتماع مجلس وزراء الإعلام العرب في القاهرة أمس."
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert attended and all(body == "مجلس وزراء الإعلام العرب" for body, _ in attended)


def test_a_shorter_name_of_the_same_committee_is_that_committee(nlp):
    text = ("وعقدت اللجنة الوطنية الفنية الثلاثية لسد النهضة اجتماعها في الخرطوم أمس. وقالت اللجنة الفنية "
            "الثلاثية إن الاجتماع كان مثمرا.")
    bodies = {body for body, _ in dated_pairs(nlp, text, "ATTENDED")}
    assert "اللجنة الفنية الثلاثية" not in bodies
