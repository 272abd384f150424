"""Fuzzing the corpus reader (issue 18): bytes, JSON shapes and file trees, bounded in time.

Whatever the hostile input beside them, no exception escapes iter_documents, every good document
is read with its text, and every text read is clean (valid UTF-8, no control characters).
"""
import gzip
import json
import os
import re
import string
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from athar.extract.io import iter_documents

_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")   # what XML 1.0 cannot carry

GOOD = {"good-first": "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة.",
        "good-last": "وقعت الرياض وعمان اتفاقية للتعاون الاقتصادي."}
FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ".jsonl.gz", ".txt.gz", ".json.gz"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
records = st.fixed_dictionaries({}, optional={"id": json_values, "content": json_values, "text": json_values,
                                              "date": json_values, "title": json_values})
hostile_lines = st.one_of(
    st.builds(json.dumps, records), st.builds(json.dumps, json_values),
    st.builds(lambda r: json.dumps(r, ensure_ascii=False), records),
    st.text(max_size=80), st.just("[" * 50_000), st.just('{"content": "x", "n": ' + "9" * 5000 + "}"),
    st.just('{"id": "s", "content": "\\ud800\\u0000 نص"}'))


def check(paths, root: Path):
    """Read; nothing raises, the good documents are there with their texts, every text is clean."""
    problems = []
    documents = list(iter_documents([str(p) for p in paths], lambda where, message: problems.append(message)))
    texts = {d.doc_id: d.text for d in documents}
    for doc_id, text in GOOD.items():
        assert texts.get(doc_id) == text, (doc_id, problems)
    for d in documents:
        assert not _UNSAFE.search(d.text) and not _UNSAFE.search(d.doc_id), d
        assert not any(_UNSAFE.search(v) for v in (d.title, d.source, d.url, d.date) if v)


def good_line(doc_id):
    return json.dumps({"id": doc_id, "content": GOOD[doc_id]}, ensure_ascii=False)


@FUZZ
@given(lines=st.lists(hostile_lines, max_size=8))
def test_json_lines_of_any_shape_lose_no_good_record(lines):
    with tempfile.TemporaryDirectory() as root:
        path = Path(root) / "corpus.jsonl"
        path.write_text("\n".join([good_line("good-first"), *lines, good_line("good-last")]) + "\n",
                        encoding="utf-8", errors="surrogatepass")
        check([path], Path(root))


def write_good(root: Path):
    (root / "0-good.jsonl").write_text(good_line("good-first") + "\n", encoding="utf-8")
    (root / "good-last.txt").write_text(GOOD["good-last"], encoding="utf-8")


@FUZZ
@given(data=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES), gzipped=st.booleans(),
       cut=st.integers(0, 64))
def test_any_bytes_in_any_format_lose_no_good_document(data, suffix, gzipped, cut):
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        write_good(root)
        if gzipped and suffix.endswith(".gz"):
            data = gzip.compress(data)
            data = data[: max(len(data) - cut, 0)]
        (root / f"hostile{suffix}").write_bytes(data)
        check([root], root)


names = st.text(alphabet=string.ascii_letters + "ءاب .-_#:%\\" + "\x01", min_size=1, max_size=12).filter(
    lambda n: n not in (".", "..") and "/" not in n and not n.startswith(("0-good", "good")))


@FUZZ
@given(tree=st.lists(st.tuples(st.lists(names, max_size=3), names, st.sampled_from(SUFFIXES + [".pdf", ""]),
                               st.sampled_from(["file", "link-self", "link-up", "bad-name", "fifo"]),
                               st.binary(max_size=64)), max_size=6))
def test_any_file_tree_loses_no_good_document(tree):
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        write_good(root)
        for folders, name, suffix, kind, data in tree:
            parent = root.joinpath(*folders)
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue                                   # a file already has that name
            target = parent / (name + suffix)
            if os.path.lexists(target):
                continue
            if kind == "file":
                target.write_bytes(data)
            elif kind == "link-self":
                target.symlink_to(target)
            elif kind == "link-up":
                target.symlink_to(root)
            elif kind == "fifo":
                os.mkfifo(target)
            else:
                Path(os.fsdecode(os.fsencode(target) + b"\xff.txt")).write_bytes(data)
        check([root], root)


def test_coverage_guided_fuzzing_loses_nothing(tmp_path):
    """tests/fuzz/reader_target.py under atheris: 100,000 inputs in CI, fewer locally (ATHAR_FUZZ_RUNS).

    A fixed seed keeps the run reproducible; run the target by hand with other seeds to search further."""
    runs = int(os.environ.get("ATHAR_FUZZ_RUNS") or (100_000 if os.environ.get("CI") else 3_000))
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, str(root / "tests" / "fuzz" / "reader_target.py"), f"-atheris_runs={runs}",
                          "-max_len=4096", "-seed=20261202", f"-artifact_prefix={tmp_path}/"],
                         cwd=tmp_path, capture_output=True, text=True, errors="replace")
    crash = run.stderr.find("=== Uncaught Python exception")   # the traceback, not libFuzzer's progress lines
    assert run.returncode == 0, run.stderr[crash:crash + 4000] if crash >= 0 else run.stderr[-4000:]
    done = re.search(r"^Done (\d+) ", run.stderr, re.M)
    assert done and int(done.group(1)) >= runs, run.stderr[-2000:]
