"""`forum-eval init --lang fr` writes starter files whose comments are in French.

A French-speaking user fills questionnaire.toml, codebook.toml and forum-eval.toml by reading
their comments; they were in English only for the first two. The TOML content is the same in
both languages (only the comments differ), and the files load and work: a SYNTHETIC French
Google Forms export (tests/test_newcomer.py) is added and summarised in the new project.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.codebook import load_codebook
from forum_eval.config.project import TEMPLATES
from forum_eval.config.questionnaire import load_questionnaire

runner = CliRunner()
FILES = ("forum-eval.toml", "questionnaire.toml", "codebook.toml")
#: a sentence of each file's French comments, as a user reads it first
FRENCH = {
    "forum-eval.toml": "Fichier de projet forum-eval : votre événement et ses éditions.",
    "questionnaire.toml": "Adaptez-le à votre formulaire",
    "codebook.toml": "Modifiez-le librement : ajoutez un thème",
}
ENGLISH_WORDS = re.compile(r"\b(the|and|of|with|when|each|edit)\b", re.IGNORECASE)


def comments(text: str) -> list[str]:
    """The prose of a TOML file's whole-line comments, without their "#": a commented-out
    example line ("#   year = 2024   # required") gives only its own comment ("required");
    blank comments are left out."""
    prose = []
    for line in text.splitlines():
        if not line.strip().startswith("#"):
            continue
        comment = line.strip().lstrip("#").strip()
        if re.match(r"(\[\[|#?\s*[a-z_]+ = )", comment):  # an example TOML line
            comment = comment.split(" # ", 1)[1].strip() if " # " in comment else ""
        if comment:
            prose.append(comment)
    return prose


def init(folder: Path, lang: str) -> dict[str, str]:
    result = runner.invoke(app, ["init", str(folder), "--lang", lang])
    assert result.exit_code == 0, result.stderr
    return {name: (folder / name).read_text(encoding="utf-8") for name in FILES}


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, str]]]:
    root = tmp_path_factory.mktemp("init")
    return {lang: (root / lang, init(root / lang, lang)) for lang in ("fr", "en")}


@pytest.mark.parametrize("name", FILES)
def test_french_files_have_french_comments(projects, name: str) -> None:
    _, french = projects["fr"]
    _, english = projects["en"]
    fr_comments, en_comments = comments(french[name]), comments(english[name])
    assert len(fr_comments) >= 10
    assert FRENCH[name] in " ".join(fr_comments)
    # no English comment line left as it was, and no English sentence in the French ones
    # (but for the names of command-line options: "--lenient")
    assert {c for c in set(fr_comments) & set(en_comments) if not c.startswith("--")} == set()
    # (an English phrase in quotes, "93% of respondents …", is an example of the output)
    assert [c for c in fr_comments if ENGLISH_WORDS.search(re.sub(r'"[^"]*"', "", c))] == []
    # the English project keeps English comments
    assert len(ENGLISH_WORDS.findall(" ".join(en_comments))) >= 5


@pytest.mark.parametrize("name", ["questionnaire.toml", "codebook.toml"])
def test_the_toml_content_is_the_same_in_both_languages(projects, name: str) -> None:
    _, french = projects["fr"]
    _, english = projects["en"]
    assert tomllib.loads(french[name]) == tomllib.loads(english[name])
    # and the English one is the template the generic codebook is read from
    assert english[name] == (TEMPLATES / name).read_text(encoding="utf-8")


def test_french_files_load_and_a_year_is_summarised(projects, monkeypatch) -> None:
    from tests.test_newcomer import write_french_google_forms

    folder, _ = projects["fr"]
    items = load_questionnaire(folder / "questionnaire.toml").items
    assert {"organised", "accessibility", "comments"} <= {i.id for i in items}
    assert len(load_codebook(folder / "codebook.toml").themes) == 10
    export = write_french_google_forms(folder.parent / "synthetic-fr-2023.csv")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("FORUM_EVAL_PROJECT", raising=False)
    added = runner.invoke(app, ["add", "2023", str(export), "--attendees", "90"])
    assert added.exit_code == 0, added.stderr
    checked = runner.invoke(app, ["validate", "2023"])
    assert checked.exit_code == 0, checked.stderr
    summary = runner.invoke(app, ["summarize", "2023", "--format", "json"])
    assert summary.exit_code == 0, summary.stderr
    data = json.loads(summary.stdout)
    # "Le forum était bien organisé." is an alias of the starter's `organised` item
    assert "organised" in {i["id"] for i in data["items"]}
