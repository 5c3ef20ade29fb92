"""Write the fixtures of tests/test_more_shapes.py: small SYNTHETIC surveys in the shapes of real
exports found on public repositories by the hunt for plausible-but-wrong figures (see
README.md here). Run it from the repository root to regenerate them (the output is the same
bytes every time: no randomness, no clock):

    python tests/data/more_shapes/build_more_shapes.py

Every answer, session code and respondent code is invented (every file name starts with
``synthetic_``); only the shapes are real. The count of each answer is written next to it
below; tests/test_more_shapes.py counts them again from the files with Python's csv module.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ SurveyGizmo, average5

#: Alchemer/SurveyGizmo "Row:Question" headers of a rating grid, as in the real webinar
#: evaluation export (danawanzer/AutomaticReportingBlog, Blog_Template_Data.csv).
GRID = "Please rate the facilitator(s) on the following items:"
KNOWLEDGE = f"Facilitator(s)' knowledge.:{GRID}"
STYLE = f"Facilitator(s)' presentation style.:{GRID}"
OVERALL = "Please give an overall rating for the quality of this session."
IMPROVE = "What could be done to improve this session?"

#: 12 respondents. knowledge: Excellent 3, Above Average 3, Average 2, Below Average 1,
#: Poor 1, N/A 1, blank 1 (10 rated, 6 positive: above average or excellent).
KNOWLEDGE_ANSWERS = [
    "Excellent", "Above Average", "Average", "N/A", "Excellent", "Below Average",
    "Above Average", "", "Poor", "Average", "Above Average", "Excellent",
]  # fmt: skip
#: style: Above Average 4, Average 4, Below Average 2, Excellent 1, Poor 1 (12 rated, 5
#: positive).
STYLE_ANSWERS = [
    "Average", "Above Average", "Below Average", "Average", "Above Average", "Excellent",
    "Poor", "Average", "Above Average", "Below Average", "Average", "Above Average",
]  # fmt: skip
#: overall, quality5 (a control): Poor 1, Fair 2, Good 4, Very Good 3, Excellent 2 (12 rated,
#: 9 positive: good or better).
OVERALL_ANSWERS = [
    "Good", "Very Good", "Fair", "Good", "Excellent", "Poor",
    "Very Good", "Good", "Fair", "Excellent", "Good", "Very Good",
]  # fmt: skip
#: 8 comments, 4 blanks.
IMPROVE_ANSWERS = [
    "More time for questions at the end please", "", "Slides were hard to read from the back",
    "Shorter breaks would help", "", "A second session on the same topic",
    "", "Share the handouts before the session", "Louder microphone for the panel",
    "", "Examples from smaller organisations", "Fewer acronyms in the slides",
]  # fmt: skip


def surveygizmo_average5() -> list[list[str]]:
    header = [
        "Response ID", "Time Started", "Date Submitted", "Status", "Language", "SessionID",
        "IP Address", KNOWLEDGE, STYLE, OVERALL, IMPROVE,
    ]  # fmt: skip
    rows = [header]
    for i in range(12):
        stamp = f"11/{i + 3}/2024 10:{i + 10:02d}"
        # an invented session code of the platform's shape: unix time, "_", hex, ".", digits
        session = (
            f"{1700000000 + 37 * i}_{0x5A3F00 + 4099 * i:x}{i:02d}.{(7919 * (i + 1)) % 100000:05d}"
        )
        rows.append(
            [
                str(i + 1), stamp, stamp, "Complete", "English", session, "",
                KNOWLEDGE_ANSWERS[i], STYLE_ANSWERS[i], OVERALL_ANSWERS[i], IMPROVE_ANSWERS[i],
            ]
        )  # fmt: skip
    return rows


# ------------------------------------------------------------------ training evaluation

#: Hand-made training evaluation in the shape of the Carpentries' instructor-training post
#: survey (carpentries/assessment, 20180908_post_clean.csv): one short header per question,
#: a respondent code column, three knowledge questions on the same three labels (which the
#: label model does not know), one of them answered on two of the three only.
LITTLE, SOME, EXTENSIVE = (
    "Little or no knowledge of topic",
    "Some knowledge of topic",
    "Extensive knowledge of topic",
)
#: KnowledgeFeedback: Little 2, Some 4, Extensive 6.
KNOWLEDGE_A = [SOME, EXTENSIVE, LITTLE, EXTENSIVE, SOME, EXTENSIVE,
               EXTENSIVE, SOME, LITTLE, EXTENSIVE, SOME, EXTENSIVE]  # fmt: skip
#: KnowledgeNovice: Little 1, Some 5, Extensive 6.
KNOWLEDGE_B = [EXTENSIVE, SOME, SOME, EXTENSIVE, LITTLE, EXTENSIVE,
               SOME, EXTENSIVE, SOME, EXTENSIVE, SOME, EXTENSIVE]  # fmt: skip
#: KnowledgeMemory: Some 5, Extensive 7 (nobody chose "Little or no knowledge").
KNOWLEDGE_C = [EXTENSIVE, EXTENSIVE, SOME, SOME, EXTENSIVE, SOME,
               EXTENSIVE, EXTENSIVE, SOME, EXTENSIVE, SOME, EXTENSIVE]  # fmt: skip
#: Pace (a control: a choice with no good end): Just right 6, Slightly fast 4, Slightly slow 2.
PACE = ["Just right", "Slightly fast", "Just right", "Slightly slow", "Just right",
        "Slightly fast", "Just right", "Slightly fast", "Just right", "Slightly slow",
        "Slightly fast", "Just right"]  # fmt: skip
#: invented respondent codes: a digit and the first letters of two invented words
CODES = ["2kazu", "1lorv", "3mipe", "4nodu", "1pasq", "5rulo",
         "2sevi", "3tamo", "1ubre", "4vaxi", "2wene", "3yola"]  # fmt: skip


def training_knowledge() -> list[list[str]]:
    header = ["Date", "UniqueID", "KnowledgeFeedback", "KnowledgeNovice", "KnowledgeMemory", "Pace"]
    rows = [header]
    for i in range(12):
        rows.append(
            [f"9/{i + 1}/18 10:{i + 20:02d}", CODES[i], KNOWLEDGE_A[i], KNOWLEDGE_B[i],
             KNOWLEDGE_C[i], PACE[i]]
        )  # fmt: skip
    return rows


# ------------------------------------------------------------------ writing

FILES = {
    # SurveyGizmo exports end lines with CRLF, as the real file
    "synthetic_surveygizmo_average5.csv": (surveygizmo_average5, "\r\n"),
    "synthetic_training_knowledge.csv": (training_knowledge, "\n"),
}


def render(rows: list[list[str]], line_end: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=line_end).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for name, (make, line_end) in FILES.items():
        path = folder / name
        path.write_bytes(render(make(), line_end))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
