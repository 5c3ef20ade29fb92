"""Write the SYNTHETIC fixtures of tests/test_platform_shapes.py: small invented surveys in
shapes that real survey-platform exports were seen to have (see README.md beside this file).
Run it from the repository root to regenerate them, byte for byte the same:

    python tests/data/platform_shapes/build_platform_shapes.py

Every answer is invented (no real person, no real IP address: the contact columns are empty).
Only the shapes are the platforms': header rows, meta columns, separators, quoting, line ends.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORGANISED = "The forum was well organised."
ENJOYED = "What did you enjoy?"
COMMENTS = "Any other comments?"
#: the options of the multiple-answer question, in the form's order; one holds ", "
OPTIONS = ("Keynote", "Food, drinks and music", "Survivor-led workshop", "Legal clinic", "Other")
#: per respondent, the options ticked (indices into OPTIONS); () = nothing ticked
TICKS: list[tuple[int, ...]] = [
    (0, 1),
    (0,),
    (0, 2, 3),
    (1,),
    (),
    (0, 3),
    (1, 2),
    (0, 1, 2, 3),
    (4,),
    (2,),
    (0,),
    (1, 4),
]
AGREEMENT = ["Strongly agree", "Agree", "Agree", "Somewhat agree", "Disagree", "Agree",
             "Strongly agree", "Neither agree nor disagree", "Agree", "Somewhat disagree",
             "Strongly agree", "Agree"]  # fmt: skip
#: short comments typed with a comma and no space (never a multiple answer: they do not
#: recombine), and blanks
COMMENT_TEXTS = ["Great,thanks", "", "Merci,bravo", "", "", "Great,thanks", "", "Merci,bravo",
                 "", "", "Longer breaks,please", ""]  # fmt: skip
#: the words of the "Other" box (Qualtrics writes them in their own ``Q2_5_TEXT`` column)
OTHER_WORDS = {8: "A session in Tigrinya", 11: "The art corner"}


def write_csv(name: str, rows: list[list[str]], *, line_end: str = "\r\n") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=line_end).writerows(rows)
    (HERE / name).write_bytes(buffer.getvalue().encode("utf-8"))


def qualtrics_joined() -> None:
    """Qualtrics CSV ("choice text", multi-value fields NOT split into columns): three
    header rows (names, texts, ``{"ImportId":…}``), CRLF; the multiple-answer question in
    ONE column (its text "… - Selected Choice", as Qualtrics writes a question with a text
    box), the options ticked joined with "," and no space, in the form's order."""
    names = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Finished",
             "ResponseId", "Q1", "Q2", "Q2_5_TEXT", "Q3"]  # fmt: skip
    texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Finished",
             "Response ID", ORGANISED, f"{ENJOYED} - Selected Choice", f"{ENJOYED} - Other - Text",
             COMMENTS]  # fmt: skip
    imports = [json.dumps({"ImportId": n}, separators=(",", ":"))
               for n in ["startDate", "endDate", "status", "ipAddress", "progress", "finished",
                         "_recordId", "QID1", "QID2", "QID2_5_TEXT", "QID3_TEXT"]]  # fmt: skip
    rows = [names, texts, imports]
    for k, ticks in enumerate(TICKS):
        joined = ",".join(OPTIONS[t] for t in ticks)
        rows.append([
            "2024-11-27 16:00:00", "2024-11-27 16:05:00", "IP Address", "", "100", "True",
            f"R_{k:02d}synthetic", AGREEMENT[k], joined, OTHER_WORDS.get(k, ""),
            COMMENT_TEXTS[k],
        ])  # fmt: skip
    write_csv("synthetic_qualtrics_joined_multiselect.csv", rows)


def qualtrics_2016_single_quotes() -> None:
    """Qualtrics's 2016 "Insights" CSV export (as ctesta01/QualtricsTools' sample exports):
    the names row, the texts row (a matrix cell is "Question-Row", no spaces), then an import
    row written as Python dicts in single quotes, ``{'ImportId': 'QID2-1'}``; numeric
    Status (0 a response, 1 a preview) and Finished (1); LF line ends."""
    names = ["ResponseID", "ResponseSet", "IPAddress", "StartDate", "EndDate",
             "RecipientLastName", "RecipientFirstName", "RecipientEmail",
             "ExternalDataReference", "Finished", "Status", "Q1", "Q2_1", "Q2_2"]  # fmt: skip
    texts = [*names[:11], ORGANISED, "The sessions were useful-Morning sessions",
             "The sessions were useful-Afternoon sessions"]  # fmt: skip
    ids = ["responseId", "responseSetId", "ipAddress", "startDate", "endDate",
           "panel-RecipientLastName", "panel-RecipientFirstName", "panel-RecipientEmail",
           "panel-ExternalDataReference", "finished", "status", "QID1", "QID2-1", "QID2-2"]  # fmt: skip
    imports = [f"{{'ImportId': '{i}'}}" for i in ids]
    rows = [names, texts, imports]
    morning = ["Agree", "Strongly agree", "Agree", "Disagree", "Agree", "Strongly agree",
               "Neither agree nor disagree", "Agree"]  # fmt: skip
    afternoon = ["Agree", "Agree", "Disagree", "Disagree", "Strongly agree", "Agree",
                 "Agree", "Strongly disagree"]  # fmt: skip
    for k in range(8):
        status = "1" if k == 7 else "0"  # the last one is a preview
        rows.append([
            f"R_{k:02d}synthetic", "Default Response Set", "", f"2016-05-27 11:{10 + k}:26",
            f"2016-05-27 11:{20 + k}:02", "", "", "", "", "1", status, AGREEMENT[k], morning[k],
            afternoon[k],
        ])  # fmt: skip
    write_csv("synthetic_qualtrics_2016_single_quotes.csv", rows, line_end="\n")


#: the 2016 multiple-answer question asked twice with the same text (the second time with
#: one more option): per respondent, the options ticked in each
DAYS = "Which days did you attend?"
DAY_OPTIONS = ("Day 1", "Day 2", "None of them", "Prefer not to answer")
DAY_TICKS: list[tuple[tuple[int, ...], tuple[int, ...]]] = [
    ((0, 1), (0,)),
    ((0,), (0, 1)),
    ((1,), (3,)),
    ((2,), (2,)),
    ((0, 1), (0, 1)),
    ((), (1,)),
    ((0,), ()),
    ((1,), (3,)),
]


def qualtrics_2016_repeated_question() -> None:
    """Qualtrics 2016 "Insights" shape (as ctesta01/QualtricsTools' No_Basis_for_Evaluation
    export): a multiple-answer question one column per option (``Q2_1, Q2_2, Q2_-1``: an
    option standing apart is numbered below zero), "1" for a tick and blank for none, then
    a second question with the SAME text and one more option (``Q3_1 … Q3_-2``)."""
    names = ["ResponseID", "ResponseSet", "StartDate", "EndDate", "Finished", "Status", "Q1",
             "Q2_1", "Q2_2", "Q2_-1", "Q3_1", "Q3_2", "Q3_-1", "Q3_-2"]  # fmt: skip
    texts = (
        names[:6]
        + [ORGANISED]
        + [f"{DAYS}-{o}" for o in DAY_OPTIONS[:3]]
        + [f"{DAYS}-{o}" for o in DAY_OPTIONS]
    )
    ids = ["responseId", "responseSetId", "startDate", "endDate", "finished", "status",
           "QID1", "QID2-1", "QID2-2", "QID2-3", "QID3-1", "QID3-2", "QID3-3", "QID3-4"]  # fmt: skip
    rows = [names, texts, [f"{{'ImportId': '{i}'}}" for i in ids]]
    for k, (first, second) in enumerate(DAY_TICKS):
        rows.append(
            [f"R_{k:02d}synthetic", "Default Response Set", f"2016-06-24 14:{10 + k}:08",
             f"2016-06-24 14:{20 + k}:08", "1", "0", AGREEMENT[k]]
            + ["1" if t in first else "" for t in range(3)]
            + ["1" if t in second else "" for t in range(4)]
        )  # fmt: skip
    write_csv("synthetic_qualtrics_2016_repeated_question.csv", rows, line_end="\n")


SESSIONS = ("Keynote", "Survivor-led workshop", "Legal clinic")
#: per respondent: submitted?, organised, satisfaction with the venue and the food, the
#: sessions ticked (indices into SESSIONS), the words of the "Other" box
LIMESURVEY: list[tuple[bool, str, str, str, tuple[int, ...], str]] = [
    (True, "Agree", "Very satisfied", "Satisfied", (0, 1), ""),
    (True, "Strongly agree", "Satisfied", "Dissatisfied", (1,), ""),
    (False, "Disagree", "", "", (), ""),
    (True, "Agree", "Satisfied", "Satisfied", (0, 2), "A walk"),
    (True, "Neither agree nor disagree", "Dissatisfied", "Very dissatisfied", (), ""),
    (False, "", "", "", (), ""),
    (True, "Agree", "Very satisfied", "Satisfied", (0, 1, 2), ""),
    (True, "Disagree", "Satisfied", "Very satisfied", (1,), ""),
]


def limesurvey_code_text() -> None:
    """LimeSurvey CSV in the "question code & question text" heading style (as
    msokol99/Wellbeing-data-analysis ``results-survey.csv``): ``"id. Response ID",
    "submitdate. Date submitted", "lastpage. Last page", "startlanguage. Start language",
    "startdate. Date started", "datestamp. Date last action"`` (no seed), then
    ``Code. text`` and ``Code[SQ001]. text [Row]`` headings whose codes may hold no digit;
    answer texts (a multiple choice "Yes" / "No", its "[Other]" box); an empty submitdate
    for a response not completed; every field quoted, LF."""
    org = "The forum was well organised."
    sat = "How satisfied were you with the following?"
    att = "Which sessions did you attend?"
    header = ["id. Response ID", "submitdate. Date submitted", "lastpage. Last page",
              "startlanguage. Start language", "startdate. Date started",
              "datestamp. Date last action", f"Org. {org}", f"Sat[SQ001]. {sat} [The venue]",
              f"Sat[SQ002]. {sat} [The food]"]  # fmt: skip
    header += [f"Att[SQ00{k + 1}]. {att} [{o}]" for k, o in enumerate(SESSIONS)]
    header.append(f"Att[other]. {att} [Other]")
    rows = [header]
    for k, (done, organised, venue, food, ticks, other) in enumerate(LIMESURVEY):
        stamp = f"2024-11-27 16:{10 + k}:00"
        answered = done or bool(organised)
        marks = [("Yes" if t in ticks else "No") if done else "" for t in range(3)]
        rows.append(
            [str(k + 1), stamp if done else "", "3" if done else "1" if answered else "0",
             "en", stamp, stamp, organised, venue, food, *marks, other]
        )  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    (HERE / "synthetic_limesurvey_code_text.csv").write_bytes(buffer.getvalue().encode("utf-8"))


#: invented names (no real person): no output may quote them
SYNTHETIC_NAMES = ["Amani Kabeya", "Joséphine Mwamba Ilunga", "Patrice Lukusa", "Grâce Nsimba",
                   "Didier Kalonji Mbuyi", "Esther Kanku", "Blaise Tshisekedi Lumu",
                   "Nadine Mpiana"]  # fmt: skip


def limesurvey_french_multiselect() -> None:
    """LimeSurvey CSV of a French survey, full question texts: the meta columns and the
    bilingual name question of monsieurpapa/DRCInternet ``results-survey.csv`` (``ID de la
    réponse,Date de soumission,Dernière page,Langue de départ,Tête de série,Date de
    lancement,Date de la dernière action,Adresse IP,URL référente,Nom &amp; Post-nom
    /Firstname and Surname`` — the entity as written there); a multiple choice question,
    one column per option, answered "Oui" / "Non" (LimeSurvey writes "Yes" / "No" in the
    survey's language; Spanish "Sí", as crismz/EncuestasUNC ``results-survey.csv``), "N/A"
    where the question was not shown; every field quoted, LF. The names are invented."""
    att = "Quelles sessions avez-vous suivies ?"
    options = ("Plénière d'ouverture", "Atelier mené par des survivantes", "Clinique juridique")
    header = ["ID de la réponse", "Date de soumission", "Dernière page", "Langue de départ",
              "Tête de série", "Date de lancement", "Date de la dernière action", "Adresse IP",
              "URL référente", "Nom &amp; Post-nom /Firstname and Surname",
              "L'organisation du forum était bonne."] + [f"{att} [{o}]" for o in options]  # fmt: skip
    organised = ["D'accord", "Tout à fait d'accord", "D'accord", "En désaccord", "D'accord",
                 "Ni en accord ni en désaccord", "Tout à fait d'accord", "D'accord"]  # fmt: skip
    ticks: list[tuple[int, ...] | None] = [(0, 1), (1,), (0, 2), None, (0, 1, 2), (), (1,), (0,)]
    rows = [header]
    for k, chosen in enumerate(ticks):
        marks = (
            ["N/A"] * 3 if chosen is None else ["Oui" if t in chosen else "Non" for t in range(3)]
        )
        stamp = f"2024-11-27 16:{10 + k}:00"
        rows.append(
            [str(k + 1), stamp, "2", "fr", str(1000 + 37 * k), stamp, stamp, "", "",
             SYNTHETIC_NAMES[k], organised[k], *marks]
        )  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    path = HERE / "synthetic_limesurvey_fr_multiselect.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def surveymonkey_html_question() -> None:
    """SurveyMonkey CSV in its 2015 layout (as fivethirtyeight/data
    ``steak-survey/steak-risk-survey.csv``): ``RespondentID`` then the questions, a second
    row of ``Response``; a question text holding the ``<br>`` tags of its rich text; LF."""
    # about as long as the real export's question (269 characters): its id names a file
    lottery = (
        "Consider the following choice: <br>Session A lasts one hour. <br>Session B lasts "
        "two hours. <br>Both sessions cover the same material, in the same room, and leave "
        "the same time for questions at the end. <br><br>Assuming you had the whole "
        "afternoon free, which session would you attend?"
    )
    header = ["RespondentID", lottery, "Did you attend the <b>whole</b> forum?",
              "The forum was well organised."]  # fmt: skip
    answers = [("Session A", "Yes", "Agree"), ("Session B", "No", "Strongly agree"),
               ("Session A", "Yes", "Disagree"), ("Session A", "", "Agree"),
               ("Session B", "Yes", "Agree"), ("Session A", "No", "Neither agree nor disagree")]  # fmt: skip
    rows = [header, ["", "Response", "Response", "Response"]]
    rows += [[str(3234982343 - 97 * k), *answer] for k, answer in enumerate(answers)]
    write_csv("synthetic_surveymonkey_html_question.csv", rows, line_end="\n")


#: per respondent: sessions ticked (indices into SESSIONS), agreement with the two statements
#: of the matrix, organised, a comment
TYPEFORM: list[tuple[tuple[int, ...], str, str, str, str]] = [
    ((0, 1), "Agree", "Strongly agree", "Agree", "More breaks between the sessions, please"),
    ((1,), "Agree", "Agree", "Strongly agree", ""),
    ((0, 2), "Disagree", "Agree", "Agree", "The room was too cold in the afternoon"),
    ((), "Neither agree nor disagree", "Disagree", "Disagree", ""),
    (
        (0, 1, 2),
        "Strongly agree",
        "Strongly agree",
        "Agree",
        "Thank you for the translation into Tigrinya",
    ),
    ((2,), "Agree", "Neither agree nor disagree", "Agree", ""),
    (
        (0,),
        "Strongly disagree",
        "Agree",
        "Neither agree nor disagree",
        "The workshop was too short for the questions",
    ),
    ((1, 2), "Agree", "Agree", "Strongly agree", ""),
    ((0, 1), "Agree", "Disagree", "Agree", "I loved the survivor-led workshop and its stories"),
]
TYPEFORM_SESSIONS = "Which sessions did you attend?"
TYPEFORM_MATRIX = "How much do you agree with the following?"
TYPEFORM_ROWS = ("I felt welcome", "I learned something new")


def _typeform_rows() -> list[list[str]]:
    rows = []
    for k, (ticks, welcome, learned, organised, comment) in enumerate(TYPEFORM):
        token = f"{k:02d}synthetictoken{k:02d}"
        marks = [SESSIONS[t] if t in ticks else "" for t in range(3)]
        rows.append(
            [token, *marks, welcome, learned, organised, comment, f"11/27/24 16:{10 + k}", f"11/27/24 16:{20 + k}", f"{k:02d}abcdef99"]
        )  # fmt: skip
    return rows


def typeform_grouped() -> None:
    """Typeform export saved with its grouped header (as Cantera/user-surveys
    ``responses.csv``): row 1 empty but for each multiple-answer or matrix question's text
    above its first column; row 2 ``#``, the options (ticked: the option's text, else
    blank), the matrix rows, each question of its own, ``Start Date (UTC)``, ``Submit Date
    (UTC)``, ``Network ID``; LF."""
    top = ["", TYPEFORM_SESSIONS, "", "", TYPEFORM_MATRIX, "", "", "", "", "", ""]
    sub = ["#", *SESSIONS, *TYPEFORM_ROWS, "The forum was well organised.",
           "Anything else you would like to tell us?", "Start Date (UTC)",
           "Submit Date (UTC)", "Network ID"]  # fmt: skip
    write_csv("synthetic_typeform_grouped.csv", [top, sub, *_typeform_rows()], line_end="\n")


def typeform_plain() -> None:
    """Typeform CSV export, one header row: ``#``, one column per option of a
    multiple-answer question (headed by the option alone) and per matrix row, the questions,
    ``Start Date (UTC)``, ``Submit Date (UTC)``, ``Network ID``; LF."""
    header = ["#", *SESSIONS, *TYPEFORM_ROWS, "The forum was well organised.",
              "Anything else you would like to tell us?", "Start Date (UTC)",
              "Submit Date (UTC)", "Network ID"]  # fmt: skip
    write_csv("synthetic_typeform.csv", [header, *_typeform_rows()], line_end="\n")


#: per record: survey completed?, organised, satisfaction with the venue, sessions ticked
#: (indices into SESSIONS), a comment
REDCAP: list[tuple[bool, str, str, tuple[int, ...], str]] = [
    (True, "Agree", "Satisfied", (0, 1), "More time for the questions, please"),
    (False, "Disagree", "", (), ""),
    (True, "Strongly agree", "Very satisfied", (1, 2), ""),
    (True, "Agree", "Dissatisfied", (0,), "The room was too cold in the afternoon"),
    (False, "", "", (), ""),
    (True, "Neither agree nor disagree", "Satisfied", (), ""),
    (True, "Agree", "Very satisfied", (0, 1, 2), "Thank you for the translation into Tigrinya"),
    (True, "Disagree", "Very dissatisfied", (2,), ""),
]


def redcap_labels() -> None:
    """REDCap "CSV (labels)" export of a survey instrument (the raw shape of
    OuhscBbmc/REDCapR ``inst/test-data/project-survey/survey-data.csv`` with its labels:
    ``Record ID``, ``Survey Identifier``, ``Survey Timestamp`` — ``[not completed]`` for a
    survey left unfinished —, the questions, a checkbox question one column per choice
    ``Question (choice=Option)`` answered ``Checked`` / ``Unchecked``, ``Complete?``
    (Complete / Incomplete)); every field quoted as REDCap writes them, LF."""
    att = "Which sessions did you attend?"
    header = ["Record ID", "Survey Identifier", "Survey Timestamp",
              "The forum was well organised.", "How satisfied were you with the venue?",
              *[f"{att} (choice={o})" for o in SESSIONS], "Any other comments?", "Complete?"]  # fmt: skip
    rows = [header]
    for k, (done, organised, venue, ticks, comment) in enumerate(REDCAP):
        stamp = f"2024-11-27 16:{10 + k}:41" if done else "[not completed]"
        marks = ["Checked" if t in ticks else "Unchecked" for t in range(3)]
        rows.append([str(k + 1), "", stamp, organised, venue, *marks, comment,
                     "Complete" if done else "Incomplete"])  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    (HERE / "synthetic_redcap_labels.csv").write_bytes(buffer.getvalue().encode("utf-8"))


#: per submission: organised and venue as the choices' XML names, a comment
ODK: list[tuple[str, str, str]] = [
    ("agree", "satisfied", "The interpretation was very good"),
    ("strongly_agree", "very_satisfied", ""),
    ("disagree", "dissatisfied", "The room was too cold in the afternoon"),
    ("agree", "satisfied", ""),
    ("neither_agree_nor_disagree", "satisfied", "More breaks between the sessions, please"),
    ("agree", "very_dissatisfied", ""),
    ("strongly_agree", "satisfied", ""),
]


def odk_central() -> None:
    """ODK Central CSV export (``<form>.csv`` of the Submissions zip), its columns as
    Central documents them (no real file was found in the index): ``SubmissionDate``, the
    form's ``start, end, today, deviceid``, the fields by XML name with their group joined
    by ``-`` (``eval-organised``), values as the choices' XML names, then ``meta-instanceID,
    KEY, SubmitterID, SubmitterName, AttachmentsPresent, AttachmentsExpected, Status,
    ReviewState, DeviceID, Edits, FormVersion``; LF. The submitter's name is invented."""
    header = ["SubmissionDate", "start", "end", "today", "deviceid", "eval-organised",
              "eval-venue", "eval-comments", "meta-instanceID", "KEY", "SubmitterID",
              "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
              "ReviewState", "DeviceID", "Edits", "FormVersion"]  # fmt: skip
    rows = [header]
    for k, (organised, venue, comment) in enumerate(ODK):
        uuid = f"uuid:0000{k:04d}-synthetic"
        rows.append(
            [f"2024-11-27T21:1{k}:05.000Z", f"2024-11-27T16:0{k}:00.000-05:00",
             f"2024-11-27T16:1{k}:00.000-05:00", "2024-11-27", f"collect:synthetic{k}",
             organised, venue, comment, uuid, uuid, "5", "Agent Kabeya Synthetic", "0", "0",
             "", "", f"collect:synthetic{k}", "0", "2024112701"]
        )  # fmt: skip
    write_csv("synthetic_odk_central.csv", rows, line_end="\n")


def surveymonkey_french() -> None:
    """SurveyMonkey CSV of a French survey, current layout: two header rows, ``ID du
    répondant, ID du collecteur, Date de début, Date de fin, Adresse IP, Adresse e-mail,
    Prénom, Nom, Données personnalisées 1`` (the contact columns empty), ``Réponse`` /
    ``Réponse ouverte`` below single columns, a checkbox question over its options and
    its "Autre (veuillez préciser)" box; CRLF. The 5th response is the 4th submitted
    twice (a new respondent ID, all else the same, time stamps to the second)."""
    att = "Quelles sessions avez-vous suivies ?"
    first = ["ID du répondant", "ID du collecteur", "Date de début", "Date de fin",
             "Adresse IP", "Adresse e-mail", "Prénom", "Nom", "Données personnalisées 1",
             "L'organisation du forum était bonne.", att, "", "", "Commentaires"]  # fmt: skip
    second = ["", "", "", "", "", "", "", "", "", "Réponse", "Plénière", "Atelier",
              "Autre (veuillez préciser)", "Réponse ouverte"]  # fmt: skip
    answers = [
        ("D'accord", "Plénière", "", "", "Merci beaucoup pour l'accueil chaleureux"),
        ("Tout à fait d'accord", "Plénière", "Atelier", "", ""),
        ("En désaccord", "", "Atelier", "Une visite du quartier", "L'atelier était trop court"),
        ("D'accord", "Plénière", "", "", ""),
    ]
    rows = [first, second]
    for k, (organised, plenary, workshop, other, comment) in enumerate([*answers, answers[3]]):
        when = min(k, 3)  # the 5th is the 4th again
        rows.append(
            [str(114000000 + 7 * k), "431234567", f"11/27/2024 4:0{when}:12 PM",
             f"11/27/2024 4:1{when}:48 PM", "", "", "", "", "", organised, plenary,
             workshop, other, comment]
        )  # fmt: skip
    write_csv("synthetic_surveymonkey_fr.csv", rows)


def main() -> None:
    surveymonkey_french()
    odk_central()
    redcap_labels()
    typeform_grouped()
    typeform_plain()
    surveymonkey_html_question()
    qualtrics_joined()
    qualtrics_2016_single_quotes()
    qualtrics_2016_repeated_question()
    limesurvey_code_text()
    limesurvey_french_multiselect()


if __name__ == "__main__":
    main()
