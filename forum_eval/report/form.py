"""Writing next year's form: the XLSForm workbook (openpyxl), byte for byte reproducible.

The workbook's properties and the dates inside the zip are fixed, so the same questionnaire
gives the same file every time. It is written to a temporary file in the target folder,
then renamed over the target: an interrupted write leaves no half-written form.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from forum_eval.errors import UsageError
from forum_eval.present.form import XLSForm
from forum_eval.report.folder import fixed_date_zip, write_bytes_atomic

#: the date written in the workbook's properties (the zip's members: see fixed_date_zip)
_FIXED = dt.datetime(2000, 1, 1)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def check_target(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse to write over an input (the questionnaire) or into a folder."""
    if out.is_dir():
        raise UsageError(f"{out} is a folder.", "Give a file name with --out, e.g. form.xlsx.")
    target = out.resolve()
    for path in inputs:
        if path.resolve() == target:
            raise UsageError(
                f"--out {out} is the questionnaire the form is made from: it would be overwritten.",
                "Choose another file name with --out.",
            )


def workbook_bytes(form: XLSForm) -> bytes:
    """The .xlsx file of ``form``: one sheet per XLSForm sheet, every cell a text cell."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in form.sheets():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for cells in sheet.iter_rows():
            for cell in cells:
                # a label starting with "=" is text in a form, never a formula
                cell.data_type = "s"
    book.properties.creator = "forum-eval"
    book.properties.created = _FIXED
    book.properties.modified = _FIXED
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_date_zip(buffer.getvalue(), _core_dates)


def _core_dates(member: zipfile.ZipInfo, content: bytes) -> bytes:
    """docProps/core.xml with the fixed modification date (openpyxl writes the time of
    saving)."""
    if member.filename != "docProps/core.xml":
        return content
    stamp = _FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", content)


def write_xlsform(out: Path, form: XLSForm) -> None:
    """Write ``form`` to ``out`` (.xlsx), atomically (:func:`write_bytes_atomic`)."""
    if out.suffix.lower() != ".xlsx":
        raise UsageError(
            f"--out {out}: an XLSForm is an .xlsx workbook (KoboToolbox and ODK go by the extension).",
            f"Use --out {out.with_suffix('.xlsx').name}, or --format markdown for text.",
        )
    write_bytes_atomic(out, workbook_bytes(form))
