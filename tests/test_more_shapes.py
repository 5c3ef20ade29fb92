"""What forum-eval prints for the SYNTHETIC fixtures of tests/data/more_shapes/ (shapes of real
exports nobody on the team wrote, with invented answers and codes; see the README there)
against the counts a person gets by reading the same files with Python's csv module.

Every expected number is counted here from the file with ``csv`` only (``tally``), and
checked against the counts written by hand in build_more_shapes.py (``test_hand_counts``).
Each test below failed on the code before its fix (said in its docstring).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.scales import (
    AVERAGE5,
    QUALITY5,
    choose_scale,
    declaration_suggestion,
    labelled_ends,
)
from forum_eval.read.platforms.plain import surveygizmo_grid_headers
from tests.conftest import ROOT, SURVEYS
from tests.data.more_shapes import build_more_shapes as build

DATA = ROOT / "tests" / "data" / "more_shapes"
GIZMO = "synthetic_surveygizmo_average5.csv"
TRAINING = "synthetic_training_knowledge.csv"
KNOWLEDGE_SCALE = (
    "*=Little or no knowledge of topic|Some knowledge of topic|Extensive knowledge of topic;"
    "positive=Extensive knowledge of topic"
)

runner = CliRunner()


def run(*args: str) -> Any:
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def summary(file: str, *options: str) -> dict[str, Any]:
    result = run("summarize", str(DATA / file), "--format", "json", *options)
    assert result.exit_code == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def columns(file: str) -> dict[str, dict[str, Any]]:
    """validate's report of each column, by header (line breaks in a header: spaces)."""
    result = run("validate", str(DATA / file), "--format", "json")
    found = json.loads(result.stdout)["columns"]
    return {" ".join(column["header"].split()): column for column in found}


def item(data: dict[str, Any], label: str) -> dict[str, Any]:
    return next(i for i in data["items"] if i["label"] == label)


def tally(file: str, header: str) -> Counter[str]:
    """Each answer of a column and how many rows gave it ("" a blank), read with csv."""
    with (DATA / file).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    position = rows[0].index(header)
    return Counter(row[position].strip() for row in rows[1:])


# ----------------------------------------------------------------------------- the files


def test_fixtures_are_the_build_scripts_output(tmp_path: Path) -> None:
    for path in build.build(tmp_path):
        assert path.read_bytes() == (DATA / path.name).read_bytes(), path.name


def test_hand_counts() -> None:
    """The counts written next to the answers in build_more_shapes.py are those of the files."""
    assert tally(GIZMO, build.KNOWLEDGE) == {
        "Excellent": 3, "Above Average": 3, "Average": 2, "Below Average": 1, "Poor": 1,
        "N/A": 1, "": 1,
    }  # fmt: skip
    assert tally(GIZMO, build.STYLE) == {
        "Above Average": 4, "Average": 4, "Below Average": 2, "Excellent": 1, "Poor": 1,
    }  # fmt: skip
    assert tally(GIZMO, build.OVERALL) == {
        "Good": 4, "Very Good": 3, "Fair": 2, "Excellent": 2, "Poor": 1,
    }  # fmt: skip
    assert sum(n for text, n in tally(GIZMO, build.IMPROVE).items() if text) == 8
    assert len(tally(GIZMO, "SessionID")) == 12  # a different code on each of the 12 rows
    little, some, extensive = build.LITTLE, build.SOME, build.EXTENSIVE
    assert tally(GIZMO, build.BEFORE) == {"Poor": 3, "Fair": 4, "Good": 3, "Very Good": 2}
    assert tally(GIZMO, build.AFTER) == {"Fair": 1, "Good": 5, "Very Good": 4, "Excellent": 2}
    assert tally(TRAINING, "KnowledgeFeedback") == {little: 2, some: 4, extensive: 6}
    assert tally(TRAINING, "KnowledgeNovice") == {little: 1, some: 5, extensive: 6}
    assert tally(TRAINING, "KnowledgeMemory") == {some: 5, extensive: 7}
    assert tally(TRAINING, "Pace") == {"Just right": 6, "Slightly fast": 4, "Slightly slow": 2}
    assert tally(TRAINING, "TrainersClearAnswers") == {
        "All of the time": 5, "Often": 4, "Sometimes": 2, "": 1,
    }  # fmt: skip


# ------------------------------------------------- Poor / Below average / … / Excellent


def test_average_scale_is_read_with_average_in_the_middle() -> None:
    """Before: "Average" was quality5's *Fair* (negative) and "Above/Below Average" were off
    the scale: summarize stopped, and with --lenient the knowledge row showed 3 of 6 positive
    (Excellent of Poor + Average + Excellent) instead of 6 of 10; the style row was not read."""
    data = summary(GIZMO)  # no --lenient: nothing is off the scale
    knowledge = item(data, build.KNOWLEDGE_ROW)
    counts = tally(GIZMO, build.KNOWLEDGE)
    assert knowledge["scale"] == "average5"
    assert knowledge["counts"] == {
        "poor": counts["Poor"],
        "below_average": counts["Below Average"],
        "average": counts["Average"],
        "above_average": counts["Above Average"],
        "excellent": counts["Excellent"],
    }
    # hand count: 10 rated (12 − 1 N/A − 1 blank), 6 positive (3 Above Average + 3 Excellent)
    assert (knowledge["n_valid"], knowledge["n_positive"]) == (10, 6)
    assert (knowledge["n_not_applicable"], knowledge["n_blank"]) == (1, 1)
    assert knowledge["n_invalid"] == 0
    style = item(data, build.STYLE_ROW)
    # hand count: 12 rated, 5 positive (4 Above Average + 1 Excellent)
    assert (style["scale"], style["n_valid"], style["n_positive"]) == ("average5", 12, 5)
    overall = item(data, build.OVERALL)  # Poor … Excellent: still quality5, 9 of 12 good or better
    assert (overall["scale"], overall["n_valid"], overall["n_positive"]) == ("quality5", 12, 9)


def test_average_scale_needs_below_or_above_average() -> None:
    english = ["Poor", "Below average", "Average", "Above average", "Excellent"]
    assert choose_scale(english).scale is AVERAGE5
    french = ["Médiocre", "Sous la moyenne", "Dans la moyenne", "Au-dessus de la moyenne"]
    assert choose_scale([*french, "Excellent"]).scale is AVERAGE5
    # without either label the column may come from Poor / Average / Good … : not guessed
    assert choose_scale(["Poor", "Average", "Excellent"]).scale is not AVERAGE5
    assert choose_scale(["Poor", "Fair", "Good", "Very good", "Excellent"]).scale is QUALITY5


def test_surveygizmo_grid_rows_are_labelled_by_their_row() -> None:
    """SurveyGizmo heads a grid's rows ``Row:Question``. Before: each row was an item of its
    own labelled with the whole header ("Facilitator(s)' knowledge.:Please rate the
    facilitator(s) on the following items:"), no grid (the rows' scale chosen one by one).
    Now: ``Question [Row]``, labelled by the row, grouped by the question; the counts are
    unchanged."""
    found = columns(GIZMO)
    assert f"{build.GRID} [{build.KNOWLEDGE_ROW}]" in found
    assert f"{build.SKILLS} [{build.BEFORE_ROW}]" in found  # "…as::Rate …": the row keeps its ":"
    data = summary(GIZMO)
    rows = {
        build.KNOWLEDGE_ROW: build.GRID,
        build.STYLE_ROW: build.GRID,
        build.BEFORE_ROW: build.SKILLS,
        build.AFTER_ROW: build.SKILLS,
    }
    for label, question in rows.items():
        assert item(data, label)["group"] == question, label
    assert item(data, build.OVERALL)["group"] is None  # no colon: a question of its own
    # hand counts (csv above): before 5 of 12 good or better, after 11 of 12
    before, after = item(data, build.BEFORE_ROW), item(data, build.AFTER_ROW)
    assert (before["scale"], before["n_valid"], before["n_positive"]) == ("quality5", 12, 5)
    assert (after["scale"], after["n_valid"], after["n_positive"]) == ("quality5", 12, 11)


def test_surveygizmo_headers_need_a_question_shared_by_two_rows() -> None:
    headers = [
        "Response ID",
        "Note: anything else?",  # a colon, but no other header ends the same way
        "A:Q: rate these",  # the question holds a colon: the longest shared ending
        "B:Q: rate these",
        "[x]:Q: rate these",  # a bracket in the row: kept as it is
    ]
    assert surveygizmo_grid_headers(headers) == [
        "Response ID",
        "Note: anything else?",
        "Q: rate these [A]",
        "Q: rate these [B]",
        "[x]:Q: rate these",
    ]


@pytest.mark.parametrize(
    "labels",
    [
        # the Carpentries' instructor-training scale
        ["Never", "Rarely", "Sometimes", "Often", "All of the time"],
        # a trust-in-institutions scale of a real Google Forms survey (brattot1/statistics-final)
        ["Never", "Rarely", "Some of the time", "Most of the time", "Just about always"],
    ],
)
def test_time_phrases_are_read_as_frequencies(labels: list[str]) -> None:
    """Frequency scales whose levels say "… of the time": before, not read (set aside with a
    warning: "Some/All of the time" read as quantities, "Just about always" unknown). Now: a
    frequency scale in the order the form shows them."""
    choice = choose_scale(list(reversed(labels)))
    assert choice.scale is not None, choice.reason
    assert choice.scale.kind == "frequency"
    assert list(choice.scale.labels("en")) == labels


def test_all_of_the_time_is_the_top_of_a_frequency_scale() -> None:
    """*All of the time / Often / Sometimes / Rarely / Never* (the Carpentries' scale): before,
    not read ("labels of different scales"), the column set aside with a warning. Now: a
    frequency scale, "All of the time" above "Often"."""
    data = summary(TRAINING, "--scale", KNOWLEDGE_SCALE)
    clear = item(data, "TrainersClearAnswers")
    counts = tally(TRAINING, "TrainersClearAnswers")
    assert clear["kind"] == "frequency"
    assert clear["levels"][-2:] == ["Often", "All of the time"]
    # hand count: 11 answered (1 blank), 9 often or more (All of the time 5 + Often 4)
    assert (clear["n_valid"], clear["n_positive"], clear["n_blank"]) == (11, 9, 1)
    assert sorted(clear["counts"].values()) == sorted(n for text, n in counts.items() if text)
    assert clear["share_name"] == "often or more"


@pytest.mark.parametrize(
    "labels",
    [
        # a post-workshop survey's questions (search corpus: "Post-workshop survey questions")
        ["Did not meet expectations", "Met some expectations", "Met most expectations",
         "Met all expectations", "Exceeded expectations"],
        ["Below expectations", "Met expectations", "Exceeded expectations"],
        ["Not at all comfortable", "A little comfortable", "Somewhat comfortable",
         "Very comfortable", "Extremely comfortable"],
    ],
)  # fmt: skip
def test_expectation_and_comfort_scales_are_read(labels: list[str]) -> None:
    """Before: no "expectations" family nor "comfortable" stem in the label model, so these
    common post-workshop scales were read as single choices (counts in no order, no %
    positive) or set aside. Now: ordered scales with a positive side (the exact positive
    labels, and the French forms, are in tests/test_labels.py)."""
    choice = choose_scale(list(reversed(labels)))
    assert choice.scale is not None, choice.reason
    assert list(choice.scale.labels("en")) == labels
    assert choice.scale.positive  # the top labels count as positive


def test_expectation_and_comfort_questions_are_summarised(tmp_path: Path) -> None:
    """SYNTHETIC post-workshop answers (invented here), one question in English, one in
    French: each is an item of its kind, counted on its scale. Before: read as single
    choices (no order, no % positive) or set aside."""
    rows = [
        ("Exceeded my expectations", "Très à l'aise"),
        ("Met my expectations", "Plutôt à l'aise"),
        ("Met my expectations", "Peu à l'aise"),
        ("Did not meet my expectations", "Pas du tout à l'aise"),
        ("Exceeded my expectations", ""),
        ("", "Très à l'aise"),
    ]
    path = tmp_path / "synthetic_expectations_comfort.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Did the workshop meet your expectations?", "Aisance avec le guide"])
        writer.writerows(rows)
    result = run("summarize", str(path), "--format", "json")
    assert result.exit_code == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    met = item(data, "Did the workshop meet your expectations?")
    assert met["kind"] == "expectations" and met["share_name"] == "met or exceeded"
    assert met["levels"] == [
        "Did not meet my expectations", "Met my expectations", "Exceeded my expectations",
    ]  # fmt: skip
    # hand count: 5 answered (1 blank), 4 met or exceeded (Exceeded 2 + Met 2)
    assert (met["n_valid"], met["n_positive"], met["n_blank"]) == (5, 4, 1)
    ease = item(data, "Aisance avec le guide")
    assert ease["kind"] == "comfort" and ease["share_name"] is None
    assert ease["levels"] == ["Pas du tout à l'aise", "Peu à l'aise", "Plutôt à l'aise",
                              "Très à l'aise"]  # fmt: skip
    # hand count: 5 answered (1 blank), 3 at ease (Très 2 + Plutôt 1)
    assert (ease["n_valid"], ease["n_positive"], ease["n_blank"]) == (5, 3, 1)


RGROUP = "synthetic_r_user_group.csv"


def test_hand_counts_r_user_group() -> None:
    assert tally(RGROUP, build.SKILL) == {
        "No R knowledge": 2, "Beginner": 3, "Intermediate": 6, "Expert": 1,
    }  # fmt: skip
    assert tally(RGROUP, build.HACK) == {"Yes": 5, "Maybe": 4, "No": 3}


def test_no_subject_knowledge_is_the_lowest_skill_level() -> None:
    """An R user-group survey (real: EdinbR/edinbr-survey): *No R knowledge* below
    *Beginner / Intermediate / Expert*. Before, summarize stopped ("not on the
    expertise_3_labels scale"); with --lenient the 2 answers counted as invalid. Now: four
    levels, all 12 answers read."""
    data = summary(RGROUP)
    skill = item(data, build.SKILL)
    assert skill["levels"] == ["No R knowledge", "Beginner", "Intermediate", "Expert"]
    # hand count: 12 answered, 1 "advanced or more" (Expert)
    assert (skill["n_valid"], skill["n_positive"], skill["n_invalid"]) == (12, 1, 0)


RJOINED = "synthetic_r_joined_na.csv"


def test_hand_counts_r_joined() -> None:
    assert tally(RJOINED, "agree_apply.post") == {
        "Strongly Agree": 3, "Somewhat Agree": 2, "Neither Agree nor Disagree": 1, "NA": 4,
    }  # fmt: skip
    assert tally(RJOINED, "workshop_strengths.post")["NA"] == 6
    assert tally(RJOINED, "recommend_score.post") == {"10": 2, "9": 2, "8": 1, "7": 1, "NA": 4}


def test_r_missing_values_are_blanks_not_not_applicable() -> None:
    """R writes a missing value NA (the real pre/post file joined by R). Before: each NA was a
    "not applicable" answer: "(5 of 6; 4 answered “not applicable”)" for the 4 learners who
    never answered the post survey. Now: blanks; the counts and shares are unchanged."""
    data = summary(RJOINED)
    apply = item(data, "agree_apply.post")
    # hand count: 6 answered, 5 agree (3 Strongly + 2 Somewhat), 4 NA → blank
    assert (apply["n_valid"], apply["n_positive"]) == (6, 5)
    assert (apply["n_not_applicable"], apply["n_blank"]) == (0, 4)
    score = item(data, "recommend_score.post")
    # hand count: 6 answered, 4 promoters (10, 9, 9, 10), 4 NA → blank
    assert (score["n_valid"], score["n_positive"], score["n_blank"]) == (6, 4, 4)
    assert score["n_not_applicable"] == 0
    assert not any("not applicable" in sentence for sentence in data["narrative"])
    # hand count: 4 comments (6 NA)
    assert [c["n_comments"] for c in data["comments"]] == [4]


def test_na_is_an_answer_when_the_table_has_blanks(tmp_path: Path) -> None:
    """SYNTHETIC control: a hand-made table with empty cells, whose "NA" is an option the
    form offered, keeps it a "not applicable" answer."""
    path = tmp_path / "synthetic_na_option.csv"
    path.write_text(
        "Useful?,Clear?,Comments\nAgree,NA,Good\nNA,Agree,\nDisagree,NA,Fine\nAgree,,\n",
        encoding="utf-8",
    )
    result = run("summarize", str(path), "--format", "json")
    data = json.loads(result.stdout)
    # hand count: Useful? 3 answered, 1 NA; Clear? 1 answered, 2 NA, 1 blank
    assert item(data, "Useful?")["n_not_applicable"] == 1
    assert (item(data, "Clear?")["n_not_applicable"], item(data, "Clear?")["n_blank"]) == (2, 1)


TOOLS_FILE = "synthetic_fr_tools_usefulness.csv"


def tally_semicolons(file: str, header: str) -> Counter[str]:
    with (DATA / file).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    position = rows[0].index(header)
    return Counter(row[position].strip() for row in rows[1:])


def test_hand_counts_fr_tools() -> None:
    mail, visio, tools = build.TOOLS
    assert tally_semicolons(TOOLS_FILE, mail) == {
        "Tres utile": 6, "Utile": 3, "Pas utile": 1, "Non utilise": 1, "Inconnu": 1,
    }  # fmt: skip
    assert tally_semicolons(TOOLS_FILE, visio) == {
        "Non utilise": 5, "Inconnu": 3, "Utile": 2, "Pas utile": 1, "Tres utile": 1,
    }  # fmt: skip
    assert tally_semicolons(TOOLS_FILE, tools) == {
        "Très utile": 3, "Utile": 3, "Pas utile": 2, "Non utilisé": 2, "Inconnue": 1, "": 1,
    }  # fmt: skip


def test_tools_not_used_or_unknown_are_not_applicable() -> None:
    """A French grid of tools rated *Tres utile / Utile / Pas utile* with *Non utilise* and
    *Inconnu* for a tool not used or not known (the real ministry survey). Before: those two
    answers were unknown labels: summarize stopped on the columns read ("Non utilise" off the
    scale; with --lenient, invalid), and the columns where most did not use the tool were
    not read at all. Now: not applicable, every column read alike."""
    data = summary(TOOLS_FILE)
    mail, visio, tools = (item(data, header) for header in build.TOOLS)
    # hand counts (csv above): n rated, positive (Tres utile + Utile), N/A (Non utilise +
    # Inconnu), blank
    assert (mail["n_valid"], mail["n_positive"], mail["n_not_applicable"]) == (10, 9, 2)
    assert (visio["n_valid"], visio["n_positive"], visio["n_not_applicable"]) == (4, 3, 8)
    assert (tools["n_valid"], tools["n_positive"], tools["n_not_applicable"]) == (8, 6, 3)
    assert tools["n_blank"] == 1
    assert all(i["n_invalid"] == 0 for i in (mail, visio, tools))


@pytest.mark.parametrize(
    ("label", "set_apart"),
    [("Non utilisé", True), ("Pas utilisé", True), ("Jamais utilisé", True),
     ("Inconnu", True), ("Inconnue", True), ("Non connu", True),
     ("Utile", False), ("Pas utile", False), ("Non", False), ("Utilisé", False),
     ("Connu", False), ("Peu utilisé", False)],
)  # fmt: skip
def test_not_used_or_unknown_in_french(label: str, set_apart: bool) -> None:
    from forum_eval.config.scales import is_not_applicable
    from forum_eval.textnorm import fold

    assert is_not_applicable(fold(label)) is set_apart


CONFERENCE = "synthetic_google_forms_conference.csv"


def test_hand_counts_conference() -> None:
    assert tally(CONFERENCE, build.RATE_FORUM) == {
        "10": 3, "9": 2, "8": 3, "7": 2, "5": 1, "3": 1,
    }  # fmt: skip
    assert tally(CONFERENCE, build.RATE_VENUE) == {"5": 4, "4": 4, "3": 2, "2": 1, "": 1}


def test_a_range_written_with_a_dash_in_the_header_is_the_scale() -> None:
    """ "On a scale of 0-10, …" and "… on a 1-5 scale" (the real Sudzilla conference survey).
    Before: "not read: numbers: the header must state the scale" (the range was only read
    with spaces around "to" / "-", or in parentheses); the file had no item at all and
    summarize stopped. Now: read on the scale the header states."""
    data = summary(CONFERENCE)
    forum, venue = item(data, build.RATE_FORUM), item(data, build.RATE_VENUE)
    # hand counts (csv above): forum 12 answered, 5 of them 9 or 10; venue 11, 8 of 4 or 5
    assert (forum["scale"], forum["n_valid"], forum["n_positive"]) == ("rating_0_10", 12, 5)
    assert (venue["scale"], venue["n_valid"], venue["n_positive"]) == ("rating_1_5", 11, 8)
    assert venue["n_blank"] == 1
    assert [c["n_comments"] for c in data["comments"]] == [7]


@pytest.mark.parametrize(
    ("header", "scale_id"),
    [
        ("On a scale of 0-10, how would you rate the keynote?", "rating_0_10"),
        ("Rate the venue on a 1-5 scale", "rating_1_5"),
        ("Rate the food on a 1 to 7 point scale", "rating_1_7"),
        ("Notez le forum de 0-10", "rating_0_10"),
        ("Sur une échelle de 1 à 5, notez l'accueil", "rating_1_5"),
        ("Sessions of 2019-2020: rate them", None),  # years, not a scale
        ("On a 5-point scale, rate the venue", None),  # no range stated
    ],
)
def test_header_ranges(header: str, scale_id: str | None) -> None:
    from forum_eval.config.scales import header_scale

    found = header_scale(header)
    assert (found[0].id if found else None) == scale_id


# ------------------------------------------------------------------ codes on every row


def test_session_codes_are_identifiers_not_comments() -> None:
    """Before: the SessionID column was an open question ("12 respondents wrote a comment in
    SessionID"; on the real export, 112 comments counted where the form had 82)."""
    assert columns(GIZMO)["SessionID"]["role"] == "identifying"
    data = summary(GIZMO)
    assert [c["label"] for c in data["comments"]] == [build.IMPROVE]
    # hand count: 8 non-blank answers to the open question (csv above)
    assert data["comments"][0]["n_comments"] == 8
    text = run("summarize", str(DATA / GIZMO)).stdout
    assert "SessionID" not in text
    assert not any(code in text for code in tally(GIZMO, "SessionID"))


def test_respondent_codes_are_identifiers() -> None:
    """Before: "not read: 12 distinct answers, none of them a rating label", with a hint to
    declare a rating scale for them."""
    column = columns(TRAINING)["UniqueID"]
    assert (column["role"], column["how"]) == (
        "identifying",
        "a different code on every row (an identifier)",
    )


# ---------------------------------------------------- questions on one unknown scale


def test_knowledge_questions_on_one_unknown_scale_are_set_aside_alike() -> None:
    """Before: KnowledgeMemory (answered on two of the three labels) was a single choice
    (counts, no order) while KnowledgeFeedback and KnowledgeNovice, on the same labels, were
    set aside with a --scale template: the report showed one of three questions."""
    found = columns(TRAINING)
    for header in ("KnowledgeFeedback", "KnowledgeNovice", "KnowledgeMemory"):
        assert (found[header]["role"], found[header]["item"]) == ("ignored", None), header
    assert (found["Pace"]["role"], found["Pace"]["kind"]) == ("item", "choice")


@pytest.mark.parametrize("header", ["KnowledgeFeedback", "KnowledgeNovice", "KnowledgeMemory"])
def test_knowledge_questions_read_alike_once_the_scale_is_declared(header: str) -> None:
    data = summary(TRAINING, "--scale", KNOWLEDGE_SCALE)
    found = item(data, header)
    counts = tally(TRAINING, header)
    assert found["counts"] == {
        "little_or_no_knowledge_of_topic": counts[build.LITTLE],
        "some_knowledge_of_topic": counts[build.SOME],
        "extensive_knowledge_of_topic": counts[build.EXTENSIVE],
    }
    # hand count: 12 answers each; Extensive 6, 6 and 7
    assert (found["n_valid"], found["n_positive"]) == (12, counts[build.EXTENSIVE])


# ------------------------------------------------ French Google Forms: knowledge, contact

FR = "synthetic_google_forms_fr_contact.csv"
TWO_OF_THREE = f"*={build.THEORY}|{build.WELL};positive={build.WELL}"
THREE = f"*={build.NOT_WELL}|{build.THEORY}|{build.WELL};positive={build.WELL}"


def test_hand_counts_french() -> None:
    assert tally(FR, build.KNOWS) == {build.NOT_WELL: 4, build.THEORY: 5, build.WELL: 3}
    assert tally(FR, build.TRAFFICKING) == {build.NOT_WELL: 3, build.THEORY: 4, build.WELL: 5}
    assert tally(FR, build.REMEDIES) == {build.NOT_WELL: 6, build.THEORY: 4, build.WELL: 2}
    assert sum(n for text, n in tally(FR, build.SUGGEST).items() if text) == 6
    assert sum(n for text, n in tally(FR, build.CONTACT).items() if text) == 4
    no, yes = build.NO_END, build.YES_END
    assert tally(FR, build.SAY_A) == {no: 2, "2": 1, "3": 3, "4": 4, yes: 2}
    assert tally(FR, build.SAY_B) == {no: 1, "2": 2, "3": 2, "4": 2, yes: 4, "": 1}
    assert tally(FR, build.ALONE) == {no: 2, "2": 2, "3": 3, "4": 3, yes: 2}


#: what validate suggests for the grid whose ends are words and middle numbers
ENDS_SCALE = "*=Non, pas du tout|2|3|4|Oui, tout à fait;positive=4|Oui, tout à fait"


def test_labelled_ends_get_a_declaration_that_works() -> None:
    """A grid on *Non, pas du tout / 2 / 3 / 4 / Oui, tout à fait* (the real French CSR
    survey). Before: "5 distinct answers, none of them a rating label", no declaration, and
    the advice to list it as a choice question. Now: said to be numbers between two ends in
    words, with one ``--scale`` line for the grid, its "Non" end first, which counts as the
    hand count does."""
    found = columns(FR)
    for header in (build.SAY_A, build.SAY_B):
        column = found[header]
        assert column["role"] == "ignored"
        assert "numbers 2–4 between two ends in words" in column["how"]
        assert f'--scale "{ENDS_SCALE}"' in column["note"], column["note"]
        assert "choice question" not in column["note"]
    data = summary(FR, "--scale", ENDS_SCALE)
    # hand counts (csv above): A 12 rated, 6 positive (4: 4 + Oui: 2); B 11 rated (1 blank),
    # 6 positive (4: 2 + Oui: 4)
    a, b = item(data, build.SAY_ROW_A), item(data, build.SAY_ROW_B)
    assert (a["n_valid"], a["n_positive"], a["n_blank"]) == (12, 6, 0)
    assert (b["n_valid"], b["n_positive"], b["n_blank"]) == (11, 6, 1)
    assert a["group"] == b["group"] == build.SAY


def test_labelled_ends_of_a_question_alone_are_not_a_single_choice() -> None:
    """The same scale for a question outside a grid, every answer given twice or more. Before:
    read as a single choice (counts in no order, no % positive) with the advice to declare a
    scale but no line. Now: set aside with its own ``--scale`` line; pasted, it counts as the
    hand count does."""
    column = columns(FR)[build.ALONE]
    assert column["role"] == "ignored", column
    # its labels are those of the grid: one line for the three columns
    assert "(one line for these 3 columns)" in column["note"], column["note"]
    assert f'--scale "{ENDS_SCALE}"' in column["note"], column["note"]
    data = summary(FR, "--scale", ENDS_SCALE)
    alone = item(data, build.ALONE)
    # hand count: 12 rated, 5 positive (4: 3 + Oui, tout à fait: 2)
    assert (alone["n_valid"], alone["n_positive"]) == (12, 5)


def test_labelled_ends_in_an_order_nothing_tells_get_a_template() -> None:
    """Ends whose order neither the label model nor a No/Yes first word tells: a template
    that fails until the user orders them; ends the model reads are ordered by it."""
    unknown = declaration_suggestion("Q", ["Low", "2", "3", "4", "High"])
    assert unknown is not None and not unknown.complete
    assert "<put these labels in order" in unknown.option
    agree = declaration_suggestion(
        "Q", ["Tout à fait d'accord", "3", "2", "Pas du tout d'accord", "6"]
    )
    assert agree is not None and agree.complete
    assert agree.option == (
        "--scale \"Q=Pas du tout d'accord|2|3|4|5|6|Tout à fait d'accord;"
        "positive=6|Tout à fait d'accord\""
    )
    # three words, or one: not this shape
    assert labelled_ends(["Non", "Peut-être", "2", "Oui"]) is None
    assert labelled_ends(["Non", "2", "3"]) is None
    assert labelled_ends(["Non, pas du tout", "2", "3", "Oui"]) == (
        1,
        5,
        ("Non, pas du tout", "Oui"),
    )


@pytest.mark.parametrize(
    ("answer", "set_apart"),
    [
        ("Je ne connais pas bien", False),  # the lowest level of a knowledge scale
        ("Je ne connais pas très bien", False),
        ("Je ne sais pas comment agir", False),
        ("Don't know much about it", False),
        ("Je ne connais pas", True),  # "don't know" stays "don't know"
        ("Je ne connais pas cet outil", True),
        ("Je ne sais pas", True),
        ("I don't know", True),
        ("I don't know this tool", True),
        ("I don't agree", False),
    ],
)
def test_a_level_of_knowledge_is_not_dont_know(answer: str, set_apart: bool) -> None:
    from forum_eval.config.scales import is_not_applicable
    from forum_eval.textnorm import fold

    assert is_not_applicable(fold(answer)) is set_apart


def test_knowledge_grid_counts_its_three_labels() -> None:
    """Before: "Je ne connais pas bien" was a "don't know" answer, so validate said the grid
    had "2 distinct answers" and suggested nothing."""
    for header in (build.TRAFFICKING, build.REMEDIES):
        column = columns(FR)[header]
        assert column["how"] == "not read: 3 distinct answers, none of them a rating label"
        assert "--scale" in column["note"]


def test_declaring_the_two_labels_validate_listed_does_not_drop_the_third() -> None:
    """Before: with the two labels validate listed declared for every column (``*``), the 3
    "Je ne connais pas bien" of the trafficking row were counted apart as not applicable:
    5 of 9 (56 %) knew it well, where the form says 5 of 12. Now the declaration does not
    fit the grid's answers: the grid is not read, and the warning says so."""
    data = summary(FR, "--scale", TWO_OF_THREE)
    assert not any(i["label"] in ("La traite de personnes", "Les recours juridiques")
                   for i in data["items"])  # fmt: skip
    assert any(build.THEMES in w and "not summarised" in w for w in data["warnings"])


@pytest.mark.parametrize("header", ["TRAFFICKING", "REMEDIES"])
def test_knowledge_grid_read_once_declared(header: str) -> None:
    row = getattr(build, header)
    found = item(summary(FR, "--scale", THREE), row.rsplit("[", 1)[1].rstrip("]"))
    counts = tally(FR, row)
    assert found["counts"] == {
        "je_ne_connais_pas_bien": counts[build.NOT_WELL],
        "je_connais_en_theorie_mais_je_ne_sais_pas_comment_agir": counts[build.THEORY],
        "je_connais_bien_et_je_sais_comment_agir": counts[build.WELL],
    }
    # hand count: 12 answers, none apart; "bien" 5 (traite) and 2 (recours)
    assert (found["n_valid"], found["n_not_applicable"]) == (12, 0)
    assert found["n_positive"] == counts[build.WELL]


def test_contact_column_is_identifying_not_a_comment() -> None:
    """Before: the "leave us your name and e-mail" column was an open question (4 comments
    counted in it, its sentences offered to the comment themes)."""
    column = columns(FR)[" ".join(build.CONTACT.split())]
    assert column["role"] == "identifying"
    data = summary(FR)
    assert [(c["label"], c["n_comments"]) for c in data["comments"]] == [(build.SUGGEST, 6)]
    text = run("summarize", str(DATA / FR)).stdout + run("comments", str(DATA / FR)).stdout
    for value in tally(FR, build.CONTACT):
        for word in value.split():
            if word[:1].isupper() and len(word) > 3 and word not in ("Bon",):
                assert word not in text, word


def test_quotes_keep_the_common_words_of_a_signed_sentence() -> None:
    """read/identities.py took every word of a name column's answers as a name part, a
    sentence's too: 'les', 'est', 'des' were redacted from every quote ('Le repas [redacted]
    arrivé en retard'); and the signature's name still is."""
    text = " ".join(run("comments", str(DATA / FR)).stdout.split())
    assert "Le repas est arrivé en retard" in text
    assert "Odile" not in text and "Quintal" not in text


def test_checkbox_options_holding_a_comma_are_not_split() -> None:
    """On the real export: 'Oui' 60 % (21 of 35) and 'Non' 40 % (14 of 35), two options the
    form never had, listed first. The options are the answers given alone in a cell; a cell
    is split only into those (and a write-in)."""
    found = summary(FR)["multiselect"]  # read as a checkbox question, as the real one
    question = next(q for q in found if q["question"] == build.TRAINING_WISH)
    options = {o["label"]: o["n"] for o in question["options"] if o["id"] != "other_written_in"}
    cells = tally(FR, build.TRAINING_WISH)
    # hand count (csv): how many cells hold each option
    expected = {
        option: sum(n for cell, n in cells.items() if option in cell)
        for option in (build.UNDERSTAND, build.ACT, build.ENOUGH, build.NOT_INTERESTED)
    }
    assert expected == {build.UNDERSTAND: 7, build.ACT: 6, build.ENOUGH: 2, build.NOT_INTERESTED: 2}
    assert options == expected
