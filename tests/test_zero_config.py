"""A Google Forms export with headers no questionnaire knows is summarised with zero configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app

DATA = Path(__file__).parent / "data" / "zero_config"
runner = CliRunner()


def run_json(path: Path, tmp_path: Path) -> dict:
    # an empty surveys dir: no registry, no questionnaire
    result = runner.invoke(
        app, ["summarize", str(path), "--format", "json", "--surveys-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["google_forms_en.csv", "google_forms_fr.csv"])
def test_unseen_headers_in_english_and_french(name: str, tmp_path: Path) -> None:
    data = run_json(DATA / name, tmp_path)
    assert data["respondents"] == 5
    items = {i["kind"]: [] for i in data["items"]}
    for item in data["items"]:
        items[item["kind"]].append(item)
    assert len(items["agreement"]) == 3
    assert len(items["yesno"]) == 1
    assert all(item["inferred"] for item in data["items"])
    room, catering, learned = items["agreement"]
    # by hand: room = SA, A, D, N/A, SA → 3 positive of 4 valid, 1 not applicable
    assert (room["n_positive"], room["n_valid"], room["n_not_applicable"]) == (3, 4, 1)
    # catering = A, N, A, SD, blank → 2 of 4, 1 blank
    assert (catering["n_positive"], catering["n_valid"], catering["n_blank"]) == (2, 4, 1)
    assert catering["counts"] == {
        "strongly_disagree": 1,
        "disagree": 0,
        "neutral": 1,
        "agree": 2,
        "strongly_agree": 0,
    }
    # learned = SA, A, SA, A, D → 4 of 5
    assert learned["share_positive"] == pytest.approx(0.8)
    (again,) = items["yesno"]
    assert (again["n_positive"], again["n_valid"]) == (4, 5)
    assert [c["n_comments"] for c in data["comments"]] == [3]


def test_identifying_columns_never_reach_the_output(tmp_path: Path) -> None:
    for name in ("google_forms_en.csv", "google_forms_fr.csv"):
        for fmt in ("json", "markdown", "csv", "table"):
            result = runner.invoke(
                app,
                ["summarize", str(DATA / name), "--format", fmt, "--surveys-dir", str(tmp_path)],
            )
            assert result.exit_code == 0
            assert "planted" not in result.stdout + result.stderr
            assert "@" not in result.stdout


def test_grid_header_is_labelled_by_its_text(tmp_path: Path) -> None:
    data = run_json(DATA / "google_forms_en.csv", tmp_path)
    assert data["items"][0]["label"] == "How satisfied were you with the venue? [Room comfort]"
