"""Progress bars on stderr for long jobs: big files and reports that draw many charts.

Library code wraps a long step in :func:`track`; the bar only appears when the job is big
(at least ``threshold`` units of ``size``: rows for a file, charts for a report), stderr is a
terminal, and the command was not given ``--quiet`` (:func:`set_quiet`). Otherwise
:func:`track` yields a tracker that does nothing, and rich is not even imported. Bars are
transient: they vanish when the step ends, so stdout and the final screen stay clean.

    with track("Coding answers", total=len(columns), size=n_rows) as bar:
        for column in columns:
            ...
            bar.advance()
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: Files with at least this many rows get progress bars.
ROWS_THRESHOLD = 100_000
#: Reports drawing at least this many charts get a progress bar.
CHARTS_THRESHOLD = 6
#: Bytes per row assumed to guess, from its size, whether a file is big before reading it
#: (a Google Forms export of the 2019 questionnaire is about 210 bytes a row).
BYTES_PER_ROW = 200

_state: dict[str, Any] = {"quiet": False, "stream": None}


def set_quiet(quiet: bool) -> None:
    """``--quiet``: never show progress, whatever the size of the job."""
    _state["quiet"] = bool(quiet)


def set_stream(stream: IO[str] | None) -> None:
    """Where bars go (default: ``sys.stderr``, looked up when a bar starts); for tests."""
    _state["stream"] = stream


def _stream() -> IO[str]:
    stream: IO[str] | None = _state["stream"]
    return stream if stream is not None else sys.stderr


def enabled() -> bool:
    """True when a bar may be shown: not ``--quiet``, stderr is a terminal, TERM is not dumb."""
    if _state["quiet"] or os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(_stream().isatty())
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


def rows_in(size_in_bytes: int) -> int:
    """A rough row count from a file's size (to decide on a bar before reading it)."""
    return size_in_bytes // BYTES_PER_ROW


def rows_in_file(path: Path) -> int:
    """:func:`rows_in` for a file (0 when it cannot be seen: reading it will say why)."""
    try:
        return rows_in(path.stat().st_size)
    except OSError:
        return 0


@dataclass(frozen=True)
class Tracker:
    """Advances one bar; does nothing when progress is off (no rich ``progress``)."""

    progress: Any = None
    task: Any = None

    @property
    def active(self) -> bool:
        return self.progress is not None

    def advance(self, amount: float = 1) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, amount)


@contextmanager
def track(
    description: str,
    total: float | None = None,
    *,
    size: int,
    threshold: int | None = None,
) -> Iterator[Tracker]:
    """A transient bar (``total`` known) or spinner (``total=None``) for one step.

    ``size`` is the size of the job in the unit of ``threshold`` (rows, or charts with
    ``threshold=CHARTS_THRESHOLD``; default :data:`ROWS_THRESHOLD`); below the threshold
    nothing is shown.
    """
    if size < (ROWS_THRESHOLD if threshold is None else threshold) or not enabled():
        yield Tracker()
        return
    from rich import progress as bars
    from rich.console import Console

    console = Console(file=_stream(), stderr=True)
    columns = [bars.SpinnerColumn(), bars.TextColumn("{task.description}")]
    if total is not None:
        columns += [bars.BarColumn(), bars.MofNCompleteColumn()]
    columns.append(bars.TimeElapsedColumn())
    with bars.Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield Tracker(progress, task)
