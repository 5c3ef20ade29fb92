"""Write the malformed files of tests/test_bad_input.py (each is tied to the message it must
produce there). Run from the repository root:

    python tests/data/bad/build_bad.py

All contents are invented; the random bytes are seeded.
"""

from __future__ import annotations

import gzip
import io
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORGANISED = "The forum was well organised."
INCLUDED = "I felt included in the space."


def text(name: str, content: str, encoding: str = "utf-8") -> None:
    (HERE / name).write_bytes(content.encode(encoding))


def raw(name: str, content: bytes) -> None:
    (HERE / name).write_bytes(content)


def survey_rows(values: list[str], *, extra: str = "") -> str:
    lines = [f"Timestamp,Email Address,{ORGANISED},{INCLUDED}"]
    for i, value in enumerate(values):
        lines.append(f"2024/11/27 4:{i:02d}:00 PM EST,person{i}@example.org,{value},Agree{extra}")
    return "\n".join(lines) + "\n"


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def encrypted(workbook: bytes, rng: random.Random) -> bytes:
    """The workbook protected with the password "forum" (Excel's agile encryption), made with
    msoffcrypto-tool when it is installed (``pip install msoffcrypto-tool``); otherwise an
    imitation: an OLE2 compound file naming the "EncryptionInfo" and "EncryptedPackage"
    streams, which is what the reader looks for."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
        ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
        ole += "EncryptedPackage".encode("utf-16-le")
        return ole + bytes(rng.randrange(256) for _ in range(1024))
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(workbook)).encrypt("forum", out)
    return out.getvalue()


def main() -> None:
    rng = random.Random(20241127)
    # empty files
    raw("empty.csv", b"")
    text("whitespace_only.csv", "\n  \n\t\n")
    text("header_only.csv", f"Timestamp,{ORGANISED},{INCLUDED}\n")
    text("header_then_empty_rows.csv", f"Timestamp,{ORGANISED},{INCLUDED}\n,,\n,,\n")
    text("no_header_names.csv", ",,\n2024/11/27,Agree,Agree\n2024/11/28,Agree,Disagree\n")
    # values off the scale
    text(
        "off_scale_value.csv",
        survey_rows(["Agree", "Strongly agreee", "Agree", "Strongly agreee", "Disagree"]),
    )
    text(
        "off_scale_many_rows.csv",
        survey_rows(["Agree", "Strongly agree"] * 4 + ["Agre"] * 7),
    )
    text(
        "off_scale_french.csv",
        "Horodateur,Le forum était bien organisé.\n"
        + "".join(f"2024/11/27 4:{i:02d}:00,D'accord\n" for i in range(4))
        + "2024/11/27 5:00:00,Daccord pas du tout\n",
    )
    # ragged rows and broken quoting
    text(
        "ragged_more_fields.csv",
        f"Timestamp,{ORGANISED},{INCLUDED}\n2024/11/27,Agree,Agree\n"
        "2024/11/27,Agree,Agree\n2024/11/27,Agree, I mean, yes,Agree\n",
    )
    text(
        "ragged_fewer_fields.csv",
        f"Timestamp,{ORGANISED},{INCLUDED}\n2024/11/27,Agree,Agree\n2024/11/27,Agree\n"
        "2024/11/27,Agree,Disagree\n",
    )
    text(
        "unterminated_quote.csv",
        f'Timestamp,{ORGANISED},{INCLUDED}\n2024/11/27,Agree,Agree\n2024/11/27,"Agree,Agree\n'
        "2024/11/27,Agree,Disagree\n",
    )
    # nothing to summarise
    text(
        "no_items.csv",
        "City,Age,Favourite colour\nOttawa,34,blue\nMontréal,51,green\nHalifax,28,red\n",
    )
    text(
        "only_metadata.csv",
        "Timestamp,Email Address,Name\n2024/11/27 4:00:00 PM,ana@example.org,Ana Lima\n"
        "2024/11/27 4:05:00 PM,bo@example.org,Bo Chen\n",
    )
    # not tables at all
    raw(
        "image.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(200)),
    )
    raw(
        "photo_named.csv",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(200)),
    )
    raw("document.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    raw("random_bytes.bin", bytes(rng.randrange(256) for _ in range(4096)))
    raw("responses.csv.gz", gzip.compress(survey_rows(["Agree"]).encode(), mtime=0))
    text(
        "web_page.csv",
        "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in to continue"
        "</body></html>\n",
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("responses.csv", (2024, 11, 27, 0, 0, 0)), survey_rows(["Agree"])
        )
    raw("archive.zip", buffer.getvalue())
    # workbooks that cannot be read
    good = xlsx_bytes({"Sheet1": [["Timestamp", ORGANISED], ["2024-11-27", "Agree"]]})
    raw("truncated.xlsx", good[: len(good) // 2])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("[Content_Types].xml", "xl/workbook.xml"):
            archive.writestr(zipfile.ZipInfo(name, (2024, 11, 27, 0, 0, 0)), "<not really xml")
    raw("corrupt.xlsx", buffer.getvalue())
    raw("password_protected.xlsx", encrypted(good, rng))
    raw(
        "corrupt.xls",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(2048)),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype", (2024, 11, 27, 0, 0, 0)),
            "application/vnd.oasis.opendocument.spreadsheet",
        )
        archive.writestr(
            zipfile.ZipInfo("content.xml", (2024, 11, 27, 0, 0, 0)), "<office:document-content"
        )
    raw("corrupt.ods", buffer.getvalue())
    text("text_named.xlsx", survey_rows(["Agree", "Disagree"]))
    raw("empty_workbook.xlsx", xlsx_bytes({"Sheet": []}))
    raw(
        "two_sheets.xlsx",
        xlsx_bytes(
            {
                "Notes": [["Forum 2024 evaluation"]],
                "Data": [
                    ["Timestamp", ORGANISED],
                    ["2024-11-27", "Agree"],
                    ["2024-11-27", "Disagree"],
                ],
            }
        ),
    )
    # encodings
    raw("unknown_encoding.csv", b"Question,Answer\n" + (bytes(range(0x80, 0x100)) + b",x\n") * 5)
    raw("broken_utf8_after_bom.csv", b"\xef\xbb\xbfTimestamp,Question\n2024,\xc3\x28\xa0\xa1\n")
    raw(
        "nul_bytes.csv",
        b"Timestamp,Question\n" + b"2024,Agree\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\n" * 30,
    )
    # a folder where a file is expected
    (HERE / "a_folder.csv").mkdir(exist_ok=True)
    (HERE / "a_folder.csv" / ".gitkeep").write_text("")


if __name__ == "__main__":
    main()
