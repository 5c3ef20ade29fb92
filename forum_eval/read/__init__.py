"""Reading a response file into a raw table of strings, whatever platform exported it.

:func:`load_table` reads the bytes (:mod:`.grid`: encoding, delimiter, workbook sheet),
recognises the platform from the header shape (:mod:`.platforms`) and lets that platform's
adapter turn its header rows and meta columns into a :class:`RawTable`. Interpreting answers
is :mod:`forum_eval.read.normalise`'s job, not this package's.
"""

from __future__ import annotations

from pathlib import Path

from forum_eval.read.grid import read_grid
from forum_eval.read.platforms import PLATFORMS, choose
from forum_eval.read.table import RawTable

__all__ = ["PLATFORMS", "RawTable", "load_table"]


def load_table(path: Path, *, sheet: str | None = None, platform: str | None = None) -> RawTable:
    """The responses of ``path`` as a raw table; ``platform`` forces an adapter (``--from``)."""
    grid = read_grid(path, sheet=sheet)
    adapter, how = choose(grid, platform)
    table = adapter.adapt(grid)
    table.info["platform_from"] = how
    return table
