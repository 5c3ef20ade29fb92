"""Write one small evaluation survey in the shapes real platforms export (the fixtures of
tests/test_ingest_exports.py). Run it from the repository root to regenerate them:

    python tests/data/exports/build_exports.py

Every file holds the same 12 respondents and one empty submission; some platforms add the
rows they really add (a duplicate in Google Forms, an unfinished response in LimeSurvey and
Qualtrics, a preview in Qualtrics). The shapes imitate what each platform writes (checked
against the real exports in ../shared/real-exports/ and the platforms' documentation):
header rows, meta columns, separators, quoting, line ends, encodings. The people, e-mails
and IP addresses are invented. (Workbooks differ byte-wise from run to run, zip time stamps,
not in content.)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORGANISED = "The forum was well organised."
INCLUDED = "I felt included in the space."
ACCESS = "My accessibility needs were met."
RETURN = "Would you attend a future forum or recommend it to others?"
EXPERTISE = "How would you describe your knowledge of human trafficking?"
SATISFIED = "How satisfied were you with the following?"
ROWS = ("Venue", "Catering", "Interpretation")
WORKSHOP = "How useful was the workshop? (1 = Not at all useful, 5 = Extremely useful)"
NPS = (
    "How likely are you to recommend the forum to a colleague? "
    "(0 = Not at all likely, 10 = Extremely likely)"
)
MATERIALS = "Quality of the printed materials"
SUGGESTIONS = "Do you have suggestions to improve the forum?"

SA, A, N, D, SD = (
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
)
VS, S, SN, SDis, VD = (
    "Very satisfied",
    "Satisfied",
    "Neither satisfied nor dissatisfied",
    "Dissatisfied",
    "Very dissatisfied",
)
NA = "Not applicable"
DNU = "Did not use (N/A)"

# One list per question, one answer per respondent (12 respondents). Hand counts of what
# the summary must say are in tests/test_ingest_exports.py.
ANSWERS: dict[str, list[str]] = {
    ORGANISED: [SA, SA, A, A, A, SA, N, A, SA, D, A, SA],
    INCLUDED: [A, SA, SA, A, N, A, SA, A, A, SA, "", A],
    ACCESS: [A, NA, SA, D, A, NA, A, SA, SD, A, A, NA],
    RETURN: ["Yes"] * 5 + ["No"] + ["Yes"] * 6,
    EXPERTISE: ["In-depth knowledge"] * 5 + ["Some knowledge"] * 4 + ["Basic knowledge"] * 3,
    f"{SATISFIED} [Venue]": [VS, S, S, VS, SN, S, SDis, VS, S, S, VS, S],
    f"{SATISFIED} [Catering]": [S, SN, SDis, S, VD, S, S, SN, VS, SDis, S, S],
    f"{SATISFIED} [Interpretation]": [VS, DNU, S, DNU, VS, S, DNU, S, SN, VS, "", S],
    WORKSHOP: ["5", "4", "4", "3", "5", "2", "4", "5", "4", "1", "4", "5"],
    NPS: ["10", "9", "8", "7", "10", "6", "9", "3", "10", "8", "9", "5"],
    MATERIALS: [
        "Excellent",
        "Good",
        "Very good",
        "Fair",
        "Good",
        "Poor",
        "Excellent",
        "Very good",
        "Good",
        "Fair",
        "Very good",
        "Good",
    ],
    SUGGESTIONS: [
        "More time for questions after each panel, please.",
        "",
        "Simultaneous interpretation was hard to hear at the back.",
        "",
        "",
        "Invite more survivors to speak, with proper support.",
        "",
        "",
        "A shorter lunch and a longer closing session.",
        "",
        "Share the slides before the forum, not after it.",
        "",
    ],
}
QUESTIONS = list(ANSWERS)
N = 12
PEOPLE = [
    ("Marie", "Tremblay"),
    ("Jean", "Gagnon"),
    ("Aisha", "Roy"),
    ("Luc", "Côté"),
    ("Sophie", "Bouchard"),
    ("Omar", "Gauthier"),
    ("Chloé", "Morin"),
    ("David", "Lavoie"),
    ("Fatima", "Fortin"),
    ("Pierre", "Gagné"),
    ("Nadia", "Ouellet"),
    ("Samuel", "Pelletier"),
    ("Anne", "Bélanger"),
    ("Paul", "Lévesque"),
    ("Rita", "Bergeron"),
]
START = dt.datetime(2024, 11, 27, 16, 5, 2)


def email(i: int) -> str:
    first, last = PEOPLE[i]
    plain = last.replace("ô", "o").replace("é", "e").replace("è", "e")
    return f"{first.lower().replace('é', 'e')}.{plain.lower()}@example.org"


def when(i: int, minutes: int = 0) -> dt.datetime:
    return START + dt.timedelta(minutes=7 * i + minutes, seconds=13 * i)


def answers(i: int) -> list[str]:
    return [ANSWERS[q][i] for q in QUESTIONS]


def blank() -> list[str]:
    return [""] * len(QUESTIONS)


def write_csv(
    name: str,
    rows: list[list[str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    line_end: str = "\r\n",
    quote_all: bool = False,
    bom: bool = False,
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator=line_end,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    (HERE / name).write_bytes(data)


def write_xlsx(name: str, sheets: dict[str, list[list[object]]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    fixed = dt.datetime(2024, 11, 28, 9, 0, 0)
    book.properties.created = fixed
    book.properties.modified = fixed
    book.properties.creator = "forum-eval tests"
    book.save(HERE / name)


def _number(value: str) -> object:
    """Numbers as spreadsheet numbers (as the platforms' workbooks hold them)."""
    return int(value) if value.isdigit() else value


# ---------------------------------------------------------------------------- platforms


def google_forms() -> None:
    """Timestamp ("2024/11/27 4:05:02 PM EST"), Email Address, grid "Q [Row]"; a double submission."""
    header = ["Timestamp", "Email Address", *QUESTIONS]
    rows = [header]
    for i in range(N):
        stamp = when(i).strftime("%Y/%m/%d %-I:%M:%S %p") + " EST"
        rows.append([stamp, email(i), *answers(i)])
        if i == 2:
            rows.append(rows[-1][:])  # the same submission recorded twice
    rows.append([when(N).strftime("%Y/%m/%d %-I:%M:%S %p") + " EST", email(N), *blank()])
    write_csv("google_forms.csv", rows, line_end="\n")


def microsoft_forms() -> None:
    """ID, Start time, Completion time, Email ("anonymous"), Name, Last modified time; Likert rows
    "Question - Row"."""
    headers = [
        q.replace(f"{SATISFIED} [", f"{SATISFIED} - ").removesuffix("]")
        if q.startswith(SATISFIED)
        else q
        for q in QUESTIONS
    ]
    head = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    rows: list[list[object]] = [head + headers]
    for i in range(N + 1):
        values = answers(i) if i < N else blank()
        rows.append(
            [
                i + 1,
                when(i),
                when(i, 4),
                "anonymous",
                "",
                "",
                *[_number(v) for v in values],
            ]
        )
    write_xlsx("microsoft_forms.xlsx", {"Sheet1": rows})


def _surveymonkey_rows() -> list[list[str]]:
    meta = [
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "End Date",
        "IP Address",
        "Email Address",
        "First Name",
        "Last Name",
        "Custom Data 1",
    ]
    first, second = list(meta), [""] * len(meta)
    for question in QUESTIONS:
        if question.startswith(SATISFIED):
            row = question[len(SATISFIED) + 2 : -1]
            first.append(SATISFIED if row == ROWS[0] else "")
            second.append(row)
        else:
            first.append(question)
            second.append("Open-Ended Response" if question == SUGGESTIONS else "Response")
    rows = [first, second]
    for i in range(N + 1):
        first_name, last_name = PEOPLE[i]
        rows.append(
            [
                str(114_000_000_000 + 7919 * i),
                "431234567",
                when(i).strftime("%m/%d/%Y %I:%M:%S %p"),
                when(i, 4).strftime("%m/%d/%Y %I:%M:%S %p"),
                f"198.51.100.{10 + i}",
                email(i),
                first_name,
                last_name,
                f"badge-{1000 + i}",
                *(answers(i) if i < N else blank()),
            ]
        )
    return rows


def surveymonkey() -> None:
    """Two header rows, the matrix question only above its first column; CRLF."""
    rows = _surveymonkey_rows()
    write_csv("surveymonkey.csv", rows)
    write_xlsx("surveymonkey.xlsx", {"Sheet": [[_number(v) for v in r] for r in rows]})


def kobo() -> None:
    """`;`, every field quoted, CRLF, group paths, an HXL row, the trailing system columns."""
    system = [
        "__version__",
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_notes",
        "_status",
        "_submitted_by",
        "_tags",
        "_index",
    ]
    header = ["start", "end", "today", *(f"Evaluation/{q}" for q in QUESTIONS), *system]
    hxl = ["#date+start", "#date+end", "#date"] + ["#indicator"] * len(QUESTIONS)
    hxl += [""] * len(system)
    rows = [header, hxl]
    for i in range(N + 1):
        rows.append(
            [
                when(i).isoformat() + ".000-05:00",
                when(i, 4).isoformat() + ".000-05:00",
                when(i).date().isoformat(),
                *(answers(i) if i < N else blank()),
                "vQ4xyPz9bN7aLs2kE8",
                str(211_636_100 + i),
                f"3635f21f-36d9-4206-9ffa-{i:012d}",
                when(i, 5).strftime("%Y-%m-%dT%H:%M:%S"),
                "",
                "",
                "submitted_via_web",
                "enumerator_kb",
                "",
                str(i + 1),
            ]
        )
    write_csv("kobo.csv", rows, delimiter=";", quote_all=True)


def limesurvey() -> None:
    """UTF-8 BOM, `;`, every value quoted, CRLF, "code. text" headings; one unfinished response."""
    codes = []
    for number, question in enumerate(QUESTIONS, start=1):
        if question.startswith(SATISFIED):
            sub = ROWS.index(question[len(SATISFIED) + 2 : -1]) + 1
            codes.append(f"Q06[SQ00{sub}]. {question}")
        else:
            codes.append(f"Q{number:02d}. {question}")
    meta = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"]
    rows = [[*meta, "ipaddr", *codes]]

    def stamp(moment: dt.datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    for i in range(N + 1):
        rows.append(
            [
                str(i + 1),
                stamp(when(i, 4)),
                "3",
                "en",
                str(1_000_003 * (i + 1) % 99_991),
                stamp(when(i)),
                stamp(when(i, 4)),
                f"203.0.113.{20 + i}",
                *(answers(i) if i < N else blank()),
            ]
        )
    unfinished = answers(0)[:4] + [""] * (len(QUESTIONS) - 4)
    rows.append(
        [
            str(N + 2),
            "",
            "1",
            "en",
            "4242",
            stamp(when(N + 1)),
            stamp(when(N + 1, 1)),
            "203.0.113.99",
            *unfinished,
        ]
    )
    write_csv("limesurvey.csv", rows, delimiter=";", quote_all=True, bom=True)


def qualtrics() -> None:
    """Three header rows (names, texts, ImportId); a preview and an unfinished response."""
    meta = [
        ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Toronto"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Toronto"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        (
            "RecordedDate",
            "Recorded Date",
            '{"ImportId":"recordedDate","timeZone":"America/Toronto"}',
        ),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
        ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
        ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
        ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
        ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
        ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
        ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
    ]
    names, texts, imports = [m[0] for m in meta], [m[1] for m in meta], [m[2] for m in meta]
    number = 0
    for question in QUESTIONS:
        if question.startswith(SATISFIED):
            row = question[len(SATISFIED) + 2 : -1]
            sub = ROWS.index(row) + 1
            names.append(f"Q6_{sub}")
            texts.append(f"{SATISFIED} - {row}")
            imports.append(json.dumps({"ImportId": f"QID6_{sub}"}, separators=(",", ":")))
        else:
            number += 1 if number != 5 else 2  # Q6 is the matrix
            names.append(f"Q{number}")
            texts.append(question)
            imports.append(json.dumps({"ImportId": f"QID{number}"}, separators=(",", ":")))
    rows = [names, texts, imports]

    def record(i: int, values: list[str], status: str, progress: int, finished: str) -> list[str]:
        return [
            when(i).strftime("%Y-%m-%d %H:%M:%S"),
            when(i, 4).strftime("%Y-%m-%d %H:%M:%S"),
            status,
            f"192.0.2.{30 + i}" if status == "IP Address" else "",
            str(progress),
            str(240 + 17 * i),
            finished,
            when(i, 4).strftime("%Y-%m-%d %H:%M:%S"),
            f"R_{i:02d}aBcDeFgHiJkLmN",
            "",
            "",
            "",
            "",
            f"45.{4200 + i}",
            f"-75.{6900 + i}",
            "anonymous" if status == "IP Address" else "preview",
            "EN",
            *values,
        ]

    rows.append(record(0, answers(3), "Survey Preview", 100, "True"))
    for i in range(N + 1):
        rows.append(record(i + 1, answers(i) if i < N else blank(), "IP Address", 100, "True"))
    rows.append(
        record(N + 2, answers(5)[:3] + [""] * (len(QUESTIONS) - 3), "IP Address", 25, "False")
    )
    write_csv("qualtrics.csv", rows)


FRENCH = {
    SA: "Tout à fait d'accord",
    A: "D'accord",
    N: "Ni en accord ni en désaccord",
    D: "En désaccord",
    SD: "Fortement en désaccord",
    NA: "Sans objet",
    DNU: "Sans objet",
    "Yes": "Oui",
    "No": "Non",
    "In-depth knowledge": "Connaissance approfondie",
    "Some knowledge": "Connaissance moyenne",
    "Basic knowledge": "Connaissance de base",
    VS: "Très satisfait",
    S: "Satisfait",
    SN: "Ni satisfait ni insatisfait",
    SDis: "Insatisfait",
    VD: "Très insatisfait",
    "Excellent": "Excellent",
    "Very good": "Très bon",
    "Good": "Bon",
    "Fair": "Passable",
    "Poor": "Médiocre",
}
FRENCH_COMMENTS = [
    "Plus de temps pour les questions après chaque panel, s'il vous plaît.",
    "",
    "L'interprétation simultanée était difficile à entendre au fond.",
    "",
    "",
    "Inviter plus de personnes survivantes, avec un soutien adéquat.",
    "",
    "",
    "Un dîner plus court et une séance de clôture plus longue.",
    "",
    "Partager les présentations avant le forum, pas après.",
    "",
]


def excel_french_cp1252() -> None:
    """A file typed by hand in French Excel on Windows: cp1252, `;`, CRLF, French answers."""
    rows = [["Date", *QUESTIONS]]
    for i in range(N):
        values = [FRENCH.get(v, v) for v in answers(i)]
        values[-1] = FRENCH_COMMENTS[i]
        rows.append([when(i).strftime("%d/%m/%Y"), *values])
    rows.append([when(N).strftime("%d/%m/%Y"), *blank()])
    write_csv("excel_fr_cp1252.csv", rows, delimiter=";", encoding="cp1252")


def excel_unicode_text() -> None:
    """Excel "Unicode text": UTF-16 LE with BOM, tab-separated, CRLF."""
    rows = [["Respondent", *QUESTIONS]]
    for i in range(N + 1):
        rows.append([str(i + 1), *(answers(i) if i < N else blank())])
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    (HERE / "excel_unicode_text.txt").write_bytes(buffer.getvalue().encode("utf-16"))


def second_sheet() -> None:
    """A workbook whose first sheet is a note; the responses are on the second sheet."""
    notes: list[list[object]] = [
        ["Evaluation of the 2024 forum"],
        ["Responses copied from the paper forms; see the sheet 'Responses'."],
    ]
    rows: list[list[object]] = [["Respondent", *QUESTIONS]]
    for i in range(N + 1):
        rows.append([i + 1, *[_number(v) for v in (answers(i) if i < N else blank())]])
    write_xlsx("second_sheet.xlsx", {"Read me": notes, "Responses": rows})


def excel97() -> None:
    """The plain table saved as Excel 97–2003 (.xls); needs xlwt (``pip install xlwt``)."""
    try:
        import xlwt
    except ImportError:
        print("xlwt is not installed: excel97.xls not rebuilt")
        return
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Réponses")
    rows: list[list[object]] = [["Respondent", *QUESTIONS]]
    for i in range(N + 1):
        rows.append([i + 1, *[_number(v) for v in (answers(i) if i < N else blank())]])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value != "":
                sheet.write(r, c, value)
    book.save(str(HERE / "excel97.xls"))


def main() -> None:
    google_forms()
    microsoft_forms()
    surveymonkey()
    kobo()
    limesurvey()
    qualtrics()
    excel_french_cp1252()
    excel_unicode_text()
    second_sheet()
    excel97()


if __name__ == "__main__":
    main()
