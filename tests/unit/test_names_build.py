"""extract.names_build on a tiny corpus written for this test: which words are verbs, nouns, ordinary."""
from __future__ import annotations

from collections import Counter

from athar.extract.names_build import ORDINARY_COUNT, word_lists


def test_ordinary_words_are_frequent_and_seldom_after_a_first_name():
    n = ORDINARY_COUNT
    counts = Counter({"المصاب": n, "الغامدي": n, "الصيد": n, "نادر": 2})
    after_first = Counter({"المصاب": 1, "الغامدي": n // 2, "الصيد": n // 5})
    ordinary = word_lists(counts, after_first)["ordinary"]
    assert "المصاب" in ordinary
    assert "الغامدي" not in ordinary and "الصيد" not in ordinary and "نادر" not in ordinary


def test_a_first_name_is_never_ordinary():
    counts = Counter({"محمد": ORDINARY_COUNT * 10})
    assert "محمد" not in word_lists(counts, Counter())["ordinary"]


def test_an_imperfect_in_both_persons_is_a_verb():
    counts = Counter({"يندرج": 20, "تندرج": 20, "يهني": 10, "تهني": 12})
    verbs = word_lists(counts, Counter({"يهني": 1}))["verbs"]
    assert "يندرج" in verbs and "تندرج" in verbs and "يهني" in verbs


def test_both_persons_need_no_article_no_name_and_no_place():
    counts = Counter({"يورو": 50, "تورو": 5, "اليورو": 40,        # a noun: the article
                      "ينبع": 30, "تنبع": 10,                      # a city
                      "يوسف": 30, "توسف": 3,                       # a first name
                      "يرتكب": 20, "ترتكب": 20,
                      "تحمل": 40, "يحمل": 40})
    verbs = word_lists(counts, Counter({"تحمل": 20}))["verbs"]   # after a first name half the time
    assert "يرتكب" in verbs
    assert not {"يورو", "تورو", "ينبع", "يوسف", "توسف", "تحمل"} & set(verbs)


def test_a_transliterated_ng_is_no_verb():
    counts = Counter({"يونغ": 50, "تونغ": 9, "يانج": 10, "سيانج": 3})
    assert not {"يونغ", "تونغ", "يانج"} & set(word_lists(counts, Counter())["verbs"])


def test_a_three_letter_imperfect_needs_all_four_forms():
    counts = Counter({"يضع": 30, "تضع": 20, "سيضع": 5, "ستضع": 4,       # يضع, تضع, سيضع, ستضع: a verb
                      "يزن": 20, "تزن": 10, "سيزن": 3,                  # no ستزن: the name Yazan
                      "يان": 20, "تان": 10, "سيان": 5, "ستان": 5,       # a long vowel inside: a name
                      "يسر": 20, "تسر": 5, "سيسر": 3, "ستسر": 3, "اليسر": 10})   # with the article: a noun
    verbs = set(word_lists(counts, Counter())["verbs"])
    assert {"يضع", "تضع", "سيضع", "ستضع"} <= verbs
    assert not {"يزن", "تزن", "سيزن", "يان", "سيان", "ستان", "يسر", "سيسر"} & verbs
