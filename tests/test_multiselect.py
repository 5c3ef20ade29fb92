"""Multi-select (checkbox) questions (issue 16 point 3, issue 14 #5): read from each platform's
shape, summarised as the respondents who ticked each option over those who answered, shown
in the JSON, Markdown and CSV outputs and charted — never as yes/no "% positive" items.

The fixtures of tests/data/multiselect/ are SYNTHETIC (invented answers in the platforms'
export shapes; build_multiselect.py writes them). Every expected figure is counted again
here from the files with Python's csv module; the numbers are also written in comments.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.read.multiselect import (
    OptionGroup,
    joined_options,
    looks_joined,
    option_groups,
    split_options,
)
from forum_eval.read.survey import Options
from tests.conftest import ROOT, SURVEYS, summarize_source

DATA = ROOT / "tests" / "data" / "multiselect"
REAL = ROOT.parent / "shared" / "real-exports"
SESSIONS = "Which sessions did you attend?"
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def rows_of(name: str, delimiter: str = ",") -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


# --------------------------------------------------------------------------- hand counts
# The 12 synthetic respondents ticked (build_multiselect.TICKS): Opening plenary 6,
# Survivor-led workshop 6, Legal clinic 3, Closing panel 4, Other 2 (written in by 2 in
# Google / Microsoft Forms); 10 ticked at least one option, 2 none.
EXPECTED = {
    "Opening plenary": 6,
    "Survivor-led workshop": 6,
    "Legal clinic": 3,
    "Closing panel": 4,
    "Other": 2,
}


def count_joined(name: str, separator: str, column: int) -> tuple[dict[str, int], int]:
    """Option → ticks and the respondents with a tick, from a joined column."""
    counts: dict[str, int] = {}
    answered = 0
    for row in rows_of(name)[1:]:
        cell = row[column].strip().rstrip(";")
        if not cell:
            continue
        answered += 1
        for option in cell.split(separator):
            counts[option] = counts.get(option, 0) + 1
    return counts, answered


def count_columns(
    name: str, header_rows: int, first: int, delimiter: str = ","
) -> tuple[list[int], int]:
    """Ticks per option column (``first`` and the four after it: any mark but blank, 0, No
    and N/A) and the respondents with a tick, from one column per option."""
    counts = [0] * 5
    answered = 0
    for row in rows_of(name, delimiter)[header_rows:]:
        marks = [row[first + k].strip() not in {"", "0", "No", "N/A"} for k in range(5)]
        counts = [c + m for c, m in zip(counts, marks, strict=True)]
        answered += any(marks)
    return counts, answered


def test_hand_counts_of_the_fixtures() -> None:
    """The csv counts of each file are the figures above (one check of the counting code)."""
    for name, separator in (("synthetic_google_forms.csv", ", "),
                            ("synthetic_microsoft_forms.csv", ";")):  # fmt: skip
        column = rows_of(name)[0].index(SESSIONS)
        counts, answered = count_joined(name, separator, column)
        named = {o: n for o, n in counts.items() if o in EXPECTED}
        # the two "Other" boxes hold written words, each once
        assert named == {o: n for o, n in EXPECTED.items() if o != "Other"}
        assert sorted(n for o, n in counts.items() if o not in EXPECTED) == [1, 1]
        assert answered == 10
    shapes = {
        "synthetic_qualtrics.csv": (3, 7, ","),
        "synthetic_limesurvey_codes.csv": (1, 5, ";"),
        "synthetic_limesurvey_texts.csv": (1, 5, ","),
        "synthetic_surveymonkey.csv": (2, 10, ","),
        "synthetic_kobo.csv": (1, 4, ";"),
    }
    for name, (header_rows, first, delimiter) in shapes.items():
        counts, answered = count_columns(name, header_rows, first, delimiter)
        assert counts == [6, 6, 3, 4, 2], name
        assert answered == 10, name


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    ("name", "labels"),
    [
        ("synthetic_qualtrics.csv", list(EXPECTED)),
        ("synthetic_limesurvey_codes.csv", ["SQ001", "SQ002", "SQ003", "SQ004", "SQ005"]),
        ("synthetic_limesurvey_texts.csv", list(EXPECTED)),
        # SurveyMonkey's "Other" is its text box: the words written are its ticks
        ("synthetic_surveymonkey.csv", [*list(EXPECTED)[:4], "Other (please specify)"]),
        ("synthetic_kobo.csv", list(EXPECTED)),
    ],
)
def test_one_column_per_option_is_one_question(name: str, labels: list[str]) -> None:
    """Qualtrics, LimeSurvey (codes and texts), SurveyMonkey and Kobo: the option columns are
    one multi-select question (6, 6, 3, 4, 2 ticks; 10 of 12 answered), never items."""
    result = cli("summarize", str(DATA / name), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["respondents"] == 12
    (question,) = data["multiselect"]
    assert question["question"] == ("Q02" if "codes" in name else SESSIONS)
    assert (question["n"], question["n_blank"]) == (10, 2)
    assert [(o["label"], o["n"]) for o in question["options"]] == list(
        zip(labels, [6, 6, 3, 4, 2], strict=True)
    )
    assert [o["share"] for o in question["options"]] == [0.6, 0.6, 0.3, 0.4, 0.2]
    assert question["note"] == "shares do not add up to 100%, several answers per respondent"
    # the one item is the agreement question: no option became a yes/no item
    assert [i["kind"] for i in data["items"]] == ["agreement"]
    # validate names each option column as part of the question (SurveyMonkey's text box
    # is a comment column of its own too)
    report = json.loads(cli("validate", str(DATA / name), "--format", "json").stdout)
    roles = [c["role"] for c in report["columns"] if c["role"] in ("item", "multiselect")]
    boxes = 1 if "surveymonkey" in name else 0
    assert roles == ["item"] + ["multiselect"] * (5 - boxes)
    assert [c["role"] for c in report["columns"]].count("comment") == boxes


@pytest.mark.parametrize("name", ["synthetic_google_forms.csv", "synthetic_microsoft_forms.csv"])
def test_joined_cells_are_one_question_and_written_words_are_never_quoted(name: str) -> None:
    """Google Forms (", ") and Microsoft Forms (";", trailing ";"): the options counted as
    above; the two "Other" boxes' words (each written once) are counted together, never
    quoted ("Lunch with my cousin Bob Tremblay" is in the file, in no output)."""
    result = cli("summarize", str(DATA / name), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    (question,) = data["multiselect"]
    assert (question["n"], question["n_blank"]) == (10, 2)
    assert [(o["label"], o["n"]) for o in question["options"]] == [
        ("Opening plenary", 6),
        ("Survivor-led workshop", 6),
        ("Legal clinic", 3),
        ("Closing panel", 4),
        ("Other answers (each given by one respondent)", 2),
    ]
    for fmt in ("json", "markdown", "csv"):
        shown = cli("summarize", str(DATA / name), "--format", fmt, "--lang", "fr").stdout
        assert "Bob" not in shown and "Tigrinya" not in shown, fmt
    assert "Bob" not in result.stdout and "Tigrinya" not in result.stdout


def test_comments_with_commas_stay_beside_a_checkbox_question() -> None:
    """In the Google Forms file, "Any other comments?" holds short comments with commas, each
    written twice ("Merci beaucoup, c'était super"): a comment column (8 of 12 wrote one),
    while the checkbox column next to it is a multi-select question."""
    rows = rows_of("synthetic_google_forms.csv")
    column = rows[0].index("Any other comments?")
    assert sum(1 for r in rows[1:] if r[column].strip()) == 8
    result = cli("summarize", str(DATA / "synthetic_google_forms.csv"), "--format", "json")
    data = json.loads(result.stdout)
    assert [(c["label"], c["n_comments"]) for c in data["comments"]] == [("Any other comments?", 8)]
    assert [q["question"] for q in data["multiselect"]] == [SESSIONS]


def test_options_recombine_the_pieces_of_comments_do_not() -> None:
    # checkbox answers: each option in several different answers
    checkbox = {"A, B": 3, "A": 2, "B, C": 1, "C": 4, "A, B, C": 1}
    assert looks_joined(checkbox)
    assert joined_options(checkbox) == {"A": 6, "B": 5, "C": 6}
    # the same comment, however often: its pieces never in another combination
    comments = {"Merci beaucoup, c'était super": 5, "Great, thanks": 4, "Bien, merci": 3}
    assert not looks_joined(comments)
    # one combination only is not enough to say
    assert not looks_joined({"A, B": 5, "A": 3})
    # an option written by one respondent only is counted with the other such words
    assert joined_options({"A, B": 2, "A, my cousin Bob": 1, "B": 2}) == {
        "A": 3,
        "B": 4,
        "\x00written-in": 1,
    }
    assert split_options("A;B;") == ["A", "B"] and split_options("A, B, A") == ["A", "B"]


def test_self_identification_checkboxes_are_not_summarised(tmp_path: Path) -> None:
    """A checkbox question asking who respondents are ("How do you self-identify?") is set
    aside as the self-identification items are (small groups could identify someone)."""
    path = tmp_path / "synthetic_identity.csv"
    answers = ["Survivor, Front-line worker", "Front-line worker", "Survivor, Researcher",
               "Researcher", "Front-line worker, Researcher"]  # fmt: skip
    rows = [["Timestamp", "The forum was well organised.", "How do you self-identify?"]]
    rows += [[f"2024/11/27 4:0{i}:00 PM EST", "Agree", a] for i, a in enumerate(answers)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS))
    assert summary.multiselect == () and summary.set_aside.get("group") == 1
    data = json.loads(cli("summarize", str(path), "--format", "json").stdout)
    assert "multiselect" not in data and "Survivor" not in json.dumps(data)


def test_which_option_columns_make_a_question() -> None:
    """Ticks: the option's own text, 1, Y, LimeSurvey's Yes; no tick: blank, 0, N, No, N/A.
    Yes / No columns are a multi-select in LimeSurvey only (elsewhere a yes/no grid); a
    grid whose rows hold other answers is never one, even where two rows were answered 1."""
    headers = ["Q [A]", "Q [B]", "Q [C]", "R [x]", "R [y]", "R [z]", "R [w]"]
    numbers = {0: ["1"], 1: ["1", "0"], 2: [""]}  # Qualtrics numeric, Kobo 0/1, unticked
    assert option_groups(headers, numbers, platform="qualtrics") == [
        OptionGroup("Q", (0, 1, 2), ("A", "B", "C"))
    ]
    yes_no = {0: ["Yes", "No", "N/A"], 1: ["No", "Yes"]}
    assert option_groups(headers, yes_no, platform="limesurvey") == [
        OptionGroup("Q", (0, 1), ("A", "B"))
    ]
    assert option_groups(headers, yes_no, platform="google-forms") == []
    # a 1–5 grid of four rows, two of them answered 1 only: a grid, not options
    grid = {3: ["1"], 4: ["1"], 5: ["2", "5"], 6: ["4", "1"]}
    assert option_groups(headers, grid, platform="plain") == []
    # one text box ("Other (please specify)") is the Other option's tick
    box = {0: ["A"], 1: ["B"], 2: ["my own words"]}
    boxed = ["Q [A]", "Q [B]", "Q [Other (please specify)]"]
    assert option_groups(boxed, box, platform="surveymonkey") == [
        OptionGroup("Q", (0, 1), ("A", "B", "Other (please specify)"), 2)
    ]


def test_a_yes_no_grid_of_google_forms_stays_items(tmp_path: Path) -> None:
    """A Google Forms grid answered Yes / No (a question per row) is read as yes/no items,
    as before: only LimeSurvey writes a checkbox question's options as Yes / No."""
    path = tmp_path / "synthetic_yes_no_grid.csv"
    rows = [["Timestamp", "Did you use these services? [Childcare]",
             "Did you use these services? [Interpretation]"]]  # fmt: skip
    rows += [[f"2024/11/27 4:0{i}:00 PM EST", a, b]
             for i, (a, b) in enumerate([("Yes", "No"), ("No", "No"), ("Yes", "Yes")])]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS))
    assert summary.multiselect == ()
    # hand count: Childcare yes 2 of 3, Interpretation yes 1 of 3
    assert [(i.kind, i.n_positive, i.n_valid) for i in summary.items] == [
        ("yesno", 2, 3),
        ("yesno", 1, 3),
    ]


# --------------------------------------------------------------------------- outputs


def test_markdown_and_csv_show_the_question() -> None:
    """Markdown: a section with the options sorted by share ("Other" last) and the note;
    CSV: one row of kind multiselect with its counts, no % positive."""
    path = str(DATA / "synthetic_qualtrics.csv")
    markdown = cli("summarize", path, "--format", "markdown").stdout
    section = markdown.split("## Questions with several answers", 1)[1]
    assert f"### {SESSIONS}" in section
    table = [line for line in section.splitlines() if line.startswith("| ")][1:]
    assert table == [
        "| Opening plenary | 60% | 6 |",
        "| Survivor-led workshop | 60% | 6 |",
        "| Closing panel | 40% | 4 |",
        "| Legal clinic | 30% | 3 |",
        "| Other | 20% | 2 |",
    ]
    assert "the shares do not add up to 100%" in section
    french = cli("summarize", path, "--format", "markdown", "--lang", "fr").stdout
    assert "## Questions à plusieurs réponses" in french and "60\u00a0%" in french
    rows = list(csv.DictReader(cli("summarize", path, "--format", "csv").stdout.splitlines()))
    (row,) = [r for r in rows if r["kind"] == "multiselect"]
    assert (row["n_valid"], row["n_blank"], row["n_positive"], row["share_positive"]) == (
        "10",
        "2",
        "",
        "",
    )
    assert row["counts"] == (
        "opening_plenary=6;survivor_led_workshop=6;legal_clinic=3;closing_panel=4;other=2"
    )


def test_report_draws_a_multiselect_chart(tmp_path: Path) -> None:
    """``report``: one chart per multi-select question, bars of % of the 10 who answered,
    sorted by share with "Other" last, the counts on the bars, a subtitle saying that
    several answers were allowed, alt text saying so too, in both languages."""
    from forum_eval.present import charts
    from forum_eval.report.build import chart_part

    summary = summarize_source(str(DATA / "synthetic_qualtrics.csv"), Options(surveys_dir=SURVEYS))
    for lang, subtitle, value in (
        ("en", "Several answers were allowed: the shares do not add up to 100%", "60% (6)"),
        ("fr", "Plusieurs réponses étaient possibles\u00a0: les parts ne totalisent pas "
         "100\u00a0%", "60\u00a0% (6)"),
    ):  # fmt: skip
        found = {c.name: c for c in chart_part(summary)(lang).charts}
        chart = found["multiselect-which_sessions_did_you_attend"]
        assert chart.draw is charts.plot_choice
        fig = chart.draw(*chart.args, **chart.kwargs)
        texts = [t.get_text() for t in fig.texts]
        assert texts[1].startswith(subtitle), texts[1]
        ax = fig.axes[0]
        labels = {str(t.get_gid()): t.get_text() for t in ax.texts if t.get_gid()}
        order = [labels[f"{summary.multiselect[0].id}:{c}:label"]
                 for c in ("opening_plenary", "survivor_led_workshop", "closing_panel",
                           "legal_clinic", "other")]  # fmt: skip
        assert order == ["Opening plenary", "Survivor-led workshop", "Closing panel",
                         "Legal clinic", "Other"]  # fmt: skip
        item_id = summary.multiselect[0].id
        assert labels[f"{item_id}:opening_plenary:value"] == value
        bars = {str(p.get_gid()): p for p in ax.patches if p.get_gid()}
        assert bars[f"{item_id}:legal_clinic"].get_width() == pytest.approx(30.0)
        # sorted by share: the y of each bar goes down the chart in that order
        ys = [bars[f"{item_id}:{c}"].get_y() for c in ("opening_plenary", "survivor_led_workshop",
              "closing_panel", "legal_clinic", "other")]  # fmt: skip
        assert ys == sorted(ys)
        assert "do not add up to 100" in chart.alt or "totalisent donc pas 100" in chart.alt
        assert "10" in chart.alt and "(6)" in chart.alt
    written = tmp_path / "report"
    result = cli("report", str(DATA / "synthetic_qualtrics.csv"), "--out", str(written))
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in written.iterdir())
    assert "multiselect-which_sessions_did_you_attend.en.png" in names
    assert "multiselect-which_sessions_did_you_attend.fr.alt.txt" in names


# --------------------------------------------------------------------------- real exports

needs_real = pytest.mark.skipif(not REAL.is_dir(), reason=f"the real exports are not in {REAL}")


@needs_real
def test_real_star_wars_films_seen() -> None:
    """FiveThirtyEight's SurveyMonkey export: "Which of the following Star Wars films have you
    seen?" is cols 4–9 (the option's title or blank). Hand count: 835 of the 1186 respondents
    ticked a film, 673 Episode I (the article's figures too)."""
    path = REAL / "surveymonkey__fivethirtyeight__data__star-wars-survey--StarWars.csv"
    text = path.read_bytes().decode("cp1252").replace("\r", "\n")
    rows = list(csv.reader(text.splitlines()))[2:]
    ticked = [[bool(r[k].strip()) for k in range(3, 9)] for r in rows]
    assert (len(rows), sum(map(any, ticked)), sum(t[0] for t in ticked)) == (1186, 835, 673)
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS, lenient=True))
    (films,) = summary.multiselect
    assert (films.n_valid, films.counts[0]) == (835, 673)
    assert list(films.counts) == [sum(t[k] for t in ticked) for k in range(6)]


@needs_real
def test_real_limesurvey_checkbox_grids_are_multiselect() -> None:
    """The cpp-survey export: its seven multiple-choice questions (Yes / No / N/A per option,
    and an "[Other]" text box) are multi-select questions, none a yes/no item. Hand count
    over the 379 submitted responses: "How would you describe your roles in this project?"
    Lead Developer 28, Occasional Developer 225; 360 ticked a listed role, 27 wrote in
    "Other", 19 of them and no listed role: 379 answered."""
    path = REAL / "limesurvey__andreldm__cpp-survey__results-survey.csv"
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(keepends=True)))
    header, body = rows[0], [r for r in rows[1:] if r[1].strip()]  # "Date submitted" set
    roles = [k for k, h in enumerate(header) if "describe your roles" in h and "Other" not in h]
    (other,) = [k for k, h in enumerate(header) if "describe your roles" in h and "Other" in h]
    assert len(body) == 379
    assert sum(r[roles[0]] == "Yes" for r in body) == 28
    assert sum(r[roles[2]] == "Yes" for r in body) == 225
    assert sum(any(r[k] == "Yes" for k in roles) for r in body) == 360
    assert sum(bool(r[other].strip()) for r in body) == 27
    assert sum(any(r[k] == "Yes" for k in roles) or bool(r[other].strip()) for r in body) == 379
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS, lenient=True))
    assert len(summary.multiselect) == 7
    described = summary.multiselect[0]
    assert described.n_valid == 379
    assert (described.counts[0], described.counts[2], described.counts[-1]) == (28, 225, 27)
    assert described.category_labels["en"][-1] == "Other"
    # the text box is still read on its own (a comment column, quoted only after redaction)
    assert header[other].split(" - ", 1)[1] in [c.label["en"] for c in summary.comments]
    # and no warning calls any of these columns unread; two single-choice questions whose
    # answers hold commas ("Yes, the system package manager (apt-get, yum, macports...)",
    # "It is not a problem, …") are not taken for checkboxes (the pieces do not recombine)
    assert not [w for w in summary.warnings if w.startswith('grid "')]
    assert not [w for w in summary.warnings if "checkboxes" in w]
    assert "[Other]" not in " ".join(summary.warnings)
    options = {label for m in summary.multiselect for label in m.category_labels["en"]}
    assert not [
        i for i in summary.items if i.kind == "yesno" and i.group and i.label["en"] in options
    ]
