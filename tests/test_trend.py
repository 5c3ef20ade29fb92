"""`forum-eval trend`: one row per item per edition, nothing dropped."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.pipeline import Options, summarize_source
from forum_eval.registry import load_registry
from forum_eval.trend import build_trend
from tests.conftest import SURVEYS

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
