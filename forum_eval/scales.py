"""Answer scales: ordered categories, their FR/EN labels and the spellings that mean them.

Categories are listed from the most negative to the most positive. Matching folds case,
accents, apostrophes and punctuation (see :func:`forum_eval.textnorm.fold`) and is always a
whole-label match, never a substring.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from forum_eval.textnorm import fold

#: Kinds of item. Each has a fixed notion of "positive" answer.
KINDS = ("agreement", "yesno", "expertise", "choice", "comment", "group")
#: ``group``: a self-identification question (youth, 2SLGBTQI+, migrant, lived experience …)
#: with declared options like ``choice``; never summarised on its own, only usable with
#: ``--by`` where small groups are suppressed (see forum_eval/privacy.py).

#: Answers that mean "not applicable" / "don't know": counted apart from blanks and
#: never part of a percentage.
NOT_APPLICABLE = frozenset(
    fold(s)
    for s in (
        "N/A",
        "NA",
        "N.A.",
        "Not applicable",
        "Does not apply",
        "Doesn't apply",
        "Sans objet",
        "S.O.",
        "SO",
        "Ne s'applique pas",
        "Non applicable",
        "Sans opinion",
        "Don't know",
        "Do not know",
        "I don't know",
        "Je ne sais pas",
        "Ne sais pas",
        "NSP",
        "Prefer not to say",
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
    """An ordered answer scale. ``positive`` holds the ids counted as a positive answer."""

    id: str
    kind: str
    categories: tuple[Category, ...]
    positive: frozenset[str]
    neutral: str | None = None
    _lookup: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    _codes: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        lookup: dict[str, int] = {}
        codes: dict[str, int] = {}
        for index, cat in enumerate(self.categories):
            for spelling in (cat.en, cat.fr, cat.id, *cat.aliases):
                lookup.setdefault(fold(spelling), index)
            if cat.code is not None:
                codes[str(cat.code)] = index
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_codes", codes)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def labels(self, lang: str) -> tuple[str, ...]:
        return tuple(c.label(lang) for c in self.categories)

    def index_of(self, value: str, *, numeric: bool = False) -> int | None:
        """Position of ``value`` on the scale, or None when it is not a label of this scale."""
        key = fold(value)
        if numeric and key in self._codes:
            return self._codes[key]
        return self._lookup.get(key)

    def accepts(self, folded_values: Iterable[str]) -> bool:
        return all(v in self._lookup for v in folded_values)

    @property
    def has_codes(self) -> bool:
        return bool(self._codes)

    def positive_mask(self) -> tuple[bool, ...]:
        return tuple(c.id in self.positive for c in self.categories)


def _cat(id: str, en: str, fr: str, *aliases: str, code: int | None = None) -> Category:
    return Category(id, en, fr, tuple(aliases), code)


AGREEMENT5 = Scale(
    "agreement5",
    "agreement",
    (
        _cat(
            "strongly_disagree",
            "Strongly disagree",
            "Fortement en désaccord",
            "Tout à fait en désaccord",
            "Totalement en désaccord",
            "Complètement en désaccord",
            "Pas du tout d'accord",
            "Fortement pas d'accord",
            code=1,
        ),
        _cat(
            "disagree",
            "Disagree",
            "En désaccord",
            "Pas d'accord",
            "Plutôt en désaccord",
            "Plutôt pas d'accord",
            "Somewhat disagree",
            code=2,
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
            "Indécis",
            "Indécise",
            code=3,
        ),
        _cat(
            "agree",
            "Agree",
            "D'accord",
            "Plutôt d'accord",
            "Somewhat agree",
            "En accord",
            code=4,
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
            code=5,
        ),
    ),
    positive=frozenset({"agree", "strongly_agree"}),
    neutral="neutral",
)

AGREEMENT4 = Scale(
    "agreement4",
    "agreement",
    tuple(
        Category(c.id, c.en, c.fr, c.aliases, code)
        for c, code in zip(
            (cat for cat in AGREEMENT5.categories if cat.id != "neutral"), (1, 2, 3, 4), strict=True
        )
    ),
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
    (
        _cat(
            "basic",
            "Basic knowledge",
            "Connaissance de base",
            "Limited knowledge",
            "Connaissance limitée",
            "Beginner",
            "Débutant",
            "Débutante",
            "Débutant·e",
            "Débutant(e)",
            "Notions de base",
            code=1,
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
            code=2,
        ),
        _cat(
            "in_depth",
            "In-depth knowledge",
            "Connaissance approfondie",
            "Expert",
            "Experte",
            "Expert·e",
            "Expert(e)",
            "Advanced",
            "Avancé",
            "Avancée",
            code=3,
        ),
    ),
    positive=frozenset({"in_depth"}),
)

#: Scales tried, in this order, when a column is not described by the questionnaire.
BUILTIN_SCALES: dict[str, Scale] = {s.id: s for s in (AGREEMENT5, AGREEMENT4, YESNO, EXPERTISE3)}
#: Scales that zero-config detection may choose (a 4-point agreement column is read as
#: 5-point agreement with no neutral answers: the shares are the same).
DETECTABLE = (AGREEMENT5, YESNO, EXPERTISE3)


def is_blank(value: str) -> bool:
    return not value.strip()


def is_not_applicable(folded: str) -> bool:
    return folded in NOT_APPLICABLE


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
