"""Comment themes and breakdowns as a table, JSON, Markdown, CSV and a bar chart.

Nothing is computed here: :class:`~forum_eval.analyse.comments.CommentsResult` and
:class:`~forum_eval.analyse.breakdown.Breakdown` carry the numbers, already suppressed. Redaction
markers are turned into « [caviardé] » / "[redacted]"; CSV cells go through
:func:`~forum_eval.present.csvout.neutralise` (formula injection).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from forum_eval.analyse.breakdown import (
    NOT_STATED,
    OTHER_VALUES,
    Breakdown,
    Cell,
    Group,
    Grouping,
    Row,
)
from forum_eval.analyse.privacy import localise_marks
from forum_eval.present.csvout import write_rows
from forum_eval.present.fmt import count as shown_count
from forum_eval.present.fmt import pct
from forum_eval.present.jsonout import edition_dict, json_text
from forum_eval.present.narrative import data_note
from forum_eval.present.narrative import title as narrative_title
from forum_eval.present.strings import t
from forum_eval.present.text import json_number, md_cell, md_heading, md_table

if TYPE_CHECKING:
    from fractions import Fraction

    from matplotlib.figure import Figure
    from rich.console import Console

    from forum_eval.analyse.comments import CommentsResult, ThemesByGroup
    from forum_eval.config.registry import Edition

SCHEMA_VERSION = 1


def _text(mapping: Any, lang: str, fallback: str) -> str:
    """A label in ``lang``, else in the other language, else ``fallback``."""
    if not mapping:
        return fallback
    return mapping.get(lang) or next(iter(mapping.values())) or fallback


def safe(text: str, lang: str) -> str:
    """A redacted text with its markers in the output language."""
    return localise_marks(text, t(lang, "redacted"))


#: the groups and rows the renderers name (the analysis leaves their label empty)
_GROUP_KEYS = {NOT_STATED: "bd_not_stated", OTHER_VALUES: "bd_other_values"}
_ROW_KEYS = {
    "respondents": "bd_respondents",
    "commenters": "cm_commenters_row",
    "other": "cm_other",
}


def group_label(group: Group, lang: str) -> str:
    if group.id in _GROUP_KEYS:
        return t(lang, _GROUP_KEYS[group.id])
    return _text(group.label, lang, group.id)


def _by_title(grouping: Grouping, lang: str) -> str:
    """ "By identity" / « Selon « identité » »."""
    return t(lang, "bd_title", label=_text(grouping.label, lang, grouping.id))


# -------------------------------------------------------------------------- breakdowns


def _row_label(row: Row, lang: str) -> str:
    if row.id in _ROW_KEYS and not row.label:
        return t(lang, _ROW_KEYS[row.id])
    return _text(row.label, lang, row.id)


def _cells(row: Row) -> list[Cell]:
    """The row's total ("All"), as one more cell, then one cell per group."""
    return [Cell(row.n, row.positive, row.share, False), *row.cells]


def cell_text(row: Row, cell: Cell, k: int, lang: str) -> str:
    if cell.suppressed:
        return t(lang, "bd_suppressed", k=k)
    if row.positive is None or cell.share is None:
        return "–" if cell.n is None else shown_count(cell.n, lang)
    return t(lang, "bd_cell", pct=pct(cell.share, lang), n=cell.n)


def breakdown_table(
    by: Breakdown | ThemesByGroup, rows: Sequence[Row], lang: str
) -> list[list[str]]:
    """Header + display rows: label, All, then one cell per group."""
    groups = by.grouping.groups
    header = ["", t(lang, "bd_all"), *(group_label(g, lang) for g in groups)]
    body = [
        [_row_label(row, lang), *(cell_text(row, c, by.min_cell, lang) for c in _cells(row))]
        for row in rows
    ]
    return [header, *body]


def breakdown_notes(breakdown: Breakdown, lang: str) -> list[str]:
    notes = [t(lang, "bd_note", k=breakdown.min_cell)]
    grouping = breakdown.grouping
    if grouping.sensitive:
        notes.append(t(lang, "bd_sensitive", label=_text(grouping.label, lang, grouping.id)))
    return notes


def _cells_dict(row: Row, groups: Sequence[Group], positive: bool) -> list[dict[str, Any]]:
    out = []
    for group, cell in zip(groups, row.cells, strict=True):
        entry: dict[str, Any] = {"id": group.id, "n": cell.n}
        if positive:
            entry |= {"n_positive": cell.positive, "share_positive": json_number(cell.share)}
        out.append(entry | {"suppressed": cell.suppressed})
    return out


def _groups_dict(by: Breakdown | ThemesByGroup, lang: str) -> dict[str, Any]:
    """What the JSON of a breakdown says first: the grouping and each group's size."""
    grouping = by.grouping
    return {
        "by": grouping.id,
        "label": _text(grouping.label, lang, grouping.id),
        "sensitive": grouping.sensitive,
        "min_cell": by.min_cell,
        "groups": [
            {"id": g.id, "label": group_label(g, lang), "n": c.n, "suppressed": c.suppressed}
            for g, c in zip(grouping.groups, by.sizes.cells, strict=True)
        ],
    }


def breakdown_dict(breakdown: Breakdown, lang: str) -> dict[str, Any]:
    """The ``breakdown`` key of ``summarize --by … --format json``."""
    return {
        **_groups_dict(breakdown, lang),
        "items": [
            {
                "id": row.id,
                "label": _row_label(row, lang),
                "n_valid": row.n,
                "n_positive": row.positive,
                "share_positive": json_number(row.share),
                "groups": _cells_dict(row, breakdown.groups, True),
            }
            for row in breakdown.rows
        ],
        "notes": breakdown_notes(breakdown, lang),
    }


def breakdown_markdown(breakdown: Breakdown, lang: str) -> str:
    table = breakdown_table(breakdown, (breakdown.sizes, *breakdown.rows), lang)
    out = [f"## {_by_title(breakdown.grouping, lang)}", ""]
    out += md_table(table[0], table[1:])
    for note in breakdown_notes(breakdown, lang):
        out += ["", f"*{note}*"]
    return "\n".join(out) + "\n"


def _with_data(header: Sequence[str], rows: list[list[object]], edition: Edition | None) -> str:
    """The CSV text, with a last ``data`` column: published / reconstruction / synthetic
    (empty for a file outside a project)."""
    data = edition.data if edition is not None else ""
    return write_rows([*header, "data"], [[*row, data] for row in rows])


def breakdown_csv(breakdown: Breakdown, lang: str, *, edition: Edition | None = None) -> str:
    header = (
        "item_id",
        "item_label",
        "group_id",
        "group_label",
        "n_valid",
        "n_positive",
        "share_positive",
        "suppressed",
    )
    names = [("all", t(lang, "bd_all")), *((g.id, group_label(g, lang)) for g in breakdown.groups)]
    rows: list[list[object]] = []
    for row in (breakdown.sizes, *breakdown.rows):
        label = _row_label(row, lang)
        rows += [
            [row.id, label, group_id, name, c.n, c.positive, json_number(c.share), c.suppressed]
            for (group_id, name), c in zip(names, _cells(row), strict=True)
        ]
    return _with_data(header, rows, edition)


def console_grid(title: str, rows: Sequence[Sequence[str]], width: int) -> list[Any]:
    """A compact rich table for a breakdown (share over n in each cell, light rules).

    When the group names do not fit ``width`` side by side, the group columns are numbered
    and a legend follows the table (names are never cut).
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    header = list(rows[0])
    cell_width = max(
        (len(part) for row in rows[1:] for c in row[1:] for part in c.split(" (")), default=5
    )

    def longest_word(name: str) -> int:
        return max((len(w) for w in name.split()), default=1)

    legend: list[Any] = []
    if 18 + sum(max(cell_width + 1, longest_word(n)) + 2 for n in header[1:]) > width:
        names = header[2:]
        header = [header[0], header[1], *(f"{i + 1}" for i in range(len(names)))]
        legend = [
            Text(" · ".join(f"{i + 1} = {name}" for i, name in enumerate(names)), style="dim")
        ]
    table = Table(
        title=Text(title, style="bold"), box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False
    )
    table.add_column(Text(header[0]), justify="left", overflow="fold", min_width=14, ratio=1)
    for name in header[1:]:
        least = max(cell_width + 1, min(longest_word(name), 12))
        table.add_column(Text(name), justify="right", min_width=least)
    for row in rows[1:]:
        table.add_row(Text(row[0]), *(Text(cell.replace(" (", "\n(")) for cell in row[1:]))
    return [table, *legend]


def breakdown_console(breakdown: Breakdown, lang: str, console: Console) -> None:
    from rich.console import Group as RichGroup

    from forum_eval.present.console import paragraph

    title = _by_title(breakdown.grouping, lang)
    rows = breakdown_table(breakdown, (breakdown.sizes, *breakdown.rows), lang)
    # wrapped at plain spaces only: rich broke "(« < 5 »)" before its closing guillemet
    notes = [paragraph(note, console.width, "dim") for note in breakdown_notes(breakdown, lang)]
    console.print(RichGroup(*console_grid(title, rows, console.width), *notes))


# ---------------------------------------------------------------------------- comments


def theme_label(theme_id: str, label: Any, lang: str) -> str:
    return _text(label, lang, theme_id)


def _one(count: int) -> str:
    """The suffix of a string's singular form: "_one" for a count of 1."""
    return "_one" if count == 1 else ""


def commenters_phrase(result: CommentsResult, lang: str) -> str:
    """ "21 of the 31 respondents wrote a comment", in the singular for one commenter, "The
    only respondent …" for a single respondent, "None of the …" for no commenter."""
    only = "_only" if result.respondents == 1 else ""
    if not result.commenters:
        key = f"cm_who{only}_none"
    else:
        key = "cm_who_only" if only else f"cm_who{_one(result.commenters)}"
    return t(lang, key, commenters=result.commenters, respondents=result.respondents)


def comments_line(result: CommentsResult, lang: str) -> str:
    """The commenters among the respondents, and the comments in all (none: no total)."""
    who = commenters_phrase(result, lang)
    if not result.n_comments:
        return t(lang, "cm_line_none", who=who)
    total = t(lang, f"cm_total{_one(result.n_comments)}", comments=result.n_comments)
    return t(lang, "cm_line", who=who, total=total)


def _theme_counts(result: CommentsResult, lang: str) -> list[tuple[str, str, int, Fraction | None]]:
    """(id, label, respondents, share) of each theme, then of "other" (a reserved theme id):
    the commenters who raised none."""
    themes = [
        (th.id, theme_label(th.id, th.label, lang), th.n_respondents, th.share)
        for th in result.themes
    ]
    return [*themes, ("other", t(lang, "cm_other"), result.other, result.other_share)]


def theme_rows(result: CommentsResult, lang: str) -> list[list[str]]:
    counts = _theme_counts(result, lang)
    return [[label, shown_count(n, lang), pct(share, lang)] for _, label, n, share in counts]


def theme_header(lang: str) -> list[str]:
    return [t(lang, "cm_theme"), t(lang, "cm_respondents"), t(lang, "cm_share")]


def sentences(result: CommentsResult, lang: str) -> list[str]:
    """One sentence per theme raised, most frequent first."""
    only = result.commenters == 1
    return [
        t(
            lang,
            "cm_sentence_only" if only else f"cm_sentence{_one(th.n_respondents)}",
            count=th.n_respondents,
            commenters=result.commenters,
            theme=theme_label(th.id, th.label, lang),
            pct=pct(th.share, lang),
        )
        for th in result.themes
        if th.n_respondents
    ]


def quote(text: str, lang: str) -> str:
    return t(lang, "quoted", text=safe(text, lang))


def method_notes(result: CommentsResult, lang: str) -> list[str]:
    notes = [t(lang, "cm_method", codebook=result.codebook or "codebook.toml")]
    if result.n_redacted:
        key = f"cm_redacted_note{_one(result.n_redacted)}"
        notes.append(t(lang, key, count=result.n_redacted))
    return notes


def _by_rows(by: ThemesByGroup) -> list[Row]:
    return [by.sizes, by.commenters, *by.rows]


def comments_dict(result: CommentsResult, lang: str, *, uncoded: bool = False) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "source": result.name,
        "file": result.file,
        "edition": edition_dict(result.edition),
        "data_note": data_note(result, lang),
        "lang": lang,
        "respondents": result.respondents,
        "commenters": result.commenters,
        "n_comments": result.n_comments,
        "columns": [
            {"id": c.id, "label": _text(c.label, lang, c.id), "n_comments": c.n_comments}
            for c in result.columns
        ],
        "themes": [
            {
                "id": th.id,
                "label": theme_label(th.id, th.label, lang),
                "n_respondents": th.n_respondents,
                "share": json_number(th.share),
                "quotes": [safe(q, lang) for q in th.quotes],
            }
            for th in result.themes
        ],
        "other": {"n_respondents": result.other, "share": json_number(result.other_share)},
        "uncoded": [safe(u, lang) for u in result.uncoded] if uncoded else None,
        "n_redacted": result.n_redacted,
        "codebook": result.codebook,
        "by": None if result.by is None else _themes_by_dict(result.by, lang),
        "narrative": sentences(result, lang),
        "notes": method_notes(result, lang),
        "warnings": list(result.warnings),
    }


def _themes_by_dict(by: ThemesByGroup, lang: str) -> dict[str, Any]:
    """The ``by`` key of ``comments --by … --format json``: commenters and themes per group."""
    return {
        **_groups_dict(by, lang),
        "rows": [
            {
                "id": row.id,
                "label": _row_label(row, lang),
                "n": row.n,
                "groups": _cells_dict(row, by.grouping.groups, False),
            }
            for row in (by.commenters, *by.rows)
        ],
        "note": t(lang, "cm_by_note", k=by.min_cell),
    }


def render_comments_json(result: CommentsResult, lang: str, *, uncoded: bool = False) -> str:
    return json_text(comments_dict(result, lang, uncoded=uncoded))


def comments_markdown_section(
    result: CommentsResult, lang: str, *, level: int = 2, uncoded: bool = False
) -> str:
    """The themes, quotes and notes as Markdown sections (also used by the report)."""
    h = "#" * level
    out = [comments_line(result, lang) + ".", ""]
    out += md_table(theme_header(lang), theme_rows(result, lang))
    quoted = [th for th in result.themes if th.quotes]
    if quoted:
        out += ["", f"{h} {t(lang, 'cm_quotes_title')}", ""]
        for th in quoted:
            out.append(f"- **{md_cell(theme_label(th.id, th.label, lang))}**")
            out += [f"  - {md_cell(quote(q, lang))}" for q in th.quotes]
    if uncoded:
        out += ["", f"{h} {t(lang, 'cm_uncoded_title')}", ""]
        out += [f"- {md_cell(quote(u, lang))}" for u in result.uncoded] or [
            t(lang, "cm_uncoded_none")
        ]
    if result.by is not None:
        table = breakdown_table(result.by, _by_rows(result.by), lang)
        out += ["", f"{h} {_by_title(result.by.grouping, lang)}", ""]
        out += md_table(table[0], table[1:])
        out += ["", f"*{t(lang, 'cm_by_note', k=result.by.min_cell)}*"]
    for note in method_notes(result, lang):
        out += ["", f"*{note}*"]
    return "\n".join(out) + "\n"


def render_comments_markdown(result: CommentsResult, lang: str, *, uncoded: bool = False) -> str:
    out = md_heading(_title(result, lang), data_note(result, lang))
    return "\n".join(out) + "\n" + comments_markdown_section(result, lang, uncoded=uncoded)


def render_comments_csv(result: CommentsResult, lang: str, *, uncoded: bool = False) -> str:
    n_quotes = max((len(th.quotes) for th in result.themes), default=0)
    if uncoded and result.uncoded:
        n_quotes = max(n_quotes, 1)  # the uncoded comments go in quote_1
    header = [
        "theme_id",
        "theme_label",
        "group_id",
        "group_label",
        "n_respondents",
        "share_of_commenters",
        "suppressed",
        *(f"quote_{i + 1}" for i in range(n_quotes)),
    ]
    pad = [""] * n_quotes

    def quote_cells(texts: Sequence[str]) -> list[str]:
        """The quote_… cells: the texts, redacted, then empty cells."""
        return [*(safe(text, lang) for text in texts), *pad][:n_quotes]

    by_rows = {row.id: row for row in result.by.rows} if result.by is not None else {}
    groups = result.by.grouping.groups if result.by is not None else ()
    # each theme, then "other" (commenters who raised none): a row for all the commenters,
    # then one per group with --by
    quotes = {th.id: th.quotes for th in result.themes}
    everyone = ["all", t(lang, "bd_all")]
    rows: list[list[object]] = []
    for row_id, label, n, share in _theme_counts(result, lang):
        cells = quote_cells(quotes.get(row_id, ()))
        rows.append([row_id, label, *everyone, n, json_number(share), False, *cells])
        if row_id in by_rows:
            rows += [
                [row_id, label, g.id, group_label(g, lang), c.n, None, c.suppressed, *pad]
                for g, c in zip(groups, by_rows[row_id].cells, strict=True)
            ]
    if uncoded:
        title = t(lang, "cm_uncoded_title")
        rows += [
            ["uncoded", title, "", "", None, None, False, *quote_cells([text])]
            for text in result.uncoded
        ]
    return _with_data(header, rows, result.edition)


def render_comments_console(
    result: CommentsResult, lang: str, console: Console, *, uncoded: bool = False
) -> None:
    from rich.console import Group as RichGroup
    from rich.table import Table
    from rich.text import Text

    from forum_eval.present.console import check_width, paragraph, stacked

    check_width(console)
    width = console.width

    def wrapped(text: str, style: str = "") -> Text:
        """``text`` wrapped at plain spaces only (rich would break at a no-break space: a
        French line starting with ":" or "[caviardé] »")."""
        return paragraph(text, width, style)

    title = _title(result, lang)
    header, rows = theme_header(lang), theme_rows(result, lang)
    # a table whose columns do not fit the terminal is shown one theme after another (labels
    # wrap between words, figures stay whole), as the summarize table is
    needed = (
        sum(max(len(cell) for cell in column) + 3 for column in zip(header, *rows, strict=True)) + 1
    )
    parts: list[Any]
    if needed > console.width:
        parts = [
            wrapped(title, "bold"),
            stacked(list(header), rows, console.width, lang),
            wrapped(comments_line(result, lang)),
        ]
    else:
        table = Table(title=wrapped(title, "bold"), caption=wrapped(comments_line(result, lang)))
        for position, name in enumerate(header):
            table.add_column(
                Text(name), justify="left" if position == 0 else "right", overflow="fold"
            )
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        parts = [table]
    note = data_note(result, lang)
    if note:
        parts.append(wrapped(note, "italic"))
    quoted = [th for th in result.themes if th.quotes]
    if quoted:
        parts += [Text(""), Text(t(lang, "cm_quotes_title"), style="bold")]
        for th in quoted:
            parts.append(Text(theme_label(th.id, th.label, lang), style="bold"))
            parts += [wrapped(f"  {quote(q, lang)}") for q in th.quotes]
    if uncoded:
        parts += [Text(""), Text(t(lang, "cm_uncoded_title"), style="bold")]
        parts += [wrapped(f"  {quote(u, lang)}") for u in result.uncoded] or [
            wrapped(t(lang, "cm_uncoded_none"))
        ]
    if result.by is not None:
        by = result.by
        rows = breakdown_table(by, _by_rows(by), lang)
        by_parts = console_grid(_by_title(by.grouping, lang), rows, console.width)
        parts += [Text(""), *by_parts, wrapped(t(lang, "cm_by_note", k=by.min_cell), "dim")]
    parts.append(Text(""))
    parts += [wrapped(n, "dim") for n in method_notes(result, lang)]
    console.print(RichGroup(*parts))


# ------------------------------------------------------------------------------- chart


def _title(result: CommentsResult, lang: str, title: str | None = None) -> str:
    """ "Comments — <the event or file>", atop every output (see :func:`narrative.title`)."""
    return f"{t(lang, 'cm_title')} — {narrative_title(result, lang, title)}"


def plot_themes(result: CommentsResult, *, lang: str, title_text: str | None = None) -> Figure:
    """Horizontal bars: respondents per theme (most raised on top), count and % labelled.

    Themes nobody raised are left out; "other" comes last, in grey. (``report`` draws no
    themes chart when no comment matched a theme.)
    """
    from forum_eval.present import chartstyle as cs

    entries = [
        (label, n, share, theme_id == "other")
        for theme_id, label, n, share in _theme_counts(result, lang)
        if n
    ]
    title = _title(result, lang, title_text)
    subtitle = t(lang, "cm_chart_subtitle", who=commenters_phrase(result, lang))
    source = t(lang, "cm_chart_source", codebook=result.codebook or "codebook.toml")
    note = data_note(result, lang)
    if note:
        source = f"{source} {note}"
    with cs.style():
        fig = cs.new_figure(1.0)
        top = cs.add_title(fig, title, subtitle)
        bottom = cs.add_source(fig, source)
        labels = [cs.wrap_label(label, 30) for label, *_ in entries]
        lines = sum(max(1, label.count("\n") + 1) for label in labels)
        body = max(0.8, 0.2 * lines + 0.14 * len(entries) + 0.45)
        fig.set_size_inches(cs.WIDTH_IN, top + body + bottom)
        rect = cs.axes_rect(
            fig, left_in=2.3, right_in=0.9, top_in=top + 0.05, bottom_in=bottom + 0.4
        )
        ax = fig.add_axes((rect[0], rect[1], rect[2], rect[3]))
        positions = list(range(len(entries)))
        counts = [count for _, count, _, _ in entries]
        colours = [cs.NA_COLOR if other else cs.ACCENT for *_, other in entries]
        ax.barh(positions, counts, color=colours, height=0.62)
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        top_count = max(counts, default=1)
        ax.set_xlim(0, top_count * 1.02 if top_count else 1)
        for y, (_, count, share, _) in zip(positions, entries, strict=True):
            ax.text(
                count + top_count * 0.015,
                y,
                f"{shown_count(count, lang)} ({pct(share, lang)})",
                va="center",
                ha="left",
                fontsize=cs.LABEL_PT,
                color=cs.TEXT,
                clip_on=False,
            )
        ax.set_xlabel(t(lang, "cm_chart_axis"))
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        # counts of five digits or more are grouped ("40,000") and get fewer, wider ticks
        wide = top_count >= 10_000
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5 if wide else 10, integer=True))
        if wide:
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: shown_count(int(x), lang)))
        cs.clean_axes(ax)
        ax.tick_params(axis="y", length=0)
    return fig


def alt_text(result: CommentsResult, lang: str, title: str | None = None) -> str:
    """A short description of the themes chart, in its language: the five themes raised most
    in sentences, then the other bars of the chart by name and count (as many as fit in
    :data:`~forum_eval.present.alt.MAX_WORDS`, the rest "on the chart")."""
    from forum_eval.present.alt import MAX_WORDS, word_count

    lines = [_title(result, lang, title) + ".", comments_line(result, lang) + "."]
    lines += sentences(result, lang)[:_ALT_SENTENCES]
    drawn = [(label, n) for theme_id, label, n, _ in _theme_counts(result, lang) if n]
    rest = [t(lang, "cm_alt_part", label=label, count=n) for label, n in drawn[_ALT_SENTENCES:]]
    shown = len(rest)
    while rest:
        listed = ", ".join(rest[:shown])
        if shown < len(rest):
            listed += " " + t(lang, "ms_alt_more", count=len(rest) - shown)
        text = " ".join([*lines, t(lang, "cm_alt_rest", parts=listed)])
        if shown == 1 or word_count(text) <= MAX_WORDS:
            return text
        shown -= 1
    return " ".join(lines)


#: themes told in sentences in the themes chart's alt text
_ALT_SENTENCES = 5
