"""Qualtrics CSV / XLSX export (Data & Analysis › Export, "choice text").

Three header rows: variable names (``StartDate, EndDate, Status, IPAddress, Progress,
Duration (in seconds), Finished, RecordedDate, ResponseId, Recipient…, LocationLatitude,
…, Q1, Q2_1``), question texts (a matrix row is "Question - Row"), then
``{"ImportId":"QID2_1"}`` (2016 exports wrote it as a Python dict, ``{'ImportId': 'QID2-1'}``).
``Status`` marks previews and tests ("Survey Preview" / 1, "Survey Test" / 2); ``Finished``
(False / 0) or ``Progress`` < 100 marks incomplete responses.

A multiple-answer question is one column per option (``Q2_1 … Q2_5``), or, when the export
does not split multi-value fields into columns, ONE column whose cells join the options
ticked with "," and no space (``Keynote,Food, drinks and music``): such a column, whose
options recur in other combinations, is marked :data:`~forum_eval.read.multiselect.MULTISELECT`
and read on that separator.
"""

from __future__ import annotations

import os.path
import re
from collections import defaultdict

import numpy as np

from forum_eval.read.grid import Grid
from forum_eval.read.multiselect import MULTISELECT, QUALTRICS_SEPARATOR, looks_joined
from forum_eval.read.table import (
    RawTable,
    build,
    folded,
    folded_in,
    grid_header,
    meta_roles,
    row,
)
from forum_eval.textnorm import fold

NAME = "qualtrics"

#: a matrix cell or an option's column: ``Q2_1``; 2016 exports number the options that
#: stand apart ("No basis for evaluation") below zero, ``Q2_-1``
_GRID_VAR = re.compile(r"^(?P<stem>.+?)_(?P<row>-?\d+)$")
_PREVIEW = folded("Survey Preview", "1", "Survey Test", "2", "Aperçu de l'enquête")
_UNFINISHED = folded("False", "0", "Faux", "No")


#: values a data row holds under ``Finished`` and ``Status`` (choice text or numbers): a row
#: holding one of them there is a respondent, not the row of question texts
_FINISHED_VALUES = folded("True", "False", "1", "0", "Vrai", "Faux", "Yes", "No", "Oui", "Non")
_STATUS_VALUES = folded(
    "IP Address", "Survey Preview", "Survey Test", "Imported", "Spam", "Offline"
)
_RESPONSE_ID = re.compile(r"^R_[0-9A-Za-z]+$")
_LETTER = re.compile(r"[^\W\d_]")
_SELECTED_CHOICE = re.compile(r"\s+-\s+Selected Choice$")


def detect(grid: Grid) -> bool:
    """Qualtrics's variable names in the first row (``ResponseId`` with ``Finished`` or
    ``Status``) *and* a second row of question texts under them — or the ``ImportId`` row.
    A plain table with such columns (one header row, then respondents) is not Qualtrics."""
    if _import_ids(row(grid, 2)):
        return True
    first = {fold(h) for h in row(grid, 0)}
    named = {"responseid", "finished"} <= first or {"responseid", "status"} <= first
    return named and _question_texts_row(row(grid, 0), row(grid, 1))


def _import_ids(cells: list[str]) -> bool:
    return any(c.startswith(('{"ImportId"', "{'ImportId'")) for c in cells[:3])


def _question_texts_row(variables: list[str], second: list[str]) -> bool:
    """The second row holds texts ("Response ID", "Finished", "Response Type" or their
    translations) under ``ResponseId``, ``Finished`` and ``Status``, not a respondent's
    values (an ``R_…`` id, True / False, a response type or a number)."""
    under: dict[str, str] = {}
    for variable, cell in zip(variables, second, strict=False):
        under.setdefault(fold(variable), cell)
    checks = {
        "responseid": lambda c: not _RESPONSE_ID.match(c),
        "finished": lambda c: fold(c) not in _FINISHED_VALUES,
        "status": lambda c: fold(c) not in _STATUS_VALUES and not c.isdigit(),
    }
    present = [(under[key], check) for key, check in checks.items() if key in under]
    return bool(present) and all(cell.strip() and check(cell) for cell, check in present)


def _question_texts(variables: list[str], texts: list[str]) -> list[str]:
    """Row-2 texts with each matrix cell rewritten "Question [Row]" ("Question - Row"; in
    2016 exports "Question-Row", with no spaces, when no " - " is found)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for position, variable in enumerate(variables):
        match = _GRID_VAR.match(variable)
        if match:
            groups[match["stem"]].append(position)
    headers = list(texts)
    for positions in groups.values():
        if len(positions) < 2:
            continue
        # the texts character by character (not paths)
        prefix = os.path.commonprefix([texts[p] for p in positions])  # noqa: RUF071
        cut, width = prefix.rfind(" - "), 3
        if cut <= 0:
            cut, width = prefix.rfind("-"), 1
        if cut <= 0:
            continue
        question = prefix[:cut].strip()
        for p in positions:
            headers[p] = grid_header(question, texts[p][cut + width :].strip())
    return headers


def adapt(grid: Grid) -> RawTable:
    variables, texts = row(grid, 0), row(grid, 1)
    if _import_ids(row(grid, 2)):
        header_rows = 3
    elif _question_texts_row(variables, texts):
        header_rows = 2
    else:  # --from qualtrics on an export whose text rows were deleted: variable names only
        header_rows, texts = 1, []
    texts = [t or v for t, v in zip(texts, variables, strict=False)] + variables[len(texts) :]
    # "Question - Selected Choice": Qualtrics's mark of a question with a text box
    headers = [_SELECTED_CHOICE.sub("", h) for h in _question_texts(variables, texts)]
    roles = meta_roles(variables)
    table = build(grid, header_rows=header_rows, headers=headers, platform=NAME, roles=roles)
    folded_vars = [fold(v) for v in variables]
    status = np.full(table.frame.shape[0], "", dtype=object)
    if "finished" in folded_vars:
        status[folded_in(table.frame[folded_vars.index("finished")], _UNFINISHED)] = "incomplete"
    elif "progress" in folded_vars:
        progress = table.frame[folded_vars.index("progress")].str.strip()
        numbers = progress.where(progress.str.fullmatch(r"\d+(\.\d+)?"), "100").astype(float)
        status[(numbers < 100).to_numpy()] = "incomplete"
    if "status" in folded_vars:
        status[folded_in(table.frame[folded_vars.index("status")], _PREVIEW)] = "preview"
    table.status = status.astype(str)
    _mark_joined(table)
    return table


def _mark_joined(table: RawTable) -> None:
    """Mark the columns of options joined with "," (no space) as multi-select questions:
    two answers or more hold several options, and the options recur in other combinations
    (:func:`~forum_eval.read.multiselect.looks_joined`); answers without a letter (recode
    values, "1,000") are left to the other readers."""
    for position in range(table.frame.shape[1]):
        if position in table.roles:
            continue
        stripped = table.frame[position].str.strip()
        counts = {str(k): int(n) for k, n in stripped[stripped != ""].value_counts().items()}
        if not any(_LETTER.search(value) for value in counts):
            continue
        if looks_joined(counts, QUALTRICS_SEPARATOR):
            table.roles[position] = MULTISELECT
