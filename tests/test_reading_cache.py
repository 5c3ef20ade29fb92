"""A file read twice in one command (a report: figures, then comments) is parsed once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from forum_eval.config.registry import resolve
from forum_eval.read import survey as pipeline
from forum_eval.read.survey import Options, load_table_and_responses
from tests.conftest import ROOT, SURVEYS

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    original = pipeline.load_table

    def counting(path: Path, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(path)
        return original(path, **kwargs)

    monkeypatch.setattr(pipeline, "load_table", counting)
    pipeline._LAST_READ.clear()
    return seen


def test_big_file_is_parsed_once_until_it_changes(tmp_path: Path, reads: list[Path]) -> None:
    path = generate.write_csv(tmp_path / "big.csv", 6_000, seed=5)
    assert path.stat().st_size > pipeline._WHOLE_UP_TO  # compared by its first and last 64 KB
    options = Options(surveys_dir=SURVEYS)
    source = resolve(str(path), SURVEYS)
    first = load_table_and_responses(source, options)
    again = load_table_and_responses(source, options)
    assert again[0] is first[0] and again[1] is first[1]
    assert len(reads) == 1
    # other options: read again
    load_table_and_responses(source, Options(surveys_dir=SURVEYS, lenient=True))
    assert len(reads) == 2
    # the file changes: read again, and the new row counts
    with path.open("a", encoding="utf-8") as handle:
        handle.write("2019/12/30 1:00:00 PM HNE" + ",D'accord" * 8 + ",Oui,Oui,,,\n")
    changed = load_table_and_responses(source, options)
    assert len(reads) == 3
    assert changed[1].respondents == first[1].respondents + 1


def test_small_file_is_parsed_once_until_any_byte_changes(
    tmp_path: Path, reads: list[Path]
) -> None:
    """Small files are compared whole: an edit in the middle that keeps the size and the
    modification time is still seen."""
    import os
    import shutil

    path = tmp_path / "2019.csv"
    shutil.copy(SURVEYS / "2019.csv", path)
    assert path.stat().st_size <= pipeline._WHOLE_UP_TO
    source = resolve(str(path), SURVEYS)
    options = Options(surveys_dir=SURVEYS)
    first = load_table_and_responses(source, options)
    assert load_table_and_responses(source, options)[1] is first[1]
    assert len(reads) == 1
    data = path.read_bytes()
    middle = data.index(b"Fortement d'accord", len(data) // 2)
    stat = path.stat()
    # same length: "Fortement d'accord" -> "Fortement d'accorx" is off the scale
    path.write_bytes(data[:middle] + b"Fortement d'accorx" + data[middle + 18 :])
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    with pytest.raises(Exception, match="not on the"):
        load_table_and_responses(source, options)
    assert len(reads) == 2
