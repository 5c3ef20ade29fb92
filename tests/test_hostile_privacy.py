"""Never leak an identity (issue 14, cases 4, 11–14): the planted-identity scan of
tests/test_identity_scan.py extended to answers off the scale, a ragged row under `--debug`,
postal-address columns and comments, the hints of `validate`, and a plain CSV taken for
Qualtrics.

Every person, e-mail address (example.org), phone number (555-01xx), IP address
(203.0.113.x), street and postal code in tests/data/hostile/ is SYNTHETIC, invented by
build_hostile.py, which also lists what must never appear (``identities``,
``ADDRESS_TRACES``). A test marked xfail reproduces a leak the probe of issue 14 found: it turns
into a failure (strict) as soon as a fix lands, and the fixer removes the marker.
"""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS
from tests.data.hostile import build_hostile as hostile

HOSTILE = ROOT / "tests" / "data" / "hostile"
ADDRESSES = HOSTILE / "address_columns.csv"
runner = CliRunner()
FORMATS = ("table", "json", "markdown", "csv")


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def outputs(result) -> list[str]:
    """stdout, stderr and, for an exception that escaped, its whole traceback."""
    texts = [result.stdout, result.stderr]
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        texts.append("".join(traceback.format_exception(result.exception)))
    return texts


def scan(texts: list[str], traces: list[str] | tuple[str, ...], where: str) -> None:
    for text in texts:
        low = text.lower()
        for trace in traces:
            assert trace.lower() not in low, f"{where}: {trace!r} leaked:\n{text[:3000]}"


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    assert "unexpected internal error" not in lines[0], stderr
    return lines[0]


def planted(name: str, count: int) -> list[str]:
    """The identities of ``hostile.people(count)`` that the file ``name`` holds."""
    text = (HOSTILE / name).read_text(encoding="utf-8").lower()
    return [trace for trace in hostile.identities(count) if trace.lower() in text]


def test_the_fixtures_really_hold_what_is_scanned_for() -> None:
    """The scans below can fail: their inputs hold the traces (counts from build_hostile.py:
    surname, e-mail, phone, IP per person)."""
    assert len(planted("off_scale_identity.csv", 12)) == 12 + 12 + 1  # surnames, e-mails, phone
    assert len(planted("ragged_identity.csv", 6)) == 3  # one person's surname, e-mail, phone
    assert len(planted("qualtrics_lookalike.csv", 38)) == 38 * 4
    assert len(planted("referral_names.csv", 3)) == 3  # the referrers' surnames
    text = ADDRESSES.read_text(encoding="utf-8").lower()
    assert all(trace in text for trace in hostile.ADDRESS_TRACES)


# ---------------------------------------------------- 11: answers off the scale that identify

OFF_SCALE = HOSTILE / "off_scale_identity.csv"
#: the three off-scale answers: an e-mail (row 4), a name (row 6), a phone number (row 8)
OFF_SCALE_TRACES = planted("off_scale_identity.csv", 12)


@pytest.mark.xfail(
    strict=True, reason="issue 14 #11: the Error line quotes the e-mail, name and phone verbatim"
)
@pytest.mark.parametrize("command", ["summarize", "comments", "compare", "report"])
def test_the_error_line_does_not_quote_an_identity(command: str, tmp_path: Path) -> None:
    """Case 11: the e-mail, name and phone answered to an agreement question stop the command
    with one Error line that says where (rows 4, 6, 8) without quoting them."""
    args = {
        "summarize": ["summarize", str(OFF_SCALE)],
        "comments": ["comments", str(OFF_SCALE)],
        "compare": ["compare", str(HOSTILE / "baseline_38.csv"), str(OFF_SCALE)],
        "report": ["report", str(OFF_SCALE), "--out", str(tmp_path / "r"), "--jobs", "1"],
    }[command]
    result = cli(*args)
    scan(outputs(result), OFF_SCALE_TRACES, command)
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert "rows 4, 6, 8" in line, line


@pytest.mark.xfail(
    strict=True, reason="issue 14 #11: validate quotes the e-mail, name and phone verbatim"
)
@pytest.mark.parametrize("format", ["table", "json"])
def test_validate_does_not_quote_an_identity(format: str) -> None:
    result = cli("validate", str(OFF_SCALE), "--format", format)
    scan(outputs(result), OFF_SCALE_TRACES, f"validate -f {format}")
    assert "4, 6, 8" in result.stdout, result.stdout


@pytest.mark.xfail(
    strict=True,
    reason="issue 14 #11: the --lenient warning (stderr and JSON) quotes the identities",
)
@pytest.mark.parametrize("format", FORMATS)
def test_lenient_warnings_do_not_quote_an_identity(format: str) -> None:
    """Case 11 with --lenient: the three answers are counted as invalid (hand count: 12
    respondents, organised n_invalid 3, n_valid 9) and the warning names rows, not values."""
    result = cli("summarize", str(OFF_SCALE), "--lenient", "--format", format)
    assert result.exit_code == 0, result.stderr
    scan(outputs(result), OFF_SCALE_TRACES, f"summarize --lenient -f {format}")
    assert "rows 4, 6, 8" in result.stderr
    if format == "json":
        organised = next(i for i in json.loads(result.stdout)["items"] if i["id"] == "organised")
        assert (organised["n_valid"], organised["n_invalid"]) == (9, 3)


@pytest.mark.xfail(
    strict=True, reason="issue 14 #11: the report's summary.json quotes the identities"
)
def test_lenient_report_files_do_not_quote_an_identity(tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = cli("report", str(OFF_SCALE), "--lenient", "--out", str(out), "--jobs", "1")
    scan(outputs(result), OFF_SCALE_TRACES, "report --lenient")
    assert result.exit_code == 0, result.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.name == "summary.json" for p in files)
    for path in files:
        scan([path.read_bytes().decode("utf-8", "replace")], OFF_SCALE_TRACES, path.name)


# ------------------------------------------------------- 12: --debug on a ragged row


def debug_run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forum_eval", "--debug", *args, "--surveys-dir", str(SURVEYS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


RAGGED = HOSTILE / "ragged_identity.csv"


@pytest.mark.parametrize("command", ["summarize", "validate"])
def test_debug_on_a_ragged_row_prints_no_identity(command: str) -> None:
    """Case 12: line 4 has three extra fields, a name, an e-mail and a phone number. The README
    promises identities never appear, `--debug` included (a real process: its traceback)."""
    done = debug_run(command, str(RAGGED))
    assert done.returncode != 0
    scan([done.stdout, done.stderr], planted("ragged_identity.csv", 6), f"--debug {command}")


def test_the_ragged_row_error_names_the_line_without_its_content() -> None:
    """Case 12 without --debug (passes today): the one Error line names line 4 only."""
    result = cli("summarize", str(RAGGED))
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert "line 4" in line
    scan(outputs(result), planted("ragged_identity.csv", 6), "summarize")


# ------------------------------------------------------------- 13: postal addresses


@pytest.mark.xfail(
    strict=True,
    reason="issue 14 #13: 'Mailing address' and 'Contact info' become comment columns",
)
def test_address_and_contact_columns_are_identifying() -> None:
    """Case 13: "Mailing address" and "Contact info (if you want us to follow up)" identify
    people; only "What could we do better next year?" is a comment column (9 of the 12
    respondents wrote one; hand count in build_hostile.py)."""
    result = cli("summarize", str(ADDRESSES), "--format", "json")
    assert result.exit_code == 0, result.stderr
    comments = json.loads(result.stdout)["comments"]
    assert [(c["label"], c["n_comments"]) for c in comments] == [
        ("What could we do better next year?", 9)
    ]
    shown = cli("validate", str(ADDRESSES), "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    roles = {c["header"]: c["role"] for c in json.loads(shown.stdout)["columns"]}
    assert roles["Mailing address"] == "identifying", roles
    assert roles["Contact info (if you want us to follow up)"] == "identifying", roles


@pytest.mark.xfail(
    strict=True,
    reason="issue 14 #13: street addresses and postal codes are quoted verbatim in comments",
)
@pytest.mark.parametrize("format", FORMATS)
def test_addresses_and_postal_codes_are_redacted_in_quotes(format: str) -> None:
    """Case 13: comments quoting "77 Dunmarrow Drive, Kingston ON K7L 2V9" and the like: no
    output of `comments` (every quote, the uncoded list) shows a street or a postal code;
    the requests around them are still quoted."""
    result = cli("comments", str(ADDRESSES), "--uncoded", "--quotes", "5", "--format", format)
    assert result.exit_code == 0, result.stderr
    scan(outputs(result), hostile.ADDRESS_TRACES, f"comments -f {format}")
    assert "[redacted]" in result.stdout


# ------------------------------------------------------- 14: validate's hints and names


@pytest.mark.parametrize("format", ["table", "json"])
def test_validate_hints_print_no_value_of_an_unrecognised_column(format: str) -> None:
    """Case 14: "Who referred you?" holds three invented names, repeated; validate explains the
    column without printing them."""
    result = cli("validate", str(HOSTILE / "referral_names.csv"), "--format", format)
    assert result.exit_code == 0, result.stderr
    scan(outputs(result), planted("referral_names.csv", 3), f"validate -f {format}")
    assert "Who referred you?" in result.stdout


# -------------------------------------------- 4: a plain CSV taken for Qualtrics, in validate

LOOKALIKE_TRACES = planted("qualtrics_lookalike.csv", 38)


@pytest.mark.parametrize("format", ["table", "json"])
def test_validate_of_a_plain_csv_with_responseid_prints_no_identity(format: str) -> None:
    result = cli("validate", str(HOSTILE / "qualtrics_lookalike.csv"), "--format", format)
    assert result.exit_code == 0, result.stderr
    scan(outputs(result), LOOKALIKE_TRACES, f"validate -f {format}")


@pytest.mark.parametrize("command", ["summarize", "comments"])
def test_no_identity_of_the_lookalike_in_summaries(command: str) -> None:
    """Case 4 (passes today): whatever the header rows, summaries show no identity."""
    for format in FORMATS:
        result = cli(command, str(HOSTILE / "qualtrics_lookalike.csv"), "--format", format)
        scan(outputs(result), LOOKALIKE_TRACES, f"{command} -f {format}")
