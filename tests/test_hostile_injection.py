"""Never pass hostile text through (issue 14, case 15): terminal escape codes in a header or a
comment (clear the screen, set the window title, move the cursor, print fake figures) never
reach stdout or stderr raw, in any format; HTML in comments is escaped in Markdown.

The input, tests/data/hostile/escapes.csv, is SYNTHETIC (build_hostile.py): 40 respondents,
headers holding ESC [2J, ESC ]0;…BEL and ESC [31m, and 27 comments of which 8 hold escape
codes (C0 and C1), <script>, <img onerror>, <a href=javascript:…>. A test marked xfail
reproduces what the probe of issue 14 found today: it turns into a failure (strict) as soon as
a fix lands, and the fixer removes the marker.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS

ESCAPES = ROOT / "tests" / "data" / "hostile" / "escapes.csv"
runner = CliRunner()

#: control characters a terminal acts on: C0 but tab and line ends, DEL, C1 (U+0080–U+009F)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: an HTML tag opening a script or a handler, not escaped (neither &lt; nor \<)
RAW_HTML = re.compile(r"(?<!\\)<\s*(?:script|img|a\s|b>)", re.IGNORECASE)


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def raw_controls(text: str) -> list[str]:
    return sorted({repr(c) for c in CONTROL.findall(text)})


def test_the_fixture_holds_escape_codes_and_html() -> None:
    """The checks below can fail: the input holds what they look for."""
    text = ESCAPES.read_text(encoding="utf-8")
    assert {"\x1b", "\x07", "\x9b"} <= set(CONTROL.findall(text))
    assert len(RAW_HTML.findall(text)) >= 4


RUNS = [
    pytest.param(["summarize", "-f", "table"], id="summarize-table"),
    pytest.param(["summarize", "-f", "markdown"], id="summarize-markdown"),
    pytest.param(["summarize", "-f", "csv"], id="summarize-csv"),
    pytest.param(["summarize", "-f", "json"], id="summarize-json"),
    pytest.param(["validate", "-f", "table"], id="validate-table"),
    pytest.param(["validate", "-f", "json"], id="validate-json"),
    pytest.param(
        ["comments", "--uncoded", "--quotes", "5", "-f", "table"],
        id="comments-table",
    ),
    pytest.param(
        ["comments", "--uncoded", "--quotes", "5", "-f", "markdown"],
        id="comments-markdown",
    ),
    pytest.param(
        ["comments", "--uncoded", "--quotes", "5", "-f", "csv"],
        id="comments-csv",
    ),
    pytest.param(
        ["comments", "--uncoded", "--quotes", "5", "-f", "json"],
        id="comments-json",
    ),
]


@pytest.mark.parametrize("args", RUNS)
def test_no_control_character_reaches_the_terminal(args: list[str]) -> None:
    """Case 15: whatever the format, stdout and stderr hold no raw control character (JSON
    escapes C0 as \\u001b already: the summarize and validate JSON runs pass today and keep the
    class covered); the figures are still computed (hand count in build_hostile.py: 30 and 32
    of 40)."""
    command, *options = args
    result = cli(command, str(ESCAPES), *options)
    assert result.exit_code == 0, result.stderr
    assert raw_controls(result.stdout) == [], result.stdout
    assert raw_controls(result.stderr) == [], result.stderr
    if args == ["summarize", "-f", "json"]:
        items = json.loads(result.stdout)["items"]
        assert sorted((i["n_valid"], i["n_positive"]) for i in items) == [(40, 30), (40, 32)]


@pytest.mark.parametrize("where", ["stdout", "out-file"])
def test_html_in_comments_is_escaped_in_markdown(where: str, tmp_path: Path) -> None:
    """Case 15: the comments' HTML is shown as text in Markdown (&lt;script&gt; or \\<script>),
    never as tags a Markdown viewer would run or render."""
    out = tmp_path / "themes.md"
    args = ["comments", str(ESCAPES), "--uncoded", "--quotes", "5", "-f", "markdown"]
    result = cli(*args, *(["--out", str(out)] if where == "out-file" else []))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8") if where == "out-file" else result.stdout
    assert "alert" in text  # the comments are quoted …
    assert RAW_HTML.findall(text) == [], text  # … as text


def test_report_text_files_hold_no_control_character_nor_raw_html(tmp_path: Path) -> None:
    """Case 15 in `report` (a real process: the charts' warnings reach its stderr):
    summary.<lang>.md, summary.json and every alt text."""
    out = tmp_path / "report"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "forum_eval", "report", str(ESCAPES), "--out", str(out)),
            *("--lang", "en", "--jobs", "1", "--surveys-dir", str(SURVEYS)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert raw_controls(done.stdout) == [], done.stdout
    assert raw_controls(done.stderr) == [], done.stderr
    texts = [p for p in out.iterdir() if p.suffix in (".md", ".json", ".txt")]
    assert any(p.name == "summary.en.md" for p in texts)
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert raw_controls(text) == [], path.name
        if path.suffix == ".md":
            assert RAW_HTML.findall(text) == [], path.name


def test_the_shared_helpers_neutralise_every_control_and_escape_tags_only() -> None:
    """present/text.py, the one place outputs use: every C0 (but tab and line ends), DEL and
    C1 character gets a printable stand-in; a "<" that may open a tag becomes &lt; in
    Markdown, a "<" before a digit (a suppressed cell, "< 5") stays."""
    from forum_eval.present.text import markdown_text, neutralise, strip_controls

    every = "".join(chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)])
    assert raw_controls(neutralise(every)) == []
    assert neutralise("a\tb\r\nc") == "a\tb\r\nc"
    assert neutralise("\x1b[2J\x07") == "\u241b[2J\u2407"
    assert neutralise("\x9b31m") == "\ufffd31m"
    assert strip_controls("\x1b[31mred\x07") == "[31mred"
    assert markdown_text("<script>x</script> < 5 <img src=x onerror=y> </a") == (
        "&lt;script>x&lt;/script> < 5 &lt;img src=x onerror=y> &lt;/a"
    )
    assert RAW_HTML.findall(markdown_text("< script><a href='javascript:x'>")) == []
