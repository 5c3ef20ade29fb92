"""Charts of ``compare`` and ``trend``, in the house style of :mod:`forum_eval.present.chartstyle`.

- :func:`plot_compare` — a dumbbell per item: % positive in A (hollow dot) and B (filled
  dot), each with its Wilson interval; a change that passes q < alpha is coloured (blue up,
  orange down) and its change is printed in bold, the others are grey.
- :func:`plot_trend` — small multiples, one panel per item: % positive by year with its
  interval band, years on a time axis (a year without a forum is an empty gap), the city under
  each year, n under each point.

Both return a :class:`~matplotlib.figure.Figure` and never save; ``report/build.py`` writes
the PNG and its alt text (``<name>.<lang>.alt.txt``). Their titles start with the event's name
(the ``[event]`` of the project file the editions come from, when they share one).

Long charts are split as the summary's are (:func:`forum_eval.present.charts.split_rows`):
:func:`compare_pages` and :func:`trend_pages` share the items out among as few charts as keep
each one at most ``charts.MAX_ROWS`` rows (a trend's row holds :data:`N_COLS` panels) and
``charts.MAX_HEIGHT_IN`` tall, the same in every language; each page is drawn by passing its
item ids (``ids``) and ``page=(index, total)``, which adds "(2 of 3)" to the title and
"Chart 2 of 3." to the alt text.
Artists carry ``gid``s (``<item id>:a``, ``:b``, ``:a_ci`` …) so tests can find them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from forum_eval.analyse.compare import (
    DOWN,
    NOT_COMPARED,
    UP,
    ItemComparison,
    PairComparison,
)
from forum_eval.analyse.summary import Summary
from forum_eval.analyse.trend import Trend, TrendSeries
from forum_eval.present import chartstyle as cs
from forum_eval.present.alt import page_note
from forum_eval.present.charts import (
    MAX_HEIGHT_IN,
    MAX_ROWS,
    SHARE_TICKS,
    SPLIT_LANGS,
    percent_axis,
    split_rows,
)
from forum_eval.present.compare_out import (
    change_points,
    data_note,
    extra_lines,
    pvalue,
    trend_narrative,
)
from forum_eval.present.fmt import count, decimal, level, pct
from forum_eval.present.narrative import and_list, event_name, label
from forum_eval.present.strings import t

UP_COLOUR = cs.ACCENT  # dark blue, L* 31
DOWN_COLOUR = "#AE4E27"  # dark orange, L* 45 (the palette's strong negative)
NOISE_COLOUR = "#8C8C8C"  # grey, L* 58
LABEL_COL_IN = 1.9
ROW_IN = 0.42


def _squeeze(text: str) -> str:
    """Collapse runs of ordinary spaces (str.split() would also eat the French NBSPs)."""
    return re.sub(r"[ \n]+", " ", text).strip()


def chart_title(
    text: str, summaries: Sequence[Summary], lang: str, page: tuple[int, int] | None = None
) -> str:
    """``text`` (what the chart shows) after the event's name, and "(2 of 3)" on a split
    chart: "Pan-Canadian Forum on Human Trafficking: % positive, 2018 and 2019"."""
    event = event_name(summaries, lang)
    if event:
        text = f"{event}{t(lang, 'colon')}{text}"
    return text + page_note(page, lang, "rep_page")


def _alt(
    text: str,
    summaries: Sequence[Summary],
    names: Sequence[str],
    lang: str,
    page: tuple[int, int] | None,
) -> str:
    """The alt text ``text`` after the event's name ("Pan-Canadian Forum … — Dumbbell chart
    …"), with the page of a split chart ("Chart 2 of 3.") and the data note."""
    event = event_name(summaries, lang)
    start = f"{event} — " if event else ""
    note = data_note(summaries, names, lang)
    return _squeeze(f"{start}{text} {page_note(page, lang)} {note or ''}")


#: a split chart's page number as wide as it can be, for working out the room left for rows
_ANY_PAGE = (99, 99)


def _colour(item: ItemComparison) -> str:
    return {UP: UP_COLOUR, DOWN: DOWN_COLOUR}.get(item.verdict, NOISE_COLOUR)


def _source(summaries: Sequence[Summary], names: Sequence[str], lang: str) -> str:
    editions = [
        f"{name} ({s.edition.city})" if s.edition is not None else name
        for name, s in zip(names, summaries, strict=True)
    ]
    text = t(lang, "chart_source", editions=and_list(editions, lang)) + "."
    note = data_note(summaries, names, lang)
    return f"{text}\n{note}" if note else text


# --------------------------------------------------------------------------- dumbbell


def compare_order(pair: PairComparison) -> list[ItemComparison]:
    """Largest increase on top; items that cannot be compared last."""
    compared = [i for i in pair.items if i.difference is not None]
    rest = [i for i in pair.items if i.difference is None]
    return sorted(compared, key=lambda i: (-(i.difference or 0), i.id)) + rest


def _compared(pair: PairComparison, ids: Sequence[str] | None) -> list[ItemComparison]:
    """The items of ``pair`` on one page (``ids``; all when None), in the chart's order."""
    return [i for i in compare_order(pair) if ids is None or i.id in ids]


#: inches under a dumbbell chart's rows (the % axis) and above them (the key)
_AXIS_IN = 0.35
_KEY_IN = 0.3


def _compare_rows(items: Sequence[ItemComparison], lang: str) -> tuple[list[str], list[float]]:
    """The wrapped row labels of a dumbbell chart and each row's height (inches)."""
    labels = [cs.wrap_label(label(i, lang), 30) for i in items]
    return labels, [max(ROW_IN, 0.16 * (text.count("\n") + 1) + 0.14) for text in labels]


def _compare_texts(
    pair: PairComparison, lang: str, confidence: float, page: tuple[int, int] | None
) -> tuple[str, str, str]:
    """Title, subtitle and source line of a dumbbell chart."""
    title = chart_title(
        t(lang, "chart_compare_title", a=pair.a_name, b=pair.b_name), (pair.a, pair.b), lang, page
    )
    subtitle = t(
        lang,
        "chart_compare_subtitle",
        level=level(confidence, lang),
        alpha=decimal(f"{pair.alpha:g}", lang),
    )
    source = _source((pair.a, pair.b), (pair.a_name, pair.b_name), lang)
    # items asked in one edition only (and items without a positive answer) are named
    return title, subtitle, "\n".join([*extra_lines(pair, lang), source])


def compare_pages(pair: PairComparison, confidence: float) -> list[list[str]]:
    """The item ids of each dumbbell chart of ``pair``, in the chart's order
    (:func:`compare_order`): one list when the chart fits on a page, the same in every
    language."""
    items = compare_order(pair)
    if not items:
        return [[]]
    heights = [
        max(row)
        for row in zip(*(_compare_rows(items, lang)[1] for lang in SPLIT_LANGS), strict=True)
    ]
    frame = max(
        cs.frame_in(*_compare_texts(pair, lang, confidence, _ANY_PAGE)) for lang in SPLIT_LANGS
    )
    room = max(MAX_HEIGHT_IN - frame - _AXIS_IN - _KEY_IN, ROW_IN)
    return [[items[i].id for i in run] for run in split_rows(heights, room)]


def plot_compare(
    pair: PairComparison,
    *,
    lang: str,
    confidence: float,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
) -> Figure:
    """The dumbbell chart of ``pair``: of its items ``ids`` (one page of
    :func:`compare_pages`; every item when None), page ``page`` of a split chart."""
    items = _compared(pair, ids)
    labels, heights = _compare_rows(items, lang)
    body = sum(heights) + _KEY_IN
    with cs.style():
        fig = cs.new_figure(1.0)
        title, subtitle, source = _compare_texts(pair, lang, confidence, page)
        top = cs.add_title(fig, title, subtitle)
        bottom = cs.add_source(fig, source)
        fig.set_size_inches(cs.WIDTH_IN, top + body + _AXIS_IN + bottom)
        ax = fig.add_axes(
            cs.axes_rect(
                fig,
                left_in=cs.MARGIN_IN + LABEL_COL_IN,
                right_in=1.5 + cs.MARGIN_IN,
                top_in=top,
                bottom_in=bottom + _AXIS_IN,
            )
        )
        centres = []
        y = _KEY_IN
        for h in heights:
            centres.append(y + h / 2)
            y += h
        for item, yc in zip(items, centres, strict=True):
            _draw_dumbbell(ax, item, yc)
        percent_axis(ax, SHARE_TICKS, body, centres, labels, [f"{i.id}:label" for i in items], lang)
        # key: hollow = earlier edition, filled = later edition (shape survives grey scale)
        dot: dict[str, Any] = {
            "marker": "o",
            "linestyle": "none",
            "markersize": 5.5,
            "markeredgecolor": cs.TEXT,
        }
        handles = [
            Line2D([], [], **dot, markerfacecolor="white", markeredgewidth=1.1, label=pair.a_name),
            Line2D([], [], **dot, markerfacecolor=cs.TEXT, label=pair.b_name),
        ]
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.0),
            ncol=2,
            frameon=False,
            borderaxespad=0.0,
            handletextpad=0.3,
            columnspacing=1.2,
            fontsize=cs.LABEL_PT,
        )
        # right-hand columns: the change (bold when real) and q
        transform = ax.get_yaxis_transform()
        width_in = float(ax.get_position().width * fig.get_figwidth())
        offsets = (1.0 + 0.1 / width_in, 1.0 + 1.0 / width_in)
        for offset, key in zip(offsets, ("cmp_change", "cmp_q"), strict=True):
            ax.text(
                offset,
                0.12,
                t(lang, key),
                transform=transform,
                ha="left",
                va="center",
                fontsize=cs.SOURCE_PT,
                color=cs.MUTED,
            )
        for item, yc in zip(items, centres, strict=True):
            real = item.verdict in (UP, DOWN)
            change = (
                change_points(item, lang)
                if item.verdict != NOT_COMPARED
                else t(lang, "chart_not_compared")
            )
            q = pvalue(item.q_value, lang) if item.q_value is not None else None
            for offset, text, plain, name in zip(
                offsets, (change, q), (cs.TEXT, cs.MUTED), ("change", "q"), strict=True
            ):
                if text is None:
                    continue
                ax.text(
                    offset,
                    yc,
                    text,
                    transform=transform,
                    ha="left",
                    va="center",
                    fontsize=cs.LABEL_PT,
                    color=_colour(item) if real else plain,
                    weight="bold" if real else "normal",
                    gid=f"{item.id}:{name}",
                    clip_on=False,
                )
    return fig


def _draw_dumbbell(ax, item: ItemComparison, y: float) -> None:
    colour = _colour(item)
    real = item.verdict in (UP, DOWN)
    sides = ((item.a, -0.085, "a"), (item.b, 0.085, "b"))
    if item.verdict == NOT_COMPARED:
        for side, dy, key in sides:
            if side.share_positive is not None:
                cs.line(
                    ax,
                    [100 * float(side.share_positive)],
                    [y + dy],
                    marker="o",
                    markersize=5.5,
                    linestyle="none",
                    color=NOISE_COLOUR,
                    markerfacecolor="white" if key == "a" else NOISE_COLOUR,
                    gid=f"{item.id}:{key}",
                    clip_on=False,
                )
        return
    assert item.a.share_positive is not None and item.b.share_positive is not None
    a, b = 100 * float(item.a.share_positive), 100 * float(item.b.share_positive)
    cs.line(
        ax,
        [a, b],
        [y, y],
        color=colour,
        linewidth=2.4 if real else 1.4,
        alpha=0.9 if real else 0.6,
        solid_capstyle="butt",
        zorder=2,
        gid=f"{item.id}:link",
    )
    for side, dy, key in sides:
        if side.ci is not None:
            low, high = (100 * v for v in side.ci)
            alpha = 0.95 if real else 0.75
            gid = f"{item.id}:{key}_ci"
            cs.whisker(
                ax,
                low,
                high,
                y + dy,
                0.025,
                gid,
                color=colour,
                linewidth=1.0,
                alpha=alpha,
                zorder=1,
            )
    # A hollow, B filled (its edge: matplotlib's default width)
    for x, key, face, edge_width, zorder in ((a, "a", "white", 1.3, 3), (b, "b", colour, 1.0, 4)):
        cs.line(
            ax,
            [x],
            [y],
            marker="o",
            markersize=6,
            linestyle="none",
            markerfacecolor=face,
            markeredgecolor=colour,
            markeredgewidth=edge_width,
            zorder=zorder,
            gid=f"{item.id}:{key}",
            clip_on=False,
        )


def compare_alt(
    pair: PairComparison,
    lang: str,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
) -> str:
    """The alt text of the dumbbell chart of ``pair`` (of its items ``ids``, page ``page``
    of a split chart)."""

    def listed(key: str, items: Sequence[ItemComparison]) -> str:
        parts = [
            t(
                lang,
                "chart_alt_part",
                label=label(item, lang),
                a=pct(item.a.share_positive, lang),
                b=pct(item.b.share_positive, lang),
            )
            for item in items
        ]
        return t(lang, key, parts=t(lang, "separator").join(parts))

    items = _compared(pair, ids)
    real = [i for i in items if i.verdict in (UP, DOWN)]
    rest = [i for i in items if i.verdict not in (UP, DOWN)]
    real_text = (
        listed("chart_compare_alt_real", real) if real else t(lang, "chart_compare_alt_none")
    )
    rest_text = listed("chart_compare_alt_rest", rest) if rest else ""
    text = t(
        lang, "chart_compare_alt", a=pair.a_name, b=pair.b_name, real=real_text, rest=rest_text
    )
    return _alt(text, (pair.a, pair.b), (pair.a_name, pair.b_name), lang, page)


# --------------------------------------------------------------------------- trend

PANEL_IN = 0.9
N_COLS = 2


def _years(trend: Trend) -> tuple[int, int] | None:
    years = [p.year for s in trend.series for p in s.points if p.year is not None]
    if not years or len(years) != sum(len(s.points) for s in trend.series):
        return None
    return min(years), max(years)


def _first_last(trend: Trend) -> tuple[str, str]:
    """The first and last year of ``trend`` (its first and last file without years)."""
    span = _years(trend)
    return (str(span[0]), str(span[1])) if span else (trend.names[0], trend.names[-1])


def _x_positions(trend: Trend) -> dict[str, float]:
    """Edition name → x: its year on a time axis; plain files get 0, 1, 2 …"""
    span = _years(trend)
    return {
        name: float(summary.edition.year) if span and summary.edition else float(index)
        for index, (name, summary) in enumerate(zip(trend.names, trend.summaries, strict=True))
    }


def _tick_labels(trend: Trend, lang: str) -> tuple[list[float], list[str], list[float]]:
    """Major ticks (forum editions, with the city; 'no data' when there are no responses) and
    minor ticks (every calendar year, so gap years show as gaps)."""
    span = _years(trend)
    if span is None:
        return list(_x_positions(trend).values()), list(trend.names), []
    shown = {s.edition.year: s.edition for s in trend.summaries if s.edition is not None}
    labels: dict[float, str] = {}  # by year (one edition a year: config/project.py)
    for edition in trend.timeline:
        no_data = "" if edition.year in shown else f"\n({t(lang, 'chart_no_data')})"
        labels[float(edition.year)] = f"{edition.year}\n{cs.wrap_label(edition.city, 11)}{no_data}"
    for year, edition in shown.items():
        labels.setdefault(float(year), f"{year}\n{cs.wrap_label(edition.city, 11)}")
    ticks = sorted(labels)
    minor = [float(y) for y in range(span[0], span[1] + 1)]
    return ticks, [labels[x] for x in ticks], minor


def _segments(series: TrendSeries, xs: dict[str, float], no_data: Sequence[float] = ()):
    """Runs of consecutive editions where the item has answers. A run breaks where the item
    had none, and where an edition without responses (``no_data``) lies between two points;
    the second kind of break is returned as ``bridged`` (drawn dashed, without a band)."""
    runs: list[list] = []
    joins: list[bool] = []
    run: list = []
    dashed = False
    for point in series.points:
        if not (point.asked and point.n_valid and point.share_positive is not None):
            if run:
                runs.append(run)
                run = []
            dashed = False
            continue
        x = xs[point.edition]
        if run and any(run[-1][0] < year < x for year in no_data):
            runs.append(run)
            run = []
            dashed = True
        if not run and runs:
            joins.append(dashed)  # between runs[-1] and the run that starts here
        run.append((x, point))
    if run:
        runs.append(run)
    return runs, joins


#: inches above a panel (its title) and under it (the years only, or the years and cities
#: under the bottom panel of a column: :func:`_full_tick_in`)
_PANEL_TITLE_IN = 0.3
_YEAR_TICK_IN = 0.24


#: the space between the two columns of panels
_GAP_IN = 0.35
#: the left edge of the first column of panels (room for the "100 %" ticks)
_LEFT_IN = cs.MARGIN_IN + 0.42


def _panel_width() -> float:
    return (cs.WIDTH_IN - _LEFT_IN - cs.MARGIN_IN - 0.15 - _GAP_IN * (N_COLS - 1)) / N_COLS


def _panel_title(series: TrendSeries, lang: str) -> list[str]:
    """The lines of a panel's title (the item's wording wrapped to the panel's width)."""
    return cs.wrap_to_width(label(series, lang), _panel_width(), cs.LABEL_PT, "bold")


def _title_in(row: Sequence[TrendSeries], langs: Sequence[str]) -> float:
    """The room above a row of panels: :data:`_PANEL_TITLE_IN`, or more when a title takes
    two lines or three (they crowded the years of the row above)."""
    lines = max((len(_panel_title(s, lang)) for s in row for lang in langs), default=1)
    return max(_PANEL_TITLE_IN, lines * cs.LABEL_PT * 1.25 / 72 + 0.1)


def _full_tick_in(tick_labels: Sequence[str]) -> float:
    label_lines = max((lab.count("\n") + 1 for lab in tick_labels), default=1)
    return 0.14 * label_lines + 0.1


def _trend_texts(trend: Trend, lang: str, page: tuple[int, int] | None) -> tuple[str, str, str]:
    """Title, subtitle and source line of a trend chart."""
    first, last = _first_last(trend)
    title = chart_title(
        t(lang, "chart_trend_title", first=first, last=last), trend.summaries, lang, page
    )
    subtitle = t(lang, "chart_trend_subtitle", level=level(trend.confidence, lang))
    return title, subtitle, _source(trend.summaries, trend.names, lang)


def trend_pages(trend: Trend) -> list[list[str]]:
    """The item ids of each trend chart: rows of :data:`N_COLS` panels, at most
    ``MAX_ROWS`` panels and ``MAX_HEIGHT_IN`` tall a chart, the same in every language."""
    ids = [series.id for series in trend.series]
    if not ids:
        return [[]]
    frame = max(cs.frame_in(*_trend_texts(trend, lang, _ANY_PAGE)) for lang in SPLIT_LANGS)
    full = max(_full_tick_in(_tick_labels(trend, lang)[1]) for lang in SPLIT_LANGS)
    # the bottom panel of each column has the cities under it: with an odd number of panels
    # on a page, those are in the last two rows
    room = MAX_HEIGHT_IN - frame - 2 * (full - _YEAR_TICK_IN)
    rows = [ids[i : i + N_COLS] for i in range(0, len(ids), N_COLS)]
    series = [trend.series[i : i + N_COLS] for i in range(0, len(ids), N_COLS)]
    row_in = [PANEL_IN + _title_in(row, SPLIT_LANGS) + _YEAR_TICK_IN for row in series]
    runs = split_rows(row_in, max(room, max(row_in)), MAX_ROWS // N_COLS)
    return [[i for r in run for i in rows[r]] for run in runs]


def plot_trend(
    trend: Trend,
    *,
    lang: str,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
) -> Figure:
    """Small multiples of ``trend``: its items ``ids`` (one page of :func:`trend_pages`;
    every item when None), page ``page`` of a split chart."""
    series_list = [series for series in trend.series if ids is None or series.id in ids]
    n = max(len(series_list), 1)
    rows = math.ceil(n / N_COLS)
    xs = _x_positions(trend)
    ticks, tick_labels, minor = _tick_labels(trend, lang)
    shown_years = {s.edition.year for s in trend.summaries if s.edition is not None}
    no_data = [float(e.year) for e in trend.timeline if e.year not in shown_years]
    with cs.style():
        fig = cs.new_figure(1.0)
        title, subtitle, source = _trend_texts(trend, lang, page)
        top = cs.add_title(fig, title, subtitle)
        bottom = cs.add_source(fig, source)
        # Small multiples share the time axis: the year and city are written under the
        # bottom panel of each column, the other panels show the year only.
        full_tick_in = _full_tick_in(tick_labels)
        bottom_of_column = set(range(max(n - N_COLS, 0), n))
        row_full = [
            any(r * N_COLS + c in bottom_of_column for c in range(N_COLS)) for r in range(rows)
        ]
        title_in = [
            _title_in(series_list[r * N_COLS : (r + 1) * N_COLS], (lang,)) for r in range(rows)
        ]
        row_heights = [
            PANEL_IN + title_in[r] + (full_tick_in if row_full[r] else _YEAR_TICK_IN)
            for r in range(rows)
        ]
        fig.set_size_inches(cs.WIDTH_IN, top + sum(row_heights) + bottom)
        height = fig.get_figheight()
        panel_w = _panel_width()
        low = min(ticks + minor) if ticks else 0.0
        high = max(ticks + minor) if ticks else 1.0
        pad = max(0.35, 0.06 * (high - low))
        year_only = [text.split("\n", 1)[0] for text in tick_labels]
        for index, series in enumerate(series_list):
            row, col = divmod(index, N_COLS)
            x0 = _LEFT_IN + col * (panel_w + _GAP_IN)
            y_top = top + sum(row_heights[:row]) + title_in[row]
            ax = fig.add_axes(
                (
                    x0 / cs.WIDTH_IN,
                    (height - y_top - PANEL_IN) / height,
                    panel_w / cs.WIDTH_IN,
                    PANEL_IN / height,
                )
            )
            ax.set_title(
                "\n".join(_panel_title(series, lang)),
                loc="left",
                fontsize=cs.LABEL_PT,
                weight="bold",
                color=cs.TEXT,
                pad=4,
            )
            _draw_series(ax, series, xs, lang, no_data)
            ax.set_ylim(0, 105)
            ax.set_xlim(low - pad, high + pad)
            # tick styles first: ticks made afterwards take them, instead of each tick being
            # made and then restyled once per call
            ax.yaxis.grid(True, color=cs.GRID, linewidth=0.5, linestyle=(0, (2, 2)))
            ax.tick_params(axis="y", length=0, labelsize=cs.SOURCE_PT, labelcolor=cs.MUTED)
            ax.tick_params(
                axis="x",
                which="major",
                length=3,
                labelsize=cs.SOURCE_PT,
                colors=cs.MUTED,
                labelcolor=cs.TEXT,
            )
            ax.tick_params(axis="x", which="minor", length=2, colors=cs.GRID)
            ax.set_yticks([0, 50, 100], [pct(Fraction(v, 100), lang) for v in (0, 50, 100)])
            ax.set_axisbelow(True)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            ax.spines["bottom"].set_color(cs.GRID)
            ax.set_xticks(ticks, tick_labels if index in bottom_of_column else year_only)
            # a minor tick under a major one is never drawn (matplotlib drops it): make none
            ax.set_xticks([year for year in minor if year not in ticks], minor=True)
    return fig


def _offset(ax, points_up: float):
    """Data coordinates moved ``points_up`` points up (an annotation's offset, as a plain
    text: an Annotation recomputes its position and arrow at every draw)."""
    return ax.transData + ScaledTranslation(0, points_up / 72, ax.get_figure().dpi_scale_trans)


def _draw_series(
    ax, series: TrendSeries, xs: dict[str, float], lang: str, no_data: Sequence[float] = ()
) -> None:
    runs, bridged = _segments(series, xs, no_data)
    for left, right, dashed in zip(runs, runs[1:], bridged, strict=False):
        if dashed:
            (x1, p1), (x2, p2) = left[-1], right[0]
            cs.line(
                ax,
                [x1, x2],
                [100 * float(p1.share_positive), 100 * float(p2.share_positive)],
                color=cs.ACCENT,
                linewidth=1.0,
                linestyle=(0, (2, 2)),
                zorder=2,
                gid=f"{series.id}:bridge",
            )
    for run in runs:
        x = [p[0] for p in run]
        shares = [100 * float(p[1].share_positive) for p in run]
        lows = [100 * p[1].ci[0] for p in run]
        highs = [100 * p[1].ci[1] for p in run]
        ax.fill_between(
            x, lows, highs, color=cs.ACCENT_LIGHT, linewidth=0, zorder=1, gid=f"{series.id}:band"
        )
        if len(run) == 1:
            cs.line(
                ax,
                [x[0], x[0]],
                [lows[0], highs[0]],
                color=cs.ACCENT_LIGHT,
                linewidth=5,
                solid_capstyle="butt",
                zorder=1,
                gid=f"{series.id}:band",
            )
        cs.line(
            ax,
            x,
            shares,
            color=cs.ACCENT,
            linewidth=1.4,
            marker="o",
            markersize=4,
            markeredgecolor="white",
            markeredgewidth=0.6,
            zorder=3,
            gid=f"{series.id}:line",
        )
        for xi, share, point in zip(x, shares, (p[1] for p in run), strict=True):
            # near the top, the label goes under the point so it never meets the panel title
            high = share > 85
            ax.text(
                xi,
                share,
                pct(point.share_positive, lang),
                transform=_offset(ax, -5 if high else 4),
                ha="center",
                va="top" if high else "bottom",
                fontsize=cs.SOURCE_PT,
                color=cs.TEXT,
                zorder=4,
                gid=f"{series.id}:{point.edition}:pct",
            )
            ax.text(
                xi,
                0,
                f"n{chr(0xA0)}{count(point.n_valid, lang)}",
                transform=_offset(ax, 2),
                ha="center",
                va="bottom",
                fontsize=cs.SOURCE_PT,
                color=cs.MUTED,
                zorder=4,
                gid=f"{series.id}:{point.edition}:n",
            )
    for point in series.points:
        if not point.asked:
            ax.text(
                xs[point.edition],
                50,
                t(lang, "trend_not_asked"),
                ha="center",
                va="center",
                fontsize=cs.SOURCE_PT,
                color=cs.MUTED,
                rotation=90,
                gid=f"{series.id}:{point.edition}:not_asked",
            )


def trend_alt(
    trend: Trend,
    lang: str,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
) -> str:
    """The alt text of the trend chart (of its items ``ids``, page ``page`` of a split
    chart)."""
    first, last = _first_last(trend)
    part = replace(trend, series=tuple(s for s in trend.series if ids is None or s.id in ids))
    parts = " ".join(trend_narrative(part, lang))
    text = t(lang, "chart_trend_alt", first=first, last=last, parts=parts)
    return _alt(text, trend.summaries, trend.names, lang, page)
