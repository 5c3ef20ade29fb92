"""Plain tables typed or saved by hand: one header row, then one row per respondent."""

from __future__ import annotations

from forum_eval.ingest.reader import Grid
from forum_eval.ingest.table import RawTable, build, row

NAME = "plain"


def detect(grid: Grid) -> bool:
    return True


def adapt(grid: Grid) -> RawTable:
    return build(grid, header_rows=1, headers=row(grid, 0), platform=NAME)
