"""Roles, tested on sentences written for these tests: a state written with ل after a visitor's title is where the
visit goes («زيارة سمو ولي العهد للأردن»), and after an envoy's title his post, also when ل is written onto the
state's article («المبعوث الأممي لليمن», «لل» + اليمن); a resident diplomat's «للمملكة» stays his own state."""
from event_mentions import dated_pairs


def test_a_state_after_a_visitors_title_is_where_he_goes(nlp):
    text = "وتأتي زيارة سمو ولي العهد للأردن الأمير مقرن بن عبدالعزيز في وقت مهم."
    assert ("مقرن بن عبدالعزيز", "الأردن") not in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_an_envoys_state_written_with_the_article_is_his_post(nlp):
    text = "وقال المبعوث الأممي للعراق يان كوبيتش إن الحوار مستمر."
    pairs = dated_pairs(nlp, text, "AFFILIATED_WITH")
    assert ("يان كوبيتش", "العراق") not in pairs and ("يان كوبيتش", "org:un") in pairs


def test_a_resident_diplomats_state_written_with_the_article_is_his_own(nlp):
    text = "وأكد القنصل العام للمملكة العربية السعودية في دبي السفير خالد الحربي أن الخدمات مستمرة."
    assert ("خالد الحربي", "المملكة العربية السعودية") in dated_pairs(nlp, text, "AFFILIATED_WITH")
