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
