"""Atomic outputs: a file or folder athar writes appears complete or not at all.

What is written goes to a temporary sibling (same folder, so the rename cannot cross file
systems), is flushed and fsync'ed, and is renamed over the target only when the block ends
without an exception; on any exception (Ctrl-C, a full disk, a bug) the temporary is removed
and the target stays as it was. "-" is standard output, and a target that exists but is not
a regular file (/dev/null, a pipe) is written in place: neither can be replaced.

Lives in extract/ so that both layers can use it (graph imports extract, not the reverse).
"""
from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """An open file ("w" text or "wb") that replaces `path` when the block succeeds."""
    binary = "b" in mode
    if os.fspath(path) == "-":                   # in `encoding`, whatever the locale says
        sys.stdout.flush()
        if binary:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
            return
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline=newline)
        try:
            yield stream
        finally:
            stream.detach()                      # flushes, and leaves standard output open
        return
    target = Path(path)
    if _exists_not_regular(target):
        with open(target, mode, **({} if binary else {"encoding": encoding, "newline": newline})) as fh:
            yield fh
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **({} if binary else {"encoding": encoding, "newline": newline})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(target.parent)


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary folder to fill; it becomes `path` when the block succeeds.

    A `path` that does not exist or is empty is replaced in one rename. One that holds files
    (perhaps not athar's) is never removed: the new files are moved into it one by one, each
    replacing its namesake atomically, so no file is ever partial.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
        for child in tmp.iterdir():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())
        tmp.chmod(_mode_for(target, folder=True))
        if not target.exists() or (target.is_dir() and not any(target.iterdir())):
            os.replace(tmp, target)
        else:
            for child in sorted(tmp.iterdir(), key=lambda p: p.suffix == ".sh"):    # the script last
                os.replace(child, target / child.name)
            tmp.rmdir()
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _sync_folder(target.parent)


def _exists_not_regular(path: Path) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _mode_for(target: Path, folder: bool = False) -> int:
    """The permissions of the file replaced, else those a new one gets under the umask."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(target).st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return (0o777 if folder else 0o666) & ~umask


def _sync_folder(folder: Path) -> None:
    """fsync the folder, so the rename itself survives a crash (where the platform allows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
