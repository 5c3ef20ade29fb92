"""Google Forms CSV (the "Download responses (.csv)" of the form or of its linked sheet).

First column ``Timestamp`` in the form owner's language, optional ``Email Address`` (also
"Score" on quizzes), one column per question; grid questions become ``Question [Row]``
columns; checkbox answers are joined with ", "; repeated question texts are kept as is.
"""

from __future__ import annotations

from forum_eval.read.grid import Grid
from forum_eval.read.table import (
    GOOGLE_FORMS_TIMESTAMPS,
    IDENTIFYING,
    IDENTIFYING_HEADERS,
    IGNORED,
    METADATA,
    RawTable,
    build,
    folded,
    row,
)
from forum_eval.textnorm import fold

NAME = "google-forms"

#: The first header of a Google Forms export, in the languages it is localised to (Polish
#: too, which is not metadata on other platforms).
TIMESTAMPS = GOOGLE_FORMS_TIMESTAMPS | {fold("Sygnatura czasowa")}
_SCORE = folded("Score", "Note", "Puntuación", "Pontuação")


def detect(grid: Grid) -> bool:
    header = row(grid, 0)
    return bool(header) and fold(header[0]) in TIMESTAMPS


def adapt(grid: Grid) -> RawTable:
    headers = row(grid, 0)
    roles: dict[int, str] = {0: METADATA}
    for position, header in enumerate(headers[1:4], start=1):
        key = fold(header)
        if key in _SCORE:
            roles[position] = IGNORED
        elif key in IDENTIFYING_HEADERS:  # "Email Address" in the form's language
            roles[position] = IDENTIFYING
    return build(grid, header_rows=1, headers=headers, platform=NAME, roles=roles)
