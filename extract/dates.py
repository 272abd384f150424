"""Dates in Arabic news text: absolute, partial, relative, ranges and Hijri dates.

find_dates(text, anchor) lists the date expressions of a text with exact
character offsets and an ISO 8601 value that stays as partial as the text:
"2014", "2018-04", "2019-02-03", "--05-11" (a month and day without year),
"--03" (a month without year). Relative expressions ("أمس", "الخميس الماضي",
"أبريل الماضي", "العام المقبل", "11 مايو الجاري") and year-less dates are
resolved against `anchor`, the document date, when it is known; otherwise
they keep whatever the text gives (or None) and are flagged relative.

Hijri dates (with هـ, a Hijri month name, or a numeric date whose year is
1300-1500) are converted with the tabular (arithmetic) Islamic calendar,
which can differ from the Umm al-Qura calendar by a day or two; the Hijri
value itself is kept too. A Hijri date followed by its Gregorian equivalent
("26 شوال 1436 هـ الموافق 11 أغسطس 2015") is one mention whose value is the
Gregorian date the text gives.

How it works: extract.scan turns the text into atoms with one-letter symbols
(d day number, y year number, M/H Gregorian/Hijri month, w weekday, …, see
_phrases); the productions below are regular expressions over that symbol
string, and an interpreter turns the atoms of a match into a value or
rejects it (the match is then shortened and tried again).

parse_date(value) reads a metadata value ("2015-07-31 23:00:00", "31/07/2015",
RFC 2822, an Arabic date); publication_date(text) finds the date line that
many articles carry at the top ("الأحد 03/فبراير/2019 - 01:10 م").
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache

from . import lexicon
from .arabic import normalize
from .isodate import parts
from .scan import Atom, Scanner, symbols

HIJRI_YEARS = range(1300, 1501)      # a year in this range without a calendar mark is taken as Hijri
YEARS = range(1000, 2101)
BARE_YEARS = range(1900, 2101)       # a year with only a preposition ("في 2014") must be in this range


@dataclass
class DateMention:
    """One date expression: original offsets, text and ISO value(s)."""

    start: int
    end: int
    text: str
    date: str | None
    end_date: str | None = None
    relative: bool = False
    calendar: str = "gregorian"
    hijri: str | None = None          # the Hijri date as written, ISO-like ("1436-10-26", "1436", "a/b")

    def value(self) -> dict:
        """The span value of doc.spans["dates"] (see extract/doc_ext.py)."""
        return {"date": self.date, "end_date": self.end_date, "relative": self.relative,
                "calendar": self.calendar, "hijri": self.hijri, "start": self.start, "end": self.end,
                "text": self.text}


# --- the tabular Islamic calendar -------------------------------------------------
_HIJRI_EPOCH = 1948440           # Julian day number of 1 Muharram 1 AH (civil epoch)
_JDN_ORDINAL = 1721425           # JDN - date.toordinal()


def _hijri_jdn(year: int, month: int, day: int) -> int:
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH - 1


def hijri_month_length(year: int, month: int) -> int:
    """Days in a month of the tabular Islamic calendar."""
    if month == 12:
        return 30 if (14 + 11 * year) % 30 < 11 else 29
    return 30 if month % 2 else 29


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a Hijri date (tabular calendar; may differ by a day or two from Umm al-Qura)."""
    return dt.date.fromordinal(_hijri_jdn(year, month, day) - _JDN_ORDINAL)


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of the tabular Islamic calendar."""
    jdn = date.toordinal() + _JDN_ORDINAL
    year = (30 * (jdn - _HIJRI_EPOCH) + 10646) // 10631
    month = min(12, math.ceil((jdn - 29 - _hijri_jdn(year, 1, 1)) / 29.5) + 1)
    month = max(month, 1)
    return year, month, jdn - _hijri_jdn(year, month, 1) + 1


# --- lexicon ---------------------------------------------------------------------
def _number(piece: str) -> tuple[str, int] | None:
    if not piece.isdecimal():
        return None
    value = int(piece)
    if len(piece) <= 2 and 1 <= value <= 31:
        return "d", value
    if len(piece) == 4 and value in YEARS:
        return "y", value
    return "n", value


@lru_cache(maxsize=None)
def relative_day_nouns() -> frozenset[str]:
    """The relative days that are nouns (اليوم): "today" only where the recogniser reads a date, not in "اليوم الخامس"."""
    return frozenset(normalize(w) for w in lexicon.load("dates")["relative_day_nouns"])


@lru_cache(maxsize=None)
def date_equals() -> frozenset[str]:
    """The words that give one date in a second form (الموافق): "الخميس الموافق 23 يوليو"."""
    return frozenset(normalize(w) for w in lexicon.load("dates")["equals"])


@lru_cache(maxsize=None)
def _scanner() -> Scanner:
    data = lexicon.load("dates")
    phrases: dict[str, tuple[str, object]] = {}

    def add(words, symbol, value=None):
        for w in words:
            phrases[normalize(w)] = (symbol, value)

    add(data["context"], "i")
    add(data["edges"], "e")
    add(data["times_of_day"], "z")
    for unit, symbol in (("day", "u"), ("week", "K"), ("month", "S"), ("year", "Y"), ("year_indefinite", "A")):
        add(data["units"][unit], symbol)
    for kind, symbol, offset in (("past", "p", -1), ("current", "j", 0), ("next", "x", 1), ("after_next", "x", 2),
                                 ("this", "J", 0)):
        add(data["modifiers"][kind], symbol, offset)
    add(data["suffixes"]["hijri"], "h")
    add(data["suffixes"]["gregorian"], "g")
    add(data["range_from"], "f")
    add(data["range_to"], "t")
    add(data["range_between"], "b")
    add(data["and"], "c")
    add(data["equals"], "=")
    for mark, symbol in data["punctuation"].items():
        phrases[mark] = (symbol, None)
    for day, names in data["weekdays"].items():
        add(names, "w", int(day))
    for day, names in data["day_ordinals"].items():
        add(names, "o", int(day))
    for offset, names in data["relative_days"].items():
        for name in names:
            add([name], "R" if normalize(name) in relative_day_nouns() else "Q", int(offset))
    add(data["tomorrow"], "G", 1)
    weak = {normalize(w) for w in data["weak_months"]}
    for cal, symbol in (("gregorian", "M"), ("hijri", "H")):
        for month, names in data["months"][cal].items():
            for name in names:
                n = normalize(name)
                phrases[n] = (symbol, (int(month), n in weak))
    add(data["blockers"], "_")
    return Scanner(phrases, _number)


# --- grammar ---------------------------------------------------------------------
_W = r"(?:z?u?w[px]?,?)"                                # (مساء) (يوم) الأحد (الماضي)،
_DAY = r"(?:d|of?)"                                      # 25 | الأول من
_MON = r"(?:[MH](?:[/-]?[MH]|\([MH]\))?)"                # مارس | آذار/مارس | مارس (آذار)
_YR = r"(?:[/,-]?(?:f?(?:J?Y|A))?y[hg]?|f?J?Y[pjx]?|[pjx])"   # 2019 | من عام 2019 | من العام الماضي | الجاري
_DAYS = rf"\(?{_DAY}(?:(?:c|t|-){_W}?{_DAY})?\)?"        # 25 و26 | 7 إلى 8 | (19-21)
_POINT = rf"(?:{_W}?{_DAY}[/-]?f?)?S?{_MON}{_YR}?"

_PRODUCTIONS: list[tuple[str, str]] = [
    ("numeric", rf"{_W}?(?:d[/-]d[/-]y|y[/-]d[/-]d)[hg]?"),
    ("calendar", rf"[fbu]?{_W}?{_DAYS}[/-]?f?S?{_MON}{_YR}?"),
    ("calendar", rf"[fb]?{_POINT}(?:t|c|-){_POINT}"),
    ("calendar", rf"[ie]*S?{_MON}{_YR}?"),
    ("calendar", r"[ie]*[fb]?(?:J?Y|A)?y[hg]?(?:(?:c|t|-)[YA]?y[hg]?)?"),
    ("weekday", r"z?u?w[px]?(?:cu?w[px]?)?"),
    ("relative_day", r"z?(?:R(?![ao])|Q(?!o))(?:,?\(w\)|,?w)?|G(?=[.,(wit]|$)(?:,?\(w\)|,?w)?"),
    ("relative_unit", r"e?(?:J[KSY]|[KS][pjx]|(?<![a])Y[pjx])"),
    ("day_of_relative_month", rf"i*(?:{_W}|u)?{_DAYS}f?(?:JS|S[pjx])"),
]
_COMPILED = [(kind, re.compile(rx)) for kind, rx in _PRODUCTIONS]
_STARTS = frozenset("dywMHoRQGuKSYAJeizfb")

_LEADING = set("i,/-)")
_TRAILING = set(",/-(=")


# --- anchors and ISO values -------------------------------------------------------
@dataclass(frozen=True)
class _Anchor:
    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, iso: str | None) -> "_Anchor":
        y, m, d = parts(iso)
        return cls(int(y) if y else None, int(m) if m else None, int(d) if d else None)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year:
        return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    if month:
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    return None


def _valid_day(cal: str, year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return True
    if cal == "hijri":
        return day <= (hijri_month_length(year, month) if year else 30)
    if year:
        return day <= calendar.monthrange(year, month)[1]
    return day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


# --- interpretation ---------------------------------------------------------------
@dataclass
class _Seg:
    """One side of a range: what the text says about one date."""

    weekday: int | None = None
    day: int | None = None
    months: list[tuple[str, int, bool]] = field(default_factory=list)   # (calendar, month, weak)
    year: int | None = None
    suffix: str | None = None          # "h" | "g"
    year_rel: int | None = None         # العام الماضي / هذا العام → -1 / 0
    month_rel: int | None = None        # أبريل الماضي / مايو الجاري → -1 / 0
    year_word: bool = False
    this: bool = False
    last: str = ""                      # field set by the latest atom

    @property
    def month(self) -> int | None:
        return self.months[0][1] if self.months else None

    def calendar(self) -> str | None:
        """'gregorian' | 'hijri' | None when the parts contradict each other."""
        cals = {c for c, _, _ in self.months}
        if len(cals) > 1 or len({m for _, m, _ in self.months}) > 1:
            return None
        if self.suffix == "h":
            cals.add("hijri")
        elif self.suffix == "g":
            cals.add("gregorian")
        elif self.year in HIJRI_YEARS and not cals:
            return None                # a bare year 1300-1500 is ambiguous
        if len(cals) > 1:
            return None
        cal = cals.pop() if cals else "gregorian"
        if self.year is not None and cal == "gregorian" and self.year in HIJRI_YEARS and self.suffix != "g":
            return None
        if self.year is not None and cal == "hijri" and self.year not in HIJRI_YEARS:
            return None
        return cal


def _segments(atoms: list[Atom]) -> list[_Seg] | None:
    """Split the atoms of a calendar match into one or two segments (a range)."""
    segs = [_Seg()]
    field_of = {"d": "day", "o": "day", "y": "year", "M": "month", "H": "month", "w": "weekday"}
    for k, a in enumerate(atoms):
        seg, s = segs[-1], a.symbol
        nxt = next((b.symbol for b in atoms[k + 1:] if b.symbol in field_of), None)
        if s in "ct-":
            if not seg.last:
                continue
            if s == "-" and nxt and getattr(seg, field_of[nxt]) in (None, []):
                continue                 # a separator inside one date: 03-فبراير-2019
            segs.append(_Seg())
        elif s in "do":
            if seg.day is not None:
                return None
            seg.day, seg.last = a.value, "day"
        elif s in "MH":
            seg.months.append(("gregorian" if s == "M" else "hijri", *a.value))
            seg.last = "month"
        elif s == "y":
            if seg.year is not None:
                return None
            seg.year, seg.last = a.value, "year"
        elif s in "hg":
            if seg.last != "year" or seg.suffix:
                return None
            seg.suffix = s
        elif s == "w":
            if seg.weekday is not None:
                return None
            seg.weekday, seg.last = a.value, "weekday"
        elif s == "J":
            seg.this = True
        elif s in "YA":
            seg.year_word, seg.last = True, "year_word"
            if seg.this:
                seg.year_rel = 0
        elif s in "pjx":
            if seg.last == "month" and seg.year is None:
                seg.month_rel = a.value
            elif seg.last == "year_word":
                seg.year_rel = a.value
            elif seg.last != "weekday":
                return None
    return segs if len(segs) <= 2 else None


def _has_context(atoms: list[Atom]) -> bool:
    """A preposition, an edge word, a unit noun, or "من … إلى" / "بين … و": the numbers are dates."""
    ranged = any(a.symbol in "ct-" for a in atoms)
    return any(a.symbol in "ieSYA" or a.symbol in "fb" and ranged for a in atoms)


def _interpret_calendar(atoms: list[Atom], anchor: _Anchor) -> dict | None:
    segs = _segments(atoms)
    if not segs or any(not (s.months or s.year) and s.day is None for s in segs):
        return None
    if len(segs) == 2:
        left, right = segs
        connector = next(a.symbol for a in atoms if a.symbol in "ct-")
        ranged = any(a.symbol in "fbu" for a in atoms) or (left.day is not None and not left.months)
        if connector == "c" and not ranged:
            return None                  # "3 مايو و10 يونيو": two dates, not a range
        if not left.months and not left.year and left.day is None:
            return None
        if not left.months and right.months:
            left.months = list(right.months)
        if not right.months and left.months and right.day is not None:
            right.months = list(left.months)
        for a, b in ((left, right), (right, left)):
            if a.year is None and a.year_rel is None and a.month_rel is None:
                a.year, a.suffix, a.year_rel, a.month_rel = b.year, b.suffix, b.year_rel, b.month_rel
        if (left.day is None) != (right.day is None) or bool(left.months) != bool(right.months):
            return None
    values = [_segment_value(s, atoms, anchor) for s in segs]
    if any(v is None for v in values):
        return None
    first = values[0]
    if len(values) == 2:
        second = values[1]
        if first["calendar"] != second["calendar"] or not _before(first["date"], second["date"]):
            return None
        first = {**first, "end_date": second["end_date"] or second["date"],
                 "relative": first["relative"] or second["relative"]}
        if first["hijri"] and second["hijri"]:
            first["hijri"] = f"{first['hijri']}/{second['hijri']}"
    return first


def _before(a: str | None, b: str | None) -> bool:
    """True if date a is strictly earlier than b on the fields both know (or one is unknown)."""
    if not a or not b:
        return True
    common = [(x, y) for x, y in zip(parts(a), parts(b)) if x and y]
    return tuple(x for x, _ in common) < tuple(y for _, y in common)


def _segment_value(seg: _Seg, atoms: list[Atom], anchor: _Anchor) -> dict | None:
    cal = seg.calendar()
    if cal is None:
        return None
    month, day, year = seg.month, seg.day, seg.year
    if day is not None and month is None:
        return None
    if month is not None and not _valid_day(cal, year, month, day):
        return None
    if month is None:                                       # a year alone
        if year is None:
            return None
        if not (seg.year_word or seg.suffix == "h" or year in BARE_YEARS and (seg.suffix or _has_context(atoms))):
            return None
    elif day is None and year is None and seg.month_rel is None and seg.year_rel is None:
        combined = len(seg.months) > 1                      # آذار/مارس, فبراير شباط
        if cal == "hijri" or not (combined or _has_context(atoms)):
            return None
    if len(seg.months) == 1 and seg.months[0][2] and year is None and seg.month_rel is None \
            and seg.year_rel is None:
        return None                                         # آب, صفر need a year or a modifier
    relative = year is None
    if year is None:
        year = _resolve_year(cal, seg, month, day, anchor)
    if cal == "hijri":
        return _hijri_value(year, month, day, relative)
    return {"date": _iso(year, month, day), "end_date": None, "relative": relative,
            "calendar": "gregorian", "hijri": None}


def _resolve_year(cal: str, seg: _Seg, month: int, day: int | None, anchor: _Anchor) -> int | None:
    """The year of a year-less date, from the document date (None when unknown)."""
    if anchor.year is None:
        return None
    ref = anchor.date or dt.date(anchor.year, anchor.month or 7, anchor.day or 15)
    if cal == "hijri":
        ref_year, ref_month, ref_day = gregorian_to_hijri(ref)
    else:
        ref_year, ref_month, ref_day = ref.year, ref.month, ref.day
    if seg.year_rel is not None:
        return ref_year + seg.year_rel
    if anchor.month is None and cal == "gregorian":
        return anchor.year
    here, there = (ref_month, ref_day), (month, day or (31 if seg.month_rel == -1 else 0))
    if seg.month_rel == -1:
        return ref_year if there < here else ref_year - 1
    if seg.month_rel == 1:
        return ref_year if there > here else ref_year + 1
    if seg.month_rel == 0:
        return ref_year
    # A plain year-less date: the year that puts it nearest to the document date.
    def distance(y: int) -> int:
        return abs((y - ref_year) * 372 + (month - ref_month) * 31 + ((day or 15) - ref_day))
    return min((ref_year - 1, ref_year, ref_year + 1), key=distance)


def _hijri_value(year: int | None, month: int | None, day: int | None, relative: bool) -> dict:
    """A Hijri date in Gregorian terms: a day, or the Gregorian months a Hijri month or year covers."""
    value = {"date": None, "end_date": None, "relative": relative or year is None, "calendar": "hijri",
             "hijri": _iso(year, month, day)}
    if year is None:
        return value
    if month and day:
        value["date"] = hijri_to_gregorian(year, month, day).isoformat()
        return value
    first = hijri_to_gregorian(year, month or 1, 1).isoformat()[:7]
    last_month = month or 12
    last = hijri_to_gregorian(year, last_month, hijri_month_length(year, last_month)).isoformat()[:7]
    value["date"], value["end_date"] = first, (last if last != first else None)
    return value


def _interpret_numeric(atoms: list[Atom], anchor: _Anchor) -> dict | None:
    nums = [a for a in atoms if a.symbol in "dy"]
    suffix = next((a.symbol for a in atoms if a.symbol in "hg"), None)
    if nums[0].symbol == "y":
        year, month, day = nums[0].value, nums[1].value, nums[2].value
    else:
        day, month, year = nums[0].value, nums[1].value, nums[2].value
        if month > 12 and day <= 12:
            day, month = month, day          # month-first (US order) when unambiguous
    if not 1 <= month <= 12:
        return None
    cal = "hijri" if suffix == "h" or (year in HIJRI_YEARS and suffix != "g") else "gregorian"
    if cal == "hijri" and year not in HIJRI_YEARS or not _valid_day(cal, year, month, day):
        return None
    if cal == "hijri":
        return _hijri_value(year, month, day, False)
    return {"date": _iso(year, month, day), "end_date": None, "relative": False,
            "calendar": "gregorian", "hijri": None}


def _weekday_date(weekday: int, rel: int | None, anchor: dt.date) -> dt.date:
    if rel == -1:
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    if rel is not None and rel >= 1:        # المقبل, بعد المقبل: the next one, the one after it
        return anchor + dt.timedelta(days=((weekday - anchor.weekday()) % 7 or 7) + 7 * (rel - 1))
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _interpret_weekday(atoms: list[Atom], anchor: _Anchor) -> dict | None:
    days: list[list] = []
    for a in atoms:
        if a.symbol == "w":
            days.append([a.value, None])
        elif a.symbol in "px":
            days[-1][1] = a.value
    ref = anchor.date
    if ref is None:
        return {"date": None, "end_date": None, "relative": True, "calendar": "gregorian", "hijri": None}
    dates = [_weekday_date(w, rel, ref) for w, rel in days]
    if len(dates) == 2 and dates[1] < dates[0]:
        dates[1] += dt.timedelta(days=7)
    return {"date": dates[0].isoformat(), "end_date": dates[1].isoformat() if len(dates) == 2 else None,
            "relative": True, "calendar": "gregorian", "hijri": None}


def _interpret_relative_day(atoms: list[Atom], anchor: _Anchor) -> dict | None:
    offset = next(a.value for a in atoms if a.symbol in "RQG")
    ref = anchor.date
    date = (ref + dt.timedelta(days=offset)).isoformat() if ref else None
    return {"date": date, "end_date": None, "relative": True, "calendar": "gregorian", "hijri": None}


def _shifted_month(anchor: _Anchor, rel: int) -> tuple[int, int]:
    """(year, month) of the month rel months after the anchor's (before it when rel is negative)."""
    index = anchor.year * 12 + anchor.month - 1 + rel
    return index // 12, index % 12 + 1


def _interpret_relative_unit(atoms: list[Atom], anchor: _Anchor) -> dict | None:
    unit = next(a.symbol for a in atoms if a.symbol in "KSY")
    rel = next((a.value for a in atoms if a.symbol in "pjxJ"), 0)
    value = {"date": None, "end_date": None, "relative": True, "calendar": "gregorian", "hijri": None}
    if unit == "Y" and anchor.year:
        value["date"] = _iso(anchor.year + rel)
    elif unit == "S" and anchor.year and anchor.month:
        value["date"] = _iso(*_shifted_month(anchor, rel))
    elif unit == "K" and anchor.date:
        monday = anchor.date - dt.timedelta(days=anchor.date.weekday()) + dt.timedelta(weeks=rel)
        value["date"], value["end_date"] = monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    return value


def _interpret_day_of_relative_month(atoms: list[Atom], anchor: _Anchor) -> dict | None:
    """"في 21 من الشهر الجاري", "العاشر والحادي عشر من الشهر المقبل": days of the month before or after the
    document's own."""
    days = [a.value for a in atoms if a.symbol in "do"]
    if not any(a.symbol in "iuwo" for a in atoms):
        return None                 # "بنسبة 12 من الشهر الماضي": a number of the month's, no day of it
    rel = next((a.value for a in atoms if a.symbol in "pjxJ"), 0)
    value = {"date": None, "end_date": None, "relative": True, "calendar": "gregorian", "hijri": None}
    if not anchor.year or not anchor.month:
        return value
    year, month = _shifted_month(anchor, rel)
    if not all(1 <= day and _valid_day("gregorian", year, month, day) for day in days) or days != sorted(set(days)):
        return None
    value["date"] = _iso(year, month, days[0])
    value["end_date"] = _iso(year, month, days[-1]) if len(days) > 1 else None
    return value


_INTERPRETERS = {
    "numeric": _interpret_numeric,
    "calendar": _interpret_calendar,
    "weekday": _interpret_weekday,
    "relative_day": _interpret_relative_day,
    "relative_unit": _interpret_relative_unit,
    "day_of_relative_month": _interpret_day_of_relative_month,
}


def _trim(atoms: list[Atom]) -> list[Atom]:
    """Drop context words and dangling punctuation at the edges of a match ("من" unless a range)."""
    lo, hi = 0, len(atoms)
    ranged = any(a.symbol in "ct-" for a in atoms[1:])
    while lo < hi and (atoms[lo].symbol in _LEADING or atoms[lo].symbol in "fb" and not ranged):
        lo += 1
    while hi > lo and (atoms[hi - 1].symbol in _TRAILING
                       or atoms[hi - 1].symbol == ")" and not any(a.symbol == "(" for a in atoms[lo:hi])):
        hi -= 1
    return atoms[lo:hi]


def find_dates(text: str, anchor: str | None = None) -> list[DateMention]:
    """Date expressions of `text`, in order, resolved against the ISO date `anchor`."""
    atoms = _scanner().scan(text)
    syms = symbols(atoms)
    ref = _Anchor.parse(anchor)
    found: list[tuple[int, int, DateMention]] = []     # (first atom, end atom, mention)
    i = 0
    while i < len(atoms):
        if syms[i] not in _STARTS:
            i += 1
            continue
        best: tuple[int, list[Atom], dict] | None = None
        for kind, rx in _COMPILED:
            end = len(syms)
            while end > i:
                m = rx.match(syms, i, end)
                if not m or m.end() == i:
                    break
                if best and m.end() <= best[0]:
                    break
                value = _INTERPRETERS[kind](atoms[i:m.end()], ref)
                if value is not None:
                    trimmed = _trim(atoms[i:m.end()])
                    if trimmed:
                        best = (m.end(), trimmed, value)
                    break
                end = m.end() - 1
        if best is None:
            i += 1
            continue
        end_atom, trimmed, value = best
        start, stop = trimmed[0].start, trimmed[-1].end
        found.append((i, end_atom, DateMention(start, stop, text[start:stop], value["date"], value["end_date"],
                                               value["relative"], value["calendar"], value["hijri"])))
        i = end_atom
    return _merge_equivalents(text, found)


_EQUIVALENCE_GAP = re.compile(r"^[\s/,،()\-–]*(?:الموافق[هة]?\s*(?:ل\s*)?)?[\s/,،()\-–]*$")


def _merge_equivalents(text: str, found: list[tuple[int, int, DateMention]]) -> list[DateMention]:
    """Join a Hijri date and the Gregorian date given next to it into one mention, a weekday and the calendar
    date after الموافق into that date, and a month named
    twice ("فبراير - شباط 2014", its Syriac name after a dash) into the date the second one completes."""
    out: list[DateMention] = []
    for _, _, mention in found:
        prev = out[-1] if out else None
        if prev and prev.relative and prev.end_date is None and mention.date and len(mention.date) == 10 \
                and _EQUIVALENCE_GAP.match(gap := normalize(text[prev.end:mention.start])) and "الموافق" in gap:
            # "مساء الأحد الموافق 23 أغسطس 2015": the weekday told again as a calendar date, which says which one
            out[-1] = DateMention(prev.start, mention.end, text[prev.start:mention.end], mention.date,
                                  mention.end_date, mention.relative, mention.calendar, mention.hijri or prev.hijri)
            continue
        if prev and prev.relative and not mention.relative and prev.calendar == mention.calendar == "gregorian" \
                and prev.end_date is None and prev.date and mention.date and prev.date[5:7] == mention.date[5:7] \
                and len(prev.date) >= len(mention.date) and _EQUIVALENCE_GAP.match(normalize(text[prev.end:mention.start])):
            date = mention.date[:4] + prev.date[4:]           # "10 فبراير - شباط 2014": the day of the first
            out[-1] = DateMention(prev.start, mention.end, text[prev.start:mention.end], date, mention.end_date,
                                  False, "gregorian", mention.hijri)
            continue
        if prev and {prev.calendar, mention.calendar} == {"hijri", "gregorian"} and not prev.relative \
                and not mention.relative and _EQUIVALENCE_GAP.match(normalize(text[prev.end:mention.start])):
            greg, hijri = (mention, prev) if mention.calendar == "gregorian" else (prev, mention)
            end = mention.end
            if text.count("(", prev.start, end) > text.count(")", prev.start, end) and text[end:end + 1] == ")":
                end += 1
            out[-1] = DateMention(prev.start, end, text[prev.start:end], greg.date, greg.end_date,
                                  False, "gregorian", hijri.hijri)
            continue
        out.append(mention)
    return out


# --- metadata values and publication lines ----------------------------------------
_ISO_LIKE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T\s]\S*)*$")
_YEAR_ONLY = re.compile(r"^(\d{4})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T\s]\S*)*$")
_ENGLISH = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def parse_date(value: str | None) -> str | None:
    """An ISO 8601 date (possibly partial) from a metadata value, or None."""
    if not value or not str(value).strip():
        return None
    text = normalize(str(value)).strip()
    for rx, order in ((_ISO_LIKE, "ymd"), (_DMY, "dmy")):
        m = rx.match(text)
        if m:
            groups = dict(zip(order, m.groups()))
            try:
                y, mo = int(groups["y"]), int(groups["m"])
                d = int(groups["d"]) if groups.get("d") else None
                dt.date(y, mo, d or 1)
            except ValueError:
                return None
            return _iso(y, mo, d)
    if _YEAR_ONLY.match(text):
        return text
    try:
        return parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _ENGLISH:
        try:
            return dt.datetime.strptime(str(value).strip(), fmt).date().isoformat()
        except ValueError:
            continue
    for mention in find_dates(str(value)):
        if mention.date and not mention.relative:
            return mention.date
    return None


_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[صم]\b|[aApP]\.?[mM]\.?)?")


def publication_date(text: str, max_lines: int = 8, max_chars: int = 800) -> str | None:
    """The date of a date line near the top of an article ("الأحد 03/فبراير/2019 - 01:10 م").

    A line qualifies when it is short and, apart from one full, absolute date,
    a time and punctuation, holds at most four words (a weekday, a city,
    "نشر في"…). Returns a full ISO date or None.
    """
    for n, line in enumerate(text[:max_chars].splitlines(keepends=True)):
        if n >= max_lines:
            break
        stripped = line.strip()
        if 0 < len(stripped) <= 100:
            for mention in find_dates(line):
                if mention.relative or mention.end_date or not mention.date or len(mention.date) != 10:
                    continue
                rest = _TIME.sub(" ", line[:mention.start] + " " + line[mention.end:])
                if len(re.findall(r"\w+", rest)) <= 4:
                    return mention.date
    return None
