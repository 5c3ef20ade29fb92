"""`forum-eval trend`: one row per item per edition, nothing dropped."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction

import pytest
from typer.testing import CliRunner

from forum_eval.analyse.trend import build_trend
from forum_eval.cli import app
from forum_eval.config.registry import load_registry
from forum_eval.read.survey import Options
from tests.conftest import SURVEYS, summarize_source

runner = CliRunner()


def run_trend(*args: str):
    return runner.invoke(app, ["trend", *args, "--surveys-dir", str(SURVEYS)])


@pytest.fixture(scope="module")
def trend():
    options = Options(surveys_dir=SURVEYS)
    summaries = [summarize_source(y, options) for y in ("2016", "2017", "2018", "2019")]
    return build_trend(summaries, registry_editions=load_registry(SURVEYS).editions)


def test_one_point_per_item_per_edition(trend) -> None:
    ids = [s.id for s in trend.series]
    assert ids[0] == "organised" and "intend_to_act" in ids and "role" not in ids
    assert all(len(s.points) == 4 for s in trend.series)
    access = next(s for s in trend.series if s.id == "accessibility")
    # 2018: 8 of 27; 2019: 21 of 28 (surveys/README.md)
    assert [(p.n_positive, p.n_valid) for p in access.points][2:] == [(8, 27), (21, 28)]
    assert access.points[3].share_positive == Fraction(3, 4)
    # R: prop.test(21, 28, correct = FALSE)$conf.int → 0.5664433 0.8732351 (no FPC in a trend)
    assert access.points[3].ci == pytest.approx((0.5664433, 0.8732351), abs=5e-7)
    intend = next(s for s in trend.series if s.id == "intend_to_act")
    assert [p.asked for p in intend.points] == [False, False, True, True]
    assert [p.city for p in intend.points] == ["Montréal", "St. Catharines", "Montréal", "Ottawa"]
    # the time axis: every registry edition within 2016–2019
    assert [e.year for e in trend.timeline] == [2016, 2017, 2018, 2019]


def test_items_filter_and_unknown_item() -> None:
    options = Options(surveys_dir=SURVEYS)
    summaries = [summarize_source(y, options) for y in ("2018", "2019")]
    only = build_trend(summaries, items=["included", "accessibility"])
    assert [s.id for s in only.series] == ["included", "accessibility"]
    with pytest.raises(ValueError):
        build_trend(summaries, items=["nope"])


def test_cli_default_is_every_edition_with_responses() -> None:
    result = run_trend("--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [e["year"] for e in data["editions"]] == [2016, 2017, 2018, 2019]
    assert len(data["rows"]) == 11 * 4
    row = next(r for r in data["rows"] if r["id"] == "intend_to_act" and r["year"] == 2017)
    assert row["asked"] is False and row["n_valid"] is None
    row = next(r for r in data["rows"] if r["id"] == "included" and r["year"] == 2018)
    assert (row["n_positive"], row["n_valid"], row["data"]) == (25, 29, "synthetic")
    assert "synthetic" in data["data_note"] and "reconstruction" in data["data_note"]


def test_cli_items_csv_markdown_and_errors() -> None:
    result = run_trend("2019", "2018", "--items", "accessibility", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["year"], r["n_positive"], r["n_valid"]) for r in rows] == [
        ("2018", "8", "27"),
        ("2019", "21", "28"),
    ]
    result = run_trend("--items", "included", "--format", "markdown", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    assert "86\u00a0% en 2018, 93\u00a0% en 2019" in result.stdout
    assert "synthétiques" in result.stdout
    result = run_trend("--items", "nope")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --items: no edition has the item(s) nope.")
    assert "Known ids:" in result.stderr


def test_cli_table() -> None:
    result = run_trend("--items", "included")
    assert result.exit_code == 0, result.stderr
    assert "25/29" in result.stdout and "28/30" in result.stdout
    assert "St. Catharines" in result.stdout


# --- the trend chart ------------------------------------------------------------------------


def _artists(fig, gid: str):
    return [a for a in fig.findobj() if getattr(a, "get_gid", lambda: None)() == gid]


def test_trend_chart_structure(trend) -> None:
    from forum_eval.present import chartstyle as cs
    from forum_eval.present.charts_compare import plot_trend

    fig = plot_trend(trend, lang="en")
    assert fig.get_figwidth() == pytest.approx(cs.WIDTH_IN)
    assert len(fig.axes) == len(trend.series) == 11
    access = next(s for s in trend.series if s.id == "accessibility")
    (line,) = _artists(fig, "accessibility:line")
    assert list(line.get_xdata()) == [2016, 2017, 2018, 2019]
    assert list(line.get_ydata()) == pytest.approx(
        [100 * float(p.share_positive) for p in access.points]
    )
    # intend_to_act: not asked in 2016 and 2017, said so on the panel
    assert len(_artists(fig, "intend_to_act:2016:not_asked")) == 1
    (intend,) = _artists(fig, "intend_to_act:line")
    assert list(intend.get_xdata()) == [2018, 2019]
    # the shared time axis: year and city under the bottom panel of each column (11 panels in
    # 2 columns: panels 9 and 10), the year alone above
    full = ["2016\nMontréal", "2017\nSt.\nCatharines", "2018\nMontréal", "2019\nOttawa"]
    for index, ax in enumerate(fig.axes):
        labels = [t.get_text() for t in ax.get_xticklabels()]
        assert labels == (full if index in (9, 10) else ["2016", "2017", "2018", "2019"])
    # it fits a printed page: 6.5 in wide, under 11 in tall for eleven items
    assert fig.get_figwidth() == pytest.approx(6.5)
    assert fig.get_figheight() < 11
    (n_text,) = _artists(fig, "accessibility:2018:n")
    assert n_text.get_text() == "n\u00a027"
    texts = [a for a in fig.findobj() if hasattr(a, "get_fontsize") and hasattr(a, "get_text")]
    assert all(a.get_fontsize() >= cs.MIN_FONT_PT for a in texts if a.get_text())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trend_panel_titles_clear_the_panel_above(trend, lang) -> None:
    """A panel title of two or three lines ("Conférenciers et conférencières diversifiés et
    compétents") is given the room it takes: drawn, its top stays at least 6 pt below the
    year labels of the panel above it (2.3 pt with a fixed 0.3 in above every panel)."""
    from matplotlib.text import Text

    from forum_eval.present.charts_compare import N_COLS, plot_trend

    fig = plot_trend(trend, lang=lang)
    renderer = fig.canvas.get_renderer()
    tall = 0
    for index, ax in enumerate(fig.axes[N_COLS:], start=N_COLS):
        text = ax.get_title(loc="left")
        (title,) = [t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == text]
        top = title.get_window_extent(renderer).y1
        above = fig.axes[index - N_COLS]
        years = min(label.get_window_extent(renderer).y0 for label in above.get_xticklabels())
        # at least 6 pt between them (one-line titles: 13.9 pt; two-line ones had 2.3 pt)
        assert (years - top) / fig.dpi * 72 >= 6, text
        tall += "\n" in text
    assert tall >= (1 if lang == "fr" else 0)  # the French case is there to be tested


def test_trend_time_axis_keeps_gap_years(tmp_path) -> None:
    """2012 and 2016 have responses, 2014 was held without them, 2013 and 2015 had no forum:
    the years sit on a time axis, 2014 is labelled 'no data', and the line across it is dashed."""
    import shutil

    from forum_eval.present.charts_compare import plot_trend

    for name in ("2016.csv", "2018.csv", "questionnaire.toml"):
        shutil.copy(SURVEYS / name, tmp_path / name)
    (tmp_path / "forums.toml").write_text(
        '[[edition]]\nyear = 2012\ncity = "Toronto"\nprovince = "ON"\nfile = "2018.csv"\n'
        'data = "synthetic"\n\n[[edition]]\nyear = 2014\ncity = "Gatineau"\nprovince = "QC"\n\n'
        '[[edition]]\nyear = 2016\ncity = "Montréal"\nprovince = "QC"\nfile = "2016.csv"\n'
        'data = "synthetic"\n',
        encoding="utf-8",
    )
    options = Options(surveys_dir=tmp_path)
    summaries = [summarize_source(y, options) for y in ("2012", "2016")]
    gap = build_trend(
        summaries, items=["included"], registry_editions=load_registry(tmp_path).editions
    )
    assert [e.year for e in gap.timeline] == [2012, 2014, 2016]
    fig = plot_trend(gap, lang="en")
    ax = fig.axes[0]
    assert list(ax.get_xticks()) == [2012, 2014, 2016]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "2012\nToronto",
        "2014\nGatineau\n(no data)",
        "2016\nMontréal",
    ]
    # every calendar year has a tick; the years without a forum are the minor ones left bare
    assert list(ax.xaxis.get_minorticklocs()) == [2013, 2015]
    (bridge,) = _artists(fig, "included:bridge")
    assert list(bridge.get_xdata()) == [2012, 2016]
    assert bridge.get_linestyle() in ("--", ":", "-.") or bridge.get_dashes() is not None
    result = runner.invoke(
        app, ["trend", "--surveys-dir", str(tmp_path), "--out", str(tmp_path / "charts")]
    )
    assert result.exit_code == 0, result.stderr
    first = (tmp_path / "charts" / "trend.en.png").read_bytes()
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    again = runner.invoke(
        app, ["trend", "--surveys-dir", str(tmp_path), "--out", str(tmp_path / "charts")]
    )
    assert again.exit_code == 0, again.stderr
    assert (tmp_path / "charts" / "trend.en.png").read_bytes() == first  # deterministic
    alt = (tmp_path / "charts" / "trend.en.alt.txt").read_text(encoding="utf-8")
    assert "from 2012 to 2016" in alt and "synthetic" in alt


def test_items_keep_the_order_asked() -> None:
    options = Options(surveys_dir=SURVEYS)
    summaries = [summarize_source(y, options) for y in ("2018", "2019")]
    only = build_trend(summaries, items=["accessibility", "included", "accessibility"])
    assert [s.id for s in only.series] == ["accessibility", "included"]
