"""Malformed input: each file of tests/data/bad/ (written by build_bad.py) gives one clear
``Error:`` line — what, where, how to fix — exit 1, no traceback, nothing written. A
hypothesis test feeds arbitrary bytes and CSV text to the loader: only the project's own
errors may escape.
"""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.questionnaire import Questionnaire
from forum_eval.errors import ForumEvalError
from forum_eval.read import PLATFORMS, load_table
from forum_eval.read.normalise import normalise
from tests.conftest import SURVEYS

BAD = Path(__file__).resolve().parent / "data" / "bad"
runner = CliRunner()

#: file → (extra arguments, fragments the one error line must contain: what, where, how)
CASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "empty.csv": ((), ("the file is empty", "Export the responses again")),
    "whitespace_only.csv": ((), ("the file is empty",)),
    "header_only.csv": ((), ("has a header but no responses", "not only the questions")),
    "header_then_empty_rows.csv": ((), ("every row below it is empty",)),
    "no_header_names.csv": ((), ("the first row has no column names", "must hold the questions")),
    "off_scale_value.csv": (
        (),
        (
            'column "The forum was well organised.", rows 3, 5: "Strongly agreee" is not on '
            "the agreement5 scale",
            "accepted: Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree",
            "pass --lenient",
        ),
    ),
    "off_scale_many_rows.csv": (
        (),
        ('rows 10, 11, 12, 13, 14 and 2 more: "Agre" is not on the agreement5 scale',),
    ),
    "off_scale_french.csv": (
        (),
        (
            'column "Le forum était bien organisé.", row 6: "Daccord pas du tout"',
            "Fortement d'accord",
        ),
    ),
    "ragged_more_fields.csv": ((), ("line 4: 5 fields where the header has 3", "without quotes")),
    "ragged_fewer_fields.csv": ((), ("line 3: 2 fields where the header has 3",)),
    "unterminated_quote.csv": ((), ("a quote is opened and never closed", "Check the quotes")),
    "no_items.csv": (
        (),
        ('no evaluation item was recognised among the 3 columns ("City", "Age"', "validate"),
    ),
    "only_metadata.csv": ((), ("1 metadata, 2 identifying", "no evaluation item")),
    "image.png": ((), ("this is a PNG image, not a table", "Give a CSV")),
    "photo_named.csv": ((), ("this is a JPEG image",)),
    "document.pdf": ((), ("this is a PDF document",)),
    "random_bytes.bin": ((), ("not a text table (it contains binary data)",)),
    "nul_bytes.csv": ((), ("not a text table (it contains binary data)",)),
    "responses.csv.gz": ((), ("this is a gzip archive",)),
    "web_page.csv": ((), ("web page", "download the responses again")),
    "archive.zip": ((), ("this is a ZIP archive, not a workbook", "Extract it")),
    "truncated.xlsx": ((), ("this workbook is damaged",)),
    "corrupt.xlsx": ((), ("this workbook cannot be opened", "password-protected or damaged")),
    "corrupt.xls": ((), ("this workbook cannot be opened",)),
    "corrupt.ods": ((), ("this workbook cannot be opened",)),
    "password_protected.xlsx": ((), ("this workbook is password-protected", "remove the password")),
    "text_named.xlsx": ((), ("the name says workbook but the content is not",)),
    "empty_workbook.xlsx": ((), ('none of its sheets ("Sheet") holds a table', "--sheet")),
    "two_sheets.xlsx": (("--sheet", "Results"), ('no sheet \'Results\'. Sheets: "Notes", "Data"',)),
    "unknown_encoding.csv": ((), ("text encoding could not be recognised", "offset 17", "UTF-8")),
    "broken_utf8_after_bom.csv": ((), ("text encoding could not be recognised",)),
    "a_folder.csv": ((), ("is a folder, not a file",)),
    "does_not_exist.csv": ((), ("file not found",)),
}


def test_there_are_at_least_25_bad_files_each_with_its_message() -> None:
    on_disk = {p.name for p in BAD.iterdir() if p.suffix != ".py"}
    assert len(on_disk) >= 25
    assert on_disk <= set(CASES), on_disk - set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gives_one_clear_error(name: str, tmp_path: Path) -> None:
    args, fragments = CASES[name]
    out = tmp_path / "summary.json"
    path = BAD / name
    result = runner.invoke(
        app,
        [
            "summarize",
            str(path),
            *args,
            "--format",
            "json",
            "--out",
            str(out),
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert str(path) in lines[0]  # where: the file
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.stderr
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert not out.exists()  # nothing half-written
    assert list(tmp_path.iterdir()) == []


def test_identifying_values_are_never_echoed_in_errors() -> None:
    result = runner.invoke(app, ["summarize", str(BAD / "off_scale_value.csv")])
    assert result.exit_code == 1
    assert "example.org" not in result.stderr and "person" not in result.stderr
    result = runner.invoke(app, ["summarize", str(BAD / "only_metadata.csv")])
    assert "ana@example.org" not in result.stderr and "Ana Lima" not in result.stderr


def test_lenient_counts_off_scale_values_and_goes_on() -> None:
    result = runner.invoke(
        app, ["summarize", str(BAD / "off_scale_value.csv"), "--lenient", "--format", "json"]
    )
    assert result.exit_code == 0
    assert "Warning:" in result.stderr and "rows 3, 5" in result.stderr
    import json

    item = json.loads(result.stdout)["items"][0]
    # Agree, Strongly agreee, Agree, Strongly agreee, Disagree: 2 of 3 valid, 2 invalid
    assert (item["n_valid"], item["n_invalid"], item["n_positive"]) == (3, 2, 2)


def test_bad_scale_declaration_is_a_usage_error() -> None:
    result = runner.invoke(
        app,
        [
            "summarize",
            str(BAD / "no_items.csv"),
            "--scale",
            "Favourite colour=red|green|blue;positive=purple",
        ],
    )
    assert result.exit_code == 2
    assert (
        "Error: --scale" in result.stderr and "'purple' are not among the labels" in result.stderr
    )


def test_debug_shows_the_traceback() -> None:
    """--debug prints the frames and the exception's type (never its message: issue 14 #12,
    tests/test_hostile_privacy.py), then the same one Error line as without it."""
    result = runner.invoke(app, ["--debug", "summarize", str(BAD / "image.png")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "forum_eval/cli/__init__.py" in result.stderr  # the frames
    assert "forum_eval.errors.InputError: (message not shown" in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    plain = runner.invoke(app, ["summarize", str(BAD / "image.png")])
    assert last == plain.stderr.strip() and last.startswith("Error: ")


# ---------------------------------------------------------------------------- fuzzing

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of an .xls (or encrypted) workbook


def _load_and_normalise(path: Path, platform: str | None = None) -> None:
    """Read and normalise ``path``; the project's own errors are fine, anything else fails."""
    with contextlib.suppress(ForumEvalError):
        normalise(load_table(path, platform=platform), Questionnaire(), lenient=True)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_only_our_errors(data: bytes, tmp_path: Path) -> None:
    for suffix, prefix in (
        (".csv", b""),
        (".xlsx", b""),
        (".xlsx", b"PK\x03\x04"),
        (".xls", _OLE2),
    ):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(prefix + data)
        _load_and_normalise(path)


_cell = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12
) | st.sampled_from(["Agree", "Strongly agree", "N/A", "Oui", "", '"', ";", "\n", "5", "Yes"])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(_cell, min_size=1, max_size=5), min_size=0, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_arbitrary_csv_text_raises_only_our_errors(
    rows: list[list[str]], delimiter: str, encoding: str, tmp_path: Path
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    _load_and_normalise(path)


_PLATFORM_HEADS = [
    [["Timestamp", "Email Address"]],
    [["ID", "Start time", "Completion time", "Email", "Name"]],
    [["Respondent ID", "Collector ID", "Q"], ["", "", "Response"]],
    [["StartDate", "Status", "Finished", "ResponseId", "Q1_1"], ["Start Date", "Response Type"]],
    [["StartDate", "Status"], ["a", "b"], ['{"ImportId":"startDate"}']],
    [["id", "submitdate", "lastpage", "Q1. text"]],
    [["start", "_id", "_uuid", "g/q"], ["#date", "#x"]],
]


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    head=st.sampled_from(_PLATFORM_HEADS),
    rows=st.lists(st.lists(_cell, min_size=0, max_size=7), min_size=0, max_size=6),
    widen=st.booleans(),
    platform=st.sampled_from([None, *PLATFORMS]),
)
def test_platform_shaped_text_raises_only_our_errors(
    head: list[list[str]], rows: list[list[str]], widen: bool, platform: str | None, tmp_path: Path
) -> None:
    """Detected or forced with --from, whatever the rows."""
    all_rows = [list(r) for r in head] + rows
    if widen:  # a consistent width, so that the platform adapter (not the CSV check) runs
        width = max(len(r) for r in all_rows)
        all_rows = [r + [""] * (width - len(r)) for r in all_rows]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(all_rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    _load_and_normalise(path, platform)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.csv"
    path.write_text("Timestamp,Question\n2024,Agree\n", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {path}: cannot be read (Permission denied). "
        "Check that the file exists and that you are allowed to read it."
    )


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    for name in ("random_bytes.bin", "corrupt.xlsx", "ragged_more_fields.csv"):
        result = subprocess.run(
            [sys.executable, "-m", "forum_eval", "summarize", str(BAD / name)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
