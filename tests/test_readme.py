"""The README cannot drift: every command is documented and its example commands run."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def example_lines() -> list[str]:
    """`forum-eval …` lines inside the README's ```sh blocks (comments stripped)."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line = line.split(" #", 1)[0].strip()
            if line.startswith("forum-eval "):
                lines.append(line)
    return lines


def test_readme_starts_with_exactly_two_setup_commands() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", setup, flags=re.S)
    assert len(blocks) == 2
    assert all(len(b.strip().splitlines()) == 1 for b in blocks)
    assert blocks[0].strip().endswith("forum-eval summarize 2019")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = blocks[1].strip().split("&& ", 3)[-1]  # pip install … && python -m pytest
    assert test_command in ci


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_documented(name: str) -> None:
    assert f"forum-eval {name}" in README


def _runnable(argv: list[str]) -> bool:
    """An example runs here unless it names an input file that only exists on a user's machine."""
    for arg in argv:
        if re.search(r"\.(csv|xlsx|xls|ods|tsv|txt)$", arg) and not (ROOT / arg).exists():
            previous = argv[argv.index(arg) - 1]
            if previous not in ("--out", "-o"):
                return False
    return True


def test_readme_examples_run(tmp_path: Path) -> None:
    lines = example_lines()
    assert len(lines) >= 4
    ran = 0
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        (tmp_path / "surveys").symlink_to(ROOT / "surveys")
        for line in lines:
            if "|" in line:
                line = line.split("|", 1)[0].strip()
            argv = shlex.split(line)[1:]
            if not _runnable(argv):
                continue
            result = runner.invoke(app, argv)
            assert result.exit_code == 0, (line, result.stderr)
            ran += 1
    finally:
        os.chdir(cwd)
    assert ran >= 4


def cited_tests() -> list[tuple[str, str]]:
    """The tests the README names as the proof of a promise (``tests/test_x.py::test_y``)."""
    return sorted(set(re.findall(r"(tests/test_\w+\.py)::(test_\w+)", README)))


def test_the_readme_cites_tests() -> None:
    assert len(cited_tests()) >= 20, cited_tests()  # the errors, privacy and writing promises


@pytest.mark.parametrize("path,name", cited_tests(), ids=lambda value: str(value))
def test_every_test_the_readme_cites_exists(path: str, name: str) -> None:
    """A promise backed by a test that was renamed or deleted is a promise backed by nothing."""
    import ast

    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    names = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    assert name in names, f"README cites {path}::{name}, which does not exist"


def test_every_platform_is_named_in_the_help_and_the_readme() -> None:
    """The values of ``--from`` are the platform adapters' names: the option's help and the
    README's platform table name each (odk, redcap and typeform had been left out)."""
    from forum_eval.cli.options import FromPlatform
    from forum_eval.read.platforms import PLATFORMS

    help_text = FromPlatform.__metadata__[0].help
    listed = re.search(r"`--from ([a-z|-]+)`", README)
    assert listed is not None
    for name in PLATFORMS:
        assert name in help_text, name
        assert name in listed.group(1).split("|"), name


def own_event_section() -> str:
    return README.split("### Your own event", 1)[1].split("\n### ", 1)[0]


def test_the_own_event_walkthrough_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's path for "your own event", command by command, with a SYNTHETIC French
    Google Forms export for 2023 and a SYNTHETIC English Microsoft Forms export for 2024 in
    place of ~/Downloads (tests/test_newcomer.py writes them), and the README's example
    items added to the questionnaire before `compare`: every command succeeds, the French
    and English wordings are compared as one item, the choice question's English answers
    are shown in French, and the Word document the block promises is written."""
    import json

    from tests.test_newcomer import write_english_microsoft_forms, write_french_google_forms

    section = own_event_section()
    block = re.search(r"```shell\n(.*?)```", section, flags=re.S)
    assert block is not None
    toml = re.search(r"\*\*Same question.*?```toml\n(.*?)```", section, flags=re.S)
    assert toml is not None
    items = "\n".join(line.removeprefix("  ") for line in toml.group(1).splitlines())
    files = {
        "~/Downloads/evaluation-2023.csv": write_french_google_forms(tmp_path / "fr-2023.csv"),
        "~/Downloads/evaluation-2024.xlsx": write_english_microsoft_forms(tmp_path / "en.xlsx"),
    }
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("FORUM_EVAL_PROJECT", raising=False)
    ran = []
    for line in block.group(1).splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line.startswith("forum-eval "):
            continue  # mkdir … && cd …: done above
        for shown, path in files.items():
            line = line.replace(shown, shlex.quote(str(path)))
        argv = shlex.split(line)[1:]
        if argv[0] == "compare":  # the step the README describes after the block
            with (folder / "questionnaire.toml").open("a", encoding="utf-8") as f:
                f.write("\n" + items)
        result = runner.invoke(app, argv)
        assert result.exit_code == 0, (line, result.stderr)
        ran.append(argv[0])
    assert ran == ["init", "add", "add", "summarize", "compare", "trend", "report"]
    assert (folder / "reports" / "2024" / "evaluation.fr.docx").is_file()
    compared = runner.invoke(app, ["compare", "2023", "2024", "--format", "json"])
    assert compared.exit_code == 0, compared.stderr
    assert "each have questions the other has not" not in compared.stderr
    by_id = {i["id"]: i for i in json.loads(compared.stdout)["items"]}
    # hand counts (tests/test_newcomer.py): 2023 10 of 12 positive, 2024 9 of 10
    assert (by_id["workshops"]["a"]["n_positive"], by_id["workshops"]["a"]["n_valid"]) == (10, 12)
    assert (by_id["workshops"]["b"]["n_positive"], by_id["workshops"]["b"]["n_valid"]) == (9, 10)
    french = runner.invoke(app, ["summarize", "2024", "--lang", "fr", "--format", "markdown"])
    assert french.exit_code == 0, french.stderr
    # 2024's English answers, in French: Community organisation 4, Municipality 4, Other 2
    assert "Organisme communautaire 4, Municipalité 4, Autre 2" in french.stdout
