"""A small-lexicon scanner over raw text, with exact original offsets.

Dates and amounts are read from the normalised text (extract.arabic.normalize):
it is cut into pieces (letter runs, digit groups such as "1.5" or "١٬٥٠٠", single
other characters); at each piece the longest lexicon phrase (up to
MAX_PHRASE words) is looked up, first as written, then with attached particles
(و ف ب ل ك) peeled off its first word. Every hit becomes an Atom with a
one-character symbol, so a grammar can be written as regular expressions over
the string of symbols ("d" "M" "y" …). Unknown words become the barrier
symbols DEFINITE ("ال…" words, which often mark an adjective or a genitive) or
OTHER; a line break is an OTHER barrier too.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .arabic import normalize, normalize_with_map, split_proclitics

MAX_PHRASE = 3
MAX_HEADS = 200_000         # words whose split the scanner remembers (then it starts again)
OTHER = "_"
DEFINITE = "a"

_PIECE = re.compile(r"\d+(?:[.,٬٫ر]\d+)*|[^\W\d_]+|\S")
_PARTICLES = frozenset("وفبلك")


@dataclass(slots=True)
class Atom:
    """One lexicon hit: its grammar symbol, its value and where it is in the original text."""

    symbol: str
    value: Any
    norm: str          # normalised text of the hit
    start: int         # original character offsets
    end: int


@lru_cache(maxsize=4)
def _pieces(text: str) -> tuple[tuple[tuple[str, int, int, bool, int], ...], tuple[int, ...]]:
    """Pieces (normalised text, original start, original end, line break before,
    normalised start) and the original offset of every normalised character."""
    norm, offsets = normalize_with_map(text)
    out = []
    previous_end = 0
    for m in _PIECE.finditer(norm):
        s, e = m.span()
        start = offsets[s]
        end = offsets[e] if e < len(offsets) else len(text)
        if end > offsets[e - 1] + 1:
            # Dropped characters (diacritics, tatweel) right after the piece belong to it,
            # but never a line break or a space.
            end = _first_space(text, offsets[e - 1] + 1, end)
        out.append((m.group(), start, end, "\n" in text[previous_end:start], s))
        previous_end = end
    return tuple(out), tuple(offsets)


def _first_space(text: str, lo: int, hi: int) -> int:
    for i in range(lo, hi):
        if text[i].isspace():
            return i
    return hi


class Scanner:
    """Turns text into atoms using a phrase lexicon and a number classifier.

    phrases maps a normalised phrase (words joined by one space) to
    (symbol, value). numbers(piece) gives (symbol, value) for a digit group or
    None. A particle peeled off a word is emitted as its own atom when the
    lexicon knows it as a word (so "و" in "والخميس" can join a range);
    standalone particles written apart ("لـ 72") are skipped.
    """

    def __init__(self, phrases: Mapping[str, tuple[str, Any]],
                 numbers: Callable[[str], tuple[str, Any] | None]):
        self.phrases = {normalize(k): v for k, v in phrases.items()}
        self.most_words: dict[str, int] = {}        # a phrase's first word -> words of its longest phrase
        for k in self.phrases:
            words = k.split()
            self.most_words[words[0]] = max(self.most_words.get(words[0], 0), len(words))
        self.first_words = frozenset(self.most_words)
        self.numbers = numbers
        self._heads: dict[str, tuple[int, str, int] | None] = {}

    def _new_head(self, word: str) -> tuple[int, str, int] | None:
        """split_proclitics of a word not seen yet that is or hides a phrase's first word, and the words of the
        longest phrase it can open; None for any other word. Remembered in self._heads."""
        stripped, stem = split_proclitics(word, self.first_words)
        most = max(self.most_words.get(word, 0), self.most_words.get(stem, 0))
        head = (stripped, stem, most) if most else None
        if len(self._heads) >= MAX_HEADS:
            self._heads.clear()
        self._heads[word] = head
        return head

    def scan(self, text: str) -> list[Atom]:
        """The atoms of `text`, in order, with barriers for everything unknown."""
        pieces, offsets = _pieces(text)
        atoms: list[Atom] = []
        heads = self._heads
        i, n = 0, len(pieces)
        while i < n:
            word, start, end, newline, _ = pieces[i]
            if newline:
                self._barrier(atoms, OTHER, start)
            if word[0].isdecimal():
                hit = self.numbers(word)
                if hit:
                    atoms.append(Atom(hit[0], hit[1], word, start, end))
                else:
                    self._barrier(atoms, OTHER, start)
                i += 1
                continue
            head = heads.get(word, False)
            if head is False:
                head = self._new_head(word)
            taken = head is not None and self._phrase(pieces, offsets, i, atoms, head)
            if taken:
                i += taken
                continue
            if word in _PARTICLES:
                i += 1
                continue
            self._barrier(atoms, DEFINITE if word.startswith("ال") and len(word) > 3 else OTHER, start)
            i += 1
        return atoms

    def _phrase(self, pieces, offsets, i: int, atoms: list[Atom], head: tuple[int, str, int]) -> int:
        """Append the atoms of the longest phrase at piece i, whose first word splits as `head` (_new_head); the
        number of pieces used."""
        first = pieces[i][0]
        stripped, stem, most = head
        for n in range(min(MAX_PHRASE, most, len(pieces) - i), 0, -1):
            window = pieces[i:i + n]
            if n > 1 and any(p[3] for p in window[1:]):
                continue
            for cut, lead in ((0, first), (stripped, stem)) if stem != first else ((0, first),):
                key = " ".join([lead] + [p[0] for p in window[1:]])
                hit = self.phrases.get(key)
                if hit is None:
                    continue
                start = pieces[i][1]
                if lead != first and not cut:
                    start = offsets[pieces[i][4] + 1]      # "للعام": ل + (ا)لعام
                if cut:
                    particle = self.phrases.get(first[:cut])
                    start = offsets[pieces[i][4] + cut]
                    if particle is not None:
                        atoms.append(Atom(particle[0], particle[1], first[:cut], pieces[i][1], start))
                atoms.append(Atom(hit[0], hit[1], key, start, window[-1][2]))
                return n
        return 0

    @staticmethod
    def _barrier(atoms: list[Atom], symbol: str, at: int) -> None:
        if atoms and atoms[-1].symbol == symbol == OTHER:
            return
        atoms.append(Atom(symbol, None, "", at, at))


def symbols(atoms: list[Atom]) -> str:
    """The grammar string: one symbol per atom."""
    return "".join(a.symbol for a in atoms)
