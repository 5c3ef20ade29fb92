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
KNOWLEDGE_ROW, STYLE_ROW = "Facilitator(s)' knowledge.", "Facilitator(s)' presentation style."
KNOWLEDGE = f"{KNOWLEDGE_ROW}:{GRID}"
STYLE = f"{STYLE_ROW}:{GRID}"
#: a grid whose rows end with a colon themselves ("…as::Rate …"), as in the real export
SKILLS = "Rate your knowledge or skills BEFORE and AFTER the session."
BEFORE_ROW = "Before the session, I would rate my knowledge or skills as:"
AFTER_ROW = "Now after the session, I would rate my knowledge or skills as:"
BEFORE, AFTER = f"{BEFORE_ROW}:{SKILLS}", f"{AFTER_ROW}:{SKILLS}"
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
#: before (quality5): Poor 3, Fair 4, Good 3, Very Good 2 (12 rated, 5 positive: good or
#: better); after: Fair 1, Good 5, Very Good 4, Excellent 2 (12 rated, 11 positive).
BEFORE_ANSWERS = [
    "Fair", "Poor", "Good", "Fair", "Very Good", "Poor",
    "Good", "Fair", "Poor", "Good", "Fair", "Very Good",
]  # fmt: skip
AFTER_ANSWERS = [
    "Good", "Very Good", "Good", "Fair", "Excellent", "Good",
    "Very Good", "Good", "Very Good", "Excellent", "Good", "Very Good",
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
        "IP Address", KNOWLEDGE, STYLE, OVERALL, BEFORE, AFTER, IMPROVE,
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
                KNOWLEDGE_ANSWERS[i], STYLE_ANSWERS[i], OVERALL_ANSWERS[i], BEFORE_ANSWERS[i],
                AFTER_ANSWERS[i], IMPROVE_ANSWERS[i],
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
#: TrainersClearAnswers, on the Carpentries' frequency scale *All of the time / Often /
#: Sometimes / Rarely / Never*: All of the time 5, Often 4, Sometimes 2, blank 1 (11
#: answered, 9 often or more).
CLEAR = ["All of the time", "Often", "All of the time", "Sometimes", "Often", "All of the time",
         "", "Often", "All of the time", "Sometimes", "Often", "All of the time"]  # fmt: skip
#: invented respondent codes: a digit and the first letters of two invented words
CODES = ["2kazu", "1lorv", "3mipe", "4nodu", "1pasq", "5rulo",
         "2sevi", "3tamo", "1ubre", "4vaxi", "2wene", "3yola"]  # fmt: skip


def training_knowledge() -> list[list[str]]:
    header = ["Date", "UniqueID", "KnowledgeFeedback", "KnowledgeNovice", "KnowledgeMemory", "Pace",
              "TrainersClearAnswers"]  # fmt: skip
    rows = [header]
    for i in range(12):
        rows.append(
            [f"9/{i + 1}/18 10:{i + 20:02d}", CODES[i], KNOWLEDGE_A[i], KNOWLEDGE_B[i],
             KNOWLEDGE_C[i], PACE[i], CLEAR[i]]
        )  # fmt: skip
    return rows


# ------------------------------------------------------------------ Google Forms, French

#: A French Google Forms export (``Horodateur``), as the real survey of a university's staff
#: on CSR (SB427/Questionnaire_RSE): a knowledge question whose lowest level begins "Je ne
#: connais pas …", an open question, and a last question inviting respondents to leave their
#: name and e-mail (answered by a few, sometimes with a sentence).
KNOWS = "Connaissez-vous la démarche de prévention du forum ?"
NOT_WELL, THEORY, WELL = (
    "Je ne connais pas bien",
    "Je connais en théorie mais je ne sais pas comment agir",
    "Je connais bien et je sais comment agir",
)
#: 12 respondents: Je ne connais pas bien 4, en théorie 5, bien 3.
KNOWS_ANSWERS = [NOT_WELL, THEORY, WELL, THEORY, NOT_WELL, THEORY,
                 WELL, NOT_WELL, THEORY, THEORY, WELL, NOT_WELL]  # fmt: skip
#: the same three labels in a grid ``Question [Row]``: nobody's counts but the order is unknown
THEMES = "Concernant ces thèmes, comment évaluez-vous votre connaissance ?"
TRAFFICKING = f"{THEMES} [La traite de personnes]"
REMEDIES = f"{THEMES} [Les recours juridiques]"
#: traite: Je ne connais pas bien 3, en théorie 4, bien 5.
TRAFFICKING_ANSWERS = [WELL, THEORY, NOT_WELL, WELL, THEORY, WELL,
                       NOT_WELL, THEORY, WELL, NOT_WELL, THEORY, WELL]  # fmt: skip
#: recours: Je ne connais pas bien 6, en théorie 4, bien 2.
REMEDIES_ANSWERS = [NOT_WELL, NOT_WELL, THEORY, NOT_WELL, WELL, THEORY,
                    NOT_WELL, THEORY, NOT_WELL, THEORY, NOT_WELL, WELL]  # fmt: skip
SUGGEST = "Avez-vous des suggestions pour le prochain forum ?"
#: 6 answers, 6 blanks; the words "les", "des" and "est" are in most of them.
SUGGEST_ANSWERS = [
    "Plus de temps pour les questions des participants", "",
    "Les ateliers étaient trop courts", "", "La salle est trop petite pour les panels",
    "", "Des pauses plus longues entre les sessions", "", "",
    "Inviter des intervenantes des régions", "Le repas est arrivé en retard", "",
]  # fmt: skip
#: A checkbox question whose options hold ", " themselves (Google Forms joins the ticked
#: options with ", " too), as on the real form.
TRAINING_WISH = "Aimeriez-vous être formé·e pour mieux agir ? Plusieurs réponses possibles"
UNDERSTAND = "Oui, j'aimerais mieux comprendre la démarche."
ACT = "Oui, j'aimerais savoir agir davantage."
ENOUGH = "Non, je connais suffisamment."
NOT_INTERESTED = "Non, cela ne m'intéresse pas."
#: ticked by the 12 respondents: UNDERSTAND 7, ACT 6, ENOUGH 2, NOT_INTERESTED 2 (rows 2, 5, 9,
#: 10 and 12 tick both "Oui" options; row 7 adds a write-in of its own).
TRAINING_WISH_ANSWERS = [
    UNDERSTAND, f"{UNDERSTAND}, {ACT}", ENOUGH, NOT_INTERESTED, f"{UNDERSTAND}, {ACT}",
    ENOUGH, f"{ACT}, Des fiches pratiques, par exemple.", UNDERSTAND, f"{UNDERSTAND}, {ACT}",
    f"{UNDERSTAND}, {ACT}", NOT_INTERESTED, f"{UNDERSTAND}, {ACT}",
]  # fmt: skip
#: A grid whose labels are numbers but for its two ends, written in words, as on the real form
#: ("Diriez-vous que ..." on *Non, pas du tout / 2 / 3 / 4 / Oui, tout à fait*).
SAY = "Diriez-vous que ..."
SAY_ROW_A, SAY_ROW_B = "Je me sens prêt·e à agir", "Le forum m'a donné des outils"
SAY_A, SAY_B = f"{SAY} [{SAY_ROW_A}]", f"{SAY} [{SAY_ROW_B}]"
NO_END, YES_END = "Non, pas du tout", "Oui, tout à fait"
#: row A: Non, pas du tout 2, 2: 1, 3: 3, 4: 4, Oui, tout à fait 2 (12 rated; 6 positive:
#: 4 or Oui, tout à fait).
SAY_A_ANSWERS = ["3", "4", NO_END, "4", YES_END, "2", "3", "4", NO_END, "3", YES_END, "4"]
#: row B: Non, pas du tout 1, 2: 2, 3: 2, 4: 2, Oui, tout à fait 4, blank 1 (11 rated; 6
#: positive).
SAY_B_ANSWERS = [YES_END, "2", "4", "", "3", YES_END, NO_END, "2", YES_END, "4", "3", YES_END]
#: the same scale for a question of its own (no grid): Non, pas du tout 2, 2: 2, 3: 3, 4: 3,
#: Oui, tout à fait 2 (12 rated, 5 positive); every answer given twice or more.
ALONE = "Le forum vous a-t-il donné envie d'agir ?"
ALONE_ANSWERS = ["3", "4", NO_END, "2", YES_END, "3", "4", "2", NO_END, "3", YES_END, "4"]
CONTACT = (
    "Si vous souhaitez sortir de l’anonymat, vous pouvez nous laisser votre nom, prénom et "
    "mail.\nMerci"
)
#: 4 answers, invented: two names, a name and an e-mail address, a sentence signed by a name;
#: the sentence holds "les", "est" and "des", as the real one did.
CONTACT_ANSWERS = [
    "", "Zoé Quintal", "", "", "Armand Belliveau armand.belliveau@example.org", "", "",
    "", "Les thèmes des ateliers est à revoir. Bon courage ! Odile", "", "Rémi Taillon", "",
]  # fmt: skip


def google_forms_fr_contact() -> list[list[str]]:
    rows = [["Horodateur", KNOWS, TRAFFICKING, REMEDIES, SUGGEST, TRAINING_WISH, SAY_A, SAY_B,
             ALONE, CONTACT]]  # fmt: skip
    for i in range(12):
        stamp = f"{i + 3:02d}/11/2024 14:{i + 10:02d}:{(13 * i) % 60:02d}"
        rows.append(
            [stamp, KNOWS_ANSWERS[i], TRAFFICKING_ANSWERS[i], REMEDIES_ANSWERS[i],
             SUGGEST_ANSWERS[i], TRAINING_WISH_ANSWERS[i], SAY_A_ANSWERS[i], SAY_B_ANSWERS[i],
             ALONE_ANSWERS[i], CONTACT_ANSWERS[i]]
        )  # fmt: skip
    return rows


# ------------------------------------------------------------------ R user group, R-saved

#: Google Forms answers re-saved by R's write.csv (a row-number column headed "", every field
#: quoted), as the real R user-group survey (EdinbR/edinbr-survey, survey_responses.csv): a
#: skill question whose lowest level names the subject, "No R knowledge", below "Beginner".
SKILL = "How would you describe your R expertise?"
#: No R knowledge 2, Beginner 3, Intermediate 6, Expert 1 (12 answered; 1 expert: "advanced
#: or more").
SKILL_ANSWERS = ["Intermediate", "Beginner", "No R knowledge", "Intermediate", "Expert",
                 "Intermediate", "Beginner", "Intermediate", "No R knowledge", "Intermediate",
                 "Beginner", "Intermediate"]  # fmt: skip
#: Yes 5, Maybe 4, No 3.
HACK = "Would you come to a hack night?"
HACK_ANSWERS = ["Yes", "Maybe", "No", "Yes", "Maybe", "Yes", "No", "Maybe", "Yes", "No",
                "Maybe", "Yes"]  # fmt: skip


def r_user_group() -> list[list[str]]:
    rows = [["", "ans.time", SKILL, HACK]]
    for i in range(12):
        stamp = f"{i + 10:02d}/02/2015 13:{i + 5:02d}:{(17 * i) % 60:02d}"
        rows.append([str(i + 1), stamp, SKILL_ANSWERS[i], HACK_ANSWERS[i]])
    return rows


# ------------------------------------------------------------------ pre/post joined by R

#: Pre- and post-workshop answers joined by R and saved with readr::write_csv, every missing
#: value written NA, as the real UCSB Library Carpentry file (josenino95/wkshp-survey-analysis,
#: data-joined/all_workshops.csv): 10 learners, the last 4 with no post-workshop answers.
R_KEYS = ["23kabo", "41tefi", "07mupa", "52rolu", "18sine", "36dava", "29pelo", "44mari",
          "15tucu", "60bago"]  # fmt: skip
#: agree_apply.post: Strongly Agree 3, Somewhat Agree 2, Neither Agree nor Disagree 1, NA 4
#: (6 answered, 5 agreeing; the 4 NA are learners who did not answer the post survey).
APPLY = ["Strongly Agree", "Somewhat Agree", "Strongly Agree", "Neither Agree nor Disagree",
         "Somewhat Agree", "Strongly Agree", "NA", "NA", "NA", "NA"]  # fmt: skip
#: workshop_strengths.post: 4 comments, 6 NA.
STRENGTHS = ["Clear explanations of each command", "NA", "Helpers answered quickly in the chat",
             "Good example data sets, easy to follow", "NA", "The live coding at a slow pace",
             "NA", "NA", "NA", "NA"]  # fmt: skip
#: recommend_score.post: 10, 9, 8, 7, 9, 10 and 4 NA (6 answered, 4 promoters).
SCORE = ["10", "9", "8", "7", "9", "10", "NA", "NA", "NA", "NA"]


def r_joined_na() -> list[list[str]]:
    rows = [["join_key", "agree_apply.post", "workshop_strengths.post", "recommend_score.post",
             "workshop"]]  # fmt: skip
    for i in range(10):
        rows.append([R_KEYS[i], APPLY[i], STRENGTHS[i], SCORE[i], "2024-05-02-synthetic-git"])
    return rows


# ------------------------------------------------------------------ French tools survey

#: A French survey of a ministry's staff on their tools (real: Rob192/verbatim, sondage.csv):
#: semicolons, headers "11. Messagerie du ministere" …, answers written without accents,
#: *Tres utile / Utile / Pas utile* and two answers for a tool not used or not known,
#: *Non utilise* and *Inconnu*. Here one column writes them with accents.
TOOLS = ["11. Messagerie du ministere", "12. Visio-conference du ministere",
         "13. Outils collaboratifs du ministere"]  # fmt: skip
#: messagerie: Tres utile 6, Utile 3, Pas utile 1, Non utilise 1, Inconnu 1 (10 rated, 9
#: positive, 2 not applicable).
MAIL = ["Tres utile", "Utile", "Tres utile", "Non utilise", "Tres utile", "Pas utile",
        "Tres utile", "Utile", "Inconnu", "Tres utile", "Utile", "Tres utile"]  # fmt: skip
#: visio: Non utilise 5, Inconnu 3, Utile 2, Pas utile 1, Tres utile 1 (4 rated, 3 positive,
#: 8 not applicable: most did not use it).
VISIO = ["Non utilise", "Inconnu", "Utile", "Non utilise", "Pas utile", "Non utilise",
         "Inconnu", "Tres utile", "Non utilise", "Utile", "Inconnu", "Non utilise"]  # fmt: skip
#: outils, with accents: Très utile 3, Utile 3, Pas utile 2, Non utilisé 2, Inconnue 1, blank 1
#: (8 rated, 6 positive, 3 not applicable).
TOOLS_ACCENTS = ["Très utile", "Non utilisé", "Utile", "Pas utile", "Très utile", "Inconnue",
                 "Utile", "", "Non utilisé", "Pas utile", "Très utile", "Utile"]  # fmt: skip


def fr_tools() -> list[list[str]]:
    rows = [TOOLS]
    for i in range(12):
        rows.append([MAIL[i], VISIO[i], TOOLS_ACCENTS[i]])
    return rows


def render_semicolons(rows: list[list[str]], line_end: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator=line_end).writerows(rows)
    return buffer.getvalue().encode("utf-8")


# ------------------------------------------------------------------ conference, Google Forms

#: A conference evaluation downloaded from Google Forms (real: zzzbitz/prepbench,
#: data/case_040/inputs/input_01.csv, the "Sudzilla" survey): the scale stated in the header
#: with a dash and no spaces, "On a scale of 0-10, …", an open "...why?" after it.
RATE_FORUM = "On a scale of 0-10, how would you rate the forum?"
WHY = "...why?"
RATE_VENUE = "Rate the venue on a 1-5 scale"
#: forum: 10: 3, 9: 2, 8: 3, 7: 2, 5: 1, 3: 1 (12 answered, 5 of them 9 or 10).
FORUM_SCORES = ["8", "10", "7", "9", "3", "10", "8", "5", "9", "7", "10", "8"]
#: 7 answers, 5 blanks.
WHY_ANSWERS = ["The panels were good and well chosen", "", "The day was far too long for me",
               "Great speakers all day long", "", "Loved the workshops in the afternoon", "",
               "The room was too small for everyone", "", "Useful contacts for our work", "",
               "Well organised from start to end"]  # fmt: skip
#: venue: 5: 4, 4: 4, 3: 2, 2: 1, blank 1 (11 answered, 8 of them 4 or 5).
VENUE_SCORES = ["4", "5", "3", "4", "2", "5", "", "4", "5", "3", "4", "5"]


def google_forms_conference() -> list[list[str]]:
    rows = [["Timestamp", RATE_FORUM, WHY, RATE_VENUE]]
    for i in range(12):
        stamp = f"11/{i + 1}/2024 9:{i + 10:02d}:{(7 * i) % 60:02d}"
        rows.append([stamp, FORUM_SCORES[i], WHY_ANSWERS[i], VENUE_SCORES[i]])
    return rows


# ------------------------------------------------------------------ writing

FILES = {
    # SurveyGizmo exports end lines with CRLF, as the real file
    "synthetic_surveygizmo_average5.csv": (surveygizmo_average5, "\r\n"),
    "synthetic_training_knowledge.csv": (training_knowledge, "\n"),
    # Google Forms downloads end records with CRLF (line breaks inside a cell are LF)
    "synthetic_google_forms_fr_contact.csv": (google_forms_fr_contact, "\r\n"),
    # R's write.csv: LF, every field quoted
    "synthetic_r_user_group.csv": (r_user_group, "\n"),
    # readr::write_csv: LF, quotes only where needed, NA for every missing value
    "synthetic_r_joined_na.csv": (r_joined_na, "\n"),
    # semicolons, LF (the real file)
    "synthetic_fr_tools_usefulness.csv": (fr_tools, "\n"),
    "synthetic_google_forms_conference.csv": (google_forms_conference, "\r\n"),
}
#: files whose fields are separated by semicolons
SEMICOLONS = frozenset({"synthetic_fr_tools_usefulness.csv"})


#: files whose every field is quoted (R's write.csv)
QUOTE_ALL = frozenset({"synthetic_r_user_group.csv"})


def render(rows: list[list[str]], line_end: str, *, quote_all: bool = False) -> bytes:
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(buffer, lineterminator=line_end, quoting=quoting).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for name, (make, line_end) in FILES.items():
        path = folder / name
        if name in SEMICOLONS:
            path.write_bytes(render_semicolons(make(), line_end))
        else:
            path.write_bytes(render(make(), line_end, quote_all=name in QUOTE_ALL))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
