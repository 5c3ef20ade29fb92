"""The report's charts, drawn from a :class:`~forum_eval.analyse.summary.Summary`.

Each ``plot_*`` function returns a matplotlib ``Figure`` (Agg canvas, never pyplot) and never
saves or shows it; :mod:`forum_eval.report` writes it.  Every number on a
chart comes from the summary and is formatted by :mod:`forum_eval.present.fmt`, so the charts
show exactly the figures of ``summarize``.

- :func:`plot_agreement` — diverging stacked bars (Heiberger & Robbins): one bar per agreement
  item, disagreement left of zero, agreement right, the neutral category split across zero;
  columns beside the bars with % agreeing, n (valid answers), N/A and blank counts (which never
  enter the bars); axis fixed at −100 … 100 % so years compare.
- :func:`plot_shares` — % positive per item (agreement, yes/no, expertise) as a dot with its
  confidence interval and, when attendees are known, the non-response bounds as a faint band.
- :func:`plot_expertise` — the distribution of self-rated expertise.
- :func:`plot_choice` — a single-choice question: % of the respondents who answered per
  answer, with its count, most chosen first (form order for ordered answers such as age
  bands), "Other" / "Prefer not to say" last; a multi-select question the same way (% of the
  respondents who ticked at least one option, sorted), saying that the shares do not add up
  to 100 %.

Long charts are split, never cut or stretched: :func:`rating_pages`, :func:`shares_pages`
and :func:`choice_pages` share the rows out among as few charts as keep each one at most
:data:`MAX_ROWS` rows and :data:`MAX_HEIGHT_IN` tall (a page at 6.5 in wide); each page is
drawn by passing its rows (``ids`` / ``rows``) and ``page=(index, total)`` to the ``plot_*``
function, which then adds "(2 of 3)" to the title. ``title_text`` replaces the event's name
in the titles (``report --title``; see :func:`forum_eval.present.narrative.title`).

Artists carry ids (``Artist.get_gid()``) for tests: bar segments ``"<item>:<category>"``,
column values ``"<item>:<column>"`` (``pct``, ``n``, ``na``, ``blank``), dots ``"<item>:dot"``,
intervals ``"<item>:ci"``, bands ``"<item>:bounds"``, row labels ``"<item>:label"`` (expertise:
``"<item>:<category>:label"``; drawn by :func:`~forum_eval.present.chartstyle.row_labels`
where y tick labels would be).

The frame of these charts (:func:`percent_axis`: rows along a % axis; :func:`split_rows`)
also serves the dumbbell and trend charts of :mod:`forum_eval.present.charts_compare`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.present import chartstyle as cs
from forum_eval.present.alt import (
    choice_order,
    grid_groups,
    grid_labels,
    last_rank,
    page_note,
)
from forum_eval.present.chartdata import (
    Order,
    diverging_items,
    expertise_items,
    negative_share,
    order_items,
    selected,
    share_items,
    share_of,
)
from forum_eval.present.fmt import count, level, pct
from forum_eval.present.narrative import and_list, data_note, label, respondents_line
from forum_eval.present.narrative import title as survey_title
from forum_eval.present.strings import t
from forum_eval.present.text import data_kind

LABEL_COL_IN = 1.75
BAR_IN = 0.2
ROW_MIN_IN = 0.3
ROW_PAD_IN = 0.1
#: at most this many rows (items, or answers of a choice) on one chart
MAX_ROWS = 15
#: no chart is taller (inches): a Letter or A4 page at 6.5 in wide, with its caption
MAX_HEIGHT_IN = 9.0
#: room under a choice chart's axis: tick labels and axis label
_CHOICE_BOTTOM_IN = 0.5
#: the ticks of the % axis of the charts whose bars start at 0
SHARE_TICKS = (0, 25, 50, 75, 100)


# --------------------------------------------------------------------------- shared layout

#: a column of values beside the bars: header, values, artist ids, weight, colour and width in
#: inches (values right-aligned at the column's right edge)
ColumnSpec = tuple[str, list[str], list[str], str, str, float]
#: space left of the widest value of a column
_COLUMN_GAP_IN = 0.1
#: the count columns: artist id suffix (``<item>:<name>``) and header string, count shown, colour
_COUNTS = (
    ("n", "n_valid", cs.TEXT),
    ("na", "n_not_applicable", cs.MUTED),
    ("blank", "n_blank", cs.MUTED),
)


def _value_columns(
    items: Sequence[ItemSummary], lang: str, header: str, least: Sequence[float]
) -> list[ColumnSpec]:
    """The bold % positive of each item (artist ids ``<item>:pct``), then its counts n, N/A
    and blank, as many columns as ``least`` has widths: each column is that wide, or wider
    when a value needs it (counts of a pooled survey run to six or seven digits)."""
    columns = [(header, [pct(i.share_positive, lang) for i in items], "pct", cs.TEXT)]
    for name, attribute, colour in _COUNTS[: len(least) - 1]:
        columns.append(
            (t(lang, name), [count(getattr(i, attribute), lang) for i in items], name, colour)
        )
    specs = []
    for (text, values, name, colour), width in zip(columns, least, strict=True):
        weight = "bold" if name == "pct" else "normal"
        widest = max((cs.text_width_in(v, cs.LABEL_PT, weight) for v in values), default=0.0)
        gids = [f"{i.id}:{name}" for i in items]
        specs.append((text, values, gids, weight, colour, max(width, widest + _COLUMN_GAP_IN)))
    return specs


def _header(fig: Figure, ax: Axes, x_in: float, text: str, ha: str) -> None:
    """A column header above the plot area, ``x_in`` inches right of its right edge (``ha``
    right) or right of its left edge (``ha`` left)."""
    ax.text(
        1 if ha == "right" else 0,
        1,
        text,
        transform=ax.transAxes + ScaledTranslation(x_in, 0.04, fig.dpi_scale_trans),
        ha=ha,
        va="bottom",
        fontsize=cs.SOURCE_PT,
        color=cs.MUTED,
    )


def _columns(fig: Figure, ax: Axes, specs: Sequence[ColumnSpec], centres: Sequence[float]) -> None:
    """The columns side by side right of the axes, their values right-aligned at each
    column's right edge."""
    x = 0.0
    for header, values, gids, weight, colour, width in specs:
        x += width
        transform = blended_transform_factory(ax.transAxes, ax.transData) + ScaledTranslation(
            x, 0, fig.dpi_scale_trans
        )
        _header(fig, ax, x, header, "right")
        for value, y, gid in zip(values, centres, gids, strict=True):
            ax.text(
                1,
                y,
                value,
                transform=transform,
                ha="right",
                va="center",
                fontsize=cs.LABEL_PT,
                color=colour,
                weight=weight,
                gid=gid,
            )


def subtitle(summary: Summary, lang: str, question: str | None = None) -> str:
    """Respondents / attendees and response rate, after a grid's ``question`` if any; a
    synthetic or reconstructed edition says so here too, not only in the source line."""
    line = respondents_line(summary, lang)
    kind = data_kind(summary.edition)
    if kind:
        line += t(lang, f"rep_subtitle_{kind}")
    return f"{question} · {line}" if question else line


def source_text(summary: Summary, lang: str) -> str:
    text = t(lang, "rep_source", file=summary.file)
    note = data_note(summary, lang)
    return f"{text}\n{note}" if note else text


def _rows(labels: Sequence[str]) -> tuple[list[str], list[float], list[float]]:
    """Labels wrapped to the label column, row centres and row heights (inches, from the top
    of the plot area)."""
    wrapped, centres, heights = [], [], []
    y = 0.0
    for text in labels:
        lines = cs.wrap_to_width(text, LABEL_COL_IN - 0.1, cs.LABEL_PT) or [""]
        height = max(ROW_MIN_IN, len(lines) * cs.line_height_in(cs.LABEL_PT) + ROW_PAD_IN)
        wrapped.append("\n".join(lines))
        centres.append(y + height / 2)
        heights.append(height)
        y += height
    return wrapped, centres, heights


def _heading(
    lang: str,
    key: str,
    summary: Summary,
    title_text: str | None,
    page: tuple[int, int] | None,
    **values: object,
) -> str:
    """The chart's title (``key`` of the strings), with "(2 of 3)" on a split chart."""
    text = t(lang, key, title=survey_title(summary, lang, title_text), **values)
    return text + page_note(page, lang, "rep_page")


def split_rows(heights: Sequence[float], room_in: float, max_rows: int = MAX_ROWS) -> list[range]:
    """Rows ``0 … len(heights) − 1`` in consecutive runs, one per chart: as few charts as
    keep each one at most ``max_rows`` rows and ``room_in`` inches of rows, the rows then
    shared out as evenly as still fits (29 rows: 15 + 14, not 15 + 14 by luck only; 16 rows:
    8 + 8, not 15 + 1). A row taller than ``room_in`` on its own gets a chart of its own."""
    n = len(heights)
    if not n:
        return []
    greedy: list[range] = []
    start, used = 0, 0.0
    for i, height in enumerate(heights):
        if i > start and (i - start >= max_rows or used + height > room_in):
            greedy.append(range(start, i))
            start, used = i, 0.0
        used += height
    greedy.append(range(start, n))
    k = len(greedy)
    size, extra = divmod(n, k)
    even, start = [], 0
    for j in range(k):
        stop = start + size + (j < extra)
        even.append(range(start, stop))
        start = stop
    fits = all(
        len(run) <= max_rows and (len(run) == 1 or sum(heights[i] for i in run) <= room_in)
        for run in even
    )
    return even if fits else greedy


#: the languages a split is worked out for: a chart is cut at the same rows in every language
SPLIT_LANGS = ("en", "fr")


def _page_items(
    everything: Sequence[ItemSummary], ids: Sequence[str] | None, order: Order, lang: str
) -> tuple[list[ItemSummary], str | None, dict[str, str]]:
    """The items of one page (``ids``; all of them when None) in ``order``, the grid question
    of its group and the row labels (see :func:`grid_groups`, :func:`grid_labels`)."""
    items = order_items(selected(everything, ids), order)
    group: Sequence[ItemSummary] = everything
    if ids is not None and items:
        group = next(g for g in grid_groups(everything) if items[0] in g)
    question, labels = grid_labels(group, lang)
    return items, question, labels


def _split(
    summary: Summary,
    layout: Callable[[str], tuple[str, str | None, list[LegendEntry], list[str]]],
    *,
    header_in: float,
    bottom_extra_in: float,
) -> list[range]:
    """:func:`split_rows` of a chart whose ``layout(lang)`` gives its heading, grid question,
    legend and row labels: each row as tall as in its tallest language, and the room for rows
    on a chart of at most :data:`MAX_HEIGHT_IN` (once its title with a page number, subtitle,
    legend, column headers, axis and source line are drawn) of the tightest one, so that every
    language is cut at the same rows and every page fits."""
    heights: list[float] = []
    rooms = []
    for lang in SPLIT_LANGS:
        heading, question, legend, labels = layout(lang)
        page = page_note((99, 99), lang, "rep_page")  # as wide as a page number can be
        frame = cs.frame_in(
            heading + page, subtitle(summary, lang, question), source_text(summary, lang)
        )
        used = frame + legend_height(legend) + header_in + bottom_extra_in
        rooms.append(max(MAX_HEIGHT_IN - used, ROW_MIN_IN))
        with cs.style():
            these = _rows(labels)[2]
        heights = [max(a, b) for a, b in zip(heights, these, strict=True)] if heights else these
    return split_rows(heights, min(rooms))


def _item_pages(
    summary: Summary,
    everything: Sequence[ItemSummary],
    order: Order,
    heading: Callable[[str], str],
    legend: Callable[[Sequence[ItemSummary], str], list[LegendEntry]],
    *,
    by_scale: bool = False,
) -> list[list[str]]:
    """The item ids of each page of a chart of ``everything``: grid by grid (:func:`grid_groups`),
    each grid split when too long for a page, the same in every language. ``by_scale``: the
    items of each grid in groups whose legends agree (:func:`scale_groups`), so that no page
    shows two labels in one colour."""
    pages: list[list[str]] = []
    groups = grid_groups(everything)
    if by_scale:
        groups = [part for group in groups for part in scale_groups(group)]
    for group in groups:
        items = order_items(group, order)

        def layout(
            lang: str, items: Sequence[ItemSummary] = items
        ) -> tuple[str, str | None, list[LegendEntry], list[str]]:
            question, labels = grid_labels(items, lang)
            return heading(lang), question, legend(items, lang), [labels[i.id] for i in items]

        runs = _split(summary, layout, header_in=0.22, bottom_extra_in=0.45)
        pages += [[items[i].id for i in run] for run in runs]
    return pages


def scale_groups(items: Sequence[ItemSummary]) -> list[list[ItemSummary]]:
    """``items`` in groups whose legends agree, in the order the groups first appear: in a
    group, a label has one colour and a colour one label, in every language. Items of one
    kind on scales that clash (quality5's *Poor / Fair / Good …* and average5's *Poor / Below
    average / Average …*: *Fair* and *Below average* in one colour) never share a chart; a
    scale of some of another's labels in the same colours (*Utile / Très utile* beside *Pas
    utile / Utile / Très utile*) does."""
    groups: list[list[ItemSummary]] = []
    colour_of: list[dict[tuple[str, str], str]] = []  # per group: (lang, label) → colour
    label_of: list[dict[tuple[str, str], str]] = []  # per group: (lang, colour) → label
    for item in items:
        entries = [
            (lang, colour, text)
            for lang in SPLIT_LANGS
            for colour, text in zip(_colours(item), item.category_labels[lang], strict=True)
        ]
        fits = (
            g
            for g in range(len(groups))
            if all(
                colour_of[g].get((lang, text), colour) == colour
                and label_of[g].get((lang, colour), text) == text
                for lang, colour, text in entries
            )
        )
        g = next(fits, len(groups))
        if g == len(groups):
            groups.append([])
            colour_of.append({})
            label_of.append({})
        groups[g].append(item)
        for lang, colour, text in entries:
            colour_of[g][(lang, text)] = colour
            label_of[g][(lang, colour)] = text
    return groups


def rating_pages(
    summary: Summary, kind: str, *, order: Order = "sorted", title_text: str | None = None
) -> list[list[str]]:
    """The item ids of each chart of ``kind`` (one list when the chart fits on a page, has
    one grid at most and no two scales whose legends clash), the same in every language."""
    return _item_pages(
        summary,
        diverging_items(summary, kind),
        order,
        lambda lang: _rating_heading(summary, kind, lang, title_text, None),
        _agreement_legend,
        by_scale=True,
    )


def shares_pages(
    summary: Summary, *, order: Order = "sorted", title_text: str | None = None
) -> list[list[str]]:
    """The item ids of each shares chart (one list when the chart fits on a page and has one
    grid at most), the same in every language."""
    return _item_pages(
        summary,
        share_items(summary),
        order,
        lambda lang: _heading(lang, "rep_shares_title", summary, title_text, None),
        lambda items, lang: _shares_legend(summary, items, lang),
    )


def _choice_subtitle(item: ItemSummary, lang: str) -> str | None:
    """What a multi-select chart says first under its title: several answers were allowed,
    so the shares do not add up to 100 % (nothing for a single choice)."""
    return t(lang, "ms_subtitle") if item.kind == "multiselect" else None


def _one(key: str, count: int) -> str:
    """``key``, or its singular ``key_one`` for a count of 1."""
    return key + "_one" if count == 1 else key


def _choice_note(item: ItemSummary, lang: str) -> str:
    """The n and blanks of a choice chart, over its source line: in the singular for one,
    and no blank clause when there is no blank (as under the tables, markdown.py)."""
    prefix = "ms_note" if item.kind == "multiselect" else "rep_choice_note"
    parts = [t(lang, _one(f"{prefix}_who", item.n_valid), valid=item.n_valid)]
    if item.n_blank:
        parts.append(t(lang, _one(f"{prefix}_blank", item.n_blank), blank=item.n_blank))
    return t(lang, "separator").join(parts) + "."


def _expertise_note(item: ItemSummary, lang: str) -> str:
    """The n, N/A and blanks of an expertise item: in the singular for one, and no "0 N/A"
    nor "0 blank" (nothing was left out of the percentages then)."""
    note = t(lang, _one("rep_expertise_note_who", item.n_valid), valid=item.n_valid)
    out = []
    if item.n_not_applicable:
        out.append(t(lang, "rep_expertise_note_na", na=item.n_not_applicable))
    if item.n_blank:
        out.append(t(lang, _one("rep_expertise_note_blank", item.n_blank), blank=item.n_blank))
    if out:
        parts = and_list(out, lang)
        note += t(lang, "separator") + t(lang, "rep_expertise_note_out", parts=parts)
    return note


def choice_pages(
    summary: Summary, item_id: str, *, title_text: str | None = None
) -> list[list[int]]:
    """The category indices of each chart of a choice item (or multi-select question), in
    the chart's order, the same in every language."""
    item = summary.item(item_id)
    shown = choice_order(item)

    def layout(lang: str) -> tuple[str, str | None, list[LegendEntry], list[str]]:
        heading = _heading(
            lang, "rep_choice_title", summary, title_text, None, label=label(item, lang)
        )
        labels = [item.category_labels[lang][i] for i in shown]
        return heading, _choice_subtitle(item, lang), [], labels

    note_in = 2 * cs.line_height_in(cs.SOURCE_PT)  # the n / blank note over the source line
    runs = _split(summary, layout, header_in=0.1, bottom_extra_in=_CHOICE_BOTTOM_IN + note_in)
    return [[shown[i] for i in run] for run in runs]


LegendEntry = tuple[str, str, str]  # (kind: patch|dot|ci|band, colour, label)

_HANDLE_IN = 0.16
_HANDLE_GAP_IN = 0.06
_ENTRY_GAP_IN = 0.16
LEGEND_PT = cs.MIN_FONT_PT
_LEGEND_ROW_IN = cs.line_height_in(LEGEND_PT) * 1.25


def _legend_rows(entries: Sequence[LegendEntry], width_in: float) -> list[list[tuple[int, float]]]:
    """Entries laid out left to right in scale order, wrapped onto new rows when the line is
    full: rows of (entry index, x offset in inches)."""
    rows: list[list[tuple[int, float]]] = [[]]
    x = 0.0
    for index, (_, _, text) in enumerate(entries):
        width = _HANDLE_IN + _HANDLE_GAP_IN + cs.text_width_in(text, LEGEND_PT)
        if rows[-1] and x + width > width_in:
            rows.append([])
            x = 0.0
        rows[-1].append((index, x))
        x += width + _ENTRY_GAP_IN
    return rows


def legend_height(entries: Sequence[LegendEntry]) -> float:
    """Height in inches of the legend of ``entries`` (0 without entries)."""
    if not entries:
        return 0.0
    return len(_legend_rows(entries, cs.WIDTH_IN - 2 * cs.MARGIN_IN)) * _LEGEND_ROW_IN + 0.1


def _draw_legend(fig: Figure, entries: Sequence[LegendEntry], top_in: float) -> None:
    """A compact legend under the title, left-aligned, row by row (call after the final size)."""
    fig_h = fig.get_figheight()
    h = _HANDLE_IN
    inches = fig.dpi_scale_trans
    for r, row in enumerate(_legend_rows(entries, fig.get_figwidth() - 2 * cs.MARGIN_IN)):
        y = fig_h - top_in - (r + 0.5) * _LEGEND_ROW_IN  # row centre, inches from the bottom
        for index, x_off in row:
            kind, colour, text = entries[index]
            x = cs.MARGIN_IN + x_off
            if kind in ("patch", "band"):
                fig.add_artist(
                    Rectangle(
                        (x, y - h * 0.4),
                        h,
                        h * 0.8,
                        transform=inches,
                        facecolor=colour,
                        edgecolor="none",
                    )
                )
            elif kind == "dot":
                fig.add_artist(Line2D([x + h / 2], [y], transform=inches, **_dot(colour)))
            else:  # ci: a line with end caps
                ci: dict[str, Any] = {"transform": inches, "color": colour, "linewidth": 1.2}
                fig.add_artist(Line2D([x, x + h], [y, y], **ci))
                for end in (x, x + h):
                    fig.add_artist(Line2D([end, end], [y - 0.05, y + 0.05], **ci))
            fig.text(
                x + h + _HANDLE_GAP_IN,
                y,
                text,
                transform=inches,
                ha="left",
                va="center_baseline",
                fontsize=LEGEND_PT,
                color=cs.TEXT,
            )


def _dot(colour: str) -> dict[str, Any]:
    """The look of the dot of a share (on the chart and in its legend)."""
    return {
        "marker": "o",
        "markersize": 5,
        "color": colour,
        "markeredgecolor": "white",
        "markeredgewidth": 0.6,
        "linestyle": "none",
    }


def _axes(
    ax: Axes | None,
    summary: Summary,
    lang: str,
    heading: str,
    labels: Sequence[str],
    *,
    right_in: float,
    bottom_extra_in: float,
    legend: Sequence[LegendEntry] = (),
    header_in: float = 0.22,
    question: str | None = None,
    note: str | None = None,
) -> tuple[Figure, Axes, list[str], list[float], float]:
    """The figure and axes for rows of ``labels`` (given ``ax``, or a new figure's), the
    wrapped labels, the row centres and the height of the plot area.

    A new figure gets its title, subtitle, legend and source line around a plot area as tall
    as the rows: ``header_in`` leaves room for column headers above the first row,
    ``bottom_extra_in`` for the x axis under it, ``right_in`` for what is right of it;
    ``question`` (a grid's question) is named in the subtitle, ``note`` is a line above the
    source line."""
    wrapped, centres, heights = _rows(labels)
    body = sum(heights)
    if ax is None:
        fig = cs.new_figure(1.0)
        top = cs.add_title(fig, heading, subtitle(summary, lang, question))
        source = source_text(summary, lang)
        bottom = cs.add_source(fig, f"{note}\n{source}" if note else source)
        legend_h = legend_height(legend)
        total = top + legend_h + header_in + body + bottom_extra_in + bottom
        fig.set_size_inches(cs.WIDTH_IN, total)
        _draw_legend(fig, legend, top)
        rect = cs.axes_rect(
            fig,
            left_in=cs.MARGIN_IN + LABEL_COL_IN,
            right_in=right_in,
            top_in=top + legend_h + header_in,
            bottom_in=bottom + bottom_extra_in,
        )
        ax = fig.add_axes(rect)
    fig = ax.get_figure()  # type: ignore[assignment]
    assert isinstance(fig, Figure)
    return fig, ax, wrapped, centres, body


def percent_axis(
    ax: Axes,
    ticks: Sequence[int],
    body: float,
    centres: Sequence[float],
    labels: Sequence[str],
    gids: Sequence[str],
    lang: str,
    xlabel: str | None = None,
    weights: Sequence[str] | None = None,
) -> None:
    """Rows ``body`` inches tall, labelled ``labels`` at ``centres``, along a % axis from the
    first tick to the last (negative ticks are labelled as the share they stand for)."""
    ax.set_xlim(ticks[0], ticks[-1])
    ax.set_ylim(body, 0)
    cs.row_labels(ax, centres, labels, weights=weights, gids=gids)
    # tick styles before the ticks: ticks made afterwards take them (no restyling)
    ax.xaxis.grid(True, color=cs.GRID, linewidth=0.5, linestyle=(0, (2, 2)))
    ax.tick_params(axis="x", length=2, colors=cs.MUTED, labelcolor=cs.TEXT, labelsize=cs.SOURCE_PT)
    ax.set_xticks(list(ticks), [pct(Fraction(abs(v), 100), lang) for v in ticks])
    if xlabel is not None:
        ax.set_xlabel(xlabel, fontsize=cs.SOURCE_PT, color=cs.MUTED, labelpad=4)
    ax.set_axisbelow(True)
    cs.clean_axes(ax)
    ax.spines["bottom"].set_color(cs.GRID)


def _no_valid(ax: Axes, x: float, y: float, item: ItemSummary, lang: str) -> None:
    """ "No valid answer" in the row of an item without one."""
    ax.text(
        x,
        y,
        t(lang, "rep_no_valid"),
        ha="center",
        va="center",
        color=cs.MUTED,
        gid=f"{item.id}:none",
    )


# --------------------------------------------------------------------------- agreement


def _colours(item: ItemSummary) -> tuple[str, ...]:
    """The colour of each category of the item's scale (see ``chartstyle.scale_colours``)."""
    neutral = item.categories.index(item.neutral) if item.neutral is not None else None
    return cs.scale_colours(item.positive, neutral)


def _agreement_legend(items: Sequence[ItemSummary], lang: str) -> list[LegendEntry]:
    """One entry per category in scale order (each distinct colour and label once), the
    longest scale first: *Utile / Très utile* beside *Pas utile / Utile / Très utile* gives
    *Pas utile, Utile, Très utile*."""
    longest_first = sorted(items, key=lambda item: -len(item.categories))
    return list(
        dict.fromkeys(
            ("patch", colour, text)
            for item in longest_first
            for colour, text in zip(_colours(item), item.category_labels[lang], strict=True)
        )
    )


def _draw_diverging(ax: Axes, item: ItemSummary, y: float, lang: str) -> None:
    """One diverging bar: negative categories stacked leftwards from 0, positive rightwards,
    the neutral category split half and half across 0; the % disagreeing written at the
    bar's left end (inside the bar when it reaches the axis' left edge)."""
    colours = _colours(item)
    shares = [100 * c / item.n_valid for c in item.counts]
    neutral_index = item.categories.index(item.neutral) if item.neutral is not None else None
    half = shares[neutral_index] / 2 if neutral_index is not None else 0.0
    segments: list[tuple[float, float, int]] = []  # (left, width, category index)
    if neutral_index is not None:
        segments.append((-half, 2 * half, neutral_index))
    left_edge, right_edge = -half, half
    negatives = [
        i for i in range(len(item.categories)) if not item.positive[i] and i != neutral_index
    ]
    for i in reversed(negatives):  # mildest first, next to zero
        left_edge -= shares[i]
        segments.append((left_edge, shares[i], i))
    for i in (i for i in range(len(item.categories)) if item.positive[i]):
        segments.append((right_edge, shares[i], i))
        right_edge += shares[i]
    for left, width, i in segments:
        if width <= 0:
            continue
        ax.add_artist(  # no data-limit update: the limits are set
            Rectangle(
                (left, y - BAR_IN / 2),
                width,
                BAR_IN,
                facecolor=colours[i],
                edgecolor="white",
                linewidth=0.6,
                gid=f"{item.id}:{item.categories[i]}",
                zorder=2,
            )
        )
    disagree = negative_share(item)
    if disagree:
        outer = next(i for _, _, i in reversed(segments) if not item.positive[i] and shares[i] > 0)
        inside = left_edge < -80
        ax.text(
            left_edge + (1.5 if inside else -1.5),
            y,
            pct(disagree, lang),
            ha="left" if inside else "right",
            va="center",
            fontsize=cs.LABEL_PT,
            color=cs.text_on(colours[outer]) if inside else cs.MUTED,
            gid=f"{item.id}:disagree",
            zorder=4,
        )


def plot_agreement(
    summary: Summary, *, lang: str, order: Order = "sorted", ax: Axes | None = None
) -> Figure:
    """Diverging stacked bars of the agreement items (see the module docstring)."""
    return plot_ratings(summary, "agreement", lang=lang, order=order, ax=ax)


def _rating_heading(
    summary: Summary, kind: str, lang: str, title_text: str | None, page: tuple[int, int] | None
) -> str:
    key = "rep_agreement_title" if kind == "agreement" else f"rep_rating_title_{kind}"
    return _heading(lang, key, summary, title_text, page)


def plot_ratings(
    summary: Summary,
    kind: str,
    *,
    lang: str,
    order: Order = "sorted",
    ax: Axes | None = None,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
    title_text: str | None = None,
) -> Figure:
    """Diverging stacked bars of the items of one kind of rating (agreement, satisfaction,
    quality, declared scales …): answers that are not positive left of zero, positive right,
    a neutral answer split across zero; colours by what counts as positive. ``ids``: only
    these items (one page of :func:`rating_pages`)."""
    items, question, row_label = _page_items(diverging_items(summary, kind), ids, order, lang)
    agreement = kind == "agreement"
    header = t(lang, "rep_col_agree" if agreement else "positive")
    specs = _value_columns(items, lang, header, (0.08 + 0.55, 0.35, 0.42, 0.45))
    with cs.style():
        fig, ax, wrapped, centres, body = _axes(
            ax,
            summary,
            lang,
            _rating_heading(summary, kind, lang, title_text, page),
            [row_label[item.id] for item in items],
            legend=_agreement_legend(items, lang),
            bottom_extra_in=0.45,
            right_in=sum(spec[5] for spec in specs) + cs.MARGIN_IN,
            question=question,
        )
        for item, y in zip(items, centres, strict=True):
            if item.n_valid:
                _draw_diverging(ax, item, y, lang)
            else:
                _no_valid(ax, 0, y, item, lang)
        ax.axvline(0, color=cs.MUTED, linewidth=0.8, zorder=3)
        neutral = any(item.neutral is not None for item in items)
        axis = t(lang, "rep_axis_agreement" if neutral else "rep_axis_rating")
        gids = [f"{i.id}:label" for i in items]
        percent_axis(ax, (-100, -50, 0, 50, 100), body, centres, wrapped, gids, lang, axis)
        _header(
            fig, ax, 0, t(lang, "rep_col_disagree" if agreement else "rep_col_negative"), "left"
        )
        _columns(fig, ax, specs, centres)
    return fig


# --------------------------------------------------------------------------- shares


def _shares_legend(summary: Summary, items: Sequence[ItemSummary], lang: str) -> list[LegendEntry]:
    entries: list[LegendEntry] = [
        ("dot", cs.ACCENT, t(lang, "rep_legend_share")),
        ("ci", cs.ACCENT, t(lang, "rep_legend_ci", level=level(summary.confidence, lang))),
    ]
    if any(item.bounds is not None for item in items):
        entries.append(("band", cs.ACCENT_LIGHT, t(lang, "rep_legend_bounds")))
    return entries


def plot_shares(
    summary: Summary,
    *,
    lang: str,
    order: Order = "sorted",
    ax: Axes | None = None,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
    title_text: str | None = None,
) -> Figure:
    """% positive per item: dot, confidence interval whiskers, faint non-response band.
    ``ids``: only these items (one page of :func:`shares_pages`)."""
    items, question, row_label = _page_items(share_items(summary), ids, order, lang)
    specs = _value_columns(items, lang, t(lang, "positive"), (0.08 + 0.7, 0.45))
    with cs.style():
        fig, ax, wrapped, centres, body = _axes(
            ax,
            summary,
            lang,
            _heading(lang, "rep_shares_title", summary, title_text, page),
            [row_label[item.id] for item in items],
            legend=_shares_legend(summary, items, lang),
            bottom_extra_in=0.45,
            right_in=sum(spec[5] for spec in specs) + cs.MARGIN_IN,
            question=question,
        )
        for item, y in zip(items, centres, strict=True):
            if item.share_positive is None:
                _no_valid(ax, 50, y, item, lang)
                continue
            if item.bounds is not None:
                low, high = (100 * float(b) for b in item.bounds)
                ax.add_artist(  # no data-limit update: the limits are set
                    Rectangle(
                        (low, y - 0.09),
                        high - low,
                        0.18,
                        facecolor=cs.ACCENT_LIGHT,
                        edgecolor="none",
                        gid=f"{item.id}:bounds",
                        zorder=1,
                    )
                )
            if item.ci is not None:
                low, high = (100 * b for b in item.ci)
                cs.whisker(
                    ax,
                    low,
                    high,
                    y,
                    0.05,
                    f"{item.id}:ci",
                    color=cs.ACCENT,
                    linewidth=1.2,
                    zorder=2,
                )
            x = 100 * float(item.share_positive)
            cs.line(ax, [x], [y], **_dot(cs.ACCENT), zorder=3, gid=f"{item.id}:dot", clip_on=False)
        gids = [f"{i.id}:label" for i in items]
        axis = t(lang, "rep_axis_shares")
        percent_axis(ax, SHARE_TICKS, body, centres, wrapped, gids, lang, axis)
        _columns(fig, ax, specs, centres)
    return fig


# --------------------------------------------------------------------------- expertise


def _bar_value(item: ItemSummary, index: int, lang: str) -> str:
    """ "45% (14)": the share of an answer and its count, written after its bar."""
    share = share_of(item, item.counts[index])
    return f"{pct(share, lang)} ({count(item.counts[index], lang)})"


def _bar_and_value(ax: Axes, item: ItemSummary, i: int, y: float, colour: str, lang: str) -> None:
    """One horizontal bar of an answer (as long as its share) and its value written after
    it."""
    share = share_of(item, item.counts[i])
    width = 100 * float(share) if share is not None else 0.0
    ax.add_artist(  # no data-limit update: the limits are set
        Rectangle(
            (0, y - BAR_IN / 2),
            width,
            BAR_IN,
            facecolor=colour,
            edgecolor="none",
            gid=f"{item.id}:{item.categories[i]}",
            zorder=2,
        )
    )
    ax.text(
        width + 1.5,
        y,
        _bar_value(item, i, lang),
        ha="left",
        va="center",
        fontsize=cs.LABEL_PT,
        color=cs.TEXT,
        gid=f"{item.id}:{item.categories[i]}:value",
    )


def _bars_right_in(bars: Sequence[tuple[ItemSummary, int]], lang: str) -> float:
    """Room right of the axes: 0.75 in, or more when a value written after a long bar would
    run off the figure (a value starts 1.5 % of the axes after its bar)."""
    right = 0.75 + cs.MARGIN_IN
    plot_in = cs.WIDTH_IN - cs.MARGIN_IN - LABEL_COL_IN  # the axes and the room right of them
    for item, index in bars:
        share = share_of(item, item.counts[index])
        after = 1 - (float(share) if share is not None else 0.0) - 0.015  # axes share after it
        value_in = cs.text_width_in(_bar_value(item, index, lang), cs.LABEL_PT)
        # the value ends inside the figure: value_in ≤ after × (plot_in − right) + right − margin
        right = max(right, (value_in - after * plot_in + cs.MARGIN_IN) / (1 - after))
    return right


def expertise_pages(summary: Summary) -> list[list[str]]:
    """The expertise items of each expertise chart: whole items, at most :data:`MAX_ROWS`
    rows (levels, and a heading per item when there are several) a chart — rare, as most
    forms have one expertise question."""
    items = expertise_items(summary)
    heading = 1 if len(items) > 1 else 0
    pages: list[list[str]] = []
    used = 0
    for item in items:
        size = len(item.categories) + heading
        if not pages or used + size > MAX_ROWS:
            pages.append([])
            used = 0
        pages[-1].append(item.id)
        used += size
    return pages


def plot_expertise(
    summary: Summary,
    *,
    lang: str,
    ax: Axes | None = None,
    title_text: str | None = None,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
) -> Figure:
    """Distribution of self-rated expertise: one bar per level (% of valid answers, count).
    ``ids``: only these items (one page of :func:`expertise_pages`)."""
    everything = expertise_items(summary)
    several = len(everything) > 1
    items = selected(everything, ids)
    # (label, artist id, item, category index): an item's heading (when there are several)
    # "<item>:label" without item, then its levels "<item>:<category>:label"
    rows: list[tuple[str, str, ItemSummary | None, int]] = []
    for item in items:
        if several:
            rows.append((label(item, lang), f"{item.id}:label", None, -1))
        for i, text in enumerate(item.category_labels[lang]):
            rows.append((text, f"{item.id}:{item.categories[i]}:label", item, i))
    bars = [(item, i) for _, _, item, i in rows if item is not None]
    with cs.style():
        fig, ax, wrapped, centres, body = _axes(
            ax,
            summary,
            lang,
            _heading(lang, "rep_expertise_title", summary, title_text, page),
            [r[0] for r in rows],
            bottom_extra_in=0.5 + 0.22 * len(items),
            right_in=_bars_right_in(bars, lang),
            header_in=0.1,
        )
        for (_text, _gid, entry, i), y in zip(rows, centres, strict=True):
            if entry is not None:
                _bar_and_value(ax, entry, i, y, cs.sequential(len(entry.categories))[i], lang)
        weights = ["bold" if entry is None else "normal" for _, _, entry, _ in rows]
        gids = [gid for _, gid, _, _ in rows]
        axis = t(lang, "rep_axis_expertise")
        percent_axis(ax, SHARE_TICKS, body, centres, wrapped, gids, lang, axis, weights)
        for k, item in enumerate(items):
            note = _expertise_note(item, lang)
            if several:
                note = t(lang, "rep_expertise_item_note", label=label(item, lang), note=note)
            ax.text(
                0,
                0,
                note,
                transform=ax.transAxes + ScaledTranslation(0, -0.5 - 0.2 * k, fig.dpi_scale_trans),
                ha="left",
                va="top",
                fontsize=cs.SOURCE_PT,
                color=cs.MUTED,
            )
    return fig


# --------------------------------------------------------------------------- single choice


def plot_choice(
    summary: Summary,
    item_id: str,
    *,
    lang: str,
    rows: Sequence[int] | None = None,
    page: tuple[int, int] | None = None,
    title_text: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """A single-choice question: one horizontal bar per answer, the % of the respondents who
    answered with the count after it ("45% (14)"), in :func:`~forum_eval.present.alt.
    choice_order` ("Other" / "Prefer not to say" last, in grey); the n and blanks under the
    axis. ``rows``: the category indices of one page of :func:`choice_pages`. A multi-select
    question (kind ``multiselect``) is drawn the same way, the % of the respondents who
    ticked at least one option ticking each, sorted by share; its subtitle says that several
    answers were allowed, so that the shares do not add up to 100 %.

    Artist ids: bars ``"<item>:<category>"``, values ``"<item>:<category>:value"``, labels
    ``"<item>:<category>:label"``."""
    item = summary.item(item_id)
    shown = choice_order(item) if rows is None else list(rows)
    with cs.style():
        fig, ax, wrapped, centres, body = _axes(
            ax,
            summary,
            lang,
            _heading(lang, "rep_choice_title", summary, title_text, page, label=label(item, lang)),
            [item.category_labels[lang][i] for i in shown],
            bottom_extra_in=_CHOICE_BOTTOM_IN,
            right_in=_bars_right_in([(item, i) for i in shown], lang),
            header_in=0.1,
            question=_choice_subtitle(item, lang),
            note=_choice_note(item, lang),
        )
        for i, y in zip(shown, centres, strict=True):
            last = last_rank(item, i) is not None
            _bar_and_value(ax, item, i, y, cs.NA_COLOR if last else cs.ACCENT, lang)
        gids = [f"{item.id}:{item.categories[i]}:label" for i in shown]
        axis = t(lang, "rep_axis_choice")
        percent_axis(ax, SHARE_TICKS, body, centres, wrapped, gids, lang, axis)
    return fig
