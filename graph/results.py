"""Reading large driver results without the cyclic garbage collector in the way."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a result is read, then restore it.

    The driver builds every node, relationship and path of a record as a small
    graph of objects that refer to each other; reading thousands of them makes
    the collector run over and over on objects that are all still in use (on
    all of SaudiNewsNet, `attendance_graph` spent up to 77 ms of a 137 ms call
    in the collector, and reading the whole graph for an export 15% of its
    time). Nothing is lost: what becomes garbage is collected once the
    collector runs again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
