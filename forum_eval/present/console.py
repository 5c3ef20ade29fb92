"""The terminal table (rich)."""

from __future__ import annotations

import textwrap

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from forum_eval.analyse.summary import Summary
from forum_eval.present.markdown import method_note, table_header, table_rows
from forum_eval.present.narrative import (
    data_note,
    excluded_line,
    narrative,
    respondents_line,
    title,
)

_BOUNDS = 4  # position of the "If all had answered" column in table_header()
#: least width of the item labels, and when the figures need the room
_LABEL_MIN = 20
_LABEL_MIN_TIGHT = 12


def paragraph(text: str, width: int, style: str = "") -> Text:
    """``text`` wrapped to ``width`` columns for the terminal. rich would break a line at a
    no-break space too ("58 831" in French, "93 %"); :mod:`textwrap` breaks only at plain
    spaces, so rich gets lines that already fit."""
    lines = textwrap.wrap(
        text, width=max(width, 20), break_long_words=False, break_on_hyphens=False
    )
    return Text("\n".join(lines) or text, style=style)


def render_console(summary: Summary, lang: str, console: Console) -> None:
    table = Table(
        title=Text(title(summary, lang), style="bold"),
        caption=Text(respondents_line(summary, lang)),
    )
    # The non-response range needs width a terminal rarely has: it is shown only when the
    # terminal is wide (it is always in the Markdown, JSON and CSV outputs).
    wide = console.width >= 110
    keep = [i for i in range(7) if wide or i != _BOUNDS]
    header = table_header(summary, lang)
    rows = table_rows(summary, lang)
    # Figures are never cut. When they and their headers do not fit on one line each (the
    # counts of a big survey: "53 010/58 846"), a header wraps between its words instead
    # and the labels get narrower.
    natural = [max([len(header[p]), *(len(r[p]) for r in rows)]) for p in keep[1:]]
    tight = _LABEL_MIN + sum(natural) + 3 * len(keep) + 1 > console.width
    for position in keep:
        if position == 0:
            table.add_column(
                Text(header[0]),
                justify="left",
                overflow="fold",
                min_width=_LABEL_MIN_TIGHT if tight else _LABEL_MIN,
                ratio=1,
            )
        elif tight:
            widest = max(
                [*(len(w) for w in header[position].split(" ")), *(len(r[position]) for r in rows)]
            )
            table.add_column(Text(header[position]), justify="right", overflow="fold", width=widest)
        else:
            table.add_column(Text(header[position]), justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*(Text(row[i]) for i in keep))
    width = console.width
    parts: list[Table | Text] = [table]
    note = data_note(summary, lang)
    if note:
        parts.append(paragraph(note, width, "italic"))
    parts.append(Text(""))
    parts.extend(paragraph(line, width) for line in narrative(summary, lang))
    parts.append(Text(""))
    parts.append(paragraph(method_note(summary, lang), width, "dim"))
    excluded = excluded_line(summary, lang)
    if excluded:
        parts.append(paragraph(excluded, width))
    console.print(Group(*parts))
