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
    WRITTEN_IN,
    OptionGroup,
    joined_options,
    joined_warning,
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
    # nor in the narrative, in either language
    for lang in ("en", "fr"):
        narrative = json.loads(
            cli("summarize", str(path), "--format", "json", "--lang", lang).stdout
        )["narrative"]
        assert len(narrative) == 2 and not [s for s in narrative if "self-identify" in s]


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


# ------------------------------------------------------- narrative, terminal table, validate
NB = "\u00a0"


def qualtrics_counts() -> tuple[list[int], int]:
    """Hand count (csv module) of the Qualtrics fixture, columns 8–12 under 3 header rows:
    Opening plenary 6, Survivor-led workshop 6, Legal clinic 3, Closing panel 4, Other 2;
    10 of the 12 ticked at least one."""
    counts, answered = count_columns("synthetic_qualtrics.csv", 3, 7)
    assert (counts, answered) == ([6, 6, 3, 4, 2], 10)
    return counts, answered


def test_the_narrative_names_the_three_options_ticked_most() -> None:
    """One sentence per checkbox question, after the items: the question asked, the
    respondents who answered, the three options ticked most with % of those who answered
    (6/10 = 60%, 6/10 = 60%, 4/10 = 40%: Closing panel 4 before Legal clinic 3)."""
    qualtrics_counts()
    path = str(DATA / "synthetic_qualtrics.csv")
    narratives = {
        lang: json.loads(cli("summarize", path, "--format", "json", "--lang", lang).stdout)[
            "narrative"
        ]
        for lang in ("en", "fr")
    }
    assert narratives["en"][-1] == (
        "Asked “Which sessions did you attend?” (several answers allowed), the 10 respondents "
        "who answered most often ticked Opening plenary (60%, 6 of 10), Survivor-led workshop "
        "(60%, 6) and Closing panel (40%, 4)."
    )
    assert narratives["fr"][-1] == (
        f"À la question «{NB}Which sessions did you attend?{NB}» (plusieurs réponses "
        "possibles), les 10 personnes qui ont répondu ont le plus souvent coché Opening "
        f"plenary (60{NB}%, 6 sur 10), Survivor-led workshop (60{NB}%, 6) et Closing panel "
        f"(40{NB}%, 4)."
    )
    # the item's sentence comes first (questionnaire order of the items, then the question)
    assert "organised" in narratives["en"][1]


def test_the_sentence_of_other_shapes_of_answers() -> None:
    """The Qualtrics fixture's question with its counts replaced (SYNTHETIC counts, made up
    here for each case; options in the form's order: Opening plenary, Survivor-led workshop,
    Legal clinic, Closing panel, Other)."""
    from dataclasses import replace

    from forum_eval.present.narrative import multiselect_sentence

    summary = summarize_source(str(DATA / "synthetic_qualtrics.csv"), Options(surveys_dir=SURVEYS))
    (item,) = summary.multiselect
    opening = "Asked “Which sessions did you attend?” (several answers allowed), "

    def sentence(counts: tuple[int, ...], valid: int, lang: str = "en", **more) -> str:
        return multiselect_sentence(replace(item, counts=counts, n_valid=valid, **more), lang)

    # "Other" ticked most, alone: named first (7/10 = 70%)
    assert sentence((6, 6, 3, 4, 7), 10) == opening + (
        "the 10 respondents who answered most often ticked Other (70%, 7 of 10), Opening "
        "plenary (60%, 6) and Survivor-led workshop (60%, 6)."
    )
    # "Other" as often as the top: never first
    assert sentence((6, 3, 2, 4, 6), 10) == opening + (
        "the 10 respondents who answered most often ticked Opening plenary (60%, 6 of 10), "
        "Other (60%, 6) and Closing panel (40%, 4)."
    )
    # every option ticked is named: no "most often"
    assert sentence((0, 0, 3, 0, 0), 3) == opening + (
        "the 3 respondents who answered ticked Legal clinic (100%, 3 of 3)."
    )
    assert sentence((2, 0, 1, 0, 0), 2) == opening + (
        "the 2 respondents who answered ticked Opening plenary (100%, 2 of 2) and Legal "
        "clinic (50%, 1)."
    )
    # one respondent, four options: three named, "among others"
    assert sentence((1, 1, 1, 1, 0), 1) == opening + (
        "the only respondent who answered ticked Opening plenary (100%, 1 of 1), "
        "Survivor-led workshop (100%, 1) and Legal clinic (100%, 1), among others."
    )
    assert sentence((1, 1, 1, 1, 0), 1, "fr") == (
        f"À la question «{NB}Which sessions did you attend?{NB}» (plusieurs réponses "
        "possibles), la seule personne qui a répondu a coché, entre autres, Opening plenary "
        f"(100{NB}%, 1 sur 1), Survivor-led workshop (100{NB}%, 1) et Legal clinic "
        f"(100{NB}%, 1)."
    )
    assert sentence((0, 0, 0, 0, 0), 0) == opening + "no respondent ticked any option."
    assert sentence((0, 0, 0, 0, 0), 0, "fr").endswith(", personne n'a coché d'option.")
    # a heading that asks nothing is a heading; "select all that apply" is left out
    named = {"en": "Sessions attended:", "fr": "Sessions attended:"}
    assert sentence((0, 0, 3, 0, 0), 3, label=named).startswith(
        "“Sessions attended” (several answers allowed): the 3 respondents"
    )
    assert sentence((0, 0, 3, 0, 0), 3, "fr", label=named).startswith(
        f"«{NB}Sessions attended{NB}» (plusieurs réponses possibles){NB}: les 3 personnes"
    )
    asked = {"en": "Which sessions? (Select all that apply)"}
    assert sentence((0, 0, 3, 0, 0), 3, label=asked).startswith("Asked “Which sessions?” (")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_summarize_table_shows_the_question(width: int, lang: str) -> None:
    """``summarize`` in the terminal: after the items, the question, each option with its %
    of the 10 who answered and n (hand counts above), and the note; a table from 80 columns,
    stacked at 40 as the items' table is; no line wider than the terminal."""
    counts, answered = qualtrics_counts()
    result = runner.invoke(
        app,
        ["summarize", str(DATA / "synthetic_qualtrics.csv"), "--lang", lang, "--quiet"],
        env={"COLUMNS": str(width)},
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert max(len(line.rstrip()) for line in out.splitlines()) <= width
    english = lang == "en"
    title = "Questions with several answers" if english else "Questions à plusieurs réponses"
    # the section comes after the items and before the narrative
    first = "12 people answered" if english else "12 personnes ont répondu"
    assert out.index("organis") < out.index(title) < out.index(first)
    section = out.split(title, 1)[1].split(first, 1)[0]
    assert section.index(SESSIONS) < section.index("Opening plenary")
    lines = section.splitlines()
    percent = f"{NB}%" if lang == "fr" else "%"
    for option, n in zip(EXPECTED, counts, strict=True):
        share = f"{round(100 * n / answered)}{percent}"  # 60, 60, 30, 40, 20: no half to round
        (k,) = [k for k, line in enumerate(lines) if line.strip("│ ").startswith(option)]
        if width == 40:  # stacked: the option, then its figures on the lines below
            figures = " ".join(lines[k + 1 : k + 3]).replace(NB, " ")
            colon = ":" if english else " :"
            assert share.replace(NB, " ") in figures and f"n{colon} {n}" in figures
        else:
            cells = [c.strip() for c in lines[k].split("│")]
            assert cells[1:4] == [option, share, str(n)]
    flat = " ".join(section.replace(NB, " ").split())
    if lang == "en":
        assert "n = 10 respondents who ticked at least one option; 2 ticked none" in flat
        assert "Several answers were allowed: the shares do not add up to 100%." in flat
    else:
        assert "n = 10 personnes qui ont coché au moins une option ; 2 n'en ont coché" in flat
        assert "les parts ne totalisent pas 100 %." in flat


def test_validate_counts_the_questions_with_several_answers() -> None:
    """validate's "Columns:" line: the Google Forms fixture has 4 columns (csv header row:
    Timestamp, the statement, the checkbox question, the comment) — 1 item, 1 question with
    several answers, 1 comment; Qualtrics' 5 option columns are one question; a file without
    a checkbox question does not mention them."""
    assert len(rows_of("synthetic_google_forms.csv")[0]) == 4
    text = cli("validate", str(DATA / "synthetic_google_forms.csv")).stdout
    assert (
        "Columns: 4 (1 item, 1 question with several answers, 1 comment; the others set aside)"
    ) in text
    qualtrics = cli("validate", str(DATA / "synthetic_qualtrics.csv")).stdout
    assert "(1 item, 1 question with several answers, 0 comments;" in qualtrics
    plain = cli("validate", str(ROOT / "tests" / "data" / "exports" / "google_forms.csv")).stdout
    assert "Columns: " in plain and "several answers" not in plain


@needs_real
def test_real_star_wars_sentence_and_validate() -> None:
    """The FiveThirtyEight export's films question in words. Hand count (csv module, columns
    4–9 under the 2 header rows): 835 ticked a film; Episode I 673, II 571, III 550, IV 607,
    V 758, VI 738 — V, VI and I the most (758/835 = 90.8% → 91%, 738/835 = 88.4% → 88%,
    673/835 = 80.6% → 81%)."""
    path = REAL / "surveymonkey__fivethirtyeight__data__star-wars-survey--StarWars.csv"
    text = path.read_bytes().decode("cp1252").replace("\r", "\n")
    rows = list(csv.reader(text.splitlines()))[2:]
    ticked = [[bool(r[k].strip()) for k in range(3, 9)] for r in rows]
    counts = [sum(t[k] for t in ticked) for k in range(6)]
    assert (sum(map(any, ticked)), counts) == (835, [673, 571, 550, 607, 758, 738])
    result = runner.invoke(
        app, ["summarize", str(path), "--format", "json", "--lenient", "--quiet"]
    )
    (sentence,) = [s for s in json.loads(result.stdout)["narrative"] if "several" in s]
    assert sentence.startswith(
        "Asked “Which of the following Star Wars films have you seen?” (several answers "
        "allowed), the 835 respondents who answered most often ticked Star Wars: Episode V"
    )
    assert "(91%, 758 of 835)" in sentence and "(88%, 738)" in sentence
    assert sentence.endswith("(81%, 673).")
    validate = runner.invoke(app, ["validate", str(path), "--lenient"]).stdout
    assert "1 question with several answers" in validate


def test_a_file_whose_only_question_is_a_checkbox_one_is_summarised(tmp_path: Path) -> None:
    """synthetic_google_forms.csv without its agreement column: no rated item, one checkbox
    question and the comments. It is summarised (it stopped with "no evaluation item was
    recognised"), with no empty table of items and no method note for it."""
    with (DATA / "synthetic_google_forms.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    keep = [i for i, header in enumerate(rows[0]) if "organised" not in header]
    path = tmp_path / "only_checkbox.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[row[i] for i in keep] for row in rows])
    question = rows[0].index("Which sessions did you attend?")
    answered = [row[question] for row in rows[1:] if row[question].strip()]
    assert len(answered) == 10  # by csv: 10 respondents ticked at least one session
    result = runner.invoke(app, ["summarize", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["items"] == []
    (only,) = summary["multiselect"]
    assert only["n"] == 10
    opening = next(o for o in only["options"] if o["label"] == "Opening plenary")
    assert opening["n"] == sum("Opening plenary" in a for a in answered) == 6
    for format in ("markdown", "table"):
        shown = runner.invoke(app, ["summarize", str(path), "--format", format])
        assert shown.exit_code == 0, shown.stderr
        assert "% positive" not in shown.stdout and "Questions with several answers" in shown.stdout


# --------------------------------------------------------------------------- options with ", "
COMMAS = DATA / "synthetic_google_forms_option_commas.csv"
ENJOYED = "What did you enjoy?"
# Hand count of synthetic_google_forms_option_commas.csv (SYNTHETIC, Google Forms shape), by
# row: 1 Workshops + Food, drinks and music; 2 Food, drinks and music; 3 Workshops +
# Networking; 4 Networking + Art, poetry, and storytelling; 5 Art, poetry, and storytelling;
# 6 Workshops; 7 Food, drinks and music + Networking; 8 Workshops + Food, drinks and music +
# Art, poetry, and storytelling; 9 blank; 10 Networking. So 9 answered; Workshops 4 (rows
# 1 3 6 8), Food, drinks and music 4 (1 2 7 8), Networking 4 (3 4 7 10), Art, poetry, and
# storytelling 3 (4 5 8). Splitting on ", " alone gives "Food" 4, "drinks and music" 4,
# "Art" 3, "poetry" 3, "and storytelling" 3: wrong options, wrong shares.
COMMA_OPTIONS = {
    "Workshops": 4,
    "Food, drinks and music": 4,
    "Networking": 4,
    "Art, poetry, and storytelling": 3,
}


def test_hand_count_of_the_option_commas_fixture() -> None:
    """The csv module's count (each option's text found in the cell: unambiguous in this
    SYNTHETIC file, no option is inside another) is the hand count above."""
    with COMMAS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index(ENJOYED)
    answered = [row[column] for row in rows[1:] if row[column].strip()]
    assert len(answered) == 9
    assert {o: sum(o in a for a in answered) for o in COMMA_OPTIONS} == COMMA_OPTIONS


def test_options_holding_a_comma_are_not_split() -> None:
    """SYNTHETIC Google Forms export whose options contain ", ": an option some respondent
    ticked alone ("Food, drinks and music" in row 2) is one option wherever it appears; the
    counts are the hand count above, no piece of an option is counted as an option."""
    result = cli("summarize", str(COMMAS), "--format", "json")
    assert result.exit_code == 0, result.stderr
    (question,) = json.loads(result.stdout)["multiselect"]
    assert question["question"] == ENJOYED
    assert (question["n"], question["n_blank"]) == (9, 1)
    assert {o["label"]: o["n"] for o in question["options"]} == COMMA_OPTIONS
    shares = [o["share"] for o in question["options"]]
    assert shares == pytest.approx([4 / 9, 4 / 9, 4 / 9, 3 / 9])


def test_known_options_split_cells_longest_first() -> None:
    """With the form's options known (the questionnaire), cells are split on them, longest
    first, even when no respondent ticked the option with a comma alone."""
    # by hand: Food, drinks and music 2 + 1 = 3; Networking 2 + 1 + 2 = 5; Workshops 2 + 2 = 4
    counts = {"Food, drinks and music, Networking": 2, "Networking": 1, "Workshops, Networking": 2,
              "Workshops, Food, drinks and music": 1, "Workshops": 1}  # fmt: skip
    known = ["Workshops", "Food, drinks and music", "Networking", "Food"]
    assert joined_options(counts, known) == {
        "Food, drinks and music": 3,
        "Networking": 5,
        "Workshops": 4,
    }
    assert joined_warning("Q", counts, known) is None


def test_pieces_never_apart_without_a_whole_cell_are_a_warning() -> None:
    """Without the options known, "Food" always followed by "drinks and music" but never
    ticked alone: one option or two cannot be told. The pieces are counted as they are (as
    before), and a warning gives the number of answers concerned, never their text."""
    counts = {"Food, drinks and music, Networking": 2, "Networking": 1, "Workshops, Networking": 2,
              "Workshops, Food, drinks and music": 1, "Workshops": 1}  # fmt: skip
    assert joined_options(counts) == {
        "Food": 3,
        "drinks and music": 3,
        "Networking": 5,
        "Workshops": 4,
    }
    warning = joined_warning("What did you enjoy?", counts)
    assert warning is not None
    assert "3 answers" in warning and "What did you enjoy?" in warning
    assert "Food" not in warning and "drinks" not in warning


def test_the_joined_warning_reaches_the_outputs(tmp_path: Path) -> None:
    """The warning of a guessed reading is said where the figures are: stderr and the JSON's
    warnings (synthetic file: the answers of the test above under a Google Forms header)."""
    answers = ["Food, drinks and music, Networking"] * 2 + ["Networking"]
    answers += ["Workshops, Networking"] * 2 + ["Workshops, Food, drinks and music", "Workshops"]
    path = tmp_path / "synthetic_joined_guess.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "The forum was well organised", "What did you enjoy?"])
        for i, answer in enumerate(answers):
            writer.writerow([f"2024/05/0{i + 1} 10:00:00", "Agree", answer])
    result = runner.invoke(app, ["summarize", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    warnings = [w for w in json.loads(result.stdout)["warnings"] if "What did you enjoy?" in w]
    assert len(warnings) == 1 and "3 answers hold pieces" in warnings[0]
    assert "3 answers hold pieces" in result.stderr and "drinks" not in result.stderr


def test_an_inferred_option_with_capitalised_pieces_is_a_warning() -> None:
    """ "Food, Drinks" ticked alone and never apart is read as one option (3 = 2 + 1), but a
    capital after the comma could be two options always ticked together: warned (3 answers)."""
    counts = {"Food, Drinks": 2, "Workshops, Food, Drinks": 1, "Workshops": 2,
              "Networking, Workshops": 1, "Networking": 2}  # fmt: skip
    assert joined_options(counts) == {"Food, Drinks": 3, "Workshops": 4, "Networking": 3}
    warning = joined_warning("Q", counts)
    assert warning is not None and "3 answers" in warning and "Food" not in warning
    # lower case after the comma ("Yes, but only online"): read as one option, no warning
    sentence = {"Yes, but only online": 2, "In person, Yes, but only online": 1,
                "In person": 2, "Recording, In person": 1, "Recording": 2}  # fmt: skip
    assert joined_options(sentence)["Yes, but only online"] == 3
    assert joined_warning("Q", sentence) is None
    # Microsoft Forms (";"): the option keeps the file's own text; by hand, the 2 answers
    # holding "Food; Drinks" are in doubt ("Art", written once, is not shown: no doubt)
    microsoft = {"Food; Drinks": 1, "Talks;Food; Drinks": 1, "Talks": 2, "Art;Talks": 1}
    assert joined_options(microsoft) == {"Food; Drinks": 2, "Talks": 4, WRITTEN_IN: 1}
    assert "2 answers hold" in (joined_warning("Q", microsoft) or "")


def test_a_combination_ticked_alone_stays_a_combination() -> None:
    """ "A, B" as a whole cell is a combination when A or B is also ticked without the other;
    a write-in holding commas from one respondent stays with the written-in answers."""
    counts = {"A, B": 3, "A": 2, "B, C": 1, "C": 4, "A, B, C": 1, "C, my aunt, in Laval": 1}
    assert joined_options(counts) == {"A": 6, "B": 5, "C": 7, WRITTEN_IN: 1}
    assert joined_warning("Q", counts) is None


def test_options_sharing_their_first_words_before_a_comma_stay_whole() -> None:
    """SYNTHETIC answers in the shape of a real French Google Forms export (SB427/
    Questionnaire_RSE): options "Oui, j'aimerais …" / "Non, je …" were split at their comma,
    giving options "Oui" and "Non" the form never had. "Oui" never ends a cell and is always
    followed by lower case: a comma inside a sentence, so never an option of its own."""
    understand, act = "Oui, j'aimerais comprendre.", "Oui, j'aimerais agir."
    enough, no = "Non, je connais assez.", "Non, cela ne m'intéresse pas."
    counts = {understand: 2, f"{understand}, {act}": 3, act: 1, enough: 2, no: 2,
              f"{act}, Des fiches, par exemple.": 1}  # fmt: skip
    assert looks_joined(counts)
    # by hand: understand 2 + 3 = 5; act 3 + 1 + 1 = 5; enough 2; no 2; one write-in
    assert joined_options(counts) == {understand: 5, act: 5, enough: 2, no: 2, WRITTEN_IN: 1}
    assert joined_warning("Q", counts) is None
    # without "Oui" ticked alone anywhere ("act" only with another option or a write-in)
    counts.pop(act)
    assert joined_options(counts) == {understand: 5, act: 4, enough: 2, no: 2, WRITTEN_IN: 1}
    # capitals after the comma are options of their own: "A" is followed by "B" and "C"
    assert joined_options({"A, B": 2, "A, C": 2, "B": 1}) == {"A": 4, "B": 3, "C": 2}
    # options in lower case are never glued: by hand yoga 3, meditation 2, running 3
    lower = {"yoga, meditation": 1, "yoga, running": 1, "running": 1,
             "yoga, meditation, running": 1}  # fmt: skip
    assert joined_options(lower) == {"yoga": 3, "meditation": 2, "running": 3}
    # nor options joined by ";" (Microsoft Forms): by hand Keynote 3, legal clinic 2, art 3
    semicolons = {"Keynote;legal clinic": 1, "Keynote;art": 1, "art": 1,
                  "Keynote;legal clinic;art": 1}  # fmt: skip
    assert joined_options(semicolons) == {"Keynote": 3, "legal clinic": 2, "art": 3}


# --------------------------------------------------------------------------- declared options
def _declare_enjoyed(folder: Path, options: list[str]) -> Path:
    """A questionnaire (in ``folder``) declaring "What did you enjoy?" a checkbox question."""
    listed = ", ".join(f'{{ en = "{o}", fr = "{o}" }}' for o in options)
    (folder / "questionnaire.toml").write_text(
        "[[item]]\n"
        'id = "enjoyed"\n'
        'kind = "multiselect"\n'
        f'question = {{ en = "{ENJOYED}", fr = "Qu\'avez-vous apprécié ?" }}\n'
        f"options = [{listed}]\n",
        encoding="utf-8",
    )
    return folder


def test_a_declared_checkbox_question_is_read_on_its_options(tmp_path: Path) -> None:
    """SYNTHETIC option-commas file with its four options declared (kind = "multiselect"):
    the hand counts above (Workshops 4, Food, drinks and music 4, Networking 4, Art, poetry,
    and storytelling 3; 9 of 10 answered), under the questionnaire's id."""
    surveys = _declare_enjoyed(tmp_path, list(COMMA_OPTIONS))
    result = runner.invoke(
        app, ["summarize", str(COMMAS), "--format", "json", "--surveys-dir", str(surveys)]
    )
    assert result.exit_code == 0, result.stderr
    (question,) = json.loads(result.stdout)["multiselect"]
    assert (question["id"], question["question"]) == ("enjoyed", ENJOYED)
    assert (question["n"], question["n_blank"]) == (9, 1)
    assert {o["label"]: o["n"] for o in question["options"]} == COMMA_OPTIONS


def _guess_file(tmp_path: Path, answers: list[str]) -> Path:
    path = tmp_path / "synthetic_joined_guess.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "The forum was well organised", ENJOYED])
        for i, answer in enumerate(answers):
            writer.writerow([f"2024/05/0{i + 1} 10:00:00", "Agree", answer])
    return path


def test_declared_options_end_the_guess_and_its_warning(tmp_path: Path) -> None:
    """SYNTHETIC answers of test_the_joined_warning_reaches_the_outputs: without the
    questionnaire "Food" / "drinks and music" is a guess, warned; with the options declared
    it is one option, no warning. By hand: Food, drinks and music 2 + 1 = 3; Networking
    2 + 1 + 2 = 5; Workshops 2 + 1 + 1 = 4; 7 answered."""
    answers = ["Food, drinks and music, Networking"] * 2 + ["Networking"]
    answers += ["Workshops, Networking"] * 2 + ["Workshops, Food, drinks and music", "Workshops"]
    path = _guess_file(tmp_path, answers)
    bare = runner.invoke(app, ["summarize", str(path), "--format", "json"])
    assert bare.exit_code == 0, bare.stderr
    assert [w for w in json.loads(bare.stdout)["warnings"] if ENJOYED in w]
    surveys = tmp_path / "surveys"
    surveys.mkdir()
    _declare_enjoyed(surveys, ["Workshops", "Food, drinks and music", "Networking"])
    declared = runner.invoke(
        app, ["summarize", str(path), "--format", "json", "--surveys-dir", str(surveys)]
    )
    assert declared.exit_code == 0, declared.stderr
    data = json.loads(declared.stdout)
    assert not [w for w in data["warnings"] if ENJOYED in w]
    assert "answers hold pieces" not in declared.stderr
    (question,) = data["multiselect"]
    assert question["n"] == 7
    assert {o["label"]: o["n"] for o in question["options"]} == {
        "Food, drinks and music": 3,
        "Networking": 5,
        "Workshops": 4,
    }


def test_a_declared_checkbox_question_needs_no_recombined_options(tmp_path: Path) -> None:
    """SYNTHETIC: one answer only joins two options, too few for the answers alone to show a
    checkbox question (read as a single choice then); declared, it is one. By hand: Workshops
    2 + 1 = 3, Networking 2 + 1 = 3 of 5; an option ticked by one respondent is a declared
    option, shown (not pooled as a write-in): Art 1."""
    answers = ["Workshops", "Workshops", "Networking", "Networking", "Workshops, Networking, Art"]
    path = _guess_file(tmp_path, answers)
    bare = json.loads(runner.invoke(app, ["summarize", str(path), "--format", "json"]).stdout)
    assert "multiselect" not in bare
    _declare_enjoyed(tmp_path, ["Workshops", "Networking", "Art"])
    result = runner.invoke(
        app, ["summarize", str(path), "--format", "json", "--surveys-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.stderr
    (question,) = json.loads(result.stdout)["multiselect"]
    assert question["n"] == 5
    assert {o["label"]: o["n"] for o in question["options"]} == {
        "Workshops": 3,
        "Networking": 3,
        "Art": 1,
    }


def test_a_multiselect_item_needs_options() -> None:
    """kind = "multiselect" without options: a clear configuration error."""
    from forum_eval.config.questionnaire import parse_item
    from forum_eval.errors import ConfigError

    raw = {"id": "enjoyed", "kind": "multiselect", "question": ENJOYED}
    with pytest.raises(ConfigError, match="multiselect item needs a list"):
        parse_item(raw, "questionnaire.toml")
