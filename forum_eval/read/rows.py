"""Which rows count as respondents. The others are counted by reason: ``preview`` (a
platform's test run), ``incomplete`` (the platform says the form was not submitted; kept with
``include_incomplete``), ``empty`` (no answer in any question column, summarised or not) and
``duplicate`` (a row identical to an earlier one in every column, time stamps included, but
the platform's row IDs; only looked for when the rows carry a submission time to the second,
as two people may well give the same answers).
"""

from __future__ import annotations

import numpy as np

from forum_eval.read.columns import Classified, Columns, unanswered
from forum_eval.read.duplicates import all_distinct, duplicated, is_time_stamp, row_keys
from forum_eval.read.table import METADATA, RawTable, folded
from forum_eval.textnorm import fold

#: Headers of the platforms' own row identifiers, left out when looking for duplicate rows.
_ROW_IDS = folded(
    "ID",
    "Respondent ID",
    "RespondentID",
    "Response ID",
    "ResponseId",
    "_id",
    "_uuid",
    "_index",
    "meta/instanceID",
    "id",
    "ID du répondant",
    "ID de la réponse",
    "KEY",
    "meta-instanceID",
    "record_id",
    "Record ID",
)


def counted_rows(
    table: RawTable, found: Classified, columns: Columns, *, include_incomplete: bool
) -> tuple[np.ndarray, dict[str, int]]:
    """The positions of the rows that count as respondents, and reason → rows not counted."""
    n_rows = len(table.frame)
    status = (
        np.asarray(table.status, dtype=str)
        if table.status is not None
        else np.full(n_rows, "", dtype=str)
    )
    excluded: dict[str, int] = {}
    out = np.zeros(n_rows, dtype=bool)

    def exclude(mask: np.ndarray, reason: str) -> None:
        new = mask & ~out
        count = int(new.sum())
        if count:
            excluded[reason] = excluded.get(reason, 0) + count
            out[new] = True

    exclude(status == "preview", "preview")
    if not include_incomplete:
        exclude(status == "incomplete", "incomplete")
    # a row that answered anything counts, whether the column was summarised or not
    answer_positions = (
        [p for p, *_ in found.items] + [p for p, _ in found.comments] + list(found.dropped)
    )
    exclude(unanswered(n_rows, [columns[p] for p in answer_positions]), "empty")
    # Duplicates only mean something when rows carry a submission time to the second
    # (two people may give the same answers; they do not submit in the same second).
    stamps = [
        r.position for r in found.reports if r.role == METADATA and fold(r.header) not in _ROW_IDS
    ]
    # a stamp with a different value on every row: no two rows can be identical
    distinct = any(all_distinct(table.frame[p]) for p in stamps)
    if n_rows > 1 and not distinct and any(is_time_stamp(columns[p]) for p in stamps):
        compare = [p for p, h in enumerate(table.headers) if fold(h) not in _ROW_IDS]
        # rows compared on their values' codes (one int64 key per row), not on strings;
        # only rows still counted: an earlier identical row that was itself excluded does
        # not make this one a duplicate
        counted = np.flatnonzero(~out)
        keys = row_keys([columns[p] for p in compare])
        twice = duplicated(keys[counted] if counted.size < n_rows else keys)
        if twice.any():
            mask = np.zeros(n_rows, dtype=bool)
            mask[counted[twice]] = True
            exclude(mask, "duplicate")
    return np.flatnonzero(~out), excluded
