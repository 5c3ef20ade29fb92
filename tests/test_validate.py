"""`forum-eval validate`: how a file was read; exit 0 exactly when summarize would succeed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS

DATA = Path(__file__).resolve().parent / "data"
EXPORTS = DATA / "exports"
BAD = DATA / "bad"
runner = CliRunner()


def validate(*args: str):
    return runner.invoke(app, ["validate", *args, "--surveys-dir", str(SURVEYS)])


def summarize(*args: str):
    return runner.invoke(app, ["summarize", *args, "--surveys-dir", str(SURVEYS), "-f", "json"])


def report(*args: str) -> dict:
    result = validate(*args, "--format", "json")
    return json.loads(result.stdout)


def test_qualtrics_report_in_json() -> None:
    data = report(str(EXPORTS / "qualtrics.csv"))
    assert data["ok"] is True and data["problems"] == []
    assert (data["platform"], data["platform_from"]) == ("qualtrics", "detected")
    assert (data["encoding"], data["delimiter"], data["line_end"]) == ("utf-8", "comma", "CRLF")
    assert data["header_rows"] == 3
    # 1 preview + 12 respondents + 1 empty + 1 unfinished
    assert (data["rows"], data["respondents"]) == (15, 12)
    assert data["excluded"] == {"empty": 1, "incomplete": 1, "preview": 1}
    roles = {c["header"]: c["role"] for c in data["columns"]}
    assert roles["Recipient Email"] == "identifying"
    assert roles["IP Address"] == "identifying"
    assert roles["Response Type"] == "metadata"
    assert roles["Do you have suggestions to improve the forum?"] == "comment"
    organised = next(c for c in data["columns"] if c["item"] == "organised")
    assert (organised["kind"], organised["scale"], organised["how"]) == (
        "agreement",
        "agreement5",
        "questionnaire",
    )
    nps = next(c for c in data["columns"] if c["kind"] == "nps")
    assert "Net Promoter Score" in nps["how"]
    assert (data["items"], data["comments"]) == (11, 1)
    assert len(data["columns"]) == 29


def test_text_report_names_platform_rows_columns() -> None:
    result = validate(str(EXPORTS / "limesurvey.csv"))
    assert result.exit_code == 0
    out = result.stdout
    assert "platform limesurvey (detected)" in out
    assert "encoding utf-8-sig, delimiter semicolon, line ends CRLF" in out
    assert (
        "Rows: 14 read, 12 respondents; not counted: 1 empty, 1 incomplete (not submitted)" in out
    )
    assert "item organised (agreement, scale agreement5)" in out
    assert "ipaddr" in out and "identifying" in out
    assert "No problem: forum-eval summarize will work" in out


def test_sheet_and_workbook_details() -> None:
    data = report(str(EXPORTS / "second_sheet.xlsx"))
    assert (data["format"], data["sheet"], data["sheets"]) == (
        "xlsx",
        "Responses",
        ["Read me", "Responses"],
    )
    assert data["encoding"] is None


def test_problems_are_listed_with_rows_and_exit_1() -> None:
    path = str(BAD / "off_scale_value.csv")
    result = validate(path, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False
    [problem] = data["problems"]
    assert problem["column"] == "The forum was well organised."
    assert problem["rows"] == [3, 5]
    assert '"Strongly agreee"' in problem["message"]
    assert "--lenient" in problem["hint"]
    assert summarize(path).exit_code == 1
    # with --lenient, summarize works, and validate says so
    assert validate(path, "--lenient").exit_code == 0
    assert summarize(path, "--lenient").exit_code == 0


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    rows = ["Timestamp,The forum was well organised.,I felt included in the space."]
    rows += [f"2024-11-27 10:{i:02d},Agree,Agree" for i in range(5)]
    rows += ["2024-11-27 11:00,Agreed,Agree", "2024-11-27 11:01,Agree,Strongly agreed"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = validate(str(path))
    assert result.exit_code == 1
    assert "Problems (2): summarize would stop." in result.stdout
    assert 'row 7: "Agreed"' in result.stdout
    assert 'row 8: "Strongly agreed"' in result.stdout


def test_scale_like_column_gets_a_declaration_that_works(tmp_path: Path) -> None:
    path = tmp_path / "catering.csv"
    values = ["Tasty", "Bland", "Tasty", "Delicious", "Bland", "Tasty", "Delicious", "Tasty"]
    path.write_text(
        "Timestamp,The forum was well organised.,Lunch\n"
        + "".join(f"2024-11-27 10:{i:02d},Agree,{v}\n" for i, v in enumerate(values)),
        encoding="utf-8",
    )
    data = report(str(path))
    lunch = next(c for c in data["columns"] if c["header"] == "Lunch")
    # labels the model does not know, in one column only, each given twice or more (Tasty 4,
    # Bland 2, Delicious 2): read as a single choice (counts, no % positive); no order is
    # guessed (issue 13: a guessed order pasted gives the wrong end); the note says how to
    # declare it if it is a rating
    assert (lunch["role"], lunch["kind"]) == ("item", "choice")
    assert '"Lunch" is a rating, declare its scale with --scale' in lunch["note"]
    assert '--scale "' not in lunch["note"]
    assert not any('"Lunch"' in w for w in data["warnings"])
    # the declaration, with the labels put in order, makes it an item
    declared = "Lunch=Bland|Tasty|Delicious;positive=Tasty|Delicious"
    data = report(str(path), "--scale", declared)
    lunch = next(c for c in data["columns"] if c["header"] == "Lunch")
    assert (lunch["role"], lunch["kind"], lunch["how"]) == (
        "item",
        "declared",
        "declared (--scale)",
    )
    result = summarize(str(path), "--scale", declared)
    item = next(i for i in json.loads(result.stdout)["items"] if i["id"] == "lunch")
    # Tasty 4 + Delicious 2 of 8 (Bland 2)
    assert (item["n_valid"], item["n_positive"], item["counts"]) == (
        8,
        6,
        {"bland": 2, "tasty": 4, "delicious": 2},
    )


def test_numbers_without_a_stated_scale_are_explained(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    values = [5, 4, 4, 3, 5, 2, 4]
    path.write_text(
        "Timestamp,The forum was well organised.,Rate the venue\n"
        + "".join(f"2024-11-27 10:{i:02d},Agree,{v}\n" for i, v in enumerate(values)),
        encoding="utf-8",
    )
    data = report(str(path))
    venue = next(c for c in data["columns"] if c["header"] == "Rate the venue")
    assert venue["role"] == "ignored"
    assert "numbers" in venue["how"] and "the header must state the scale" in venue["how"]
    # the whole range 1–5 (nobody answered 1), the two highest positive
    assert '--scale "Rate the venue=1|2|3|4|5;positive=4|5"' in venue["note"]


def test_unreadable_file_is_one_error_line() -> None:
    result = validate(str(BAD / "image.png"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and "PNG image" in result.stderr


def test_no_items_is_a_problem_but_columns_are_still_shown() -> None:
    result = validate(str(BAD / "only_metadata.csv"))
    assert result.exit_code == 1
    assert "Timestamp" in result.stdout and "metadata" in result.stdout
    assert "Email Address" in result.stdout and "identifying" in result.stdout
    assert "no evaluation item was recognised" in result.stdout
    # values of identifying columns are never shown
    assert "ana@example.org" not in result.stdout and "Ana Lima" not in result.stdout


@pytest.mark.parametrize(
    "name",
    [
        *sorted(p.name for p in EXPORTS.iterdir() if p.suffix != ".py"),
        *("off_scale_value.csv", "no_items.csv", "header_only.csv", "ragged_more_fields.csv"),
    ],
)
def test_validate_exit_code_agrees_with_summarize(name: str) -> None:
    path = EXPORTS / name if (EXPORTS / name).exists() else BAD / name
    assert validate(str(path)).exit_code == summarize(str(path)).exit_code


def test_validate_runs_as_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "forum_eval", "validate", str(EXPORTS / "kobo.csv")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "platform kobo (detected)" in result.stdout
    assert "2 header rows" in result.stdout  # the HXL row is skipped
