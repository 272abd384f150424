"""graph.progress: what a long command prints about how far it is."""
import io

from athar.graph.progress import Progress, notice


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_without_a_terminal_one_line_every_few_seconds_with_count_percentage_rate_and_eta():
    out, clock = io.StringIO(), Clock()
    progress = Progress("extracting", 400, file=out, every=5, tty=False, clock=clock)
    clock.now = 12.0                     # loading the model
    progress.advance()
    for _ in range(399):
        clock.now += 0.125               # 8 documents a second
        progress.advance()
    progress.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 10                  # every 5 s of the 49.9 s after the first, and the last
    assert lines[0] == "extracting  41/400  10%  8.0 docs/s  ETA 0:00:45"
    assert lines[-1] == "extracting  400/400  100%  8.0 docs/s  in 0:01:02"


def test_in_a_terminal_a_bar_redrawn_in_place():
    out, clock = io.StringIO(), Clock()
    progress = Progress("loading f.jsonl", 10, file=out, tty=True, clock=clock)
    clock.now = 1.0
    progress.advance(1)
    clock.now = 2.0
    progress.advance(4)
    progress.close()
    frames = out.getvalue().split("\r\x1b[K")
    assert frames[1] == "loading f.jsonl  [############------------]  5/10  50%  4.0 docs/s  ETA 0:00:01"
    assert frames[2].endswith("in 0:00:02\n") and "\n" not in frames[1]


def test_an_unknown_total_shows_the_count_and_rate():
    out, clock = io.StringIO(), Clock()
    progress = Progress("resolving", None, file=out, tty=False, clock=clock)
    items = progress.wrap(range(6))
    next(items)
    clock.now = 2.0
    list(items)
    assert out.getvalue() == "resolving  6  2.5 docs/s  in 0:00:02\n"


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_message_takes_the_bars_line_in_a_terminal_and_is_a_plain_line_elsewhere():
    out = Terminal()
    progress = Progress("extracting", 10, file=out, tty=True, clock=Clock())
    progress.advance(5)
    progress.close()
    notice("skipped: a.txt: empty file", out)
    assert out.getvalue().endswith("in 0:00:00\n\r\x1b[Kskipped: a.txt: empty file\n")
    plain = io.StringIO()
    notice("skipped: a.txt: empty file", plain)
    assert plain.getvalue() == "skipped: a.txt: empty file\n"        # no blank line before it in a log


def test_items_that_all_come_at_once_get_the_rate_of_the_whole_run():
    out, clock = io.StringIO(), Clock()
    progress = Progress("loading f.jsonl", 5, file=out, tty=False, clock=clock)
    clock.now = 35.0
    progress.advance(5)
    progress.close()
    assert out.getvalue() == "loading f.jsonl  5/5  100%  0.1 docs/s  in 0:00:35\n"      # not 0.0 docs/s


def test_a_batch_of_records_done_together_is_not_read_as_a_burst_of_speed():
    out, clock = io.StringIO(), Clock()
    progress = Progress("extracting", 40, file=out, tty=False, clock=clock)
    clock.now = 15.0                     # one batch of 40 documents, reported one by one as it ends
    for _ in range(40):
        clock.now += 0.0001
        progress.advance()
    progress.close()
    assert out.getvalue() == "extracting  40/40  100%  2.7 docs/s  in 0:00:15\n"        # not 9,999 docs/s
