"""`forum-eval summarize` through typer's CliRunner (stdout and stderr checked apart)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval import __version__
from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS

runner = CliRunner()
NBSP = "\u00a0"


def invoke(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


def summarize(*args: str, env: dict[str, str] | None = None):
    return invoke("summarize", *args, "--surveys-dir", str(SURVEYS), env=env)


def test_version_and_help() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"forum-eval {__version__}"
    result = invoke("--help")
    assert result.exit_code == 0
    assert "summarize" in result.stdout


def test_json_contract(seed_2019) -> None:
    result = summarize("2019", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["respondents"] == 31
    assert data["attendees"] == seed_2019["participants"]
    assert data["response_rate"] == pytest.approx(31 / 80)
    assert data["edition"]["data"] == "reconstruction"
    assert "reconstruction" in data["data_note"]
    required = {
        "id",
        "label",
        "kind",
        "n_valid",
        "n_blank",
        "n_not_applicable",
        "n_positive",
        "share_positive",
        "ci_low",
        "ci_high",
        "bound_low",
        "bound_high",
        "counts",
    }
    ids = [item["id"] for item in data["items"]]
    # questionnaire order
    assert ids[:3] == ["organised", "constructive", "speakers"]
    for item in data["items"]:
        assert required <= set(item)
    included = next(i for i in data["items"] if i["id"] == "included")
    # 28 of 30; bounds by hand: 28/80 and 78/80 (unknown = 80 − 31 + 1 = 50)
    assert included["share_positive"] == pytest.approx(28 / 30)
    assert (included["bound_low"], included["bound_high"]) == (
        pytest.approx(0.35),
        pytest.approx(0.975),
    )
    # statsmodels proportion_confint(44.24, 47.4, method="wilson") (n_eff = 47.4)
    assert included["ci_low"] == pytest.approx(0.8252166, abs=1e-6)
    assert included["ci_high"] == pytest.approx(0.9764780, abs=1e-6)
    assert included["counts"] == {
        "strongly_disagree": 0,
        "disagree": 1,
        "neutral": 1,
        "agree": 9,
        "strongly_agree": 19,
    }
    for figure in seed_2019["figure"]:
        item = next(i for i in data["items"] if i["id"] == figure["item"])
        assert round(item["share_positive"] * 100 + 1e-9) == figure["percent"]


def test_json_without_attendees_has_nulls(tmp_path: Path) -> None:
    result = invoke(
        "summarize", str(SURVEYS / "2019.csv"), "--format", "json", "--surveys-dir", str(tmp_path)
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["attendees"] is None and data["response_rate"] is None
    assert all(i["bound_low"] is None and i["bound_high"] is None for i in data["items"])
    # without a questionnaire, items are recognised from their answers, labelled by header
    assert data["edition"] is None
    labels = [i["label"] for i in data["items"]]
    assert "Je me suis senti·e inclus·e dans l'espace." in labels


def test_attendees_option_gives_the_rate() -> None:
    result = invoke(
        "summarize",
        str(SURVEYS / "2019.csv"),
        "--attendees",
        "80",
        "--format",
        "json",
        "--surveys-dir",
        str(SURVEYS),
    )
    data = json.loads(result.stdout)
    assert data["response_rate"] == pytest.approx(0.3875)
    assert data["edition"] is None


def test_french_narrative(seed_2019) -> None:
    result = summarize("2019", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for figure in [seed_2019["response_rate_percent"], 100, 93, 97, 75, 45]:
        assert f"{figure}{NBSP}%" in out
    # the terminal wraps sentences: check a whole one in the Markdown narrative
    out = summarize("2019", "--lang", "fr", "--format", "markdown").stdout
    assert (
        f"93{NBSP}% des personnes répondantes se sont senties incluses dans l'espace (28 sur 30)."
        in out
    )
    assert "taux de réponse" in out


def test_language_from_locale() -> None:
    result = summarize("2019", "--format", "markdown", env={"LANG": "fr_CA.UTF-8"})
    assert "personnes répondantes" in result.stdout
    result = summarize("2019", "--format", "markdown", env={"LANG": "en_CA.UTF-8"})
    assert "of respondents" in result.stdout


def test_english_table() -> None:
    result = summarize("2019", "--lang", "en", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "93% of respondents felt included in the space (28 of 30)." in result.stdout
    assert "31 respondents of 80 attendees, response rate 39%" in result.stdout
    assert "reconstruction" in result.stdout
    assert result.stderr == ""


def test_csv_output_has_one_row_per_item() -> None:
    result = summarize("2019", "--format", "csv")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [r["id"] for r in rows][:2] == ["organised", "constructive"]
    accessibility = next(r for r in rows if r["id"] == "accessibility")
    assert (
        accessibility["n_positive"],
        accessibility["n_valid"],
        accessibility["n_not_applicable"],
    ) == (
        "21",
        "28",
        "3",
    )
    assert float(accessibility["share_positive"]) == pytest.approx(0.75)


def test_out_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    result = summarize("2019", "--format", "markdown", "--out", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith(
        "# Evaluation summary — Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = invoke("summarize", str(tmp_path / "nope.csv"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert "nope.csv: file not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_year(tmp_path: Path) -> None:
    result = summarize("2031")
    assert result.exit_code == 1
    assert "no edition 2031" in result.stderr
    result = summarize("2012")  # in the history, no response file
    assert result.exit_code == 1
    assert "has no response file" in result.stderr


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_off_scale_value_names_value_column_rows_and_fix(tmp_path: Path) -> None:
    rows = [["Timestamp", "The forum was well organised."]]
    rows += (
        [["2024/01/01", "Agree"]] * 5
        + [["2024/01/01", "Strongly agreee"]]
        + [["2024/01/01", "Agree"]] * 5
    )
    rows += [["2024/01/01", "Strongly agreee"]]
    path = _write_csv(tmp_path / "survey.csv", rows)
    result = summarize(str(path), "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    message = result.stderr
    assert message.count("Error:") == 1
    # header is row 1: the bad answers are in rows 7 and 13
    assert 'column "The forum was well organised.", rows 7, 13' in message
    assert '"Strongly agreee"' in message and "Strongly agree" in message
    assert "--lenient" in message

    lenient = summarize(str(path), "--format", "json", "--lenient")
    assert lenient.exit_code == 0
    data = json.loads(lenient.stdout)
    item = data["items"][0]
    assert (item["n_valid"], item["n_invalid"], item["n_positive"]) == (10, 2, 10)
    assert "Warning:" in lenient.stderr and "invalid" in lenient.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = invoke("--debug", "summarize", str(tmp_path / "nope.csv"))
    assert result.exit_code != 0
    assert result.exception is not None


def test_usage_error_exit_2() -> None:
    result = summarize("2019", "--format", "pdf")
    assert result.exit_code == 2


def test_empty_rows_are_counted_not_dropped_silently(tmp_path: Path) -> None:
    rows = [
        ["Timestamp", "I felt included"],
        ["t", "Agree"],
        ["t", ""],
        ["t", "Disagree"],
        ["", ""],
    ]
    path = _write_csv(tmp_path / "s.csv", rows)
    data = json.loads(summarize(str(path), "--format", "json").stdout)
    assert data["respondents"] == 2
    assert data["excluded"] == {"empty": 2}


def test_subprocess_entry_points() -> None:
    """Once for real: the console script's module entry point, outside the test process."""
    result = subprocess.run(
        [sys.executable, "-m", "forum_eval", "summarize", "2019", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["respondents"] == 31


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_table_fits_an_80_column_terminal(lang: str) -> None:
    result = summarize("2019", "--lang", lang, env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80

    # the non-response range is dropped on narrow terminals, kept on wide ones
    def header(text: str) -> str:
        return next(line for line in text.splitlines() if "┃" in line and "n ┃" in line)

    assert "If all had answered" not in header(result.stdout)
    wide = summarize("2019", "--lang", "en", env={"COLUMNS": "140"})
    assert "If all had answered" in header(wide.stdout)
