"""Microsoft Forms "Open in Excel" workbook (XLSX, or a CSV saved from it).

Leading columns ``ID``, ``Start time``, ``Completion time``, ``Email`` ("anonymous" for
anonymous forms), ``Name``, sometimes ``Last modified time`` (French: ``Heure de début``,
``Heure de fin``, ``Adresse de messagerie``, ``Nom``…); quizzes add ``Total points``,
``Quiz feedback``, ``Grade posted time`` and ``Points - …`` / ``Feedback - …`` per question;
multi-select answers end with ";"; the rows of a Likert question are columns
``Question - Row``.
"""

from __future__ import annotations

from forum_eval.read.grid import Grid
from forum_eval.read.multiselect import MULTISELECT
from forum_eval.read.table import (
    IGNORED,
    RawTable,
    build,
    folded,
    grid_header,
    header_role,
    meta_roles,
    row,
)
from forum_eval.textnorm import fold

NAME = "microsoft-forms"

_START = folded("Start time", "Heure de début", "Hora de inicio")
_END = folded("Completion time", "Heure de fin", "Hora de finalización")


def detect(grid: Grid) -> bool:
    header = [fold(h) for h in row(grid, 0)[:4]]
    return len(header) >= 3 and header[0] == "id" and header[1] in _START and header[2] in _END


def _likert_rows(headers: list[str]) -> list[str]:
    """Likert rows → ``Question [Row]``: two or more neighbouring columns ``Question - Row``
    (or ``Question.Row`` in some exports) with the same question."""
    result = list(headers)
    for separator in (" - ", "."):
        stems = [h.rsplit(separator, 1) if separator in h else [h, ""] for h in result]
        for position, (stem, row_label) in enumerate(stems):
            if not row_label.strip() or row_label[:1].isspace() or not stem.strip():
                continue
            neighbours = [stems[p][0] for p in (position - 1, position + 1) if 0 <= p < len(stems)]
            if stem in neighbours:
                result[position] = grid_header(stem, row_label)
    return result


def adapt(grid: Grid) -> RawTable:
    headers = row(grid, 0)
    roles = {position: role for position, role in meta_roles(headers).items() if position < 7}
    # Points - …, Feedback - …, Total points, Quiz feedback
    roles |= {p: IGNORED for p, header in enumerate(headers) if header_role(header) == IGNORED}
    table = build(grid, header_rows=1, headers=_likert_rows(headers), platform=NAME, roles=roles)
    frame = table.frame
    for position in range(frame.shape[1]):
        if position in roles:
            continue
        column = frame[position]
        answered = column[column.str.strip() != ""]
        # a multi-select column: every answer ends with ";" (one selection is "Option;")
        if len(answered) and bool(answered.str.rstrip().str.endswith(";").all()):
            frame[position] = column.str.rstrip().str.removesuffix(";")
            table.roles[position] = MULTISELECT
    return table
