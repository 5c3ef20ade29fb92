"""Write the hostile inputs of issue 14 (the fixtures of tests/test_hostile_*.py). Run from the
repository root to regenerate the small files committed here:

    python tests/data/hostile/build_hostile.py

Everything here is SYNTHETIC: the answers, the people, their e-mail addresses (example.org),
phone numbers (the fictional 555-01xx range), IP addresses (the documentation range
203.0.113.0/24), postal addresses and names are invented. The text files come out byte for
byte the same at each run; the workbooks differ in their time stamps only. The big inputs (a cell at XFD1048576, a zip bomb, a 50 MB one-line CSV) are not committed: the
tests call :func:`far_cell_xlsx`, :func:`zip_bomb_xlsx` and :func:`one_line_csv` to write
them into a temporary folder. README.md lists every case and what the tool must do.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORGANISED = "The forum was well organised."
INCLUDED = "I felt included in the space."
SPEAK = "I felt free to speak."
BETTER = "What could we do better next year?"

SA, A, N, D, SD = (
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
)

# --------------------------------------------------------------------------- invented people

_FIRST = ("Orlaith", "Tamsin", "Ivo", "Benedek", "Sunniva", "Caspian", "Ottilie", "Radomir")
_LAST_A = ("Vant", "Quor", "Zell", "Brix", "Fenn", "Gorm", "Hask", "Jolt")
_LAST_B = ("robble", "wick", "thorpe", "mire", "ansky")


def people(count: int = 38) -> list[dict[str, str]]:
    """``count`` invented people (synthetic): first and last name, e-mail, phone, IP."""
    out = []
    for i in range(count):
        first = _FIRST[i % len(_FIRST)]
        last = _LAST_A[i % len(_LAST_A)] + _LAST_B[(i // len(_LAST_A)) % len(_LAST_B)]
        out.append(
            {
                "first": first,
                "last": last,
                "name": f"{first} {last}",
                "email": f"{first.lower()}.{last.lower()}@example.org",
                "phone": f"613-555-01{i:02d}",
                "ip": f"203.0.113.{i + 10}",
            }
        )
    return out


def identities(count: int = 38) -> list[str]:
    """What must never appear in an output (compared case-insensitively): the surnames (unique
    inventions), e-mail addresses, phone numbers and IP addresses of :func:`people`."""
    found: list[str] = []
    for person in people(count):
        found += [person["last"].lower(), person["email"], person["phone"], person["ip"]]
    return found


#: invented street addresses (street, town and province, postal code) for case 13
ADDRESSES = (
    ("1234 Quillfeather Street", "Ottawa ON", "K2P 4X7"),
    ("88 Brambleton Avenue", "Gatineau QC", "J8Y 3R5"),
    ("5 Corvellan Lane", "Toronto ON", "M4C 1B5"),
    ("17 Wexmoor Boulevard, Apt 3", "Montréal QC", "H2X 1Y4"),
    ("402 Thistlewaite Road", "Halifax NS", "B3H 2Y9"),
    ("61 Ambergrove Drive", "Winnipeg MB", "R3C 0V8"),
    ("9 Pellinore Court", "Regina SK", "S4P 3Y2"),
    ("250 Saint-Vorlan Street", "Québec QC", "G1R 4S9"),
    ("73 Hollowmere Way", "Victoria BC", "V8W 1N6"),
    ("12 Crandleford Place", "Moncton NB", "E1C 4B7"),
    ("300 Fernwhistle Avenue", "Calgary AB", "T2P 2M5"),
    ("26 Maplethorne Crescent", "St. John's NL", "A1C 5M2"),
)
CONTACT_STREETS = (
    "Larchmont Crescent", "Dunmarrow Drive", "Peltwhistle Road", "Ravelsby Street",
    "Quenby Lane", "Orrindale Avenue", "Tasselbrook Road", "Wimbrel Court",
    "Harrowgate Way", "Sorrelby Street", "Cobbleford Drive", "Ellingmoor Place",
)  # fmt: skip
#: comments quoting a postal address (and a request that a theme catches)
ADDRESS_COMMENTS = (
    "Please mail the report to 77 Dunmarrow Drive, Kingston ON K7L 2V9. More French sessions.",
    "More time for questions; I live near 310 Peltwhistle Road, postcode K1N 6N5.",
    "Send the slides to my office, 250 Ravelsby Street, Suite 4, Toronto M5V 3L9.",
    "Our shelter at 14 Quenby Lane (N2L 3G1) would host next year, more survivors' voices.",
    "More on prevention; write to 8 Orrindale Avenue, Sudbury P3E 5K9.",
    "I can be reached at 55 Tasselbrook Road, Moncton E1A 7R1 for coordination.",
    "Mail me the certificate: 19 Wimbrel Court, Brandon R7A 6A9.",
    "Hold it in the west; our office is 1200 Harrowgate Way, Edmonton T5J 3N4.",
    "Work permits session please. 3 Sorrelby Street, Charlottetown C1A 4P3.",
)

#: what must never appear in an output of address_columns.csv (compared case-insensitively):
#: the invented street names and postal codes
ADDRESS_TRACES = tuple(
    sorted(
        {street.split(",")[0].split(" ", 1)[1].lower() for street, _, _ in ADDRESSES}
        | {name.lower() for name in CONTACT_STREETS}
        | {code.lower() for _, _, code in ADDRESSES}
        | {
            "k7l 2v9", "k1n 6n5", "m5v 3l9", "n2l 3g1", "p3e 5k9", "e1a 7r1", "r7a 6a9",
            "t5j 3n4", "c1a 4p3",
        }
    )
)  # fmt: skip

# --------------------------------------------------------------------------- writing helpers


def csv_text(rows: list[list[str]], *, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def stamp(i: int) -> str:
    return f"2024/11/27 {4 + i // 60}:{i % 60:02d}:00 PM EST"


def agreement_answers(count: int, positive: int) -> list[str]:
    """``positive`` answers Agree / Strongly agree, then Disagree / Neither, ``count`` in all."""
    pos = [(SA, A)[i % 2] for i in range(positive)]
    neg = [(D, N)[i % 2] for i in range(count - positive)]
    return pos + neg


_SUGGESTIONS = (
    "More time for questions after each panel.",
    "Sessions in French too, please.",
    "Hear more from survivors themselves.",
    "A quiet room would help.",
    "Start later on the first day.",
    "Share the slides before the forum.",
    "More on prevention in schools.",
    "Better coordination between regions.",
    "Longer breaks for networking.",
    "Interpretation in more languages.",
    "Invite employers and unions.",
    "Hold it outside Ontario next time.",
    "A session on work permits.",
    "Mental health support on site.",
    "Fewer panels, more workshops.",
    "Child care for participants.",
    "Captioning for the plenary.",
    "Publish the report sooner.",
    "Keep the online option.",
)


def baseline_rows(count: int = 38) -> list[list[str]]:
    """A clean Google-Forms-like export: ``count`` respondents (synthetic). Hand count for
    38: organised 30 positive of 38, included 34 of 38, speak 36 of 38, 19 comments."""
    organised = agreement_answers(count, count - 8)
    included = agreement_answers(count, count - 4)
    speak = agreement_answers(count, count - 2)
    rows = [["Timestamp", "Email Address", ORGANISED, INCLUDED, SPEAK, BETTER]]
    crowd = people(count)
    for i in range(count):
        comment = _SUGGESTIONS[(i // 2) % len(_SUGGESTIONS)] if i % 2 == 0 else ""
        rows.append([stamp(i), crowd[i]["email"], organised[i], included[i], speak[i], comment])
    return rows


def xlsx_bytes(sheets: dict[str, list[list[object]]], *, hidden: tuple[str, ...] = ()) -> bytes:
    """A workbook written by openpyxl (which stores formulas without a cached value)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "hidden"
    visible = [i for i, title in enumerate(sheets) if title not in hidden]
    book.active = visible[0]
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write(name: str, content: str | bytes, encoding: str = "utf-8") -> None:
    data = content.encode(encoding) if isinstance(content, str) else content
    (HERE / name).write_bytes(data)


# --------------------------------------------------------------------------- big inputs

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _survey_sheet_rows(count: int) -> str:
    """Rows 1 … count + 1 of a small valid survey (header, then Agree / Disagree)."""
    rows = [f'<row r="1">{_cell("A1", "Timestamp")}{_cell("B1", ORGANISED)}</row>']
    for i in range(count):
        r = i + 2
        answer = A if i % 3 else D
        rows.append(f'<row r="{r}">{_cell(f"A{r}", stamp(i))}{_cell(f"B{r}", answer)}</row>')
    return "".join(rows)


def _xlsx(path: Path, sheet_xml: str) -> None:
    """Write a minimal XLSX whose one sheet is ``sheet_xml``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def far_cell_xlsx(path: Path, ref: str) -> None:
    """A small valid survey (10 respondents) plus one cell at ``ref`` (e.g. ``XFD1048576``, the
    last cell of a sheet), declared by the sheet's ``<dimension>``: a few KB on disk, a grid of
    up to 16,384 × 1,048,576 cells for a reader that allocates the whole rectangle."""
    row_number = int("".join(ch for ch in ref if ch.isdigit()))
    xml = (
        _SHEET_HEAD
        + f'<dimension ref="A1:{ref}"/><sheetData>'
        + _survey_sheet_rows(10)
        + f'<row r="{row_number}">{_cell(ref, "x")}</row>'
        + "</sheetData></worksheet>"
    )
    _xlsx(path, xml)


def zip_bomb_xlsx(path: Path, rows: int = 300, cell_size: int = 1_000_000) -> None:
    """A workbook of about 300 KB whose sheet XML inflates a thousandfold (deflate's limit) to
    about 300 MB: a survey of ``rows`` respondents whose comment cells each hold ``cell_size``
    repeated letters. A survey's comments are a few hundred characters, not a megabyte."""
    filler = b"x" * cell_size
    header = (
        f'<row r="1">{_cell("A1", "Timestamp")}{_cell("B1", ORGANISED)}{_cell("C1", BETTER)}</row>'
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write((_SHEET_HEAD + "<sheetData>" + header).encode())
            for i in range(rows):
                r = i + 2
                start = f'<row r="{r}">{_cell(f"A{r}", stamp(i))}{_cell(f"B{r}", A)}'
                sheet.write(f'{start}<c r="C{r}" t="inlineStr"><is><t>'.encode())
                sheet.write(filler)
                sheet.write(b"</t></is></c></row>")
            sheet.write(b"</sheetData></worksheet>")


def one_line_csv(path: Path, size: int = 50_000_000) -> None:
    """A CSV of one line of ``size`` bytes: 5 million short column names, no responses."""
    with path.open("wb") as handle:
        cell = b"Agree,"
        handle.write(cell * (size // len(cell)) + b"Agree\n")


# --------------------------------------------------------------------------- the small files


def main() -> None:
    base = baseline_rows(38)
    # clean 38-respondent export: self-overwrite (1), report folders (2), --out targets (3),
    # --attendees (9), bad options and targets (18)
    write("baseline_38.csv", csv_text(base))
    # 18: the same export in UTF-32 (with BOM), 38 respondents
    write("utf32.csv", csv_text(base), encoding="utf-32")

    # 4: a plain CSV with ResponseId and Finished but one header row (not Qualtrics)
    crowd = people(38)
    organised = agreement_answers(38, 30)
    included = agreement_answers(38, 34)
    rows = [["ResponseId", "Finished", "Email", "Name", "Phone", "IP Address", ORGANISED, INCLUDED]]
    for i, person in enumerate(crowd):
        rows.append(
            [
                f"R_{i + 1:04d}",
                "True",
                person["email"],
                person["name"],
                person["phone"],
                person["ip"],
                organised[i],
                included[i],
            ]
        )
    write("qualtrics_lookalike.csv", csv_text(rows))

    # 5: short comments holding commas (14 of 20 respondents commented)
    remarks = [
        "Merci beaucoup, c'était super",
        "Great, thanks",
        "Bien, merci",
        "More breaks, please",
        "Food, venue, all good",
        "Oui, très bien",
        "Thanks, see you next year",
    ]
    rows = [["Timestamp", ORGANISED, "Any other comments?"]]
    for i in range(20):
        comment = remarks[i % len(remarks)] if i < 14 else ""
        rows.append([stamp(i), agreement_answers(20, 15)[i], comment])
    write("comma_comments.csv", csv_text(rows))

    # 6: formula cells without a cached value: B2 … B11 hold ="Agree" (openpyxl stores no
    # value), the other 28 answers are plain text. 38 respondents.
    sheet: list[list[object]] = [["Timestamp", ORGANISED, INCLUDED]]
    included = agreement_answers(38, 34)
    for i in range(38):
        answer: object = '="Agree"' if i < 10 else (A if i % 4 else D)
        sheet.append([stamp(i), answer, included[i]])
    write("formulas_no_cache.xlsx", xlsx_bytes({"Responses": sheet}))

    # 7: numeric scales whose header puts the best answer at 1. Each column holds
    # 1,1,1,2,2,2,1,2,5,5: 8 of 10 answers are 1 or 2 (80 % positive), 2 are 5 (20 %).
    reversed_headers = [
        "The venue was accessible (1 = Strongly agree, 5 = Strongly disagree)",
        "How was the catering? (5 = Poor, 1 = Excellent)",
        "Rate the sessions from 1 (best) to 5 (worst)",
    ]
    values = ["1", "1", "1", "2", "2", "2", "1", "2", "5", "5"]
    rows = [["Timestamp", *reversed_headers]]
    for i, value in enumerate(values):
        rows.append([stamp(i), value, value, value])
    write("reversed_scales.csv", csv_text(rows))

    # 8: the first sheet is hidden (an old table of 5 respondents, all Disagree); the visible
    # second sheet holds this year's 38 respondents (30 of 38 agree the forum was organised)
    old = [["Timestamp", ORGANISED]] + [[stamp(i), D] for i in range(5)]
    write(
        "hidden_first_sheet.xlsx",
        xlsx_bytes(
            {"Old 2018": old, "Responses": [r[:1] + r[2:5] for r in base]}, hidden=("Old 2018",)
        ),
    )

    # 10: two editions that share no item
    rows = [["Timestamp", ORGANISED, INCLUDED]]
    rows += [
        [stamp(i), agreement_answers(12, 9)[i], agreement_answers(12, 10)[i]] for i in range(12)
    ]
    write("nothing_in_common_a.csv", csv_text(rows))
    satisfied = ["Very satisfied", "Satisfied", "Dissatisfied"]
    rows = [["Timestamp", "How satisfied were you with the venue?", "Would you come again?"]]
    rows += [[stamp(i), satisfied[i % 3], ("Yes", "No")[i % 4 == 0]] for i in range(12)]
    write("nothing_in_common_b.csv", csv_text(rows))

    # 11: answers off the scale that are an e-mail (row 4), a name (row 6, also in the Name
    # column of row 2) and a phone number (row 8); rows are file rows, the header is row 1
    crowd = people(12)
    organised = agreement_answers(12, 9)
    organised[2] = crowd[5]["email"]
    organised[4] = crowd[0]["name"]
    organised[6] = crowd[7]["phone"]
    rows = [["Timestamp", "Name", "Email Address", ORGANISED, INCLUDED]]
    for i, person in enumerate(crowd):
        rows.append(
            [stamp(i), person["name"], person["email"], organised[i], agreement_answers(12, 10)[i]]
        )
    write("off_scale_identity.csv", csv_text(rows))

    # 12: a ragged row (line 4) whose extra fields are a name, an e-mail and a phone number
    crowd = people(6)
    lines = [f"Timestamp,{ORGANISED},{INCLUDED},{BETTER}"]
    for i in range(6):
        lines.append(f"{stamp(i)},Agree,Agree,More coffee")
    lines[3] = (
        f"{stamp(2)},Agree,Agree,Call me, {crowd[3]['name']}, {crowd[3]['email']}, "
        f"{crowd[3]['phone']}"
    )
    write("ragged_identity.csv", "\n".join(lines) + "\n")

    # 13: postal addresses in their own columns and inside comments (invented streets; postal
    # codes of the Canadian form, invented). 12 respondents, 9 comments.
    rows = [
        [
            "Timestamp",
            ORGANISED,
            "Mailing address",
            "Contact info (if you want us to follow up)",
            BETTER,
        ]
    ]
    for i in range(12):
        street, town, code = ADDRESSES[i]
        contact = f"{people(12)[i]['first']}, {40 + i} {CONTACT_STREETS[i]}"
        comment = ADDRESS_COMMENTS[i] if i < 9 else ""
        rows.append(
            [stamp(i), agreement_answers(12, 9)[i], f"{street}, {town} {code}", contact, comment]
        )
    write("address_columns.csv", csv_text(rows))

    # 14: an unrecognised column whose values are the names of three referrers (repeated, so
    # that the column looks like a scale that is not a built-in one)
    referrers = [person["name"] for person in people(3)]
    rows = [["Timestamp", ORGANISED, "Who referred you?"]]
    for i in range(12):
        rows.append([stamp(i), agreement_answers(12, 9)[i], referrers[i % 3]])
    write("referral_names.csv", csv_text(rows))

    # 15: terminal escape codes in headers and comments, HTML in comments (40 respondents,
    # 27 comments, the first 8 hostile)
    rows = [
        [
            "Timestamp",
            "\x1b[2J\x1b[HThe forum was well organised.",
            "I felt included in the space.\x1b]0;pwned\x07",
            "Suggestions?\x1b[31m",
        ]
    ]
    tricks = [
        "\x1b[2J\x1b[HFAKE RESULT: 100% agree\x1b[0m more French sessions",
        "<script>alert('x')</script> more time for questions",
        '<img src=x onerror="alert(1)"> more coffee at the breaks',
        "\x1b]0;pwned\x07 longer breaks between the panels",
        "\x1b[1A\x1b[2K more survivors' voices on stage",
        "Interpretation <b>please</b>\x1b[5m in more languages",
        "A session on <a href=javascript:alert(1)>work permits</a>",
        "\x9b31m C1 control: captioning for the plenary\x07",
    ]
    # 40 respondents, so that the few control characters do not make the file look binary
    comments = [*tricks, *_SUGGESTIONS]
    organised, included = agreement_answers(40, 30), agreement_answers(40, 32)
    for i in range(40):
        comment = comments[i] if i < len(comments) else ""
        rows.append([stamp(i), organised[i], included[i], comment])
    write("escapes.csv", csv_text(rows))


if __name__ == "__main__":
    main()
