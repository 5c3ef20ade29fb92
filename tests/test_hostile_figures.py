"""Never print a wrong figure (issue 14, cases 7–10): a reversed numeric scale, a hidden sheet,
more respondents than attendees, two editions with nothing in common.

The inputs are SYNTHETIC files of tests/data/hostile/ (written by build_hostile.py), each with
its hand count there. A test marked xfail reproduces what the probe of issue 14 found today: it
turns into a failure (strict) as soon as a fix lands, and the fixer removes the marker.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS, one_error_line

HOSTILE = ROOT / "tests" / "data" / "hostile"
BASELINE = HOSTILE / "baseline_38.csv"
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def summary_json(*args: str) -> dict:
    result = cli("summarize", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_the_baseline_export_reads_as_hand_counted() -> None:
    """The control the other cases lean on (passes today): baseline_38.csv, counted here with
    the csv module, gives the same figures through the tool."""
    with BASELINE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    positive = ("Agree", "Strongly agree")
    organised = sum(r["The forum was well organised."] in positive for r in rows)
    included = sum(r["I felt included in the space."] in positive for r in rows)
    assert (len(rows), organised, included) == (38, 30, 34)
    summary = summary_json(str(BASELINE))
    items = {item["id"]: item for item in summary["items"]}
    assert summary["respondents"] == 38
    assert (items["organised"]["n_valid"], items["organised"]["n_positive"]) == (38, 30)
    assert (items["included"]["n_valid"], items["included"]["n_positive"]) == (38, 34)


# ------------------------------------------------------------- 7: reversed numeric scales

REVERSED = HOSTILE / "reversed_scales.csv"


@pytest.mark.parametrize(
    "header",
    [
        "The venue was accessible (1 = Strongly agree, 5 = Strongly disagree)",
        "How was the catering? (5 = Poor, 1 = Excellent)",
        "Rate the sessions from 1 (best) to 5 (worst)",
    ],
)
def test_a_reversed_numeric_scale_counts_the_low_numbers_as_positive(header: str) -> None:
    """Case 7: the header says 1 is the best answer. Hand count (csv module below): 8 of the 10
    answers are 1 or 2 (80 % positive), 2 are 5; no answer is 3 or 4, so the share is the
    same whether the two or the three best levels count as positive."""
    with REVERSED.open(encoding="utf-8", newline="") as handle:
        answers = [row[header] for row in csv.DictReader(handle)]
    assert (len(answers), sum(a in ("1", "2") for a in answers)) == (10, 8)
    summary = summary_json(str(REVERSED))
    matching = [i for i in summary["items"] if i["label"] and i["label"].strip() in header]
    assert len(matching) == 1, [i["label"] for i in summary["items"]]
    item = matching[0]
    assert (item["n_valid"], item["n_positive"]) == (10, 8), item
    assert item["share_positive"] == pytest.approx(0.8)


# ------------------------------------------------------------------- 8: a hidden first sheet


def test_a_hidden_first_sheet_is_not_read_silently() -> None:
    """Case 8: hidden_first_sheet.xlsx: "Old 2018" (hidden; 5 respondents, all Disagree), then
    "Responses" (visible; baseline_38.csv without e-mail and comments: 38 respondents, 30 of
    38 agree the forum was organised). The visible sheet is read, or the tool says which
    sheet it read and that it is hidden."""
    result = cli("summarize", str(HOSTILE / "hidden_first_sheet.xlsx"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["respondents"] == 38
    organised = next(i for i in summary["items"] if i["id"] == "organised")
    assert (organised["n_valid"], organised["n_positive"]) == (38, 30)
    # and the sheet left out is said, in the warnings and by validate
    assert 'hidden sheet "Old 2018" not read' in " ".join(summary["warnings"])
    assert 'hidden sheet "Old 2018" not read' in result.stderr
    checked = json.loads(
        cli("validate", str(HOSTILE / "hidden_first_sheet.xlsx"), "--format", "json").stdout
    )
    assert (checked["sheet"], checked["hidden_sheets"]) == ("Responses", ["Old 2018"])


# --------------------------------------------------- 9: more respondents than attendees


@pytest.mark.parametrize("command", ["summarize", "report"])
def test_fewer_attendees_than_respondents_is_a_usage_error(command: str, tmp_path: Path) -> None:
    """Case 9: `--attendees 10` with 38 respondents: exit 2 and one line saying that the
    attendees must be at least the respondents; nothing written."""
    out = tmp_path / "out"
    args = ["--out", str(out)] + (["--lang", "en", "--jobs", "1"] if command == "report" else [])
    result = cli(command, str(BASELINE), "--attendees", "10", *args)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    line = one_error_line(result.stderr)
    assert "attendees" in line and "38" in line, line
    assert "380" not in result.stdout + result.stderr
    assert not out.exists()


# --------------------------------------------------- 10: two editions with nothing in common

NOTHING = re.compile(
    r"nothing to compare|no (?:item|question)s? (?:is )?in common|no common (?:item|question)"
    r"|share no (?:item|question)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("format", ["table", "markdown"])
def test_compare_with_no_common_item_says_there_is_nothing_to_compare(format: str) -> None:
    """Case 10: nothing_in_common_a.csv (organised, included) and nothing_in_common_b.csv
    (venue satisfaction, come again) share no item: the tool says there is nothing to
    compare — no empty table, no verdict about chance."""
    result = cli(
        "compare",
        str(HOSTILE / "nothing_in_common_a.csv"),
        str(HOSTILE / "nothing_in_common_b.csv"),
        "--format",
        format,
    )
    said = result.stdout + result.stderr
    assert "larger than" not in said, said
    assert NOTHING.search(said), said
    if result.exit_code != 0:
        one_error_line(result.stderr)
