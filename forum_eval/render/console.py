"""The terminal table (rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from forum_eval.render.markdown import method_note, table_header, table_rows
from forum_eval.render.narrative import data_note, excluded_line, narrative, respondents_line, title
from forum_eval.summary import Summary

_BOUNDS = 4  # position of the "If all had answered" column in table_header()


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
    for position in keep:
        if position == 0:
            table.add_column(
                Text(header[0]), justify="left", overflow="fold", min_width=20, ratio=1
            )
        else:
            table.add_column(Text(header[position]), justify="right", no_wrap=True)
    for row in table_rows(summary, lang):
        table.add_row(*(Text(row[i]) for i in keep))
    parts: list[Table | Text] = [table]
    note = data_note(summary, lang)
    if note:
        parts.append(Text(note, style="italic"))
    parts.append(Text(""))
    parts.extend(Text(line) for line in narrative(summary, lang))
    parts.append(Text(""))
    parts.append(Text(method_note(summary, lang), style="dim"))
    excluded = excluded_line(summary, lang)
    if excluded:
        parts.append(Text(excluded))
    console.print(Group(*parts))
