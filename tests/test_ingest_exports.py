"""One survey, many dialects: the same 12 respondents exported by each platform and encoding
(tests/data/exports/, written by build_exports.py) must give the same summary, with zero
configuration. The expected figures are counted by hand from the answer lists in
build_exports.py (see the comments), not from the tool's output.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.present.jsonout import summary_dict
from forum_eval.read import load_table
from forum_eval.read.survey import Options
from tests.conftest import SURVEYS, summarize_source

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
runner = CliRunner()

#: file → (platform detected, rows the platform adds that do not count, by reason)
SHAPES = {
    "google_forms.csv": ("google-forms", {"duplicate": 1, "empty": 1}),
    "microsoft_forms.xlsx": ("microsoft-forms", {"empty": 1}),
    "surveymonkey.csv": ("surveymonkey", {"empty": 1}),
    "surveymonkey.xlsx": ("surveymonkey", {"empty": 1}),
    "kobo.csv": ("kobo", {"empty": 1}),
    "limesurvey.csv": ("limesurvey", {"empty": 1, "incomplete": 1}),
    "qualtrics.csv": ("qualtrics", {"empty": 1, "incomplete": 1, "preview": 1}),
    "excel_fr_cp1252.csv": ("plain", {"empty": 1}),
    "excel_unicode_text.txt": ("plain", {"empty": 1}),
    "second_sheet.xlsx": ("plain", {"empty": 1}),
    "excel97.xls": ("plain", {"empty": 1}),
}

VENUE = "how_satisfied_were_you_with_the_following_venue"
CATERING = "how_satisfied_were_you_with_the_following_catering"
INTERPRETATION = "how_satisfied_were_you_with_the_following_interpretation"
WORKSHOP = "how_useful_was_the_workshop_1_not_at_all_useful_5_extremely_useful"
NPS = (
    "how_likely_are_you_to_recommend_the_forum_to_a_colleague_0_not_at_all_likely_10_"
    "extremely_likely"
)
MATERIALS = "quality_of_the_printed_materials"

#: item → (kind, scale, n_valid, n_positive, n_not_applicable, n_blank), counted by hand:
EXPECTED = {
    # SA,SA,A,A,A,SA,N,A,SA,D,A,SA: 5 SA + 5 A positive of 12
    "organised": ("agreement", "agreement5", 12, 10, 0, 0),
    # one blank; 4 SA + 6 A of 11 (one N)
    "included": ("agreement", "agreement5", 11, 10, 0, 1),
    # three "Not applicable"; A×5 + SA×2 = 7 of 9 (D, SD)
    "accessibility": ("agreement", "agreement5", 9, 7, 3, 0),
    # one "No"
    "would_return": ("yesno", "yesno", 12, 11, 0, 0),
    # 5 in-depth, 4 some, 3 basic
    "expertise": ("expertise", "expertise3", 12, 5, 0, 0),
    # VS×4 + S×6 of 12 (one neutral, one dissatisfied)
    VENUE: ("satisfaction", "satisfaction5", 12, 10, 0, 0),
    # S×6 + VS×1 of 12 (N×2, D×2, VD×1)
    CATERING: ("satisfaction", "satisfaction5", 12, 7, 0, 0),
    # three "Did not use (N/A)", one blank; VS×3 + S×4 of 8 (one neutral)
    INTERPRETATION: ("satisfaction", "satisfaction5", 8, 7, 3, 1),
    # 5,4,4,3,5,2,4,5,4,1,4,5: four 5s and five 4s of 12; kind from the header's end labels
    WORKSHOP: ("usefulness", "usefulness_1_5", 12, 9, 0, 0),
    # 10,9,8,7,10,6,9,3,10,8,9,5: promoters (9–10) 6 of 12
    NPS: ("nps", "nps", 12, 6, 0, 0),
    # Excellent 2, Very good 3, Good 4 = 9 of 12 (Fair 2, Poor 1)
    MATERIALS: ("quality", "quality5", 12, 9, 0, 0),
}


def _summary(name: str, **options: object):
    return summarize_source(str(EXPORTS / name), Options(surveys_dir=SURVEYS, **options))  # type: ignore[arg-type]


def _comparable(name: str) -> dict:
    data = summary_dict(_summary(name), "en")
    for key in ("source", "file", "excluded"):
        data.pop(key)
    # the only warnings are the rows not counted, which differ by platform (tested below)
    data["warnings"] = [
        w
        for w in data["warnings"]
        if not w.startswith(("rows not counted", "responses read from the sheet"))
    ]
    # `levels` are the labels as each export wrote them (the French Excel file's answers are
    # in French): the figures, not the spellings, must be the same whatever the shape
    for item in data["items"]:
        item.pop("levels")
    return data


def test_at_least_eight_shapes_are_committed() -> None:
    files = {p.name for p in EXPORTS.iterdir() if p.suffix != ".py"}
    assert set(SHAPES) <= files
    assert len(SHAPES) >= 8


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_platform_is_detected(name: str) -> None:
    table = load_table(EXPORTS / name)
    assert table.platform == SHAPES[name][0]
    assert table.info["platform_from"] == "detected"


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_shape_gives_the_hand_counted_figures(name: str) -> None:
    summary = _summary(name)
    assert summary.respondents == 12
    assert dict(summary.excluded) == SHAPES[name][1]
    assert [i.id for i in summary.items] == list(EXPECTED)
    for item in summary.items:
        kind, scale, n_valid, n_positive, n_na, n_blank = EXPECTED[item.id]
        assert (item.kind, item.scale) == (kind, scale), item.id
        assert (item.n_valid, item.n_positive, item.n_not_applicable, item.n_blank) == (
            n_valid,
            n_positive,
            n_na,
            n_blank,
        ), item.id
        assert item.share_positive == Fraction(n_positive, n_valid)
    assert [(c.id, c.n_comments) for c in summary.comments] == [("suggestions", 5)]


def test_net_promoter_score() -> None:
    # promoters 6 (9–10), detractors 3 (3, 5, 6), passives 3 (7, 8, 8): (6 − 3) / 12
    item = _summary("google_forms.csv").item(NPS)
    assert item.nps == Fraction(1, 4)
    assert item.counts == (0, 0, 0, 1, 0, 1, 1, 1, 2, 3, 3)
    data = summary_dict(_summary("google_forms.csv"), "en")
    assert next(i for i in data["items"] if i["id"] == NPS)["nps"] == 0.25
    assert "nps" not in next(i for i in data["items"] if i["id"] == "organised")
    assert any(s.endswith("(6 of 12; Net Promoter Score +25).") for s in data["narrative"])
    french = summary_dict(_summary("google_forms.csv"), "fr")["narrative"]
    assert any(s.endswith("(6 sur 12\u00a0; Net Promoter Score\u00a0: +25).") for s in french)


@pytest.mark.parametrize("name", sorted(set(SHAPES) - {"google_forms.csv"}))
def test_identical_summary_whatever_the_shape(name: str) -> None:
    assert _comparable(name) == _comparable("google_forms.csv")


def test_include_incomplete_keeps_unfinished_responses() -> None:
    lime = _summary("limesurvey.csv", include_incomplete=True)
    assert lime.respondents == 13
    assert dict(lime.excluded) == {"empty": 1}
    # the unfinished response answered the first four questions like respondent 1
    assert lime.item("organised").n_valid == 13
    assert lime.item("expertise").n_valid == 12
    qualtrics = _summary("qualtrics.csv", include_incomplete=True)
    # a preview is never a respondent, even with --include-incomplete
    assert qualtrics.respondents == 13
    assert dict(qualtrics.excluded) == {"empty": 1, "preview": 1}


IDENTIFYING_VALUES = (
    "marie.tremblay@example.org",
    "Tremblay",
    "198.51.100.",
    "203.0.113.",
    "192.0.2.",
    "badge-10",
    "R_00aBcDeFgHiJkLmN",
    "enumerator_kb",
    "3635f21f",
    "anonymous",
)


@pytest.mark.parametrize(
    "name", ["google_forms.csv", "surveymonkey.csv", "qualtrics.csv", "kobo.csv"]
)
@pytest.mark.parametrize("fmt", ["json", "markdown", "csv", "table"])
def test_identifying_values_never_reach_an_output(name: str, fmt: str) -> None:
    result = runner.invoke(
        app,
        ["summarize", str(EXPORTS / name), "--format", fmt, "--surveys-dir", str(SURVEYS)],
    )
    assert result.exit_code == 0, result.stderr
    for value in IDENTIFYING_VALUES:
        assert value not in result.stdout
        assert value not in result.stderr


def test_excluded_rows_are_reported_in_every_format() -> None:
    def run(fmt: str) -> tuple[str, str]:
        result = runner.invoke(
            app,
            [
                "summarize",
                str(EXPORTS / "qualtrics.csv"),
                "--format",
                fmt,
                "--surveys-dir",
                str(SURVEYS),
            ],
        )
        assert result.exit_code == 0
        return result.stdout, result.stderr

    data = json.loads(run("json")[0])
    assert data["excluded"] == {"empty": 1, "incomplete": 1, "preview": 1}
    assert data["warnings"] == [
        "rows not counted as respondents: 1 incomplete response(s), 1 preview(s) "
        "(--include-incomplete counts the incomplete ones)."
    ]
    for fmt in ("markdown", "table"):
        text = run(fmt)[0]
        assert "1 empty, 1 incomplete, 1 preview" in text, fmt
    # CSV is one row per item: the rows not counted are said on stderr
    stdout, stderr = run("csv")
    assert "preview" not in stdout
    assert (
        "Warning: rows not counted as respondents: 1 incomplete response(s), 1 preview(s)" in stderr
    )


def test_from_overrides_detection() -> None:
    # read as a plain one-header-row file, the two extra header rows become answers
    # and Qualtrics' preview / unfinished markers are not used
    table = load_table(EXPORTS / "qualtrics.csv", platform="plain")
    assert table.platform == "plain" and table.info["platform_from"] == "--from"
    assert table.first_data_row == 2
    result = runner.invoke(
        app,
        [
            "summarize",
            str(EXPORTS / "qualtrics.csv"),
            "--from",
            "nope",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 2
    assert "Error: --from 'nope': unknown platform" in result.stderr
    assert "google-forms" in result.stderr


def test_second_sheet_is_found_and_sheet_option_still_works() -> None:
    table = load_table(EXPORTS / "second_sheet.xlsx")
    assert table.info["sheet"] == "Responses"
    assert _summary("second_sheet.xlsx").warnings == (
        'responses read from the sheet "Responses" (before it, "Read me" holds no table); '
        "pass --sheet to choose another.",
    )
    assert table.info["sheets"] == "Read me, Responses"
    same = load_table(EXPORTS / "second_sheet.xlsx", sheet="1")
    assert same.headers == table.headers
    assert same.frame.equals(table.frame)
