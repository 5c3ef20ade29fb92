"""The big-file reader (issue 7): pyarrow parses a big UTF-8 file straight from disk, each
column with few distinct values as a dictionary (a pandas ``category`` column). Whatever
path a file takes, and whichever columns come as categories, every cell, count, exclusion,
warning and error must be the same as on the careful path (decode, then parse strings).

Most tests lower ``BIG_TEXT_BYTES`` to 0 so that every text file of the test data takes the
fast path, and compare with the careful path on the same file."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from forum_eval.config.questionnaire import Questionnaire, load_questionnaire
from forum_eval.errors import ForumEvalError
from forum_eval.read import grid as reader
from forum_eval.read import load_table
from forum_eval.read.columns import Column
from forum_eval.read.normalise import normalise
from forum_eval.read.table import has_text
from tests.conftest import ROOT, SURVEYS

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate

DATA = ROOT / "tests" / "data"
TEXT_FILES = sorted(
    p
    for p in [*DATA.rglob("*"), *SURVEYS.glob("*.csv")]
    if p.is_file() and p.suffix.lower() in {".csv", ".tsv", ".txt", ".bin", ".gz"}
)
QUESTIONNAIRE = load_questionnaire(SURVEYS / "questionnaire.toml")


def outcome(path: Path, questionnaire: Questionnaire, **options: Any) -> dict[str, Any]:
    """Everything reading and normalising a file gives (or the error it raises), as plain
    values: cells as strings, codes as lists."""
    try:
        table = load_table(path)
    except ForumEvalError as exc:
        return {"error": (type(exc).__name__, str(exc), getattr(exc, "hint", None))}
    result: dict[str, Any] = {
        "headers": table.headers,
        "cells": table.frame.astype(str).to_numpy().tolist(),
        "shape": table.frame.shape,
        "first_data_row": table.first_data_row,
        "info": table.info,
        "roles": table.roles,
        "status": None if table.status is None else list(table.status),
        "platform": table.platform,
    }
    try:
        responses = normalise(table, questionnaire, **options)
    except ForumEvalError as exc:
        result["normalise_error"] = (type(exc).__name__, str(exc), getattr(exc, "hint", None))
        return result
    result.update(
        items=[
            (i.item.id, i.header, i.scale.id, i.inferred, i.codes.tolist()) for i in responses.items
        ],
        comments=[(c.item.id, c.header, list(c.texts)) for c in responses.comments],
        respondents=responses.respondents,
        rows_read=responses.rows_read,
        excluded=responses.excluded,
        set_aside=responses.set_aside,
        invalid=responses.invalid,
        warnings=responses.warnings,
        positions=responses.positions.tolist(),
        columns=responses.columns,
        problems=responses.problems,
    )
    return result


def categories_in(path: Path) -> int:
    """How many columns of the file's grid are categories (0: strings, or the careful path)."""
    try:
        grid = reader.read_grid(path)
    except ForumEvalError:
        return 0
    return sum(isinstance(t, pd.CategoricalDtype) for t in grid.frame.dtypes)


@pytest.fixture
def fast_for_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "BIG_TEXT_BYTES", 0)


def careful(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "BIG_TEXT_BYTES", 10**12)


# layouts of the columns: the sampling rule, every column a dictionary, every column a string
LAYOUTS = {
    "sampled": {},
    "all-dictionary": {"_DICTIONARY_SAMPLE_DISTINCT": 10**9},
    "all-strings": {"_DICTIONARY_SAMPLE_DISTINCT": -1, "_DICTIONARY_SAMPLE_SHARE": -1.0},
    "dictionaries-overflow": {"_DICTIONARY_SAMPLE_DISTINCT": 10**9, "_DICTIONARY_MAX": 5},
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_test_file_reads_the_same_on_both_paths(
    layout: str, fast_for_all: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in LAYOUTS[layout].items():
        monkeypatch.setattr(reader, name, value)
    assert len(TEXT_FILES) >= 25
    fast = {p: outcome(p, Questionnaire()) for p in TEXT_FILES}
    fast_q = {p: outcome(p, QUESTIONNAIRE, lenient=True) for p in TEXT_FILES}
    n_categorical = sum(categories_in(p) > 0 for p in TEXT_FILES)
    careful(monkeypatch)
    assert sum(categories_in(p) > 0 for p in TEXT_FILES) == 0
    for path in TEXT_FILES:
        assert fast[path] == outcome(path, Questionnaire()), path.name
        assert fast_q[path] == outcome(path, QUESTIONNAIRE, lenient=True), path.name
    # the fast path was taken, with categories, for most files (not vacuous)
    if layout == "all-strings":
        assert n_categorical == 0
    else:
        assert n_categorical * 2 > len(TEXT_FILES), (n_categorical, len(TEXT_FILES))


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


HEADER = [
    "Timestamp",
    "The forum was well organised.",
    "I felt included in the space.",
    "My accessibility needs were met.",
    "Rate the lunch",
    "Any suggestions?",
]


def edge_rows(n: int) -> list[list[str]]:
    """Blanks, N/A, exact duplicates with equal stamps, a duplicate of an empty row, an
    unknown scale whose tied labels are ordered by first appearance, its header text among
    its values, comments with spaces."""
    labels = ["Agree", "Strongly agree", "Neutral", "Disagree", " Agree ", ""]
    lunch = ["Yummy", "Meh", "Rate the lunch", "Bland"]
    rows = [HEADER]
    for i in range(n):
        stamp = f"2019/11/27 {4 + i // 3600 % 8}:{i // 60 % 60:02d}:{i % 60:02d} PM HNE"
        rows.append(
            [
                stamp,
                labels[i % 6],
                labels[(i * 7) % 5],
                "N/A" if i % 11 == 0 else labels[(i * 3) % 6],
                lunch[(i // 5) % 4] if i > 30 else lunch[i % 2],
                f"  Comment number {i % 40} about the food  " if i % 4 == 0 else "",
            ]
        )
    rows += [rows[5], rows[5], rows[9], ["2019/11/27 4:00:00 AM HNE", "", "", "", "", ""]] * 2
    return rows


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_edge_cases_read_the_same_on_both_paths(
    layout: str, tmp_path: Path, fast_for_all: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in LAYOUTS[layout].items():
        monkeypatch.setattr(reader, name, value)
    path = write(tmp_path / "edge.csv", edge_rows(3_000))
    fast = outcome(path, Questionnaire())
    fast_collect = outcome(path, Questionnaire(), collect=True)
    expected = {"sampled": 5, "all-dictionary": 6, "all-strings": 0, "dictionaries-overflow": 2}
    assert categories_in(path) == expected[layout]
    careful(monkeypatch)
    assert fast == outcome(path, Questionnaire())
    assert fast_collect == outcome(path, Questionnaire(), collect=True)
    # what the file holds, so that the comparison is about something: 4 + 2 copies of two
    # rows; two rows without an answer (the second, identical to the first, is empty first)
    assert fast["excluded"] == {"duplicate": 6, "empty": 2}
    assert any("Rate the lunch" in c.note for c in fast["columns"])


def test_off_scale_values_past_the_sampled_head_are_reported_with_their_rows(
    tmp_path: Path, fast_for_all: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = edge_rows(4_000)[:-8]
    rows[3_500][1] = "Agree-ish"
    rows[3_900][1] = "Agree-ish"
    path = write(tmp_path / "bad.csv", rows)
    assert path.stat().st_size > reader._HEAD_BYTES
    with pytest.raises(ForumEvalError) as fast:
        normalise(load_table(path), Questionnaire())
    fast_lenient = outcome(path, Questionnaire(), lenient=True)
    assert categories_in(path) > 0
    careful(monkeypatch)
    with pytest.raises(ForumEvalError) as slow:
        normalise(load_table(path), Questionnaire())
    assert str(fast.value) == str(slow.value)
    assert "rows 3501, 3901" in str(fast.value)
    assert fast_lenient == outcome(path, Questionnaire(), lenient=True)
    assert fast_lenient["invalid"] == {"the_forum_was_well_organised": 2}


@pytest.mark.parametrize("column", [1, 5])  # a dictionary column, a string column
def test_a_cp1252_byte_past_the_head_falls_back_to_the_careful_path(
    column: int, tmp_path: Path, fast_for_all: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "_DICTIONARY_SAMPLE_DISTINCT", 10 if column == 1 else 10**9)
    monkeypatch.setattr(reader, "_DICTIONARY_SAMPLE_SHARE", 0.0)
    rows = edge_rows(4_000)
    path = write(tmp_path / "latin.csv", rows)
    data = path.read_bytes()
    cut = len(data) - 200
    line = ",".join(["2019/11/30 1:00:00 PM HNE", "Agree", "", "", "Meh", "Caf\xe9 au lait"])
    if column == 1:
        line = line.replace("Agree", "Tr\xe8s bien", 1)
    cut = data.index(b"\n", cut) + 1
    path.write_bytes(data[:cut] + line.encode("cp1252") + b"\n" + data[cut:])
    grid = reader.read_grid(path)
    assert grid.info["encoding"] == "cp1252"
    assert categories_in(path) == 0  # read by the careful path
    careful(monkeypatch)
    assert same_grid(grid, reader.read_grid(path))


def same_grid(a: reader.Grid, b: reader.Grid) -> bool:
    return a.info == b.info and a.frame.astype(str).equals(b.frame.astype(str))


def test_a_generated_export_reads_the_same_and_comes_with_categories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = generate.write_csv(tmp_path / "big.csv", reader.BIG_TEXT_BYTES // 200 + 2_000, seed=3)
    fast_grid = reader.read_grid(path)
    fast = outcome(path, QUESTIONNAIRE)
    # the time stamps (a new value on every row) stay strings; the answers are categories
    dtypes = [str(t) for t in fast_grid.frame.dtypes]
    assert dtypes[0] != "category" and dtypes[1:] == ["category"] * 13
    careful(monkeypatch)
    assert same_grid(fast_grid, reader.read_grid(path))
    assert fast == outcome(path, QUESTIONNAIRE)


def test_category_columns_factorise_as_strings_do() -> None:
    values = ["Agree", "", "Header", "Neutral", "Agree", "Header", "Yes", "", "Neutral"]
    strings = pd.Series(values, dtype=str)
    # categories in an order that is not the order of first appearance, one never used
    categories = pd.Series(
        pd.Categorical(values, categories=["Yes", "Unused", "Neutral", "", "Header", "Agree"])
    )
    for body in (slice(None), slice(2, None), slice(3, None)):
        a, b = Column(strings[body]), Column(categories[body].reset_index(drop=True))
        assert a.uniques == b.uniques
        assert a.codes.tolist() == b.codes.tolist()
        assert a.counts().tolist() == b.counts().tolist()
        assert has_text(strings[body]) is has_text(categories[body]) is True
    assert has_text(pd.Series(pd.Categorical([" ", ""], categories=["", " ", "x"]))) is False
    assert has_text(pd.Series(["  ", ""], dtype=str)) is False


# ---------------------------------------------------------------- stamps distinct on every row


def stamps(form: str, n: int = 3_000, start: int = 1_574_870_400) -> list[str]:
    import datetime as dt

    return [
        dt.datetime.fromtimestamp(start + 37 * i, tz=dt.UTC).strftime(form).replace("+", "")
        for i in range(n)
    ]


FORMS = [
    "%Y/%m/%d %-I:%M:%S %p HNE",  # Google Forms, French
    "%m/%d/%Y %H:%M:%S",  # Google Forms, English
    "%d/%m/%Y %H:%M:%S",
    "%d.%m.%Y %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %-I:%M:%S%p",
    "%m/%d/%Y %-I:%M:%S %p GMT%z",
]


@pytest.mark.parametrize("form", FORMS)
def test_increasing_stamps_are_all_distinct_without_hashing(form: str) -> None:
    from forum_eval.read.duplicates import _increasing_stamps, all_distinct

    values = stamps(form)
    # the 12-hour clock goes from 12:59:59 to 1:00:00: not the order of the texts
    assert sorted(values) != values or "%p" not in form
    column = pd.Series(values, dtype=str)
    assert _increasing_stamps(column)
    assert all_distinct(column)
    cases = {
        "equal stamps": [*values[:100], values[99], *values[100:]],
        "a later stamp earlier": [*values[:100], values[50], *values[101:]],
        "a blank": [*values[:100], "", *values[100:]],
        "unreadable": [*values[:2000], "yesterday", *values[2000:]],
        "decreasing": values[::-1],
    }
    for name, cells in cases.items():
        column = pd.Series(cells, dtype=str)
        assert not _increasing_stamps(column), name
        assert all_distinct(column) is (column.nunique() == len(column)), name


@pytest.mark.parametrize(
    "cells",
    [
        ["a", "b", "c"],
        ["a", "b", "a"],
        ["", "x", ""],
        ["2019/11/27 4:00:01 PM HNE", "2019/11/27 4:00:01 PM HNE"],
        ["2019/11/27 4:00:01 PM HNE", "2019/11/27 4:00:02 PM HNE"],
        ["2019/11/27 4:00:01 p.m.", "2019/11/27 4:00:02 p.m."],
        ["2019/11/27 4:00:01 PM HNE"],
    ],
)
def test_all_distinct_is_counting_distinct_values(cells: list[str]) -> None:
    from forum_eval.read.duplicates import all_distinct

    for column in (
        pd.Series(cells, dtype=str),
        pd.Series(cells, dtype=object),
        pd.Series(pd.Categorical(cells)),
    ):
        assert all_distinct(column) is (len(set(cells)) == len(cells))


@pytest.mark.parametrize(
    ("delimiter", "line_end", "bom", "quote_all"),
    [
        (";", "\r\n", True, False),
        ("\t", "\n", False, True),
        ("|", "\r\n", False, False),
        (",", "\n", True, True),
    ],
)
def test_dialects_read_the_same_on_both_paths(
    delimiter: str,
    line_end: str,
    bom: bool,
    quote_all: bool,
    tmp_path: Path,
    fast_for_all: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = edge_rows(2_500)
    # values holding the delimiter, quotes and line breaks
    rows[40][5] = f'He said "more{delimiter} please"'
    rows[41][5] = "Two lines:\nthe second"
    rows[2_400][5] = f"Late{delimiter} and\r\nbroken"
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end, quoting=quoting).writerows(
        rows
    )
    path = tmp_path / "dialect.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    assert path.stat().st_size > reader._HEAD_BYTES // 2
    fast = outcome(path, Questionnaire())
    taken = categories_in(path)
    careful(monkeypatch)
    assert fast == outcome(path, Questionnaire())
    assert fast["info"]["encoding"] == ("utf-8-sig" if bom else "utf-8")
    assert taken == 5  # the fast path, with the stamps as strings
    assert fast["cells"][40][5] == "Two lines:\nthe second"
    assert fast["cells"][2_399][5] == f"Late{delimiter} and\r\nbroken"


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_microsoft_forms_csv_reads_the_same_on_both_paths(
    layout: str, tmp_path: Path, fast_for_all: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Microsoft Forms adapter rewrites multi-select columns ("A;B;") in the frame."""
    for name, value in LAYOUTS[layout].items():
        monkeypatch.setattr(reader, name, value)
    topics = ["Panels;", "Panels;Workshops;", "Workshops;Meals;", "Meals;", "Panels;Meals;"]
    rows = [
        ["ID", "Start time", "Completion time", "Email", "Name", "Overall - Organisation",
         "Overall - Speakers", "Topics you liked", "Comments"]
    ]  # fmt: skip
    for i in range(1, 1_500):
        rows.append(
            [str(i), f"11/27/19 {i % 12 + 1}:{i % 60:02d}:00", f"11/27/19 {i % 12 + 1}:{i % 60:02d}:30",
             "anonymous", "", ["Agree", "Disagree", "Neutral"][i % 3], ["Agree", ""][i % 2],
             topics[i % 5], "Good" if i % 7 else f"Comment {i}"]
        )  # fmt: skip
    path = write(tmp_path / "msforms.csv", rows)
    fast = outcome(path, Questionnaire())
    table = load_table(path)
    careful(monkeypatch)
    assert fast == outcome(path, Questionnaire())
    assert table.platform == "microsoft-forms"
    assert set(table.frame[7]) == {"Panels", "Panels;Workshops", "Workshops;Meals", "Meals",
                                   "Panels;Meals"}  # fmt: skip
