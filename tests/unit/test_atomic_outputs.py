"""Atomic outputs (issue 18, item 2): a file or folder athar writes is complete or left as it was,
on Ctrl-C, on any exception and on a full disk (the disk's error is injected)."""
import errno
import os
import types

import networkx as nx
import pytest
from click.testing import CliRunner

from athar.extract.atomic import atomic_file, atomic_folder
from athar.graph import cli, export
from athar.graph.cli import main
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import records, write_facts

OLD = "the previous output\n"


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError, OSError(errno.ENOSPC, "No space left")])
def test_a_failed_write_leaves_the_file_as_it_was_and_no_temporary(tmp_path, failure):
    path = tmp_path / "out.jsonl"
    path.write_text(OLD, encoding="utf-8")
    with pytest.raises(type(failure) if isinstance(failure, Exception) else failure):
        with atomic_file(path) as fh:
            fh.write("half of it\n" * 10_000)
            raise failure
    assert path.read_text(encoding="utf-8") == OLD and leftovers(tmp_path) == []


def test_a_full_disk_at_fsync_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "out.jsonl"
    path.write_text(OLD, encoding="utf-8")
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        with atomic_file(path) as fh:
            fh.write("new\n")
    assert path.read_text(encoding="utf-8") == OLD and leftovers(tmp_path) == []


def test_a_successful_write_replaces_the_file_keeping_its_permissions(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(OLD, encoding="utf-8")
    path.chmod(0o640)
    with atomic_file(path) as fh:
        fh.write("new\n")
    assert path.read_text(encoding="utf-8") == "new\n" and leftovers(tmp_path) == []
    assert path.stat().st_mode & 0o777 == 0o640
    with atomic_file(tmp_path / "fresh.txt") as fh:
        fh.write("x")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "fresh.txt").stat().st_mode & 0o777 == 0o666 & ~umask


def test_what_is_not_a_regular_file_is_written_in_place_not_replaced(tmp_path):
    """As /dev/null: replacing it by a regular file (root may) would break the machine."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with atomic_file(fifo) as fh:
            fh.write("through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert fifo.is_fifo() and leftovers(tmp_path) == []


def test_a_folder_appears_whole_or_not_at_all(tmp_path):
    target = tmp_path / "csv"
    with pytest.raises(KeyboardInterrupt):
        with atomic_folder(target) as tmp:
            (tmp / "a.csv").write_text("a\n")
            raise KeyboardInterrupt
    assert not target.exists() and leftovers(tmp_path) == []
    with atomic_folder(target) as tmp:
        (tmp / "a.csv").write_text("a\n")
    assert [p.name for p in target.iterdir()] == ["a.csv"]


def test_a_folder_with_other_files_keeps_them_and_gets_the_new_ones(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    (target / "a.csv").write_text("old")
    with pytest.raises(OSError):
        with atomic_folder(target) as tmp:
            (tmp / "a.csv").write_text("new")
            disk_full()
    assert (target / "a.csv").read_text() == "old" and leftovers(tmp_path) == []
    with atomic_folder(target) as tmp:
        (tmp / "a.csv").write_text("new")
    assert {p.name: p.read_text() for p in target.iterdir()} == {"mine.txt": "keep", "a.csv": "new"}


# --- the commands -----------------------------------------------------------------------
def _interrupted_records(failure):
    """_records of a corpus whose reading fails after the first document."""
    def fake(paths, n_process, problems, label):
        yield types.SimpleNamespace(entities=[], facts=[], to_json=lambda: {"document": {"doc_id": "d1"}})
        raise failure
    return fake


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), RuntimeError("a bug"),
                                     OSError(errno.ENOSPC, "No space left on device")])
def test_an_extraction_that_fails_leaves_its_output_as_it_was(tmp_path, monkeypatch, failure):
    out = tmp_path / "facts.jsonl"
    out.write_text(OLD, encoding="utf-8")
    (tmp_path / "corpus.txt").write_text("نص", encoding="utf-8")
    monkeypatch.setattr(cli, "_records", _interrupted_records(failure))
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "corpus.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == OLD and leftovers(tmp_path) == []


def test_an_extraction_on_a_full_disk_leaves_its_output_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "facts.jsonl"
    out.write_text(OLD, encoding="utf-8")
    (tmp_path / "corpus.txt").write_text("نص", encoding="utf-8")
    monkeypatch.setattr(cli, "_records", lambda *a: iter([]))
    monkeypatch.setattr(os, "fsync", disk_full)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "corpus.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == OLD and leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["json", "graphml", "csv"])
def test_an_export_that_fails_leaves_its_output_as_it_was(tmp_path, monkeypatch, fmt):
    facts = write_facts(tmp_path / "facts.jsonl", records())
    out = tmp_path / "out"
    if fmt == "csv":
        out.mkdir()
        (out / "import.sh").write_text(OLD)
        target = out / "import.sh"
    else:
        out.write_text(OLD)
        target = out
    monkeypatch.setattr(os, "fsync", disk_full)
    result = CliRunner().invoke(main, ["export", fmt, str(out), "--from-facts", str(facts)])
    assert result.exit_code != 0
    assert target.read_text() == OLD and leftovers(tmp_path) == []
    monkeypatch.undo()
    result = CliRunner().invoke(main, ["export", fmt, str(out), "--from-facts", str(facts)])
    assert result.exit_code == 0, result.output
    assert target.read_text() != OLD and leftovers(tmp_path) == []


def test_the_graphml_writer_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "g.graphml"
    path.write_text(OLD)
    monkeypatch.setattr(nx, "write_graphml", lambda g, fh, **kw: (fh.write(b"<graphml>"), disk_full()))
    with pytest.raises(OSError):
        export.write_graphml(graph_from_records(records()), path)
    assert path.read_text() == OLD and leftovers(tmp_path) == []


def test_standard_output_gets_utf8_whatever_the_locale(monkeypatch):
    import io
    import sys
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    with atomic_file("-") as fh:
        fh.write("نص\n")
    assert raw.getvalue() == "نص\n".encode("utf-8")
