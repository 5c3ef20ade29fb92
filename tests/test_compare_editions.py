"""Each edition of a comparison keeps its own attendees (issue 15), and a report comparing
two files draws their trend too."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS

EXPORTS = ROOT / "tests" / "data" / "exports"
runner = CliRunner()


def test_compare_gives_each_file_its_own_attendees() -> None:
    # google_forms.csv: 13 rows, one an exact duplicate → 12 respondents; qualtrics.csv: 15
    # rows, a preview, an unfinished and an empty one → 12 (tests/test_validate.py counts both)
    files = [str(EXPORTS / "google_forms.csv"), str(EXPORTS / "qualtrics.csv")]
    result = runner.invoke(
        app,
        [
            "compare",
            *files,
            "--attendees",
            "30,20",
            "--format",
            "json",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    editions = json.loads(result.stdout)["editions"]
    assert [(e["respondents"], e["attendees"]) for e in editions] == [(12, 30), (12, 20)]
    assert [e["response_rate"] for e in editions] == [12 / 30, 12 / 20]
    rate = json.loads(result.stdout)["pairs"][0]["response_rate"]
    assert rate is not None  # the response rates are compared too


def test_compare_keeps_the_registry_attendees_where_a_place_is_empty() -> None:
    result = runner.invoke(
        app,
        [
            "compare",
            "2018",
            "2019",
            "--attendees",
            "100,",
            "--format",
            "json",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    editions = json.loads(result.stdout)["editions"]
    # 2019: 80 attendees in surveys/forums.toml (the published report: "about 80")
    assert [e["attendees"] for e in editions] == [100, 80]


def test_attendees_must_be_one_per_edition() -> None:
    result = runner.invoke(app, ["compare", "2018", "2019", "--attendees", "100"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --attendees '100': give one number")


def test_report_comparing_two_files_draws_their_trend(tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = runner.invoke(
        app,
        [
            "report",
            str(EXPORTS / "google_forms.csv"),
            "--compare",
            str(EXPORTS / "qualtrics.csv"),
            "--lang",
            "en",
            "--jobs",
            "1",
            "--out",
            str(out),
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert (out / "compare.en.png").is_file() and (out / "trend.en.png").is_file()
    assert "(trend.en.png)" in (out / "summary.en.md").read_text(encoding="utf-8")


def test_an_edition_heading_shows_only_what_is_known() -> None:
    """A project edition may have no place (location fields are optional) or a name of its
    own: no "Forum 2024,  ()" in any title."""
    from forum_eval.config.project import Edition
    from forum_eval.present.narrative import edition_heading

    assert edition_heading(Edition(2019, "Ottawa", "ON"), "fr") == "Forum 2019, Ottawa (ON)"
    assert edition_heading(Edition(2024), "en") == "Forum 2024"
    assert edition_heading(Edition(2024, city="Lyon"), "fr") == "Forum 2024, Lyon"
    named = Edition(2024, city="Nashville", name="MedInTech 2024")
    assert edition_heading(named, "en") == "MedInTech 2024, Nashville"
