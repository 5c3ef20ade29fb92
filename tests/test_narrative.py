"""The narrative reads as sentences on every survey shape (issue 17).

Every fixture read here is synthetic (tests/data/*/README or its file name says so); the real
exports of /work/shared are read only when ``../shared/real-exports`` exists.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.present.narrative import or_list, subject_of
from tests.golden.make_narratives import LANGS, SURVEYS, golden_path, narrative_text

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real-exports"
FIXTURES = sorted(
    p
    for folder in ("exports", "zero_config", "real_shapes", "multiselect")
    for p in (ROOT / "tests" / "data" / folder).iterdir()
    if p.suffix in {".csv", ".xlsx", ".xls", ".txt"}
)

#: wording that must never reach a reader
FORBIDDEN = [
    "1 items",
    "1 énoncés",
    "1 statements",
    "1 questions",
    "1 ont répondu",
    "1 respondents",
    "1 personnes",
    "déclarée positive",
    "declared positive",
]
#: a quoted object inside a sentence (not the heading at the start of a line) that asks
QUESTION_OBJECT = re.compile(r"^.+?[«“][^»”]*\?[^»”]*[»”]")
#: the opening of a multi-select sentence, where the question is quoted as the question asked
#: ("Asked “Which sessions did you attend?” (several answers allowed), the 10 …"): the rest
#: of the sentence is checked as the others
MULTISELECT_OPENING = re.compile(
    r"^(Asked “[^”]*”|À la question «[^»]*») "
    r"\((several answers allowed|plusieurs réponses possibles)\), "
)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(SURVEYS))
def test_narrative_golden(name: str, lang: str) -> None:
    """Regenerate with ``python tests/golden/make_narratives.py`` and review each line."""
    assert narrative_text(SURVEYS[name], lang) == golden_path(name, lang).read_text("utf-8")


def test_the_shapes_of_sentences() -> None:
    # a statement, from a synthetic SurveyMonkey grid: "agreed with", the labels counted
    # (hand count, csv module, Venue column of synthetic_surveymonkey_grid.csv: Very
    # satisfied 7, Satisfied 10, of 25 answers → 17 of 25 = 68%)
    en = narrative_text(SURVEYS["surveymonkey_grid"], "en").splitlines()
    assert (
        "68% of respondents were satisfied with “Venue” (Very satisfied or Satisfied, 17 of 25)."
        in en
    )
    # a yes/no question keeps its wording as a heading, never as an object
    assert "“Did you attend both days?”: 72% Yes (18 of 25)." in en
    fr = narrative_text(SURVEYS["google_forms_fr"], "fr").splitlines()
    assert any(line.startswith("«\u00a0Intéressant de poursuivre") for line in fr)


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("How satisfied were you with the following parts of the forum? [Venue]", ("Venue", True)),
        ("Overall, how satisfied were you with the forum?", ("the forum", True)),
        ("Êtes-vous satisfait·e de l'accueil sur place ?", ("l'accueil sur place", True)),
        (
            "Trouvez-vous intéressant de poursuivre ces rencontres chaque année ?",
            ("Intéressant de poursuivre ces rencontres chaque année", False),
        ),
        (
            "Dans quelle mesure le forum vous a-t-il aidé ?",
            ("Dans quelle mesure le forum vous a-t-il aidé ?", False),
        ),
        ("How would you rate the look of the interface?", ("the look of the interface", True)),
        ("The venue was easy to reach.", ("The venue was easy to reach", True)),
        ("Did you attend both days?", ("Did you attend both days?", False)),
    ],
)
def test_subject_of(wording: str, expected: tuple[str, bool]) -> None:
    assert subject_of(wording) == expected


def test_or_list() -> None:
    assert or_list(["Oui"], "fr") == "Oui"
    assert or_list(["A", "B"], "en") == "A or B"
    assert or_list(["A", "B", "C"], "fr") == "A, B ou C"


def _outputs(path: Path) -> list[str]:
    runner = CliRunner()
    texts = []
    for lang in LANGS:
        result = runner.invoke(
            app, ["summarize", str(path), "--format", "markdown", "--lang", lang, "--quiet"]
        )
        if result.exit_code == 0:  # files that stop with an error are other tests' business
            texts.append(result.stdout)
    return texts


def _check(text: str, where: str) -> None:
    for word in FORBIDDEN:
        # "21 respondents" is fine: a 1 that is a whole number
        assert not re.search(rf"(?<![\d\u00a0]){word}", text), f"{where}: {word!r}"
    for line in text.splitlines():
        if line.startswith("- "):  # the narrative's sentences
            sentence = MULTISELECT_OPENING.sub("", line[2:])
            assert not QUESTION_OBJECT.match(sentence), f"{where}: a question as object: {line}"


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_no_program_wording_in_any_fixture(path: Path) -> None:
    for text in _outputs(path):
        _check(text, path.name)


def test_no_program_wording_in_the_2019_sample() -> None:
    for lang in LANGS:
        result = CliRunner().invoke(
            app, ["summarize", "2019", "--format", "markdown", "--lang", lang]
        )
        assert result.exit_code == 0
        _check(result.stdout, f"2019 {lang}")


@pytest.mark.skipif(not REAL.is_dir(), reason="no ../shared/real-exports here")
def test_no_program_wording_in_the_real_exports() -> None:
    for path in sorted(REAL.glob("*.csv")):
        for text in _outputs(path):
            _check(text, path.name)


def test_plurals_and_one() -> None:
    """One N/A answer, one comment: singular forms in both languages (a synthetic
    zero-config form with 1 "not applicable" answer to its first item)."""
    path = ROOT / "tests" / "data" / "zero_config" / "google_forms_fr.csv"
    fr, en = (
        CliRunner()
        .invoke(app, ["summarize", str(path), "--format", "markdown", "--lang", lang])
        .stdout
        for lang in ("fr", "en")
    )
    assert "1 a répondu «\u00a0sans objet\u00a0»" in fr
    assert "(1 énoncé)" not in fr or "(1 énoncés)" not in fr
    assert "1 answered “not applicable”" in en


def test_compare_states_its_structure_and_explains_the_ordinal_test() -> None:
    """2017 → 2018 (synthetic editions): the response rate first; the accessibility item's
    test on all levels (p = 0.027) disagrees with its verdict (q = 0.23): one sentence says
    why."""
    result = CliRunner().invoke(app, ["compare", "2017", "2018", "--format", "markdown"])
    assert result.exit_code == 0
    bullets = [line[2:] for line in result.stdout.splitlines() if line.startswith("- ")]
    assert bullets[0].startswith("The response rate went from")
    assert bullets[1].startswith("No item changed between 2017 and 2018 by more than")
    accessibility = next(b for b in bullets if "accessibility needs" in b)
    assert accessibility.endswith(
        "The test on every level of the scale gives p = 0.027 before adjustment; the verdict "
        "rests on the share of positive answers, whose test, adjusted for the number of items "
        "compared, gives q = 0.23, not under the 0.05 threshold."
    )
    assert sum("every level of the scale gives" in b for b in bullets) == 1


def test_questions_are_headed_question_and_the_method_note_names_their_labels() -> None:
    """A synthetic Qualtrics export of satisfaction questions only (no statement): the table's
    heading is "Question", and the method note names the labels counted, not agreement."""
    path = ROOT / "tests" / "data" / "real_shapes" / "synthetic_qualtrics_satisfaction4.csv"
    for lang, heading, labels in [
        # the form's own four labels (issue 13: never merged into a built-in scale), as the
        # respondents saw them, in English in both outputs: the form was in English
        ("en", "| Question |", "Very satisfied, Satisfied or Somewhat satisfied (4 questions)"),
        ("fr", "| Question |", "Very satisfied, Satisfied ou Somewhat satisfied (4 questions)"),
    ]:
        result = CliRunner().invoke(
            app, ["summarize", str(path), "--format", "markdown", "--lang", lang, "--quiet"]
        )
        assert result.exit_code == 0
        assert heading in result.stdout
        assert labels in result.stdout
        assert "agree" not in result.stdout.lower().split("## figures")[-1]
        assert "d'accord" not in result.stdout


def test_one_respondent_reads_in_the_singular(tmp_path: Path) -> None:
    """The synthetic zero-config French form cut to its header and first row: one person,
    who wrote one comment (hand count: row 1 of google_forms_fr.csv has a comment)."""
    source = ROOT / "tests" / "data" / "zero_config" / "google_forms_fr.csv"
    path = tmp_path / "one.csv"
    path.write_text("".join(source.read_text("utf-8").splitlines(keepends=True)[:2]), "utf-8")
    expected = {
        "en": ["1 respondent (number", "1 person answered", "1 respondent wrote a comment"],
        "fr": [
            "1 personne répondante (nombre",
            "1 personne a répondu au formulaire",
            "1 personne répondante a écrit un commentaire",
        ],
    }
    for lang, phrases in expected.items():
        result = CliRunner().invoke(
            app, ["summarize", str(path), "--format", "markdown", "--lang", lang, "--quiet"]
        )
        assert result.exit_code == 0
        for phrase in phrases:
            assert phrase in result.stdout
        _check(result.stdout, f"one respondent {lang}")
