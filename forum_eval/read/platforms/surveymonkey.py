"""SurveyMonkey CSV / XLSX export ("all responses", expanded or condensed columns).

Two header rows. Row 1: ``Respondent ID, Collector ID, Start Date, End Date, IP Address,
Email Address, First Name, Last Name, Custom Data 1`` then each question's text, written only
above the first sub-column of a matrix or checkbox question (the others are empty: it is
forward-filled here). Row 2: ``Response`` or ``Open-Ended Response`` for single columns, the
matrix row or option label otherwise. Older exports keep only ``RespondentID``.
"""

from __future__ import annotations

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    IDENTIFYING,
    METADATA,
    RawTable,
    build,
    folded,
    grid_header,
    header_role,
    row,
)
from forum_eval.textnorm import fold

NAME = "surveymonkey"

_SINGLE = folded("Response", "Open-Ended Response", "Réponse", "Réponse ouverte")
_FIRST = folded("Respondent ID", "RespondentID", "ID du répondant", "ID de répondant")


def detect(grid: Grid) -> bool:
    first, second = row(grid, 0), row(grid, 1)
    if not first or not second:
        return False
    return fold(first[0]) in _FIRST and any(fold(c) in _SINGLE for c in second)


def adapt(grid: Grid) -> RawTable:
    first, second = row(grid, 0), row(grid, 1)
    headers: list[str] = []
    roles: dict[int, str] = {}
    question = ""
    for position, (top, sub) in enumerate(zip(first, second, strict=False)):
        if top:
            question = top
        role = header_role(top)
        if role in (METADATA, IDENTIFYING) and not sub:
            roles[position] = role
            headers.append(top)
            question = ""
            continue
        headers.append(question if fold(sub) in _SINGLE or not sub else grid_header(question, sub))
    headers.extend(first[len(headers) :])
    return build(grid, header_rows=2, headers=headers, platform=NAME, roles=roles)
