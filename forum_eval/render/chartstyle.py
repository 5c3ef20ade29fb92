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
    ``with style(): ...`` — draw everything inside this context: it resets matplotlib's
    rcParams to the defaults (ignoring any user matplotlibrc) and applies the house style.
    ``new_figure(height_in, width_in=WIDTH_IN) -> Figure``.
    ``add_title(fig, title, subtitle=None) -> float`` draws the left-aligned title (bold)
    and subtitle at the top, wrapped to the width; returns the height used in inches.
    ``add_source(fig, text) -> float`` draws the source line (and data notes) at the
    bottom, wrapped; returns the height used in inches.  Both are anchored in inches from
    the top / bottom edge, so the figure height may be changed afterwards.
    ``axes_rect(fig, left_in=, right_in=, top_in=, bottom_in=)`` → the ``(l, b, w, h)``
    figure fractions of an axes with those margins (call after the final size is set;
    the margins must leave room for tick labels).
    ``wrap_label(text, width)`` wraps at ``width`` characters on spaces, never truncates;
    ``wrap_to_width(text, width_in, size_pt)`` wraps by measured text width.
    ``clean_axes(ax)`` removes the top/right/left spines (no chart junk).
    ``png_bytes(fig)`` / ``save_png(fig, path)``: PNG at ``DPI`` with no software/date text
    chunks, so the same figure always gives the same bytes.

A typical chart::

    with style():
        fig = new_figure(1.0)
        top = add_title(fig, "Forum 2019, Montréal (QC)", "31 respondents of 80 attendees")
        bottom = add_source(fig, "Source: …")
        fig.set_size_inches(WIDTH_IN, top + body_height + bottom)
        ax = fig.add_axes(axes_rect(fig, left_in=2.0, right_in=0.3, top_in=top, bottom_in=bottom))
        ...
    save_png(fig, path)
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import ScaledTranslation

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


@contextmanager
def style() -> Iterator[None]:
    """Matplotlib defaults (ignoring any matplotlibrc) plus the house style, restored on exit.

    Nested uses are free: inside the house style already, nothing is reset again (resetting
    rcParams costs milliseconds, and text is measured hundreds of times per report).
    """
    if _STYLE_DEPTH[0]:
        yield
        return
    with mpl.rc_context():
        mpl.rcdefaults()
        params: Any = mpl.rcParams
        params.update(RC)
        _STYLE_DEPTH[0] += 1
        try:
            yield
        finally:
            _STYLE_DEPTH[0] -= 1


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
    from matplotlib.colors import LinearSegmentedColormap, to_hex

    ramp = (_STRONG_NEG, _NEG, _NEUTRAL, _POS, _STRONG_POS)
    cmap = LinearSegmentedColormap.from_list("forum_eval_diverging", ramp)
    return tuple(to_hex(cmap(i / (n - 1))).upper() for i in range(n))


def sequential(n: int) -> tuple[str, ...]:
    """``n`` colours, light → dark blue, for ordered levels (e.g. self-rated expertise)."""
    if n in _SEQUENTIAL:
        return _SEQUENTIAL[n]
    from matplotlib.colors import LinearSegmentedColormap, to_hex

    cmap = LinearSegmentedColormap.from_list("forum_eval_sequential", ("#C9DDEB", "#0E3F62"))
    return tuple(to_hex(cmap(i / max(n - 1, 1))).upper() for i in range(n))


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


def new_figure(height_in: float, width_in: float = WIDTH_IN) -> Figure:
    """A figure on an Agg canvas (never pyplot, so nothing is shown or kept in memory)."""
    fig = Figure(figsize=(width_in, height_in), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
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
    in the house style, whatever the caller's rcParams; cached)."""
    prop = FontProperties(family=FONT_FAMILY, size=size_pt, weight=weight)
    with style():
        width, _, _ = _renderer().get_text_width_height_descent(text, prop, ismath=False)
    return float(width) / DPI


def wrap_to_width(text: str, width_in: float, size_pt: float, weight: str = "normal") -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width_in`` (a single long
    word stays whole); never truncates."""
    lines: list[str] = []
    current = ""
    for word in _words(text):
        candidate = f"{current} {word}" if current else word
        if current and text_width_in(candidate, size_pt, weight) > width_in:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def line_height_in(size_pt: float) -> float:
    return size_pt * LINE_SPACING / 72


def _draw_lines(
    fig: Figure,
    lines: Sequence[str],
    *,
    y_in: float,
    size_pt: float,
    from_top: bool,
    colour: str,
    weight: str = "normal",
) -> float:
    """Draw lines one by one from ``y_in``; returns the height used in inches."""
    step = line_height_in(size_pt)
    for i, line in enumerate(lines):
        if from_top:
            offset = y_in + i * step
            transform = fig.transFigure + ScaledTranslation(MARGIN_IN, -offset, fig.dpi_scale_trans)
            fig.text(
                0,
                1,
                line,
                transform=transform,
                fontsize=size_pt,
                color=colour,
                weight=weight,
                va="top",
            )
        else:
            offset = y_in + (len(lines) - 1 - i) * step
            transform = fig.transFigure + ScaledTranslation(MARGIN_IN, offset, fig.dpi_scale_trans)
            fig.text(
                0,
                0,
                line,
                transform=transform,
                fontsize=size_pt,
                color=colour,
                weight=weight,
                va="bottom",
            )
    return len(lines) * step


def add_title(fig: Figure, title: str, subtitle: str | None = None) -> float:
    """Left-aligned bold title and a subtitle under it; returns the height used (inches)."""
    width = fig.get_figwidth() - 2 * MARGIN_IN
    used = MARGIN_IN
    used += _draw_lines(
        fig,
        wrap_to_width(title, width, TITLE_PT, "bold"),
        y_in=used,
        size_pt=TITLE_PT,
        from_top=True,
        colour=TEXT,
        weight="bold",
    )
    if subtitle:
        used += 0.02
        used += _draw_lines(
            fig,
            wrap_to_width(subtitle, width, SUBTITLE_PT),
            y_in=used,
            size_pt=SUBTITLE_PT,
            from_top=True,
            colour=MUTED,
        )
    return used + 0.08


def add_source(fig: Figure, text: str) -> float:
    """The source line (and any data note) at the bottom, wrapped; returns the height used."""
    width = fig.get_figwidth() - 2 * MARGIN_IN
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += wrap_to_width(paragraph, width, SOURCE_PT)
    used = MARGIN_IN
    used += _draw_lines(fig, lines, y_in=used, size_pt=SOURCE_PT, from_top=False, colour=MUTED)
    return used + 0.06


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


def clean_axes(ax: Axes) -> None:
    """No box, no junk: keep only what carries information."""
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes at ``DPI``, without software/date metadata (reproducible)."""
    buffer = io.BytesIO()
    with style():
        # zlib level 3 instead of Pillow's default 6: ~20 % faster to encode flat-colour
        # charts for ~5 % more bytes (benchmarks/RESULTS.md, issue 7)
        fig.savefig(
            buffer,
            format="png",
            dpi=DPI,
            metadata={"Software": None},
            facecolor="white",
            pil_kwargs={"compress_level": 3},
        )
    return buffer.getvalue()


def save_png(fig: Figure, path: Path) -> None:
    """Write the figure to ``path`` as a reproducible PNG (same figure → same bytes)."""
    Path(path).write_bytes(png_bytes(fig))
