"""Cross-document resolution of persons, on names written for these tests: a well-known person's nasab is his own
name, not a namesake's longer one that goes on with another generation, while a longer form of his that a known
alias begins still becomes one person with it."""
from test_resolve import final, person, record, resolve


def test_the_kings_name_is_not_a_namesakes_longer_one():
    mapping = resolve(record("a", person("سلمان بن عبدالعزيز")), record("b", person("سلمان بن عبدالعزيز")),
                      record("c", person("سلمان بن عبدالعزيز بن سلمان")))
    assert person("سلمان بن عبدالعزيز").key not in mapping


def test_a_longer_form_of_a_well_known_name_is_still_the_same_person():
    mapping = resolve(record("a", person("محمد بن سلمان")), record("b", person("محمد بن سلمان بن عبدالعزيز آل سعود")))
    assert final(mapping, person("محمد بن سلمان").key) == final(mapping, person("محمد بن سلمان بن عبدالعزيز آل سعود").key)


def test_a_nasab_of_no_well_known_person_still_becomes_the_fuller_name():
    mapping = resolve(record("a", person("سامي بن خالد")), record("b", person("سامي بن خالد بن سعد")))
    assert final(mapping, person("سامي بن خالد").key) == person("سامي بن خالد بن سعد").key


def test_quote_marks_do_not_keep_two_names_of_one_event_apart():
    from test_resolve import event
    a = event("a", 0, name="مؤتمر «لا لتمويل الإرهاب»", kind="conference", city="paris", country="FR", date="2018-04-25")
    b = event("b", 0, name='مؤتمر "لا لتمويل الإرهاب"', kind="conference", city="paris", country="FR", date="2018-04-25")
    c = event("c", 0, name="مؤتمر لا لتمويل الإرهاب", kind="conference", city="paris", country="FR", date="2018-04-25")
    d = event("d", 0, name="مؤتمر التنمية", kind="conference", city="paris", country="FR", date="2018-04-25")
    mapping = resolve(record("a", a), record("b", b), record("c", c), record("d", d))
    assert final(mapping, a.key) == final(mapping, b.key) == final(mapping, c.key) != final(mapping, d.key)
