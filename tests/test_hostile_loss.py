"""Never lose data (issue 14, cases 1–6): no `--out` may destroy an input or a file the tool
did not write, an `--out` target that is a link, FIFO or device stays what it is, written files
respect the umask, and no respondent, comment or answer is dropped silently.

The inputs are SYNTHETIC files of tests/data/hostile/ (written by build_hostile.py; invented
people); every test works on copies in tmp_path. A test marked xfail reproduces what the probe
of issue 14 found today: it turns into a failure (strict) as soon as a fix lands, and the fixer
removes the marker.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from tests.conftest import ROOT, SURVEYS, one_error_line

HOSTILE = ROOT / "tests" / "data" / "hostile"
BASELINE = HOSTILE / "baseline_38.csv"
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [*args, "--surveys-dir", str(SURVEYS)])


def process(*args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """``forum-eval ARGS`` in a real process (under ``umask`` when given)."""
    previous = os.umask(umask) if umask is not None else None
    try:
        return subprocess.run(
            [sys.executable, "-m", "forum_eval", *args, "--surveys-dir", str(SURVEYS)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        if previous is not None:
            os.umask(previous)


# --------------------------------------------------------------------- 1: --out on an input

#: arguments run in a folder holding self.csv and other.csv (copies of baseline_38.csv), q.toml
#: (a copy of the questionnaire) and link.csv → self.csv; {tmp} is that folder
SELF_OVERWRITE = [
    pytest.param(
        ["summarize", "self.csv", "--format", "csv", "--out", "self.csv"],
        id="summarize-same-name",
    ),
    pytest.param(
        ["summarize", "self.csv", "--format", "csv", "--out", "sub/../self.csv"],
        id="summarize-other-spelling",
    ),
    pytest.param(
        ["summarize", "self.csv", "--format", "csv", "--out", "{tmp}/self.csv"],
        id="summarize-absolute-path",
    ),
    pytest.param(
        ["summarize", "self.csv", "--format", "csv", "--out", "link.csv"],
        id="summarize-through-symlink",
    ),
    pytest.param(
        ["comments", "self.csv", "--format", "csv", "--out", "self.csv"],
        id="comments-same-name",
    ),
    pytest.param(
        ["compare", "other.csv", "self.csv", "--format", "csv", "--out", "self.csv"],
        id="compare-second-input",
    ),
    pytest.param(
        ["summarize", "other.csv", "--questionnaire", "q.toml", "--out", "q.toml"],
        id="summarize-over-its-questionnaire",
    ),
]


@pytest.mark.parametrize("args", SELF_OVERWRITE)
def test_out_never_overwrites_an_input(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Case 1: `--out` naming an input of the same command (by any spelling) is refused —
    exit 2, one Error line — and the input stays byte-identical."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    shutil.copyfile(BASELINE, tmp_path / "self.csv")
    shutil.copyfile(BASELINE, tmp_path / "other.csv")
    shutil.copyfile(SURVEYS / "questionnaire.toml", tmp_path / "q.toml")
    (tmp_path / "link.csv").symlink_to("self.csv")
    before = {name: (tmp_path / name).read_bytes() for name in ("self.csv", "other.csv", "q.toml")}
    result = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    for name, content in before.items():
        assert (tmp_path / name).read_bytes() == content, f"{name} was overwritten"
    assert (tmp_path / "link.csv").is_symlink()
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    one_error_line(result.stderr)
    assert result.stdout == ""


# ------------------------------------------------------- 2: report over the user's own files


@pytest.fixture(scope="module")
def earlier_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report folder written by `forum-eval report` in a real process under umask 022."""
    folder = tmp_path_factory.mktemp("earlier") / "R"
    done = process(
        "report", str(BASELINE), "--out", str(folder), "--lang", "en", "--jobs", "1", umask=0o022
    )
    assert done.returncode == 0, done.stderr
    return folder


@pytest.mark.parametrize("input_inside", [False, True], ids=["input-elsewhere", "input-inside"])
def test_report_keeps_the_users_files(
    earlier_report: Path, input_inside: bool, tmp_path: Path
) -> None:
    """Case 2: `report X --out R`, where R is an earlier report to which the user added their
    own files (notes.docx, a copy of the export — which may be X itself): those files survive,
    either kept beside the new report or because the command refuses and names them."""
    folder = tmp_path / "R"
    shutil.copytree(earlier_report, folder)
    notes = b"PK\x03\x04 synthetic notes of the organisers"
    (folder / "notes.docx").write_bytes(notes)
    shutil.copyfile(BASELINE, folder / "export-copy.csv")
    source = folder / "export-copy.csv" if input_inside else BASELINE
    result = cli("report", str(source), "--out", str(folder), "--lang", "en", "--jobs", "1")
    assert (folder / "notes.docx").read_bytes() == notes
    assert (folder / "export-copy.csv").read_bytes() == BASELINE.read_bytes()
    if result.exit_code == 0:
        assert (folder / "summary.json").is_file()
    else:
        line = one_error_line(result.stderr)
        assert "notes.docx" in line and "export-copy.csv" in line, line


# ------------------------------------------------- 3: --out on a link, a FIFO, a device; umask


def expected_summary(tmp_path: Path) -> bytes:
    plain = tmp_path / "plain.json"
    assert cli("summarize", str(BASELINE), "-f", "json", "--out", str(plain)).exit_code == 0
    return plain.read_bytes()


def test_out_on_a_symlink_writes_to_its_target_or_refuses(tmp_path: Path) -> None:
    """Case 3: `--out link` where link points to a file elsewhere: the link stays a link, and
    its target gets the summary (or the command refuses and leaves the target as it was)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "summary.json"
    target.write_text("old summary\n", encoding="utf-8")
    link = tmp_path / "summary.json"
    link.symlink_to(target)
    result = cli("summarize", str(BASELINE), "-f", "json", "--out", str(link))
    assert link.is_symlink(), "the link was replaced"
    if result.exit_code == 0:
        assert target.read_bytes() == expected_summary(tmp_path)
    else:
        one_error_line(result.stderr)
        assert target.read_text(encoding="utf-8") == "old summary\n"


def test_out_on_a_fifo_writes_through_or_refuses(tmp_path: Path) -> None:
    """Case 3: `--out FIFO` (a named pipe someone reads): the summary goes through the pipe, or
    the command refuses; the FIFO stays a FIFO. A real process writes; the test reads."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    received = b""
    try:
        proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "forum_eval", "summarize", str(BASELINE), "-f", "json"),
                *("--out", str(fifo), "--surveys-dir", str(SURVEYS)),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                chunk: bytes | None = os.read(reader, 65536)
            except BlockingIOError:
                chunk = None
            received += chunk or b""
            if not chunk and proc.poll() is not None:
                break
            if time.monotonic() > deadline:
                proc.kill()
                break
            if not chunk:
                time.sleep(0.02)
        _, err = proc.communicate()
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced"
    if proc.returncode == 0:
        assert json.loads(received)["respondents"] == 38
    else:
        one_error_line(err.decode())


def make_device(path: Path, minor: int) -> None:
    """A character device like /dev/null (minor 3) or /dev/full (7), made in tmp_path so
    that a tool replacing it cannot damage the machine's own /dev."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here ({exc})")


def test_out_on_a_null_device_writes_through(tmp_path: Path) -> None:
    """Case 3: `--out /dev/null` (here a copy of that device in tmp_path) succeeds and the
    device stays a device."""
    null = tmp_path / "null"
    make_device(null, 3)
    result = cli("summarize", str(BASELINE), "-f", "json", "--out", str(null))
    assert stat.S_ISCHR(os.lstat(null).st_mode), "the device was replaced by a regular file"
    assert result.exit_code == 0, result.stderr


def test_summary_file_respects_the_umask(tmp_path: Path) -> None:
    """Case 3: under umask 022 a new `--out` file is 0644, as any program's output."""
    out = tmp_path / "summary.json"
    done = process("summarize", str(BASELINE), "-f", "json", "--out", str(out), umask=0o022)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_report_files_respect_the_umask(earlier_report: Path) -> None:
    """Case 3 (passes today): under umask 022 the report folder is 0755, its files 0644."""
    assert stat.S_IMODE(earlier_report.stat().st_mode) == 0o755
    files = [p for p in earlier_report.iterdir() if p.is_file()]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name


# ------------------------------------------- 4: a plain CSV with ResponseId is not Qualtrics


def summary_json(*args: str) -> dict:
    result = cli("summarize", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def items_by_label(summary: dict) -> dict[str, dict]:
    return {item["label"]: item for item in summary["items"]}


def test_plain_csv_with_responseid_and_finished_keeps_every_respondent() -> None:
    """Case 4: qualtrics_lookalike.csv has one header row (ResponseId, Finished, identities,
    two questions) and 38 respondents. Hand count (build_hostile.agreement_answers): organised
    30 positive of 38, included 34 of 38."""
    summary = summary_json(str(HOSTILE / "qualtrics_lookalike.csv"))
    assert summary["respondents"] == 38
    items = {item["id"]: item for item in summary["items"]}
    assert set(items) == {"organised", "included"}, list(items)
    assert (items["organised"]["n_valid"], items["organised"]["n_positive"]) == (38, 30)
    assert (items["included"]["n_valid"], items["included"]["n_positive"]) == (38, 34)


# --------------------------------------------------- 5: short comments holding commas


def test_short_comments_with_commas_stay_comments() -> None:
    """Case 5: "Merci beaucoup, c'était super" is a comment, not two checkbox options: the
    pieces of each comment always come together (checkbox options recombine), however often
    the comment is repeated. Hand count: 14 of the 20 respondents wrote a comment."""
    path = str(HOSTILE / "comma_comments.csv")
    summary = summary_json(path)
    assert [(c["label"], c["n_comments"]) for c in summary["comments"]] == [
        ("Any other comments?", 14)
    ]
    result = cli("comments", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    themes = json.loads(result.stdout)
    assert (themes["respondents"], themes["commenters"]) == (20, 14)
    assert "multiselect" not in summary


# ------------------------------------------------- 6: formula cells without a cached value


def test_formula_cells_without_a_value_are_named() -> None:
    """Case 6: formulas_no_cache.xlsx (openpyxl stores no cached value) has ="Agree" in B2 …
    B11 and 28 plain answers (21 positive; hand count in build_hostile.py). The tool counts
    all 38 answers, or says that formulas have no value and names the cells — never a
    silent n = 28."""
    result = cli("summarize", str(HOSTILE / "formulas_no_cache.xlsx"), "--format", "json")
    if result.exit_code == 0:
        summary = json.loads(result.stdout)
        organised = items_by_label(summary)["The forum was well organised"]
        if organised["n_valid"] == 38:
            return
        said = " ".join(summary["warnings"]) + result.stderr
        assert "formula" in said.lower() and "B2" in said, (organised, said)
        assert "formula" in result.stderr.lower(), "the warning is not shown"
    else:
        line = one_error_line(result.stderr)
        assert result.exit_code == 1
        assert "formula" in line.lower() and "B2" in line, line
