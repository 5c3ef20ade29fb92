"""The readers against real exports written by none of us (../shared/real-exports/, see its
SOURCES.md). The folder is not part of the repository: these tests skip without it. Expected
counts are recomputed here with the standard csv module, independently of the tool's
pandas/pyarrow path; the Star Wars figures also match FiveThirtyEight's published counts
(Han Solo: 610 very + 151 somewhat favourable of 814 who rated him, 15 unfamiliar).
"""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.questionnaire import Questionnaire
from forum_eval.read import load_table
from forum_eval.read.normalise import normalise
from forum_eval.read.survey import Options
from tests.conftest import ROOT, summarize_source

REAL = ROOT.parent / "shared" / "real-exports"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-exports/ is absent")

VAPING = "surveymonkey__sandeepchin__SocialMediaAndVaping__vaping.csv"
STARWARS = "surveymonkey__fivethirtyeight__data__star-wars-survey--StarWars.csv"
LIME = "limesurvey__andreldm__cpp-survey__results-survey.csv"
KOBO = (
    "kobotoolbox__Global-Health-Engineering__blantyrecompost__data-raw--Inorganics_to_Limbe_"
    "compost_-_all_versions_-_labels_-_2022-11-28-09-07-30.csv"
)


def rows(name: str, encoding: str = "utf-8", delimiter: str = ",") -> list[list[str]]:
    text = (REAL / name).read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def summary(name: str):
    return summarize_source(str(REAL / name), Options(surveys_dir=ROOT / "surveys"))


def test_surveymonkey_current_layout() -> None:
    raw = rows(VAPING)
    table = load_table(REAL / VAPING)
    assert (table.platform, table.first_data_row, table.info["line_end"]) == (
        "surveymonkey",
        3,
        "CRLF",
    )
    assert table.frame.shape == (len(raw) - 2, 12)
    assert {table.headers[p] for p, r in table.roles.items()} == set(raw[0][:9])
    result = summary(VAPING)
    vaped = result.item("have_you_ever_vaped")
    yes = sum(1 for r in raw[2:] if r[9] == "Yes")
    no = sum(1 for r in raw[2:] if r[9] == "No")
    assert (vaped.n_positive, vaped.n_valid) == (yes, yes + no)
    assert result.respondents == 1135


def test_surveymonkey_old_layout_cr_line_ends_cp1252_and_favourability() -> None:
    raw = rows(STARWARS, encoding="cp1252")
    table = load_table(REAL / STARWARS)
    assert (table.platform, table.info["line_end"], table.info["encoding"]) == (
        "surveymonkey",
        "CR",
        "cp1252",
    )
    assert table.frame.shape == (1186, 38)
    han = raw[1].index("Han Solo")
    column = [r[han] for r in raw[2:]]
    labels = ("Very favorably", "Somewhat favorably", "Neither favorably nor unfavorably (neutral)",
              "Somewhat unfavorably", "Very unfavorably")  # fmt: skip
    result = summary(STARWARS)
    item = next(i for i in result.items if i.id.endswith("_han_solo"))
    assert item.kind == "favourability"
    assert (
        item.n_positive
        == column.count("Very favorably") + column.count("Somewhat favorably")
        == 761
    )
    assert item.n_valid == sum(column.count(label) for label in labels) == 814
    assert item.n_not_applicable == column.count("Unfamiliar (N/A)") == 15
    # all 14 characters of the grid (columns 16–29) are read as favourability items
    assert sum(1 for i in result.items if i.kind == "favourability") == 14


def test_limesurvey_full_text_headings_incomplete_and_embedded_newlines() -> None:
    raw = rows(LIME)
    table = load_table(REAL / LIME)
    assert table.platform == "limesurvey"
    assert table.frame.shape == (len(raw) - 1, 163) == (647, 163)
    incomplete = sum(1 for r in raw[1:] if not r[1].strip())
    assert incomplete == 268
    responses = normalise(table, Questionnaire())
    assert responses.excluded == {"incomplete": 268}
    assert responses.respondents == 647 - 268
    kinds = {i.item.kind for i in responses.items}
    assert {"agreement", "satisfaction", "ease", "yesno"} <= kinds
    # "I don't know" beside an agreement grid is not applicable, not an answer
    first_grid = next(i for i in responses.items if i.item.kind == "agreement")
    position = table.headers.index(first_grid.header)
    kept = [r for r in raw[1:] if r[1].strip()]
    assert int((first_grid.codes == -2).sum()) == sum(
        1 for r in kept if r[position] == "I don't know"
    )
    # the 1–5 satisfaction question states no scale: set aside with a suggestion
    numbers = next(
        c
        for c in responses.columns
        if c.header.startswith("How satisfied are you with the current")
    )
    assert numbers.role == "ignored" and "--scale" in numbers.note


def test_kobo_semicolons_and_system_columns() -> None:
    raw = rows(KOBO, delimiter=";")
    table = load_table(REAL / KOBO)
    assert (table.platform, table.info["delimiter"], table.info["line_end"]) == (
        "kobo",
        "semicolon",
        "CRLF",
    )
    assert table.frame.shape == (len(raw) - 1, 22)
    roles = {table.headers[p]: r for p, r in table.roles.items()}
    assert roles["_submitted_by"] == roles["_uuid"] == "identifying"
    assert roles["_submission_time"] == roles["__version__"] == "metadata"
    result = CliRunner().invoke(app, ["summarize", str(REAL / KOBO), "--format", "json"])
    assert result.exit_code == 0
    assert "dkobo90" not in result.stdout  # a Kobo user name in _submitted_by
