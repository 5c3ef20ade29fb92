"""What forum-eval must print for the SYNTHETIC fixtures of tests/data/real_shapes/ (issue 13,
"Honest on real exports"), written out by hand from the answer lists of
tests/data/real_shapes/build_real_shapes.py and from issue 13's rules.

The numbers below are restated here on purpose; tests/test_real_shapes.py counts every one
of them again from the files with Python's csv module (``test_fixture_holds_the_counts_written
_here``), so the files, this sheet and the tool are three separate witnesses.

What the issue's rules mean for these files:

- A rating column's levels are the labels its respondents chose, folded for case, accents
  and inclusive writing only (``·e .e (e) -e /e``), ordered negative → positive; every label
  of every rating column here is chosen by at least one respondent, so the levels the form
  showed are exactly the distinct labels in the export (no level is left to guess).
- Positive = the labels on the positive pole; with a neutral middle, those above it; a
  modifier keeps a label on its stem's side ("plutôt X", "somewhat X", "fairly X" are on X's
  side). Frequency and quantity have no good/bad pole: "% often or more" (Fairly often, Very
  often, Always) and "% all or most". Expertise: "advanced or more" (README "Scales"): the
  level the 2019 report's "45 % … in-depth knowledge" counts (Connaissance approfondie) and
  every level above it.
  Yes/no: yes.
- "Not applicable" answers (I don't know …) are counted apart; blanks apart; a cell that is
  not one label (two labels joined by ", ", an "Other" write-in) is invalid.
- Respondents: the rows that answered any question, recognised or not, after the platform's
  own exclusions (Qualtrics previews and unfinished responses, LimeSurvey responses with an
  empty "Date submitted").
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ------------------------------------------------------------------------------ fixtures


@dataclass(frozen=True)
class Fixture:
    """One file and how a person reads it with the csv module."""

    file: str
    #: google-forms: one header row; qualtrics: names, texts, ImportId (texts are the
    #: headers); limesurvey: one header row, 6 meta columns; surveymonkey: two header rows,
    #: 9 meta columns, grid questions only above their first column
    platform: str
    #: issue 13 case(s) the file reproduces
    case: str
    #: rows typed above the header (not part of the export)
    stray_rows: int
    #: rows that count, and rows not counted by reason (the platform's rules)
    respondents: int
    excluded: dict[str, int] = field(default_factory=dict)


FIXTURES = {
    f.file: f
    for f in (
        Fixture(
            "synthetic_qualtrics_satisfaction4.csv",
            "qualtrics",
            "1 (distinct answers merged), 8 (grid Question - Row)",
            0,
            36,
            {"preview": 1, "incomplete": 1},
        ),
        Fixture(
            "synthetic_limesurvey_frequency6.csv",
            "limesurvey",
            "1 (6-level frequency merged), 8 (grid Question [Row]), I don't know",
            0,
            379,
            {"incomplete": 21},
        ),
        Fixture(
            "synthetic_google_forms_fr.csv",
            "google-forms",
            "2 (the same word read two ways), 3 (French variants), 4 (agréable)",
            0,
            48,
        ),
        Fixture(
            "synthetic_google_forms_en.csv",
            "google-forms",
            "4 (unknown but obvious scales), 5 (validate's suggestions)",
            0,
            32,
            {"empty": 1},
        ),
        Fixture(
            "synthetic_dropped_columns.csv", "google-forms", "6 (dropped without a word)", 0, 15
        ),
        Fixture("synthetic_stray_row_above_header.csv", "google-forms", "7 (stray row)", 1, 20),
        Fixture("synthetic_surveymonkey_grid.csv", "surveymonkey", "8 (grid labels)", 0, 25),
        Fixture(
            "synthetic_multiselect_other.csv",
            "google-forms",
            "multi-select cells and Other write-ins in a scale column",
            0,
            28,
        ),
    )
}

# ------------------------------------------------------------------------ rating columns


@dataclass(frozen=True)
class Rating:
    """A rating column and what the summary must say of it."""

    file: str
    #: the column's header as a person reads it in the file (Qualtrics: the question-text
    #: row; SurveyMonkey: "Question [Row]" built from the two header rows)
    column: str
    #: the item's question as the tool should show it (platform numbering dropped), and the
    #: grid row when the column is one row of a grid
    question: str
    row: str | None
    #: the labels the form showed, negative → positive, and how many chose each
    labels: tuple[str, ...]
    counts: tuple[int, ...]
    #: labels counted positive (None: the issue states no rule for this column)
    positive: tuple[str, ...] | None
    not_applicable: dict[str, int] = field(default_factory=dict)
    n_blank: int = 0
    n_invalid: int = 0
    #: what fails today, per test ("counts", "figure", "labels"): the xfail reasons
    today: dict[str, str] = field(default_factory=dict)

    @property
    def n_valid(self) -> int:
        return sum(self.counts)

    @property
    def n_positive(self) -> int | None:
        if self.positive is None:
            return None
        return sum(
            n for label, n in zip(self.labels, self.counts, strict=True) if label in self.positive
        )

    @property
    def id(self) -> str:
        name = self.file.removeprefix("synthetic_").removesuffix(".csv")
        return f"{name}:{self.row or self.question}"[:90]


QUALTRICS = "synthetic_qualtrics_satisfaction4.csv"
LIME = "synthetic_limesurvey_frequency6.csv"
FRENCH = "synthetic_google_forms_fr.csv"
ENGLISH = "synthetic_google_forms_en.csv"
DROPPED = "synthetic_dropped_columns.csv"
STRAY = "synthetic_stray_row_above_header.csv"
MONKEY = "synthetic_surveymonkey_grid.csv"
MULTI = "synthetic_multiselect_other.csv"

SAT4 = ("Not satisfied", "Somewhat satisfied", "Satisfied", "Very satisfied")
SAT4_POSITIVE = ("Somewhat satisfied", "Satisfied", "Very satisfied")
SAT5 = (
    "Very dissatisfied",
    "Dissatisfied",
    "Neither satisfied nor dissatisfied",
    "Satisfied",
    "Very satisfied",
)
AGREE5 = ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")
MERGED_SATISFACTION = (
    "issue 13: the 4-level Qualtrics scale is read as satisfaction5: Somewhat satisfied is "
    "merged into Satisfied (satisfied: 22 = 17 + 5)"
)


QUALTRICS_GRID = "How satisfied were you with each of the following?"
LIME_GRID = "To what extent do you agree or disagree with each of the following statements?"
LIME_GRID_HEADER = "2 - " + LIME_GRID
MONKEY_GRID = "How satisfied were you with the following parts of the forum?"

RATINGS: tuple[Rating, ...] = (
    # ---- 1. Qualtrics: 4 levels, no neutral (build: 9 VS, 17 S, 5 SS, 3 NS, 2 blanks)
    Rating(
        QUALTRICS,
        "Overall, how satisfied were you with the forum?",
        "Overall, how satisfied were you with the forum?",
        None,
        SAT4,
        (3, 5, 17, 9),
        SAT4_POSITIVE,  # 31 of 34
        n_blank=2,
    ),
    Rating(
        QUALTRICS,
        f"{QUALTRICS_GRID} - Venue",
        QUALTRICS_GRID,
        "Venue",
        SAT4,
        (2, 6, 14, 12),
        SAT4_POSITIVE,  # 32 of 34
        n_blank=2,
    ),
    Rating(
        QUALTRICS,
        f"{QUALTRICS_GRID} - Meals",
        QUALTRICS_GRID,
        "Meals",
        SAT4,
        (7, 9, 13, 6),
        SAT4_POSITIVE,  # 28 of 35
        n_blank=1,
    ),
    Rating(
        QUALTRICS,
        f"{QUALTRICS_GRID} - Interpretation",
        QUALTRICS_GRID,
        "Interpretation",
        SAT4,
        (3, 4, 11, 10),
        SAT4_POSITIVE,  # 25 of 28
        n_blank=8,
    ),
    # ---- 1. LimeSurvey: 6-level frequency (the counts of the issue) and an agreement grid
    Rating(
        LIME,
        "1 - In the past year, how often did you use the council's referral guide in your work?",
        "In the past year, how often did you use the council's referral guide in your work?",
        None,
        ("Never", "Almost never", "Sometimes", "Fairly often", "Very often", "Always"),
        (48, 50, 81, 52, 63, 78),
        ("Fairly often", "Very often", "Always"),  # % often or more: 193 of 372
        not_applicable={"I don't know": 2},
        n_blank=5,
    ),
    Rating(
        LIME,
        f"{LIME_GRID_HEADER} [The sessions started on time]",
        LIME_GRID,
        "The sessions started on time",
        AGREE5,
        (25, 63, 88, 152, 41),
        ("Agree", "Strongly agree"),  # 193 of 369
        not_applicable={"I don't know": 10},
    ),
    Rating(
        LIME,
        f"{LIME_GRID_HEADER} [The speakers were well prepared]",
        LIME_GRID,
        "The speakers were well prepared",
        AGREE5,
        (13, 30, 61, 170, 97),
        ("Agree", "Strongly agree"),  # 267 of 371
        not_applicable={"I don't know": 8},
    ),
    Rating(
        LIME,
        f"{LIME_GRID_HEADER} [The workshops were relevant to my work]",
        LIME_GRID,
        "The workshops were relevant to my work",
        AGREE5,
        (28, 47, 84, 131, 60),
        ("Agree", "Strongly agree"),  # 191 of 350
        not_applicable={"I don't know": 29},
    ),
    # ---- 2, 3, 4. Google Forms in French
    Rating(
        FRENCH,
        "Les ateliers m'ont donné des outils concrets.",
        "Les ateliers m'ont donné des outils concrets.",
        None,
        ("Pas du tout d'accord", "Plutôt pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"),
        (2, 5, 19, 21),
        ("Plutôt d'accord", "Tout à fait d'accord"),  # 40 of 47
        n_blank=1,
    ),
    Rating(
        FRENCH,
        "Êtes-vous satisfait·e de l'accueil sur place ?",
        "Êtes-vous satisfait·e de l'accueil sur place ?",
        None,
        # each label written with the five inclusive endings mixed (build: ·e .e (e) -e /e)
        ("Très insatisfait·e", "Plutôt insatisfait·e", "Plutôt satisfait·e", "Très satisfait·e"),
        (2, 6, 18, 20),
        ("Plutôt satisfait·e", "Très satisfait·e"),  # 38 of 46
        n_blank=2,
    ),
    Rating(
        FRENCH,
        "Trouvez-vous intéressant de poursuivre ces rencontres chaque année ?",
        "Trouvez-vous intéressant de poursuivre ces rencontres chaque année ?",
        None,
        ("Pas du tout intéressant", "Peu intéressant", "Plutôt intéressant", "Très intéressant"),
        (2, 5, 15, 25),
        ("Plutôt intéressant", "Très intéressant"),  # 40 of 47
        n_blank=1,
    ),
    Rating(
        FRENCH,
        "À quel point vous sentez-vous confiant·e pour repérer une situation de traite ?",
        "À quel point vous sentez-vous confiant·e pour repérer une situation de traite ?",
        None,
        ("Peu confiant.e", "Ni confiant.e ni sceptique", "Plutôt confiant.e", "Très confiant.e"),
        (1, 6, 20, 19),
        ("Plutôt confiant.e", "Très confiant.e"),  # 39 of 46 = 85 %
        n_blank=2,
    ),
    Rating(
        FRENCH,
        "Êtes-vous confiant·e que les recommandations du forum seront mises en œuvre ?",
        "Êtes-vous confiant·e que les recommandations du forum seront mises en œuvre ?",
        None,
        (
            "Très sceptique",
            "Plutôt sceptique",
            "Ni confiant·e ni sceptique",
            "Plutôt confiant·e",
            "Très confiant·e",
        ),
        (4, 10, 12, 14, 6),
        ("Plutôt confiant·e", "Très confiant·e"),  # 20 of 46
        n_blank=2,
    ),
    Rating(
        FRENCH,
        "Comment évaluez-vous vos connaissances sur la traite des personnes ?",
        "Comment évaluez-vous vos connaissances sur la traite des personnes ?",
        None,
        ("Débutant·e", "Intermédiaire", "Approfondie"),  # Débutant with the five endings
        (12, 18, 16),
        ("Approfondie",),  # advanced or more (in-depth): 16 of 46
        n_blank=2,
    ),
    Rating(
        FRENCH,
        "Votre niveau d'expertise en droit de l'immigration et des personnes réfugiées",
        "Votre niveau d'expertise en droit de l'immigration et des personnes réfugiées",
        None,
        ("Débutant·e", "Intermédiaire", "Avancé·e", "Expert·e"),  # Avancé·e and Avancé(e)
        (10, 15, 13, 6),
        ("Avancé·e", "Expert·e"),  # advanced or more: 13 + 6 = 19 of 44
        n_blank=4,
    ),
    Rating(
        FRENCH,
        "Comment avez-vous trouvé l'ambiance du forum ?",
        "Comment avez-vous trouvé l'ambiance du forum ?",
        None,
        ("Plutôt désagréable", "Indifférent", "Plutôt agréable", "Très agréable"),
        (3, 5, 17, 22),
        ("Plutôt agréable", "Très agréable"),  # 39 of 47
        n_blank=1,
    ),
    # ---- 4. Google Forms in English
    Rating(
        ENGLISH,
        "The venue was easy to reach.",
        "The venue was easy to reach.",
        None,
        AGREE5,
        (1, 2, 5, 14, 10),
        ("Agree", "Strongly agree"),  # 24 of 32
    ),
    Rating(
        ENGLISH,
        "How well did the forum meet your expectations?",
        "How well did the forum meet your expectations?",
        None,
        ("Fairly poorly", "Neither well nor poorly", "Fairly well", "Extremely well"),
        (1, 3, 11, 15),
        ("Fairly well", "Extremely well"),  # 26 of 30 = 87 %
        n_blank=2,
    ),
    Rating(
        ENGLISH,
        "How much of the information you needed did you receive before the forum?",
        "How much of the information you needed did you receive before the forum?",
        None,
        (
            "None of the information",
            "A little of the information",
            "Some of the information",
            "Most of the information",
            "All of the information",
        ),
        (1, 2, 6, 13, 9),
        ("Most of the information", "All of the information"),  # % all or most: 22 of 31
        n_blank=1,
    ),
    # ---- 6. dropped without a word: the one recognised item (rows 9–15 left it blank)
    Rating(
        DROPPED,
        "The sessions started and ended on time.",
        "The sessions started and ended on time.",
        None,
        AGREE5,
        (1, 1, 1, 2, 3),
        ("Agree", "Strongly agree"),  # 5 of 8
        n_blank=7,
    ),
    # ---- 7. stray row above a Google Forms header
    Rating(
        STRAY,
        "The sessions started and ended on time.",
        "The sessions started and ended on time.",
        None,
        AGREE5,
        (1, 1, 2, 8, 8),
        ("Agree", "Strongly agree"),  # 16 of 20
    ),
    Rating(
        STRAY,
        "I could follow the discussions in my language.",
        "I could follow the discussions in my language.",
        None,
        AGREE5,
        (1, 3, 3, 7, 5),
        ("Agree", "Strongly agree"),  # 12 of 19
        n_blank=1,
    ),
    Rating(
        STRAY,
        "Would you come to the next forum?",
        "Would you come to the next forum?",
        None,
        ("No", "Yes"),
        (4, 16),
        ("Yes",),
    ),
    Rating(
        STRAY,
        "How satisfied were you with the venue?",
        "How satisfied were you with the venue?",
        None,
        SAT5,
        (1, 2, 3, 8, 6),
        ("Satisfied", "Very satisfied"),  # 14 of 20
    ),
    # ---- 8. SurveyMonkey: two header rows, the grid question only above its first column
    Rating(
        MONKEY,
        f"{MONKEY_GRID} [Venue]",
        MONKEY_GRID,
        "Venue",
        SAT5,
        (1, 3, 4, 10, 7),
        ("Satisfied", "Very satisfied"),  # 17 of 25
    ),
    Rating(
        MONKEY,
        f"{MONKEY_GRID} [Meals]",
        MONKEY_GRID,
        "Meals",
        SAT5,
        (2, 5, 6, 9, 3),
        ("Satisfied", "Very satisfied"),  # 12 of 25
    ),
    Rating(
        MONKEY,
        f"{MONKEY_GRID} [Interpretation]",
        MONKEY_GRID,
        "Interpretation",
        SAT5,
        (1, 1, 2, 7, 9),
        ("Satisfied", "Very satisfied"),  # 16 of 20
        n_blank=5,
    ),
    Rating(
        MONKEY,
        "Overall, the forum was a good use of my time.",
        "Overall, the forum was a good use of my time.",
        None,
        AGREE5,
        (1, 2, 3, 11, 8),
        ("Agree", "Strongly agree"),  # 19 of 25
    ),
    Rating(
        MONKEY,
        "Did you attend both days?",
        "Did you attend both days?",
        None,
        ("No", "Yes"),
        (7, 18),
        ("Yes",),
    ),
    # ---- multi-select cells and "Other" write-ins in single-choice scale columns
    Rating(
        MULTI,
        "Comment avez-vous trouvé l'ambiance du forum ?",
        "Comment avez-vous trouvé l'ambiance du forum ?",
        None,
        ("Plutôt désagréable", "Indifférent", "Plutôt agréable", "Très agréable"),
        (2, 3, 8, 10),
        ("Plutôt agréable", "Très agréable"),  # 18 of 23
        n_blank=1,
        # "Très agréable, Plutôt agréable" × 2, "Plutôt agréable, Indifférent", a write-in
        n_invalid=4,
    ),
    Rating(
        MULTI,
        "Les échanges entre participant·e·s étaient constructifs.",
        "Les échanges entre participant·e·s étaient constructifs.",
        None,
        (
            "Fortement en désaccord",
            "En désaccord",
            "Ni en accord ni en désaccord",
            "D'accord",
            "Tout à fait d'accord",
        ),
        (1, 2, 3, 9, 11),
        ("D'accord", "Tout à fait d'accord"),  # 20 of 26
        n_invalid=2,  # "D'accord, Tout à fait d'accord" and a write-in
    ),
)

# --------------------------------------------------------------------- other expectations

#: open questions: file → (header, comments written), counted from the build script
COMMENTS: dict[str, tuple[str, int]] = {
    QUALTRICS: ("Is there anything else you would like to tell us about the forum?", 7),
    LIME: ("3 - Do you have any comments on the forum?", 12),
    FRENCH: ("Avez-vous des suggestions pour le prochain forum ?", 9),
    ENGLISH: ("Any other comments about the forum?", 6),
    DROPPED: ("Any other comments about the forum?", 2),
    STRAY: ("What should we change next year?", 4),
    MONKEY: ("What was the most useful part of the forum?", 4),
}

#: nominal questions of synthetic_google_forms_en.csv: no order, no positive answer, so no
#: scale suggestion (issue 13 case 5); not dropped silently either
NOMINAL = ("Gender", "Age", "Which day did you attend?", "Which character shot first?")

#: columns whose meaning needs a declaration: synthetic_google_forms_en.csv's 0–10 rating
#: (the header does not state the scale; nobody answered 10): the suggestion must list the
#: whole range 0…10, and pasted it gives 9–10 = 8 of 31 (build: 0:1 3:1 4:1 5:2 6:3 7:6
#: 8:9 9:8, 1 blank)
RATING_0_10 = ("How would you rate the forum overall?", tuple(str(n) for n in range(11)), 31, 8)

#: synthetic_google_forms_en.csv's grid of 29 rows answered 1–5 (header states no scale):
#: one declaration for the whole grid; positive 4–5 (counted by the test from the file)
GRID_29 = ("How useful was each session to your work?", tuple(f"Session {k}" for k in range(1, 30)))

#: synthetic_dropped_columns.csv: four rating columns on invented labels nobody can order
INVENTED = ("Morning plenary", "Afternoon workshop", "Networking lunch", "Closing panel")
