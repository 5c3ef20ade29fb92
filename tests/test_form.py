"""`forum-eval form`: next year's form from the questionnaire (XLSForm and Markdown).

The XLSForm written by the tool is read back with openpyxl; then a *synthetic* KoboToolbox
export of that form (invented answers of 6 invented respondents, written by this test, never
a real export) is summarised, and every questionnaire item must be matched by its id.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.questionnaire import load_questionnaire
from forum_eval.present.form import markdown_form
from tests.conftest import SURVEYS

QUESTIONNAIRE = SURVEYS / "questionnaire.toml"
runner = CliRunner()


def form(*args: str):
    return runner.invoke(app, ["form", "--questionnaire", str(QUESTIONNAIRE), *args])


def sheet_rows(path: Path) -> dict[str, list[dict[str, str]]]:
    """Each sheet of the workbook as a list of {header: value} (None → "")."""
    book = load_workbook(path, read_only=True)
    sheets = {}
    for sheet in book.worksheets:
        rows = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
        sheets[sheet.title] = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    book.close()
    return sheets


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("form") / "form.xlsx"
    result = form("--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_xlsform_read_back_has_every_item_and_both_languages(written: Path) -> None:
    questionnaire = load_questionnaire(QUESTIONNAIRE)
    sheets = sheet_rows(written)
    assert list(sheets) == ["survey", "choices", "settings"]
    book = load_workbook(written, read_only=True)
    assert [c.value for c in next(book["survey"].iter_rows(max_row=1))] == [
        "type",
        "name",
        "label::English (en)",
        "label::Français (fr)",
        "hint::English (en)",
        "hint::Français (fr)",
        "required",
    ]
    assert [c.value for c in next(book["choices"].iter_rows(max_row=1))] == [
        "list_name",
        "name",
        "label::English (en)",
        "label::Français (fr)",
    ]
    book.close()
    survey = {row["name"]: row for row in sheets["survey"]}
    assert list(survey) == [item.id for item in questionnaire.items]
    choices = sheets["choices"]
    for item in questionnaire.items:
        row = survey[item.id]
        assert row["label::English (en)"] == item.question["en"]
        assert row["label::Français (fr)"] == item.question["fr"]
        assert row["required"] == "no"
        if item.kind == "comment":
            assert row["type"] == "text"
            continue
        assert item.scale is not None
        kind, list_name = row["type"].split(" ")
        assert kind == "select_one"
        listed = [c for c in choices if c["list_name"] == list_name]
        assert [c["name"] for c in listed] == list(item.scale.ids)
        assert [c["label::English (en)"] for c in listed] == list(item.scale.labels("en"))
        assert [c["label::Français (fr)"] for c in listed] == list(item.scale.labels("fr"))
    # the scales as written in forum_eval/config/scales.py and questionnaire.toml
    assert survey["organised"]["type"] == "select_one agreement5"
    assert survey["would_return"]["type"] == "select_one yesno"
    assert survey["expertise"]["type"] == "select_one expertise3"
    assert survey["role"]["type"] == "select_one role_choices"
    assert survey["identity"]["type"] == "select_one identity_choices"
    agreement = [
        (c["name"], c["label::Français (fr)"]) for c in choices if c["list_name"] == "agreement5"
    ]
    assert agreement[0] == ("strongly_disagree", "Fortement en désaccord")
    assert agreement[-1] == ("strongly_agree", "Fortement d'accord")
    # each list once, even when several items use it (8 agreement items, 5 categories)
    assert len([c for c in choices if c["list_name"] == "agreement5"]) == 5
    assert survey["identity"]["hint::English (en)"].startswith("Optional.")
    (settings,) = sheets["settings"]
    assert settings["default_language"] == "English (en)"
    assert settings["form_id"] == "event_evaluation"
    assert settings["form_title"] == "Evaluation form"
    assert len(settings["version"]) == 12


def test_xlsform_bytes_are_reproducible_and_cells_are_text(tmp_path: Path) -> None:
    second = tmp_path / "again.xlsx"
    first = tmp_path / "first.xlsx"
    assert form("--out", str(first)).exit_code == 0
    assert form("--out", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    # a label that starts with "=" is text, not a formula
    questionnaire = tmp_path / "q.toml"
    questionnaire.write_text(
        '[[item]]\nid = "sum"\nkind = "comment"\nquestion = { en = "=1+1 ?", fr = "=1+1 ?" }\n',
        encoding="utf-8",
    )
    out = tmp_path / "formula.xlsx"
    result = runner.invoke(app, ["form", "--questionnaire", str(questionnaire), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sheet_rows(out)["survey"][0]["label::English (en)"] == "=1+1 ?"


def test_one_language_and_default_language_from_locale(tmp_path: Path) -> None:
    fr = tmp_path / "fr.xlsx"
    assert form("--lang", "fr", "--out", str(fr)).exit_code == 0
    sheets = sheet_rows(fr)
    assert "label::English (en)" not in sheets["survey"][0]
    assert sheets["survey"][0]["label::Français (fr)"] == "Le forum était bien organisé."
    assert sheets["settings"][0]["default_language"] == "Français (fr)"
    assert sheets["settings"][0]["form_title"] == "Formulaire d'évaluation"
    both = tmp_path / "both.xlsx"
    result = runner.invoke(
        app,
        [
            "form",
            "--questionnaire",
            str(QUESTIONNAIRE),
            "--out",
            str(both),
            "--title",
            "Forum 2025",
        ],
        env={"LANG": "fr_CA.UTF-8"},
    )
    assert result.exit_code == 0, result.output
    settings = sheet_rows(both)["settings"][0]
    assert (settings["default_language"], settings["form_title"]) == ("Français (fr)", "Forum 2025")


def test_markdown_lists_every_item_with_its_choices_in_order() -> None:
    questionnaire = load_questionnaire(QUESTIONNAIRE)
    result = form("--format", "markdown", "--lang", "both")
    assert result.exit_code == 0, result.output
    text = result.stdout
    english, french = text.split("\n---\n")
    assert (
        "Same wording and scales every year so that next year's comparison is like for like"
        in english
    )
    assert "Mêmes formulations et mêmes échelles chaque année" in french
    for part, lang in ((english, "en"), (french, "fr")):
        for number, item in enumerate(questionnaire.items, start=1):
            heading = f"## {number}. {item.question[lang]}\n"
            assert heading in part
            block = part.split(heading)[1].split("\n## ")[0]
            assert f"`{item.id}`" in block
            if item.kind == "comment":
                assert "\n- " not in block
            else:
                assert item.scale is not None
                bullets = [line[2:] for line in block.splitlines() if line.startswith("- ")]
                assert bullets == list(item.scale.labels(lang))
    assert markdown_form(questionnaire, ("en",)) == english.rstrip("\n") + "\n"


def test_refuses_to_overwrite_the_questionnaire_and_explains_bad_options(tmp_path: Path) -> None:
    copy = tmp_path / "questionnaire.toml"
    copy.write_bytes(QUESTIONNAIRE.read_bytes())
    for args in (["--out", str(copy)], ["--format", "markdown", "--out", str(copy)]):
        result = runner.invoke(app, ["form", "--surveys-dir", str(tmp_path), *args])
        assert result.exit_code == 2
        assert "the questionnaire the form is made from" in result.stderr
    assert copy.read_bytes() == QUESTIONNAIRE.read_bytes()
    result = form("--out", str(tmp_path / "form.csv"))
    assert result.exit_code == 2 and "an XLSForm is an .xlsx workbook" in result.stderr
    result = form()
    assert result.exit_code == 2 and "--out" in result.stderr
    result = runner.invoke(app, ["form", "--surveys-dir", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "questionnaire file not found" in result.stderr
    empty = tmp_path / "empty.toml"
    empty.write_text("# no items\n", encoding="utf-8")
    result = runner.invoke(app, ["form", "--questionnaire", str(empty), "--format", "markdown"])
    assert result.exit_code == 1 and "has no [[item]]" in result.stderr
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


# ------------------------------------------------------------------ a Kobo export of the form

#: SYNTHETIC answers of 6 invented respondents, as the XLSForm `name`s of the choices
#: ("" = skipped), in the questionnaire's order.
ITEMS = [
    "organised",
    "constructive",
    "speakers",
    "resources",
    "included",
    "free_to_speak",
    "accessibility",
    "expectations",
    "would_return",
    "intend_to_act",
    "expertise",
    "role",
    "suggestions",
    "identity",
]
SA, A, N, D, SD = "strongly_agree", "agree", "neutral", "disagree", "strongly_disagree"
ANSWERS = [
    [SA, A, A, SA, A, SA, A, A, "yes", "yes", "in_depth", "front_line", "More time for questions.", "lived_experience"],
    [A, A, N, A, SA, A, "", A, "yes", "no", "intermediate", "advocate", "", "none"],
    [N, D, A, A, A, N, D, N, "no", "yes", "basic", "academic", "Better interpretation.", "migrant"],
    [SA, SA, SA, A, SA, SA, SA, SA, "yes", "yes", "in_depth", "government", "", "youth"],
    [D, N, A, N, A, A, A, D, "yes", "yes", "intermediate", "front_line", "Thank you.", ""],
    [A, A, SA, SD, A, A, A, A, "yes", "", "basic", "other", "", "none"],
]  # fmt: skip
#: Counts by hand from ANSWERS above (column by column), checked once with Python's csv
#: module on the written file; (n_valid, n_blank, n_positive, counts).
EXPECTED = {
    "organised": (6, 0, 4, {SD: 0, D: 1, N: 1, A: 2, SA: 2}),
    "constructive": (6, 0, 4, {SD: 0, D: 1, N: 1, A: 3, SA: 1}),
    "speakers": (6, 0, 5, {SD: 0, D: 0, N: 1, A: 3, SA: 2}),
    "resources": (6, 0, 4, {SD: 1, D: 0, N: 1, A: 3, SA: 1}),
    "included": (6, 0, 6, {SD: 0, D: 0, N: 0, A: 4, SA: 2}),
    "free_to_speak": (6, 0, 5, {SD: 0, D: 0, N: 1, A: 3, SA: 2}),
    "accessibility": (5, 1, 4, {SD: 0, D: 1, N: 0, A: 3, SA: 1}),
    "expectations": (6, 0, 4, {SD: 0, D: 1, N: 1, A: 3, SA: 1}),
    "would_return": (6, 0, 5, {"no": 1, "yes": 5}),
    "intend_to_act": (5, 1, 4, {"no": 1, "yes": 4}),
    "expertise": (6, 0, 2, {"basic": 2, "intermediate": 2, "in_depth": 2}),
    "role": (6, 0, None, {"front_line": 2, "advocate": 1, "academic": 1, "government": 1, "other": 1}),
}  # fmt: skip
#: the trailing columns of an "all versions" export (as in shared/real-exports' Kobo file)
SYSTEM = ["__version__", "_version_", "_version__001", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
          "_status", "_submitted_by", "_tags", "_index"]  # fmt: skip


def write_kobo(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    """A SYNTHETIC Kobo CSV export: `;`, every field quoted, CRLF, the trailing system columns."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow([*headers, *SYSTEM])
        for i, row in enumerate(rows):
            writer.writerow(
                [*row, "vSynthetic0000000000", "vSynthetic0000000001", "", str(900_000 + i), f"00000000-0000-4000-8000-{i:012d}",
                 f"2025-11-27T16:{10 + i}:00", "", "", "submitted_via_web", "", "", str(i + 1)]
            )  # fmt: skip


@pytest.mark.parametrize("values", ["xml", "labels_fr"])
def test_kobo_export_of_the_form_is_summarised_item_by_item(
    written: Path, tmp_path: Path, values: str
) -> None:
    """SYNTHETIC Kobo export of the written XLSForm, as Kobo gives it with "XML values and
    headers" (headers = question `name`s, answers = choice `name`s) or with French labels
    (headers and answers = the form's `label::Français (fr)`), both taken from the workbook."""
    sheets = sheet_rows(written)
    survey = {row["name"]: row for row in sheets["survey"]}
    assert list(survey) == ITEMS
    if values == "xml":
        headers, rows = ITEMS, ANSWERS
    else:
        label = "label::Français (fr)"
        french = {(c["list_name"], c["name"]): c[label] for c in sheets["choices"]}
        lists = [survey[name]["type"].partition(" ")[2] for name in ITEMS]
        headers = [survey[name][label] for name in ITEMS]
        rows = [
            [french[(ls, v)] if ls and v else v for ls, v in zip(lists, row, strict=True)]
            for row in ANSWERS
        ]
    export = tmp_path / f"kobo_{values}_synthetic.csv"
    write_kobo(export, headers, rows)
    with export.open(encoding="utf-8", newline="") as handle:  # the file holds what we meant
        read = list(csv.reader(handle, delimiter=";"))
    assert read[0][: len(ITEMS)] == headers
    assert [r[: len(ITEMS)] for r in read[1:]] == rows
    if values == "xml":  # the hand counts of EXPECTED, counted again with the csv module
        for column, item_id in enumerate(ITEMS):
            if item_id in EXPECTED:
                counted = Counter(r[column] for r in read[1:] if r[column])
                assert counted == Counter(EXPECTED[item_id][3]), item_id

    checked = runner.invoke(
        app, ["validate", str(export), "--questionnaire", str(QUESTIONNAIRE), "-f", "json"]
    )
    report = json.loads(checked.stdout)
    assert report["platform"] == "kobo" and report["ok"], report["problems"]
    matched = {c["header"]: c["item"] for c in report["columns"] if c["item"]}
    assert matched == dict(zip(headers, ITEMS, strict=True))

    result = runner.invoke(
        app, ["summarize", str(export), "--questionnaire", str(QUESTIONNAIRE), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["respondents"] == 6
    items = {item["id"]: item for item in data["items"]}
    assert set(items) == set(EXPECTED)
    for item_id, (n_valid, n_blank, n_positive, counts) in EXPECTED.items():
        item = items[item_id]
        assert (item["n_valid"], item["n_blank"], item["n_invalid"]) == (n_valid, n_blank, 0), (
            item_id
        )
        assert item["n_positive"] == n_positive, item_id
        assert item["counts"] == counts, item_id
    assert data["comments"] == [{"id": "suggestions", "label": "Suggestions", "n_comments": 3}]


def test_questionnaires_that_cannot_make_a_form_are_refused_with_the_reason(
    tmp_path: Path,
) -> None:
    twice = tmp_path / "twice.toml"
    twice.write_text(
        '[[item]]\nid = "role"\nkind = "choice"\nquestion = "Role"\n'
        'options = [{ id = "staff", en = "Staff" }, { id = "staff", en = "Volunteer staff" }]\n',
        encoding="utf-8",
    )
    clash = tmp_path / "clash.toml"
    clash.write_text(
        '[[scale]]\nid = "role_choices"\nlabels = ["Low", "High"]\npositive = ["High"]\n'
        '[[item]]\nid = "level"\nkind = "declared"\nscale = "role_choices"\nquestion = "Level"\n'
        '[[item]]\nid = "role"\nkind = "choice"\nquestion = "Role"\n'
        'options = [{ id = "staff", en = "Staff" }]\n',
        encoding="utf-8",
    )
    for path, message in (
        (twice, "item 'role': the option id(s) staff are used twice"),
        (clash, "two different scales are named 'role_choices'"),
    ):
        for fmt in ("xlsform", "markdown"):
            result = runner.invoke(
                app,
                [
                    "form",
                    "--questionnaire",
                    str(path),
                    "-f",
                    fmt,
                    "--out",
                    str(tmp_path / "f.xlsx"),
                ],
            )
            assert result.exit_code == 1 and message in result.stderr, (path, fmt, result.stderr)
    assert not (tmp_path / "f.xlsx").exists()


def test_a_checkbox_question_is_select_multiple(tmp_path: Path) -> None:
    """A questionnaire item of ``kind = "multiselect"`` is a checkbox question on next year's
    form: XLSForm ``select_multiple <id>_choices`` with its options in order, and "Several
    answers (Google Forms: Checkboxes …)" in the Markdown version."""
    path = tmp_path / "questionnaire.toml"
    path.write_text(
        "[[item]]\n"
        'id = "enjoyed"\n'
        'kind = "multiselect"\n'
        'question = { en = "What did you enjoy?", fr = "Qu\'avez-vous apprécié ?" }\n'
        'options = [{ en = "Workshops", fr = "Ateliers" }, '
        '{ en = "Food, drinks and music", fr = "Repas, boissons et musique" }]\n',
        encoding="utf-8",
    )
    out = tmp_path / "form.xlsx"
    result = runner.invoke(app, ["form", "--questionnaire", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    sheets = sheet_rows(out)
    (question,) = sheets["survey"]
    assert question["type"] == "select_multiple enjoyed_choices"
    labels = [row["label::English (en)"] for row in sheets["choices"]]
    assert labels == ["Workshops", "Food, drinks and music"]
    text = markdown_form(load_questionnaire(path), ["en", "fr"])
    assert "*Several answers (Google Forms: Checkboxes; " in text
    assert "*Plusieurs réponses (Google Forms" in text
    assert "- Food, drinks and music" in text and "- Repas, boissons et musique" in text
    # one question, in the singular ("1 questions" before)
    assert "From questionnaire.toml: 1 question." in text
    assert "D'après questionnaire.toml\u00a0: 1 question." in text
