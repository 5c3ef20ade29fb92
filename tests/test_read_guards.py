"""The reader's guards of issue 14 (cases 4, 6, 8, 16, 18) beyond the hostile tests: what they
must still accept, and the variants the hostile fixtures do not show. Every input is SYNTHETIC,
written into tmp_path (workbooks by build_hostile's helpers, or by hand as minimal XLSX parts).
"""

from __future__ import annotations

import csv
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from forum_eval.errors import InputError
from forum_eval.read import load_table
from forum_eval.read.grid import MAX_COLUMNS, decode, read_grid
from tests.conftest import ROOT
from tests.data.hostile import build_hostile as hostile

EXPORTS = ROOT / "tests" / "data" / "exports"
HOSTILE = ROOT / "tests" / "data" / "hostile"


# ------------------------------------------------------------- 4: Qualtrics, told by its rows


def test_qualtrics_with_two_header_rows_is_still_qualtrics(tmp_path: Path) -> None:
    """exports/qualtrics.csv without its ImportId row (the older two-row layout): the second
    row holds "Response ID", "Finished", "Response Type" under the variable names."""
    lines = (EXPORTS / "qualtrics.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "two_rows.csv"
    path.write_text(lines[0] + lines[1] + "".join(lines[3:]), encoding="utf-8")
    table = load_table(path)
    assert (table.platform, table.first_data_row) == ("qualtrics", 3)
    # the data rows of exports/qualtrics.csv, by hand: 15 rows below the 3 header rows
    assert len(table.frame) == len(load_table(EXPORTS / "qualtrics.csv").frame) == 15


def test_from_qualtrics_on_a_one_row_table_keeps_every_respondent() -> None:
    """--from qualtrics on qualtrics_lookalike.csv (one header row, 38 respondents): the first
    respondent is not taken for the row of question texts."""
    table = load_table(HOSTILE / "qualtrics_lookalike.csv", platform="qualtrics")
    assert (table.first_data_row, len(table.frame)) == (2, 38)
    assert table.headers[6] == hostile.ORGANISED


# ------------------------------------------------------------------------- 18: UTF-32


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_or_without_a_byte_order_mark(codec: str) -> None:
    text = "Timestamp,Comment\n2024,Très bien — merci\n"
    assert decode(text.encode(codec), Path("x.csv")) == (text, codec)


# ------------------------------------------------------------- 6: formulas and their values


def sheet_with_cells(path: Path, cells: str) -> None:
    """A one-sheet XLSX: a header (A1 Timestamp, B1 the organised item) and ``cells``, the
    XML of rows 2 … (synthetic)."""
    header = (
        f'<row r="1">{hostile._cell("A1", "Timestamp")}{hostile._cell("B1", hostile.ORGANISED)}'
        "</row>"
    )
    xml = f"{hostile._SHEET_HEAD}<sheetData>{header}{cells}</sheetData></worksheet>"
    hostile._xlsx(path, xml)


def formula_row(r: int, value: str, kind: str = ' t="str"') -> str:
    stamp = hostile._cell(f"A{r}", hostile.stamp(r))
    return f'<row r="{r}">{stamp}<c r="B{r}"{kind}><f>"Agree"</f>{value}</c></row>'


def test_formulas_with_saved_values_are_read(tmp_path: Path) -> None:
    """Formulas whose value was saved (as a spreadsheet program saves them) are read; an empty
    text result (t="str", an empty <v>) is a saved value too."""
    path = tmp_path / "saved.xlsx"
    rows = [formula_row(r, "<v>Agree</v>") for r in range(2, 6)]
    rows.append(formula_row(6, "<v></v>"))
    sheet_with_cells(path, "".join(rows))
    grid = read_grid(path)
    assert grid.frame[1].tolist() == [hostile.ORGANISED, "Agree", "Agree", "Agree", "Agree", ""]


def test_formulas_without_values_are_named_by_range(tmp_path: Path) -> None:
    """B2:B4 (no <v>), B6 (an empty <v/> in a number cell) and B7 (<v></v>, no type): 5
    cells in two ranges; B5 has its value."""
    path = tmp_path / "unsaved.xlsx"
    rows = [
        formula_row(2, "", kind=""),
        formula_row(3, "", kind=""),
        formula_row(4, "", kind=""),
        formula_row(5, "<v>Agree</v>"),
        formula_row(6, "<v/>", kind=""),
        formula_row(7, "<v></v>", kind=""),
    ]
    sheet_with_cells(path, "".join(rows))
    with pytest.raises(InputError) as raised:
        read_grid(path)
    assert 'sheet "Responses": cells B2:B4, B6:B7 (5 in all) hold formulas' in str(raised.value)


def test_prefixed_elements_are_checked_too(tmp_path: Path) -> None:
    """A sheet written with a namespace prefix (<x:c>, <x:f>, as some generators write it,
    and which the reader reads): B2's formula has no value, B3's has; the declared range of
    <x:dimension> is checked."""
    head = hostile._SHEET_HEAD.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=")

    def cell(ref: str, inner: str, kind: str = "") -> str:
        return f'<x:c r="{ref}"{kind}>{inner}</x:c>'

    text = ' t="inlineStr"'
    rows = [
        cell("A1", "<x:is><x:t>Timestamp</x:t></x:is>", text)
        + cell("B1", "<x:is><x:t>Q</x:t></x:is>", text),
        cell("A2", "<x:is><x:t>t</x:t></x:is>", text) + cell("B2", "<x:f>1+1</x:f>"),
        cell("A3", "<x:is><x:t>t</x:t></x:is>", text) + cell("B3", "<x:f>1+1</x:f><x:v>2</x:v>"),
    ]
    data = "".join(f'<x:row r="{r}">{cells}</x:row>' for r, cells in enumerate(rows, 1))
    for dimension, expected in [("A1:B3", "cell B2 holds a formula"), ("A1:Z1048576", "Z1048576")]:
        xml = f'{head}<x:dimension ref="{dimension}"/><x:sheetData>{data}</x:sheetData>'
        hostile._xlsx(tmp_path / "prefixed.xlsx", xml + "</x:worksheet>")
        with pytest.raises(InputError, match=expected):
            read_grid(tmp_path / "prefixed.xlsx")


# ------------------------------------------------------------------------ 8: hidden sheets


def test_a_hidden_sheet_is_read_when_named(tmp_path: Path) -> None:
    """hidden_first_sheet.xlsx: the visible "Responses" is read (38 rows), the hidden sheet is
    listed apart, and --sheet "Old 2018" reads it (5 rows)."""
    grid = read_grid(HOSTILE / "hidden_first_sheet.xlsx")
    assert (grid.info["sheet"], grid.info["hidden_sheets"], grid.frame.shape[0]) == (
        "Responses",
        "Old 2018",
        39,
    )
    assert "sheets" not in grid.info  # one visible sheet
    old = read_grid(HOSTILE / "hidden_first_sheet.xlsx", sheet="Old 2018")
    assert old.frame.shape[0] == 6


def test_only_a_hidden_sheet_holding_a_table_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "hidden_table.xlsx"
    old = [["Timestamp", hostile.ORGANISED], [hostile.stamp(0), hostile.D]]
    path.write_bytes(hostile.xlsx_bytes({"Notes": [["Read me"]], "Old": old}, hidden=("Old",)))
    with pytest.raises(InputError) as raised:
        read_grid(path)
    assert 'none of its visible sheets ("Notes") holds a table' in str(raised.value)
    assert 'hidden sheets are read only when named: "Old"' in str(raised.value)


# ------------------------------------------------------------------------ 16: size guards


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_DATA, (768 * 2**20, 768 * 2**20))


def refused_apart(path: Path) -> str:
    """The one Error line of `summarize PATH`, run in a process of its own with its data
    segment capped: without the guards the reader aborts its process (SIGABRT) or takes
    gigabytes, which must not take pytest with it."""
    done = subprocess.run(
        [sys.executable, "-m", "forum_eval", "summarize", str(path), "--surveys-dir", "surveys"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        preexec_fn=_cap,
        check=False,
    )
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def far_cell_without_dimension(path: Path, cell: str) -> None:
    """build_hostile's survey of 10 answers and one more cell in row 1,048,576, with no
    <dimension> (as openpyxl's write-only mode and other generators write sheets)."""
    rows = hostile._survey_sheet_rows(10) + f'<row r="1048576">{cell}</row>'
    hostile._xlsx(path, f"{hostile._SHEET_HEAD}<sheetData>{rows}</sheetData></worksheet>")


def test_a_far_cell_without_a_declared_range_is_refused(tmp_path: Path) -> None:
    """Without <dimension>, the range the filled cells reach is checked (the reader took 12 s
    and 1.7 GB, then failed, on this 26 × 1,048,576 grid)."""
    path = tmp_path / "far_value.xlsx"
    far_cell_without_dimension(path, hostile._cell("Z1048576", "x"))
    assert "its used range reaches cell Z1048576" in refused_apart(path)


def test_a_far_formatted_empty_cell_without_a_declared_range_is_read(tmp_path: Path) -> None:
    """An empty cell that only carries a format (<c r="Z1048576" s="1"/>) is not read by the
    reader, so it does not count: the 10 answers are read."""
    path = tmp_path / "far_format.xlsx"
    far_cell_without_dimension(path, '<c r="Z1048576" s="1"/>')
    assert read_grid(path).frame.shape == (11, 2)


def test_a_text_table_wider_than_a_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([f"Q{i}" for i in range(MAX_COLUMNS + 1)])
        writer.writerow(["Agree"] * (MAX_COLUMNS + 1))
    with pytest.raises(InputError, match=r"line 1: at least 16,385 fields .* more than the 16,384"):
        read_grid(path)


def test_a_declared_range_within_the_limit_is_read(tmp_path: Path) -> None:
    """A sheet declaring A1:B11 (its real range) is read as usual: the guard reads only the
    declared range's last cell."""
    path = tmp_path / "declared.xlsx"
    rows = "".join(
        f'<row r="{r}">{hostile._cell(f"A{r}", hostile.stamp(r))}{hostile._cell(f"B{r}", "Agree")}'
        "</row>"
        for r in range(2, 12)
    )
    header = f'<row r="1">{hostile._cell("A1", "Timestamp")}{hostile._cell("B1", "Q")}</row>'
    xml = f'{hostile._SHEET_HEAD}<dimension ref="A1:B11"/><sheetData>{header}{rows}</sheetData>'
    hostile._xlsx(path, xml + "</worksheet>")
    assert read_grid(path).frame.shape == (11, 2)


def test_a_small_zip_bomb_is_refused_on_its_ratio(tmp_path: Path) -> None:
    """15 comment cells of a million letters: 15 MB of XML in about 15 KB."""
    path = tmp_path / "bomb.xlsx"
    hostile.zip_bomb_xlsx(path, rows=15)
    with pytest.raises(InputError, match=r"inflates from .* times, more than the 200 times"):
        read_grid(path)


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)

ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_with_last_row(path: Path, last_row: str) -> None:
    """A one-sheet OpenDocument spreadsheet (synthetic): a header, two answers, then
    ``last_row`` (the XML of a row element)."""

    def row(*values: str) -> str:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in values
        )
        return f"<table:table-row>{cells}</table:table-row>"

    rows = row("Timestamp", hostile.ORGANISED) + row("t1", "Agree") + row("t2", "Disagree")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} '
        'office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="R&apos;s">{rows}{last_row}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        archive.writestr("content.xml", content)


def test_an_ods_value_repeated_down_the_sheet_is_refused(tmp_path: Path) -> None:
    """A value repeated over 26 columns and down to row 1,048,576 (3 rows + 1,048,573): a
    few bytes in the file, 27 million cells for the reader (it aborted)."""
    path = tmp_path / "filled.ods"
    filled = (
        '<table:table-cell office:value-type="string" table:number-columns-repeated="26">'
        "<text:p>x</text:p></table:table-cell>"
    )
    ods_with_last_row(
        path, f'<table:table-row table:number-rows-repeated="1048573">{filled}</table:table-row>'
    )

    assert 'sheet "R\'s": its used range reaches cell Z1048576' in refused_apart(path)


def test_an_ods_with_empty_rows_to_the_sheet_end_is_read(tmp_path: Path) -> None:
    """LibreOffice writes the empty rows and columns up to the sheet's end as repeated empty
    cells: they are not filled cells."""
    path = tmp_path / "empty_rows.ods"
    empty = '<table:table-cell table:number-columns-repeated="1024"/>'
    ods_with_last_row(
        path, f'<table:table-row table:number-rows-repeated="1048573">{empty}</table:table-row>'
    )
    assert read_grid(path).frame.shape == (3, 2)
