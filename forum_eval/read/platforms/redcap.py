"""REDCap CSV export (Data Exports › "CSV / Microsoft Excel (raw data)" or "(labels)").

One header row. The first column is the record ID (``record_id`` or any name the project
gave it: ``participant_id``; "Record ID" with labels). Survey projects add
``redcap_survey_identifier`` ("Survey Identifier"), and per instrument a
``<instrument>_timestamp`` column ("Survey Timestamp": ``[not completed]`` for a survey
left unfinished) and a ``<instrument>_complete`` column (0 Incomplete, 1 Unverified,
2 Complete; "Complete?" with labels). Longitudinal and repeating projects add
``redcap_event_name``, ``redcap_repeat_instrument``, ``redcap_repeat_instance``,
``redcap_data_access_group``. A checkbox question is one column per choice: ``field___1``
(raw, 0 / 1) or ``Question (choice=Option)`` (labels, Checked / Unchecked), read here as
``Question [Option]``.

A response is incomplete when the export holds one instrument and its ``_complete`` is
0 / "Incomplete", or its timestamp is ``[not completed]``.
"""

from __future__ import annotations

import re

import numpy as np

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    IDENTIFYING,
    METADATA,
    RawTable,
    build,
    folded,
    folded_in,
    grid_header,
    meta_roles,
    row,
)
from forum_eval.textnorm import fold

NAME = "redcap"

_SURVEY_ID = folded("redcap_survey_identifier", "Survey Identifier")
_META = folded(
    "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance",
    "redcap_data_access_group", "Event Name", "Repeat Instrument", "Repeat Instance",
    "Data Access Group", "Survey Timestamp", "Complete?",
)  # fmt: skip
_TIMESTAMP = re.compile(r"^\w+_timestamp$|^Survey Timestamp$")
_COMPLETE = re.compile(r"^\w+_complete$|^Complete\?$")
_RECORD_ID = folded("record_id", "Record ID")
#: a checkbox choice: ``field___code`` (raw) or ``Question (choice=Option)`` (labels)
_RAW_CHOICE = re.compile(r"^(?P<field>\w+?)___(?P<code>\w+)$")
_LABEL_CHOICE = re.compile(r"^(?P<field>.+?)\s*\(choice=(?P<code>.+)\)$", re.DOTALL)
_NOT_COMPLETED = folded("[not completed]")
_INCOMPLETE = folded("0", "Incomplete")


def detect(grid: Grid) -> bool:
    header = row(grid, 0)
    keys = {fold(h) for h in header}
    if keys & _SURVEY_ID:
        return True
    return (
        bool(header) and fold(header[0]) in _RECORD_ID and any(_COMPLETE.match(h) for h in header)
    )


def _heading(header: str) -> str:
    for pattern in (_RAW_CHOICE, _LABEL_CHOICE):
        found = pattern.match(header)
        if found is not None:
            return grid_header(found["field"], found["code"])
    return header


def adapt(grid: Grid) -> RawTable:
    raw = row(grid, 0)
    roles = meta_roles(raw)
    roles[0] = IDENTIFYING  # the record ID, whatever its name
    for position, header in enumerate(raw):
        key = fold(header)
        if key in _SURVEY_ID:
            roles[position] = IDENTIFYING
        elif key in _META or _TIMESTAMP.match(header) or _COMPLETE.match(header):
            roles[position] = METADATA
    headers = [header if p in roles else _heading(header) for p, header in enumerate(raw)]
    table = build(grid, header_rows=1, headers=headers, platform=NAME, roles=roles)
    stamps = [p for p, h in enumerate(raw) if _TIMESTAMP.match(h)]
    completes = [p for p, h in enumerate(raw) if _COMPLETE.match(h)]
    incomplete = np.zeros(table.frame.shape[0], dtype=bool)
    if len(stamps) == 1:
        incomplete |= folded_in(table.frame[stamps[0]], _NOT_COMPLETED)
    if len(completes) == 1:
        incomplete |= folded_in(table.frame[completes[0]], _INCOMPLETE)
    table.status = np.where(incomplete, "incomplete", "")
    return table
