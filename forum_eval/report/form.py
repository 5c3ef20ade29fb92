"""Writing next year's form: the XLSForm workbook (openpyxl), byte for byte reproducible.

The workbook's properties and the dates inside the zip are fixed, so the same questionnaire
gives the same file every time. It is written to a temporary file in the target folder,
then renamed over the target: an interrupted write leaves no half-written form.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from forum_eval.errors import InputError, UsageError
from forum_eval.present.form import XLSForm

#: the date written in the workbook's properties and on every member of the zip
_FIXED = dt.datetime(2000, 1, 1)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
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
    return _fixed_dates(buffer.getvalue())


def _fixed_dates(data: bytes) -> bytes:
    """The same zip with a fixed date on each member and in docProps/core.xml (openpyxl
    stamps both with the time of saving)."""
    stamp = _FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", content)
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            target.writestr(member, content)
    return out.getvalue()


def write_xlsform(out: Path, form: XLSForm) -> None:
    """Write ``form`` to ``out`` (.xlsx) through a temporary file in the same folder."""
    if out.suffix.lower() != ".xlsx":
        raise UsageError(
            f"--out {out}: an XLSForm is an .xlsx workbook (KoboToolbox and ODK go by the extension).",
            f"Use --out {out.with_suffix('.xlsx').name}, or --format markdown for text.",
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(
            f"{out}: the folder {folder} does not exist.",
            "Create it first or choose another --out.",
        )
    data = workbook_bytes(form)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
