"""LimeSurvey CSV export (Responses › Export), any heading style.

UTF-8 (often with BOM), ``;`` or ``,``, every value quoted, CRLF; values may hold newlines.
Meta columns ``id, submitdate, lastpage, startlanguage, seed, startdate, datestamp, ipaddr,
refurl`` (code headings) or ``Response ID, Date submitted, Last page, Start language, …``
(full text), or both, "code. text" (``id. Response ID, submitdate. Date submitted, …``: the
"question code & question text" heading style). Question headings are codes
(``Q1[SQ001]``), full text (``Question [Sub]``) or "code. text" / "1 - text". An empty
``submitdate`` means the response was not completed.
"""

from __future__ import annotations

import re

import numpy as np

from forum_eval.read.grid import Grid
from forum_eval.read.table import RawTable, build, folded, meta_roles, row
from forum_eval.textnorm import fold

NAME = "limesurvey"

_SUBMIT = folded("submitdate", "Date submitted", "Date de soumission")
_MARKERS = folded(
    "lastpage", "startlanguage", "Last page", "Start language", "Dernière page", "Langue de départ"
)
#: "Q1. text", "G01Q02. text", "Q06[SQ001]. text", "1 - text", "12) text"
_NUMBERED = re.compile(
    r"^\s*(?:[A-Za-z][A-Za-z0-9_]*\d[A-Za-z0-9_]*(?:\[[A-Za-z0-9_]+\])?\.|\d+\s*(?:\.|-|\)|:))\s+(?=\S)"
)


#: the meta columns' codes, which the "code. text" heading style writes before their texts
_META_CODES = folded(
    "id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr",
    "refurl", "token",
)  # fmt: skip
#: "submitdate. Date submitted": a code, ". ", then the text
_CODE_AND_TEXT = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\.\s+(\S.*)$", re.DOTALL)
#: any question code before its text, in the "code. text" style (``ActPri[SQ001]. text``,
#: ``mood. text``: codes need no digit there)
_ANY_CODE = re.compile(r"^\s*[A-Za-z][A-Za-z0-9_]*(?:\[[A-Za-z0-9_]+\])?\.\s+(?=\S)")


def _meta_code(header: str) -> str | None:
    """The code of a meta column's "code. text" heading ("submitdate" of "submitdate. Date
    submitted"), or None."""
    found = _CODE_AND_TEXT.match(header)
    return found[1] if found is not None and fold(found[1]) in _META_CODES else None


def detect(grid: Grid) -> bool:
    header = {fold(_meta_code(h) or h) for h in row(grid, 0)}
    return bool(header & _SUBMIT) and bool(header & _MARKERS)


def strip_number(header: str) -> str:
    return _NUMBERED.sub("", header, count=1)


def adapt(grid: Grid) -> RawTable:
    first = row(grid, 0)
    raw = [_meta_code(header) or header for header in first]
    roles = meta_roles(raw)
    coded = raw != first  # the "code. text" style: every question heading starts with its code

    def heading(header: str) -> str:
        return _ANY_CODE.sub("", header, count=1) if coded else strip_number(header)

    headers = [first[p] if p in roles else heading(header) for p, header in enumerate(raw)]
    table = build(grid, header_rows=1, headers=headers, platform=NAME, roles=roles)
    submit = next((p for p, header in enumerate(raw) if fold(header) in _SUBMIT), None)
    if submit is not None:
        incomplete = (table.frame[submit].str.strip() == "").to_numpy()
        table.status = np.where(incomplete, "incomplete", "")
    return table
