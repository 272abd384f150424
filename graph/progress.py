"""How far a long command is: count, percentage, rate and time left, on stderr.

In a terminal a bar redrawn in place (at most every REDRAW seconds); otherwise (a log file,
a pipe, CI) one line every `every` seconds and one at the end, so a log shows the run advance
without filling up.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")
BAR_WIDTH = 24
REDRAW = 0.2


class Progress:
    """Items done out of `total` (None: unknown); advance() as they are done, close() at the end."""

    def __init__(self, label: str, total: int | None, *, unit: str = "docs", file: TextIO | None = None,
                 every: float = 5.0, tty: bool | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.label, self.total, self.unit, self.every, self.clock = label, total, unit, every, clock
        self.file = file or sys.stderr
        self.tty = self.file.isatty() if tty is None else tty
        self.done = 0
        self.started = self.last = clock()
        self.first: tuple[float, int] | None = None     # when the first items were done, and how many
        self.closed = False

    def advance(self, n: int = 1) -> None:
        """n more items done. The rate is measured from the first ones, not from the start (a model to load)."""
        self.done += n
        now = self.clock()
        if self.first is None:
            self.first, self.last = (now, self.done), now
        elif now - self.last >= (REDRAW if self.tty else self.every):
            self.last = now
            self._show(now)

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        """items, advancing once for each, closed at the end."""
        try:
            for item in items:
                self.advance()
                yield item
        finally:
            self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._show(self.clock(), final=True)

    def line(self, now: float, final: bool = False) -> str:
        """"extracting  1,234/2,000  62%  18.3 docs/s  ETA 0:00:42" (at the end: the time taken)."""
        elapsed = now - self.started
        since, before = self.first or (self.started, 0)
        if self.done == before or now - since < REDRAW:    # all came in one batch: the whole run's rate
            since, before = self.started, 0
        rate = (self.done - before) / (now - since) if now > since else 0.0
        parts = [self.label]
        if self.total:
            share = min(self.done / self.total, 1.0)
            if self.tty:
                filled = round(share * BAR_WIDTH)
                parts.append("[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "]")
            parts += [f"{self.done:,}/{self.total:,}", f"{share:.0%}"]
        else:
            parts.append(f"{self.done:,}")
        parts.append(f"{rate:.1f} {self.unit}/s")
        if final:
            parts.append(f"in {_clock(elapsed)}")
        elif self.total and rate > 0:
            parts.append(f"ETA {_clock(max(self.total - self.done, 0) / rate)}")
        return "  ".join(parts)

    def _show(self, now: float, final: bool = False) -> None:
        text = self.line(now, final)
        if self.tty:
            self.file.write("\r\x1b[K" + text + ("\n" if final else ""))
        else:
            self.file.write(text + "\n")
        self.file.flush()


def notice(text: str, file: TextIO | None = None) -> None:
    """One message line on stderr while a progress display may run: in a terminal it takes the bar's
    line (the bar comes back below it at its next redraw), elsewhere it is a line of its own, with no
    blank line before it."""
    file = file or sys.stderr
    file.write(("\r\x1b[K" if file.isatty() else "") + text + "\n")
    file.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
