"""Reading a corpus: files and folders of articles in, `extract.model.Document` out.

Formats, chosen by the file name (each may also be gzip-compressed as NAME.gz):

    .txt             one article; its id is the file stem. An optional front matter block
                         ---
                         title: ...
                         date: 2015-04-09
                         ---
                     gives metadata (keys id, title, date, source, url; others are ignored).
    .md, .markdown   one article, as .txt, with the markdown syntax removed (headings,
                     emphasis, links -> link text, images -> alt text, code fences, quotes,
                     list markers); the first "# heading" is the title unless the front
                     matter gives one. The heading stays in the text.
    .html, .htm      one article: the text of the page without script, style and head;
                     block elements end lines, entities are decoded. <title> is the title,
                     <meta property="article:published_time"> (or name="date" ...) the date.
    .jsonl, .ndjson  one article per line, streamed: {"id", "title", "content" or "text",
                     "date" or "date_extracted", "source", "url"}. Without an id a record
                     is "<file stem>#<line>".
    .json            the same records, as JSON lines (when the first line is an object by
                     itself) or as one object or a list of objects, read whole (up to
                     MAX_JSON_CHARS; larger collections belong in JSON lines).

Offsets downstream index `Document.text`: the decoded text with line endings turned into
"\\n", without the front matter, and for .md/.html the plain text rendered from the markup.
Dates are normalised to ISO 8601 ("2015-04-09 11:53:11" -> "2015-04-09"; see `iso_date`).

Encodings: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1256 when the
bytes are not UTF-8 but read as mostly Arabic letters in that code page. Text without
Arabic is read like any other (the pipeline then finds nothing in it).

Every input problem goes to on_problem(where, message) exactly once and the rest of the
corpus is read: `where` is the path, or "path:line" for one line of JSON lines, or
"path#n" for the n-th object of a JSON list. A file that cannot be read, decoded or
parsed, is binary or empty, has an unsupported name, or is larger than one article can
be (MAX_INPUT_CHARS, MAX_TEXT_CHARS) is skipped; so is a record without text and any
document whose id was already read (the first wins); an empty file or a record whose text is
blank is an empty document, reported to on_empty when given. A date that cannot be understood is
reported and dropped, and the document is kept: such notices of a kept document go to
on_notice when given. A record that json refuses beyond syntax (nesting deeper than the
recursion limit, an integer of thousands of digits), a file name that is not UTF-8 and
a folder entry that cannot be examined (a link to itself) are problems like the others.

Text hygiene: C0 control characters other than tab and line endings become spaces, lone
surrogates and U+FFFE/U+FFFF become U+FFFD, in the text and the metadata, one character
for one (`clean_text`), so that every output (JSON, XML, CSV) can carry them; a document
where this happened is kept with a notice.

Folders are read recursively in sorted name order, skipping hidden files and folders;
paths given explicitly are read in the order given.
"""
from __future__ import annotations

import codecs
import contextlib
import datetime
import email.utils
import gzip
import io
import json
import logging
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from html.parser import HTMLParser
from typing import TextIO

from .model import Document

Problem = Callable[[str, str], None]     # (where, message)

MAX_TEXT_CHARS = 1_000_000
"""The longest article text accepted: spaCy's default nlp.max_length, ~30 times the longest
article of SaudiNewsNet. A longer "article" is a dump of many; it is reported, not split."""

MAX_INPUT_CHARS = 4 * MAX_TEXT_CHARS
"""The most characters read for one article file or one JSON line (markup and escapes
included): a larger one is reported after reading that much, so memory stays bounded."""

MAX_JSON_CHARS = 64 * MAX_TEXT_CHARS
"""The largest .json document (object or list) parsed whole; JSON lines have no limit."""

CANNOT_DECODE = "cannot decode: not UTF-8, UTF-16 or Windows-1256"

_SNIFF_BYTES = 64 * 1024
_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive, e.g. .docx or .xlsx",
    b"\x1f\x8b": "gzip data without a .gz name",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "old Microsoft Office document",
    b"\x7fELF": "executable",
}
_CONTROL = frozenset(map(chr, range(32))) - frozenset("\t\n\r\f\v") | {"\x7f"}      # NUL included
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

logger = logging.getLogger(__name__)


class _Problem(Exception):
    """A reason to skip a whole file."""


class _Empty(_Problem):
    """A file that holds no text: skipped as an empty document, not a failure."""


class _Report:
    """Calling it reports a problem (something skipped); .notice reports one of a document kept, .empty a
    document without text (an empty article: skipped, no failure)."""

    def __init__(self, on_problem: Problem, on_notice: Problem | None, on_empty: Problem | None = None) -> None:
        self.problem, self.notice, self.empty = on_problem, on_notice or on_problem, on_empty or on_problem

    def __call__(self, where: str, message: str) -> None:
        self.problem(where, message)


def iter_documents(paths: Iterable[str | os.PathLike], on_problem: Problem | None = None,
                   on_notice: Problem | None = None, on_empty: Problem | None = None) -> Iterator[Document]:
    """The documents of `paths` (files or folders), in order; problems go to on_problem (default: logged).

    Notices are problems of a document that is kept (a date left out, characters replaced):
    they go to on_notice, by default to on_problem. Documents without text (an empty file, a record
    whose text is blank) go to on_empty, by default to on_problem: a corpus holds empty articles.
    """
    report = _Report(on_problem or _log_problem, on_notice, on_empty)
    first_seen: dict[str, str] = {}
    for path in _files(paths, report):
        for where, document in _file_documents(path, report):
            if document.doc_id in first_seen:
                report(where, duplicate_id(document.doc_id, first_seen[document.doc_id]))
                continue
            first_seen[document.doc_id] = where
            yield document


def duplicate_id(doc_id: str, first: str) -> str:
    """The problem of a document whose id an earlier one (read at first) has."""
    return f"duplicate document id {doc_id!r} (first seen in {first})"


def corpus_files(paths: Iterable[str | os.PathLike], on_problem: Problem | None = None) -> Iterator[str]:
    """The files iter_documents reads, in its order (folders walked); problems go to on_problem."""
    yield from _files(paths, on_problem or _log_problem)


def file_documents(path: str, on_problem: Problem | None = None, on_notice: Problem | None = None,
                   on_empty: Problem | None = None) -> Iterator[tuple[str, Document]]:
    """(where, document) for each document of one file, as iter_documents reads it (no duplicate check)."""
    yield from _file_documents(path, _Report(on_problem or _log_problem, on_notice, on_empty))


def _file_documents(path: str, report: _Report) -> Iterator[tuple[str, Document]]:
    reader = _READERS.get(_format(path))
    if reader is None:
        report(path, f"unsupported file name: athar reads {', '.join(sorted(_READERS))} (optionally .gz)")
        return
    try:
        yield from reader(path, report)
    except _Empty as empty:
        report.empty(path, str(empty))
    except _Problem as problem:
        report(path, str(problem))
    except UnicodeDecodeError as exc:
        report(path, f"{CANNOT_DECODE} (invalid {exc.encoding}: {exc.reason})")
    except (OSError, EOFError, zlib.error) as exc:
        report(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def line_ranges(path: str, target_bytes: int) -> list[tuple[int, int, int]] | None:
    """(start, end, first line number) byte ranges of about target_bytes, each starting at a line, that
    together cover a JSON-lines file; None when the file is not read that way (compressed, not UTF-8,
    with a carriage return, or not larger than one range): it is then read whole."""
    if _format(path) not in (".jsonl", ".ndjson") or path.lower().endswith(".gz"):
        return None
    try:
        with open(path, "rb") as raw:
            head, complete = _head(raw)
            if _encoding(head, complete) not in ("utf-8", "utf-8-sig"):
                return None
            raw.seek(0)
            ranges, start, line, position, lines_before = [], 0, 1, 0, 0
            while chunk := raw.read(1 << 20):
                if b"\r" in chunk:
                    return None          # universal newlines would number its lines otherwise
                cut = 0
                while position + len(chunk) - start >= target_bytes:
                    at = chunk.find(b"\n", max(cut, start + target_bytes - position - 1))
                    if at < 0:
                        break
                    end = position + at + 1
                    lines = lines_before + chunk.count(b"\n", 0, at + 1)
                    ranges.append((start, end, line))
                    start, line = end, 1 + lines
                    cut = at + 1
                lines_before += chunk.count(b"\n")
                position += len(chunk)
            if position > start:
                ranges.append((start, position, line))
    except (OSError, _Problem):
        return None
    return ranges if len(ranges) > 1 else None


def range_documents(path: str, start: int, end: int, first_line: int, on_problem: Problem | None = None,
                    on_notice: Problem | None = None, on_empty: Problem | None = None) -> Iterator[tuple[str, Document]]:
    """(where, document) for the lines of bytes start..end of a JSON-lines file (a range of
    line_ranges), numbered from first_line as iter_documents numbers them."""
    report = _Report(on_problem or _log_problem, on_notice, on_empty)
    try:
        with open(path, "rb") as raw:
            raw.seek(start)
            text = raw.read(end - start).decode("utf-8-sig" if start == 0 else "utf-8")
        yield from _json_lines(path, report, io.StringIO(text), first_line=first_line)
    except _Empty:
        return                          # blank lines only: a file is empty only when all its ranges are
    except UnicodeDecodeError as exc:
        report(path, f"{CANNOT_DECODE} (invalid {exc.encoding}: {exc.reason})")
    except OSError as exc:
        report(path, f"cannot read: {exc.strerror or exc}")


def count_documents(paths: Iterable[str | os.PathLike]) -> int:
    """How many documents iter_documents(paths) reads at most, counted without parsing them (a
    progress total): one per file, per non-blank line of JSON lines, per object of a JSON list."""
    total = 0
    for path in _files(paths, lambda where, message: None):
        try:
            total += _count_records(path) if _format(path) in (".jsonl", ".json") else 1
        except (OSError, EOFError, zlib.error, ValueError, RecursionError, _Problem):
            total += 1                  # iter_documents reports it
    return total


def _count_records(path: str) -> int:
    with _text_stream(path) as stream:
        if _format(path) == ".jsonl" or _first_line_is_an_object(stream):
            return sum(1 for line in stream if line.strip())
        data = json.loads(stream.read(MAX_JSON_CHARS + 1))
        return len(data) if isinstance(data, list) else 1


def iso_date(value: str) -> str | None:
    """ISO 8601 (possibly partial) for a metadata date, or None when it is not one.

    Accepts YYYY[-MM[-DD]] with "-", "/" or "." and an optional time after it,
    DD/MM/YYYY (day first, as Arabic newspapers write), RFC 2822 ("Thu, 09 Apr
    2015 11:53:11 +0300") and Arabic-Indic digits.
    """
    value = value.strip().translate(_DIGITS)
    if m := re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?", value):
        year, month, day = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?", value):
        day, month, year = m.groups()
    elif parsed := email.utils.parsedate(value):
        year, month, day = map(str, parsed[:3])
    else:
        return None
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(f"{int(part):02d}" for part in (year, month, day) if part)



def _log_problem(where: str, message: str) -> None:
    logger.warning("%s: %s", where, message)


# --- files and folders ------------------------------------------------------
def _files(paths: Iterable[str | os.PathLike], report: Problem) -> Iterator[str]:
    """Regular files: each path given, or the files under it when it is a folder."""
    visited: set[str] = set()
    for path in map(os.fspath, paths):
        if _undecodable(path):
            report(printable(path), "file name is not valid UTF-8: skipped (rename it)")
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            report(path, f"cannot read: {exc.strerror}")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, report, visited)
        elif stat.S_ISREG(mode):
            yield path
        else:
            report(path, "not a regular file")


def _walk(folder: str, report: Problem, visited: set[str]) -> Iterator[str]:
    """Files under folder in sorted name order, hidden ones left out; each real folder is read once."""
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        report(folder, f"cannot read folder: {exc.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _undecodable(entry.path):
            report(printable(entry.path), "file name is not valid UTF-8: skipped (rename it)")
            continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as exc:                         # e.g. ELOOP: a link to itself
            report(entry.path, f"cannot read: {exc.strerror}")
            continue
        if is_dir:
            yield from _walk(entry.path, report, visited)
        elif is_file:
            yield entry.path
        else:
            report(entry.path, "not a regular file")


def _undecodable(path: str) -> bool:
    """Whether a path holds bytes that are not UTF-8 (kept by Python as lone surrogates)."""
    return any("\udc80" <= c <= "\udcff" for c in path)


def printable(path: str) -> str:
    """A path for messages: bytes that are not UTF-8 written as \\xNN."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _format(path: str) -> str:
    """The format suffix of a file name, looking through .gz: "a.jsonl.gz" -> ".jsonl"."""
    name = os.path.basename(path).lower()
    return os.path.splitext(name.removesuffix(".gz") if name.endswith(".gz") else name)[1]


def _stem(path: str) -> str:
    """The file name without its format suffix (and .gz)."""
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


# --- bytes to text ----------------------------------------------------------
@contextlib.contextmanager
def _text_stream(path: str) -> Iterator[TextIO]:
    """The file (decompressed when .gz) as text in its detected encoding, line endings as "\\n"."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as raw:
        head, complete = _head(raw)
        encoding = _encoding(head, complete)
        raw.seek(0)
        with io.TextIOWrapper(raw, encoding=encoding, newline=None) as text:
            yield text


def _head(raw) -> tuple[bytes, bool]:
    """(up to _SNIFF_BYTES from the start of raw, whether that is the whole file), read in pieces:
    a truncated .gz gives what it has (its records are then read up to where it ends, which the
    stream reports); its last character may be cut, so it is not whole."""
    head = b""
    try:
        while len(head) < _SNIFF_BYTES and (piece := raw.read1(_SNIFF_BYTES - len(head))):
            head += piece
    except (EOFError, zlib.error):
        return head, False
    return head, len(head) < _SNIFF_BYTES


def _encoding(head: bytes, complete: bool) -> str:
    """The codec for a file starting with head (all of it when complete); raises _Problem."""
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            raise _Problem(f"binary file, not text ({kind})")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _check_not_binary(head[: len(head) // 2 * 2].decode("utf-16", errors="replace"))
        return "utf-16"
    _check_not_binary(head.decode("latin-1"))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    letters = [c for c in head.decode("cp1256") if c.isalpha()]
    if 2 * sum("\u0600" <= c <= "\u06ff" for c in letters) > len(letters):
        return "cp1256"
    raise _Problem(CANNOT_DECODE)


def _check_not_binary(sample: str) -> None:
    """Raise _Problem when more than 1 character in 20 of sample is a control character (NUL included):
    a stray NUL in a text is replaced at reading, not a reason to lose the file."""
    if 20 * sum(c in _CONTROL for c in sample) > len(sample):
        raise _Problem("binary file, not text")


def _read_article(path: str) -> str:
    """The whole text of a one-article file; raises _Problem when it is empty or too large."""
    with _text_stream(path) as stream:
        text = stream.read(MAX_INPUT_CHARS + 1)
    if len(text) > MAX_INPUT_CHARS:
        raise _Problem(f"too large for one article (more than {MAX_INPUT_CHARS:,} characters): "
                       "put one article in each file, or use JSON lines")
    if not text.strip():
        raise _Empty("empty file")
    return text


# --- documents and their metadata ------------------------------------------
def _field(record: Mapping, *names: str) -> str | None:
    """The first of the fields that holds a non-blank string or a number, as a stripped string."""
    for name in names:
        value = record.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _document(where: str, report: _Report, meta: Mapping, text: str, default_id: str, path: str) -> Document | None:
    """A Document from text and its metadata, or None (reported) when the text is too long."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT_CHARS:
        report(where, f"text too long for one article ({len(text):,} characters, at most {MAX_TEXT_CHARS:,})")
        return None
    fields = {name: _field(meta, *names) for name, names in
              (("id", ("id",)), ("title", ("title",)), ("date", ("date", "date_extracted")), ("source", ("source",)),
               ("url", ("url",)))}
    replaced = len(_UNSAFE.findall(text)) + sum(len(_UNSAFE.findall(v)) for v in (*fields.values(), default_id) if v)
    if replaced:
        text = clean_text(text)
        fields = {name: value and clean_text(value).strip() or None for name, value in fields.items()}
        default_id = clean_text(default_id)         # a file name with control characters
        if not text.strip():
            report.empty(where, "no text: only control characters")
            return None
        report.notice(where, f"{replaced} control character(s) or lone surrogate(s) replaced "
                             "(by a space, or U+FFFD)")
    written = fields["date"]
    date = written and iso_date(written)
    if written and not date:
        report.notice(where, f"unrecognised date {written!r} left out (expected ISO 8601, e.g. 2015-04-09); "
                             "the document is read without it")
    return Document(doc_id=fields["id"] or default_id, text=text, title=fields["title"], date=date,
                    source=fields["source"], url=fields["url"], path=path)


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL_TO_SPACE = {c: " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]}


def clean_text(text: str) -> str:
    """text with what XML 1.0 and UTF-8 cannot carry replaced, one character for one (offsets keep):
    C0 control characters other than tab, newline and carriage return by a space, lone surrogates
    and the non-characters U+FFFE/U+FFFF by U+FFFD."""
    return _UNSAFE.sub(lambda m: _CONTROL_TO_SPACE.get(ord(m.group()), "\ufffd"), text)


def _record(where: str, report: Problem, record, default_id: str, path: str) -> Document | None:
    """A Document from one JSON record, or None (reported) when it is not an object with text."""
    if not isinstance(record, dict):
        report(where, f"not a JSON object but {type(record).__name__}")
        return None
    text = next((record[k] for k in ("content", "text") if isinstance(record.get(k), str) and record[k].strip()),
                None)
    if text is None:
        blank = any(isinstance(record.get(k), str) for k in ("content", "text"))
        (report.empty if blank else report)(where, "empty document: its text is blank" if blank
                                            else "no text: neither 'content' nor 'text' is a non-empty string")
        return None
    return _document(where, report, record, text, default_id, path)


_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)")


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, text after it) for text that opens with a `---` block of `key: value` lines.

    Indented and "- " lines (YAML lists and nested values) belong to the key above and
    are ignored; any other line means the block is no front matter and text is unchanged.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in (m.group(1) or "").splitlines():
        if not line.strip() or line.startswith(("#", " ", "\t", "- ")):
            continue
        pair = _META_LINE.fullmatch(line)
        if not pair:
            return {}, text
        meta[pair.group(1).lower()] = _unquote(pair.group(2).strip())
    return meta, text[m.end():]


def _unquote(value: str) -> str:
    """A YAML scalar without its quotes ('it''s' -> it's; "\\u0627" -> ا)."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except (ValueError, RecursionError):
            return value[1:-1]
    return value


# --- readers: path -> (where, Document) -------------------------------------
def _read_txt(path: str, report: Problem) -> Iterator[tuple[str, Document]]:
    meta, text = _split_front_matter(_read_article(path))
    if not text.strip():
        raise _Empty("no text after the front matter")
    if document := _document(path, report, meta, text, _stem(path), path):
        yield path, document


def _read_markdown(path: str, report: Problem) -> Iterator[tuple[str, Document]]:
    meta, markdown = _split_front_matter(_read_article(path))
    title, text = _markdown_text(markdown)
    if not text.strip():
        raise _Empty("no text after the front matter" if meta else "no text, only markup")
    if document := _document(path, report, {**meta, "title": meta.get("title") or title}, text, _stem(path), path):
        yield path, document


def _read_html(path: str, report: Problem) -> Iterator[tuple[str, Document]]:
    page = _HTMLText()
    try:
        page.feed(_read_article(path))
        page.close()
    except AssertionError as exc:       # html.parser before Python 3.13 asserts on some broken markup ("<![")
        raise _Problem(f"cannot parse the HTML: {exc}") from None
    text = page.text()
    if not text:
        raise _Empty("no text, only markup")
    if document := _document(path, report, {"title": page.title(), "date": page.date}, text, _stem(path), path):
        yield path, document


def _read_jsonl(path: str, report: Problem) -> Iterator[tuple[str, Document]]:
    with _text_stream(path) as stream:
        yield from _json_lines(path, report, stream)


def _read_json(path: str, report: Problem) -> Iterator[tuple[str, Document]]:
    with _text_stream(path) as stream:
        if _first_line_is_an_object(stream):
            yield from _json_lines(path, report, stream)
            return
        raw = stream.read(MAX_JSON_CHARS + 1)
    if len(raw) > MAX_JSON_CHARS:
        raise _Problem(f"JSON document larger than {MAX_JSON_CHARS:,} characters: write it as JSON lines")
    if not raw.strip():
        raise _Empty("empty file")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _Problem(f"invalid JSON: {exc.msg.removesuffix(' at')} (line {exc.lineno} column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise _Problem(f"invalid JSON: {_json_limit(exc)}") from None
    stem = _stem(path)
    for n, record in enumerate(data if isinstance(data, list) else [data], 1):
        where = f"{path}#{n}"
        if document := _record(where, report, record, f"{stem}#{n}", path):
            yield where, document


def _first_line_is_an_object(stream: TextIO) -> bool:
    """Whether the first non-blank line is a JSON object by itself (then the file is JSON lines); rewinds."""
    line = next((line for line in iter(lambda: stream.readline(MAX_INPUT_CHARS), "") if line.strip()), "")
    try:
        found = isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        found = False
    stream.seek(0)
    return found


def _json_lines(path: str, report: Problem, stream: TextIO, first_line: int = 1) -> Iterator[tuple[str, Document]]:
    """One record per line (numbered from first_line); a bad line is reported and the next one read."""
    stem, empty = _stem(path), True
    for n, line in _numbered_lines(stream, first_line):
        where = f"{path}:{n}"
        if line is None:
            empty = False
            report(where, f"line longer than {MAX_INPUT_CHARS:,} characters: skipped")
            continue
        if not line.strip():
            continue
        empty = False
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report(where, f"invalid JSON: {exc.msg.removesuffix(' at')} (column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:     # a number too long, nesting too deep
            report(where, f"invalid JSON: {_json_limit(exc)}")
            continue
        if document := _record(where, report, record, f"{stem}#{n}", path):
            yield where, document
    if empty:
        raise _Empty("empty file")


def _json_limit(exc: Exception) -> str:
    """What json.loads refused beyond syntax: nesting deeper than Python's recursion limit, a huge integer."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(";")[0]


def _numbered_lines(stream: TextIO, first: int = 1) -> Iterator[tuple[int, str | None]]:
    """(line number, line) from first; the line is None when longer than MAX_INPUT_CHARS (not kept in memory)."""
    n = first - 1
    try:
        while line := stream.readline(MAX_INPUT_CHARS + 1):
            n += 1
            if len(line) <= MAX_INPUT_CHARS or line.endswith("\n"):
                yield n, line
                continue
            while (rest := stream.readline(MAX_INPUT_CHARS)) and not rest.endswith("\n"):
                pass
            yield n, None
    except UnicodeDecodeError as exc:
        raise _Problem(f"{CANNOT_DECODE} (invalid {exc.encoding} after line {n}; the rest is skipped)") from None


# --- markup to text ---------------------------------------------------------
_HEADING = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)")
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:\s*\S+.*")
_BLOCK_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),                  # image -> alt text
    (re.compile(r"\[([^\]]+)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"), r"\1"),   # link -> link text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),           # autolink
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),                          # inline HTML tag
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
)
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def _markdown_text(markdown: str) -> tuple[str | None, str]:
    """(title, plain text) of markdown: the first level-1 heading is the title, code stays as text."""
    title, lines, fence = None, [], None
    for line in markdown.split("\n"):
        if fence:
            if line.strip().startswith(fence):
                fence = None
            else:
                lines.append(line)
            continue
        if m := _FENCE.match(line):
            fence = m.group(1)
            continue
        if _RULE.fullmatch(line) or _LINK_DEFINITION.fullmatch(line):
            if line.strip().startswith("=") and title is None and lines and lines[-1].strip():
                title = lines[-1].strip()                                   # setext "Title\n====="
            lines.append("")
            continue
        heading = _HEADING.fullmatch(line)
        text = _inline(heading.group(2) if heading else _BLOCK_PREFIX.sub("", line, count=1))
        if heading and heading.group(1) == "#" and title is None:
            title = text.strip()
        lines.append(text)
    return title or None, "\n".join(lines)


def _inline(line: str) -> str:
    """Markdown inline syntax removed; backslash-escaped characters stay as written."""
    line = _ESCAPED.sub(lambda m: chr(0xE000 + ord(m.group(1))), line)
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - 0xE000), line)


class _HTMLText(HTMLParser):
    """The visible text of a page, one line per block element, with its <title> and publication date."""

    HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "svg"})
    IN_HEAD = frozenset({"head", "title", "meta", "link", "base", "script", "style", "noscript", "template"})
    BLOCKS = frozenset({
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tr", "ul",
    })
    CELLS = frozenset({"td", "th"})
    DATE_META = frozenset({"article:published_time", "date", "dc.date", "dcterms.date", "datepublished",
                           "pubdate", "publishdate"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: dict[str, int] = dict.fromkeys(self.HIDDEN, 0)
        self.pre = 0
        self.title_parts: list[str] | None = None
        self.titles: list[str] = []
        self.date: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.IN_HEAD:
            self.hidden["head"] = 0                                      # an unclosed <head> ends here
        if tag in self.HIDDEN:
            self.hidden[tag] += 1
        elif tag == "title" and not self.titles and not self.hidden["svg"]:
            self.title_parts = []
        self.handle_startendtag(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and self.date is None:
            values = dict(attrs)
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key.lower() in self.DATE_META:
                self.date = values.get("content")
        self._boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden[tag] = max(0, self.hidden[tag] - 1)
        elif tag == "title" and self.title_parts is not None:
            self.titles.append(" ".join("".join(self.title_parts).split()))
            self.title_parts = None
        self._boundary(tag, end=True)

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        elif not any(self.hidden.values()):
            self.parts.append(data if self.pre else data.replace("\n", " "))

    def _boundary(self, tag: str, end: bool = False) -> None:
        if tag == "pre":
            self.pre = max(0, self.pre + (-1 if end else 1))
        if tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in self.CELLS and not end:
            self.parts.append(" ")

    def title(self) -> str | None:
        return self.titles[0] if self.titles and self.titles[0] else None

    def text(self) -> str:
        """The collected text: white space collapsed within lines, blank lines dropped."""
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


_READERS: dict[str, Callable[[str, Problem], Iterator[tuple[str, Document]]]] = {
    ".txt": _read_txt,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".json": _read_json,
}
