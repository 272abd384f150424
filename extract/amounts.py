"""Money amounts, counts and percentages in Arabic news text.

find_amounts(words) reads a sentence or document given as its normalised
words (extract.arabic.normalize of each token, attached particles allowed:
"و72", "بنحو", "و1.5مليار") and returns Amount records with token offsets.
The words come from the spaCy tokens in extract/components/amounts.py; the
language data is extract/lang/amounts.json.

Values (see Amount.to_value):

- an exact amount has `value` ("2.5 مليار" = 2.5e9, "ملياري دولار" = 2e9,
  "ثلاثة وثلاثون ألفا ومائتان" = 33200, "مليون ونصف" = 1.5e6);
- "أكثر من X" gives only `min`, "أقل من X" only `max`, "نحو X" gives `value`
  with approx=True ("X تقريبا" too);
- a range ("بين 70 و72 دولة", "من 5 إلى 10 ملايين", "1130-1140 دولارا")
  gives `min` and `max`; a scale written only on the upper bound applies to
  the lower one when both are then within RANGE_RATIO of each other, and
  bounds written in reverse order are swapped ("ما بين 32 و30 مليار");
- vague plurals give `min`/`max` with approx=True: عشرات = 2..9 tens, مئات =
  2..9 hundreds, times a following plural scale ("عشرات الآلاف" =
  20,000..90,000); a plural scale without a count ("آلاف", "ملايين الدولارات")
  is 2..999 of its scale (2e6..9.99e8 for ملايين); "X وY" of two vague
  plurals ("عشرات وآلاف") is the span of both (20..999,000).

Kinds: "money" (a currency unit, a symbol, or a money cue such as بقيمة before
the number), "percent" (value 50 for 50 %), "count" (a count noun such as
دولة, with `unit` its canonical singular), "number" (a number with a scale
word but no unit: "نحو 500 مليون"). Bare digits and number words without
unit, scale or cue are no amounts (years, ordinals, scores), nor is a number
of a measure noun ("300 ألف متر مربع", "147 مليون سهم").

Currency: the unit noun with an adjective ("ريال سعودي", "دولار كندي"), a
bare unit that names one currency (دولار = USD, يورو = EUR), a symbol ($, €).
A bare unit shared by several states (ريال, دينار, درهم, جنيه …) keeps
`currency` None here and `unit` set; resolve_currency() then picks the
currency from the states named around it (the component passes the STATE
entities of the sentence and the document).

How it works: every word becomes zero or more atoms (number, scale, unit,
qualifier …; a run of other words is one barrier), phrases of up to
MAX_PHRASE words first; a small recursive-descent parser reads an amount at
each atom that can start one. Only lexicon words are looked at closely, so
the cost per token is a dictionary lookup.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import lexicon
from .arabic import normalize, split_proclitics

MAX_PHRASE = 3
VAGUE_PLURAL = (2, 9)         # عشرات / مئات: between 2 and 9 tens / hundreds
PLURAL_SCALE = (2, 999)       # آلاف / ملايين without a count: 2..999 thousands / millions
MAX_DIGITS = 9                # longer unseparated digit runs are phone or reference numbers
CUE_DISTANCE = 2              # a money cue at most this many words before the amount
RANGE_RATIO = 100             # a scale written on the upper bound only applies to a lower bound this close

BARRIER = "_"
_SEPARATORS = ".,،٬٫"
_NUMERIC = re.compile(r"(?P<pre>[وفبلك]{0,2})[(«\"“\[]?(?:ال)?(?P<lead>[-–$€£%٪])?"
                      r"(?P<num>\d+(?:[.,،٬٫]\d+)*|\d+ر\d+)(?P<trail>[$€£%٪])?(?P<word>[^\W\d_]*)[-–)».,،؛:!?\"”\]]*")
_REVERSED_DECIMAL = re.compile(r"(\d+)([.,٫])[\u200e\u200f]+(\d+)")
_BRACKETS = {"(": ")", "«": "»", '"': '"', "“": "”"}
_OPENING = "(«\"“[‘'"
_CLOSING = "-–)».,،؛:!?\"”]’'"
_DIRECTION_MARKS = ("\u200e", "\u200f")
_Analysis = tuple[str, tuple[tuple[str, Any], ...], bool]


@dataclass(slots=True)
class Atom:
    """One lexicon item over tokens start..end (inclusive); unknown words are BARRIER atoms."""

    sym: str
    value: Any
    start: int
    end: int
    norm: str = ""


@dataclass
class Amount:
    """An amount over tokens start..end (exclusive) with its reading."""

    start: int
    end: int
    kind: str                          # money | count | percent | number
    value: float | None = None
    min: float | None = None
    max: float | None = None
    approx: bool = False
    currency: str | None = None
    unit: str | None = None            # currency unit noun (money) or canonical count noun

    def to_value(self) -> dict:
        """span._.value of doc.spans["amounts"] (see extract/doc_ext.py)."""
        def number(x):
            return None if x is None else round(float(x), 6)       # 64.6 * 1e6 is 64599999.99999999
        return {"value": number(self.value), "min": number(self.min), "max": number(self.max),
                "currency": self.currency, "approx": self.approx, "kind": self.kind, "unit": self.unit}


@dataclass
class _Quantity:
    lo: float
    hi: float
    end: int                 # atom index after the quantity
    exact: bool = True
    scale: float = 1         # the largest scale word written in it
    counted: bool = False    # a number is written (digits or words), not only a scale/vague word


@dataclass
class _Unit:
    kind: str
    end: int                 # atom index after the unit
    currency: str | None = None
    unit: str | None = None
    last: int | None = None  # its last token when an atom run goes on after it (a state name)


@dataclass
class _Currencies:
    by_adjective: dict[tuple[str, str], str] = field(default_factory=dict)   # (unit, adjective form) -> code
    bare: dict[str, str] = field(default_factory=dict)                        # unit -> code
    by_state: dict[str, dict[str, str]] = field(default_factory=dict)        # unit -> state -> code


def unreverse_decimals(text: str) -> str:
    """Undo a bidi artifact of Arabic web copy: "5.\\u200f3" (a mark after the point) is 3.5."""
    return _REVERSED_DECIMAL.sub(lambda m: f"{m.group(3)}{m.group(2)}{m.group(1)}", text)


def digits_value(raw: str, scaled: bool) -> float:
    """Value of a digit group with thousands/decimal separators.

    A repeated separator groups thousands ("1.500.000"); with two kinds of
    separator the last one is the decimal mark. A single comma before three
    digits groups thousands ("1,500"); a single point is a decimal point
    ("2.150 درهم", "1.500 مليار") unless three zeros follow it without a scale
    word ("22.000 مسلم"). After a leading zero any separator is decimal. The
    Arabic comma counts as a comma ("157،7 مليون"); "ر" is a point written in
    reversed order, as in wire copy ("5ر1 مليون" is 1.5 million).
    """
    if "ر" in raw:
        low, high = raw.split("ر")
        raw = f"{high}.{low}"
    raw = raw.replace("،", ",")
    seps = [c for c in raw if c in _SEPARATORS]
    if not seps:
        return float(raw)
    groups = re.split(r"[.,٬٫]", raw)
    kinds = set(seps)
    if len(kinds) == 2:
        decimal = seps[-1]
        whole = "".join(groups[:-1])
        return float(f"{whole}.{groups[-1]}") if decimal != "٬" else float("".join(groups))
    sep = seps[0]
    if len(seps) > 1 and len(groups[-1]) != 3:
        return float(f"{''.join(groups[:-1])}.{groups[-1]}")     # "51.824.281.70"
    if len(seps) > 1 or sep == "٬":
        thousands = True
    elif sep == "٫" or len(groups[1]) != 3 or groups[0] == "0":
        thousands = False
    elif sep == ",":
        thousands = True
    else:
        thousands = groups[1] == "000" and not scaled
    return float("".join(groups)) if thousands else float(f"{groups[0]}.{groups[1]}")


class AmountGrammar:
    """The amount lexicon (extract/lang/amounts.json) and the parser over it."""

    def __init__(self, data: Mapping | None = None):
        d = data or lexicon.load("amounts")
        n = d["numbers"]
        self.words: dict[str, tuple[str, Any]] = {}
        self.phrases: dict[tuple[str, ...], tuple[str, Any]] = {}
        self._add_all(n["units"], "unit")
        self._add_all(n["tens"], "ten")
        self._add_all(n["hundreds"], "hund")
        self._add_all({w: 100 for w in n["hundred"]}, "hundred")
        self._add_all(n["fractions"], "frac")
        self._add_all(n["teens"], "teen")
        self.teen_tens = {normalize(w) for w in n["teen_tens"]}
        for scale, forms in d["scales"].items():
            for form, words in forms.items():
                self._add_all({w: (float(scale), form) for w in words}, "scale")
        self._add_all(d["vague"], "vague")
        for kind in ("approx", "min", "max"):
            self._add_all({w: kind for w in d["qualifiers"][kind]}, "qual")
        self._add_all({w: True for w in d["qualifiers"]["approx_after"]}, "approx_after")
        self._add_all({w: True for w in d["range_between"]}, "between")
        self._add_all({w: True for w in d["range_from"]}, "from")
        self._add_all({w: True for w in d["range_to"]}, "to")
        self._add_all({w: True for w in d["and"]}, "and")
        self._add_all({w: True for w in ("-", "–")}, "dash")
        self._add_all({w: True for w in d["percent"]}, "pct")
        self._add_all({w: True for w in d["money_cues"]}, "cue")
        self._add_all(d["symbols"], "sym")
        unit_of = {normalize(f): unit for unit, forms in d["unit_forms"].items() for f in forms}
        self._add_all(unit_of, "cur")
        self.currencies = self._currencies(d["currencies"])
        self._add_all({form: form for _, form in self.currencies.by_adjective}, "adj")
        count_of = {}
        for canonical, forms in d["count_nouns"].items():
            for f in forms:
                count_of[f] = canonical
                count_of["ال" + f] = canonical
        self._add_all(count_of, "count")
        self._add_all({w: True for w in d["measures"]}, "measure")
        self._add_all({w: None for w in d["blockers"]}, BARRIER)
        self.first_words = {k[0] for k in self.phrases}
        self.known = frozenset(self.words) | self.first_words
        self._cache: dict[str, _Analysis] = {}

    def _add_all(self, entries: Mapping[str, Any], sym: str) -> None:
        for text, value in entries.items():
            key = tuple(normalize(text).split())
            if len(key) == 1:
                self.words.setdefault(key[0], (sym, value))
            else:
                self.phrases.setdefault(key, (sym, value))

    @staticmethod
    def _currencies(entries: list[dict]) -> _Currencies:
        out = _Currencies()
        for c in entries:
            unit, code = c["unit"], c["code"]
            for adj in c["adjectives"]:
                if not adj:
                    out.bare.setdefault(unit, code)
                    continue
                base = normalize(adj)
                for form in (base, base + "ه", base + "ا", "ال" + base, "ال" + base + "ه"):
                    out.by_adjective.setdefault((unit, form), code)
            for state in c["states"]:
                out.by_state.setdefault(unit, {}).setdefault(state, code)
        return out

    # ------------------------------------------------------------ words
    def analyze(self, word: str) -> _Analysis:
        """(stem, atoms, may start a phrase) of one normalised word: "و1.5مليار" -> and, number, scale."""
        hit = self._cache.get(word)
        if hit is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            hit = self._cache[word] = self._analyze(word)
        return hit

    def _analyze(self, word: str) -> _Analysis:
        head = word in self.first_words or (word[:1] == "و" and word[1:] in self.first_words)
        if word in self.words:
            return word, (self.words[word],), head
        m = _NUMERIC.fullmatch(word) if any(c.isdigit() for c in word) else None
        if m:
            return word, self._numeric(m), False
        core = word.lstrip(_OPENING).rstrip(_CLOSING) or word
        stripped, stem = split_proclitics(core, self.known)
        atoms: tuple[tuple[str, Any], ...] = ()
        if stem in self.words:
            atoms = (self.words[stem],)
            preposition = any(c in "بلك" for c in core[:stripped]) or stem != core[stripped:]
            if preposition and atoms[0][0] in _NOUNS:
                atoms = ()                       # "التقرير الـ51 لمؤسسة": a unit takes no preposition
        head = head or stem in self.first_words
        if stripped and core[0] == "و" and (atoms or head):
            atoms = (("and", True), *atoms)
        return stem, atoms, head

    def _numeric(self, m: re.Match) -> tuple[tuple[str, Any], ...]:
        raw = m.group("num")
        if not _plausible(raw):
            return ()
        atoms: list[tuple[str, Any]] = []
        if m.group("pre").startswith("و"):
            atoms.append(("and", True))
        lead = m.group("lead")
        if lead:
            atoms.append(self.words[lead])
        atoms.append(("num", raw))
        for extra in (m.group("trail"), m.group("word")):
            if extra:
                if extra not in self.words:
                    return ()
                atoms.append(self.words[extra])
        return tuple(atoms)

    def atomize(self, words: Sequence[str], blocked: Sequence[bool] | None = None,
                text_of: Callable[[int], str] | None = None) -> list[Atom]:
        """Atoms of the words, longest phrases first.

        A run of words outside the lexicon (or blocked) is one BARRIER atom.
        text_of(i), when given, is the original text of word i: it is read
        only for lexicon words, to restore a و the normaliser peeled off and
        to undo reversed decimals (unreverse_decimals).
        """
        atoms: list[Atom] = []
        cache = self._cache
        run = -1                        # first word of the current run of unknown words
        n = len(words)
        i = 0
        while i < n:
            if blocked is not None and blocked[i]:
                items, head = (), False
            else:
                word = words[i]
                stem, items, head = cache.get(word) or self.analyze(word)
                if text_of is not None and (items or head):
                    stem, items, head = self._original(word, stem, items, head, text_of(i))
                if word in _BRACKETS and i + 2 < n and words[i + 2] == _BRACKETS[word] \
                        and not (blocked and any(blocked[i:i + 3])):
                    inner = self.analyze(words[i + 1])[1]
                    if len(inner) == 1 and inner[0][0] == "num":    # "(15) مليار": brackets are transparent
                        if run >= 0:
                            atoms.append(self._barrier(words, blocked, run, i - 1))
                            run = -1
                        atoms.append(Atom("num", inner[0][1], i, i + 2, words[i + 1]))
                        i += 3
                        continue
            if not (items or head):
                if run < 0:
                    run = i
                i += 1
                continue
            if run >= 0:
                atoms.append(self._barrier(words, blocked, run, i - 1))
                run = -1
            if head:
                taken = self._phrase(words, blocked, i, stem, items, atoms)
                if taken:
                    i += taken
                    continue
                if not items or items[-1][0] == "and":       # a bare و is no atom of its own
                    run = i
                    i += 1
                    continue
            atoms.extend(Atom(sym, value, i, i, stem) for sym, value in items)
            i += 1
        if run >= 0:
            atoms.append(self._barrier(words, blocked, run, n - 1))
        return atoms

    def _original(self, word: str, stem: str, items, head: bool, text: str) -> _Analysis:
        """The analysis of the word as written, when the normaliser peeled particles off it."""
        if any(m in text for m in _DIRECTION_MARKS):
            return self.analyze(normalize(unreverse_decimals(text)))
        full = normalize(text)
        return (stem, items, head) if full == word else self.analyze(full)

    def _barrier(self, words, blocked, start: int, end: int) -> Atom:
        """A run of unknown words: norm is its first word's stem, value its last word."""
        norm = "" if blocked is not None and blocked[start] else self.analyze(words[start])[0]
        return Atom(BARRIER, words[end], start, end, norm)

    def _phrase(self, words, blocked, i, stem, items, atoms) -> int:
        """Append the longest phrase starting at word i; the number of words it takes.

        The first word may carry و even where the normalised word is itself a
        lexicon word ("وأحد عشر" normalises to "واحد عشر").
        """
        conj = bool(items) and items[0][0] == "and"
        heads = [(stem, conj)]
        if words[i][:1] == "و" and words[i][1:] in self.first_words:
            heads.append((words[i][1:], True))
        for size in range(min(MAX_PHRASE, len(words) - i), 1, -1):
            if blocked is not None and any(blocked[i:i + size]):
                continue
            rest = tuple(self.analyze(w)[0] for w in words[i + 1:i + size])
            for head, with_and in heads:
                hit = self.phrases.get((head, *rest))
                if hit is not None:
                    if with_and:
                        atoms.append(Atom("and", True, i, i, "و"))
                    atoms.append(Atom(hit[0], hit[1], i, i + size - 1, " ".join((head, *rest))))
                    return size
        return 0

    # ------------------------------------------------------------ parsing
    def find(self, words: Sequence[str], blocked: Sequence[bool] | None = None,
             states_at: Mapping[int, tuple[str, int]] | None = None,
             text_of: Callable[[int], str] | None = None) -> list[Amount]:
        """Amounts in the words, left to right, non-overlapping.

        blocked marks words that belong to something else (dates); states_at
        maps a word index to (ISO code, end word index) for a state name or
        demonym starting there, which can name a currency ("دينار ليبي");
        text_of as in atomize.
        """
        atoms = self.atomize(words, blocked, text_of)
        parser = _Parser(self, atoms, states_at or {})
        out: list[Amount] = []
        i = 0
        while i < len(atoms):
            if atoms[i].sym in _STARTS:
                found = parser.expression(i)
                if found is not None:
                    amount, end = found
                    if amount is not None:
                        out.append(amount)
                    i = end
                    continue
            i += 1
        return out

    def resolve_currency(self, unit: str, sentence_states: Sequence[str], earlier_states: Sequence[str] = (),
                         document_states: Sequence[str] = (), document_codes: Sequence[str] = ()) -> str | None:
        """The currency of a bare unit shared by several states (ريال, دينار …).

        In order: the one candidate currency of the states named in the
        sentence; the one currency written out for this unit elsewhere in the
        document (document_codes); the nearest state named before the sentence
        (earlier_states, in text order) that uses the unit, as in a market
        round-up whose sections each name their country once; the state the
        document names most often, when no other candidate is named as often.
        Otherwise None.
        """
        by_state = self.currencies.by_state.get(unit, {})
        codes = {by_state[s] for s in sentence_states if s in by_state}
        if len(codes) == 1:
            return codes.pop()
        written = {c for c in document_codes if c in by_state.values()}
        if len(written) == 1:
            return written.pop()
        for state in reversed(earlier_states):
            if state in by_state:
                return by_state[state]
        counts = Counter(by_state[s] for s in document_states if s in by_state)
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None


_STARTS = frozenset({"num", "unit", "ten", "hund", "hundred", "teen", "frac", "scale", "vague", "qual", "between",
                     "from", "sym", "pct"})
_NUMBER_WORDS = frozenset({"unit", "ten", "hund", "hundred", "teen"})
_UNREADABLE = frozenset("0123456789)»")
_NOUNS = frozenset({"cur", "count", "adj", "measure"})
_WORD_ORDER = {"hundreds": 0, "units": 1, "tens": 2}


def _plausible(raw: str) -> bool:
    """Not a phone, reference or zero-padded number."""
    if any(c in _SEPARATORS or c == "ر" for c in raw):
        return True
    return len(raw) <= MAX_DIGITS and not (raw.startswith("0") and len(raw) > 1)


class _Parser:
    """Recursive-descent reading of the atom list of one text."""

    def __init__(self, grammar: AmountGrammar, atoms: list[Atom], states_at: Mapping[int, tuple[str, int]]):
        self.g = grammar
        self.a = atoms
        self.n = len(atoms)
        self.states_at = states_at

    def sym(self, p: int) -> str:
        return self.a[p].sym if p < self.n else BARRIER

    # ------------------------------------------------------------ expression
    def expression(self, i: int) -> tuple[Amount | None, int] | None:
        """The amount starting at atom i and the atom index after it; (None, end) for a measurement."""
        p, qual, opener, pre_unit = i, None, None, None
        if self.sym(p) == "qual":
            qual, p = self.a[p].value, p + 1
        if self.sym(p) in ("between", "from"):
            opener, p = self.sym(p), p + 1
        if self.sym(p) == "sym" and self.sym(p + 1) == "num":
            pre_unit, p = _Unit("money", p + 1, currency=self.a[p].value), p + 1
        elif self.sym(p) == "pct" and self.sym(p + 1) == "num":
            pre_unit, p = _Unit("percent", p + 1), p + 1          # "%50" typed right to left
        first = self.quantity(p)
        if first is None:
            return None
        q_start = p
        p = first.end
        unit = self.unit(p) or pre_unit
        if unit is not None and unit is not pre_unit:
            p = unit.end
        low, high = first, None
        rng = self._range(opener, p, first, unit)
        if rng is not None:
            low, high, second_unit, p = rng
            unit = second_unit or unit
        elif opener is not None:
            opener = None
        if qual or opener:
            start_atom = i
        else:
            start_atom = q_start - 1 if pre_unit else q_start
        if self.sym(p) == "approx_after":
            qual, p = qual or "approx", p + 1
        if unit is not None and unit.kind == "measure":
            return None, p
        kind = unit.kind if unit else self._bare_kind(start_atom, p, low, high, qual)
        if kind is None:
            return None
        last = unit.last if unit is not None and unit.last is not None and unit.end == p else self.a[p - 1].end
        amount = Amount(self.a[start_atom].start, last + 1, kind,
                        currency=unit.currency if unit else None, unit=unit.unit if unit else None)
        if high is not None:
            amount.min, amount.max = low.lo, high.hi
            amount.approx = qual == "approx"
        elif not low.exact:
            amount.min, amount.max, amount.approx = low.lo, low.hi, True
            if qual == "min":
                amount.max = None
            elif qual == "max":
                amount.min = None
        elif qual == "min":
            amount.min = low.lo
        elif qual == "max":
            amount.max = low.lo
        else:
            amount.value, amount.approx = low.lo, qual == "approx"
        return amount, p

    def _range(self, opener, p, first: _Quantity, unit: _Unit | None):
        """(lower, upper quantity, the upper one's unit, end) when a range continues at atom p."""
        sep = self.sym(p)
        if not ((sep == "and" and opener == "between") or (sep == "to" and opener != "between")
                or (sep == "dash" and opener is None)):
            return None
        second = self.quantity(p + 1)
        if second is None:
            return None
        second_unit = self.unit(second.end)
        if unit and second_unit and (unit.kind, unit.currency, unit.unit) != (second_unit.kind, second_unit.currency,
                                                                          second_unit.unit):
            return None
        if unit is None and second_unit is None and opener is None and sep == "dash":
            return None
        if first.scale == 1 and second.scale > 1 and first.exact \
                and 1 / RANGE_RATIO <= first.lo * second.scale / second.hi <= RANGE_RATIO:
            first.lo = first.hi = first.lo * second.scale
        if first.lo > second.hi:
            if first.lo > second.hi * RANGE_RATIO:
                return None
            first, second = second, first             # "ما بين 32 و30 مليار"
        end = second_unit.end if second_unit else second.end
        return first, second, second_unit, end

    def _bare_kind(self, start: int, end: int, low: _Quantity, high: _Quantity | None, qual) -> str | None:
        """money after a money cue; number for a scaled amount; else no amount.

        Without a scale word, a cue makes money only of a number that no word
        follows ("قدرها 10 ميجاواط" is no money).
        """
        scaled = low.scale > 1 or (high is not None and high.scale > 1)
        followed = end < self.n and self.a[end].sym == BARRIER and self.a[end].norm[:1].isalpha()
        digits = any(self.a[j].sym == "num" for j in range(start, end))
        if scaled or (digits and not followed):
            for j in range(start - 1, max(-1, start - 1 - CUE_DISTANCE), -1):
                a = self.a[j]
                if a.sym == "cue":
                    return "money"
                if a.sym != BARRIER or a.end > a.start or not a.norm[:1].isalpha():
                    break
        if scaled and (low.counted or qual or high is not None):
            return "number"
        return None

    # ------------------------------------------------------------ quantities
    def quantity(self, p: int) -> _Quantity | None:
        """A number with its scale words, a bare scale, or a vague plural."""
        s = self.sym(p)
        if s == "num" or s in _NUMBER_WORDS:
            return self._counted(p)
        if s == "frac" and self.sym(p + 1) == "scale" and self.a[p + 1].value[1] == "singular":
            scale = self.a[p + 1].value[0]
            return self._tail(_Quantity(self.a[p].value * scale, self.a[p].value * scale, p + 2, scale=scale))
        if s == "scale":
            if p and self.a[p - 1].sym == BARRIER and (self.a[p - 1].value or "")[-1:] in _UNREADABLE:
                return None                 # "( 721 , 2 ) مليار": the number is there but unreadable
            scale, form = self.a[p].value
            if form == "plural":
                lo, hi = PLURAL_SCALE
                return _Quantity(lo * scale, hi * scale, p + 1, exact=False, scale=scale)
            # "ألفا دولار" is a dual in construct; "مليارا" elsewhere is an accusative singular
            dual = form == "dual" or (form == "accusative" and self.sym(p + 1) in ("cur", "count", "sym"))
            count = 2 if dual else 1
            return self._tail(_Quantity(count * scale, count * scale, p + 1, scale=scale))
        if s == "vague":
            return self._vague(p)
        return None

    def _counted(self, p: int) -> _Quantity | None:
        a = self.a[p]
        if a.sym == "num":
            raw, end, words_value = a.value, p + 1, None
        else:
            words = self._words(p)
            if words is None:
                return None
            words_value, end = words
        scale = 1.0
        while self.sym(end) == "scale" and self.a[end].value[1] != "dual" and self.a[end].value[0] > scale:
            scale *= self.a[end].value[0]
            end += 1
        base = digits_value(raw, scale > 1) if words_value is None else words_value
        value = base * scale
        return self._tail(_Quantity(value, value, end, scale=scale, counted=True))

    def _tail(self, q: _Quantity) -> _Quantity:
        """"ونصف" and smaller parts after a scale: "مليون ونصف", "3 ملايين و200 ألف"."""
        if q.scale <= 1 or self.sym(q.end) != "and":
            return q
        if self.sym(q.end + 1) == "frac":
            extra = self.a[q.end + 1].value * q.scale
            q.lo += extra
            q.hi += extra
            q.end += 2
            if self.sym(q.end) == "scale" and self.a[q.end].value[0] == q.scale:
                q.end += 1                      # "مليار ونصف المليار"
            return q
        part = self.quantity(q.end + 1)
        if part is not None and part.exact and part.hi < q.scale and (part.scale > 1 or q.scale == 1000):
            q.lo += part.lo
            q.hi += part.hi
            q.end = part.end
        return q

    def _words(self, p: int) -> tuple[float, int] | None:
        """A number in words: "مائة وخمسة وعشرون" -> 125; "ثلاثة عشر" -> 13."""
        total, end, last = 0.0, p, -1
        q = p
        while q < self.n:
            term = self._word_term(q)
            if term is None or _WORD_ORDER[term[2]] <= last:
                break
            total += term[0]
            last = _WORD_ORDER[term[2]]
            end = term[1]
            if self.sym(end) == "and" and self._word_term(end + 1) is not None:
                q = end + 1
            else:
                break
        return (total, end) if end > p else None

    def _word_term(self, q: int) -> tuple[float, int, str] | None:
        s = self.sym(q)
        if s == "hund":
            return self.a[q].value, q + 1, "hundreds"
        if s == "hundred":
            return 100, q + 1, "hundreds"
        if s == "teen":
            return self.a[q].value, q + 1, "units"
        if s == "unit":
            v = self.a[q].value
            if self.sym(q + 1) == "hundred":
                return v * 100, q + 2, "hundreds"
            if 3 <= v <= 9 and self.sym(q + 1) == "unit" and self.a[q + 1].norm in self.g.teen_tens:
                return v + 10, q + 2, "units"
            return v, q + 1, "units"
        if s == "ten":
            return self.a[q].value, q + 1, "tens"
        return None

    def _vague(self, p: int) -> _Quantity:
        """عشرات / مئات, alone, with a plural scale, or "عشرات وآلاف"."""
        factor = self.a[p].value
        lo, hi = VAGUE_PLURAL
        if self.sym(p + 1) == "scale" and self.a[p + 1].value[1] == "plural":
            scale = self.a[p + 1].value[0]
            return _Quantity(lo * factor * scale, hi * factor * scale, p + 2, exact=False, scale=scale)
        if self.sym(p + 1) == "and" and self.sym(p + 2) == "scale" and self.a[p + 2].value[1] == "plural":
            scale = self.a[p + 2].value[0]
            return _Quantity(lo * factor, PLURAL_SCALE[1] * scale, p + 3, exact=False, scale=scale)
        return _Quantity(lo * factor, hi * factor, p + 1, exact=False)

    # ------------------------------------------------------------ units
    def unit(self, p: int) -> _Unit | None:
        """What the quantity counts: a currency, a symbol, a percent sign, a count noun."""
        s = self.sym(p)
        if s == "from" and self.sym(p + 1) in ("cur", "count") and self.a[p + 1].norm.startswith("ال"):
            p, s = p + 1, self.sym(p + 1)                      # "عشرات الآلاف من اليورو"
        if s == "cur":
            return self._currency(p)
        if s == "sym":
            return _Unit("money", p + 1, currency=self.a[p].value)
        if s == "pct":
            return _Unit("percent", p + 1)
        if s == "count":
            return _Unit("count", p + 1, unit=self.a[p].value)
        if s == "measure":
            return _Unit("measure", p + 1)
        return None

    def _currency(self, p: int) -> _Unit:
        unit = self.a[p].value
        cur = self.g.currencies
        nxt = self.a[p + 1] if p + 1 < self.n else None
        if nxt is not None and nxt.sym != BARRIER and (unit, nxt.norm) in cur.by_adjective:
            return _Unit("money", p + 2, cur.by_adjective[(unit, nxt.norm)], unit)
        after = self.a[p].end + 1
        if after in self.states_at:
            state, end = self.states_at[after]
            code = cur.by_state.get(unit, {}).get(state)
            if code:
                q = p + 1
                while q < self.n and self.a[q].start < end:
                    q += 1
                return _Unit("money", q, code, unit, last=end - 1)
        return _Unit("money", p + 1, cur.bare.get(unit), unit)


_default: AmountGrammar | None = None


def find_amounts(words: Sequence[str], blocked: Sequence[bool] | None = None,
                 states_at: Mapping[int, tuple[str, int]] | None = None) -> list[Amount]:
    """Amounts in normalised words with the packaged lexicon (see AmountGrammar.find)."""
    global _default
    if _default is None:
        _default = AmountGrammar()
    return _default.find(words, blocked, states_at)
