"""Write the fixtures of tests/test_real_shapes.py (issue 13, "Honest on real exports"): small
SYNTHETIC surveys in the exact shapes real platforms export, one per case of the issue. Run
it from the repository root to regenerate them (the output is the same bytes every time):

    python tests/data/real_shapes/build_real_shapes.py

The answers are invented (every file name starts with ``synthetic_``); only the shapes are
real: header rows, meta columns, quoting, separators and line ends copied from the platforms'
exports (Qualtrics, LimeSurvey and SurveyMonkey as in ../shared/real-exports/ and
tests/data/exports/build_exports.py). The counts of each answer are written below next to
the labels; tests/test_real_shapes.py counts them again from the files with Python's csv
module and compares both with what forum-eval prints. See README.md in this folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = dt.datetime(2024, 11, 27, 16, 5, 2)

# ----------------------------------------------------------------------------- helpers


def cells(spec: list[tuple[str, int]], seed: int) -> list[str]:
    """One answer per respondent: each (label, count) repeated count times, in a shuffled
    order fixed by ``seed`` ("" is a blank)."""
    out = [label for label, count in spec for _ in range(count)]
    random.Random(seed).shuffle(out)
    return out


def when(i: int, minutes: int = 0) -> dt.datetime:
    return START + dt.timedelta(minutes=7 * i + minutes, seconds=13 * i)


def google_stamp(i: int, zone: str = "EST") -> str:
    return when(i).strftime("%Y/%m/%d %-I:%M:%S %p") + f" {zone}"


def write_csv(
    name: str,
    rows: list[list[str]],
    *,
    line_end: str = "\n",
    quote_all: bool = False,
    prefix: str = "",
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        lineterminator=line_end,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerows(rows)
    (HERE / name).write_bytes((prefix + buffer.getvalue()).encode("utf-8"))


def columns(spec: dict[str, list[str]], n: int) -> list[list[str]]:
    """Rows from columns (every column holds ``n`` answers)."""
    for header, values in spec.items():
        if len(values) != n:
            raise ValueError(f"{header}: {len(values)} answers for {n} respondents")
    return [[spec[h][i] for h in spec] for i in range(n)]


# ------------------------------------------------------- 1. Qualtrics, 4-level satisfaction

VS, S, SS, NS = "Very satisfied", "Satisfied", "Somewhat satisfied", "Not satisfied"
QUALTRICS_OVERALL = "Overall, how satisfied were you with the forum?"
QUALTRICS_MATRIX = "How satisfied were you with each of the following?"
QUALTRICS_ROWS = ("Venue", "Meals", "Interpretation")
QUALTRICS_COMMENT = "Is there anything else you would like to tell us about the forum?"
QUALTRICS_N = 36


def qualtrics() -> None:
    """Three header rows (names, texts, ImportId), CRLF; a preview and an unfinished
    response; a 4-level satisfaction question (17 Satisfied, 5 Somewhat satisfied: today
    merged into "satisfied: 22") and a matrix "Question - Row" on the same scale."""
    answers = {
        # 9 + 17 + 5 + 3 = 34 answers, 2 blanks
        "Q1": cells([(VS, 9), (S, 17), (SS, 5), (NS, 3), ("", 2)], 101),
        # Venue 12 + 14 + 6 + 2 = 34, 2 blanks
        "Q2_1": cells([(VS, 12), (S, 14), (SS, 6), (NS, 2), ("", 2)], 102),
        # Meals 6 + 13 + 9 + 7 = 35, 1 blank
        "Q2_2": cells([(VS, 6), (S, 13), (SS, 9), (NS, 7), ("", 1)], 103),
        # Interpretation 10 + 11 + 4 + 3 = 28, 8 blanks
        "Q2_3": cells([(VS, 10), (S, 11), (SS, 4), (NS, 3), ("", 8)], 104),
        # 7 comments
        "Q3": cells(
            [
                ("The panel on labour trafficking was the most useful part for my work.", 1),
                ("Please leave more time for questions after each panel.", 1),
                ("The interpretation booth was hard to hear from the back of the room.", 1),
                ("I would like the slides to be shared before the sessions.", 1),
                ("More survivors should be invited to speak, with proper support.", 1),
                ("The venue was too cold in the afternoon.", 1),
                ("A session on online recruitment would be welcome next year.", 1),
                ("", QUALTRICS_N - 7),
            ],
            105,
        ),
    }
    meta = [
        ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Toronto"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Toronto"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"America/Toronto"}'),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
        ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
        ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
        ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
        ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
        ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
        ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
    ]  # fmt: skip
    texts = {
        "Q1": QUALTRICS_OVERALL,
        **{f"Q2_{k}": f"{QUALTRICS_MATRIX} - {row}" for k, row in enumerate(QUALTRICS_ROWS, 1)},
        "Q3": QUALTRICS_COMMENT,
    }
    for name in texts:
        if len(answers[name]) != QUALTRICS_N:
            raise ValueError(f"{name}: {len(answers[name])} answers for {QUALTRICS_N} respondents")
    names = [m[0] for m in meta] + list(texts)
    labels = [m[1] for m in meta] + list(texts.values())
    imports = [m[2] for m in meta] + [
        json.dumps({"ImportId": "QID" + name[1:]}, separators=(",", ":")) for name in texts
    ]
    rows = [names, labels, imports]

    def record(i: int, values: list[str], status: str, progress: int, finished: str) -> list[str]:
        return [
            when(i).strftime("%Y-%m-%d %H:%M:%S"),
            when(i, 4).strftime("%Y-%m-%d %H:%M:%S"),
            status,
            "",  # the IP address is left empty (the data are synthetic)
            str(progress),
            str(240 + 17 * i),
            finished,
            when(i, 4).strftime("%Y-%m-%d %H:%M:%S"),
            f"R_{i:02d}sYnThEtIc0{i % 10}",
            "",
            "",
            "",
            "",
            "",
            "",
            "anonymous" if status == "IP Address" else "preview",
            "EN",
            *values,
        ]

    # a preview by the survey's author (not a respondent)
    rows.append(record(0, [VS, VS, VS, VS, "Testing the survey."], "Survey Preview", 100, "True"))
    for i in range(QUALTRICS_N):
        rows.append(record(i + 1, [answers[q][i] for q in texts], "IP Address", 100, "True"))
    # an unfinished response (not counted unless --include-incomplete)
    rows.append(record(QUALTRICS_N + 1, [NS, S, "", "", ""], "IP Address", 40, "False"))
    write_csv("synthetic_qualtrics_satisfaction4.csv", rows, line_end="\r\n")


# ---------------------------------------------------- 2. LimeSurvey, 6-level frequency grid

NEVER, ALMOST_NEVER, SOMETIMES, FAIRLY, VERY_OFTEN, ALWAYS = (
    "Never",
    "Almost never",
    "Sometimes",
    "Fairly often",
    "Very often",
    "Always",
)
LIME_FREQUENCY = (
    "1 - In the past year, how often did you use the council's referral guide in your work?"
)
LIME_AGREEMENT = (
    "2 - To what extent do you agree or disagree with each of the following statements?"
)
LIME_ROWS = (
    "The sessions started on time",
    "The speakers were well prepared",
    "The workshops were relevant to my work",
)
LIME_COMMENT = "3 - Do you have any comments on the forum?"
LIME_N = 379  # submitted responses
LIME_INCOMPLETE = 21
SA, A, N, D, SD = (
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
)
IDK = "I don't know"


def limesurvey() -> None:
    """LimeSurvey CSV, "full question text" headings ("Response ID", "Date submitted",
    "Last page", …, numbered questions, grids "Question [Row]"), every field quoted, LF,
    no BOM; 21 incomplete responses (empty "Date submitted"). A 6-level frequency question
    (Very often 63 and Always 78: merged today into "always: 141") and an agreement grid
    with "I don't know"."""
    answers = {
        # 48 + 50 + 81 + 52 + 63 + 78 = 372 on the scale, 2 "I don't know", 5 blanks
        LIME_FREQUENCY: cells(
            [
                (NEVER, 48),
                (ALMOST_NEVER, 50),
                (SOMETIMES, 81),
                (FAIRLY, 52),
                (VERY_OFTEN, 63),
                (ALWAYS, 78),
                (IDK, 2),
                ("", 5),
            ],
            201,
        ),
        # 41 + 152 + 88 + 63 + 25 = 369, 10 "I don't know"
        f"{LIME_AGREEMENT} [{LIME_ROWS[0]}]": cells(
            [(SA, 41), (A, 152), (N, 88), (D, 63), (SD, 25), (IDK, 10)], 202
        ),
        # 97 + 170 + 61 + 30 + 13 = 371, 8 "I don't know"
        f"{LIME_AGREEMENT} [{LIME_ROWS[1]}]": cells(
            [(SA, 97), (A, 170), (N, 61), (D, 30), (SD, 13), (IDK, 8)], 203
        ),
        # 60 + 131 + 84 + 47 + 28 = 350, 29 "I don't know"
        f"{LIME_AGREEMENT} [{LIME_ROWS[2]}]": cells(
            [(SA, 60), (A, 131), (N, 84), (D, 47), (SD, 28), (IDK, 29)], 204
        ),
        # 12 comments
        LIME_COMMENT: cells(
            [
                ("The referral guide should be translated into more languages.", 1),
                ("Please publish the list of regional contacts after the forum.", 1),
                ("The workshop on labour trafficking was excellent.", 1),
                ("More time for questions, fewer speeches.", 1),
                ("Hold the next forum in a city that is easier to reach by train.", 1),
                ("I would like a session on working with interpreters.", 1),
                ("The lunch break was too short to talk with other participants.", 1),
                ("Thank you to the organisers, very well run.", 1),
                ("A summary of the recommendations would help us report back.", 1),
                ("The online registration form did not work on my phone.", 1),
                ("Invite front-line workers from the territories.", 1),
                ("Childcare on site would have let me attend both days.", 1),
                ("", LIME_N - 12),
            ],
            205,
        ),
    }
    header = [
        "Response ID",
        "Date submitted",
        "Last page",
        "Start language",
        "Date started",
        "Date last action",
        *answers,
    ]
    rows = [header]

    def stamp(moment: dt.datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    incomplete_at = set(range(5, LIME_N + LIME_INCOMPLETE, 19))  # 21 rows spread out
    assert len(incomplete_at) == LIME_INCOMPLETE
    answered = 0
    for row_id in range(1, LIME_N + LIME_INCOMPLETE + 1):
        started = START + dt.timedelta(minutes=11 * row_id)
        if row_id in incomplete_at:
            # stopped on page 1: only the first question answered, nothing submitted
            first = [NEVER, SOMETIMES, ALWAYS][row_id % 3] if row_id % 2 else ""
            values = [first, "", "", "", ""]
            moment = stamp(started)
            rows.append([str(row_id), "", str(row_id % 2), "en", moment, moment, *values])
            continue
        values = [answers[q][answered] for q in answers]
        answered += 1
        done = stamp(started + dt.timedelta(minutes=6))
        rows.append([str(row_id), done, "3", "en", stamp(started), done, *values])
    write_csv("synthetic_limesurvey_frequency6.csv", rows, quote_all=True)


# ---------------------------------------------------------------- 3. Google Forms, French

FR_AGREEMENT = "Les ateliers m'ont donné des outils concrets."
FR_SATISFACTION = "Êtes-vous satisfait·e de l'accueil sur place ?"
FR_INTEREST = "Trouvez-vous intéressant de poursuivre ces rencontres chaque année ?"
FR_CONFIDENCE = "À quel point vous sentez-vous confiant·e pour repérer une situation de traite ?"
FR_CONFIDENCE_5 = "Êtes-vous confiant·e que les recommandations du forum seront mises en œuvre ?"
FR_EXPERTISE = "Comment évaluez-vous vos connaissances sur la traite des personnes ?"
FR_EXPERTISE_4 = "Votre niveau d'expertise en droit de l'immigration et des personnes réfugiées"
FR_AMBIANCE = "Comment avez-vous trouvé l'ambiance du forum ?"
FR_COMMENT = "Avez-vous des suggestions pour le prochain forum ?"
FR_N = 48
#: the five inclusive endings mixed in one column
INCLUSIVE = ("·e", ".e", "(e)", "-e", "/e")


def inclusive(stem: str, counts: tuple[int, ...]) -> list[tuple[str, int]]:
    """``stem·e`` × counts[0], ``stem.e`` × counts[1], ``stem(e)``, ``stem-e``, ``stem/e``."""
    return [(stem + end, n) for end, n in zip(INCLUSIVE, counts, strict=False) if n]


def google_forms_fr() -> None:
    """Google Forms in French ("Horodateur"), LF: "Plutôt d'accord", satisfait·e, intéressant
    read as positive today, "Plutôt confiant.e" read as the middle level, "Ni confiant.e ni
    sceptique" refused; expertise "Débutant·e / Intermédiaire / Approfondie" and "… / Avancé·e
    / Expert·e"; "Très agréable … Plutôt désagréable"; inclusive endings ·e .e (e) -e /e mixed
    in one column."""
    spec = {
        # 21 + 19 + 5 + 2 = 47, 1 blank; positive 21 + 19 = 40
        FR_AGREEMENT: cells(
            [
                ("Tout à fait d'accord", 21),
                ("Plutôt d'accord", 19),
                ("Plutôt pas d'accord", 5),
                ("Pas du tout d'accord", 2),
                ("", 1),
            ],
            301,
        ),
        # Très satisfait 6+5+4+3+2 = 20, Plutôt satisfait 8+4+3+2+1 = 18,
        # Plutôt insatisfait 4+0+2 = 6, Très insatisfait 0+1+0+0+1 = 2: 46, 2 blanks
        FR_SATISFACTION: cells(
            [
                *inclusive("Très satisfait", (6, 5, 4, 3, 2)),
                *inclusive("Plutôt satisfait", (8, 4, 3, 2, 1)),
                *inclusive("Plutôt insatisfait", (4, 0, 2)),
                *inclusive("Très insatisfait", (0, 1, 0, 0, 1)),
                ("", 2),
            ],
            302,
        ),
        # 25 + 15 + 5 + 2 = 47, 1 blank; positive 40
        FR_INTEREST: cells(
            [
                ("Très intéressant", 25),
                ("Plutôt intéressant", 15),
                ("Peu intéressant", 5),
                ("Pas du tout intéressant", 2),
                ("", 1),
            ],
            303,
        ),
        # 19 + 20 + 6 + 1 = 46, 2 blanks; confident side 39 of 46 (85 %); read today as
        # 19 of 40 (48 %): "Plutôt confiant.e" the middle, "Ni …" refused
        FR_CONFIDENCE: cells(
            [
                ("Très confiant.e", 19),
                ("Plutôt confiant.e", 20),
                ("Ni confiant.e ni sceptique", 6),
                ("Peu confiant.e", 1),
                ("", 2),
            ],
            304,
        ),
        # 6 + 14 + 12 + 10 + 4 = 46, 2 blanks; confident side 20 of 46
        FR_CONFIDENCE_5: cells(
            [
                ("Très confiant·e", 6),
                ("Plutôt confiant·e", 14),
                ("Ni confiant·e ni sceptique", 12),
                ("Plutôt sceptique", 10),
                ("Très sceptique", 4),
                ("", 2),
            ],
            305,
        ),
        # Débutant 5+3+2+1+1 = 12, Intermédiaire 18, Approfondie 16: 46, 2 blanks
        FR_EXPERTISE: cells(
            [
                *inclusive("Débutant", (5, 3, 2, 1, 1)),
                ("Intermédiaire", 18),
                ("Approfondie", 16),
                ("", 2),
            ],
            306,
        ),
        # Débutant·e 10, Intermédiaire 15, Avancé 10+0+3 = 13, Expert 4+0+0+1+1 = 6:
        # 44, 4 blanks
        FR_EXPERTISE_4: cells(
            [
                ("Débutant·e", 10),
                ("Intermédiaire", 15),
                *inclusive("Avancé", (10, 0, 3)),
                *inclusive("Expert", (4, 0, 0, 1, 1)),
                ("", 4),
            ],
            307,
        ),
        # 22 + 17 + 5 + 3 = 47, 1 blank; positive 39
        FR_AMBIANCE: cells(
            [
                ("Très agréable", 22),
                ("Plutôt agréable", 17),
                ("Indifférent", 5),
                ("Plutôt désagréable", 3),
                ("", 1),
            ],
            308,
        ),
        # 9 comments
        FR_COMMENT: cells(
            [
                ("Prévoir plus de temps pour les questions après chaque panel.", 1),
                ("Offrir l'interprétation simultanée dans tous les ateliers.", 1),
                ("Inviter davantage de personnes survivantes, avec un soutien adéquat.", 1),
                ("Partager les présentations avant le forum.", 1),
                ("Un atelier sur le recrutement en ligne serait utile.", 1),
                ("La salle était trop froide l'après-midi.", 1),
                ("Tenir le prochain forum dans une ville plus accessible en train.", 1),
                ("Des pauses plus longues pour échanger entre participant·e·s.", 1),
                ("Merci pour l'organisation, c'était très réussi.", 1),
                ("", FR_N - 9),
            ],
            309,
        ),
    }
    rows = [["Horodateur", *spec]]
    for i, answers in enumerate(columns(spec, FR_N)):
        rows.append([google_stamp(i, "HNE"), *answers])
    write_csv("synthetic_google_forms_fr.csv", rows)


# ------------------------------------------------------------- 4. Google Forms, English

EN_KNOWN = "The venue was easy to reach."
EN_WELL = "How well did the forum meet your expectations?"
EN_INFORMATION = "How much of the information you needed did you receive before the forum?"
EN_RATING = "How would you rate the forum overall?"
EN_GENDER = "Gender"
EN_AGE = "Age"
EN_DAY = "Which day did you attend?"
EN_SHOT = "Which character shot first?"
EN_GRID = "How useful was each session to your work?"
EN_GRID_ROWS = tuple(f"Session {k}" for k in range(1, 30))
EN_COMMENT = "Any other comments about the forum?"
EN_N = 32


def google_forms_en() -> None:
    """Google Forms in English ("Timestamp"), LF: an agreement question, "Extremely well …
    Fairly poorly", "All … None of the information", a 0–10 rating whose header does not
    state the scale (nobody answered 10), nominal questions (gender, age bands, weekday,
    "which character shot first?"), a grid of 29 rows answered 1–5, an open question and an
    empty submission."""
    spec = {
        # a question every version reads: 10 + 14 + 5 + 2 + 1 = 32; positive 24
        EN_KNOWN: cells([(SA, 10), (A, 14), (N, 5), (D, 2), (SD, 1)], 400),
        # 15 + 11 + 3 + 1 = 30, 2 blanks; positive 26 of 30 (87 %), the wrong end 4 (13 %)
        EN_WELL: cells(
            [
                ("Extremely well", 15),
                ("Fairly well", 11),
                ("Neither well nor poorly", 3),
                ("Fairly poorly", 1),
                ("", 2),
            ],
            401,
        ),
        # 9 + 13 + 6 + 2 + 1 = 31, 1 blank; all or most 22
        EN_INFORMATION: cells(
            [
                ("All of the information", 9),
                ("Most of the information", 13),
                ("Some of the information", 6),
                ("A little of the information", 2),
                ("None of the information", 1),
                ("", 1),
            ],
            402,
        ),
        # 0:1 3:1 4:1 5:2 6:3 7:6 8:9 9:8 (no 10) = 31, 1 blank; 9–10: 8 of 31
        EN_RATING: cells(
            [
                *[("0", 1), ("3", 1), ("4", 1), ("5", 2), ("6", 3)],
                *[("7", 6), ("8", 9), ("9", 8), ("", 1)],
            ],
            403,
        ),
        EN_GENDER: cells(
            [("Woman", 17), ("Man", 11), ("Non-binary", 2), ("Prefer not to say", 2)], 404
        ),
        EN_AGE: cells(
            [("18-24", 4), ("25-34", 10), ("35-44", 9), ("45-54", 5), ("55-64", 3), ("65+", 1)],
            405,
        ),
        EN_DAY: cells([("Monday", 12), ("Tuesday", 11), ("Wednesday", 9)], 406),
        EN_SHOT: cells([("Han", 18), ("Greedo", 6), ("I don't understand this question", 8)], 407),
    }
    rng = random.Random(408)
    for row in EN_GRID_ROWS:
        # each session: some blanks (not attended), answers 1–5 leaning high
        attended = rng.randrange(20, EN_N + 1)
        values = [str(rng.choices((1, 2, 3, 4, 5), (1, 2, 4, 7, 6))[0]) for _ in range(attended)]
        values += [""] * (EN_N - attended)
        rng.shuffle(values)
        spec[f"{EN_GRID} [{row}]"] = values
    # 6 comments
    spec[EN_COMMENT] = cells(
        [
            ("The breakout rooms were too small for the number of people.", 1),
            ("Please share the slides and the list of resources afterwards.", 1),
            ("More time with the survivor-led panel, it was the best part.", 1),
            ("Captioning on the screens would help many of us.", 1),
            ("The registration line in the morning was far too long.", 1),
            ("Keep the forum hybrid so that people from remote areas can join.", 1),
            ("", EN_N - 6),
        ],
        409,
    )
    rows = [["Timestamp", *spec]]
    for i, answers in enumerate(columns(spec, EN_N)):
        rows.append([google_stamp(i), *answers])
    rows.append([google_stamp(EN_N), *([""] * len(spec))])  # an empty submission
    write_csv("synthetic_google_forms_en.csv", rows)


# ------------------------------------------------------------ 5. dropped without a word

DROP_KNOWN = "The sessions started and ended on time."
DROP_UNKNOWN = (
    "Morning plenary",
    "Afternoon workshop",
    "Networking lunch",
    "Closing panel",
)
#: invented rating labels: no vocabulary can put them in order
INVENTED = ("Blorf", "Quazz", "Trindle", "Mopsy")
DROP_COMMENT = EN_COMMENT  # the same open question as in synthetic_google_forms_en.csv


def dropped() -> None:
    """Google Forms, 15 rows: one recognised item answered by rows 1–8 only, four rating
    columns on invented labels answered by every row, and the open question of
    synthetic_google_forms_en.csv answered twice (once by a row that answered nothing else
    that is recognised). Today: 1 item of 5, "8 respondents, 7 empty", warnings []."""
    n = 15
    # rows 1–8: 3 × Strongly agree, 2 × Agree, 1 each of the others; rows 9–15 blank
    known = [SA, A, SA, N, D, SA, A, SD] + [""] * 7
    rng = random.Random(501)
    unknown = {h: [rng.choice(INVENTED) for _ in range(n)] for h in DROP_UNKNOWN}
    comment = [""] * n
    comment[2] = "The room was too cold and the microphones kept cutting out during questions."
    comment[10] = "Please send the list of participants' organisations after the forum."
    spec = {DROP_KNOWN: known, **unknown, DROP_COMMENT: comment}
    rows = [["Timestamp", *spec]]
    for i, answers in enumerate(columns(spec, n)):
        rows.append([google_stamp(i), *answers])
    write_csv("synthetic_dropped_columns.csv", rows)


# -------------------------------------------------- 6. a stray row above the header

STRAY_QUESTIONS = (
    "The sessions started and ended on time.",
    "I could follow the discussions in my language.",
    "Would you come to the next forum?",
    "How satisfied were you with the venue?",
    "What should we change next year?",
)
VSAT, SAT, NEU, DIS, VDIS = (
    "Very satisfied",
    "Satisfied",
    "Neither satisfied nor dissatisfied",
    "Dissatisfied",
    "Very dissatisfied",
)


def stray_row() -> None:
    """A Google Forms export (header of 6 fields) with a row of short codes typed above it,
    one field longer (7). Today: "line 2: 6 fields where the header has 7 …"."""
    n = 20
    spec = {
        # 8 + 8 + 2 + 1 + 1 = 20; positive 16
        STRAY_QUESTIONS[0]: cells([(SA, 8), (A, 8), (N, 2), (D, 1), (SD, 1)], 601),
        # 5 + 7 + 3 + 3 + 1 = 19, 1 blank; positive 12
        STRAY_QUESTIONS[1]: cells([(SA, 5), (A, 7), (N, 3), (D, 3), (SD, 1), ("", 1)], 602),
        # 16 + 4 = 20
        STRAY_QUESTIONS[2]: cells([("Yes", 16), ("No", 4)], 603),
        # 6 + 8 + 3 + 2 + 1 = 20; positive 14
        STRAY_QUESTIONS[3]: cells([(VSAT, 6), (SAT, 8), (NEU, 3), (DIS, 2), (VDIS, 1)], 604),
        STRAY_QUESTIONS[4]: cells(
            [
                ("Shorter opening speeches and more time in small groups.", 1),
                ("Hold it in the spring instead of late November.", 1),
                ("Provide a quiet room for people who need a break.", 1),
                ("Publish the programme at least a month in advance.", 1),
                ("", n - 4),
            ],
            605,
        ),
    }
    rows = [["Q00", "Q01", "Q02", "Q03", "Q04", "Q05", "Q06"], ["Timestamp", *spec]]
    for i, answers in enumerate(columns(spec, n)):
        rows.append([google_stamp(i), *answers])
    write_csv("synthetic_stray_row_above_header.csv", rows)


# ----------------------------------------------------------- 7. SurveyMonkey matrix grid

SM_GRID = "How satisfied were you with the following parts of the forum?"
SM_ROWS = ("Venue", "Meals", "Interpretation")
SM_SINGLE = "Overall, the forum was a good use of my time."
SM_YESNO = "Did you attend both days?"
SM_COMMENT = "What was the most useful part of the forum?"


def surveymonkey() -> None:
    """SurveyMonkey CSV: two header rows, the matrix question written only above its first
    column, "Response" / "Open-Ended Response" / row labels in the second row; CRLF; the
    contact columns present and empty (as in the real exports)."""
    n = 25
    spec = {
        # Venue 7 + 10 + 4 + 3 + 1 = 25
        (SM_GRID, SM_ROWS[0]): cells([(VSAT, 7), (SAT, 10), (NEU, 4), (DIS, 3), (VDIS, 1)], 701),
        # Meals 3 + 9 + 6 + 5 + 2 = 25
        (SM_GRID, SM_ROWS[1]): cells([(VSAT, 3), (SAT, 9), (NEU, 6), (DIS, 5), (VDIS, 2)], 702),
        # Interpretation 9 + 7 + 2 + 1 + 1 = 20, 5 blanks
        (SM_GRID, SM_ROWS[2]): cells(
            [(VSAT, 9), (SAT, 7), (NEU, 2), (DIS, 1), (VDIS, 1), ("", 5)], 703
        ),
        # 8 + 11 + 3 + 2 + 1 = 25; positive 19
        (SM_SINGLE, "Response"): cells([(SA, 8), (A, 11), (N, 3), (D, 2), (SD, 1)], 704),
        (SM_YESNO, "Response"): cells([("Yes", 18), ("No", 7)], 705),
        (SM_COMMENT, "Open-Ended Response"): cells(
            [
                ("Meeting people from other provinces who do the same work.", 1),
                ("The legal clinic on work permits.", 1),
                ("The survivor-led panel on the second morning.", 1),
                ("Hearing how other shelters handle intake at night.", 1),
                ("", n - 4),
            ],
            706,
        ),
    }
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
    for question, row in spec:
        grid_continues = question == SM_GRID and row != SM_ROWS[0]
        first.append("" if grid_continues else question)
        second.append(row)
    rows = [first, second]
    for i, answers in enumerate(columns({f"{q}|{r}": v for (q, r), v in spec.items()}, n)):
        rows.append(
            [
                str(114_000_000_000 + 7919 * i),
                "431234567",
                when(i).strftime("%m/%d/%Y %I:%M:%S %p"),
                when(i, 4).strftime("%m/%d/%Y %I:%M:%S %p"),
                "",
                "",
                "",
                "",
                "",
                *answers,
            ]
        )
    write_csv("synthetic_surveymonkey_grid.csv", rows, line_end="\r\n")


# ------------------------------------ 8. multi-select cells and "Other" in a scale column

MS_AMBIANCE = FR_AMBIANCE
MS_AGREEMENT = "Les échanges entre participant·e·s étaient constructifs."


def multiselect() -> None:
    """Google Forms in French: single-choice scale columns where some cells hold two labels
    ("Très agréable, Plutôt agréable", as a checkbox question writes them) or an "Other"
    write-in."""
    n = 28
    spec = {
        # 10 + 8 + 3 + 2 = 23 on the scale; 3 multi-select cells + 1 write-in invalid; 1 blank
        MS_AMBIANCE: cells(
            [
                ("Très agréable", 10),
                ("Plutôt agréable", 8),
                ("Indifférent", 3),
                ("Plutôt désagréable", 2),
                ("Très agréable, Plutôt agréable", 2),
                ("Plutôt agréable, Indifférent", 1),
                ("Bruyant mais convivial", 1),
                ("", 1),
            ],
            801,
        ),
        # 11 + 9 + 3 + 2 + 1 = 26 on the scale; 1 multi-select cell + 1 write-in invalid
        MS_AGREEMENT: cells(
            [
                ("Tout à fait d'accord", 11),
                ("D'accord", 9),
                ("Ni en accord ni en désaccord", 3),
                ("En désaccord", 2),
                ("Fortement en désaccord", 1),
                ("D'accord, Tout à fait d'accord", 1),
                ("La salle était trop petite pour les discussions", 1),
            ],
            802,
        ),
    }
    rows = [["Horodateur", *spec]]
    for i, answers in enumerate(columns(spec, n)):
        rows.append([google_stamp(i, "HNE"), *answers])
    write_csv("synthetic_multiselect_other.csv", rows)


def main() -> None:
    qualtrics()
    limesurvey()
    google_forms_fr()
    google_forms_en()
    dropped()
    stray_row()
    surveymonkey()
    multiselect()


if __name__ == "__main__":
    main()
