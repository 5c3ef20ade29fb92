"""A new user's path through the README (the newcomer walkthrough): a French Google Forms
export one year, an English Microsoft Forms export the next, a French report.

Every response file here is SYNTHETIC, written by the tests (invented answers; the e-mails
and names are made up, @example.org).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app

runner = CliRunner()

# SYNTHETIC 2023 form, Google Forms in French (12 rows). "Le forum était bien organisé."
# (the starter questionnaire's `organised`, in both years): 8 + 4 = 12 positive of 12.
FR_ORGANISED = ["Tout à fait d'accord"] * 8 + ["Plutôt d'accord"] * 4
# Hand count of the workshops statement:
# Tout à fait d'accord 6 + Plutôt d'accord 4 = 10 positive of 12 (Plutôt en désaccord 2).
FR_WORKSHOPS = ["Tout à fait d'accord"] * 6 + ["Plutôt d'accord"] * 4 + ["Plutôt en désaccord"] * 2
FR_SECTOR = ["Organisme communautaire"] * 5 + ["Municipalité"] * 4 + ["Autre"] * 3
# SYNTHETIC 2024 form, Microsoft Forms in English (10 rows). "The forum was well organised.":
# Strongly agree 6 + Agree 3 = 9 positive of 10 (Disagree 1).
EN_ORGANISED = ["Strongly agree"] * 6 + ["Agree"] * 3 + ["Disagree"]
# Workshops: Strongly agree 7 + Agree 2 = 9
# positive of 10 (Neither 1); sector: Community organisation 4, Municipality 4, Other 2.
EN_WORKSHOPS = ["Strongly agree"] * 7 + ["Agree"] * 2 + ["Neither agree nor disagree"]
EN_SECTOR = ["Community organisation"] * 4 + ["Municipality"] * 4 + ["Other"] * 2


def write_french_google_forms(path: Path) -> Path:
    """A SYNTHETIC Google Forms export in French (Horodateur, Adresse e-mail …)."""
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(
            [
                "Horodateur",
                "Adresse e-mail",
                "Le forum était bien organisé.",
                "Les ateliers répondaient à mes besoins.",
                "Dans quel secteur travaillez-vous ?",
                "Commentaires et suggestions",
            ]
        )
        rows = zip(FR_ORGANISED, FR_WORKSHOPS, FR_SECTOR, strict=True)
        for k, (organised, work, sector) in enumerate(rows):
            comment = "Plus de temps pour les questions, svp." if k % 3 == 0 else ""
            stamp = f"2023/10/12 9:{10 + k}:00 AM UTC−4"
            writer.writerow([stamp, f"p{k}@example.org", organised, work, sector, comment])
    return path


def write_english_microsoft_forms(path: Path) -> Path:
    """A SYNTHETIC Microsoft Forms export in English (ID, Start time, Email, Name …)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "The forum was well organised.",
            "The workshops met my needs.",
            "What sector do you work in?",
            "Comments and suggestions",
        ]
    )
    rows = zip(EN_ORGANISED, EN_WORKSHOPS, EN_SECTOR, strict=True)
    for k, (organised, work, sector) in enumerate(rows):
        comment = "More time for questions please." if k % 3 == 0 else None
        sheet.append(
            [
                k + 1,
                f"2024-10-10 10:{k:02d}:00",
                f"2024-10-10 10:{k + 5:02d}:00",
                f"q{k}@example.org",
                f"Person {k}",
                organised,
                work,
                sector,
                comment,
            ]
        )
    book.save(path)
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project made as the README says (init --lang fr, add, add), current folder inside."""
    monkeypatch.delenv("FORUM_EVAL_PROJECT", raising=False)
    folder = tmp_path / "forum"
    folder.mkdir()
    monkeypatch.chdir(folder)
    fr = write_french_google_forms(tmp_path / "Évaluation du forum 2023 (réponses).csv")
    en = write_english_microsoft_forms(tmp_path / "Forum evaluation 2024(1-10).xlsx")
    for argv in (
        ["init", "--lang", "fr"],
        ["add", "2023", str(fr), "--attendees", "90", "--data", "synthetic"],
        ["add", "2024", str(en), "--attendees", "120", "--data", "synthetic"],
    ):
        result = runner.invoke(app, argv)
        assert result.exit_code == 0, (argv, result.stderr)
    return folder


def test_compare_says_how_to_match_questions_asked_in_two_languages(project: Path) -> None:
    """The French and English wordings of one question are two items until the questionnaire
    lists them: the comparison listed them as "asked only in …" and said nothing of how to
    match them. A warning now names them and the fix."""
    result = runner.invoke(app, ["compare", "2023", "2024"])
    assert result.exit_code == 0, result.stderr
    assert "Warning: 2023 and 2024 each have questions the other has not" in result.stderr
    assert '"Les ateliers répondaient à mes besoins."' in result.stderr
    assert '"The workshops met my needs."' in result.stderr
    assert "questionnaire.toml" in result.stderr and "aliases" in result.stderr
    report = runner.invoke(app, ["report", "2024", "--compare", "2023", "--lang", "fr"])
    assert report.exit_code == 0, report.stderr
    assert "each have questions the other has not" in report.stderr


def test_no_matching_warning_when_a_question_was_only_added() -> None:
    """The bundled editions add and drop questions over the years: one side only, no warning."""
    from tests.conftest import ROOT

    result = runner.invoke(
        app, ["compare", "2018", "2019", "--project", str(ROOT / "surveys"), "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert "each have questions the other has not" not in result.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_init_names_the_questionnaire_as_a_next_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """`init` said "edit the [event] table …, then add an edition": the questionnaire, which
    decides whether two years' questions compare, was not among the next steps."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("Ensuite" if lang == "fr" else "Next")
    assert "questionnaire.toml" in last and "aliases" in last


@pytest.mark.parametrize("command", ["summarize", "compare", "report", "comments", "validate"])
def test_help_points_to_the_project_not_to_the_sample(command: str) -> None:
    """``--help`` said the years came from surveys/forums.toml, showed ``[default: surveys]``
    for --project and gave surveys/questionnaire.toml as the questionnaire: in her own
    project, a user thought she had to pass --project and that her questionnaire was ignored."""
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "[default: surveys]" not in text
    assert "(default: surveys/questionnaire.toml)" not in text
    assert "a year from surveys/forums.toml" not in text
    assert "years from surveys/forums.toml" not in text
    if "--questionnaire" in text:
        assert "the project's questionnaire.toml" in text


def test_a_listed_agreement_item_names_the_forms_own_labels(project: Path) -> None:
    """Her form said "Tout à fait d'accord / Plutôt d'accord"; listed in the questionnaire with
    kind = "agreement", the French summary says % favorable = "Fortement d'accord ou
    D'accord", labels her respondents never saw (and the chart's legend adds a neutral
    "Ni en accord ni en désaccord" the form did not offer)."""
    with (project / "questionnaire.toml").open("a", encoding="utf-8") as f:
        f.write(
            '\n[[item]]\nid = "workshops"\nkind = "agreement"\n'
            'question = { en = "The workshops met my needs.", '
            'fr = "Les ateliers répondaient à mes besoins." }\n'
        )
    result = runner.invoke(app, ["summarize", "2023", "--format", "json", "--lang", "fr"])
    assert result.exit_code == 0, result.stderr
    method = json.loads(result.stdout)["narrative"]
    text = method if isinstance(method, str) else " ".join(method)
    assert "Fortement d'accord" not in text


def test_a_french_satisfaction_sentence_is_french(tmp_path: Path) -> None:
    """ "Dans l'ensemble, êtes-vous satisfait·e du forum ?" gave "76 % des personnes
    répondantes sont satisfaites de « forum »": a fragment of the question in quotes after
    "de". SYNTHETIC file: Très satisfait·e 3 + Satisfait·e 2 = 5 of 6 (Insatisfait·e 1)."""
    path = tmp_path / "synthetic.csv"
    answers = ["Très satisfait·e"] * 3 + ["Satisfait·e"] * 2 + ["Insatisfait·e"]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Horodateur", "Dans l'ensemble, êtes-vous satisfait·e du forum ?"])
        writer.writerows([f"2025/10/16 9:0{k}:00 AM", a] for k, a in enumerate(answers))
    result = runner.invoke(app, ["summarize", str(path), "--format", "markdown", "--lang", "fr"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout.replace("\xa0", " ").replace("\u202f", " ")
    assert "83 %" in text  # 5/6
    assert "satisfaites de « forum »" not in text
    assert "83 % des personnes répondantes sont satisfaites du « forum »" in text


def test_a_report_open_in_word_says_to_close_it(project: Path) -> None:
    """She opens evaluation.fr.docx in Word, fixes her questionnaire and runs `report` again:
    Word's lock file "~$aluation.fr.docx" (LibreOffice: ".~lock.evaluation.fr.docx#") sits
    in the folder, and the refusal told her to move "those files" elsewhere; it now says the
    document is open and to close it (the report is still left untouched)."""
    argv = ["report", "2024", "--lang", "fr", "--docx"]
    assert runner.invoke(app, argv).exit_code == 0
    (project / "reports" / "2024" / "~$aluation.fr.docx").write_bytes(b"\x00lock")
    result = runner.invoke(app, argv)
    assert result.exit_code == 1
    assert "open in Word or LibreOffice" in result.stderr
    assert "Close the document" in result.stderr
    assert (project / "reports" / "2024" / "~$aluation.fr.docx").is_file()


def test_form_finds_the_project_questionnaire(project: Path) -> None:
    """In her project folder, `forum-eval form --format markdown` said "surveys/
    questionnaire.toml: questionnaire file not found": form looked in surveys/ instead of
    finding the project as summarize does (the listed-scale helper's walkthrough)."""
    import tomllib

    result = runner.invoke(app, ["form", "--format", "markdown", "--lang", "fr"])
    assert result.exit_code == 0, result.stderr
    items = tomllib.loads((project / "questionnaire.toml").read_text("utf-8"))["item"]
    # hand check: the first listed question's French text is in the form
    assert " ".join(items[0]["question"]["fr"].split()) in " ".join(result.stdout.split())
