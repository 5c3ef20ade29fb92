"""Issue 13: `validate`'s --scale suggestions, pasted as printed, for every readable file of
tests/data/ (the malformed and hostile ones aside): a complete suggestion makes `summarize`
succeed and reads the columns it names; a template (labels whose order the tool cannot
establish) fails until it is edited, saying what to do."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS

runner = CliRunner()
FILES = sorted(
    p
    for p in (ROOT / "tests" / "data").glob("*/*")
    if p.parent.name not in ("bad", "hostile") and p.suffix in (".csv", ".xlsx", ".xls", ".txt")
)
SUGGESTION = re.compile(r'--scale "(?:[^"\\]|\\.)*"')


def suggestions(path: Path) -> list[str]:
    result = runner.invoke(
        app, ["validate", str(path), "--format", "json", "--surveys-dir", str(SURVEYS)]
    )
    data = json.loads(result.stdout)
    found = {m.group(0) for c in data["columns"] for m in SUGGESTION.finditer(c["note"] or "")}
    return sorted(found)


def test_some_files_get_suggestions() -> None:
    assert sum(bool(suggestions(p)) for p in FILES) >= 2  # not vacuous


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_a_pasted_suggestion_works_or_says_to_edit_it(path: Path) -> None:
    for option in suggestions(path):
        args = shlex.split(option)
        result = runner.invoke(
            app,
            [
                "summarize",
                str(path),
                "--format",
                "json",
                "--lenient",
                "--surveys-dir",
                str(SURVEYS),
                *args,
            ],
        )
        if "<put these labels in order" in option:
            assert result.exit_code == 2, result.stderr
            assert "in order" in result.stderr
            continue
        assert result.exit_code == 0, (option, result.stderr)
        declared = [i for i in json.loads(result.stdout)["items"] if i["kind"] == "declared"]
        assert declared, option  # the columns it names are read with it
