"""Terminal tables from 120 columns down to 40: labels wrap between words, figures stay
whole, the verdict is never cut; narrower, the command stops with a hint (issue 17).

The 2016–2019 editions are the repository's sample (2019 a reconstruction of the published
figures, the others synthetic)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app

COMMANDS = {
    "summarize": ["summarize", "2019"],
    "compare": ["compare", "2018", "2019"],
    "trend": ["trend", "2016", "2017", "2018", "2019"],
    "comments": ["comments", "2019"],
}
#: words of labels and verdicts that must appear whole (not folded into pieces)
WORDS = {
    "summarize": ["organised", "constructive", "accessibility"],
    "compare": ["organised", "constructive", "accessibility", "detectable"],
    "trend": ["organised", "constructive", "Catharines"],
    "comments": ["French-language", "Survivors’", "questions"],
}
#: figures that must appear whole
FIGURES = {
    "summarize": ["31/31", "93–100%", "21/28", "60–86%"],
    "compare": ["(27/29)", "(31/31)", "+45", "−5 to +22", "0.012"],
    "trend": ["31/36", "71–94%", "89–100%"],
    "comments": ["24%", "19%"],
}


def run(command: str, width: int) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, [*COMMANDS[command], "--lang", "en"], env={"COLUMNS": str(width)}
    )
    return result.exit_code, result.output


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize("command", ["summarize", "compare", "trend"])
def test_tables_fit_and_keep_words_and_figures_whole(command: str, width: int) -> None:
    code, out = run(command, width)
    assert code == 0, out
    lines = out.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= width
    tokens = set(re.findall(r"[\w’'-]+", out))
    for word in WORDS[command]:
        assert word in tokens, f"{word!r} cut at {width} columns"
    flat = out.replace("\u00a0", " ")
    for figure in FIGURES[command]:
        assert figure in flat, f"{figure!r} cut at {width} columns"


@pytest.mark.parametrize("width", [80, 120])
def test_comments_table_fits(width: int) -> None:
    code, out = run("comments", width)
    assert code == 0, out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= width
    tokens = set(re.findall(r"[\w’'-]+", out))
    assert set(WORDS["comments"]) <= tokens
    assert all(f in out for f in FIGURES["comments"])


def test_comments_table_at_40_keeps_words_whole() -> None:
    code, out = run("comments", 40)
    assert code == 0
    tokens = set(re.findall(r"[\w’'-]+", out))
    assert {*WORDS["comments"], "Respondents"} <= tokens


@pytest.mark.parametrize(
    "command",
    [
        "summarize",
        "compare",
        "trend",
        "comments",
    ],
)
def test_narrower_than_40_stops_with_a_one_line_hint(command: str) -> None:
    code, out = run(command, 39)
    assert code == 2
    assert len(out.strip().splitlines()) == 1 and "--format markdown" in out
