"""The report's reading of dates and matrix cells, without a database."""
import datetime as dt

from athar.graph.report import ReportData, axis_range, event_span, matrix_cells, period, render


def test_a_date_stands_for_its_year_month_or_day_and_needs_a_year():
    assert period("2018") == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert period("2016-02") == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert period("2018-12") == (dt.date(2018, 12, 1), dt.date(2018, 12, 31))
    assert period("2018-04-25") == (dt.date(2018, 4, 25),) * 2
    assert period("--05-11") is None and period(None) is None and period("2018-02-30") is None
    assert event_span({"date": "2019", "end_date": "2019-11-08"}) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert event_span({"date": "2018-04-25", "end_date": "2018-04-26"}) == (dt.date(2018, 4, 25), dt.date(2018, 4, 26))


def test_matrix_cells_keep_denials_apart_from_claims():
    attendance = [{"state": "QA", "event": "e", "via": None, "modality": "asserted"},
                  {"state": "SA", "event": "e", "via": None, "modality": "planned"},
                  {"state": "FR", "event": "e", "via": "person:x", "modality": "asserted"}]
    facts = [{"actor": "IR", "event": "e", "actor_type": "State", "direction": "actor->event", "relation": "INVITED",
              "negated": True},
             {"actor": "QA", "event": "e", "actor_type": "State", "direction": "actor->event", "relation": "INVITED",
              "negated": False},
             {"actor": "MA", "event": "e", "actor_type": "State", "direction": "actor->event", "relation": "HOSTED",
              "negated": False, "modality": "planned"},
             {"actor": "EG", "event": "e", "actor_type": "State", "direction": "actor->event", "relation": "ATTENDED",
              "negated": True},
             {"actor": "FR", "event": "e", "actor_type": "State", "direction": "event->actor", "relation": "HELD_IN",
              "negated": False},
             {"actor": "org:un", "event": "e", "actor_type": "Organization", "direction": "actor->event",
              "relation": "INVITED", "negated": True}]
    assert matrix_cells(attendance, facts) == {("QA", "e"): {"attended", "invited"}, ("SA", "e"): {"planned"},
                                               ("FR", "e"): {"via"}, ("IR", "e"): {"not_invited"},
                                               ("EG", "e"): {"not_attended"}, ("MA", "e"): {"planned"}}


def test_an_empty_graph_gives_a_page_that_says_so():
    page = render(ReportData([], [], [], []))
    assert "No event with a known year." in page and "No funding fact." in page and "<script" not in page


def test_a_few_far_outliers_do_not_squeeze_the_time_axis():
    news = [(dt.date(2015, 7, d), dt.date(2015, 7, d)) for d in range(1, 21)]
    assert axis_range(news + [(dt.date(1979, 1, 1), dt.date(1979, 12, 31))]) == (dt.date(2015, 7, 2),
                                                                                dt.date(2015, 7, 18))
    spread = [(dt.date(2000 + i, 1, 1), dt.date(2000 + i, 1, 1)) for i in range(12)]
    assert axis_range(spread) == (dt.date(2000, 1, 1), dt.date(2011, 1, 1))      # no outlier: all of it
