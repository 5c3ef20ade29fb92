"""Plain tables typed or saved by hand: one header row, then one row per respondent.

A title, a note or blank lines above the header (rows with at most one filled cell) are
skipped, as spreadsheets typed by hand often have them.
"""

from __future__ import annotations

from forum_eval.read.grid import Grid
from forum_eval.read.table import RawTable, build, row, title_rows

NAME = "plain"


def detect(grid: Grid) -> bool:
    return True


def adapt(grid: Grid) -> RawTable:
    skip = title_rows(grid)
    table = build(grid, header_rows=skip + 1, headers=row(grid, skip), platform=NAME)
    if skip:
        table.info["title_rows"] = str(skip)
    return table
