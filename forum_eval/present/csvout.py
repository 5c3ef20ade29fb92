"""CSV output: one row per item, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from forum_eval.analyse.summary import Summary
from forum_eval.present.jsonout import item_dict

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    "id",
    "label",
    "kind",
    "n_valid",
    "n_positive",
    "share_positive",
    "ci_low",
    "ci_high",
    "bound_low",
    "bound_high",
    "n_not_applicable",
    "n_blank",
    "n_invalid",
    "counts",
)


def neutralise(cell: object) -> str:
    """Text of a cell, prefixed with ' when a spreadsheet would run it as a formula (OWASP)."""
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(cell)
    text = str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def render_csv(summary: Summary, lang: str) -> str:
    """One row per item, then one per multi-select question (kind ``multiselect``: n_valid
    the respondents who answered, counts the ticks of each option, no % positive)."""
    rows = []
    for item in (*summary.items, *summary.multiselect):
        data = item_dict(item, lang)
        data["counts"] = ";".join(f"{k}={v}" for k, v in data["counts"].items())
        rows.append([data[c] for c in COLUMNS])
    return write_rows(COLUMNS, rows)
