"""`athar extract` on hostile input (issue 18): one warning line per bad record, every good document extracted."""
import json
import os
import subprocess
import sys
from pathlib import Path

GOOD = "استضافت فرنسا مؤتمر باريس لمكافحة تمويل الإرهاب، وحضرته المملكة العربية السعودية."
OTHER = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد."


def athar(*args):
    return subprocess.run([sys.executable, "-m", "athar.graph.cli", *args], capture_output=True, text=True, timeout=900,
                          cwd=Path(__file__).parents[2])


def ids(path: Path) -> list[str]:
    return [json.loads(line)["document"]["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def test_hostile_records_are_one_warning_each_and_the_good_documents_are_extracted(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    lines = ['{"id": "surrogate", "content": "%s \\ud800 %s"}' % (GOOD, OTHER),
             json.dumps({"id": "good1", "content": GOOD}, ensure_ascii=False),
             "[" * 100_000 + "]" * 100_000,
             '{"id": "digits", "content": "%s", "n": %s}' % (GOOD, "7" * 5000),
             json.dumps({"id": "good2", "content": OTHER}, ensure_ascii=False)]
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(os.fsdecode(os.path.join(os.fsencode(root), b"b\xff.txt"))).write_text(GOOD, encoding="utf-8")
    (root / "c").symlink_to(root / "c")
    (root / "d.txt").write_text(f"---\ndate: 2015-13-45\n---\n{OTHER}", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    done = athar("extract", str(root), "-o", str(out))
    assert "Traceback" not in done.stderr, done.stderr
    assert ids(out) == ["surrogate", "good1", "good2", "d"]
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    assert [w.split(": ")[1] for w in warnings] == [f"{root}/a.jsonl:1", f"{root}/a.jsonl:3", f"{root}/a.jsonl:4",
                                                    f"{root}/b\\xff.txt", f"{root}/c", f"{root}/d.txt"]
    assert f"documents: 4  failed: 4" in done.stderr          # the replaced characters and the date are notices
    assert done.returncode == 3


def test_an_invalid_date_is_a_warning_and_the_document_counts_as_extracted(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\ndate: yesterday\n---\n{OTHER}", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    done = athar("extract", str(tmp_path / "a.txt"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"warning: {tmp_path / 'a.txt'}: unrecognised date 'yesterday' left out" in done.stderr
    assert "documents: 1  failed: 0" in done.stderr
    assert ids(out) == ["a"]
