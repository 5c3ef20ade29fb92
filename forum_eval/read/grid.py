"""Bytes → a grid of strings (no header interpretation): encodings, delimiters, workbooks.

The grid is a DataFrame of ``str`` with positional integer columns, blank cells ``""``; the
header rows are still in it. Platform adapters (the sibling modules) decide which rows are
headers. Every failure is an :class:`~forum_eval.errors.InputError` saying what, where and
how to fix it.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from forum_eval.errors import InputError, UsageError

if TYPE_CHECKING:
    import pandas as pd

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
#: the delimiters a text file may have, and their names
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
#: Encodings of scripts other than Latin: kept when charset-normalizer names them. Any
#: Latin-script guess (latin-1, cp1250, mac_roman, hp_roman8 …) is read as cp1252, the
#: encoding of French and English Excel on Windows.
_OTHER_SCRIPTS = frozenset(
    [
        "cp1251",
        "cp1253",
        "cp1255",
        "cp1256",
        "koi8_r",
        "koi8_u",
        "iso8859_5",
        "iso8859_6",
        "iso8859_7",
        "iso8859_8",
        "mac_cyrillic",
        "shift_jis",
        "cp932",
        "euc_jp",
        "iso2022_jp",
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "big5hkscs",
        "euc_kr",
        "cp949",
        "johab",
        "tis_620",
        "cp874",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
    ]
)

_SAVE_AS_CSV = "Save it again from your spreadsheet program as CSV UTF-8 or Excel (.xlsx)."
_GIVE_A_TABLE = "Give a CSV, TSV or Excel (.xlsx, .xls, .ods) export of the responses."

#: Leading bytes of common files that are not tables.
_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


@dataclass
class Grid:
    """Every cell of the table as text, and how it was read."""

    frame: pd.DataFrame
    path: Path
    info: dict[str, str] = field(default_factory=dict)


def read_grid(path: Path, *, sheet: str | None = None) -> Grid:
    if not path.exists():
        raise InputError(
            f"{path}: file not found.", "Check the path, or give a year from surveys/forums.toml."
        )
    if path.is_dir():
        raise InputError(
            f"{path}: is a folder, not a file.", "Give the path of a CSV or Excel file."
        )
    if sheet is None and path.suffix.lower() not in EXCEL_SUFFIXES:
        grid = _read_big_text(path)
        if grid is not None:
            return grid
    try:
        if path.suffix.lower() in EXCEL_SUFFIXES and path.stat().st_size > MAX_INFLATED_BYTES:
            raise InputError(
                f"{path}: this workbook takes {_megabytes(path.stat().st_size)}, more than "
                f"{_megabytes(MAX_INFLATED_BYTES)} (the limit for a survey).",
                _TOO_BIG_HINT,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be read ({exc.strerror or type(exc).__name__}).",
            "Check that the file exists and that you are allowed to read it.",
        ) from None
    if not data or data.isspace():  # isspace() stops at the first other byte; strip() copies
        raise InputError(
            f"{path}: the file is empty.", "Export the responses again from the survey platform."
        )
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return _read_workbook(path, data, sheet)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        raise InputError(
            f"{path}: the name says workbook but the content is not an Excel or OpenDocument file.",
            "Open it in your spreadsheet program and save it again, or rename it to .csv if it is text.",
        )
    if sheet is not None:
        raise UsageError(
            f"{path}: --sheet applies only to workbooks (.xlsx, .xls, .ods); this is a text file."
        )
    return _read_text(path, data)


# ---------------------------------------------------------------------------- text files


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a file and the name of its encoding."""
    strict = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else _utf32_encoding(data[:4096])
    if strict is None and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        strict = "utf-16"
    if strict is not None:  # a byte-order mark or UTF-32: that encoding or an error
        try:
            return data.decode(strict), strict
        except UnicodeDecodeError as exc:
            raise _bad_encoding(path, exc.start + (3 if strict == "utf-8-sig" else 0)) from None
    head = data[:4096]
    tried = ["utf-8"]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):
        # UTF-16 without a byte-order mark: every other byte of ASCII text is NUL
        tried.insert(0, "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
    for encoding in tried:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.replace("_", "").replace("-", "").lower() in {"utf8", "ascii"}:
        encoding = "cp1252"
    # Western European files (French Excel on Windows) are cp1252; charset-normalizer often
    # names a look-alike (latin-1, mac_roman, hp_roman8…): prefer cp1252 unless the text is
    # clearly in another script.
    western = encoding.lower().replace("-", "_") not in _OTHER_SCRIPTS
    for candidate in ["cp1252", encoding] if western else [encoding]:
        try:
            return data.decode(candidate), candidate
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise _bad_encoding(path, exc.start) from None


def _utf32_encoding(head: bytes) -> str | None:
    """The UTF-32 codec of a file's head: "utf-32" after a byte-order mark, "utf-32-le" or
    "utf-32-be" without one (an ASCII character is then one byte and three NUL bytes); None
    for anything else (a UTF-16 byte-order mark is FF FE alone, without two NUL bytes)."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if len(head) >= 8 and len(head) % 4 == 0 and head.count(b"\x00") * 2 > len(head):
        if head[1:4] == b"\x00\x00\x00" and head[5:8] == b"\x00\x00\x00":
            return "utf-32-le"
        if head[0:3] == b"\x00\x00\x00" and head[4:7] == b"\x00\x00\x00":
            return "utf-32-be"
    return None


def _bad_encoding(path: Path, offset: int) -> InputError:
    return InputError(
        f"{path}: the text encoding could not be recognised (undecodable byte at offset {offset}).",
        _SAVE_AS_CSV,
    )


def _binary_bytes(head: bytes) -> bool:
    """NUL or control bytes in what is not UTF-16 text (which has NUL in every other byte)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") * 3 >= len(head):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or controls > max(2, len(head) // 100)


#: bytes 0–8 and 14–31: control bytes that text files do not hold (tab, line ends, form feed
#: and vertical tab excepted)
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
#: control characters in decoded text: C0 but tab, line feed, form feed, carriage return;
#: DEL and C1 (what a binary file decoded as Latin-1 is full of)
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = len(_CONTROL_CHARS.findall(sample))
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most consistent number of fields (>1) on the first lines."""
    sample = text[:65536]
    lines = sample.splitlines()
    if len(sample) == 65536 and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    lines = lines[:50]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(cell.strip() for cell in r)]
        if not widths or widths[0] < 2:
            continue
        consistent = sum(1 for w in widths if w == widths[0])
        score = (consistent, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(path: Path, data: bytes) -> Grid:
    """The careful path: decode the whole file (any encoding), then parse the text."""
    if (error := _not_text(path, data)) is not None:
        raise error
    text, encoding = decode(data, path)
    if (error := _not_a_table(path, text)) is not None:
        raise error
    text = text.removeprefix("\ufeff")
    delimiter = sniff_delimiter(text)
    _check_width(path, text, delimiter)
    body, stray = _without_stray_row(text, delimiter)
    frame = parse_csv(body, delimiter, path)
    info = _text_info(text, encoding, delimiter)
    if stray:
        info["stray_row"] = stray
    return Grid(frame=frame, path=path, info=info)


#: how much of a text file :func:`_check_width` looks at, and how many of its first records
_WIDTH_CHARS = 1_000_000
_WIDTH_RECORDS = 20


def _check_width(path: Path, text: str, delimiter: str) -> None:
    """Refuse a text whose first records (in its first _WIDTH_CHARS characters: a record cut
    there counts the fields before the cut) have more than MAX_COLUMNS fields: no spreadsheet
    holds that many columns, and parsing them would take minutes and gigabytes."""
    reader = csv.reader(io.StringIO(text[:_WIDTH_CHARS], newline=""), delimiter=delimiter)
    try:
        for record in itertools.islice(reader, _WIDTH_RECORDS):
            if len(record) > MAX_COLUMNS:
                raise InputError(
                    f"{path}, line {reader.line_num}: at least {len(record):,} fields "
                    f"(separator {delimiter!r}), more than the {MAX_COLUMNS:,} columns a "
                    "spreadsheet can hold: this is not a table of survey responses.",
                    "Check that this is the right file; export the responses again from the "
                    "survey platform.",
                )
    except csv.Error:
        return  # the parser says what is wrong with the quotes


def _without_stray_row(text: str, delimiter: str) -> tuple[str, str]:
    """The text without a row typed above the header (a row of short codes with another
    number of fields than the header below, which every later row has), and a description
    of the row skipped ("" when none)."""
    buffer = io.StringIO(text, newline="")
    reader = csv.reader(buffer, delimiter=delimiter)
    try:
        first = next(reader, None)
        first_lines = reader.line_num
        rest = buffer.read()
        later = csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter)
        second = next(later, None)
        if first is None or second is None or len(second) == len(first):
            return text, ""  # the usual case: read no further
        widths = {len(second)} | {len(r) for r in later if r}
    except csv.Error:
        return text, ""
    if len(widths) != 1:
        return text, ""
    (width,) = widths
    if len(first) == width or width < 2:
        return text, ""
    lines = "line 1" if first_lines == 1 else f"lines 1–{first_lines}"
    return rest, (
        f"{lines} ({len(first)} fields) skipped: it stands above the header, whose "
        f"{width} fields every later row has (a row added by hand above the export?)"
    )


def _not_text(path: Path, data: bytes) -> InputError | None:
    """Why a file starting with ``data`` is not a text table (an image, an archive, binary
    data); None when it may be one."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return InputError(f"{path}: this is {what}, not a table of responses.", _GIVE_A_TABLE)
    if _binary_bytes(data[:8192]):
        return InputError(
            f"{path}: this is not a text table (it contains binary data).", _GIVE_A_TABLE
        )
    return None


def _not_a_table(path: Path, text: str) -> InputError | None:
    """Why a decoded text is not a table (binary data, a web page); None when it may be one."""
    if _is_binary(text):
        return InputError(
            f"{path}: this is not a text table (it contains binary data).", _GIVE_A_TABLE
        )
    head = text.removeprefix("\ufeff")[:512].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body")):
        return InputError(
            f"{path}: this is a web page or XML document, not a table of responses.",
            "A download link sometimes gives the sign-in page: download the responses again as "
            "CSV or Excel from the platform's results page.",
        )
    return None


def _text_info(text: str, encoding: str, delimiter: str) -> dict[str, str]:
    line_end = "CRLF" if "\r\n" in text[:65536] else ("CR" if "\r" in text[:65536] else "LF")
    return {
        "format": "text",
        "encoding": encoding,
        "delimiter": DELIMITERS[delimiter],
        "line_end": line_end,
    }


# ---------------------------------------------------------------------------- big text files

#: Text files at least this big that look like UTF-8 are parsed by pyarrow straight from the
#: file (:func:`_read_big_text`): decoding all of a 200 MB export and encoding it again for
#: the parser costs seconds and hundreds of megabytes. Smaller files, and any file the fast
#: path is not sure of, take the careful path (read, decode, then parse).
BIG_TEXT_BYTES = 4_000_000
#: How much of a big file is decoded to check it and sniff its delimiter.
_HEAD_BYTES = 262_144
#: A column of a big file is parsed into a dictionary (its distinct values, and one small
#: integer per cell: a pandas ``category`` column) when the first rows of the file hold at
#: most this many distinct values in it, or at most this share of distinct values; other
#: columns (time stamps, free text, IDs) are parsed as plain strings.
_DICTIONARY_SAMPLE_DISTINCT = 200
_DICTIONARY_SAMPLE_SHARE = 0.2
#: A dictionary column with more distinct values than this after all (its first rows were
#: not typical) becomes a plain string column: pandas checks every category.
_DICTIONARY_MAX = 50_000


def _read_big_text(path: Path) -> Grid | None:
    """A big UTF-8 text file parsed by pyarrow from the file itself, its text columns as
    pandas ``category`` columns (the parser's dictionaries: no value is hashed twice, no
    string is copied into Python); None when the file is small, not clearly UTF-8 text, or
    not a regular table: the careful path then reads it and says what is wrong."""
    try:
        if path.stat().st_size < BIG_TEXT_BYTES:
            return None
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return None  # the careful path says why
    if head.isspace() or head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return None
    text = _utf8_head(head) if _not_text(path, head) is None else None
    if text is None or _not_a_table(path, text) is not None:
        return None
    text = text.removeprefix("\ufeff")
    delimiter = sniff_delimiter(text)
    _check_width(path, text, delimiter)
    frame = _parse_big_utf8(path, text, delimiter)
    if frame is None:
        return None
    encoding = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
    return Grid(frame=frame, path=path, info=_text_info(text, encoding, delimiter))


def _utf8_head(head: bytes) -> str | None:
    """The first bytes of a file decoded as UTF-8 (a character cut at the end dropped);
    None when they are not UTF-8 (or UTF-16, which has NUL bytes)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return None
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # a bad byte, not a character cut at the end
            return None
        return head[: exc.start].decode("utf-8")


def _sample_records(text: str, delimiter: str) -> list[list[str]]:
    """The complete records of the head of a file (the last one may be cut: dropped)."""
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        return []
    records = records[:-1] if len(records) > 1 else records
    return [r for r in records if r]  # pyarrow skips empty lines too


def _parse_big_utf8(path: Path, head: str, delimiter: str) -> pd.DataFrame | None:
    """Every cell of a UTF-8 file as a string, parsed by pyarrow as pandas' ``read_csv(…,
    engine="pyarrow", dtype=str, keep_default_na=False)`` parses it, but each column with
    few distinct values in the head dictionary-encoded, then a pandas ``category`` column
    (one dictionary per column); None when pyarrow refuses the file (invalid UTF-8 —
    pyarrow checks it —, ragged rows …)."""
    records = _sample_records(head, delimiter)
    if not records:
        return None
    width = len(records[0])
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    dictionary = pa.dictionary(pa.int32(), pa.string())
    types = {}
    for position in range(width):
        values = {r[position] for r in records if len(r) == width}
        few = len(values) <= max(
            _DICTIONARY_SAMPLE_DISTINCT, _DICTIONARY_SAMPLE_SHARE * len(records)
        )
        types[f"f{position}"] = dictionary if few else pa.string()
    try:
        with pa.OSFile(str(path)) as source:
            table = pa_csv.read_csv(
                source,
                read_options=pa_csv.ReadOptions(autogenerate_column_names=True, encoding="utf8"),
                parse_options=pa_csv.ParseOptions(delimiter=delimiter),
                convert_options=pa_csv.ConvertOptions(
                    column_types=types, null_values=[], strings_can_be_null=False
                ),
            )
    except (pa.ArrowException, OSError, ValueError):
        return None
    if table.num_columns != width or table.schema.types != [types[n] for n in table.column_names]:
        return None
    import pandas as pd

    columns: dict[int, pd.Series] = {}
    for position in range(width):
        chunked = table.column(0)
        table = table.remove_column(0)  # each column is freed once converted
        if pa.types.is_dictionary(chunked.type):
            chunked = chunked.unify_dictionaries()
            size = len(chunked.chunk(0).dictionary) if chunked.num_chunks else 0
            if size > _DICTIONARY_MAX:
                chunked = chunked.cast(pa.string())
        columns[position] = pd.Series(chunked.to_pandas(), copy=False)
    del table, chunked
    # the parser's blocks are freed: give their memory back (the pool keeps it otherwise)
    release = getattr(pa.default_memory_pool(), "release_unused", None)
    if release is not None:
        release()
    frame = pd.DataFrame(columns, copy=False)
    frame.columns = pd.RangeIndex(width)
    return frame


def parse_csv(text: str, delimiter: str, path: Path) -> pd.DataFrame:
    """All rows of a delimited text as strings; a row with a different width is an error."""
    import pandas as pd

    options: dict[str, Any] = {
        "sep": delimiter,
        "header": None,
        "dtype": str,
        "keep_default_na": False,
    }
    try:
        frame = pd.read_csv(io.BytesIO(text.encode("utf-8")), engine="pyarrow", **options)
    except (pd.errors.ParserError, ValueError, TypeError, ImportError):
        _check_widths(text, delimiter, path)
        try:
            frame = pd.read_csv(
                io.StringIO(text), engine="c", skip_blank_lines=True, na_filter=False, **options
            )
        except (pd.errors.ParserError, ValueError, csv.Error) as exc:
            raise InputError(
                f"{path}: the text cannot be read as a table ({str(exc).splitlines()[0][:120]}).",
                "Open the file in a spreadsheet program and save it again as CSV.",
            ) from None
    except pd.errors.EmptyDataError:
        raise InputError(
            f"{path}: the file is empty.", "Export the responses again from the survey platform."
        ) from None
    frame = frame.fillna("").astype(str)
    frame.columns = pd.RangeIndex(frame.shape[1])
    return frame


def _check_widths(text: str, delimiter: str, path: Path) -> None:
    """Raise on the first record whose number of fields differs from the header's."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    expected: int | None = None
    try:
        for row in reader:
            if not row or (not any(cell.strip() for cell in row) and len(row) <= 1):
                continue
            if expected is None:
                expected = len(row)
            elif len(row) != expected:
                raise InputError(
                    f"{path}, line {reader.line_num}: {len(row)} fields where the header has {expected} "
                    f"(separator {delimiter!r}).",
                    "A value probably contains the separator without quotes, or a cell is missing; "
                    "fix that line in a spreadsheet program and save the file again as CSV.",
                )
    except csv.Error as exc:
        what = "a quote is opened and never closed" if "end of data" in str(exc) else str(exc)
        raise InputError(
            f"{path}, line {reader.line_num}: the text cannot be read as CSV ({what}).",
            'Check the quotes (") on that line and the lines before it, or save the file again '
            "from a spreadsheet program.",
        ) from None


# ---------------------------------------------------------------------------- workbooks


def _read_workbook(path: Path, data: bytes, sheet: str | None) -> Grid:
    parts: dict[str, str] = {}  # XLSX: sheet name → the archive member of its XML
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                _check_archive(path, archive)
                if "[Content_Types].xml" in names:
                    parts = _sheet_parts(archive)
                elif "content.xml" in names:
                    _check_ods_extent(path, archive)
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputError(
                f"{path}: this workbook is damaged (the archive cannot be opened).",
                "Save it again from your spreadsheet program, or export the responses again.",
            ) from None
        if "[Content_Types].xml" not in names and "mimetype" not in names:
            raise InputError(
                f"{path}: this is a ZIP archive, not a workbook.",
                "Extract it and give the CSV or Excel file inside.",
            )
        kind = "ods" if "mimetype" in names and "content.xml" in names else "xlsx"
    else:
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(
                f"{path}: this workbook is password-protected.",
                "Open it in your spreadsheet program, remove the password (File › Info › Protect workbook) "
                "and save it again.",
            )
        kind = "xls"
    import pandas as pd

    try:
        book = pd.ExcelFile(io.BytesIO(data), engine="calamine")
        names_list = [str(n) for n in book.sheet_names]
    except Exception as exc:  # calamine raises its own error types for corrupt files
        raise InputError(
            f"{path}: this workbook cannot be opened ({type(exc).__name__}).",
            "Check that it is not password-protected or damaged; save it again from your spreadsheet program.",
        ) from None
    hidden = _hidden_sheets(book)
    visible = [n for n in names_list if n not in hidden]
    listed = ", ".join(f'"{n}"' for n in visible)
    hidden_listed = ", ".join(f'"{n}"' for n in hidden)
    candidates = visible  # a hidden sheet is read only when --sheet names it
    if sheet is not None:
        if sheet not in names_list and not (sheet.isdigit() and int(sheet) < len(visible)):
            raise InputError(
                f"{path}: no sheet {sheet!r}. Sheets: {listed}"
                + (f" (hidden: {hidden_listed})." if hidden else "."),
                "Pass --sheet with one of these names, or its 0-based position.",
            )
        candidates = [sheet if sheet in names_list else visible[int(sheet)]]
    frame = None
    chosen = candidates[0] if candidates else ""
    with book:
        for name in candidates:
            if name in parts:
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    _check_dimension(path, archive, name, parts[name])
            try:
                parsed = pd.read_excel(
                    book, sheet_name=name, header=None, dtype=str, na_filter=False
                )
            except Exception as exc:
                raise InputError(
                    f'{path}, sheet "{name}": cannot be read ({type(exc).__name__}).',
                    "Save the workbook again from your spreadsheet program.",
                ) from None
            parsed = _trim(parsed.fillna("").astype(str))
            if sheet is not None or _looks_like_table(parsed):
                frame, chosen = parsed, name
                break
    if frame is None or frame.empty:
        where = (
            f'sheet "{chosen}" holds no table'
            if sheet is not None
            else f"none of its {'visible ' if hidden else ''}sheets ({listed}) holds a table"
        )
        unread = f" (hidden sheets are read only when named: {hidden_listed})" if hidden else ""
        raise InputError(
            f"{path}: {where} of responses (a header row and at least one row below it)"
            f"{unread if sheet is None else ''}.",
            "Pass --sheet NAME or INDEX to choose the sheet holding the responses.",
        )
    if chosen in parts:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_formulas(path, archive, chosen, parts[chosen])
    frame.columns = pd.RangeIndex(frame.shape[1])
    info = {"format": kind, "sheet": chosen}
    if len(visible) > 1:
        info["sheets"] = ", ".join(visible)
    if hidden:
        info["hidden_sheets"] = ", ".join(hidden)
    return Grid(frame=frame, path=path, info=info)


def _hidden_sheets(book: Any) -> list[str]:
    """The names of the sheets a spreadsheet program does not show (hidden or very hidden):
    the user does not see them, so they are not read unless --sheet names one."""
    metadata = getattr(getattr(book, "book", None), "sheets_metadata", None) or []
    return [
        str(sheet.name)
        for sheet in metadata
        if not str(getattr(sheet, "visible", "Visible")).endswith("Visible")
    ]


def _trim(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop fully empty trailing rows and columns (a workbook's used range is often wider)."""
    if frame.empty:
        return frame
    filled = frame.apply(lambda c: c.str.strip() != "")
    rows = filled.any(axis=1).to_numpy().nonzero()[0]
    cols = filled.any(axis=0).to_numpy().nonzero()[0]
    if rows.size == 0 or cols.size == 0:
        return frame.iloc[0:0, 0:0]
    return frame.iloc[: rows[-1] + 1, : cols[-1] + 1].reset_index(drop=True)


def _looks_like_table(frame: pd.DataFrame) -> bool:
    """A row with two filled cells or more among the first 11 (the header, maybe under a
    title) and a row below it."""
    if frame.shape[0] < 2 or frame.shape[1] < 2:
        return False
    head = frame.iloc[:11]
    counts = head.apply(lambda c: c.str.strip() != "").sum(axis=1).to_numpy()
    wide = (counts >= 2).nonzero()[0]
    return bool(wide.size and frame.shape[0] > int(wide[0]) + 1)


# ---------------------------------------------------------------------------- size guards

#: Bounds of what a survey can be; anything beyond is refused before it is read (issue 14,
#: case 16). A sheet holds at most 16,384 columns (XFD), so a wider text table cannot be a
#: spreadsheet's export either.
MAX_COLUMNS = 16_384
#: cells of a workbook sheet (its declared used range, from A1): 1,000 columns × 10,000
#: respondents; a bigger survey is exported as CSV
MAX_CELLS = 10_000_000
#: the inflated size of a workbook's parts, all together
MAX_INFLATED_BYTES = 1_000_000_000
#: a part bigger than this inflated must not be compressed more than MAX_RATIO times:
#: spreadsheet XML compresses 10–30 times (each cell names its own reference), a zip bomb
#: about 1,000 times
_RATIO_FROM_BYTES = 10_000_000
MAX_RATIO = 200

_TOO_BIG_HINT = (
    "A survey export is far smaller: check that this is the right file, or export the "
    "responses again from the survey platform."
)


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts inflate beyond a survey's size, or far more than
    spreadsheet XML compresses (a zip bomb): sizes from the archive's directory, nothing
    inflated."""
    parts = archive.infolist()
    total = sum(part.file_size for part in parts)
    if total > MAX_INFLATED_BYTES:
        raise InputError(
            f"{path}: this workbook inflates to {_megabytes(total)}, more than "
            f"{_megabytes(MAX_INFLATED_BYTES)} (the limit for a survey).",
            _TOO_BIG_HINT,
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > _RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise InputError(
                f"{path}: its part {part.filename} inflates from {_megabytes(part.compress_size)}"
                f" to {_megabytes(part.file_size)} ({ratio:,.0f} times, more than the "
                f"{MAX_RATIO} times a spreadsheet compresses): a damaged or malicious file.",
                "Check that this is the right file; export the responses again from the "
                "survey platform, or save them again from your spreadsheet program.",
            )


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB" if size < 1e9 else f"{size / 1e9:,.1f} GB"


_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the archive member holding its XML, from the workbook's parts list
    ({} when the workbook does not say: the checks that need it are then skipped)."""
    from xml.etree import ElementTree

    def targets(rels: str, base: str) -> dict[str, str]:
        found = {}
        for relation in ElementTree.fromstring(archive.read(rels)).iter(_RELATIONSHIPS):
            target = relation.get("Target", "")
            member = target.lstrip("/") if target.startswith("/") else f"{base}{target}"
            found[relation.get("Id", "")] = posixpath.normpath(member)
        return found

    try:
        book = next(
            (t for t in targets("_rels/.rels", "").values() if t.endswith(".xml")),
            "xl/workbook.xml",
        )
        folder, name = posixpath.split(book)
        parts = targets(f"{folder}/_rels/{name}.rels", f"{folder}/")
        sheets = ElementTree.fromstring(archive.read(book)).iter(f"{_MAIN}sheet")
        return {s.get("name", ""): parts[s.get(_REL_ID, "")] for s in sheets}
    except (KeyError, ElementTree.ParseError, ValueError, OSError, zipfile.BadZipFile):
        return {}


#: an element's namespace prefix, as some generators write them (``<x:c>``)
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_DIMENSION = re.compile(rb"<" + _PREFIX + rb'dimension\s+ref="(?:[A-Z]+[0-9]+:)?([A-Z]+)([0-9]+)"')


def _check_dimension(path: Path, archive: zipfile.ZipFile, name: str, member: str) -> None:
    """Refuse a sheet whose used range holds more than MAX_CELLS cells: the reader would
    allocate all of them. A cell typed far below or right of the table does that. The range
    is the one declared at the top of the sheet's XML (``<dimension ref="A1:Z1048576"/>``,
    which spreadsheet programs write), or else the one its filled cells reach."""
    try:
        with archive.open(member) as handle:
            head = handle.read(65_536)
        match = _DIMENSION.search(head)
        if match is not None:
            columns, last_row = _column_number(match[1].decode()), int(match[2])
        else:
            columns, last_row = _filled_extent(archive, member)
    except (KeyError, OSError, zipfile.BadZipFile, EOFError):
        return  # the reader says what is wrong
    if columns * last_row > MAX_CELLS:
        _refuse_extent(path, name, last_row, columns)


#: the reference of a cell that is not empty (``<c r="B2" t="s">``, not ``<c r="B2" s="1"/>``:
#: a formatted empty cell is not read); a namespace prefix (``<x:c r=``) matches too
_FILLED_REF = re.compile(rb'c r="([A-Z]+)([0-9]+)"[^>/]*>')


def _filled_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """The last column (as a number) and the last row that a sheet's filled cells reach."""
    letters: set[bytes] = set()
    last_row = 0
    for segment in _sheet_segments(archive, member):
        found = _FILLED_REF.findall(segment)
        if found:
            letters.update(column for column, _ in found)
            last_row = max(last_row, max(int(row_number) for _, row_number in found))
    columns = max((_column_number(c.decode()) for c in letters), default=0)
    return columns, last_row


def _sheet_segments(archive: zipfile.ZipFile, member: str, tag: bytes = b"row>") -> Iterator[bytes]:
    """A sheet's XML in pieces of about _CHUNK bytes, each cut after a row tag (``</row>``,
    ``<row>``, ``</x:row>``; ``tag``), never inside a cell, then what follows the last tag
    (closing tags); it stops past 32 chunks without a row tag (no row is that long: a cell
    holds 32,767 characters at most)."""
    with archive.open(member) as handle:
        rest = b""
        while chunk := handle.read(_CHUNK):
            text = rest + chunk
            found = text.rfind(tag)
            end = found + len(tag) if found >= 0 else 0
            rest = text[end:]
            if len(rest) > 32 * _CHUNK:
                return
            if end:
                yield text[:end]
        yield rest


def _refuse_extent(path: Path, name: str, last_row: int, columns: int) -> NoReturn:
    raise InputError(
        f'{path}, sheet "{name}": its used range reaches cell {_column_letters(columns)}{last_row} '
        f"({columns:,} columns × {last_row:,} rows), more than the {MAX_CELLS:,} cells a survey "
        "can fill.",
        "A cell far below or right of the table is in use (a value or a format): delete the "
        "rows and columns after the table (select them, right-click › Delete) and save the "
        "file again; export a survey that really is this big as CSV.",
    )


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


#: an OpenDocument sheet's start (its name), or one of its rows (attributes, cells)
_ODS_PART = re.compile(
    rb'<table:table\s[^>]*?table:name="([^"]*)"'
    rb"|<table:table-row(?=[\s/>])([^>]*?)(?:/>|>(.*?)</table:table-row>)",
    re.DOTALL,
)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])([^>]*?)(/?)>")
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="([0-9]+)"')


def _check_ods_extent(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse an OpenDocument spreadsheet a sheet of which has filled cells beyond MAX_CELLS
    (the rectangle from A1 to its last filled row and column): a value repeated down a
    million rows (``table:number-rows-repeated``) takes a few bytes in the file and the
    reader would allocate every cell. The reader parses every sheet when it opens the file,
    so every sheet is checked. Repeated empty rows and columns (LibreOffice writes them up
    to the sheet's end) do not count."""
    extents: dict[str, list[int]] = {}  # sheet → [rows so far, last filled row, last column]
    sheet = [0, 0, 0]
    try:
        for segment in _sheet_segments(archive, "content.xml", b"</table:table-row>"):
            for part in _ODS_PART.finditer(segment):
                if part[1] is not None:
                    sheet = extents.setdefault(html.unescape(part[1].decode()), [0, 0, 0])
                    continue
                repeated = _ROWS_REPEATED.search(part[2])
                rows = int(repeated[1]) if repeated else 1
                last = _last_filled_column(part[3] or b"")
                if last:
                    sheet[1], sheet[2] = sheet[0] + rows, max(sheet[2], last)
                sheet[0] += rows
    except (KeyError, OSError, zipfile.BadZipFile, EOFError):
        return  # the reader says what is wrong
    for name, (_, last_row, last_column) in extents.items():
        if last_row * last_column > MAX_CELLS:
            _refuse_extent(path, name, last_row, last_column)


def _last_filled_column(cells: bytes) -> int:
    """The 1-based column of a row's last cell holding something (a value type, or content
    in the element: its text), 0 for an empty row."""
    column = last = 0
    for cell in _ODS_CELL.finditer(cells):
        repeated = _COLUMNS_REPEATED.search(cell[1])
        count = int(repeated[1]) if repeated else 1
        if not cell[2] or b"office:value-type" in cell[1]:
            last = column + count
        column += count
    return last


#: a cell with content (``<c r="B2" …>…</c>``; a self-closing ``<c …/>`` is empty)
_CELL = re.compile(rb"<" + _PREFIX + rb"c\b([^>]*?)(?<!/)>(.*?)</" + _PREFIX + rb"c>", re.DOTALL)
_CELL_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_CELL_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f[\s>/]")
_VALUE = re.compile(rb"<" + _PREFIX + rb"v\b")
_SAVED_VALUE = re.compile(rb"<" + _PREFIX + rb"v>[^<]")
_CHUNK = 1 << 20


def _check_formulas(path: Path, archive: zipfile.ZipFile, name: str, member: str) -> None:
    """Refuse a sheet whose formula cells hold no saved value (files written by programs
    that do not compute formulas, such as openpyxl): the reader would take them for blank
    cells. The sheet's XML is read in chunks; a chunk without a formula costs one search."""
    missing: list[tuple[int, int]] = []  # (column, row)
    try:
        for segment in _sheet_segments(archive, member):
            if _FORMULA.search(segment):
                missing += _unsaved_formulas(segment)
    except (KeyError, OSError, zipfile.BadZipFile, EOFError):
        return  # the sheet was read: a damaged archive is not this check's business
    if missing:
        raise InputError(
            f'{path}, sheet "{name}": {_cell_ranges(missing)} with no saved value, read as '
            "blank (the program that wrote the file did not compute its formulas).",
            "Open the file in a spreadsheet program and save it again (that computes and saves "
            "the values), then run the command again.",
        )


def _unsaved_formulas(xml: bytes) -> list[tuple[int, int]]:
    """(column, row) of each formula cell without a saved value: no ``<v>``, or an empty one
    in a cell that is not a string (an empty text result is saved as ``t="str"`` and
    ``<v></v>``)."""
    found = []
    for cell in _CELL.finditer(xml):
        attributes, inner = cell[1], cell[2]
        if not _FORMULA.search(inner) or _SAVED_VALUE.search(inner):
            continue
        kind = _CELL_TYPE.search(attributes)
        if kind is not None and kind[1] == b"str" and _VALUE.search(inner):
            continue
        ref = _CELL_REF.search(attributes)
        if ref is not None:
            found.append((_column_number(ref[1].decode()), int(ref[2])))
    return found


def _cell_ranges(cells: list[tuple[int, int]], shown: int = 5) -> str:
    """ "cells B2:B11, D4 (11 in all) hold formulas": runs of cells down a column as ranges,
    the first ``shown`` of them."""
    runs: list[list[int]] = []  # [column, first row, last row]
    for column, row_number in sorted(cells):
        if runs and runs[-1][0] == column and runs[-1][2] == row_number - 1:
            runs[-1][2] = row_number
        else:
            runs.append([column, row_number, row_number])
    texts = [
        f"{_column_letters(c)}{first}" + (f":{_column_letters(c)}{last}" if last > first else "")
        for c, first, last in runs
    ]
    more = f" and {len(texts) - shown} more ranges" if len(texts) > shown else ""
    if len(cells) == 1:
        return f"cell {texts[0]} holds a formula"
    return f"cells {', '.join(texts[:shown])}{more} ({len(cells):,} in all) hold formulas"
