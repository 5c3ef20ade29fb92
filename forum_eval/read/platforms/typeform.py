"""Typeform CSV export (Results › Download responses).

One header row: ``#`` (the response token), the questions, then ``Start Date (UTC)``,
``Submit Date (UTC)``, ``Network ID`` (a hash of the respondent's network). A question that
allows several answers, or a matrix, is one column per option or row.

The same export saved with its grouped header (two header rows, as Cantera/user-surveys
``responses.csv``): row 1 holds the text of each multiple-answer or matrix question above its
first column only, row 2 the ``#``, then each option or row, or the text of a question of
its own. A group runs from its question over the following columns whose row-1 cell is empty,
up to the next question of its own (a row-2 text ending with "?") or the meta columns; its
columns are read ``Question [Option]``.
"""

from __future__ import annotations

import re

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    IDENTIFYING,
    METADATA,
    RawTable,
    build,
    folded,
    grid_header,
    meta_roles,
    row,
)
from forum_eval.textnorm import fold

NAME = "typeform"

_TOKEN = "#"
_META = folded("Start Date (UTC)", "Submit Date (UTC)", "Stage Date (UTC)")
_NETWORK = folded("Network ID")
#: the free-text box of a multiple-answer question: "Other", "Other (please specify)", "Autre"
_OTHER = re.compile(r"^(other|autres?)\b")


def _typeform_header(cells: list[str]) -> bool:
    """``#`` first, and Typeform's own closing columns."""
    keys = {fold(c) for c in cells}
    return bool(cells) and cells[0] == _TOKEN and bool(keys & (_META | _NETWORK))


def detect(grid: Grid) -> bool:
    return _typeform_header(row(grid, 0)) or _typeform_header(row(grid, 1))


def _roles(headers: list[str]) -> dict[int, str]:
    roles = meta_roles(headers)
    for position, header in enumerate(headers):
        key = fold(header)
        if header == _TOKEN or key in _NETWORK:
            roles[position] = IDENTIFYING
        elif key in _META:
            roles[position] = METADATA
    return roles


def _ticks(text: str, answers: set[str]) -> bool:
    """The answers of an option's column: its own text where ticked, else blank."""
    return answers <= {"", fold(text)}


def _grouped(top: list[str], sub: list[str], answers: list[set[str]]) -> list[str]:
    """The headers of the two-row shape: ``Question [Option]`` inside a group, the row-2
    text elsewhere (``answers``: each column's distinct folded answers). A group of options
    (ticks) also ends at a column that is neither a tick nor its "Other" box."""
    headers = []
    question = ""
    options = False  # the open group is a multiple-answer question
    for position, text in enumerate(sub):
        above = top[position] if position < len(top) else ""
        ticks = _ticks(text, answers[position])
        if above:
            question, options = above, ticks
        elif text.rstrip().endswith("?") or fold(text) in _META | _NETWORK or text == _TOKEN:
            question = ""  # a question of its own, or the meta columns, ends the group
        elif options and not ticks:
            if not _OTHER.match(fold(text)):
                question = ""
            options = False  # its "Other" box ends it
        headers.append(grid_header(question, text) if question else text)
    return headers


def adapt(grid: Grid) -> RawTable:
    first = row(grid, 0)
    if _typeform_header(first):
        return build(grid, header_rows=1, headers=first, platform=NAME, roles=_roles(first))
    second = row(grid, 1)
    body = grid.frame.iloc[2:]
    answers = [{fold(str(v)) for v in body[c].tolist()} for c in body.columns]
    answers += [set()] * (len(second) - len(answers))
    headers = _grouped(first, second, answers)
    roles = _roles(second)
    return build(grid, header_rows=2, headers=headers, platform=NAME, roles=roles)
