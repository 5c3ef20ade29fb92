"""Write one small SYNTHETIC survey with a multi-select (checkbox) question in the shape each
platform exports it (the fixtures of tests/test_multiselect.py). Run it from the repository
root to regenerate them, byte for byte the same:

    python tests/data/multiselect/build_multiselect.py

Every answer is invented (no real person); only the shapes are the platforms' (header rows,
meta columns, separators, quoting, line ends, as in tests/data/exports/build_exports.py and
the real exports in ../shared/real-exports/). Each file holds the same 12 respondents: an
agreement question, the checkbox question "Which sessions did you attend?" (two respondents
ticked nothing) and, in the Google Forms file, short comments holding commas.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORGANISED = "The forum was well organised."
SESSIONS = "Which sessions did you attend?"
COMMENTS = "Any other comments?"
OPTIONS = ("Opening plenary", "Survivor-led workshop", "Legal clinic", "Closing panel", "Other")
#: per respondent, the options ticked (indices into OPTIONS)
TICKS: list[tuple[int, ...]] = [
    (0, 1),
    (0,),
    (1, 2),
    (0, 1, 3),
    (),
    (3,),
    (0, 3, 4),
    (1,),
    (0, 1, 2, 3),
    (),
    (2, 4),
    (0, 1),
]
#: per respondent who ticked "Other" in Google Forms, Microsoft Forms and SurveyMonkey, the
#: words written in its box (those platforms write them instead of "Other")
WRITTEN = {6: "A session in Tigrinya", 10: "Lunch with my cousin Bob Tremblay"}
AGREEMENT = ["Strongly agree", "Agree", "Agree", "Strongly agree", "Disagree", "Agree",
             "Strongly agree", "Neither agree nor disagree", "Agree", "Agree",
             "Strongly agree", "Disagree"]  # fmt: skip
COMMENT_TEXTS = ["Merci beaucoup, c'était super", "Great, thanks", "", "Bien, merci", "",
                 "More breaks, please", "Merci beaucoup, c'était super", "", "Great, thanks",
                 "", "Bien, merci", "More breaks, please"]  # fmt: skip


def write_csv(name: str, rows: list[list[str]], *, delimiter: str = ",", quote_all: bool = False,
              line_end: str = "\r\n") -> None:  # fmt: skip
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end, quoting=quoting).writerows(
        rows
    )
    (HERE / name).write_bytes(buffer.getvalue().encode("utf-8"))


def stamp(i: int) -> str:
    return f"2024/11/27 4:{i:02d}:00 PM EST"


def joined(i: int, separator: str) -> str:
    """The options of respondent ``i`` as Google Forms (", ") or Microsoft Forms (";")
    write them: "Other" replaced by the written words."""
    return separator.join(WRITTEN[i] if k == 4 else OPTIONS[k] for k in TICKS[i])


def google_forms() -> None:
    rows = [["Timestamp", ORGANISED, SESSIONS, COMMENTS]]
    for i in range(len(TICKS)):
        rows.append([stamp(i), AGREEMENT[i], joined(i, ", "), COMMENT_TEXTS[i]])
    write_csv("synthetic_google_forms.csv", rows, line_end="\n")


def microsoft_forms() -> None:
    rows = [["ID", "Start time", "Completion time", "Email", "Name", ORGANISED, SESSIONS]]
    for i, ticks in enumerate(TICKS):
        cell = joined(i, ";") + ";" if ticks else ""  # every answer ends with ";"
        rows.append([str(i + 1), stamp(i), stamp(i), "anonymous", "", AGREEMENT[i], cell])
    write_csv("synthetic_microsoft_forms.csv", rows)


def qualtrics() -> None:
    """Three header rows; the options' columns Q2_1 … Q2_5, each cell the option's text."""
    names = ["StartDate", "EndDate", "Status", "Progress", "Finished", "ResponseId", "Q1"]
    texts = ["Start Date", "End Date", "Response Type", "Progress", "Finished", "Response ID",
             ORGANISED]  # fmt: skip
    imports = [json.dumps({"ImportId": n}, separators=(",", ":")) for n in names]
    for k, option in enumerate(OPTIONS, start=1):
        names.append(f"Q2_{k}")
        texts.append(f"{SESSIONS} - Selected Choice - {option}")
        imports.append(json.dumps({"ImportId": f"QID2_{k}"}, separators=(",", ":")))
    rows = [names, texts, imports]
    for i, ticks in enumerate(TICKS):
        meta = ["2024-11-27 16:00:00", "2024-11-27 16:05:00", "IP Address", "100", "True",
                f"R_{i:02d}synthetic"]  # fmt: skip
        options = [option if k in ticks else "" for k, option in enumerate(OPTIONS)]
        rows.append([*meta, AGREEMENT[i], *options])
    write_csv("synthetic_qualtrics.csv", rows)


def limesurvey_codes() -> None:
    """Code headings Q02[SQ001] …, "Y" for a tick and blank for none (answer codes)."""
    header = ["id", "submitdate", "lastpage", "startlanguage", "Q01"]
    header += [f"Q02[SQ00{k}]" for k in range(1, len(OPTIONS) + 1)]
    rows = [header]
    for i, ticks in enumerate(TICKS):
        marks = ["Y" if k in ticks else "" for k in range(len(OPTIONS))]
        rows.append([str(i + 1), "2024-11-27 16:05:00", "2", "en", AGREEMENT[i], *marks])
    write_csv("synthetic_limesurvey_codes.csv", rows, delimiter=";", quote_all=True)


def limesurvey_texts() -> None:
    """Full question texts "Question [Option]", "Yes" for a tick, "No" for none and "N/A"
    where the question was not shown (the two respondents who ticked nothing), as the real
    cpp-survey export."""
    header = ["Response ID", "Date submitted", "Last page", "Start language", f"1 - {ORGANISED}"]
    header += [f"2 - {SESSIONS} [{option}]" for option in OPTIONS]
    rows = [header]
    for i, ticks in enumerate(TICKS):
        marks = ["Yes" if k in ticks else "No" if ticks else "N/A" for k in range(len(OPTIONS))]
        rows.append([str(i + 1), "2024-11-27 16:05:00", "2", "en", AGREEMENT[i], *marks])
    write_csv("synthetic_limesurvey_texts.csv", rows, quote_all=True, line_end="\n")


def surveymonkey() -> None:
    """Two header rows: the question over its first option only, the options below; each
    cell the option's text or blank; "Other" is a text box, "Other (please specify)", whose
    words are its tick."""
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
            "Email Address", "First Name", "Last Name", "Custom Data 1"]  # fmt: skip
    first = [*meta, ORGANISED, SESSIONS] + [""] * (len(OPTIONS) - 1)
    second = [""] * len(meta) + ["Response", *OPTIONS[:-1], "Other (please specify)"]
    rows = [first, second]
    for i, ticks in enumerate(TICKS):
        options = [option if k in ticks else "" for k, option in enumerate(OPTIONS[:-1])]
        other = WRITTEN.get(i, "")
        rows.append([str(114_000_000_000 + i), "431234567", "11/27/2024 04:00:00 PM",
                     "11/27/2024 04:05:00 PM", "", "", "", "", "", AGREEMENT[i], *options,
                     other])  # fmt: skip
    write_csv("synthetic_surveymonkey.csv", rows)


def kobo() -> None:
    """`;`, every field quoted; the question's own column (labels joined with spaces) then
    one ``group/question/option`` column per option, 1 or 0 (blank: not answered)."""
    system = ["_id", "_uuid", "_submission_time", "_index"]
    header = ["start", "end", f"evaluation/{ORGANISED}", f"evaluation/{SESSIONS}"]
    header += [f"evaluation/{SESSIONS}/{option}" for option in OPTIONS]
    rows = [header + system]
    for i, ticks in enumerate(TICKS):
        own = " ".join(OPTIONS[k] for k in ticks)
        marks = [("1" if k in ticks else "0") if ticks else "" for k in range(len(OPTIONS))]
        rows.append(["2024-11-27T16:00:00.000-05:00", "2024-11-27T16:05:00.000-05:00",
                     AGREEMENT[i], own, *marks, str(2_116_361 + i),
                     f"3635f21f-36d9-4206-9ffa-{i:012d}", "2024-11-27T21:05:00",
                     str(i + 1)])  # fmt: skip
    write_csv("synthetic_kobo.csv", rows, delimiter=";", quote_all=True)


if __name__ == "__main__":
    google_forms()
    microsoft_forms()
    qualtrics()
    limesurvey_codes()
    limesurvey_texts()
    surveymonkey()
    kobo()
