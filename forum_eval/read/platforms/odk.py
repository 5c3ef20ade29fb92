"""ODK Central CSV export (Submissions › Download, the ``<form>.csv`` of the zip).

One header row: ``SubmissionDate``, the form's fields by their XML names with their groups
joined by ``-`` (``eval-organised``; the form's ``start``, ``end``, ``today``, ``deviceid``
…), then Central's own columns ``meta-instanceID, KEY, SubmitterID, SubmitterName,
AttachmentsPresent, AttachmentsExpected, Status, ReviewState, DeviceID, Edits,
FormVersion``. Values are the choices' XML names (``strongly_agree``) unless the form was
exported with labels. A ``select_multiple`` answer is the choices' names joined by spaces
(one column: read as a multi-select question when every answer is XML names, one with "_"
or a digit among them, and they recur in other combinations; else left to the other
readers), or one ``question-choice`` column per choice (0 / 1) when "split select
multiples" was ticked. A submission whose ``ReviewState`` is ``rejected`` (a reviewer
rejected it in Central; Central keeps it in the export) does not count as a respondent.
"""

from __future__ import annotations

import re

from forum_eval.read.grid import Grid
from forum_eval.read.multiselect import MULTISELECT, ODK_SEPARATOR, looks_joined
from forum_eval.read.table import (
    IDENTIFYING,
    METADATA,
    RawTable,
    build,
    folded,
    mark_status,
    meta_roles,
    row,
    strip_group_prefixes,
)
from forum_eval.textnorm import fold

NAME = "odk"

_CENTRAL = folded("meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "ReviewState")
_IDENTIFYING = folded("SubmitterID", "SubmitterName", "DeviceID", "KEY", "meta-instanceID")
_METADATA = folded(
    "SubmissionDate", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
    "Edits", "FormVersion", "instanceID",
)  # fmt: skip


def detect(grid: Grid) -> bool:
    header = row(grid, 0)
    keys = {fold(h) for h in header}
    return bool(header) and fold(header[0]) == fold("SubmissionDate") and len(keys & _CENTRAL) >= 2


def adapt(grid: Grid) -> RawTable:
    raw = row(grid, 0)
    roles = meta_roles(raw)
    for position, header in enumerate(raw):
        key = fold(header)
        if key in _IDENTIFYING:
            roles[position] = IDENTIFYING
        elif key in _METADATA:
            roles[position] = METADATA
    # XML names hold no space: a header with one is left as it is
    headers = strip_group_prefixes(raw, "-", lambda p, h: p not in roles and " " not in h)
    table = build(grid, header_rows=1, headers=headers, platform=NAME, roles=roles)
    # Central's review states: received (blank), hasIssues, edited, approved, rejected
    mark_status(table, raw, "ReviewState", folded("rejected"))
    _mark_joined(table)
    return table


#: the XML names of choices joined by spaces: ``keynote legal_clinic``
_NAMES = re.compile(r"[A-Za-z_][\w.-]*(?: [A-Za-z_][\w.-]*)*")


def _mark_joined(table: RawTable) -> None:
    """Mark the ``select_multiple`` columns (the choices' XML names joined by spaces) as
    multi-select questions: every answer is XML names (a name with "_" or a digit among
    them: words typed in lower case would be a comment), two answers or more hold several,
    and the names recur in other combinations
    (:func:`~forum_eval.read.multiselect.looks_joined`)."""
    for position in range(table.frame.shape[1]):
        if position in table.roles:
            continue
        stripped = table.frame[position].str.strip()
        counts = {str(k): int(n) for k, n in stripped[stripped != ""].value_counts().items()}
        if not counts or not all(_NAMES.fullmatch(value) for value in counts):
            continue
        if not any(re.search(r"[_\d]", value) for value in counts):
            continue
        if looks_joined(counts, ODK_SEPARATOR):
            table.roles[position] = MULTISELECT
