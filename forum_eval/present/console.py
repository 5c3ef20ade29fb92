"""The terminal table (rich)."""

from __future__ import annotations

import textwrap
from functools import partial

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from forum_eval.analyse.summary import Summary
from forum_eval.errors import UsageError
from forum_eval.present.markdown import (
    items_table,
    method_note,
    multiselect_note,
    multiselect_table,
)
from forum_eval.present.narrative import (
    data_note,
    excluded_line,
    label,
    narrative,
    respondents_line,
    title,
)
from forum_eval.present.strings import NBSP, t

_BOUNDS = 4  # position of the "If all had answered" column of items_table()
#: least width of the item labels, and when the figures need the room
_LABEL_MIN = 20
_LABEL_MIN_TIGHT = 12


#: the narrowest terminal the tables are drawn for; narrower, the commands stop with a hint
MIN_WIDTH = 40
#: :func:`textwrap.wrap` breaking lines at plain spaces only, never inside a word or a figure
_wrap_whole = partial(textwrap.wrap, break_long_words=False, break_on_hyphens=False)


def check_width(console: Console) -> None:
    """Refuse a terminal narrower than :data:`MIN_WIDTH` (no table can be read there)."""
    if console.width < MIN_WIDTH:
        raise UsageError(
            f"the terminal is {console.width} columns wide; the tables need at least {MIN_WIDTH}.",
            hint="Use --format markdown (or widen the terminal).",
        )


def stacked(
    header: list[str] | tuple[str, ...],
    rows: list[list[str]],
    width: int,
    lang: str,
    *,
    words_last: bool = False,
    styles: list[str] | None = None,
) -> Text:
    """A table too wide for the terminal, one row after another: the label (column 0),
    wrapped, then every figure with its header, indented; a figure is never cut (its spaces
    become no-break spaces, and lines break only between figures). With ``words_last`` the
    last column (a verdict) is shown on its own, wrapping between its words."""
    colon = t(lang, "colon")
    out = Text()
    for number, row in enumerate(rows):
        if number:
            out.append("\n")
        if row[0]:  # an empty label continues the previous row's item
            label = textwrap.wrap(row[0], width=width) or [row[0]]
            out.append("\n".join(label) + "\n", style="bold")
        end = -1 if words_last else None  # the verdict comes after the figures, on its own
        tokens = [
            f"{name}{colon}{cell}".replace("\n", " ").replace(" ", NBSP)
            for name, cell in zip(header[1:end], row[1:end], strict=True)
            if cell
        ]
        lines = _wrap_whole("   ".join(tokens), width, initial_indent="  ", subsequent_indent="  ")
        out.append("\n".join(lines))
        if words_last:
            verdict = textwrap.wrap(
                f"{header[-1]}{colon}{row[-1]}",
                width=width,
                initial_indent="  ",
                subsequent_indent="    ",
                break_on_hyphens=False,
            )
            out.append("\n")
            out.append("\n".join(verdict), style=(styles[number] if styles else ""))
    return out


def paragraph(text: str, width: int, style: str = "") -> Text:
    """``text`` wrapped to ``width`` columns for the terminal. rich would break a line at a
    no-break space too ("58 831" in French, "93 %"); :mod:`textwrap` breaks only at plain
    spaces, so rich gets lines that already fit."""
    return Text("\n".join(_wrap_whole(text, max(width, 20))) or text, style=style)


def render_console(
    summary: Summary, lang: str, console: Console, title_text: str | None = None
) -> None:
    """The summary in the terminal: its title (``title_text``, from ``--title``, else the
    edition's or the cleaned file name: :func:`~forum_eval.present.narrative.title`), the
    table (stacked, one item after another, when the terminal is too narrow for columns),
    the narrative and the notes."""
    check_width(console)
    width = console.width
    heading = title(summary, lang, title_text)
    # The non-response range needs width a terminal rarely has: it is shown only when the
    # terminal is wide (it is always in the Markdown, JSON and CSV outputs).
    keep = [i for i in range(7) if width >= 110 or i != _BOUNDS]
    header, rows = items_table(summary, lang)
    fits, tight = _layout(header, rows, keep, width)
    respondents = respondents_line(summary, lang)
    parts: list[Table | Text] = []
    if rows and fits:
        parts.append(_table(heading, header, rows, keep, tight, caption=respondents))
    else:
        parts.append(paragraph(heading, width, "bold"))
        if rows:  # none when every question is a multi-select one
            shown = [[r[i] for i in keep] for r in rows]
            parts += [Text(""), stacked([header[i] for i in keep], shown, width, lang), Text("")]
        parts.append(paragraph(respondents, width))
    if note := data_note(summary, lang):
        parts.append(paragraph(note, width, "italic"))
    parts += _multiselect_parts(summary, lang, width, stack=not fits)
    parts.append(Text(""))
    parts.extend(paragraph(line, width) for line in narrative(summary, lang))
    if rows:
        parts += [Text(""), paragraph(method_note(summary, lang), width, "dim")]
    if excluded := excluded_line(summary, lang):
        parts.append(paragraph(excluded, width))
    console.print(Group(*parts))


def _needs(header: list[str], rows: list[list[str]], position: int, *, words: bool) -> int:
    """The width column ``position`` needs for its figures, whole, and its header: whole, or
    (``words``) wrapped between its words."""
    names = header[position].split(" ") if words else [header[position]]
    return max([*(len(name) for name in names), *(len(row[position]) for row in rows)])


def _layout(
    header: list[str], rows: list[list[str]], keep: list[int], width: int
) -> tuple[bool, bool]:
    """Whether the columns ``keep`` fit in a table ``width`` wide, and whether it is tight.

    Figures are never cut. When they and their headers do not fit on one line each (the
    counts of a big survey: "53 010/58 846"), the table is tight: a header wraps between its
    words instead and the labels get narrower; when even that does not fit, the rows are
    stacked."""
    borders = 3 * len(keep) + 1
    natural = sum(_needs(header, rows, p, words=False) for p in keep[1:])
    narrowest = sum(_needs(header, rows, p, words=True) for p in keep[1:])
    return _LABEL_MIN_TIGHT + narrowest + borders <= width, _LABEL_MIN + natural + borders > width


def _table(
    heading: str,
    header: list[str],
    rows: list[list[str]],
    keep: list[int],
    tight: bool,
    caption: str | None = None,
) -> Table:
    """The columns ``keep`` of ``rows`` as a table: the label first (wrapping), then the
    figures, whole; with ``tight``, a header wraps between its words instead."""
    table = Table(title=Text(heading, style="bold"), caption=Text(caption) if caption else None)
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
            widest = _needs(header, rows, position, words=True)
            table.add_column(Text(header[position]), justify="right", overflow="fold", width=widest)
        else:
            table.add_column(Text(header[position]), justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*(Text(row[i]) for i in keep))
    return table


def _multiselect_parts(
    summary: Summary, lang: str, width: int, *, stack: bool
) -> list[Table | Text]:
    """The multi-select questions after the items: a heading, then per question its options
    with the % of the respondents who answered it and n, and the note that the shares do not
    add up to 100 %. Stacked (as the items' table, ``stack``) when the terminal is narrow."""
    if not summary.multiselect:
        return []
    parts: list[Table | Text] = [Text(""), paragraph(t(lang, "ms_title"), width, "bold")]
    for item in summary.multiselect:
        header, rows = multiselect_table(item, lang)
        name = label(item, lang)
        fits, tight = _layout(header, rows, [0, 1, 2], width)
        parts.append(Text(""))
        if stack or not fits:
            question = paragraph(name, width, "bold underline")
            parts += [question, Text(""), stacked(header, rows, width, lang), Text("")]
        else:
            parts.append(_table(name, header, rows, [0, 1, 2], tight))
        parts.append(paragraph(multiselect_note(item, lang), width, "italic"))
    return parts
