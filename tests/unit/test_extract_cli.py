"""`athar extract` end to end on a folder of bad input next to good articles.

Each bad file gets one line naming it, the rest of the corpus is processed, and the exit
code and the summary count the failures. A killed run leaves no partial output, and the
same command run again gives the file an uninterrupted run gives.
"""
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "استضافت فرنسا مؤتمر باريس لمكافحة تمويل الإرهاب، وحضرته المملكة العربية السعودية."
OTHER = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد."


def athar(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "athar.graph.cli", *args], capture_output=True, text=True, timeout=900,
                          **kwargs)


def records(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[1:]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "cp1256.txt").write_bytes(OTHER.encode("cp1256"))
    (root / "utf16.txt").write_bytes(GOOD.encode("utf-16"))            # with its BOM
    (root / "english.txt").write_text("The weather in Oslo was mild on Sunday.", encoding="utf-8")
    (root / "page.html").write_text(f"<html><head><title>t</title><script>var x='{OTHER}';</script></head>"
                                    f"<body><p>{GOOD}</p></body></html>", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")                                    # an empty article: skipped, no failure
    bad = {
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "broken.jsonl": (json.dumps({"id": "j1", "content": GOOD}, ensure_ascii=False) + "\n{\"id\": \"j2\", \"cont\n"
                         + json.dumps({"id": "j3", "content": OTHER}, ensure_ascii=False) + "\n").encode(),
        "repeat.jsonl": (json.dumps({"id": "j1", "content": OTHER}, ensure_ascii=False) + "\n").encode(),
    }
    for name, data in bad.items():
        (root / name).write_bytes(data)
    with open(root / "huge.txt", "w", encoding="utf-8") as f:              # 50 MB
        f.write((OTHER + "\n") * (50 * 2**20 // len((OTHER + "\n").encode())))
    return root, sorted(bad)


def test_bad_files_get_one_line_each_and_the_rest_is_extracted(corpus, tmp_path):
    root, bad = corpus
    out = tmp_path / "facts.jsonl"
    done = athar("extract", str(root), "-o", str(out))
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning: ")]
    for name in bad:                   # located at the file (a message may name another, e.g. where an id was first seen)
        assert len([w for w in warnings if w.startswith(f"warning: {root / name}")]) == 1, (name, warnings)
    assert f"skipped: {root / 'empty.txt'}: empty file" in done.stderr
    summary = [line for line in done.stderr.splitlines() if line.startswith("documents: ")]
    assert summary == [f"documents: {len(records(out))}  empty (skipped): 1  failed: {len(warnings)}"], done.stderr
    assert done.returncode == 3, done.stderr
    # without a terminal: progress lines with count, percentage, rate; the last one with the time taken
    lines = [line for line in done.stderr.splitlines() if line.startswith("extracting  ")]
    last = re.fullmatch(r"extracting  (\d+)/(\d+)  100%  [\d.]+ docs/s  in \d+:\d\d:\d\d", lines[-1])
    assert last and last[1] == last[2] == "12", lines          # 10 files, 3 lines in broken.jsonl
    texts = {r["document"]["doc_id"]: r["document"]["text"] for r in records(out)}
    assert GOOD in texts.values() and any(OTHER in t for t in texts.values())
    assert sum(GOOD in t for t in texts.values()) >= 3                      # good.txt, utf16.txt, page.html, j1
    assert not any("<p>" in t or "var x" in t for t in texts.values())
    assert len(texts) == len(records(out))                                 # a repeated id is not written twice


def test_a_local_cluster_writes_the_file_of_one_process_with_the_same_warnings(corpus, tmp_path):
    root, _ = corpus
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    alone = athar("extract", str(root), "-o", str(one))
    spread = athar("extract", str(root), "-o", str(many), "--cluster", "local:2")

    def reported(done):
        return sorted(line for line in done.stderr.splitlines() if line.startswith(("warning: ", "skipped: ", "documents: ")))
    assert one.read_bytes() == many.read_bytes()
    assert reported(alone) == reported(spread) and alone.returncode == spread.returncode == 3


@pytest.mark.parametrize("args, message", [
    (["--cluster", "local:0"], "local:N needs N >= 1"),
    (["--cluster", "somewhere"], "give local:N or a scheduler address"),
    (["--shards", "parts"], "--shards goes with --cluster"),
])
def test_cluster_options_that_cannot_work_are_refused(tmp_path, args, message):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    done = athar("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), *args)
    assert done.returncode == 2 and message in done.stderr and not (tmp_path / "out.jsonl").exists()


def test_a_corpus_whose_only_faults_are_empty_articles_exits_0(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (
        {"id": "a", "content": GOOD}, {"id": "b", "title": "photo story", "content": " "}, {"id": "c", "content": OTHER})),
        encoding="utf-8")
    done = athar("extract", str(corpus), "-o", str(tmp_path / "facts.jsonl"))
    assert done.returncode == 0, done.stderr
    assert "documents: 2  empty (skipped): 1  failed: 0" in done.stderr


def test_a_killed_extraction_leaves_no_output_and_running_it_again_gives_the_clean_file(corpus, tmp_path):
    root, _ = corpus
    # The first warning (binary.txt, read first) comes before the 600 articles that keep the run busy
    # for a second or more after it: that is when it is killed.
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"id": f"many-{i}", "content": f"{GOOD}\n{OTHER}"}, ensure_ascii=False) + "\n"
                            for i in range(600)), encoding="utf-8")
    clean = tmp_path / "clean.jsonl"
    athar("extract", str(root), str(many), "-o", str(clean))
    out = tmp_path / "facts.jsonl"
    out.write_text("earlier content\n", encoding="utf-8")
    running = subprocess.Popen([sys.executable, "-m", "athar.graph.cli", "extract", str(root), str(many), "-o", str(out)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert next(line for line in running.stderr if line.startswith("warning: "))
    running.send_signal(signal.SIGKILL)
    assert running.wait() == -signal.SIGKILL, "the extraction ended before it could be killed"
    assert out.read_text(encoding="utf-8") == "earlier content\n"
    athar("extract", str(root), str(many), "-o", str(out))
    assert out.read_bytes() == clean.read_bytes()
