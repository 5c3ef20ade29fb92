"""KoboToolbox CSV / XLSX export ("labels" or "XML values", with or without group names).

``;`` separator with every field quoted, CRLF; group paths joined with ``/``;
an optional second row of HXL ``#tags``; trailing system columns ``_id, _uuid,
_submission_time, _validation_status, _notes, _status, _submitted_by, _tags, _index`` and
one to three form-version columns; values are labels or XML names (``strongly_agree``).
"""

from __future__ import annotations

from collections import Counter

from forum_eval.read.grid import Grid
from forum_eval.read.table import IDENTIFYING, METADATA, RawTable, build, header_role, row

NAME = "kobo"

_SYSTEM = {"_id", "_uuid", "_submission_time", "_index", "_validation_status", "_submitted_by"}


def detect(grid: Grid) -> bool:
    header = set(row(grid, 0))
    return len(header & _SYSTEM) >= 2


def _strip_groups(headers: list[str]) -> list[str]:
    """Drop group prefixes ("group/question") shared by at least two columns."""
    result = list(headers)
    for _ in range(5):  # nested groups
        prefixes = Counter(h.split("/", 1)[0] for h in result if "/" in h and not h.startswith("_"))
        changed = False
        for position, header in enumerate(result):
            if "/" in header and prefixes[header.split("/", 1)[0]] >= 2:
                rest = header.split("/", 1)[1].strip()
                if rest:
                    result[position] = rest
                    changed = True
        if not changed:
            break
    return result


def adapt(grid: Grid) -> RawTable:
    raw = row(grid, 0)
    second = [c for c in row(grid, 1) if c]
    hxl = bool(second) and sum(c.startswith("#") for c in second) * 2 > len(second)
    roles: dict[int, str] = {}
    for position, header in enumerate(raw):
        role = header_role(header)
        if header.startswith("_") or role in (METADATA, IDENTIFYING):
            roles[position] = role if role in (METADATA, IDENTIFYING) else METADATA
    return build(
        grid, header_rows=2 if hxl else 1, headers=_strip_groups(raw), platform=NAME, roles=roles
    )
