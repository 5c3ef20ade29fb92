"""Plain tables typed or saved by hand: one header row, then one row per respondent.

A title, a note or blank lines above the header (rows with at most one filled cell) are
skipped, as spreadsheets typed by hand often have them.

SurveyGizmo (Alchemer) CSV exports are read here too (one header row, ``Response ID, Time
Started, Date Submitted, Status, …``): their grid rows are headed ``Row:Question``, rewritten
as the one spelling of a grid row, ``Question [Row]`` (:func:`surveygizmo_grid_headers`).

Tables saved by R (``write.csv``, ``readr::write_csv``) write a missing answer as ``NA``: when
no cell of the table is empty and two columns or more hold ``NA``, those cells are blanks, not
"not applicable" answers (:func:`r_missing`; ``info["missing_marker"]`` says so).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import TYPE_CHECKING

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    RawTable,
    build,
    folded,
    grid_header,
    mark_status,
    row,
    title_rows,
)
from forum_eval.textnorm import fold

if TYPE_CHECKING:
    import pandas as pd

NAME = "plain"

#: headers that a SurveyGizmo (Alchemer) export always has
_SURVEYGIZMO = frozenset(fold(h) for h in ("Response ID", "Time Started", "Date Submitted"))


def detect(grid: Grid) -> bool:
    return True


def adapt(grid: Grid) -> RawTable:
    skip = title_rows(grid)
    headers = row(grid, skip)
    if {fold(h) for h in headers} >= _SURVEYGIZMO:
        headers = surveygizmo_grid_headers(headers)
    marker = r_missing(grid, skip + 1)
    if marker:
        grid = dataclasses.replace(grid, frame=_blank_r_missing(grid.frame, skip + 1))
    table = build(grid, header_rows=skip + 1, headers=headers, platform=NAME)
    if skip:
        table.info["title_rows"] = str(skip)
    if marker:
        table.info["missing_marker"] = R_NA
    if {fold(h) for h in headers} >= _SURVEYGIZMO:
        # Partial (left before the end) or Disqualified (screened out): incomplete, as
        # LimeSurvey's empty submit date (counted, said, kept with --include-incomplete)
        mark_status(table, headers, "Status", _GIZMO_UNFINISHED, "incomplete")
    return table


#: SurveyGizmo (Alchemer) statuses of a response that did not reach the end of the form
_GIZMO_UNFINISHED = folded("Partial", "Disqualified")


#: how R writes a missing value in a CSV file
R_NA = "NA"


def _blank_r_missing(frame: pd.DataFrame, header_rows: int) -> pd.DataFrame:
    """``frame`` with each ``NA`` below the header made blank; its columns keep their dtype
    (the big-file reader's columns are categorical: "" is added to their categories)."""
    import pandas as pd

    out = frame.copy()
    body = pd.Series(range(len(frame)), index=frame.index) >= header_rows
    for name in out.columns:
        column = out[name]
        hit = (column == R_NA) & body
        if not hit.any():
            continue
        if isinstance(column.dtype, pd.CategoricalDtype) and "" not in column.cat.categories:
            column = column.cat.add_categories([""])
        out[name] = column.where(~hit, "")
    return out


def r_missing(grid: Grid, header_rows: int) -> bool:
    """The table was saved by R, ``NA`` for each missing value: no cell below the header is
    empty, and two columns or more hold ``NA`` (a form with an "NA" option leaves the
    questions nobody answered empty)."""
    body = grid.frame.iloc[header_rows:]
    if body.empty or int((body == R_NA).any(axis=0).sum()) < 2:
        return False  # most files: one comparison, no NA
    return not (body.apply(lambda column: column.str.strip()) == "").to_numpy().any()


def surveygizmo_grid_headers(headers: list[str]) -> list[str]:
    """SurveyGizmo's ``Row:Question`` headers of a grid as ``Question [Row]``.

    The question is the text after a colon that two headers or more end with (the question
    may hold colons too: the longest such text is taken, never one that starts with a colon,
    so ``…skills as::Rate your knowledge`` is the row ``…skills as:`` of the question ``Rate
    your knowledge``). A header whose ending no other header shares is kept as it is, and so
    is a row with square brackets (it could not be told from the question after rewriting).
    """
    endings = [_endings(header) for header in headers]
    shared = Counter(ending for found in endings for ending in set(found))
    out = []
    for header, found in zip(headers, endings, strict=True):
        grids = [ending for ending in found if shared[ending] >= 2]
        if not grids:
            out.append(header)
            continue
        question = max(grids, key=len)
        row_text = header[: len(header) - len(question) - 1]
        if "[" in row_text or "]" in row_text:
            out.append(header)
            continue
        out.append(grid_header(question, row_text))
    return out


def _endings(header: str) -> list[str]:
    """The texts after each colon of ``header`` with a row before it (both not blank, the
    text not starting with a colon)."""
    return [
        header[at + 1 :]
        for at, char in enumerate(header)
        if char == ":"
        and header[:at].strip()
        and header[at + 1 :].strip()
        and not header[at + 1 :].startswith(":")
    ]
