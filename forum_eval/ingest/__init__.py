"""Reading a response file into a raw table of strings.

Every reader returns a :class:`RawTable`: the header texts (duplicates kept), a DataFrame of
strings with positional integer columns (blank cells are ``""``), and how the file was read.
Interpreting answers is :mod:`forum_eval.normalise`'s job, not this package's.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from forum_eval.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}


@dataclass
class RawTable:
    headers: list[str]
    frame: pd.DataFrame
    path: Path
    #: 1-based row number, in the file, of the first data row (the header is row 1).
    first_data_row: int = 2
    info: dict[str, str] = field(default_factory=dict)

    def row_number(self, position: int) -> int:
        """The row a user sees in the file (or spreadsheet) for a 0-based data position."""
        return self.first_data_row + position


def load_table(path: Path, *, sheet: str | None = None) -> RawTable:
    if not path.exists():
        raise InputError(
            f"{path}: file not found.", "Check the path, or give a year from surveys/forums.toml."
        )
    if path.is_dir():
        raise InputError(
            f"{path}: is a folder, not a file.", "Give the path of a CSV or Excel file."
        )
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _read_excel(path, sheet)
    return _read_text(path)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.replace("_", "").lower() in {"utf8", "ascii"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        raise InputError(
            f"{path}: the text encoding could not be recognised.",
            "Save the file as CSV UTF-8 from your spreadsheet program and try again.",
        ) from None


def _sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _read_text(path: Path) -> RawTable:
    import pandas as pd

    data = path.read_bytes()
    if not data.strip():
        raise InputError(
            f"{path}: the file is empty.", "Export the responses again from the survey platform."
        )
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"{path}: this is not a text table (it contains binary data).",
            "Give a CSV, TSV or Excel (.xlsx, .xls, .ods) file.",
        )
    text, encoding = _decode(data, path)
    delimiter = _sniff_delimiter(text)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="python" if len(text) < 2_000_000 else "c",
        )
    except pd.errors.ParserError as exc:
        raise InputError(
            f"{path}: the rows do not all have the same number of columns ({exc}).",
            "Open the file in a spreadsheet program, check that row, and save it again as CSV.",
        ) from None
    return _split_header(
        frame, path, {"format": "csv", "encoding": encoding, "delimiter": delimiter}
    )


def _read_excel(path: Path, sheet: str | None) -> RawTable:
    import pandas as pd

    try:
        book = pd.ExcelFile(path, engine="calamine")
    except Exception as exc:  # calamine raises its own error types for corrupt files
        raise InputError(
            f"{path}: this workbook cannot be opened ({type(exc).__name__}).",
            "Check that it is not password-protected or damaged; save it again from your spreadsheet program.",
        ) from None
    names = [str(n) for n in book.sheet_names]
    target: str | int = 0
    if sheet is not None:
        if sheet in names:
            target = sheet
        elif sheet.isdigit() and int(sheet) < len(names):
            target = int(sheet)
        else:
            raise InputError(
                f"{path}: no sheet {sheet!r}. Sheets: {', '.join(names)}.",
                "Pass --sheet NAME or INDEX.",
            )
    frame = book.parse(target, header=None, dtype=str, keep_default_na=False, na_filter=False)
    frame = frame.fillna("").astype(str)
    chosen = names[target] if isinstance(target, int) else target
    if frame.empty and len(names) > 1 and sheet is None:
        raise InputError(
            f"{path}: the first sheet ({names[0]!r}) is empty. Sheets: {', '.join(names)}.",
            "Pass --sheet NAME or INDEX to choose the sheet holding the responses.",
        )
    return _split_header(frame, path, {"format": path.suffix.lower().lstrip("."), "sheet": chosen})


def _split_header(frame: pd.DataFrame, path: Path, info: dict[str, str]) -> RawTable:
    if frame.empty or frame.shape[0] == 0:
        raise InputError(
            f"{path}: the file is empty.", "Export the responses again from the survey platform."
        )
    headers = [str(h).strip() for h in frame.iloc[0].tolist()]
    body = frame.iloc[1:].reset_index(drop=True)
    body.columns = range(body.shape[1])
    if body.shape[0] == 0:
        raise InputError(
            f"{path}: the file has a header row but no responses.",
            "Check that the export includes the responses, not only the questions.",
        )
    return RawTable(headers=headers, frame=body, path=path, first_data_row=2, info=info)
