"""The one chart style of forum-eval: size, fonts, palette, titles, source line, PNG writing.

Every chart of the project (report, comparison, trend, comment themes) is drawn with these
helpers so that all PNGs look alike, print well and are byte-for-byte reproducible.

Constants
    ``WIDTH_IN`` (6.5 in: fits Letter and A4 with margins), ``DPI`` (300),
    ``MIN_FONT_PT`` (8; no text is smaller), ``FONT_FAMILY`` ("DejaVu Sans", shipped with
    matplotlib, so the system's fonts never matter), font sizes ``TITLE_PT``,
    ``SUBTITLE_PT``, ``LABEL_PT``, ``SOURCE_PT``; colours ``TEXT``, ``MUTED``, ``GRID``,
    ``ACCENT`` (dots, single-series bars), ``ACCENT_LIGHT`` (faint bands), ``NA_COLOR``.

Palette
    ``diverging(n, neutral=...)`` gives ``n`` colours ordered negative → positive (orange for
    disagreement, blue for agreement, grey for the neutral middle).  The 2-, 3-, 4- and
    5-colour versions are fixed colours chosen by CIE L* so that every pair stays at least
    10 L* apart (separate in grey-scale printing) and apart under protanopia, deuteranopia
    and tritanopia (checked in tests/test_charts.py).  ``sequential(n)`` is a light → dark
    blue ramp for ordered levels such as self-rated expertise.  ``text_on(colour)`` gives
    black or white, whichever reads better on that fill.

Figures (never pyplot: ``matplotlib.figure.Figure`` on an Agg canvas)
    ``with style(): ...`` — draw everything inside this context: it sets matplotlib's
    rcParams to the defaults (ignoring any user matplotlibrc) plus the house style.
    ``new_figure(height_in, width_in=WIDTH_IN) -> Figure``.
    ``add_title(fig, title, subtitle=None) -> float`` draws the left-aligned title (bold)
    and subtitle at the top, wrapped to the width; returns the height used in inches.
    ``add_source(fig, text) -> float`` draws the source line (and data notes) at the
    bottom, wrapped; returns the height used in inches.  Both are anchored in inches from
    the top / bottom edge, so the figure height may be changed afterwards.
    ``frame_in(title, subtitle, source) -> float``: the height both take together.
    ``axes_rect(fig, left_in=, right_in=, top_in=, bottom_in=)`` → the ``(l, b, w, h)``
    figure fractions of an axes with those margins (call after the final size is set;
    the margins must leave room for tick labels).
    ``wrap_label(text, width)`` wraps at ``width`` characters on spaces, never truncates;
    ``wrap_to_width(text, width_in, size_pt)`` wraps by measured text width.
    ``clean_axes(ax)`` removes the top/right/left spines (no chart junk).
    ``row_labels(ax, positions, labels)`` writes row labels where y tick labels would be, as
    plain texts; ``line(ax, xs, ys, **props)`` adds one line without ``ax.plot``'s overhead,
    ``whisker(ax, low, high, y, half, gid, **props)`` an interval with end caps.
    ``png_bytes(fig)``: the figure drawn once at ``DPI`` and
    written by ``encode_png(pixels)``: a palette PNG when the chart has few colours (exact up
    to 256, see ``PALETTE_MAX_*`` beyond), else RGB; no metadata chunk, so the same figure
    always gives the same bytes.  ``render_rgba(fig)`` gives the drawn pixels.

Speed
    Text sizes are measured once per process (``text_width_in`` and every figure share one
    cache, see ``_measure``), ``wrap_to_width`` checks a guessed line length instead of
    measuring word by word, and ``style()`` applies parameters validated once.

A typical chart::

    with style():
        fig = new_figure(1.0)
        top = add_title(fig, "Forum 2019, Montréal (QC)", "31 respondents of 80 attendees")
        bottom = add_source(fig, "Source: …")
        fig.set_size_inches(WIDTH_IN, top + body_height + bottom)
        ax = fig.add_axes(axes_rect(fig, left_in=2.0, right_in=0.3, top_in=top, bottom_in=bottom))
        ...
    data = png_bytes(fig)   # forum_eval.report writes it
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from forum_eval.present.text import strip_controls

WIDTH_IN = 6.5
DPI = 300
MIN_FONT_PT = 8.0
FONT_FAMILY = "DejaVu Sans"

TITLE_PT = 11.0
SUBTITLE_PT = 9.0
LABEL_PT = 8.5
SOURCE_PT = 8.0

TEXT = "#222222"
MUTED = "#555555"
GRID = "#BBBBBB"
ACCENT = "#0E4C76"
ACCENT_LIGHT = "#C9DDEB"
NA_COLOR = "#777777"

#: outer margin of the figure, inches
MARGIN_IN = 0.12
LINE_SPACING = 1.25

# Diverging colours, negative → positive; CIE L* in comments (all pairs ≥ 10 apart).
_STRONG_NEG = "#AE4E27"  # L* 45  dark orange
_NEG = "#EBA55E"  # L* 73  light orange
_NEUTRAL = "#DADADA"  # L* 87  grey
_POS = "#2298CC"  # L* 59  medium blue
_STRONG_POS = "#0E4C76"  # L* 31  dark blue

_DIVERGING: dict[tuple[int, bool], tuple[str, ...]] = {
    (2, False): (_NEG, _POS),
    (3, True): (_NEG, _NEUTRAL, _POS),
    (3, False): (_STRONG_NEG, _NEG, _POS),
    (4, False): (_STRONG_NEG, _NEG, _POS, _STRONG_POS),
    (5, True): (_STRONG_NEG, _NEG, _NEUTRAL, _POS, _STRONG_POS),
}

_SEQUENTIAL: dict[int, tuple[str, ...]] = {
    1: ("#2298CC",),
    2: ("#A8D1EF", "#0E4C76"),
    3: ("#A8D1EF", "#2298CC", "#0E4C76"),
    4: ("#C9DDEB", "#6FB3DF", "#2A78AC", "#0E3F62"),
}

RC: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT_FAMILY],
    "font.size": LABEL_PT,
    "text.color": TEXT,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": TEXT,
    "axes.linewidth": 0.6,
    "axes.titlesize": TITLE_PT,
    "axes.labelsize": LABEL_PT,
    "xtick.color": MUTED,
    "ytick.color": TEXT,
    "xtick.labelcolor": TEXT,
    "ytick.labelcolor": TEXT,
    "xtick.labelsize": LABEL_PT,
    "ytick.labelsize": LABEL_PT,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "legend.fontsize": LABEL_PT,
    "legend.frameon": False,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "axes.unicode_minus": True,
    "path.simplify": True,
    "text.hinting": "force_autohint",
    "text.antialiased": True,
}


_STYLE_DEPTH = [0]

#: process settings that matplotlib's rcdefaults() and styles leave alone
#: (matplotlib.style.core.STYLE_BLACKLIST, named here: importing matplotlib.style reads every
#: style file, ~15 ms)
_NOT_STYLE = frozenset(
    {
        "backend",
        "backend_fallback",
        "date.epoch",
        "docstring.hardcopy",
        "figure.max_open_warning",
        "figure.raise_window",
        "interactive",
        "savefig.directory",
        "timezone",
        "tk.window_focus",
        "toolbar",
        "webagg.address",
        "webagg.open_in_browser",
        "webagg.port",
        "webagg.port_retries",
    }
)


@lru_cache(maxsize=1)
def _house_params() -> dict[str, Any]:
    """Matplotlib's defaults plus ``RC``, validated once: what ``rcdefaults()`` then
    ``rcParams.update(RC)`` give, without re-validating every parameter at each chart."""
    defaults: Any = mpl.rcParamsDefault
    house: Any = mpl.RcParams(RC)  # validated
    params = {k: v for k, v in dict.items(defaults) if k not in _NOT_STYLE}
    params.update(dict.items(house))
    return params


@contextmanager
def style() -> Iterator[None]:
    """Matplotlib defaults (ignoring any matplotlibrc) plus the house style, restored on exit.

    Nested uses are free: inside the house style already, nothing is reset again (resetting
    rcParams costs milliseconds, and text is measured hundreds of times per report).
    """
    if _STYLE_DEPTH[0]:
        yield
        return
    params: Any = mpl.rcParams
    saved = dict(dict.items(params))
    dict.update(params, _house_params())  # validated values, as rc_context restores them
    _STYLE_DEPTH[0] += 1
    try:
        yield
    finally:
        _STYLE_DEPTH[0] -= 1
        dict.update(params, saved)


def diverging(n: int, neutral: bool | None = None) -> tuple[str, ...]:
    """``n`` colours, negative → positive; ``neutral`` (default: ``n`` odd) greys the middle one."""
    if neutral is None:
        neutral = n % 2 == 1
    key = (n, neutral)
    if key in _DIVERGING:
        return _DIVERGING[key]
    if n == 1:
        return (_NEUTRAL if neutral else _POS,)
    # Longer scales (e.g. 0–10): interpolate the ramp; grey-scale separation is not guaranteed.
    return _ramp((_STRONG_NEG, _NEG, _NEUTRAL, _POS, _STRONG_POS), n)


def _ramp(colours: Sequence[str], n: int) -> tuple[str, ...]:
    """``n`` colours spread evenly along a ramp through ``colours`` (its ends included when
    ``n`` ≥ 2)."""
    from matplotlib.colors import LinearSegmentedColormap, to_hex

    cmap = LinearSegmentedColormap.from_list("forum_eval_ramp", colours)
    return tuple(to_hex(cmap(i / max(n - 1, 1))).upper() for i in range(n))


def scale_colours(positive: Sequence[bool], neutral: int | None) -> tuple[str, ...]:
    """A colour per category of a rating scale, in scale order: the positive categories blue
    (darker for the stronger), the neutral one grey, every other orange (darker for the more
    negative) — so that the colours follow what counts as positive, whatever the scale
    (quality: poor, fair orange; good, very good, excellent blue). A scale with two answers
    on each side (and a neutral one or none), such as the built-in agreement and
    satisfaction scales, gets the colours of :func:`diverging`; a longer one (a declared
    1–7 agreement scale) is coloured by its positive answers, not split at its middle."""
    n_positive = sum(positive)
    n_negative = len(positive) - n_positive - (neutral is not None)
    negatives = {0: (), 1: (_NEG,)}.get(n_negative) or _ramp((_STRONG_NEG, _NEG), n_negative)
    positives = {0: (), 1: (_POS,)}.get(n_positive) or _ramp((_POS, _STRONG_POS), n_positive)
    ramps = {True: iter(positives), False: iter(negatives)}  # each side in scale order
    return tuple(_NEUTRAL if i == neutral else next(ramps[p]) for i, p in enumerate(positive))


def sequential(n: int) -> tuple[str, ...]:
    """``n`` colours, light → dark blue, for ordered levels (e.g. self-rated expertise)."""
    return _SEQUENTIAL.get(n) or _ramp(("#C9DDEB", "#0E3F62"), n)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance (0 black … 1 white) of a colour."""
    from matplotlib.colors import to_rgb

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def lightness(colour: str) -> float:
    """CIE L* (0 black … 100 white): what a colour becomes when printed in grey scale."""
    y = relative_luminance(colour)
    return 116 * y ** (1 / 3) - 16 if y > 0.008856 else 903.3 * y


def text_on(colour: str) -> str:
    """Black or white text, whichever contrasts more with a ``colour`` fill."""
    y = relative_luminance(colour)
    return "white" if (1.05 / (y + 0.05)) > ((y + 0.05) / 0.05) else TEXT


# Text metrics, shared by every figure of the process. Matplotlib caches a text's size per
# renderer, that is per figure, so each chart measured its title, labels and "lp" (for the
# descent) again, and again the lines wrap_to_width had just measured. In the house style
# (fonts, hinting and DPI fixed) a size depends only on the text and its font properties.
_METRICS: dict[tuple[str, FontProperties, float], tuple[float, float, float]] = {}
_METRICS_MAX = 20_000


def _measure(renderer: RendererAgg, text: str, prop: FontProperties, ismath: Any) -> Any:
    """``renderer.get_text_width_height_descent``, cached across renderers in the house style
    (outside it, or for math text, measured every time)."""
    if ismath is not False or not _STYLE_DEPTH[0]:
        return RendererAgg.get_text_width_height_descent(renderer, text, prop, ismath)
    key = (text, prop.copy(), float(renderer.dpi))
    found = _METRICS.get(key)
    if found is None:
        found = RendererAgg.get_text_width_height_descent(renderer, text, prop, ismath)
        if len(_METRICS) >= _METRICS_MAX:
            _METRICS.clear()
        _METRICS[key] = found
    return found


class _Canvas(FigureCanvasAgg):
    """The Agg canvas, with text metrics shared across figures (``_measure``)."""

    def get_renderer(self) -> RendererAgg:
        renderer = super().get_renderer()
        if "get_text_width_height_descent" not in vars(renderer):
            renderer.get_text_width_height_descent = lambda text, prop, ismath: _measure(
                renderer, text, prop, ismath
            )
        return renderer


def new_figure(height_in: float, width_in: float = WIDTH_IN) -> Figure:
    """A figure on an Agg canvas (never pyplot, so nothing is shown or kept in memory)."""
    fig = Figure(figsize=(width_in, height_in), dpi=DPI, facecolor="white")
    _Canvas(fig)
    return fig


def _words(text: str) -> list[str]:
    """Words split on ordinary white space only: a non-breaking space (French "93 %",
    « … ») never becomes a line break."""
    return [word for word in re.split(r"[ \t\n\r\f\v]+", text) if word]


def wrap_label(text: str, width: int) -> str:
    """Wrap ``text`` at about ``width`` characters on spaces and hyphens (never on a
    non-breaking space); never truncates."""
    lines = textwrap.wrap(
        " ".join(_words(text)), width=max(width, 1), break_long_words=False, break_on_hyphens=True
    )
    return "\n".join(lines) if lines else ""


@lru_cache(maxsize=1)
def _renderer() -> RendererAgg:
    return RendererAgg(10, 10, DPI)


@lru_cache(maxsize=4096)
def text_width_in(text: str, size_pt: float, weight: str = "normal") -> float:
    """Width in inches of one line of ``text`` in the house font at ``size_pt`` (measured
    in the house style, whatever the caller's rcParams; cached).  The font properties are
    those a chart's text gets, so drawing that text later reuses the measurement."""
    with style():
        prop = FontProperties(size=size_pt, weight=weight)
        width, _, _ = _measure(_renderer(), text, prop, False)
    return float(width) / DPI


#: first guess of a character's width, in ems (DejaVu Sans runs ~0.55 em a character)
_CHAR_EM = 0.55


def wrap_to_width(text: str, width_in: float, size_pt: float, weight: str = "normal") -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width_in`` (a single long
    word stays whole); never truncates.

    Each line is the longest run of words that fits, as adding words one by one would give
    (a longer run is never narrower), but found from a guess of its length and checked
    with two or three measurements instead of one per word.

    Control characters (an escape code in a header) are dropped, here and in every text the
    helpers below draw: no font has a glyph for them (matplotlib would warn "Glyph 27
    missing", putting the raw escape code on stderr).
    """
    words = _words(strip_controls(text))
    lines: list[str] = []
    char_in = _CHAR_EM * size_pt / 72  # refined by each measurement

    def fits(start: int, end: int) -> bool:
        nonlocal char_in
        line = " ".join(words[start:end])
        width = text_width_in(line, size_pt, weight)
        char_in = width / len(line)
        return width <= width_in

    start = 0
    while start < len(words):
        end, length = start + 1, len(words[start])  # a line holds at least one word
        while end < len(words) and (length + 1 + len(words[end])) * char_in <= width_in:
            length += 1 + len(words[end])
            end += 1
        if end == start + 1 or fits(start, end):
            while end < len(words) and fits(start, end + 1):
                end += 1
        else:
            end -= 1
            while end > start + 1 and not fits(start, end):
                end -= 1
        lines.append(" ".join(words[start:end]))
        start = end
    return lines


def line_height_in(size_pt: float) -> float:
    return size_pt * LINE_SPACING / 72


def _draw_lines(
    fig: Figure,
    lines: Sequence[str],
    y_in: float,
    size_pt: float,
    colour: str,
    weight: str = "normal",
    from_top: bool = True,
) -> float:
    """Draw lines one by one from ``y_in`` inches from the top (else from the bottom);
    returns the height used in inches."""
    step = line_height_in(size_pt)
    for i, text in enumerate(lines):
        offset = y_in + (i if from_top else len(lines) - 1 - i) * step
        fig.text(
            0,
            1 if from_top else 0,
            strip_controls(text),
            transform=fig.transFigure
            + ScaledTranslation(MARGIN_IN, -offset if from_top else offset, fig.dpi_scale_trans),
            fontsize=size_pt,
            color=colour,
            weight=weight,
            va="top" if from_top else "bottom",
        )
    return len(lines) * step


#: where a title too long for one line breaks first: after the event's name, at its first
#: colon ("… 2019, Ottawa (ON): agreement with each statement", French "… (ON) : accord …")
#: or dash ("Themes of the comments — Forum …")
_TITLE_BREAK = re.compile(r"\u00a0?: | — ")


def title_lines(title: str, width_in: float) -> list[str]:
    """The lines of a chart title ``width_in`` wide (bold, :data:`TITLE_PT`): one line when
    it fits; else the event's name and what the chart shows on lines of their own (wrapped
    if need be) — "Forum pancanadien sur la traite des personnes 2019, Ottawa (ON) :" /
    "accord avec chaque énoncé" rather than a break in the middle of either — unless that
    costs more than one line over a plain word wrap."""
    lines = wrap_to_width(title, width_in, TITLE_PT, "bold")
    found = _TITLE_BREAK.search(title)
    if len(lines) <= 1 or found is None or not title[found.end() :].strip():
        return lines
    head, tail = title[: found.end()].rstrip(" "), title[found.end() :]
    parts = wrap_to_width(head, width_in, TITLE_PT, "bold")
    parts += wrap_to_width(tail, width_in, TITLE_PT, "bold")
    return parts if len(parts) <= len(lines) + 1 else lines


def add_title(fig: Figure, title: str, subtitle: str | None = None) -> float:
    """Left-aligned bold title (:func:`title_lines`) and a subtitle under it; returns the
    height used (inches)."""
    width = fig.get_figwidth() - 2 * MARGIN_IN
    used = MARGIN_IN + _draw_lines(
        fig, title_lines(title, width), MARGIN_IN, TITLE_PT, TEXT, "bold"
    )
    if subtitle:
        used += 0.02
        used += _draw_lines(
            fig, wrap_to_width(subtitle, width, SUBTITLE_PT), used, SUBTITLE_PT, MUTED
        )
    return used + 0.08


def add_source(fig: Figure, text: str) -> float:
    """The source line (and any data note) at the bottom, wrapped; returns the height used."""
    width = fig.get_figwidth() - 2 * MARGIN_IN
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += wrap_to_width(paragraph, width, SOURCE_PT)
    return MARGIN_IN + _draw_lines(fig, lines, MARGIN_IN, SOURCE_PT, MUTED, from_top=False) + 0.06


def frame_in(title: str, subtitle: str | None, source: str) -> float:
    """The height (inches) that :func:`add_title` and :func:`add_source` take for these
    texts: what is left of a chart's height for its body."""
    with style():
        fig = new_figure(1.0)
        return add_title(fig, title, subtitle) + add_source(fig, source)


def axes_rect(
    fig: Figure, *, left_in: float, right_in: float, top_in: float, bottom_in: float
) -> tuple[float, float, float, float]:
    """``(left, bottom, width, height)`` in figure fractions for the given margins (inches)."""
    width, height = (float(v) for v in fig.get_size_inches())
    return (
        left_in / width,
        bottom_in / height,
        (width - left_in - right_in) / width,
        (height - top_in - bottom_in) / height,
    )


#: a y tick label's distance from the axis, points (matplotlib's ytick.major.pad; no tick line)
ROW_LABEL_PAD_PT = 3.5


def row_labels(
    ax: Axes,
    positions: Sequence[float],
    labels: Sequence[str],
    *,
    weights: Sequence[str] | None = None,
    gids: Sequence[str] | None = None,
) -> None:
    """Row labels left of ``ax`` at data y ``positions``, exactly where y tick labels with
    no tick line would be, but as plain texts: ticks cost five artists each, rebuilt and
    measured at every draw, for a label the rows of a chart do not need."""
    fig = ax.get_figure()
    assert fig is not None
    ax.set_yticks([])
    transform = ax.get_yaxis_transform(which="tick1") + ScaledTranslation(
        -ROW_LABEL_PAD_PT / 72, 0, fig.dpi_scale_trans
    )
    for i, (y, text) in enumerate(zip(positions, labels, strict=True)):
        ax.text(
            0,
            y,
            strip_controls(text),
            transform=transform,
            ha="right",
            va="center_baseline",
            fontsize=LABEL_PT,
            color=TEXT,
            weight=weights[i] if weights is not None else "normal",
            gid=gids[i] if gids is not None else None,
        )


def line(ax: Axes, xs: Sequence[float], ys: Sequence[float], **props: Any) -> Line2D:
    """``ax.plot(xs, ys, **props)`` for one line of a given colour, without ``plot``'s
    argument parsing and data-limit update (the charts set their limits): a ``Line2D`` added
    to ``ax`` as it is."""
    artist = Line2D(xs, ys, **props)
    ax.add_artist(artist)
    return artist


def whisker(
    ax: Axes, low: float, high: float, y: float, half: float, gid: str, **props: Any
) -> None:
    """An interval from ``low`` to ``high`` at data ``y``: a line with end caps ``half`` above
    and below it, never clipped; ``props`` (colour, width …) go to every line."""
    line(ax, [low, high], [y, y], solid_capstyle="butt", gid=gid, clip_on=False, **props)
    for end in (low, high):
        line(ax, [end, end], [y - half, y + half], clip_on=False, **props)


def clean_axes(ax: Axes) -> None:
    """No box, no junk: keep only what carries information."""
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)


# PNG writing. The figure is drawn once on its Agg canvas and its pixels are written by
# encode_png: a palette PNG (one byte a pixel) when the chart has few colours, which the
# house style's flat fills and anti-aliased text almost always give, else 8-bit RGB; never
# RGBA for an opaque chart (the background is white). No filter: on flat colours it
# compresses as well as Pillow's adaptive filtering for a fraction of its cost. Only IHDR,
# PLTE, pHYs (the DPI), IDAT and IEND chunks: no software, date or other metadata.

#: zlib levels (level 4 would make palette PNGs ~12 % smaller for ~50 % more zlib time)
PNG_LEVEL_PALETTE = 3
PNG_LEVEL_RGB = 1
#: a chart with more distinct colours than this is written as RGB
PALETTE_MAX_COLOURS = 1024
#: beyond 256 colours, the rarest are replaced by the nearest kept colour only when no channel
#: moves by more than this (of 255) and at most this share of the pixels changes; else RGB
PALETTE_MAX_ERROR = 24
PALETTE_MAX_CHANGED = 1 / 1000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(tag: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def _palette(words: Any, colours: list[tuple[int, tuple[int, ...]]]) -> tuple[Any, bytes] | None:
    """``(rows, PLTE data)`` for opaque pixels ``words`` (uint32 RGBA, little-endian) with
    the given ``(count, rgba)`` colours, or None when they do not fit a palette closely.
    ``rows`` are the PNG scanlines: a filter byte 0 (none), then one palette index a pixel."""
    import numpy as np

    ranked = sorted(colours, key=lambda c: (-c[0], c[1]))  # most used first, ties by colour
    kept, rest = ranked[:256], ranked[256:]
    rgb_kept = np.array([c[1][:3] for c in kept], dtype=np.int32)
    lut = np.zeros(1 << 24, dtype=np.uint8)

    def keys(entries: list[tuple[int, tuple[int, ...]]]) -> Any:
        rgb = np.array([c[1][:3] for c in entries], dtype=np.int64).reshape(-1, 3)
        return rgb[:, 0] | (rgb[:, 1] << 8) | (rgb[:, 2] << 16)

    lut[keys(kept)] = np.arange(len(kept), dtype=np.uint8)
    if rest:
        changed = sum(c[0] for c in rest)
        if changed > PALETTE_MAX_CHANGED * words.size:
            return None
        rgb_rest = np.array([c[1][:3] for c in rest], dtype=np.int32)
        diff = rgb_rest[:, None, :] - rgb_kept[None, :, :]
        nearest = (diff * diff).sum(axis=2).argmin(axis=1)  # first of equals: deterministic
        error = np.abs(rgb_rest - rgb_kept[nearest]).max()
        if error > PALETTE_MAX_ERROR:
            return None
        lut[keys(rest)] = nearest.astype(np.uint8)
    height, width = words.shape
    keys_ = np.empty((height, width + 1), dtype=np.uint32)
    keys_[:, 0] = keys(kept[:1])[0]  # the first colour: index 0, the filter byte
    np.bitwise_and(words, 0xFFFFFF, out=keys_[:, 1:])
    return lut[keys_], rgb_kept.astype(np.uint8).tobytes()


def encode_png(pixels: Any, dpi: float = DPI) -> bytes:
    """PNG bytes of ``pixels`` (an ``(height, width, 4)`` uint8 RGBA array): palette when the
    colours allow it (see ``PALETTE_MAX_*``), else RGB, RGBA only if some pixel is not opaque.
    The same pixels always give the same bytes; ``dpi`` goes into the pHYs chunk."""
    import struct
    import zlib

    import numpy as np
    from PIL import Image

    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width, _ = pixels.shape
    words = pixels.view("<u4")[..., 0]  # RGBA bytes as little-endian 32-bit words
    image = Image.frombuffer("RGBA", (width, height), pixels, "raw", "RGBA", 0, 1)
    colours: list[tuple[int, tuple[int, ...]]] | None = image.getcolors(  # type: ignore[assignment]
        PALETTE_MAX_COLOURS
    )
    opaque = (
        all(c[1][3] == 255 for c in colours)
        if colours is not None
        else bool((pixels[..., 3] == 255).all())
    )
    palette = _palette(words, colours) if colours is not None and opaque else None
    if palette is not None:
        rows, plte = palette
        colour_type, level, extra = 3, PNG_LEVEL_PALETTE, _chunk(b"PLTE", plte)
    else:
        channels = 3 if opaque else 4
        rows = np.zeros((height, 1 + width * channels), dtype=np.uint8)
        rows[:, 1:].reshape(height, width, channels)[...] = pixels[..., :channels]  # a view
        colour_type, level, extra = (2 if opaque else 6), PNG_LEVEL_RGB, b""
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    per_metre = int(dpi / 0.0254 + 0.5)
    return b"".join(
        (
            _PNG_SIGNATURE,
            _chunk(b"IHDR", header),
            extra,
            _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
            _chunk(b"IDAT", zlib.compress(rows.data, level)),
            _chunk(b"IEND", b""),
        )
    )


def render_rgba(fig: Figure) -> Any:
    """Draw ``fig`` once at ``DPI`` on a white background, in the house style; returns its
    pixels as an ``(height, width, 4)`` uint8 RGBA array (a view of the Agg buffer)."""
    import numpy as np

    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else _Canvas(fig)
    dpi, facecolor = fig.dpi, fig.get_facecolor()
    try:
        fig.dpi = DPI  # setting the dpi it has already does nothing
        fig.set_facecolor("white")
        with style():
            canvas.draw()
    finally:
        fig.dpi = dpi
        fig.set_facecolor(facecolor)
    return np.asarray(canvas.buffer_rgba())


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes at ``DPI``, drawn once, without metadata (reproducible)."""
    return encode_png(render_rgba(fig), DPI)
