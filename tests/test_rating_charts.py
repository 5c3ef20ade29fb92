"""Diverging charts for every kind of rating, not only agreement (satisfaction, quality,
usefulness …): one chart per kind, colours that follow what counts as positive, the same
figures as ``summarize``, alt text in both languages.

Reference: tests/data/exports/surveymonkey.csv, counted by hand from its 13 data rows, one
of them blank in every answer column (not a respondent) — satisfaction with the venue:
12 valid, 10 satisfied or very satisfied (83 %), 1 neutral, 1 dissatisfied (8 %); with the
catering: 12 valid, 7 positive (58 %), 2 neutral, 3 negative (25 %); with the
interpretation: 8 valid, 7 positive (88 %), 3 "Did not use (N/A)", 1 blank; quality of the
printed materials: 12 valid, 9 good or better (75 %), 3 fair or poor (25 %).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from matplotlib.colors import to_rgb
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from typer.testing import CliRunner

from forum_eval.analyse.summary import Summary
from forum_eval.cli import app
from forum_eval.config.scales import BUILTIN_SCALES
from forum_eval.present import alt, chartdata, charts
from forum_eval.present import chartstyle as cs
from forum_eval.read.survey import Options
from tests.conftest import ROOT, SURVEYS, summarize_source

EXPORT = ROOT / "tests" / "data" / "exports" / "surveymonkey.csv"


@pytest.fixture(scope="module")
def summary() -> Summary:
    return summarize_source(str(EXPORT), Options(surveys_dir=SURVEYS))


def texts(fig) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {t.get_gid(): t.get_text() for t in fig.findobj(Text) if t.get_gid()}


def bars(fig) -> dict[str, Rectangle]:  # type: ignore[no-untyped-def]
    return {p.get_gid(): p for p in fig.axes[0].patches if isinstance(p, Rectangle) and p.get_gid()}


def test_each_kind_of_rating_present_gets_its_chart(summary: Summary) -> None:
    kinds = chartdata.diverging_kinds(summary)
    assert kinds == ["agreement", "satisfaction", "quality", "usefulness"]
    # 0–10 recommendation (NPS) and yes/no are not drawn as diverging bars
    assert all(i.kind not in kinds for i in summary.items if i.kind in ("nps", "yesno"))


def test_satisfaction_bars_hold_the_summary_figures(summary: Summary) -> None:
    fig = charts.plot_ratings(summary, "satisfaction", lang="en")
    shown = texts(fig)
    items = {i.id: i for i in chartdata.diverging_items(summary, "satisfaction")}
    venue = next(i for i in items if i.endswith("venue"))
    catering = next(i for i in items if i.endswith("catering"))
    interpretation = next(i for i in items if i.endswith("interpretation"))
    assert (shown[f"{venue}:pct"], shown[f"{venue}:n"]) == ("83%", "12")
    assert shown[f"{venue}:disagree"] == "8%"
    assert (shown[f"{catering}:pct"], shown[f"{catering}:disagree"]) == ("58%", "25%")
    assert (shown[f"{interpretation}:pct"], shown[f"{interpretation}:n"]) == ("88%", "8")
    assert (shown[f"{interpretation}:na"], shown[f"{interpretation}:blank"]) == ("3", "1")
    segments = bars(fig)
    for item in items.values():
        # right of zero: the positive categories and half the neutral one = % positive + ½ neutral
        right = sum(
            max(0.0, p.get_x() + p.get_width()) - max(0.0, p.get_x())
            for gid, p in segments.items()
            if gid.startswith(f"{item.id}:")
        )
        neutral = item.counts[item.categories.index("neutral")]
        expected = 100 * (Fraction(item.n_positive or 0) + Fraction(neutral, 2)) / item.n_valid
        assert right == pytest.approx(float(expected))
    words = " ".join(t.get_text() for t in fig.findobj(Text))
    assert "satisfaction with each item" in words and "% positive" in words
    assert "% negative" in words and "neutral answer is split" in words


def test_quality_has_no_neutral_and_blue_for_good(summary: Summary) -> None:
    fig = charts.plot_ratings(summary, "quality", lang="fr")
    shown = texts(fig)
    item = chartdata.diverging_items(summary, "quality")[0]
    assert shown[f"{item.id}:pct"] == "75\u00a0%" and shown[f"{item.id}:disagree"] == "25\u00a0%"
    for gid, patch in bars(fig).items():
        category = gid.split(":")[1]
        red, _green, blue = to_rgb(patch.get_facecolor())
        if category in ("good", "very_good", "excellent"):
            assert blue > red and patch.get_x() >= 0, gid
        else:
            assert red > blue and patch.get_x() < 0, gid
    words = " ".join(t.get_text() for t in fig.findobj(Text))
    assert "qualité perçue" in words and "neutre" not in words


@pytest.mark.parametrize("scale", list(BUILTIN_SCALES.values()), ids=lambda s: s.id)
def test_colours_follow_what_counts_as_positive(scale) -> None:  # type: ignore[no-untyped-def]
    positive = [c in scale.positive for c in scale.ids]
    neutral = scale.ids.index(scale.neutral) if scale.neutral else None
    colours = cs.scale_colours(positive, neutral)
    assert len(colours) == len(scale.ids)
    for index, colour in enumerate(colours):
        red, green, blue = to_rgb(colour)
        if index == neutral:
            assert red == green == blue  # grey
        elif positive[index]:
            assert blue > red  # blue
        else:
            assert red > blue  # orange
    # stronger answers are darker on both sides
    negatives = [cs.lightness(c) for i, c in enumerate(colours) if not positive[i] and i != neutral]
    positives = [cs.lightness(c) for i, c in enumerate(colours) if positive[i]]
    assert negatives == sorted(negatives) and positives == sorted(positives, reverse=True)
    if scale.kind == "agreement" or (scale.kind == "satisfaction"):
        assert colours == cs.diverging(len(scale.ids), scale.neutral is not None)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_alt_text_of_a_rating_chart(summary: Summary, lang: str) -> None:
    text = alt.alt_ratings(summary, "satisfaction", lang)
    assert len(text.split()) < 150
    if lang == "en":
        assert "Diverging bar chart of satisfaction for 3 items" in text
        assert "from 58%" in text and "to 88%" in text
        assert "Most negative answers" in text and "25% (3 of 12)" in text
    else:
        assert "Graphique à barres divergentes de la satisfaction pour 3 énoncés" in text
        assert "58\u00a0%" in text and "88\u00a0%" in text
        assert "25\u00a0% (3 sur 12)" in text


def test_report_writes_a_chart_per_kind_in_both_languages(tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app, ["report", str(EXPORT), "--out", str(out), "--lang", "both", "--jobs", "1"]
    )
    assert result.exit_code == 0, result.stderr
    for kind in ("agreement", "satisfaction", "quality", "usefulness"):
        for lang in ("en", "fr"):
            png = out / f"{kind}.{lang}.png"
            assert png.read_bytes().startswith(b"\x89PNG")
            alt_text = (out / f"{kind}.{lang}.alt.txt").read_text(encoding="utf-8")
            assert alt_text.strip()
            assert f"({kind}.{lang}.png)" in (out / f"summary.{lang}.md").read_text("utf-8")
    assert not (out / "likelihood.en.png").exists()
