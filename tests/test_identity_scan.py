"""No output of any command contains an identity planted in the input.

tests/data/privacy/planted.csv has e-mail, name, IP and organisation columns filled with
distinctive made-up identities, and comments that repeat them (plus phone numbers and a
URL). Every command of the CLI is run on it in every format and language, including its
error paths and ``--debug``; stdout, stderr, exception text and every file written are
scanned. A command added later is run with generic arguments until it gets its own entry
in INVOCATIONS.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "privacy"
PLANTED = DATA / "planted.csv"
BAD = DATA / "planted_bad.csv"  # the same file with an answer off the scale

#: what must never appear (compared case-insensitively)
IDENTITIES = (
    "quilliam",
    "zorbrecht",
    "vandersplunk",
    "oxley",
    "pembrithe",
    "planted-example",
    "198.51.100.231",
    "198.51.100.232",
    "2001:db8::7f3a",
    "xyloquent",
    "oxbourne",
    "555 0147",
    "555-0123",
)

FORMATS = ("table", "json", "markdown", "csv")
LANGS = ("en", "fr")


def _source_runs(command: str, source: Path) -> list[list[str]]:
    """Argument lists for one command on one source file."""
    s = str(source)
    if command == "summarize":
        runs = [["summarize", s, "-f", f, "--lang", lang] for f in FORMATS for lang in LANGS]
        runs += [
            ["summarize", s, "--by", by, "-f", f]
            for by in ("identity", "expertise")
            for f in FORMATS
        ]
        return runs
    if command == "comments":
        runs = [
            ["comments", s, "-f", f, "--lang", lang, "--uncoded", "--quotes", "5"]
            for f in FORMATS
            for lang in LANGS
        ]
        runs += [["comments", s, "--by", "identity", "-f", f] for f in FORMATS]
        return runs
    if command == "validate":
        return [["validate", s, "-f", f] for f in ("table", "json")]
    if command in ("compare", "trend"):
        return [[command, s, s, "-f", f, "--lang", lang] for f in FORMATS for lang in LANGS]
    if command == "report":
        return []  # needs an output folder: see test_report_files_are_clean
    return [[command, s], [command, s, "--format", "json"]]


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def _scan(texts: list[str], where: str) -> None:
    for text in texts:
        low = text.lower()
        for identity in IDENTITIES:
            assert identity not in low, f"{where}: {identity!r} leaked:\n{text[:2000]}"


def _outputs(result) -> list[str]:
    texts = [result.stdout, result.stderr]
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        texts.append("".join(traceback.format_exception(result.exception)))
    return texts


def test_fixture_really_holds_the_identities() -> None:
    text = PLANTED.read_text(encoding="utf-8").lower()
    for identity in IDENTITIES:
        assert identity in text


def test_the_known_commands_are_all_scanned() -> None:
    assert {"summarize", "comments"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_no_identity_in_any_output(command: str, tmp_path: Path) -> None:
    for args in _source_runs(command, PLANTED):
        result = runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])
        _scan(_outputs(result), " ".join(args))
        if command in ("summarize", "comments", "validate"):
            assert result.exit_code == 0, (args, result.stderr)
    # the same through --out, for the commands that write a file
    if command in ("summarize", "comments"):
        for fmt in FORMATS:
            target = tmp_path / f"{command}.{fmt}"
            result = runner.invoke(
                app,
                [
                    command,
                    str(PLANTED),
                    "-f",
                    fmt,
                    "--out",
                    str(target),
                    "--surveys-dir",
                    str(SURVEYS),
                ],
            )
            assert result.exit_code == 0, result.stderr
            _scan([target.read_text(encoding="utf-8")], f"{command} --out {fmt}")


@pytest.mark.parametrize("command", _commands())
@pytest.mark.parametrize("debug", [False, True])
def test_no_identity_in_errors(command: str, debug: bool, tmp_path: Path) -> None:
    prefix = ["--debug"] if debug else []
    runs = _source_runs(command, BAD)[:2] or [[command, str(BAD), "--out", str(tmp_path / "r")]]
    for args in runs:
        result = runner.invoke(app, [*prefix, *args, "--surveys-dir", str(SURVEYS)])
        _scan(_outputs(result), " ".join(prefix + args))
        if command in ("summarize", "comments") and not debug:
            assert result.exit_code == 1 and result.stderr.startswith("Error:"), result.stderr


def test_report_files_are_clean(tmp_path: Path) -> None:
    if "report" not in _commands():
        pytest.skip("no report command yet")
    out = tmp_path / "report"
    result = runner.invoke(
        app, ["report", str(PLANTED), "--out", str(out), "--surveys-dir", str(SURVEYS)]
    )
    _scan(_outputs(result), "report")
    assert result.exit_code == 0, result.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes().lower()
        for identity in IDENTITIES:
            assert identity.encode() not in data, f"{path.name}: {identity!r} leaked"
