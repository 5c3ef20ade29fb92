"""Text measurement and wrapping of the chart style: the cached width is the measured width,
and wrap_to_width gives exactly the lines of adding words one by one (with far fewer
measurements)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.font_manager import FontProperties

from forum_eval.present import charts
from forum_eval.present import chartstyle as cs
from forum_eval.present.narrative import label, title
from forum_eval.present.strings import t
from forum_eval.read.survey import Options
from tests.conftest import SURVEYS, summarize_source

NBSP = "\u00a0"


def greedy(text: str, width_in: float, size_pt: float, weight: str = "normal") -> list[str]:
    """The reference: add words one by one, measuring every candidate line."""
    lines: list[str] = []
    current = ""
    for word in cs._words(text):
        candidate = f"{current} {word}" if current else word
        if current and cs.text_width_in(candidate, size_pt, weight) > width_in:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def chart_texts() -> list[str]:
    texts = []
    for year in ("2016", "2017", "2018", "2019"):
        summary = summarize_source(year, Options(surveys_dir=SURVEYS))
        for lang in ("en", "fr"):
            texts += charts.source_text(summary, lang).split("\n")
            texts.append(charts.subtitle(summary, lang))
            texts.append(t(lang, "rep_agreement_title", title=title(summary, lang)))
            texts += [label(item, lang) for item in summary.items]
    return sorted(set(texts))


@pytest.mark.parametrize(
    ("width_in", "size_pt", "weight"),
    [
        (6.26, cs.TITLE_PT, "bold"),
        (6.26, cs.SUBTITLE_PT, "normal"),
        (6.26, cs.SOURCE_PT, "normal"),
        (1.65, cs.LABEL_PT, "normal"),
        (2.6, cs.LABEL_PT, "bold"),
        (0.3, cs.LABEL_PT, "normal"),
    ],
)
def test_wrap_to_width_equals_word_by_word_wrapping(width_in, size_pt, weight) -> None:
    for text in chart_texts():
        assert cs.wrap_to_width(text, width_in, size_pt, weight) == greedy(
            text, width_in, size_pt, weight
        ), text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçœ'’-.,;:«»%0123456789WMil", min_size=1),
        max_size=30,
    ).map(" ".join),
    st.floats(min_value=0.1, max_value=7.0),
    st.sampled_from([(8.0, "normal"), (8.5, "normal"), (11.0, "bold")]),
)
def test_wrap_to_width_equals_greedy_on_any_text(text, width_in, font) -> None:
    size_pt, weight = font
    lines = cs.wrap_to_width(text, width_in, size_pt, weight)
    assert lines == greedy(text, width_in, size_pt, weight)
    for line in lines:
        assert " " not in line or cs.text_width_in(line, size_pt, weight) <= width_in


def test_wrap_to_width_measures_a_few_lines_not_every_word() -> None:
    text = " ".join(f"mot{i}" for i in range(60))
    before = cs.text_width_in.cache_info().misses
    lines = cs.wrap_to_width(text, 4.0, 8.7)  # a size no other test measures
    measured = cs.text_width_in.cache_info().misses - before
    assert len(lines) > 3 and measured <= 3 * len(lines) < 59  # word by word: 59


SAMPLES = [
    ("Forum 2019, Ottawa (ON)", cs.TITLE_PT, "bold"),
    (f"taux de réponse 39{NBSP}%", cs.SUBTITLE_PT, "normal"),
    ("Strongly disagree", cs.MIN_FONT_PT, "normal"),
    ("lp", cs.LABEL_PT, "normal"),
]


def uncached(text: str, size: float, weight: str) -> tuple[float, float, float]:
    """Matplotlib's own measurement, on a fresh renderer, with the house font named."""
    renderer = RendererAgg(10, 10, cs.DPI)
    prop = FontProperties(family=cs.FONT_FAMILY, size=size, weight=weight)
    with cs.style():
        return RendererAgg.get_text_width_height_descent(renderer, text, prop, ismath=False)


@pytest.mark.parametrize(("text", "size", "weight"), SAMPLES)
def test_cached_text_width_equals_the_measurement(text, size, weight) -> None:
    cached = cs.text_width_in(text, size, weight)
    assert cs.text_width_in(text, size, weight) == cached
    assert cached == uncached(text, size, weight)[0] / cs.DPI
    assert 0 < cached < len(text) * size / 72


@pytest.mark.parametrize(("text", "size", "weight"), SAMPLES)
def test_figures_share_text_metrics_equal_to_the_measurement(text, size, weight) -> None:
    with cs.style():
        prop = FontProperties(size=size, weight=weight)  # as a chart's text gets it
        first = cs.new_figure(1.0).canvas.get_renderer()
        second = cs.new_figure(2.0).canvas.get_renderer()
        assert first is not second
        metrics = first.get_text_width_height_descent(text, prop, ismath=False)
        assert metrics == uncached(text, size, weight)
        assert second.get_text_width_height_descent(text, prop.copy(), ismath=False) == metrics
        assert (text, prop, float(cs.DPI)) in cs._METRICS


def test_shared_metrics_draw_the_same_pixels(summary_2019) -> None:
    """A chart drawn with the shared metrics is the chart matplotlib draws on its own."""
    reference = charts.plot_agreement(summary_2019, lang="fr")
    FigureCanvasAgg(reference)  # matplotlib's canvas: metrics per renderer, none shared
    assert type(reference.canvas) is FigureCanvasAgg
    assert cs.png_bytes(reference) == cs.png_bytes(charts.plot_agreement(summary_2019, lang="fr"))
