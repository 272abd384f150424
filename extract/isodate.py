"""Comparing ISO 8601 dates that may be partial: "2018", "2018-04", "2018-04-25", "--05-11"."""
from __future__ import annotations

import re

_ISO = re.compile(r"^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?")


def parts(date: str | None) -> tuple[str, str, str]:
    """(year, month, day), each '' when unknown."""
    m = _ISO.match(date or "")
    if not m:
        return "", "", ""
    return m.group(1) or "", m.group(2) or "", m.group(3) or ""


def compatible(a: str | None, b: str | None) -> bool:
    """True unless the two dates disagree on a field both of them know."""
    return all(x == y or not x or not y for x, y in zip(parts(a), parts(b)))


def more_specific(a: str | None, b: str | None) -> str | None:
    """The compatible date that knows more fields (a on ties)."""
    if not b:
        return a
    if not a:
        return b
    return b if sum(map(bool, parts(b))) > sum(map(bool, parts(a))) else a


def year_month(date: str | None) -> str:
    """"2018-04" / "2018" / "--05" / "" for use in keys."""
    y, m, _ = parts(date)
    if y:
        return f"{y}-{m}" if m else y
    return f"--{m}" if m else ""


def years_before(date: str | None, published: str | None) -> int:
    """How many years the year of date comes before the year published ("1990-08" is 25 before "2015-07-24");
    0 when either has no year or date is not before it."""
    y, p = parts(date)[0], parts(published)[0]
    return max(int(p) - int(y), 0) if y and p else 0


def side_of(date: str | None, end_date: str | None, published: str | None) -> int:
    """1 when an event dated date comes after the day published, at the date's own precision ("2016" after
    "2015-08-04"), -1 when it and its end (if any) come before it, 0 when either is unknown, has no year
    ("--05-11") or they overlap ("2015-08" in August 2015)."""
    if not date or not published or not parts(date)[0] or not parts(published)[0]:
        return 0
    cut = published[:len(date)]
    if date > cut:
        return 1
    return -1 if date < cut and (end_date or date)[:len(date)] < cut else 0

