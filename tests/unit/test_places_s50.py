"""Event places, tested on sentences written for these tests: a place before a complementizer whose clause tells
the event is its own clause's (where a source speaks, what someone wants done there), not the event's; a place and an
event told in the same quotation of what someone says are as good as told outside it."""
from event_mentions import dated_countries


def test_a_place_before_a_complementizer_is_not_the_place_of_the_event_after_it(nlp):
    text = ("وأكدت المصادر أن الرئيس يريد أولا أن يطمئن الجالية في واشنطن، وثانيا أن يطلع الحلفاء على "
            "المحادثات النووية مع إيران.")
    assert "US" not in dated_countries(nlp, text)


def test_a_place_before_the_event_in_its_own_clause_still_places_it(nlp):
    text = "وفي واشنطن عقدت أمس المحادثات النووية مع إيران بمشاركة وزير الخارجية جون كيري."
    assert dated_countries(nlp, text) == ["US"]


def test_a_place_in_the_quotation_that_tells_the_event_places_it(nlp):
    text = 'وأكد مصدر عسكري أن "التعزيزات وصلت قوات الجيش في مدينة عدن لاستكمال عملية "السهم الذهبي" ضد الحوثيين".'
    assert dated_countries(nlp, text) == ["YE"]


def test_a_place_where_the_source_speaks_is_not_the_place_of_the_event_it_tells(nlp):
    text = 'وأكد مصدر عسكري في عدن أن "التعزيزات وصلت لاستكمال عملية "السهم الذهبي" ضد الحوثيين".'
    assert "YE" not in dated_countries(nlp, text)
