"""Shapes seen in real survey-platform exports that the readers got wrong (the hunt of
hunt-platforms; the real files are listed in tests/data/platform_shapes/README.md).

Every fixture of tests/data/platform_shapes/ is SYNTHETIC: invented answers in the shape of a
real export, written by build_platform_shapes.py. Each expected figure is counted again here
from the file with Python's csv module, and written in a comment.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.read.multiselect import (
    OPTION_SEPARATOR,
    QUALTRICS_SEPARATOR,
    joined_options,
    joined_warning,
    looks_joined,
    option_groups,
    split_options,
)
from tests.conftest import ROOT, SURVEYS

DATA = ROOT / "tests" / "data" / "platform_shapes"
JOINED = DATA / "synthetic_qualtrics_joined_multiselect.csv"
SINGLE_QUOTES = DATA / "synthetic_qualtrics_2016_single_quotes.csv"
REPEATED = DATA / "synthetic_qualtrics_2016_repeated_question.csv"
CODE_TEXT = DATA / "synthetic_limesurvey_code_text.csv"
FRENCH = DATA / "synthetic_limesurvey_fr_multiselect.csv"
HTML = DATA / "synthetic_surveymonkey_html_question.csv"
TYPEFORM_GROUPED = DATA / "synthetic_typeform_grouped.csv"
TYPEFORM = DATA / "synthetic_typeform.csv"
REDCAP = DATA / "synthetic_redcap_labels.csv"
ODK = DATA / "synthetic_odk_central.csv"
ODK_REVIEW = DATA / "synthetic_odk_central_review.csv"
ODK_MULTIPLE = DATA / "synthetic_odk_central_select_multiple.csv"
KOBO_REVIEW = DATA / "synthetic_kobo_validation.csv"
GIZMO = DATA / "synthetic_surveygizmo_partial.csv"
SM_FRENCH = DATA / "synthetic_surveymonkey_fr.csv"
#: the invented names of the French fixture (build_platform_shapes.SYNTHETIC_NAMES)
SYNTHETIC_NAMES = ["Amani Kabeya", "Joséphine Mwamba Ilunga", "Patrice Lukusa", "Grâce Nsimba",
                   "Didier Kalonji Mbuyi", "Esther Kanku", "Blaise Tshisekedi Lumu",
                   "Nadine Mpiana"]  # fmt: skip
ENJOYED = "What did you enjoy?"
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def summary_json(path: Path) -> dict:
    result = cli("summarize", str(path), "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_the_fixtures_are_built_byte_for_byte(tmp_path: Path) -> None:
    """build_platform_shapes.py writes the committed files again, byte for byte."""
    spec = importlib.util.spec_from_file_location("build", DATA / "build_platform_shapes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = tmp_path
    module.main()
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in DATA.glob("synthetic_*.csv"))
    for name in built:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


# ------------------------------------------------ Qualtrics: options joined with "," (no space)


def test_hand_count_of_the_joined_fixture() -> None:
    """The csv count of "What did you enjoy?", split on "," not followed by a space:
    Keynote 6, "Food, drinks and music" 5, Survivor-led workshop 4, Legal clinic 3, Other 2;
    11 of the 12 respondents ticked at least one option, 1 ticked none."""
    rows = rows_of(JOINED)
    column = rows[1].index(f"{ENJOYED} - Selected Choice")
    counts: dict[str, int] = {}
    answered = 0
    for row in rows[3:]:
        options = [o for o in re.split(r",(?!\s)", row[column]) if o.strip()]
        answered += bool(options)
        for option in options:
            counts[option] = counts.get(option, 0) + 1
    assert counts == {
        "Keynote": 6,
        "Food, drinks and music": 5,
        "Survivor-led workshop": 4,
        "Legal clinic": 3,
        "Other": 2,
    }
    assert (answered, len(rows) - 3 - answered) == (11, 1)


def test_qualtrics_options_joined_with_a_bare_comma_are_a_multiselect() -> None:
    """Old code: the column was read as free text ("11 respondents wrote a comment"), its
    options quoted as comments. Now: one multi-select question with the hand counts above
    (Keynote 6 of 11 …), "Food, drinks and music" kept whole, and no comment of it; the
    question shown without Qualtrics's " - Selected Choice"."""
    summary = summary_json(JOINED)
    assert summary["respondents"] == 12
    (question,) = summary["multiselect"]
    assert question["question"] == ENJOYED
    assert (question["n"], question["n_blank"]) == (11, 1)
    assert [(o["label"], o["n"]) for o in question["options"]] == [
        ("Keynote", 6),
        ("Food, drinks and music", 5),
        ("Survivor-led workshop", 4),
        ("Legal clinic", 3),
        ("Other", 2),
    ]
    comments = {c["label"] for c in summary["comments"]}
    assert ENJOYED not in comments
    # the "Other" box (its own column) stays a comment, never quoted among the options
    assert f"{ENJOYED} - Other - Text" in comments


def test_comments_typed_with_a_bare_comma_are_not_a_multiselect() -> None:
    """Answers "Great,thanks" ×2, "Merci,bravo" ×2, "Longer breaks,please" ×1 (csv count): their
    pieces never come in another combination, so "Any other comments?" is no checkbox
    question. Its header asks for comments: they are read as comments (before, the answers
    alone being few and short, validate listed it as not read, with its warning)."""
    validate = cli("validate", str(JOINED)).stdout
    (line,) = [x for x in validate.splitlines() if "Any other comments?" in x and "  11  " in x]
    assert "multiselect" not in line and "comment any_other_comments" in line
    counts: dict[str, int] = {}
    for row in rows_of(JOINED)[3:]:
        if row[-1]:
            counts[row[-1]] = counts.get(row[-1], 0) + 1
    assert counts == {"Great,thanks": 2, "Merci,bravo": 2, "Longer breaks,please": 1}
    assert not looks_joined(counts, QUALTRICS_SEPARATOR)


def test_the_qualtrics_separator_keeps_options_holding_comma_space() -> None:
    text = "Keynote,Food, drinks and music,Legal clinic"
    assert split_options(text, QUALTRICS_SEPARATOR) == [
        "Keynote",
        "Food, drinks and music",
        "Legal clinic",
    ]
    # the other platforms' separator is unchanged: ", " and ";" (Google, Microsoft Forms)
    assert split_options("A, B;C") == ["A", "B", "C"]
    assert split_options("A,B") == ["A,B"]
    assert OPTION_SEPARATOR.pattern == r"\s*;\s*|,\s+"
    # ticks: A 2 + 1 = 3, B 2 + 2 = 4, C 2
    assert joined_options({"A,B": 2, "A": 1, "B,C": 2}, (), QUALTRICS_SEPARATOR) == {
        "A": 3,
        "B": 4,
        "C": 2,
    }


def test_the_qualtrics_warning_names_its_separator() -> None:
    """Pieces always ticked together and never alone (could be one option holding a comma):
    the warning counts them (2 + 1 = 3 answers) and names Qualtrics' "," separator."""
    counts = {"Food,Drinks": 2, "Keynote": 1, "Keynote,Food,Drinks": 1}
    warning = joined_warning(ENJOYED, counts, (), QUALTRICS_SEPARATOR)
    assert warning is not None
    assert '3 answers hold pieces, between the "," of the options' in warning
    google = joined_warning(ENJOYED, {"Food, Drinks": 2, "Keynote": 1, "Keynote, Food, Drinks": 1})
    assert google is not None and 'between the ", " or ";" of the options' in google


def test_numbers_joined_with_commas_are_not_options(tmp_path: Path) -> None:
    """Numbers typed with a thousands comma ("1,000", "2,000", "1,500": csv count 3 + 2 + 1
    answers) recombine like options but hold no letter: not a multi-select question."""
    path = tmp_path / "synthetic_qualtrics_numbers.csv"
    header = ["StartDate", "Status", "Finished", "ResponseId", "Q1", "Q2"]
    texts = ["Start Date", "Response Type", "Finished", "Response ID", "Organised", "Attendees"]
    texts[4] = "The forum was well organised."
    imports = [json.dumps({"ImportId": h}, separators=(",", ":")) for h in header]
    numbers = ["1,000", "1,000", "1,000", "2,000", "2,000", "1,500"]
    rows = [header, texts, imports] + [
        [f"2024-11-27 16:0{k}:00", "IP Address", "True", f"R_{k}synthetic", "Agree", n]
        for k, n in enumerate(numbers)
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    summary = summary_json(path)
    assert summary.get("multiselect", []) == []
    validate = cli("validate", str(path)).stdout
    (line,) = [x for x in validate.splitlines() if x.strip().startswith("6  Attendees")]
    assert "multiselect" not in line


# ------------------------------------------------ Qualtrics 2016: {'ImportId': …} in single quotes


def test_hand_count_of_the_single_quotes_fixture() -> None:
    """csv count: 3 header rows, 8 data rows, the last a preview (Status 1): 7 respondents.
    Agreeing (Strongly agree or Agree) among the 7: "Morning sessions" 5 (rows 1, 2, 3, 5, 6),
    "Afternoon sessions" 5 (rows 1, 2, 3, 5, 6 with Strongly agree on row 5)."""
    rows = rows_of(SINGLE_QUOTES)
    assert rows[2][0] == "{'ImportId': 'responseId'}"
    data = [r for r in rows[3:] if r[10] == "0"]
    assert (len(rows) - 3, len(data)) == (8, 7)
    agree = {"Strongly agree", "Agree"}
    assert [sum(r[k] in agree for r in data) for k in (12, 13)] == [5, 5]


def test_the_single_quoted_import_row_is_a_header_row() -> None:
    """Old code: 2 header rows, the ``{'ImportId': …}`` row read as a respondent (8
    respondents, and "not on the agreement5 scale" errors naming it). Now: 3 header rows,
    7 respondents, 1 preview; the matrix "Question-Row" read as one grid."""
    result = cli("validate", str(SINGLE_QUOTES))
    assert "3 header rows" in result.stdout
    assert "Rows: 8 read, 7 respondents; not counted: 1 preview" in result.stdout
    assert "ImportId" not in result.stdout + result.stderr
    summary = summary_json(SINGLE_QUOTES)
    assert summary["respondents"] == 7
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items["Morning sessions"] == (5, 7)
    assert items["Afternoon sessions"] == (5, 7)
    # the 2016 meta columns are set aside by their names, not "not read" with a warning
    assert "ResponseSet" not in " ".join(summary["warnings"])


# ------------------------------------------------ Qualtrics 2016: one question text, two questions


def test_hand_count_of_the_repeated_question_fixture() -> None:
    """csv count of the "1" ticks: Q2 Day 1 4, Day 2 4, None of them 1 (7 of 8 ticked one);
    Q3 Day 1 3, Day 2 3, None of them 1, Prefer not to answer 2 (7 of 8)."""
    rows = rows_of(REPEATED)
    names = rows[0]
    for stem, expected in (("Q2_", [4, 4, 1]), ("Q3_", [3, 3, 1, 2])):
        columns = [k for k, n in enumerate(names) if n.startswith(stem)]
        assert [sum(r[k] == "1" for r in rows[3:]) for k in columns] == expected
        assert sum(any(r[k] == "1" for k in columns) for r in rows[3:]) == 7


def test_two_questions_with_one_text_are_two_multiselects() -> None:
    """Old code: one question of 7 options, "Day 1" and "Day 2" twice, ticks of two
    questions side by side. Now: two questions, each with its own options and counts."""
    summary = summary_json(REPEATED)
    assert summary["respondents"] == 8
    got = [
        (q["question"], q["n"], [(o["label"], o["n"]) for o in q["options"]])
        for q in summary["multiselect"]
    ]
    days = "Which days did you attend?"
    assert got == [
        (days, 7, [("Day 1", 4), ("Day 2", 4), ("None of them", 1)]),
        (days, 7, [("Day 1", 3), ("Day 2", 3), ("None of them", 1), ("Prefer not to answer", 2)]),
    ]


def test_options_that_fold_alike_do_not_start_a_second_question() -> None:
    """Options "C" and "C#" fold to the same text but are two options of one question (as in the
    real LimeSurvey cpp-survey export): one group of three columns."""
    headers = ["Languages [C]", "Languages [C#]", "Languages [Java]"]
    answers = {0: ["Yes", "No"], 1: ["Yes"], 2: ["Yes", "No"]}
    (group,) = option_groups(headers, answers, platform="limesurvey")
    assert (group.positions, group.options) == ((0, 1, 2), ("C", "C#", "Java"))
    # the same option text again does start a second question
    again = [*headers, "Languages [C]", "Languages [C#]"]
    groups = option_groups(again, {**answers, 3: ["Yes"], 4: ["Yes"]}, platform="limesurvey")
    assert [g.positions for g in groups] == [(0, 1, 2), (3, 4)]


# ------------------------------------------------ LimeSurvey: "code. text" headings


def test_hand_count_of_the_code_text_fixture() -> None:
    """csv count: 8 rows, 2 with an empty submitdate (not completed): 6 respondents. Among
    them: organised Strongly agree or Agree 4; the venue Very satisfied or Satisfied 5, the
    food 4; Keynote ticked 3, Survivor-led workshop 4, Legal clinic 2, words in "Other" 1;
    5 ticked something, 1 nothing."""
    rows = rows_of(CODE_TEXT)
    done = [r for r in rows[1:] if r[1]]
    assert (len(rows) - 1, len(done)) == (8, 6)
    assert sum(r[6] in {"Strongly agree", "Agree"} for r in done) == 4
    assert [sum(r[k] in {"Very satisfied", "Satisfied"} for r in done) for k in (7, 8)] == [5, 4]
    assert [sum(r[k] == "Yes" for r in done) for k in (9, 10, 11)] == [3, 4, 2]
    assert sum(bool(r[12]) for r in done) == 1
    assert sum(any(r[k] == "Yes" for k in (9, 10, 11)) or bool(r[12]) for r in done) == 5


def test_limesurvey_code_text_headings_are_limesurvey() -> None:
    """Old code: read as a plain table — the 2 responses not completed counted (8
    respondents), the venue and the food read on two different scales, each session a
    yes/no item. Now: LimeSurvey, 6 respondents, 2 incomplete, the hand counts above."""
    result = cli("validate", str(CODE_TEXT))
    assert "platform limesurvey (detected)" in result.stdout
    assert "Rows: 8 read, 6 respondents; not counted: 2 incomplete" in result.stdout
    summary = summary_json(CODE_TEXT)
    items = {i["label"]: (i["scale"], i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items["The forum was well organised"][1:] == (4, 6)
    venue, food = items["The venue"], items["The food"]
    assert (venue[1:], food[1:]) == ((5, 6), (4, 6))
    assert venue[0] == food[0]  # one grid, one scale
    (question,) = summary["multiselect"]
    assert question["question"] == "Which sessions did you attend?"
    assert (question["n"], question["n_blank"]) == (5, 1)
    assert [(o["label"], o["n"]) for o in question["options"]] == [
        ("Keynote", 3),
        ("Survivor-led workshop", 4),
        ("Legal clinic", 2),
        ("Other", 1),
    ]
    assert not [i for i in summary["items"] if i["kind"] == "yesno"]


def test_hand_count_of_the_french_multiselect_fixture() -> None:
    """csv count over the 8 respondents: Plénière d'ouverture "Oui" 4, Atelier mené par des
    survivantes 4, Clinique juridique 2; 6 ticked something, 1 "Non" everywhere, 1 "N/A"
    (not shown)."""
    rows = rows_of(FRENCH)[1:]
    assert [sum(r[k] == "Oui" for r in rows) for k in (11, 12, 13)] == [4, 4, 2]
    assert sum(any(r[k] == "Oui" for k in (11, 12, 13)) for r in rows) == 6
    assert sum(r[11] == "N/A" for r in rows) == 1


def test_limesurvey_oui_non_ticks_are_a_multiselect() -> None:
    """Old code: each option a yes/no item ("% positive" of "Oui"). Now: one question,
    Plénière 4, Atelier 4, Clinique 2 of the 6 who ticked one (2 blank); the French meta
    columns set aside by their names."""
    summary = summary_json(FRENCH)
    assert summary["respondents"] == 8
    (question,) = summary["multiselect"]
    assert (question["n"], question["n_blank"]) == (6, 2)
    assert [(o["label"], o["n"]) for o in question["options"]] == [
        ("Plénière d'ouverture", 4),
        ("Atelier mené par des survivantes", 4),
        ("Clinique juridique", 2),
    ]
    assert [i["kind"] for i in summary["items"]] == ["agreement"]
    assert summary["warnings"] == []
    # the French meta columns and the bilingual name question (DRCInternet's headers) are set
    # aside by their names; old code: "Tête de série", "URL référente" and "Nom &amp;
    # Post-nom /Firstname and Surname" were "not read", the last with the advice to list it
    # as a choice question
    validate = cli("validate", str(FRENCH)).stdout
    for header in ("Tête de série", "Date de lancement", "URL référente"):
        assert re.search(rf"{header}\s+metadata", validate), header
    assert re.search(r"Nom & Post-nom /Firstname and Surname\s+identifying", validate)
    for fmt in ("json", "markdown", "csv", "table"):
        out = cli("summarize", str(FRENCH), "--format", fmt, "--quiet").stdout
        assert not [n for n in SYNTHETIC_NAMES if n.split()[-1] in out], fmt
    assert "&amp;" not in validate
    # Spanish "Sí" / "No" ticks too (as crismz/EncuestasUNC's LimeSurvey export)
    headers = ["P5 [Propia]", "P5 [Alquilada]", "P5 [Otra]"]
    answers = {0: ["Sí", "No"], 1: ["Sí", "No", "N/A"], 2: ["No"]}
    (group,) = option_groups(headers, answers, platform="limesurvey")
    assert group.positions == (0, 1, 2)


# ------------------------------------------------ SurveyMonkey: formatting tags in question texts


def test_formatting_tags_never_reach_the_outputs() -> None:
    """Old code: the narrative quoted "… <br>Session A lasts one hour. <br>Session B …" and
    "Did you attend the <b>whole</b> forum?". Now: the tags are spaces. Figures (csv count
    of the 6 respondents): Session A 4, Session B 2; attended the whole forum Yes 3 of 5."""
    rows = rows_of(HTML)[2:]
    assert [sum(r[1] == s for r in rows) for s in ("Session A", "Session B")] == [4, 2]
    assert (sum(r[2] == "Yes" for r in rows), sum(bool(r[2]) for r in rows)) == (3, 5)
    for fmt in ("json", "markdown", "csv", "table"):
        result = cli("summarize", str(HTML), "--format", fmt, "--quiet")
        assert result.exit_code == 0, result.output
        assert re.search(r"</?(br|b)>", result.stdout) is None, fmt
    summary = summary_json(HTML)
    labels = {i["label"]: i for i in summary["items"]}
    whole = labels["Did you attend the whole forum?"]
    assert (whole["n_positive"], whole["n_valid"]) == (3, 5)
    choice = next(i for i in summary["items"] if i["label"].startswith("Consider"))
    assert "Session A lasts one hour. Session B lasts two hours. Both" in choice["label"]
    assert (choice["counts"]["session_a"], choice["counts"]["session_b"]) == (4, 2)


# ------------------------------------------------ Typeform


def test_hand_count_of_the_typeform_fixtures() -> None:
    """csv count over the 9 respondents (both files hold the same rows): Keynote ticked 5,
    Survivor-led workshop 5, Legal clinic 4, 8 ticked one; Strongly agree or Agree: I felt
    welcome 6, I learned something new 6, organised 7; 5 comments."""
    for path, skip in ((TYPEFORM_GROUPED, 2), (TYPEFORM, 1)):
        rows = rows_of(path)[skip:]
        assert len(rows) == 9
        assert [sum(bool(r[k]) for r in rows) for k in (1, 2, 3)] == [5, 5, 4]
        assert sum(any(r[k] for k in (1, 2, 3)) for r in rows) == 8
        agree = {"Strongly agree", "Agree"}
        assert [sum(r[k] in agree for r in rows) for k in (4, 5, 6)] == [6, 6, 7]
        assert sum(bool(r[7]) for r in rows) == 5


def test_typeform_grouped_header_is_read() -> None:
    """Old code: a plain table — the row of options counted as a respondent (10 instead of
    9), the response tokens read as comments, the options "not read", the matrix rows
    "(no header)". Now: 9 respondents, the sessions one multi-select question, the matrix
    rows items, the tokens and Network ID set aside, the hand counts above."""
    result = cli("validate", str(TYPEFORM_GROUPED))
    assert "platform typeform (detected)" in result.stdout and "2 header rows" in result.stdout
    assert re.search(r"\s1\s+#\s+identifying", result.stdout)
    assert re.search(r"Network ID\s+identifying", result.stdout)
    summary = summary_json(TYPEFORM_GROUPED)
    assert summary["respondents"] == 9
    (question,) = summary["multiselect"]
    assert question["question"] == "Which sessions did you attend?"
    assert (question["n"], question["n_blank"]) == (8, 1)
    assert [(o["label"], o["n"]) for o in question["options"]] == [
        ("Keynote", 5),
        ("Survivor-led workshop", 5),
        ("Legal clinic", 4),
    ]
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items == {
        "The forum was well organised": (7, 9),
        "I felt welcome": (6, 9),
        "I learned something new": (6, 9),
    }
    assert [(c["label"], c["n_comments"]) for c in summary["comments"]] == [
        ("Anything else you would like to tell us?", 5)
    ]
    for fmt in ("json", "markdown", "csv"):
        out = cli("summarize", str(TYPEFORM_GROUPED), "--format", fmt, "--quiet").stdout
        assert "synthetictoken" not in out and "abcdef99" not in out, fmt


def test_typeform_statement_after_a_matrix_is_a_question_of_its_own() -> None:
    """Old code: "The forum was well organised." (row 2, nothing above it in row 1, right
    after the matrix's rows "I felt welcome", "I learned something new") was read as a third
    row of the matrix: "How much do you agree with the following? [The forum was well
    organised.]" (its counts, 7 of 9, were right). A statement ending with "." after a
    matrix whose rows are not sentences is a question of its own."""
    rows = rows_of(TYPEFORM_GROUPED)
    assert rows[0][6] == "" and rows[1][6] == "The forum was well organised."
    result = cli("validate", str(TYPEFORM_GROUPED), "--format", "json")
    headers = [c["header"] for c in json.loads(result.stdout)["columns"]]
    assert headers[4:7] == [
        "How much do you agree with the following? [I felt welcome]",
        "How much do you agree with the following? [I learned something new]",
        "The forum was well organised.",
    ]


def test_typeform_one_header_row_sets_its_columns_aside() -> None:
    """Old code: the ``#`` tokens were read as a comment (quoted after redaction) and the
    Network ID only set aside by its answers' look. Now: Typeform's layout sets both aside
    as identifying, the dates as metadata; the items keep the hand counts above."""
    result = cli("validate", str(TYPEFORM))
    assert "platform typeform (detected)" in result.stdout
    assert re.search(r"\s1\s+#\s+identifying — typeform layout", result.stdout)
    assert re.search(r"Network ID\s+identifying — typeform layout", result.stdout)
    assert re.search(r"Submit Date \(UTC\)\s+metadata — typeform layout", result.stdout)
    summary = summary_json(TYPEFORM)
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items["I felt welcome"] == (6, 9)
    assert [c["label"] for c in summary["comments"]] == ["Anything else you would like to tell us?"]


# ------------------------------------------------ REDCap


def test_hand_count_of_the_redcap_fixture() -> None:
    """csv count: 8 records, 2 "[not completed]" (Complete? = Incomplete): 6 respondents.
    Among them: organised Strongly agree or Agree 4; the venue Very satisfied or Satisfied
    4; Keynote Checked 3, Survivor-led workshop 3, Legal clinic 3, 5 checked one; 3
    comments."""
    rows = rows_of(REDCAP)[1:]
    done = [r for r in rows if r[2] != "[not completed]"]
    assert (len(rows), len(done), sum(r[9] == "Incomplete" for r in rows)) == (8, 6, 2)
    assert sum(r[3] in {"Strongly agree", "Agree"} for r in done) == 4
    assert sum(r[4] in {"Very satisfied", "Satisfied"} for r in done) == 4
    assert [sum(r[k] == "Checked" for r in done) for k in (5, 6, 7)] == [3, 3, 3]
    assert sum(any(r[k] == "Checked" for k in (5, 6, 7)) for r in done) == 5
    assert sum(bool(r[8]) for r in done) == 3


def test_redcap_labels_export_is_read() -> None:
    """Old code: a plain table — the 2 surveys not completed counted (8 respondents), the
    Survey Timestamp read as a comment, "Complete?" summarised as a question, each checkbox
    choice a single-choice item (one set aside as "self-identification"). Now: REDCap, 6
    respondents, 2 incomplete, the hand counts above."""
    result = cli("validate", str(REDCAP))
    assert "platform redcap (detected)" in result.stdout
    assert "Rows: 8 read, 6 respondents; not counted: 2 incomplete" in result.stdout
    for header, role in (("Record ID", "identifying"), ("Survey Timestamp", "metadata"),
                         ("Complete?", "metadata")):  # fmt: skip
        assert re.search(rf"{re.escape(header)}\s+{role} — redcap layout", result.stdout)
    summary = summary_json(REDCAP)
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items == {
        "The forum was well organised": (4, 6),
        "How satisfied were you with the venue?": (4, 6),
    }
    (question,) = summary["multiselect"]
    assert (question["question"], question["n"], question["n_blank"]) == (
        "Which sessions did you attend?",
        5,
        1,
    )
    assert [(o["label"], o["n"]) for o in question["options"]] == [
        ("Keynote", 3),
        ("Survivor-led workshop", 3),
        ("Legal clinic", 3),
    ]
    assert [(c["label"], c["n_comments"]) for c in summary["comments"]] == [
        ("Any other comments?", 3)
    ]


# ------------------------------------------------ SurveyMonkey in French


def test_french_surveymonkey_double_submission_is_a_duplicate() -> None:
    """csv count: 5 data rows; the 5th equals the 4th in every column but "ID du
    répondant" (a double submission): 4 respondents. Old code: "ID du répondant" and "ID
    du collecteur" were set aside by their answers' look only, the respondent ID a
    column like any other when looking for duplicates — 5 respondents. Now: SurveyMonkey's
    French meta columns are set aside by name, the respondent ID left out of the
    comparison: 1 exact duplicate. Organised D'accord or Tout à fait d'accord 3 of 4;
    Plénière ticked 3, Atelier 2."""
    rows = rows_of(SM_FRENCH)[2:]
    assert len(rows) == 5 and rows[4][1:] == rows[3][1:] and rows[4][0] != rows[3][0]
    first = rows[:4]
    assert sum(r[9] in {"D'accord", "Tout à fait d'accord"} for r in first) == 3
    assert [sum(bool(r[k]) for r in first) for k in (10, 11)] == [3, 2]
    result = cli("validate", str(SM_FRENCH))
    assert "Rows: 5 read, 4 respondents; not counted: 1 exact duplicate" in result.stdout
    for header, role in (("ID du répondant", "identifying"), ("ID du collecteur", "metadata"),
                         ("Données personnalisées 1", "identifying")):  # fmt: skip
        assert re.search(rf"{header}\s+{role} — surveymonkey layout", result.stdout), header
    summary = summary_json(SM_FRENCH)
    assert summary["respondents"] == 4
    (item,) = summary["items"]
    assert (item["n_positive"], item["n_valid"]) == (3, 4)
    (question,) = summary["multiselect"]
    assert [(o["label"], o["n"]) for o in question["options"]][:2] == [
        ("Plénière", 3),
        ("Atelier", 2),
    ]


# ------------------------------------------------ Microsoft Forms in French: a person's name


def test_the_name_of_a_client_or_an_agent_is_never_quoted(tmp_path: Path) -> None:
    """SYNTHETIC file with the header of a real French Microsoft Forms export (a call
    campaign, seen in a test of another repository: "ID, Heure de début, Heure de fin,
    Adresse de messagerie, Nom, Heure de la dernière modification, Nom de l'agent, Nom du
    client , Numéro de compte …"). Old code: "Nom du client " (names of three words, not
    taken for names by their look) was read as a comment column: "4 respondents wrote a
    comment in “Nom du client”" (its names were not quoted: too short for `comments`). A
    header asking the name of a client, an agent, a participant … is identifying, as "Nom"
    is; no output holds the names."""
    names = ["Awa Marie Koné", "Jean Paul Yao", "Fatou Aïcha Traoré", "Serge Alain Kouassi"]
    path = tmp_path / "synthetic_msforms_fr_names.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
                         "Nom du client ", "Êtes-vous satisfait de l'accueil ?"])  # fmt: skip
        for k, name in enumerate(names):
            satisfied = ["Satisfait", "Très satisfait", "Insatisfait", "Satisfait"][k]
            writer.writerow([str(k + 1), f"11/2/2024 9:1{k}:05", f"11/2/2024 9:2{k}:40",
                             "anonymous", "", name, satisfied])  # fmt: skip
    validate = cli("validate", str(path)).stdout
    assert re.search(r"Nom du client\s+identifying", validate)
    for command in (("comments",), ("summarize", "--format", "json"), ("summarize",)):
        out = cli(*command[:1], str(path), *command[1:]).stdout
        assert not any(part in out for name in names for part in name.split()[:1]), command
    # csv count: satisfied 3 of 4
    assert summary_json(path)["items"][0]["n_positive"] == 3


# ------------------------------------------------ SurveyGizmo / Alchemer


def test_surveygizmo_meta_columns_are_set_aside() -> None:
    """Old code, on the real export (danawanzer/AutomaticReportingBlog): Referer, Extended
    Referer, User Agent, Extended User Agent, Longitude, State/Region and Postal were "not
    read" with a warning each ("if it is a rating, declare its scale"); the respondent's
    contact, session and whereabouts are identifying, the others metadata, by header ("City"
    and "Country" stay as they were: a form may ask them as questions)."""
    result = cli("validate", str(GIZMO), "--format", "json")
    roles = {c["header"]: c["role"] for c in json.loads(result.stdout)["columns"]}
    for header in ("Contact ID", "SessionID", "IP Address", "Longitude", "Latitude",
                   "State/Region", "Postal"):  # fmt: skip
        assert roles[header] == "identifying", header
    for header in ("Time Started", "Legacy Comments", "Referer", "Extended Referer",
                   "User Agent", "Extended User Agent"):  # fmt: skip
        assert roles[header] == "metadata", header
    warnings = summary_json(GIZMO)["warnings"]
    assert not [w for w in warnings if "Referer" in w or "User Agent" in w], warnings


def test_surveygizmo_partial_responses_are_incomplete() -> None:
    """csv count: 7 responses, 5 Complete; organised Strongly Agree or Agree among them 3."""
    rows = rows_of(GIZMO)
    complete = [r for r in rows[1:] if r[3] == "Complete"]
    assert (len(rows) - 1, len(complete)) == (7, 5)
    assert sum(r[21] in {"Strongly Agree", "Agree"} for r in complete) == 3
    summary = summary_json(GIZMO)
    assert summary["excluded"] == {"incomplete": 2}
    assert [(i["n_positive"], i["n_valid"]) for i in summary["items"]] == [(3, 5)]


# ------------------------------------------------ ODK Central


def test_odk_central_columns_are_set_aside() -> None:
    """Old code: a plain table — KEY, SubmitterID, SubmitterName, ReviewState,
    AttachmentsPresent/Expected and Edits "not read" with 7 warnings, the questions shown
    with their group ("eval-venue"). Now: ODK's layout sets Central's columns aside (the
    submitter's name and IDs as identifying) and drops the group prefix. csv count over
    the 7 submissions: organised strongly_agree or agree 5, the venue very_satisfied or
    satisfied 5, 3 comments."""
    rows = rows_of(ODK)[1:]
    assert sum(r[5] in {"strongly_agree", "agree"} for r in rows) == 5
    assert sum(r[6] in {"very_satisfied", "satisfied"} for r in rows) == 5
    assert sum(bool(r[7]) for r in rows) == 3
    result = cli("validate", str(ODK))
    assert "platform odk (detected)" in result.stdout
    for header in ("KEY", "SubmitterID", "SubmitterName", "DeviceID", "meta-instanceID"):
        assert re.search(rf"\s{header}\s+identifying — odk layout", result.stdout), header
    for header in ("ReviewState", "AttachmentsPresent", "Edits", "FormVersion"):
        assert re.search(rf"\s{header}\s+metadata — odk layout", result.stdout), header
    summary = summary_json(ODK)
    assert summary["warnings"] == []
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items == {"The forum was well organised": (5, 7), "venue": (5, 7)}
    assert [(c["label"], c["n_comments"]) for c in summary["comments"]] == [("comments", 3)]
    for fmt in ("json", "markdown", "csv"):
        out = cli("summarize", str(ODK), "--format", fmt, "--quiet").stdout
        assert "Kabeya" not in out and "uuid:" not in out, fmt


def test_submissions_rejected_in_odk_central_are_not_respondents() -> None:
    """Old code: the 2 submissions a reviewer rejected in Central (ReviewState "rejected",
    kept in the export) were counted as respondents: 7 respondents, organised 5 of 7. Now
    they are left out, counted and said like the other rows not counted. csv count over the
    5 others (approved, hasIssues, edited or not reviewed): organised strongly_agree or agree
    4, venue very_satisfied or satisfied 5, 2 comments."""
    rows = rows_of(ODK_REVIEW)
    review = rows[0].index("ReviewState")
    kept = [r for r in rows[1:] if r[review] != "rejected"]
    assert (len(rows) - 1, len(kept)) == (7, 5)
    assert sum(r[5] in {"strongly_agree", "agree"} for r in kept) == 4
    assert sum(r[6] in {"very_satisfied", "satisfied"} for r in kept) == 5
    assert sum(bool(r[7]) for r in kept) == 2
    summary = summary_json(ODK_REVIEW)
    assert summary["excluded"] == {"rejected": 2}
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items == {"The forum was well organised": (4, 5), "venue": (5, 5)}
    assert [(c["label"], c["n_comments"]) for c in summary["comments"]] == [("comments", 2)]
    said = "rows not counted as respondents: 2 submission(s) marked rejected"
    assert [w for w in summary["warnings"] if said in w]
    assert (
        "Rows: 7 read, 5 respondents; not counted: 2 rejected"
        in cli("validate", str(ODK_REVIEW)).stdout
    )


def test_submissions_not_approved_in_kobo_are_not_respondents() -> None:
    """Old code: the 2 submissions marked "Not approved" in Kobo's _validation_status (one
    of them a test, "test test, please ignore …", quoted as a comment) were counted: 7
    respondents, organised 3 of 7. csv count over the 5 others (Approved, On hold, not
    reviewed): organised Agree or Strongly agree 3, 2 comments; the test is not quoted."""
    with KOBO_REVIEW.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    review = rows[0].index("_validation_status")
    kept = [r for r in rows[1:] if r[review] != "Not approved"]
    assert (len(rows) - 1, len(kept)) == (7, 5)
    assert sum(r[2] in {"Strongly agree", "Agree"} for r in kept) == 3
    assert sum(bool(r[3]) for r in kept) == 2
    summary = summary_json(KOBO_REVIEW)
    assert summary["excluded"] == {"rejected": 2}
    items = {i["label"]: (i["n_positive"], i["n_valid"]) for i in summary["items"]}
    assert items == {"The forum was well organised": (3, 5)}
    assert [(c["label"], c["n_comments"]) for c in summary["comments"]] == [
        ("Any other comments?", 2)
    ]
    assert "please ignore" not in cli("comments", str(KOBO_REVIEW)).stdout


def test_odk_select_multiple_is_a_multiselect_question() -> None:
    """Old code: the select_multiple column ("keynote legal_clinic", the choices' XML names
    joined by spaces, as Central writes them) was read as a comment column ("6 respondents
    wrote a comment in sessions"). csv count over the 7 submissions (each name in the cell
    split on spaces): keynote 4, legal_clinic 4, survivor_workshop 3; 6 ticked one, 1 none."""
    rows = rows_of(ODK_MULTIPLE)
    column = rows[0].index("eval-sessions")
    cells = [r[column].split() for r in rows[1:]]
    names = ("keynote", "legal_clinic", "survivor_workshop")
    assert [sum(n in c for c in cells) for n in names] == [4, 4, 3]
    assert (sum(bool(c) for c in cells), sum(not c for c in cells)) == (6, 1)
    summary = summary_json(ODK_MULTIPLE)
    (question,) = summary["multiselect"]
    assert (question["question"], question["n"], question["n_blank"]) == ("sessions", 6, 1)
    assert {o["label"]: o["n"] for o in question["options"]} == dict(
        zip(names, [4, 4, 3], strict=True)
    )
    assert [c["label"] for c in summary["comments"]] == ["comments"]
    assert summary["warnings"] == []


def test_the_rejected_rows_are_said_in_french() -> None:
    out = " ".join(cli("summarize", str(ODK_REVIEW), "--lang", "fr").stdout.split())
    assert "2 rejetées à la validation sur la plateforme" in out


def test_a_long_question_does_not_stop_the_report(tmp_path: Path) -> None:
    """The single-choice question of the fixture holds 285 characters (csv: len of the
    header); the report must still be written, one chart per question. report/build.py named
    the chart file after the slug of the whole question: 'choice-<id>.en.alt.txt' was longer
    than a file name may be (255 bytes) and the report failed ('File name too long')."""
    assert len(rows_of(HTML)[0][1]) > 250
    out = tmp_path / "report"
    result = cli("report", str(HTML), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert any(p.name.startswith("choice-") for p in out.iterdir())


@pytest.mark.parametrize("path", [JOINED, SINGLE_QUOTES, REPEATED], ids=lambda p: p.name)
def test_no_response_id_in_any_output(path: Path) -> None:
    """The ResponseId column (R_…synthetic) never reaches the outputs."""
    for fmt in ("json", "markdown", "csv"):
        result = cli("summarize", str(path), "--format", fmt, "--quiet")
        assert result.exit_code == 0, result.output
        assert re.search(r"R_\d+synthetic", result.stdout) is None
