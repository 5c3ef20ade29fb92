"""The terminal table (rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from forum_eval.render.markdown import method_note, table_header, table_rows
from forum_eval.render.narrative import data_note, excluded_line, narrative, respondents_line, title
from forum_eval.summary import Summary


def render_console(summary: Summary, lang: str, console: Console) -> None:
    table = Table(
        title=Text(title(summary, lang), style="bold"),
        caption=Text(respondents_line(summary, lang)),
    )
    for position, name in enumerate(table_header(summary, lang)):
        table.add_column(Text(name), justify="left" if position == 0 else "right", overflow="fold")
    for row in table_rows(summary, lang):
        table.add_row(*(Text(cell) for cell in row))
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
