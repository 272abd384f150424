"""Extraction on a Dask LocalCluster: partitions of the corpus, and the same records as one process."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from athar.extract.cluster import partitions
from athar.extract.io import file_documents, iter_documents, line_ranges, range_documents
from athar.extract.pipeline import extract_corpus

pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
RUN = Path(__file__).resolve().parents[1] / "fixtures" / "cluster_run.py"
SENTENCES = [
    "عقد وزراء خارجية دول مجلس التعاون اجتماعا في الرياض أمس بحضور وزير الخارجية الأمريكي جون كيري.",
    "وقدمت قطر مساعدات بقيمة 50 مليون دولار إلى حركة «أنصار الدين» في مالي.",
    "وشارك الرئيس الفرنسي إيمانويل ماكرون في قمة المناخ التي استضافتها باريس.",
    "وفرضت الولايات المتحدة عقوبات على شركة إيرانية لتمويلها حزب الله.",
]


def write_lines(path: Path, n: int, extra: list[str] = ()) -> None:
    lines = [json.dumps({"id": f"a{k}", "date": "2015-08-04", "title": "", "content": SENTENCES[k % len(SENTENCES)]},
                        ensure_ascii=False) for k in range(n)]
    path.write_text("\n".join(lines + list(extra)) + "\n", encoding="utf-8")


def test_a_large_json_lines_file_is_cut_at_line_starts_and_numbered_as_read_whole(tmp_path):
    path = tmp_path / "news.jsonl"
    write_lines(path, 40, ["not json", "", json.dumps({"id": "blank", "content": " "})])
    ranges = line_ranges(str(path), 1000)
    assert len(ranges) > 3 and ranges[0][0] == 0 and ranges[-1][1] == path.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    problems = []
    whole = list(file_documents(str(path), lambda w, m: problems.append((w, m))))
    parts, part_problems = [], []
    for start, end, line in ranges:
        parts += range_documents(str(path), start, end, line, lambda w, m: part_problems.append((w, m)))
    assert parts == whole and len(whole) == 40 and part_problems == problems and len(problems) == 2


def test_compressed_small_and_carriage_return_files_are_read_whole(tmp_path):
    import gzip
    write_lines(tmp_path / "news.jsonl", 30)
    data = (tmp_path / "news.jsonl").read_bytes()
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "crlf.jsonl").write_bytes(data.replace(b"\n", b"\r\n"))
    assert line_ranges(str(tmp_path / "news.jsonl"), 500)
    assert line_ranges(str(tmp_path / "news.jsonl"), len(data)) is None
    assert line_ranges(str(tmp_path / "news.jsonl.gz"), 500) is None
    assert line_ranges(str(tmp_path / "crlf.jsonl"), 500) is None


def test_a_byte_order_mark_stays_out_of_the_first_range(tmp_path):
    path = tmp_path / "bom.jsonl"
    write_lines(path, 30)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    parts = [d for start, end, line in line_ranges(str(path), 500) for d in range_documents(str(path), start, end, line)]
    assert parts == list(file_documents(str(path))) and parts[0][1].doc_id == "a0"


def test_partitions_keep_the_reading_order_and_group_small_files(tmp_path):
    for name in ("b.txt", "c.txt"):
        shutil.copy(next(EXAMPLES.glob("*.txt")), tmp_path / name)
    write_lines(tmp_path / "a.jsonl", 60)
    got = partitions([tmp_path], size=2000)
    flat = [p for part in got for p in part]
    assert [Path(p.path).name for p in flat if p.end is None] == ["b.txt", "c.txt"]
    assert all(Path(p.path).name == "a.jsonl" for p in flat if p.end is not None)
    assert [p.first_line for p in flat if p.end is not None][0] == 1 and len(got) >= 3


def on_cluster(folder: Path, *args: str) -> dict:
    """{"records", "problems"} of extract_on_cluster on a LocalCluster of two workers, in a child
    process (tests/fixtures/cluster_run.py)."""
    done = subprocess.run([sys.executable, str(RUN), str(folder), "1500", *args], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def corpus(folder: Path) -> Path:
    folder.mkdir()
    write_lines(folder / "a.jsonl", 24, ["{bad", json.dumps({"id": "a3", "content": "مكرر."})])
    shutil.copy(next(EXAMPLES.glob("*.txt")), folder / "b.txt")
    write_lines(folder / "c.jsonl", 2)      # ids a0, a1 again: duplicates across partitions
    return folder


def single_process(folder: Path) -> tuple[list[dict], list]:
    problems = []
    records = extract_corpus(iter_documents([folder], lambda w, m: problems.append([w, m])), n_process=1)
    return [json.loads(json.dumps(r.to_json(), ensure_ascii=False)) for r in records], problems


def test_the_cluster_gives_the_records_of_one_process(tmp_path):
    folder = corpus(tmp_path / "corpus")
    got = on_cluster(folder, "--shards", str(tmp_path / "shards"))
    want, want_problems = single_process(folder)
    assert got["records"] == want and len(want) == 25
    assert sorted(got["problems"]) == sorted(want_problems) and len(want_problems) == 4   # a bad line, 3 repeated ids
    assert len(list((tmp_path / "shards").glob("part-*.jsonl"))) >= 4


def test_a_partition_whose_worker_dies_runs_again(tmp_path):
    folder = corpus(tmp_path / "corpus")
    (folder / "die-once").write_text("")
    got = on_cluster(folder, "--die-once")
    assert not (folder / "die-once").exists()         # a worker did die
    assert got["records"] == single_process(folder)[0]
