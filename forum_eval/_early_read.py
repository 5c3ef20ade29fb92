"""Parsing a big response file while the command line is still being imported.

``forum-eval summarize big.csv`` spends its first third of a second importing pandas, typer
and rich, on one core; parsing a big CSV with pyarrow takes about as long and can use the
other one. The console script (:mod:`forum_eval._entry`) therefore calls :func:`start`
first: when the command line names an existing text file of at least
:data:`~forum_eval.read.grid.BIG_TEXT_BYTES`, a thread parses it with pyarrow
(:func:`forum_eval.read.grid.big_text_table`, which imports nothing of pandas and
releases the GIL while it parses). The reader then calls :func:`take` for the file it is
asked to read: it gets that parse if the same file (device, inode, size, modification
and change times) was parsed and is unchanged since, else :data:`NOT_READ` and reads as usual.

Nothing else changes: the same function parses the file either way, and a parse that is
not taken is waited for and dropped when the command ends (:func:`finish`).
This module imports only the standard library.
"""

from __future__ import annotations

import itertools
import os
import stat
import threading
from pathlib import Path
from typing import Any

#: :func:`take`'s answer when no early parse of the file can be used
NOT_READ: Any = object()

#: commands that read response files given on their command line
_READERS = frozenset(["summarize", "report", "compare", "trend", "comments", "validate"])
#: options after which no file is read early (workbooks are not parsed by pyarrow)
_NOT_EARLY = frozenset(["--help", "-h", "--sheet"])
#: options whose value is a path that is not a response file (written, or read otherwise)
_PATH_OPTIONS = frozenset(
    ["--out", "-o", "--charts", "--questionnaire", "--codebook", "--surveys-dir"]
)


class _Parse:
    def __init__(self, identity: tuple[int, ...], path: Path) -> None:
        self.identity = identity
        self.result: Any = None
        self.thread = threading.Thread(
            target=self._run, args=(path,), name="forum-eval early read", daemon=True
        )

    def _run(self, path: Path) -> None:
        try:
            from forum_eval.read.grid import big_text_table

            self.result = big_text_table(path)
        except BaseException:  # the reader reads it again and says what is wrong
            self.result = NOT_READ


_started: list[_Parse] = []


def _identity(path: str | Path) -> tuple[int, ...] | None:
    """What tells a file apart from another and from itself once changed (the change time
    too: a rewrite that keeps the size and restores the modification time still changes
    it); None when it is not a regular file."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def start(argv: list[str]) -> None:
    """Parse the first big text file named on the command line ``argv`` (without the program
    name) in a thread; nothing when the command reads no file or none is big."""
    if _started or not argv or argv[0] not in _READERS or _NOT_EARLY.intersection(argv):
        return
    from forum_eval.read.grid import BIG_TEXT_BYTES, EXCEL_SUFFIXES

    for before, argument in itertools.pairwise(argv):
        if argument.startswith("-") or before in _PATH_OPTIONS:
            continue
        identity = _identity(argument)
        if identity is None or identity[2] < BIG_TEXT_BYTES:
            continue
        if Path(argument).suffix.lower() in EXCEL_SUFFIXES:
            continue
        parse = _Parse(identity, Path(argument))
        _started.append(parse)
        parse.thread.start()
        return


def take(path: Path) -> Any:
    """The early parse of ``path`` (a :class:`~forum_eval.read.grid.BigText`, or None
    when the reader found the file not fit for pyarrow), waited for; :data:`NOT_READ` when
    none was started for this file or the file has changed since. A parse is taken once."""
    if not _started:
        return NOT_READ
    identity = _identity(path)
    for parse in _started:
        if parse.identity == identity:
            _started.remove(parse)
            parse.thread.join()
            return parse.result if _identity(path) == identity else NOT_READ
    return NOT_READ


def finish() -> None:
    """Wait for a parse nobody took (the command failed first, or read another file), so
    that no thread is still in pyarrow while the interpreter shuts down."""
    while _started:
        _started.pop().thread.join()


def started() -> bool:
    """A parse was started and not yet taken (for tests)."""
    return bool(_started)


__all__ = ["NOT_READ", "finish", "start", "started", "take"]
