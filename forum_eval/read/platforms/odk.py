"""ODK Central CSV export (Submissions › Download, the ``<form>.csv`` of the zip).

One header row: ``SubmissionDate``, the form's fields by their XML names with their groups
joined by ``-`` (``eval-organised``; the form's ``start``, ``end``, ``today``, ``deviceid``
…), then Central's own columns ``meta-instanceID, KEY, SubmitterID, SubmitterName,
AttachmentsPresent, AttachmentsExpected, Status, ReviewState, DeviceID, Edits,
FormVersion``. Values are the choices' XML names (``strongly_agree``) unless the form was
exported with labels. A ``select_multiple`` answer is the choices' names joined by spaces
(one column: the choices cannot be told apart from words, so it is left to the other
readers), or one ``question-choice`` column per choice (0 / 1) when "split select
multiples" was ticked.
"""

from __future__ import annotations

from collections import Counter

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    IDENTIFYING,
    METADATA,
    RawTable,
    build,
    folded,
    meta_roles,
    row,
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


def _strip_groups(headers: list[str], roles: dict[int, str]) -> list[str]:
    """Drop group prefixes ("group-question") shared by at least two question columns (XML
    names hold no space; a header with one is left as it is)."""
    result = list(headers)
    for _ in range(5):  # nested groups
        names = [(p, h) for p, h in enumerate(result) if p not in roles and " " not in h]
        prefixes = Counter(h.split("-", 1)[0] for _, h in names if "-" in h)
        changed = False
        for position, header in names:
            group, _, rest = header.partition("-")
            if rest and prefixes[group] >= 2:
                result[position] = rest
                changed = True
        if not changed:
            break
    return result


def adapt(grid: Grid) -> RawTable:
    raw = row(grid, 0)
    roles = meta_roles(raw)
    for position, header in enumerate(raw):
        key = fold(header)
        if key in _IDENTIFYING:
            roles[position] = IDENTIFYING
        elif key in _METADATA:
            roles[position] = METADATA
    headers = _strip_groups(raw, roles)
    return build(grid, header_rows=1, headers=headers, platform=NAME, roles=roles)
