"""A big file named on the command line is parsed in a thread while the command line is
imported (forum_eval/_early_read.py, issue 7): the reader uses that parse only for the same,
unchanged file, and every output is what reading it afterwards gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval import _early_read
from forum_eval.cli import app
from forum_eval.read import grid as reader
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("early") / "big.csv"
    generate.write_csv(path, reader.BIG_TEXT_BYTES // 200 + 2_000, seed=11)
    assert path.stat().st_size >= reader.BIG_TEXT_BYTES
    return path


@pytest.fixture(autouse=True)
def nothing_left() -> Iterator[None]:
    yield
    _early_read.finish()
    assert not _early_read.started()


def same_grid(a: reader.Grid, b: reader.Grid) -> bool:
    return a.info == b.info and a.frame.astype(str).equals(b.frame.astype(str))


def careful_grid(path: Path) -> reader.Grid:
    """The file read on the spot, without any early parse."""
    assert not _early_read.started()
    return reader.read_grid(path)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["summarize", "--help", "{big}"],
        ["summarize", "{big}", "--sheet", "1"],
        ["issues", "{big}"],
        ["summarize", "2019"],
        ["summarize", "{small}"],
        ["summarize", "{folder}"],
        ["summarize", "missing.csv"],
        ["summarize", "--questionnaire", "{small}"],
        ["summarize", "2019", "--out", "{big}"],  # a file to write, not one to read
        ["report", "2019", "-o", "{big}"],
        ["comments", "2019", "--codebook", "{big}"],
    ],
)
def test_no_parse_is_started_when_no_big_file_is_read(argv: list[str], big_csv: Path) -> None:
    small = ROOT / "surveys" / "2019.csv"
    places = {"big": big_csv, "small": small, "folder": big_csv.parent}
    _early_read.start([a.format(**{k: str(v) for k, v in places.items()}) for a in argv])
    assert not _early_read.started()


@pytest.mark.parametrize("command", ["summarize", "report", "compare", "comments", "validate"])
def test_the_early_parse_is_what_the_reader_gives(command: str, big_csv: Path) -> None:
    expected = careful_grid(big_csv)
    _early_read.start([command, "--lang", "fr", str(big_csv)])
    assert _early_read.started()
    taken = reader.read_grid(big_csv)
    assert not _early_read.started()  # taken once, by the reader
    assert same_grid(taken, expected)


def test_a_file_changed_after_the_early_parse_is_read_again(big_csv: Path, tmp_path: Path) -> None:
    copy = tmp_path / "big.csv"
    copy.write_bytes(big_csv.read_bytes())
    _early_read.start(["summarize", str(copy)])
    lines = copy.read_bytes().splitlines(keepends=True)
    copy.write_bytes(b"".join(lines[:-10]))  # the file loses its last rows meanwhile
    assert _early_read.take(copy) is _early_read.NOT_READ
    _early_read.finish()
    assert len(reader.read_grid(copy).frame) == len(careful_grid(big_csv).frame) - 10


def test_another_file_is_not_given_the_early_parse(big_csv: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    generate.write_csv(other, reader.BIG_TEXT_BYTES // 200 + 2_000, seed=12)
    _early_read.start(["summarize", str(big_csv)])
    assert _early_read.take(other) is _early_read.NOT_READ
    assert _early_read.started()  # still waiting for its own file (finish() joins it)


def test_a_file_the_fast_path_refuses_is_refused_early_too(tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    rows = ["Horodateur,Commentaire"] + [f"2019/11/27 4:00:{i % 60:02d} PM,été" for i in range(5)]
    text = "\n".join(rows * 40_000)
    latin.write_bytes(text.encode("cp1252"))
    assert latin.stat().st_size >= reader.BIG_TEXT_BYTES
    _early_read.start(["summarize", str(latin)])
    assert _early_read.take(latin) is None  # the reader then takes the careful path


SCRIPT = textwrap.dedent(
    """
    import sys
    from forum_eval import _early_read, _entry

    taken = []
    original = _early_read.take

    def take(path):
        result = original(path)
        taken.append(type(result).__name__)
        return result

    _early_read.take = take
    sys.argv = ["forum-eval", *sys.argv[1:]]
    try:
        _entry.main()
    finally:
        sys.stderr.write(f"TAKEN {taken}\\n")
    """
)


def test_the_console_script_parses_early_and_prints_the_same(big_csv: Path) -> None:
    args = ["summarize", str(big_csv), "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "120"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "TAKEN ['BigText']" in done.stderr  # the reader got the thread's parse
    in_process = CliRunner().invoke(app, args)  # no early parse: read on the spot
    assert in_process.exit_code == 0
    assert json.loads(done.stdout) == json.loads(in_process.stdout)
