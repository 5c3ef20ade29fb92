"""Counts of a pooled survey (tens of thousands of respondents and more) read well: digits
grouped by three from 10,000 on ("12,345" / "12 345"), and chart columns wide enough for
them (they once overlapped: "90%79828")."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from forum_eval.analyse.summary import Summary
from forum_eval.present import charts, markdown
from forum_eval.present.comments_out import plot_themes
from forum_eval.present.fmt import count, ratio
from forum_eval.present.strings import NBSP, grouped, t
from forum_eval.read.survey import Options
from tests.conftest import ROOT, SURVEYS, summarize_source

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    path = generate.write_csv(tmp_path_factory.mktemp("big") / "pooled.csv", 30_000, seed=5)
    return summarize_source(str(path), Options(surveys_dir=SURVEYS))


@pytest.mark.parametrize(
    ("value", "en", "fr"),
    [
        (0, "0", "0"),
        (2019, "2019", "2019"),  # a year, and any count under 10,000, stays as it is
        (9_999, "9999", "9999"),
        (10_000, "10,000", f"10{NBSP}000"),
        (979_828, "979,828", f"979{NBSP}828"),
        (1_000_000, "1,000,000", f"1{NBSP}000{NBSP}000"),
        (-12_345, "-12,345", f"-12{NBSP}345"),
    ],
)
def test_grouped(value: int, en: str, fr: str) -> None:
    assert grouped(value, "en") == count(value, "en") == en
    assert grouped(value, "fr") == count(value, "fr") == fr


def test_strings_group_integers_only() -> None:
    assert t("en", "rep_alt_item", label="x", positive=12_345, valid=20_000) == (
        "x, 12,345 of 20,000"
    )
    assert t("fr", "rep_alt_item", label="x", positive=True, valid=3) == "x, True sur 3"
    assert ratio(None, 5, "en") == "–" and ratio(88_131, 98_007, "fr") == (
        f"88{NBSP}131/98{NBSP}007"
    )


def test_narrative_and_table_of_a_pooled_survey(big: Summary) -> None:
    text = markdown.render_markdown(big, "en")
    assert "30,000 people answered" in text
    assert "30000" not in text
    item = next(i for i in big.items if i.id == "organised")
    assert f"{item.n_positive:,}/{item.n_valid:,}" in text
    french = markdown.render_markdown(big, "fr")
    assert f"30{NBSP}000" in french


def _boxes(fig, gids: list[str]):  # type: ignore[no-untyped-def]
    renderer = FigureCanvasAgg(fig).get_renderer()
    found = {t.get_gid(): t for t in fig.findobj(Text) if t.get_gid() in gids}
    return {gid: found[gid].get_window_extent(renderer) for gid in gids}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_chart_columns_do_not_overlap_and_stay_inside(big: Summary, lang: str) -> None:
    assert big.respondents == 30_000  # five-digit counts in every column
    for fig, columns in (
        (charts.plot_agreement(big, lang=lang), ("pct", "n", "na", "blank")),
        (charts.plot_shares(big, lang=lang), ("pct", "n")),
    ):
        width = fig.get_figwidth() * fig.dpi
        items = {t.get_gid().split(":")[0] for t in fig.findobj(Text) if t.get_gid()}
        for item in items:
            gids = [f"{item}:{c}" for c in columns]
            if not all(any(t.get_gid() == g for t in fig.findobj(Text)) for g in gids):
                continue
            boxes = [_boxes(fig, gids)[g] for g in gids]
            for left, right in itertools.pairwise(boxes):
                assert left.x1 < right.x0, (item, lang)
            assert boxes[-1].x1 <= width


def test_expertise_values_stay_inside_the_figure(big: Summary) -> None:
    fig = charts.plot_expertise(big, lang="fr")
    renderer = FigureCanvasAgg(fig).get_renderer()
    width = fig.get_figwidth() * fig.dpi
    values = [t for t in fig.findobj(Text) if (t.get_gid() or "").endswith(":value")]
    assert values and all(f"{NBSP}" in v.get_text() for v in values)  # "45 % (13 412)"
    for value in values:
        assert value.get_window_extent(renderer).x1 <= width


def test_theme_counts_are_grouped(tmp_path: Path) -> None:
    from tests.conftest import comments_source

    # about 20 % of the 40 % who comment raise the commonest theme: over 10,000 of 130,000
    path = generate.write_csv(tmp_path / "pooled.csv", 130_000, seed=6)
    result = comments_source(str(path), Options(surveys_dir=SURVEYS))
    fig = plot_themes(result, lang="en")
    labels = [t.get_text() for t in fig.findobj(Text)]
    assert any("," in text and "(" in text for text in labels)  # "12,345 (20%)"
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert any("," in tick for tick in ticks) and len(ticks) <= 7


@pytest.mark.parametrize(
    ("low", "high", "en", "fr"),
    [
        (0.78, 0.98, "78–98%", f"78–98{NBSP}%"),  # whole percentages when they differ
        # 88,131 of 98,007 (Wilson 95 %: 0.89733–0.90110): one decimal, not "90–90%"
        (0.8973314199553117, 0.9011006599577953, "89.7–90.1%", f"89,7–90,1{NBSP}%"),
        (0.995, 1.0, "99.5–100.0%", f"99,5–100,0{NBSP}%"),
        (0.9, 0.9, "90–90%", f"90–90{NBSP}%"),  # a point is shown as it is
    ],
)
def test_an_interval_never_collapses_on_rounding(low: float, high: float, en: str, fr: str) -> None:
    from forum_eval.present.fmt import interval

    assert interval(low, high, "en") == en
    assert interval(low, high, "fr") == fr


@pytest.fixture(scope="module")
def pooled_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, Path]:
    """Two editions with five-digit counts, two with four-digit counts (synthetic)."""
    folder = tmp_path_factory.mktemp("pooled")
    return (
        generate.write_csv(folder / "a.csv", 60_000, seed=21),
        generate.write_csv(folder / "b.csv", 45_000, seed=22),
        generate.write_csv(folder / "c.csv", 3_000, seed=23),
        generate.write_csv(folder / "d.csv", 2_500, seed=24),
    )


def _terminal(*args: str) -> str:
    from typer.testing import CliRunner

    from forum_eval.cli import app

    # the sample's questionnaire, named: the files are read the same from any folder
    options = ["--surveys-dir", str(SURVEYS)] if args[0] != "trend" else []
    result = CliRunner().invoke(app, [*args, *options], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    if "json" not in args:
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= 80  # nothing cropped or overflowing
    return result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_summarize_table_fits_80_columns_with_big_counts(
    pooled_files: tuple[Path, ...], lang: str
) -> None:
    import json

    path = pooled_files[0]
    out = _terminal("summarize", str(path), "--lang", lang)
    data = json.loads(_terminal("summarize", str(path), "--format", "json"))
    for item in data["items"]:
        if item["n_positive"] is None:
            continue
        shown = ratio(item["n_positive"], item["n_valid"], lang)
        assert shown in out, shown  # "53 010/58 846" whole, on one line
        assert f" {count(item['n_blank'], lang)} │\n" in out  # the last column is not cut


def test_narrative_never_splits_a_grouped_number(pooled_files: tuple[Path, ...]) -> None:
    out = _terminal("summarize", str(pooled_files[0]), "--lang", "fr")
    # every "(53 010 sur 58 846)" of the narrative is on one line, however it wraps
    import re

    numbers = re.findall(r"\d{1,3}(?:\u00a0\d{3})+", out)
    assert numbers  # grouped numbers are there …
    for line in out.splitlines():
        assert not re.search(r"\d{1,3}\u00a0$", line), line  # … never cut at their space


@pytest.mark.parametrize(("first", "second"), [(0, 1), (2, 3)])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compare_keeps_verdicts_whole_at_80_columns(
    pooled_files: tuple[Path, ...], first: int, second: int, lang: str
) -> None:
    a, b = pooled_files[first], pooled_files[second]
    out = _terminal("compare", str(a), str(b), "--lang", lang)
    words = ("detectable", "change") if lang == "en" else ("changement", "décelable")
    for word in words:
        assert word in out
    assert "detectab\n" not in out and "décelab\n" not in out


# 40 columns is the narrowest terminal the tables are drawn for (issue 17; narrower, the
# command stops with a hint to use --format markdown: tests/test_terminal_width.py)
@pytest.mark.parametrize("columns", ["80", "40"])
def test_a_table_without_rows_is_still_drawn(tmp_path: Path, columns: str) -> None:
    # only a choice item (the role): the terminal table has no row, the narrative lists it
    import csv

    from typer.testing import CliRunner

    from forum_eval.cli import app

    text = (SURVEYS / "2019.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    role = next(k for k, header in enumerate(rows[0]) if "rôle" in header)
    path = tmp_path / "role_only.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([row[0], row[role]] for row in rows)
    result = CliRunner().invoke(
        app, ["summarize", str(path), "--surveys-dir", str(SURVEYS)], env={"COLUMNS": columns}
    )
    assert result.exit_code == 0, result.stderr
    assert "31 respondents" in " ".join(result.stdout.split())
