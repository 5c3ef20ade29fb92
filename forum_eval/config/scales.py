"""Answer scales: ordered categories, their FR/EN labels and the spellings that mean them.

Categories are listed from the most negative to the most positive. Matching folds case,
accents, apostrophes, punctuation and French inclusive endings (see
:func:`forum_eval.config.labels.label_key`) and is always a whole-label match, never a
substring.

Which scale reads a column found by its answers is :func:`choose_scale`'s choice: a built-in
scale only when it keeps every distinct label on a level of its own, the label model
(:mod:`forum_eval.config.labels`) agrees with its order and its positive labels, and it adds
no level to labels that form a complete scale of their own; otherwise a scale made of the
column's own labels, ordered by the model; otherwise none (a declaration is needed, and
:func:`declaration_suggestions` writes it).

Numbers are read on the scale their header states (:func:`header_scale`); when the header
names its ends, the label model says which end is positive (reversed scales count the low
numbers), and ends it cannot order are not guessed (:func:`unordered_header_scale`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from forum_eval.config.labels import STEMS, Reading, Unread, label_key, read_label, read_labels
from forum_eval.config.labels import strip_inclusive as _strip_inclusive
from forum_eval.errors import ConfigError, UsageError
from forum_eval.textnorm import fold, slug, strip_accents

#: Kinds of item. What counts as positive is the scale's (``Scale.positive``), stated in the
#: README ("Scales: what counts as positive").
KINDS = (
    "agreement",
    "yesno",
    "expertise",
    "choice",
    "comment",
    "group",
    "multiselect",
    "satisfaction",
    "favourability",
    "quality",
    "usefulness",
    "interest",
    "confidence",
    "ease",
    "frequency",
    "likelihood",
    "pleasantness",
    "importance",
    "comfort",
    "expectations",
    "quantity",
    "rating",
    "nps",
    "declared",
)
#: ``group``: a self-identification question (youth, 2SLGBTQI+, migrant, lived experience …)
#: with declared options like ``choice``; never summarised on its own, only usable with
#: ``--by`` where small groups are suppressed (see forum_eval/privacy.py).
#: ``multiselect``: a checkbox question with declared options like ``choice``, whose ticked
#: options are joined in one cell (Google Forms ", "); read as a multi-select question.

#: Whole answers that mean "not applicable" / "don't know", besides those
#: :data:`_NOT_APPLICABLE_PATTERN` finds ("N/A", "Not applicable", "Don't know", "Sans objet",
#: "Prefer not to say" …): counted apart from blanks and never part of a percentage.
NOT_APPLICABLE = frozenset(
    fold(s)
    for s in (
        "Does not apply",
        "Doesn't apply",
        "S.O.",
        "SO",
        "Ne sais pas",
        "NSP",
        "Préfère ne pas répondre",
        "Je préfère ne pas répondre",
    )
)


@dataclass(frozen=True)
class Category:
    id: str
    en: str
    fr: str
    aliases: tuple[str, ...] = ()
    code: int | None = None

    def label(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Scale:
    """An ordered answer scale. ``positive`` holds the ids counted as a positive answer.

    ``pole``: the scale has a good and a bad end (agreement, satisfaction …); a scale without
    one (frequency, quantity, expertise) names what its share counts in ``share``, (EN, FR),
    e.g. ``("often or more", "souvent ou plus")``.
    """

    id: str
    kind: str
    categories: tuple[Category, ...]
    positive: frozenset[str]
    neutral: str | None = None
    #: folded labels that mean "not applicable" on this scale only (declared scales)
    not_applicable: frozenset[str] = frozenset()
    share: tuple[str, str] | None = None
    _lookup: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    _codes: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        lookup: dict[str, int] = {}
        codes: dict[str, int] = {}
        for index, cat in enumerate(self.categories):
            for spelling in (cat.en, cat.fr, cat.id, *cat.aliases):
                lookup.setdefault(label_key(spelling), index)
            if cat.code is not None:
                codes[str(cat.code)] = index
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_codes", codes)

    @property
    def pole(self) -> bool:
        return self.share is None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def labels(self, lang: str) -> tuple[str, ...]:
        return tuple(c.label(lang) for c in self.categories)

    def index_of(self, value: str, *, numeric: bool = False) -> int | None:
        """Position of ``value`` on the scale, or None when it is not a label of this scale."""
        key = label_key(value)
        if numeric and key in self._codes:
            return self._codes[key]
        return self._lookup.get(key)

    def positive_mask(self) -> tuple[bool, ...]:
        return tuple(c.id in self.positive for c in self.categories)

    def positive_labels(self, lang: str) -> tuple[str, ...]:
        """The labels of the positive categories, negative → positive order."""
        return tuple(c.label(lang) for c in self.categories if c.id in self.positive)

    def share_name(self, lang: str) -> str:
        """What the share counts on a scale without a pole ("often or more"); "" with one."""
        if self.share is None:
            return ""
        return self.share[1] if lang == "fr" else self.share[0]


def _cat(id: str, en: str, fr: str, *aliases: str) -> Category:
    return Category(id, en, fr, aliases)


def _numbered(*categories: Category) -> tuple[Category, ...]:
    """The categories coded 1, 2, 3 … in order (answers written as codes: ``numeric_codes``)."""
    return tuple(replace(cat, code=code) for code, cat in enumerate(categories, 1))


def _inclusive(*stems: str) -> tuple[str, ...]:
    """French spellings of adjectives: ``satisfait`` → satisfait, satisfaite (the inclusive
    ones, satisfait·e, satisfait.e, satisfait(e) …, are the same label: see ``label_key``)."""
    return tuple(spelling for stem in stems for spelling in (stem, f"{stem}e"))


AGREEMENT5 = Scale(
    "agreement5",
    "agreement",
    _numbered(
        _cat(
            "strongly_disagree",
            "Strongly disagree",
            "Fortement en désaccord",
            "Tout à fait en désaccord",
            "Totalement en désaccord",
            "Complètement en désaccord",
            "Pas du tout d'accord",
            "Fortement pas d'accord",
        ),
        _cat(
            "disagree",
            "Disagree",
            "En désaccord",
            "Pas d'accord",
            "Plutôt en désaccord",
            "Plutôt pas d'accord",
            "Somewhat disagree",
        ),
        _cat(
            "neutral",
            "Neither agree nor disagree",
            "Ni en accord ni en désaccord",
            "Ni d'accord ni en désaccord",
            "Ni d'accord ni pas d'accord",
            "Neutre",
            "Neutral",
            "Undecided",
            *_inclusive("Indécis"),
        ),
        _cat(
            "agree",
            "Agree",
            "D'accord",
            "Plutôt d'accord",
            "Somewhat agree",
            "En accord",
        ),
        _cat(
            "strongly_agree",
            "Strongly agree",
            "Fortement d'accord",
            "Tout à fait d'accord",
            "Totalement d'accord",
            "Entièrement d'accord",
            "Complètement d'accord",
            "Très d'accord",
        ),
    ),
    positive=frozenset({"agree", "strongly_agree"}),
    neutral="neutral",
)

AGREEMENT4 = Scale(
    "agreement4",
    "agreement",
    _numbered(*(cat for cat in AGREEMENT5.categories if cat.id != "neutral")),
    positive=frozenset({"agree", "strongly_agree"}),
)

YESNO = Scale(
    "yesno",
    "yesno",
    (
        _cat("no", "No", "Non", "Nope", "Pas du tout"),
        _cat("yes", "Yes", "Oui", "Yes, definitely", "Oui, certainement"),
    ),
    positive=frozenset({"yes"}),
)

EXPERTISE3 = Scale(
    "expertise3",
    "expertise",
    _numbered(
        _cat(
            "basic",
            "Basic knowledge",
            "Connaissance de base",
            "Limited knowledge",
            "Connaissance limitée",
            "Beginner",
            *_inclusive("Débutant"),
            "Novice",
            "Notions de base",
        ),
        _cat(
            "intermediate",
            "Some knowledge",
            "Connaissance moyenne",
            "Intermediate",
            "Intermédiaire",
            "Moderate knowledge",
            "Bonne connaissance",
            "Good knowledge",
        ),
        _cat(
            "in_depth",
            "In-depth knowledge",
            "Connaissance approfondie",
            "Advanced",
            *_inclusive("Expert", "Avancé", "Approfondi"),
        ),
    ),
    positive=frozenset({"in_depth"}),
    share=("advanced or more", "avancé ou plus"),
)


SATISFACTION5 = Scale(
    "satisfaction5",
    "satisfaction",
    _numbered(
        _cat(
            "very_dissatisfied", "Very dissatisfied", "Très insatisfait·e", "Completely dissatisfied",
            "Extremely dissatisfied", "Not at all satisfied", "Not satisfied at all",
            *_inclusive("Très insatisfait", "Pas du tout satisfait", "Tout à fait insatisfait"),
        ),
        _cat(
            "dissatisfied", "Dissatisfied", "Insatisfait·e", "Somewhat dissatisfied", "Not satisfied",
            "Not very satisfied", "Mostly dissatisfied",
            *_inclusive("Insatisfait", "Peu satisfait", "Plutôt insatisfait", "Pas satisfait"),
        ),
        _cat(
            "neutral", "Neither satisfied nor dissatisfied", "Ni satisfait·e ni insatisfait·e", "Neutral",
            "Neutre", "Neither satisfied or dissatisfied", "Ni satisfait ni insatisfait",
            "Ni satisfaite ni insatisfaite",
        ),
        _cat(
            "satisfied", "Satisfied", "Satisfait·e", "Somewhat satisfied", "Mostly satisfied",
            "Moderately satisfied", *_inclusive("Satisfait", "Plutôt satisfait", "Assez satisfait"),
        ),
        _cat(
            "very_satisfied", "Very satisfied", "Très satisfait·e", "Completely satisfied",
            "Extremely satisfied", *_inclusive("Très satisfait", "Entièrement satisfait", "Tout à fait satisfait",
                                               "Totalement satisfait", "Pleinement satisfait"),
        ),
    ),
    frozenset({"satisfied", "very_satisfied"}),
    "neutral",
)  # fmt: skip

FAVOURABILITY5 = Scale(
    "favourability5",
    "favourability",
    _numbered(
        _cat("very_unfavourable", "Very unfavourable", "Très défavorable", "Very unfavorable",
             "Very unfavorably", "Very unfavourably", "Très défavorablement"),
        _cat("unfavourable", "Somewhat unfavourable", "Plutôt défavorable", "Unfavourable", "Unfavorable",
             "Somewhat unfavorable", "Somewhat unfavorably", "Somewhat unfavourably", "Défavorable"),
        _cat("neutral", "Neither favourable nor unfavourable", "Ni favorable ni défavorable",
             "Neither favorably nor unfavorably (neutral)", "Neither favorably nor unfavorably",
             "Neither favourably nor unfavourably", "Neither favorable nor unfavorable", "Neutral", "Neutre"),
        _cat("favourable", "Somewhat favourable", "Plutôt favorable", "Favourable", "Favorable",
             "Somewhat favorable", "Somewhat favorably", "Somewhat favourably"),
        _cat("very_favourable", "Very favourable", "Très favorable", "Very favorable", "Very favorably",
             "Very favourably", "Très favorablement"),
    ),
    frozenset({"favourable", "very_favourable"}),
    "neutral",
)  # fmt: skip

QUALITY5 = Scale(
    "quality5",
    "quality",
    _numbered(
        _cat("poor", "Poor", "Médiocre", "Mauvais", "Mauvaise", "Insuffisant", "Insuffisante", "Bad"),
        _cat("fair", "Fair", "Passable", "Moyen", "Moyenne", "Average", "Acceptable"),
        _cat("good", "Good", "Bon", "Bonne", "Bien"),
        _cat("very_good", "Very good", "Très bon", "Très bonne", "Très bien"),
        _cat("excellent", "Excellent", "Excellente"),
    ),
    frozenset({"good", "very_good", "excellent"}),
)  # fmt: skip

#: The "compared with average" rating of survey tools' rating grids (SurveyGizmo/Alchemer's
#: default): *Average* is its middle, not quality5's *Fair*, and *Above average* is positive.
#: The label model does not read "Below / Above average", so :func:`choose_scale` uses this
#: scale when a column's labels are on it and include one of those two (not in DETECTABLE:
#: quality5 stays the default scale of the kind).
AVERAGE5 = Scale(
    "average5",
    "quality",
    _numbered(
        _cat("poor", "Poor", "Médiocre", "Mauvais", "Mauvaise"),
        _cat("below_average", "Below average", "Sous la moyenne", "Inférieur à la moyenne",
             "Inférieure à la moyenne", "En dessous de la moyenne"),
        _cat("average", "Average", "Dans la moyenne", "Moyen", "Moyenne"),
        _cat("above_average", "Above average", "Au-dessus de la moyenne", "Supérieur à la moyenne",
             "Supérieure à la moyenne"),
        _cat("excellent", "Excellent", "Excellente"),
    ),
    frozenset({"above_average", "excellent"}),
    "average",
)  # fmt: skip

USEFULNESS5 = Scale(
    "usefulness5",
    "usefulness",
    _numbered(
        _cat("not_useful", "Not at all useful", "Pas du tout utile", "Not useful", "Useless", "Inutile",
             "Pas utile"),
        _cat("slightly_useful", "Slightly useful", "Peu utile", "A little useful", "Not very useful"),
        _cat("moderately_useful", "Moderately useful", "Moyennement utile"),
        _cat("very_useful", "Very useful", "Très utile", "Useful", "Utile"),
        _cat("extremely_useful", "Extremely useful", "Extrêmement utile"),
    ),
    frozenset({"very_useful", "extremely_useful"}),
    "moderately_useful",
)  # fmt: skip

INTEREST5 = Scale(
    "interest5",
    "interest",
    _numbered(
        _cat("not_interesting", "Not at all interesting", "Pas du tout intéressant", "Not interesting",
             "Pas intéressant", "Inintéressant"),
        _cat("slightly_interesting", "Not very interesting", "Peu intéressant"),
        _cat("indifferent", "Indifferent", "Indifférent", "Indifférente", "Neutral", "Neutre"),
        _cat("quite_interesting", "Quite interesting", "Plutôt intéressant", "Interesting", "Intéressant",
             "Somewhat interesting", "Assez intéressant"),
        _cat("very_interesting", "Very interesting", "Très intéressant", "Extremely interesting"),
    ),
    frozenset({"quite_interesting", "very_interesting"}),
    "indifferent",
)  # fmt: skip

CONFIDENCE5 = Scale(
    "confidence5",
    "confidence",
    _numbered(
        _cat("not_confident", "Not at all confident", "Pas du tout confiant·e", "Not confident",
             *_inclusive("Pas du tout confiant", "Pas confiant")),
        _cat("slightly_confident", "Slightly confident", "Peu confiant·e", "Not very confident",
             *_inclusive("Peu confiant")),
        _cat("moderately_confident", "Moderately confident", "Moyennement confiant·e",
             *_inclusive("Moyennement confiant")),
        _cat("very_confident", "Very confident", "Très confiant·e", "Confident",
             *_inclusive("Très confiant", "Confiant")),
        _cat("extremely_confident", "Extremely confident", "Tout à fait confiant·e", "Completely confident",
             "Totally confident", *_inclusive("Tout à fait confiant", "Totalement confiant")),
    ),
    frozenset({"very_confident", "extremely_confident"}),
    "moderately_confident",
)  # fmt: skip

EASE7 = Scale(
    "ease7",
    "ease",
    _numbered(
        _cat("very_difficult", "Very difficult", "Très difficile", "Extremely difficult"),
        _cat("difficult", "Difficult", "Difficile"),
        _cat("somewhat_difficult", "Somewhat difficult", "Plutôt difficile", "Assez difficile"),
        _cat("neutral", "Neither easy nor difficult", "Ni facile ni difficile", "Neutral", "Neutre"),
        _cat("somewhat_easy", "Somewhat easy", "Plutôt facile", "Assez facile"),
        _cat("easy", "Easy", "Facile"),
        _cat("very_easy", "Very easy", "Très facile", "Extremely easy"),
    ),
    frozenset({"somewhat_easy", "easy", "very_easy"}),
    "neutral",
)  # fmt: skip

FREQUENCY5 = Scale(
    "frequency5",
    "frequency",
    _numbered(
        _cat("never", "Never", "Jamais"),
        _cat("rarely", "Rarely", "Rarement", "Seldom", "Almost never", "Presque jamais"),
        _cat("sometimes", "Sometimes", "Parfois", "Occasionally", "De temps en temps", "Occasionnellement"),
        _cat("often", "Often", "Souvent", "Frequently", "Fréquemment", "Usually", "Fairly often",
             "Assez souvent"),
        _cat("always", "Always", "Toujours", "Every time", "Chaque fois", "À chaque fois", "Very often",
             "Almost always", "Très souvent", "Presque toujours"),
    ),
    frozenset({"often", "always"}),
    share=("often or more", "souvent ou plus"),
)  # fmt: skip

LIKELIHOOD5 = Scale(
    "likelihood5",
    "likelihood",
    _numbered(
        _cat("very_unlikely", "Very unlikely", "Très peu probable", "Not at all likely", "Extremely unlikely",
             "Pas du tout probable", "Très improbable"),
        _cat("unlikely", "Unlikely", "Peu probable", "Somewhat unlikely", "Improbable", "Plutôt improbable",
             "Not very likely"),
        _cat("neutral", "Neither likely nor unlikely", "Ni probable ni improbable", "Neutral", "Neutre"),
        _cat("likely", "Likely", "Probable", "Somewhat likely", "Plutôt probable"),
        _cat("very_likely", "Very likely", "Très probable", "Extremely likely"),
    ),
    frozenset({"likely", "very_likely"}),
    "neutral",
)  # fmt: skip

#: Label scales, in the order zero-config detection tries them (a 4-point agreement column
#: is read as 5-point agreement with no neutral answers: the shares are the same).
DETECTABLE = (
    AGREEMENT5,
    YESNO,
    EXPERTISE3,
    SATISFACTION5,
    FAVOURABILITY5,
    QUALITY5,
    USEFULNESS5,
    INTEREST5,
    CONFIDENCE5,
    EASE7,
    FREQUENCY5,
    LIKELIHOOD5,
)


def numeric_scale(low: int, high: int, kind: str = "rating", *, reverse: bool = False) -> Scale:
    """A numeric rating ``low``…``high`` (1–5, 0–5, 0–10 …); positive = the two highest numbers.

    ``kind = "nps"`` (0–10 only) counts promoters (9–10) as positive. ``reverse``: the low
    numbers are the good end (a header saying "1 = Strongly agree, 5 = Strongly disagree"):
    the categories go from ``high`` down to ``low`` (negative → positive, as every scale's),
    positive = the two lowest numbers, and the id ends in ``_reversed``.
    """
    if not (0 <= low < high <= 10):
        raise ValueError(f"unsupported numeric scale {low}–{high}")
    numbers = range(high, low - 1, -1) if reverse else range(low, high + 1)
    cats = tuple(Category(str(n), str(n), str(n), (f"{n}.0", f"{n},0"), code=n) for n in numbers)
    scale_id = "nps" if kind == "nps" else f"{kind}_{low}_{high}"
    if reverse:
        return Scale(f"{scale_id}_reversed", kind, cats, frozenset({str(low), str(low + 1)}))
    return Scale(scale_id, kind, cats, frozenset({str(high - 1), str(high)}))


NPS = numeric_scale(0, 10, "nps")
#: NPS detractors: 0–6.
NPS_DETRACTORS = frozenset(str(n) for n in range(7))

#: Scales an item of the questionnaire may name with ``scale = "…"``.
BUILTIN_SCALES: dict[str, Scale] = {
    s.id: s for s in (AGREEMENT5, AGREEMENT4, *DETECTABLE[1:], AVERAGE5, NPS)
} | {
    f"rating_{lo}_{hi}": numeric_scale(lo, hi)
    for lo, hi in ((1, 5), (0, 5), (0, 10), (1, 10), (1, 7))
}

#: The scale used when the questionnaire gives a kind but no scale.
DEFAULT_SCALE = {s.kind: s.id for s in DETECTABLE} | {"rating": "rating_1_5", "nps": "nps"}

# ---------------------------------------------------------------------- numeric headers

_ENDPOINT = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:=|:)\s*([^,;()=:\d]*[^\s,;()=:\d])")
#: an end named in parentheses after its number: "from 1 (best) to 5 (worst)"
_ENDPOINT_NAMED = re.compile(r"(?<![\d.])(\d{1,2})\s*\(\s*([^()=:\d]*[^\s()=:\d])\s*\)")
#: "to" / "à" between spaces, or a dash with or without them: "1 to 5", "1 à 5", "0-10", "1 - 5"
_TO = r"(?:\s+(?:to|a|à)\s+|\s*-\s*)"
_RANGES = (
    re.compile(rf"(?:scale|echelle)\s+(?:of|from|de|allant de)\s+(\d{{1,2}}){_TO}(\d{{1,2}})\b"),
    re.compile(r"\(\s*(\d{1,2})\s*(?:-|–|—|to|a|à)\s*(\d{1,2})\s*\)"),
    re.compile(rf"(?:from|de)\s+(\d{{1,2}}){_TO}(\d{{1,2}})\b"),
    # "on a 1-5 scale", "on a 0 to 10 scale", "on a 1-7 point scale"
    re.compile(rf"\b(\d{{1,2}}){_TO}(\d{{1,2}})(?:\s*-?\s*point)?\s+scale\b"),
)
_OUT_OF = re.compile(r"(?:out of|sur|/)\s*(5|10)\b")
_RECOMMEND = re.compile(r"recommend|recommand|recomendar|weiterempfehlen", re.IGNORECASE)
#: an article before an end's name ("1 = the best", "5 = le pire")
_ARTICLE = re.compile(r"^(?:the|le|la|l['’])\s*", re.IGNORECASE)


@dataclass(frozen=True)
class _Stated:
    """A numeric scale stated by a header: its range, the names of its ends (None when the
    header names none), and which end is positive: 1 the high one, −1 the low one, 0 not
    known (ends named in words the label model cannot order)."""

    low: int
    high: int
    low_name: str | None
    high_name: str | None
    direction: int


def header_scale(header: str) -> tuple[Scale, str] | None:
    """A numeric scale stated by a column header, and how it was read; None when it states none
    (or names its ends in words whose order is unknown: see :func:`unordered_header_scale`).

    ``"… (1 = Strongly disagree, 5 = Strongly agree)"`` → agreement read as 1–5;
    ``"… (1 = Strongly agree, 5 = Strongly disagree)"``, ``"… (5 = Poor, 1 = Excellent)"``,
    ``"… from 1 (best) to 5 (worst)"`` → read reversed, 1–2 positive;
    ``"… on a scale of 0 to 10"`` → rating 0–10; a 0–10 "recommend" question → NPS.
    """
    stated = _stated(header)
    if stated is None or stated.direction == 0:
        return None
    low, high = stated.low, stated.high
    if stated.direction < 0:
        kind = _endpoint_kind(stated.high_name, stated.low_name, high - low + 1)
        scale = numeric_scale(low, high, kind, reverse=True)
        named = f"{low} = {stated.low_name}" if stated.low_name else f"{high} = {stated.high_name}"
        return scale, f"{low}–{high} reversed, {named}: {low}–{low + 1} positive"
    if low == 0 and high == 10 and recommend_question(header):
        return NPS, "0–10 recommend question: Net Promoter Score"
    kind = _endpoint_kind(stated.low_name, stated.high_name, high - low + 1)
    if kind != "rating":
        scale = numeric_scale(low, high, kind)
        return scale, f"{low}–{high}, {low} = most negative, {high} = most positive ({kind})"
    return numeric_scale(low, high), f"numeric {low}–{high} stated by the header"


def unordered_header_scale(header: str) -> tuple[Scale, str] | None:
    """When a header states a numeric range and names its ends in words the label model
    cannot order ("1 = Low, 5 = High": low what?): the range's numbers, to check that the
    answers are those, and why the column is not read. None otherwise."""
    stated = _stated(header)
    if stated is None or stated.direction != 0:
        return None
    named = ", ".join(
        f'{number} = "{name}"'
        for number, name in ((stated.low, stated.low_name), (stated.high, stated.high_name))
        if name is not None
    )
    return numeric_scale(stated.low, stated.high), (
        f"the header states {stated.low}–{stated.high} with {named}, but which end is positive "
        "cannot be told from these words"
    )


def _stated(header: str) -> _Stated | None:
    text = header.replace("–", "-").replace("—", "-")
    names: dict[int, str] = {}
    for pattern in (_ENDPOINT, _ENDPOINT_NAMED):
        found_names = pattern.findall(text)
        if pattern is _ENDPOINT_NAMED and len(found_names) < 2:
            continue  # "… session 1 (morning)" names no end of a scale
        for number, name in found_names:
            names.setdefault(int(number), _ARTICLE.sub("", name.strip()))
    low = high = None
    if len(names) >= 2:
        low, high = min(names), max(names)
    else:
        folded = strip_accents(text).casefold()
        for range_pattern in _RANGES:
            found = range_pattern.search(folded)
            if found:
                low, high = int(found[1]), int(found[2])
                break
        else:
            out_of = _OUT_OF.search(folded)
            if out_of:
                high = int(out_of[1])
                low = 0 if high == 10 else 1
    if low is None or high is None or not (0 <= low <= 1 and 4 <= high <= 10):
        return None
    low_name, high_name = names.get(low), names.get(high)
    direction = 1 if low_name is None and high_name is None else _direction(low_name, high_name)
    return _Stated(low, high, low_name, high_name, direction)


def _direction(low_name: str | None, high_name: str | None) -> int:
    """Which end of a numeric scale is positive, from the names of its ends: 1 the high end,
    −1 the low end, 0 not known. Both names read on one scale of the label model: the one
    at the higher level (``Strongly agree`` above ``Strongly disagree``, ``Always`` above
    ``Never``). Otherwise a name on the good or the bad side of a two-sided scale tells
    which end is which (``1 = Bad, 7 = Great``: "Great" is not read, "Bad" is the bad end)."""
    low = read_label(low_name) if low_name else ()
    high = read_label(high_name) if high_name else ()
    directions = set()
    for a in low:
        for b in high:
            if a.family is None or b.family is None or a.family == b.family:
                directions.add((b.level > a.level) - (b.level < a.level))
    if directions:
        return directions.pop() if len(directions) == 1 else 0
    sides = {-1 if r.level > 0 else 1 for r in low if r.family in STEMS and r.level}
    sides |= {1 if r.level > 0 else -1 for r in high if r.family in STEMS and r.level}
    return sides.pop() if len(sides) == 1 else 0


def _endpoint_kind(low_label: str | None, high_label: str | None, points: int) -> str:
    """The kind of label scale whose ends the header names (``low_label``: the negative end),
    when it has as many points."""
    if low_label is None or high_label is None:
        return "rating"
    for scale in DETECTABLE:
        low, high = scale.index_of(low_label), scale.index_of(high_label)
        if low == 0 and high == len(scale.categories) - 1 and len(scale.categories) == points:
            return scale.kind
    return "rating"


def recommend_question(header: str) -> bool:
    return bool(_RECOMMEND.search(header))


# ---------------------------------------------------------------------- declared scales


def declared_scale(
    scale_id: str,
    labels: Sequence[str],
    positive: Sequence[str],
    not_applicable: Sequence[str] = (),
    *,
    where: str,
    error: type[ConfigError] | type[UsageError] = ConfigError,
) -> Scale:
    """A scale the user declares: labels negative → positive, which are positive, which mean N/A."""
    labels = [lab.strip() for lab in labels if lab.strip()]
    if len(labels) < 2:
        raise error(
            f"{where}: a scale needs at least two labels, from most negative to most positive."
        )
    for text in (value.strip() for value in (*labels, *positive, *not_applicable)):
        if text.startswith("<") and text.endswith(">"):  # a placeholder of a suggested template
            raise error(
                f"{where}: {text} is a placeholder of the template that validate suggested.",
                "Put the labels in order, most negative first, list the positive ones after "
                "positive=, and delete the <…> placeholders.",
            )
    folded = [label_key(lab) for lab in labels]
    if len(set(folded)) != len(folded):
        raise error(f"{where}: the same label is listed twice in the scale.")
    unknown = [p for p in positive if label_key(p) not in folded]
    if unknown:
        raise error(
            f"{where}: positive label(s) {', '.join(repr(u) for u in unknown)} are not among the labels.",
            f"Positive labels must be some of: {', '.join(labels)}.",
        )
    if not positive:
        raise error(f"{where}: say which labels count as positive (positive = …).")
    cats = _numbered(*(Category(slug(lab), lab, lab) for lab in labels))
    ids = {label_key(lab): cat.id for lab, cat in zip(labels, cats, strict=True)}
    return Scale(
        scale_id,
        "declared",
        cats,
        frozenset(ids[label_key(p)] for p in positive),
        not_applicable=frozenset(fold(n) for n in not_applicable if n.strip()),
    )


def parse_scale_table(raw: Mapping[str, object], where: str) -> Scale:
    """A ``[[scale]]`` table of the questionnaire: id, labels, positive, not_applicable."""
    scale_id = raw.get("id")
    if not isinstance(scale_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", scale_id):
        raise ConfigError(
            f"{where}: every [[scale]] needs an 'id' of lower-case letters, digits and '_'."
        )
    lists = {}
    for key in ("labels", "positive", "not_applicable"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}, scale '{scale_id}': '{key}' must be a list of labels.")
        lists[key] = [str(v) for v in value]
    return declared_scale(
        scale_id,
        lists["labels"],
        lists["positive"],
        lists["not_applicable"],
        where=f"{where}, scale '{scale_id}'",
    )


#: other names of the parts of a --scale declaration
_OPTION_NAMES = {"not applicable": "na", "n a": "na", "positif": "positive", "positifs": "positive"}


def parse_scale_option(text: str) -> tuple[str, Scale]:
    """``--scale "COLUMN=L1|L2|L3;positive=L3;na=L0"`` → (folded column or item id, scale).

    COLUMN is a column header or an item id (compared folded); ``*`` applies the scale to
    every column whose answers all fit it.
    """
    where = f"--scale {text!r}"
    parts = [p.strip() for p in text.split(";")]
    head = parts[0]
    if "=" not in head:
        raise UsageError(f"{where}: expected COLUMN=LABEL1|LABEL2|…", _SCALE_HELP)
    target, labels = head.split("=", 1)
    options: dict[str, list[str]] = {"positive": [], "na": []}
    for part in parts[1:]:
        if not part:
            continue
        key, equals, value = part.partition("=")
        key = _OPTION_NAMES.get(fold(key), fold(key))
        if key not in options or not equals:
            raise UsageError(f"{where}: unknown part {part!r}.", _SCALE_HELP)
        options[key] = [v for v in value.split("|") if v.strip()]
    if not target.strip():
        raise UsageError(
            f"{where}: say which column the scale is for (COLUMN=… or *=…).", _SCALE_HELP
        )
    scale = declared_scale(
        "declared_" + (slug(target) if target.strip() != "*" else "any"),
        labels.split("|"),
        options["positive"],
        options["na"],
        where=where,
        error=UsageError,
    )
    return ("*" if target.strip() == "*" else fold(target)), scale


_SCALE_HELP = (
    'Example: --scale "Catering=Poor|Fair|Good|Very good|Excellent;positive=Good|Very good|Excellent;'
    'na=Did not eat" (labels from most negative to most positive, separated by |).'
)


# ---------------------------------------------------------------------- scales from answers

#: an answer that is a whole number 0–99 (as spreadsheets write it too: "4.0", "4,0")
_NUMERIC = re.compile(r"^\d{1,2}(?:[.,]0)?$")


@dataclass(frozen=True)
class ScaleChoice:
    """How the answers of a column are read when nothing declares its scale.

    ``scale``: the scale, None when the column is not read. ``how``: ``"built-in"`` (a
    scale of :data:`DETECTABLE`, its ids and labels) or ``"labels"`` (a scale made of the
    column's own labels, ordered by the label model), ``""`` when not read. ``reason``: why
    not read (for the warning that asks for a declaration). ``reading``: the label model's
    reading of the labels (None for numbers and for no answers).
    """

    scale: Scale | None
    how: str
    reason: str = ""
    reading: Reading | Unread | None = None


def answer_labels(labels: Iterable[str]) -> list[str]:
    """The distinct labels of ``labels`` a scale must read: blanks and not-applicable answers
    left out, one label per :func:`~forum_eval.config.labels.label_key` (the first seen)."""
    distinct: dict[str, str] = {}
    for label in labels:
        text = label.strip()
        if text and not is_not_applicable(fold(text)):
            distinct.setdefault(label_key(text), text)
    return list(distinct.values())


def choose_scale(labels: Iterable[str]) -> ScaleChoice:
    """The scale that reads a column whose distinct answers are ``labels`` (as the form showed
    them; blanks and not-applicable answers may be included: they are left out).

    1. A built-in scale of :data:`DETECTABLE` (or ``agreement4``), when each label is on
       it, no two on the same category (counts are never merged), and the label model reads
       the labels in the same order, with the same positive and neutral labels, each at the
       level of its category's own label (so "Somewhat satisfied" is not shown as
       "Satisfied"); and, when the labels form a complete scale of their own
       (:func:`complete_scale`), with no level more than the labels (``Pas du tout / Peu / Plutôt
       / Très intéressant`` is not shown with an "Indifférent" level the form never had).
       Yes/No needs no model: it has two levels.
       Nor does ``average5`` (Poor / Below average / Average / Above average /
       Excellent) when a label says *below* or *above average*: the model does not read them.
    2. Else a scale of the column's own labels (:func:`labels_scale`), when the model reads
       them (:func:`forum_eval.config.labels.read_labels`).
    3. Else None, with the model's reason. Numbers are never read here (a header states
       their scale, see :func:`header_scale`, or a declaration does).
    """
    answers = answer_labels(labels)
    if not answers:
        return ScaleChoice(None, "", "no answer to read")
    if all(_NUMERIC.match(label) for label in answers):
        return ScaleChoice(None, "", "numbers: the header must state the scale, or declare it")
    if _fits(YESNO, answers):
        return ScaleChoice(YESNO, "built-in")
    if _fits(AVERAGE5, answers) and any(AVERAGE5.index_of(a) in (1, 3) for a in answers):
        return ScaleChoice(AVERAGE5, "built-in")
    reading = read_labels(answers)
    if isinstance(reading, Unread):
        return ScaleChoice(None, "", reading.reason, reading)
    whole = complete_scale(reading)
    for scale in (*DETECTABLE, AGREEMENT4):
        if whole and len(scale.categories) > len(answers):
            continue
        if scale is not YESNO and _fits(scale, answers) and _agrees(scale, reading):
            return ScaleChoice(scale, "built-in", "", reading)
    return ScaleChoice(labels_scale(reading), "labels", "", reading)


def complete_scale(reading: Reading) -> bool:
    """The labels form a complete scale of their own: a scale with a good and a bad side,
    with as many labels below the positive ones as positive ones, at least two each (the
    neutral label, if any, apart): ``Pas du tout / Peu / Plutôt / Très intéressant``,
    ``Strongly disagree / Disagree / Agree / Strongly agree``. A built-in scale with more
    levels would show a level the form did not have. (``Agree / Disagree / Strongly agree``
    is not complete: the form may well have had the levels nobody chose.)"""
    if not reading.pole:
        return False
    positive = len(reading.positive)
    below = len(reading.labels) - positive - (reading.neutral is not None)
    return positive >= 2 and below == positive


def _fits(scale: Scale, answers: Sequence[str]) -> bool:
    """Every answer is on ``scale``, each on a category of its own."""
    indexes = [scale.index_of(answer) for answer in answers]
    return None not in indexes and len(set(indexes)) == len(indexes)


def _agrees(scale: Scale, reading: Reading) -> bool:
    """The model reads the labels as ``scale`` does: same kind, same order, same positive
    labels, each label at the model's level of its category's English label, and the
    scale's neutral category (if it has one) on the model's neutral label. (``quality5`` has
    no neutral category where the model reads "Fair" as the middle: it is drawn on the
    negative side, as before.)"""
    if scale.kind != reading.kind:
        return False
    cats = [scale.categories[scale.index_of(label) or 0] for label in reading.labels]
    indexes = [scale.categories.index(cat) for cat in cats]
    if indexes != sorted(indexes):
        return False
    for label, level, cat in zip(reading.labels, reading.levels, cats, strict=True):
        if (cat.id in scale.positive) != (label in reading.positive):
            return False
        if scale.neutral is not None and (cat.id == scale.neutral) != (label == reading.neutral):
            return False
        own = [r.level for r in read_label(cat.en) if r.family in (reading.kind, None)]
        if own != [level]:
            return False
    return True


def labels_scale(reading: Reading) -> Scale:
    """A scale made of a column's own labels, in the model's order: one category per label
    (ids are slugs of the labels), positive and neutral as the model reads them; its id is
    ``<kind>_<levels>_labels`` (``satisfaction_4_labels``)."""
    cats = _numbered(*(Category(slug(_strip_inclusive(lab)), lab, lab) for lab in reading.labels))
    ids = dict(zip(reading.labels, (cat.id for cat in cats), strict=True))
    return Scale(
        f"{reading.kind}_{len(cats)}_labels",
        reading.kind,
        cats,
        frozenset(ids[label] for label in reading.positive),
        ids.get(reading.neutral) if reading.neutral is not None else None,
        share=reading.share,
    )


# ---------------------------------------------------------------------- declaration suggestions

#: words of a header that asks for a ranking
_RANKING = frozenset(("rank", "ranking", "classez", "classer", "classement"))
#: Placeholders of a template suggestion: :func:`parse_scale_option` refuses them, so a
#: template fails until it is edited.
ORDER_PLACEHOLDER = "<put these labels in order, most negative first>"
POSITIVE_PLACEHOLDER = "<the positive labels>"


@dataclass(frozen=True)
class Suggestion:
    """A ``--scale`` declaration suggested by ``validate``.

    ``headers``: the columns it is for (several: the option's target is ``*``, one line for
    a grid). ``option``: ``--scale "…"``, ready to paste in a shell. ``complete``: True when
    it works as printed (labels ordered by the label model, or a numeric range); False for a
    template whose placeholders must be replaced (it fails until then).
    """

    headers: tuple[str, ...]
    option: str
    complete: bool


def declaration_suggestion(header: str, labels: Sequence[str]) -> Suggestion | None:
    """The declaration for one column (its distinct answers ``labels``), or None when none
    should be suggested: nominal answers (no label is a rating label the model knows, e.g.
    gender, age bands, weekdays), fewer than two labels, numbers above 10, a ranking (the
    header says "rank" / "classez": ranks are not ratings), or a label that a declaration
    cannot hold (with ``|`` or ``;``)."""
    found = declaration_suggestions([(header, labels)])
    return found[0] if found else None


def declaration_suggestions(columns: Sequence[tuple[str, Sequence[str]]]) -> list[Suggestion]:
    """Declarations for several columns ``(header, distinct answers)``, e.g. the rows of a
    grid: columns whose answers read alike share one ``*`` line (their labels together);
    the others get one line each; columns with no suggestion (see
    :func:`declaration_suggestion`) get none. Numbers whose header names its ends in words
    of unknown order (:func:`unordered_header_scale`) get a template of their own, the
    header's range after an order placeholder. In the order of the columns' first
    appearance.
    """
    groups: list[tuple[list[str], list[str]]] = []  # (headers, their answers together)
    #: numbers whose ends the header names in words of unknown order: a template of their own
    unordered: dict[str, Scale] = {}
    for header, labels in columns:
        answers = answer_labels(labels)
        kind = _plan(answers)[0]
        if kind is None or _RANKING & set(fold(header).split()):
            continue
        stated = unordered_header_scale(header) if kind.startswith("numbers") else None
        if stated is not None:
            unordered[header] = stated[0]
            groups.append(([header], answers))
            continue
        for headers, together in groups:
            if headers[0] not in unordered and _together(together, answers):
                headers.append(header)
                together[:] = answer_labels([*together, *answers])
                break
        else:
            groups.append(([header], answers))
    out = []
    for headers, answers in groups:
        target = "*" if len(headers) > 1 else _target(headers[0])
        _, labels, positive, complete = _plan(answers)
        if headers[0] in unordered:
            labels = [ORDER_PLACEHOLDER, *unordered[headers[0]].ids]
            positive, complete = [POSITIVE_PLACEHOLDER], False
        out.append(Suggestion(tuple(headers), scale_option(target, labels, positive), complete))
    return out


def scale_option(target: str, labels: Sequence[str], positive: Sequence[str]) -> str:
    """``--scale "TARGET=L1|L2|…;positive=…"``, ready to paste in a POSIX shell."""
    text = f"{target}={'|'.join(labels)};positive={'|'.join(positive)}"
    return '--scale "' + re.sub(r'([\\"$`])', r"\\\1", text) + '"'  # escaped inside "…"


def _keys(labels: Iterable[str]) -> set[str]:
    return {label_key(label) for label in labels}


def _together(group: Sequence[str], answers: Sequence[str]) -> bool:
    """Columns go on one line when their answers read alike: numbers of the same range;
    labels the model reads as one scale of the same kind, together as apart; or, when one
    of them is a template, labels that share at least two answers (rows of one grid)."""
    kinds = {_plan(group)[0], _plan(answers)[0]}
    merged = _plan(answer_labels([*group, *answers]))[0]
    if len(kinds) == 1 and merged in kinds:
        return "template" not in kinds or len(_keys(group) & _keys(answers)) >= 2
    return (
        "template" in kinds
        and not any(k and k.startswith("numbers") for k in kinds)
        and merged is not None
        and len(_keys(group) & _keys(answers)) >= 2
    )


def _plan(answers: Sequence[str]) -> tuple[str | None, list[str], list[str], bool]:
    """A suggestion for these answers: (what it is: ``numbers 1-5``, ``labels <kind>``,
    ``template``, or None for no suggestion; its labels negative → positive; its positive
    labels; complete)."""
    if len(answers) < 2 or any("|" in a or ";" in a for a in answers):
        return None, [], [], False
    if all(_NUMERIC.match(a) for a in answers):
        # the whole range: from 0 when 0 was answered, else 1; up to 5, 7 or 10, the first
        # that holds every answer; none above 10 (ages, counts, years)
        numbers = [int(a.replace(",", ".").split(".")[0]) for a in answers]
        if max(numbers) > 10:
            return None, [], [], False
        low = 0 if min(numbers) == 0 else 1
        high = next(top for top in (5, 7, 10) if max(numbers) <= top)
        labels = [str(n) for n in range(low, high + 1)]
        return f"numbers {low}-{high}", labels, labels[-2:], True
    ends = labelled_ends(answers)
    if ends is not None:
        low, high, (low_label, high_label) = ends
        middle = [str(n) for n in range(low + 1, high)]
        ordered = ends_in_order(low_label, high_label)
        if ordered is None:  # which end is which: the user says
            unordered = [ORDER_PLACEHOLDER, *sorted((low_label, high_label), key=label_key)]
            return f"ends {low}-{high}", [*unordered, *middle], [POSITIVE_PLACEHOLDER], False
        labels = [ordered[0], *middle, ordered[1]]
        return f"ends {low}-{high}", labels, labels[-2:], True
    reading = read_labels(answers)
    if isinstance(reading, Reading):
        positive = list(reading.positive) or [POSITIVE_PLACEHOLDER]
        return f"labels {reading.kind}", list(reading.labels), positive, bool(reading.positive)
    if reading.nominal:
        return None, [], [], False
    unordered = [ORDER_PLACEHOLDER, *sorted(answers, key=label_key)]
    return "template", unordered, [POSITIVE_PLACEHOLDER], False


def labelled_ends(answers: Sequence[str]) -> tuple[int, int, tuple[str, str]] | None:
    """A linear scale whose answers are numbers but for its two ends, written in words
    (``Non, pas du tout / 2 / 3 / 4 / Oui, tout à fait``): (its lowest number, its highest,
    the two end labels as first seen), None for other answers. The lowest end is 0 when 1 was
    answered, else 1; the highest is the first of 5, 7 or 10 above every number answered (a
    guess when nobody chose the numbers just below an end: the suggestion shows the range)."""
    words = [a for a in answers if not _NUMERIC.match(a)]
    numbers = sorted({int(a.replace(",", ".").split(".")[0]) for a in answers if _NUMERIC.match(a)})
    if len(words) != 2 or not numbers or numbers[0] < 1 or numbers[-1] > 9:
        return None
    low = 0 if numbers[0] == 1 else 1
    high = next(top for top in (5, 7, 10) if top > numbers[-1])
    return low, high, (words[0], words[1])


def ends_in_order(first: str, second: str) -> tuple[str, str] | None:
    """The two end labels of a scale, negative end first, when that can be told: the label
    model orders them (``Pas du tout d'accord`` … ``Tout à fait d'accord``), or one begins
    with No / Non and the other with Yes / Oui (``Non, pas du tout`` … ``Oui, tout à
    fait``). None otherwise."""
    reading = read_labels([first, second])
    if isinstance(reading, Reading) and (not reading.pole or reading.positive):
        low, high = reading.labels
        return low, high
    sides = [YESNO.index_of(label_key(label).split()[0]) for label in (first, second)]
    if sorted(side for side in sides if side is not None) == [0, 1] and None not in sides:
        return (first, second) if sides[0] == 0 else (second, first)
    return None


def _target(header: str) -> str:
    """A header as the target of ``--scale``: its slug when ``=`` or ``;`` would cut it (the
    reading step matches a header's slug too)."""
    return slug(header) if "=" in header or ";" in header or not header.strip() else header


#: A degree after "don't know" / "je ne connais pas" makes the answer a level of knowledge
#: ("Je ne connais pas bien", "Don't know much about it", "Je ne sais pas comment agir"),
#: counted in the percentage, not set apart as "don't know".
_DEGREE = (
    r"(?! (?:very |tres |vraiment |trop )?(?:well|much|enough|how|a lot|bien|assez|beaucoup"
    r"|suffisamment|grand chose|comment)\b)"
)
#: "Not applicable" written inside a longer label: ``Unfamiliar (N/A)``, ``I don't know this
#: tool``, ``I know but never used this tool``, ``Je n'ai pas assisté à cet atelier``, and the
#: French "not used / unknown" answers of a grid of tools: ``Non utilisé``, ``Pas utilisé``,
#: ``Jamais utilisé``, ``Inconnu``, ``Non connu``.
_NOT_APPLICABLE_PATTERN = re.compile(
    r"(^| )n ?a$|^n a |\bnot applicable\b|\bnon applicable\b"
    rf"|^(?:(?:(?:i )?do n t|i don t|do not|don t) know|je ne (?:sais|connais) pas)\b{_DEGREE}"
    r"|^i know but never used\b|^never used\b"
    r"|^not used\b|^i have not used\b|^i did not (attend|use|participate)\b|^did not (attend|use)\b"
    r"|^je n ai (pas|jamais) (assiste|utilise|participe)\b|^sans objet\b|^ne s applique pas\b"
    r"|^unfamiliar\b|^not familiar\b|^no opinion\b|^sans opinion\b|^prefer not to\b"
    r"|^(?:non|pas|jamais) utilise|^inconnue?s?\b|^(?:non|pas) connue?s?\b"
)


def is_not_applicable(folded: str) -> bool:
    return folded in NOT_APPLICABLE or bool(_NOT_APPLICABLE_PATTERN.search(folded))


def choice_scale(item_id: str, options: Iterable[Mapping[str, object]]) -> Scale:
    """A nominal scale declared in the questionnaire (``kind = "choice"``); no positive answer."""
    cats = []
    for opt in options:
        en = str(opt.get("en", opt.get("fr", "")))
        fr = str(opt.get("fr", en))
        raw_aliases = opt.get("aliases", ())
        aliases = tuple(str(a) for a in raw_aliases) if isinstance(raw_aliases, list) else ()
        cats.append(Category(str(opt.get("id", fold(en).replace(" ", "_"))), en, fr, aliases))
    return Scale(f"{item_id}_choices", "choice", tuple(cats), positive=frozenset())
