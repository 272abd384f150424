"""Coverage-guided fuzzing of the corpus reader (issue 18), run by atheris (libFuzzer).

Each input becomes one hostile entry beside two good documents: raw bytes under any supported
name (optionally gzipped, optionally truncated), a JSON-lines file whose records are built from
the input (any field types, lone surrogates, control characters, deep nesting, huge numbers), or
a small file tree (odd names, non-UTF-8 names, symlink loops, FIFOs). Whatever it is, no exception
may escape `iter_documents`, both good documents must be read with their texts, and every text
read must be clean. A failure makes atheris print the traceback and save the input.

    python tests/fuzz/reader_target.py -atheris_runs=100000 [CORPUS_DIR …]
"""
import gzip
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from athar.extract.io import iter_documents

GOOD = {"good-first": "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة.",
        "good-last": "وقعت الرياض وعمان اتفاقية للتعاون الاقتصادي."}
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")   # what XML 1.0 cannot carry
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ".jsonl.gz", ".txt.gz", ".json.gz", ".pdf", ""]
FIELDS = ["id", "content", "text", "date", "title", "source", "url", "body"]
NASTY = ["\ud800", "\x00", "\x1b", "\ufeff", "\u202e", "ـ", "\r\n", "\\", '"', "{", "[", "٣", "𝟘"]


def hostile_value(fdp, depth=0):
    """A JSON value of any shape, biased towards what breaks readers."""
    kind = fdp.ConsumeIntInRange(0, 9)
    if kind == 0:
        return None
    if kind == 1:
        return fdp.ConsumeBool()
    if kind == 2:
        return fdp.ConsumeInt(8)
    if kind == 3:
        return fdp.ConsumeRegularFloat()
    if kind == 4:
        return int("9" * fdp.ConsumeIntInRange(1, 4000))
    if kind == 5:
        return fdp.ConsumeUnicode(40) + NASTY[fdp.ConsumeIntInRange(0, len(NASTY) - 1)]
    if kind == 6 and depth < 3:
        return [hostile_value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    if kind == 7 and depth < 3:
        return {FIELDS[fdp.ConsumeIntInRange(0, len(FIELDS) - 1)]: hostile_value(fdp, depth + 1)
                for _ in range(fdp.ConsumeIntInRange(0, 4))}
    return fdp.ConsumeUnicode(60)


def hostile_line(fdp) -> bytes:
    kind = fdp.ConsumeIntInRange(0, 6)
    if kind == 0:
        return ("[" * fdp.ConsumeIntInRange(1, 200_000)).encode()
    if kind == 6:                                            # more digits than Python converts
        return b'{"content": "x", "n": ' + b"9" * fdp.ConsumeIntInRange(4000, 20_000) + b"}"
    if kind == 1:
        return fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 200))
    value = hostile_value(fdp) if kind == 2 else {FIELDS[fdp.ConsumeIntInRange(0, len(FIELDS) - 1)]: hostile_value(fdp)
                                                  for _ in range(fdp.ConsumeIntInRange(0, 5))}
    return json.dumps(value, ensure_ascii=fdp.ConsumeBool()).encode("utf-8", "surrogatepass")


def write_hostile(fdp, root: Path) -> None:
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:                                            # raw bytes under any name
        suffix = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
        gzipped, cut = fdp.ConsumeBool(), fdp.ConsumeIntInRange(0, 64)
        data = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 4096))
        if gzipped and suffix.endswith(".gz"):
            data = gzip.compress(data)
            data = data[: max(len(data) - cut, 0)]
        (root / f"hostile{suffix}").write_bytes(data)
    elif mode == 1:                                          # JSON lines of any shape
        lines = [hostile_line(fdp) for _ in range(fdp.ConsumeIntInRange(1, 6))]
        (root / "hostile.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    else:                                                    # a small file tree
        for i in range(fdp.ConsumeIntInRange(1, 4)):
            folder = root / f"d{fdp.ConsumeIntInRange(0, 2)}"
            folder.mkdir(exist_ok=True)
            name = os.fsencode(folder) + b"/" + (fdp.ConsumeBytes(12).replace(b"/", b"_").replace(b"\0", b"_")
                                                 or b"x") + str(i).encode()
            name += SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)].encode()
            if os.path.lexists(name) or os.path.basename(name) in (b".", b".."):
                continue
            kind = fdp.ConsumeIntInRange(0, 3)
            if kind == 0:
                with open(name, "wb") as fh:
                    fh.write(fdp.ConsumeBytes(256))
            elif kind == 1:
                os.symlink(name, name)                       # a loop
            elif kind == 2:
                os.symlink(root, name)                       # back to the top
            else:
                os.mkfifo(name)


def check(root: Path) -> None:
    documents = list(iter_documents([str(root)], lambda where, message: None))
    texts = {d.doc_id: d.text for d in documents}
    for doc_id, text in GOOD.items():
        if texts.get(doc_id) != text:
            raise AssertionError(f"good document {doc_id} lost or changed: {texts.get(doc_id)!r}")
    for d in documents:
        for value in (d.text, d.doc_id, d.title, d.source, d.url, d.date):
            if value and UNSAFE.search(value):
                raise AssertionError(f"unclean text read: {value!r}")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    root = Path(tempfile.mkdtemp(prefix="athar-fuzz-"))
    try:
        (root / "0-good.jsonl").write_text(json.dumps({"id": "good-first", "content": GOOD["good-first"]},
                                                      ensure_ascii=False) + "\n", encoding="utf-8")
        (root / "good-last.txt").write_text(GOOD["good-last"], encoding="utf-8")
        write_hostile(fdp, root)
        check(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.setrecursionlimit(10_000)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
