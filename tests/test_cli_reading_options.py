"""Every command that reads responses takes the same reading options as ``summarize``
(``--from``, ``--include-incomplete``, ``--scale``) and reads the file exactly as it does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT

runner = CliRunner()
EXPORTS = ROOT / "tests" / "data" / "exports"
LIME = str(EXPORTS / "limesurvey.csv")
QUALTRICS = str(EXPORTS / "qualtrics.csv")


def invoke(*args: str) -> dict:
    result = runner.invoke(app, [*args, "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def respondents(*args: str) -> int:
    return invoke("summarize", *args)["respondents"]


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ((), 12),
        (("--include-incomplete",), 13),
        (("--from", "limesurvey"), 12),
        # read as a plain Kobo export, the unfinished response (empty submitdate) is not
        # recognised as such and counts
        (("--from", "kobo"), 13),
    ],
)
def test_compare_trend_and_comments_read_like_summarize(
    flags: tuple[str, ...], expected: int
) -> None:
    # LimeSurvey: 12 complete responses and one unfinished (tests/test_ingest_exports.py)
    assert respondents(LIME, *flags) == expected
    assert invoke("comments", LIME, *flags)["respondents"] == expected
    compared = invoke("compare", LIME, LIME, *flags)
    assert [e["respondents"] for e in compared["editions"]] == [expected, expected]
    trend = invoke("trend", LIME, LIME, *flags)
    assert [e["respondents"] for e in trend["editions"]] == [expected, expected]


def test_scale_declaration_reaches_compare_trend_and_report(tmp_path: Path) -> None:
    """A column read as a single choice becomes a rating once its scale is declared, in every
    command (the same declaration as tests/test_validate.py)."""
    path = tmp_path / "catering.csv"
    values = ["Tasty", "Bland", "Tasty", "Delicious", "Bland", "Tasty", "Delicious", "Tasty"]
    path.write_text(
        "Timestamp,The forum was well organised.,Lunch\n"
        + "".join(f"2024-11-27 10:{i:02d},Agree,{v}\n" for i, v in enumerate(values)),
        encoding="utf-8",
    )
    declared = ("--scale", "Lunch=Bland|Tasty|Delicious;positive=Tasty|Delicious")
    # undeclared, its three answers that repeat (Tasty 4, Bland 2, Delicious 2) are read as a
    # single choice: counted, no % positive (tests/test_inferred_choice.py)
    plain = {i["id"]: i for i in invoke("summarize", str(path))["items"]}
    assert (plain["lunch"]["kind"], plain["lunch"]["n_positive"]) == ("choice", None)
    compared = invoke("compare", str(path), str(path), *declared)
    lunch = next(i for i in compared["items"] if i["id"] == "lunch")
    # Tasty 4 + Delicious 2 of 8 in both "editions": no change
    assert lunch["a"]["n_positive"] == lunch["b"]["n_positive"] == 6
    trend = invoke("trend", str(path), str(path), *declared)
    assert "lunch" in json.dumps(trend)
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", str(path), *declared, "--out", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert next(i for i in summary["items"] if i["id"] == "lunch")["n_positive"] == 6
