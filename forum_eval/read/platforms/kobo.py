"""KoboToolbox CSV / XLSX export ("labels" or "XML values", with or without group names).

``;`` separator with every field quoted, CRLF; group paths joined with ``/``;
an optional second row of HXL ``#tags``; trailing system columns ``_id, _uuid,
_submission_time, _validation_status, _notes, _status, _submitted_by, _tags, _index`` and
one to three form-version columns; values are labels or XML names (``strongly_agree``).
A submission marked "Not approved" in ``_validation_status`` (Kobo's review of submissions,
kept in the export) does not count as a respondent.
"""

from __future__ import annotations

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    IGNORED,
    METADATA,
    RawTable,
    build,
    folded,
    grid_header,
    mark_status,
    meta_roles,
    row,
    strip_group_prefixes,
)

NAME = "kobo"

_NOT_APPROVED = folded("Not approved", "validation_status_not_approved")
_SYSTEM = {"_id", "_uuid", "_submission_time", "_index", "_validation_status", "_submitted_by"}


def detect(grid: Grid) -> bool:
    header = set(row(grid, 0))
    return len(header & _SYSTEM) >= 2


def adapt(grid: Grid) -> RawTable:
    raw = row(grid, 0)
    second = [c for c in row(grid, 1) if c]
    hxl = bool(second) and sum(c.startswith("#") for c in second) * 2 > len(second)
    system = {position: METADATA for position, h in enumerate(raw) if h.startswith("_")}
    roles = system | meta_roles(raw)
    headers = strip_group_prefixes(raw, "/", lambda _, h: not h.startswith("_"))
    table = build(grid, header_rows=2 if hxl else 1, headers=headers, platform=NAME, roles=roles)
    _select_multiple(table, raw)
    # the review of a submission in Kobo's data table: Approved, Not approved, On hold (labels
    # export) or validation_status_approved … (XML values); a blank is not yet reviewed
    mark_status(table, raw, "_validation_status", _NOT_APPROVED)
    return table


def _select_multiple(table: RawTable, raw: list[str]) -> None:
    """A ``select_multiple`` question: its options' columns ``question/option`` (0 or 1,
    two or more of them) become ``Question [Option]``; the question's own column (the
    options joined with spaces, which cannot be split back) is set aside."""
    children: dict[str, list[int]] = {}
    for position, header in enumerate(raw):
        if "/" in header and position not in table.roles:
            values = set(table.frame[position].drop_duplicates().str.strip())
            if values <= {"0", "1", ""} and "1" in values:
                children.setdefault(header.rsplit("/", 1)[0], []).append(position)
    for parent, positions in children.items():
        if len(positions) < 2:
            continue
        question = parent.rsplit("/", 1)[-1]
        if parent in raw:
            own = raw.index(parent)
            question = table.headers[own]
            table.roles[own] = IGNORED
        for position in positions:
            table.headers[position] = grid_header(question, raw[position].rsplit("/", 1)[1])
