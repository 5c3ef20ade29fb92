"""Numeric scales stated in a header, read from the names of their ends (issue 14 #7).

"(1 = Strongly agree, 5 = Strongly disagree)", "(5 = Poor, 1 = Excellent)", "from 1 (best) to
5 (worst)": the label model (forum_eval/config/labels.py) tells which end is positive, so the
low numbers count as positive when the low end is the good one; ends named in words the model
cannot order ("1 = Low, 5 = High": low what?) are not guessed; headers that name no end are
read as before (the two highest numbers positive).

The files are SYNTHETIC: tests/data/hostile/reversed_scales.csv (written by build_hostile.py)
and small files written here in a temporary folder; every expected count is counted here with
the csv module.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.scales import header_scale, unordered_header_scale
from tests.conftest import ROOT, SURVEYS

REVERSED = ROOT / "tests" / "data" / "hostile" / "reversed_scales.csv"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def as_json(*args: str) -> dict:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("header", "scale_id", "positive", "how"),
    [
        ("Venue (1 = Strongly agree, 5 = Strongly disagree)", "agreement_1_5_reversed",
         {"1", "2"}, "1–5 reversed, 1 = Strongly agree: 1–2 positive"),
        ("Catering? (5 = Poor, 1 = Excellent)", "quality_1_5_reversed", {"1", "2"},
         "1–5 reversed, 1 = Excellent: 1–2 positive"),
        ("Rate the sessions from 1 (best) to 5 (worst)", "rating_1_5_reversed", {"1", "2"},
         "1–5 reversed, 1 = best: 1–2 positive"),
        ("Notez les ateliers de 1 (meilleure note) à 5 (pire note)", None, None, None),
        ("Notez les ateliers de 1 (la meilleure) à 5 (la pire)", "rating_1_5_reversed",
         {"1", "2"}, "1–5 reversed, 1 = meilleure: 1–2 positive"),
        ("How often? (1 = Always, 5 = Never)", "frequency_1_5_reversed", {"1", "2"},
         "1–5 reversed, 1 = Always: 1–2 positive"),
        ("Recommend? (0 = Extremely likely, 10 = Not at all likely)", "rating_0_10_reversed",
         {"0", "1"}, "0–10 reversed, 0 = Extremely likely: 0–1 positive"),
        # the usual direction: as before
        ("Venue (1 = Strongly disagree, 5 = Strongly agree)", "agreement_1_5", {"4", "5"},
         "1–5, 1 = most negative, 5 = most positive (agreement)"),
        ("Overall rating (1 = Bad, 7 = Great)", "rating_1_7", {"6", "7"},
         "numeric 1–7 stated by the header"),
        # no end named: as before
        ("Rate the venue (1-5)", "rating_1_5", {"4", "5"}, "numeric 1–5 stated by the header"),
        ("Rate the venue on a scale of 1 to 5", "rating_1_5", {"4", "5"},
         "numeric 1–5 stated by the header"),
        ("Rate from 1 to 5, session 1 (morning)", "rating_1_5", {"4", "5"},
         "numeric 1–5 stated by the header"),
    ],
)  # fmt: skip
def test_the_ends_named_by_the_header_say_which_numbers_are_positive(
    header: str, scale_id: str | None, positive: set[str] | None, how: str | None
) -> None:
    found = header_scale(header)
    if scale_id is None:  # "meilleure note" is not a label the model reads: not guessed
        assert found is None
        assert unordered_header_scale(header) is not None
        return
    assert found is not None
    scale, said = found
    assert (scale.id, set(scale.positive), said) == (scale_id, positive, how)
    numbers = [int(c.id) for c in scale.categories]
    # negative → positive, as every scale: the positive numbers are the last two
    assert {str(n) for n in numbers[-2:]} == positive
    assert sorted(numbers) == list(range(min(numbers), max(numbers) + 1))
    assert unordered_header_scale(header) is None


@pytest.mark.parametrize(
    "header",
    [
        "How stressful was the day? (1 = Low, 5 = High)",
        "Workload (1 = Not at all, 5 = A lot)",
        "Would you recommend it? (0 = Not at all, 10 = Completely)",
        "Rate it (1 = Agree, 5 = Agree)",
    ],
)
def test_ends_the_model_cannot_order_are_not_guessed(header: str) -> None:
    assert header_scale(header) is None
    found = unordered_header_scale(header)
    assert found is not None
    assert "which end is positive cannot be told" in found[1]


def test_the_reversed_fixture_json_and_validate_say_how_it_was_read() -> None:
    """reversed_scales.csv: 10 answers per column, by csv 4 × "1", 4 × "2", 2 × "5": the
    items list the levels 5 … 1 (negative → positive), positive_labels "2" and "1" (8 of
    10), and validate says how each header was read."""
    with REVERSED.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    headers, body = rows[0][1:], [row[1:] for row in rows[1:]]
    for position in range(len(headers)):
        column = [row[position] for row in body]
        assert [column.count(n) for n in "54321"] == [2, 0, 0, 4, 4]
    summary = as_json("summarize", str(REVERSED))
    assert len(summary["items"]) == 3 and summary["warnings"] == []
    for item in summary["items"]:
        assert item["scale"].endswith("_1_5_reversed"), item["scale"]
        assert item["levels"] == ["5", "4", "3", "2", "1"]
        assert item["counts"] == {"5": 2, "4": 0, "3": 0, "2": 4, "1": 4}
        assert item["positive_labels"] == ["2", "1"]
        assert (item["n_positive"], item["n_valid"]) == (8, 10)
    labels = [item["label"] for item in summary["items"]]
    assert labels == ["The venue was accessible", "How was the catering?", "Rate the sessions"]
    said = {c["header"]: c["how"] for c in as_json("validate", str(REVERSED))["columns"]}
    assert said[headers[0]] == "header: 1–5 reversed, 1 = Strongly agree: 1–2 positive"
    assert said[headers[1]] == "header: 1–5 reversed, 1 = Excellent: 1–2 positive"
    assert said[headers[2]] == "header: 1–5 reversed, 1 = best: 1–2 positive"


@pytest.mark.parametrize(
    "lang,words",
    [
        ("en", "1 or 2 out of 5, 1 being the best"),
        ("fr", "1 ou 2 sur 5, 1 étant la meilleure note"),
    ],
)
def test_the_narrative_names_the_good_end_of_a_reversed_scale(lang: str, words: str) -> None:
    """Not "2 or 1 out of 1": the numbers read upwards and the best one is named (8 of 10 by
    csv, above)."""
    result = run("summarize", str(REVERSED), "--format", "markdown", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    sentences = [line for line in result.stdout.splitlines() if line.startswith("- ")][1:]
    assert len(sentences) == 3
    for sentence in sentences:
        assert words in sentence and ("8 of 10" in sentence or "8 sur 10" in sentence), sentence


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


STRESS = "How stressful was the day? (1 = Low, 5 = High)"
ANSWERS = ["1", "1", "2", "2", "2", "3", "4", "5"]


def test_a_column_whose_ends_cannot_be_ordered_is_named_and_needs_a_declaration(
    tmp_path: Path,
) -> None:
    """A synthetic file: the stress column (answers 1 1 2 2 2 3 4 5) is not summarised; the
    warning says why; validate suggests a template that fails as printed and, once the
    numbers are put in order (5 … 1, positive 1 and 2), gives 5 of 8 (by hand: three 2s and
    two 1s)."""
    rows = [["Timestamp", STRESS, "The forum was well organised."]]
    rows += [[f"2024/11/27 4:{i:02d}:00 PM EST", a, "Agree"] for i, a in enumerate(ANSWERS)]
    path = _write(tmp_path / "synthetic_stress.csv", rows)
    summary = as_json("summarize", str(path))
    assert [item["label"] for item in summary["items"]] == ["The forum was well organised"]
    (warning,) = [w for w in summary["warnings"] if STRESS in w]
    assert "which end is positive cannot be told" in warning and "--scale" in warning
    column = next(c for c in as_json("validate", str(path))["columns"] if c["header"] == STRESS)
    assert column["role"] == "ignored"
    (declared,) = re.findall(r'--scale "((?:[^"\\]|\\.)*)"', column["note"])
    assert "<" in declared  # a template with placeholders
    pasted = run("summarize", str(path), "--scale", declared)
    assert pasted.exit_code != 0 and "placeholder" in pasted.stderr
    target = declared.split("=", 1)[0]
    edited = as_json("summarize", str(path), "--scale", f"{target}=5|4|3|2|1;positive=1|2")
    item = next(i for i in edited["items"] if i["kind"] == "declared")
    positive = sum(a in ("1", "2") for a in ANSWERS)
    assert (item["n_positive"], item["n_valid"]) == (positive, len(ANSWERS)) == (5, 8)


def test_a_recommend_question_with_unordered_ends_is_not_read_as_nps(tmp_path: Path) -> None:
    """0–10 answers to a "recommend" question are read as NPS when the header names no end;
    when it names the ends in words the model cannot order, the column is not read."""
    header = "Would you recommend it? (0 = Not at all, 10 = Completely)"
    answers = ["10", "9", "9", "7", "3"]
    rows = [["Timestamp", header, "The forum was well organised."]] + [
        [f"2024/11/27 4:{i:02d}:00 PM EST", a, "Agree"] for i, a in enumerate(answers)
    ]
    summary = as_json("summarize", str(_write(tmp_path / "synthetic_nps.csv", rows)))
    assert [item["kind"] for item in summary["items"]] == ["agreement"]
    (warning,) = [w for w in summary["warnings"] if header in w]
    assert "which end is positive cannot be told" in warning
