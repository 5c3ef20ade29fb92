"""A bilingual (EN/FR) model of rating labels: it orders a column's labels and finds its pole.

This is not a list of fixed scales. A label is read as words from a few small tables:

* **two-pole labels**: ``[modifier] [negation] stem``. A *stem* belongs to a family and is
  either the good pole or its opposite (``agree`` / ``disagree``, ``satisfait`` /
  ``insatisfait``, ``well`` / ``poorly`` …). A *modifier* says how strongly (``extremely``,
  ``very``, ``plutôt``, ``somewhat``, ``slightly`` …); a *negation* turns the good pole into
  its opposite (``not satisfied``, ``pas d'accord``, ``pas du tout utile``, ``peu
  intéressant``). Each label gets a signed level: the sign says its side, the size how far
  from the middle (``Tout à fait d'accord`` +16, ``D'accord`` +8, ``Plutôt d'accord`` +4,
  ``Plutôt pas d'accord`` −4, ``Pas du tout d'accord`` −16).
* **neutral forms**: ``neither X nor Y``, ``ni X ni Y``, ``neutral``, ``indifférent·e``,
  ``sans opinion`` … (level 0), and the middle words of quality (``fair``, ``passable``,
  ``moyen``).
* **frequencies** (``never`` … ``always``, ``some / most / all of the time``),
  **quantities** (``none`` … ``all [of …]``), **expertise** (``débutant·e`` … ``expert·e``,
  ``connaissance de base`` …, and ``no <subject> knowledge`` / ``aucune connaissance en
  <subject>`` at its bottom) and **expectations** (``did not meet`` … ``exceeded [my]
  expectations``, ``en deçà de`` … ``au-delà de mes attentes``): ordered words with no
  good/bad pole.

Rules for a column (its distinct labels, as the form showed them, N/A answers left out):

1. Every label must be read, all in one family (a neutral form fits any two-pole family),
   each at a different level. Otherwise the column is not read: the model never guesses.
2. The labels are ordered by level: negative → positive (low → high without a pole).
3. Positive labels, for a two-pole family: those above the neutral label when there is one,
   else those on the good pole. A modifier means the same everywhere ("plutôt X" and
   "somewhat X" are on X's side) with one exception, said here: **"slightly" / "a little" /
   "un peu" and "moderately" / "moyennement"** measure an amount. On a scale with the
   opposite pole or a neutral label (``Slightly agree`` … ``Slightly disagree``) they stay on
   their side; on a scale of one stem graded from its negation (``Not at all useful`` …
   ``Extremely useful``) "slightly" is below the middle and "moderately" *is* the middle.
   When the labels show neither case, a column with such a label is not read.
4. Positive labels, without a pole: frequency "often or more" (from ``fairly often`` up),
   quantity "all or most", expertise "advanced or more", expectations "met or exceeded"
   (``met most expectations`` is not "met"). The share is named in EN and FR.

Folding: labels are compared by :func:`label_key`: case, accents, apostrophes and
punctuation are ignored (:func:`forum_eval.textnorm.fold`) and so are French inclusive
endings (``satisfait·e``, ``satisfait.e``, ``satisfait(e)``, ``satisfait-e``,
``satisfait/e`` are all ``satisfait``). Words are also looked up without a final ``e``,
``s`` or ``es`` (``satisfaite``, ``avancées``), so gender and number do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from forum_eval.textnorm import fold

__all__ = [
    "LabelReading",
    "Reading",
    "Unread",
    "label_key",
    "read_label",
    "read_labels",
    "strip_inclusive",
]

# ----------------------------------------------------------------------- vocabulary

#: Modifiers of a two-pole stem, by strength. SLIGHT and MODERATE measure an amount (rule 3).
STRONG, VERY, BARE, QUITE, MODERATE, SLIGHT = 16, 12, 8, 4, 3, 2
MODIFIERS = {
    STRONG: (
        "extremely", "strongly", "completely", "totally", "entirely", "fully", "absolutely",
        "perfectly", "tout a fait", "totalement", "entierement", "completement", "pleinement",
        "extremement", "fortement", "absolument", "parfaitement",
    ),
    VERY: ("very", "highly", "really", "tres", "vraiment"),
    QUITE: ("quite", "fairly", "rather", "somewhat", "mostly", "pretty", "plutot", "assez"),
    MODERATE: ("moderately", "moyennement"),
    SLIGHT: ("slightly", "a little", "a bit", "mildly", "un peu", "legerement"),
}  # fmt: skip

#: Negations of the good pole, with the level they give (a plain "not" keeps the strength of
#: a modifier before it: "plutôt pas d'accord" −4). The opposite pole is never negated
#: ("not bad", "pas mal" are not read).
NOT = "not"
NEGATIONS: dict[str, str | int] = {
    "not": NOT, "pas": NOT, "non": NOT,
    "not at all": -STRONG, "pas du tout": -STRONG, "aucunement": -STRONG, "nullement": -STRONG,
    "tres peu": -VERY,
    "not very": -QUITE, "not really": -QUITE, "not particularly": -QUITE, "not too": -QUITE,
    "not so": -QUITE, "pas tres": -QUITE, "pas vraiment": -QUITE, "pas tellement": -QUITE,
    "pas trop": -QUITE, "pas si": -QUITE, "peu": -QUITE,
}  # fmt: skip

#: Two-pole families: (good stems, opposite stems). A family's name is the kind of its items.
STEMS = {
    "agreement": (("agree", "d accord", "en accord"), ("disagree", "en desaccord", "desaccord")),
    "satisfaction": (
        ("satisfied", "satisfait", "content"),
        ("dissatisfied", "unsatisfied", "insatisfait", "mecontent"),
    ),
    "pleasantness": (("pleasant", "enjoyable", "agreable"), ("unpleasant", "desagreable")),
    "quality": (
        ("good", "well", "bon", "bonne", "bien"),
        ("bad", "poor", "poorly", "badly", "mauvais", "mauvaise", "mal", "mediocre", "insuffisant"),
    ),
    "confidence": (("confident", "confiant"), ("sceptical", "skeptical", "sceptique")),
    "usefulness": (("useful", "helpful", "utile"), ("useless", "unhelpful", "inutile")),
    "interest": (
        ("interesting", "interessant"),
        ("uninteresting", "boring", "ininteressant", "ennuyeux"),
    ),
    "favourability": (
        ("favourable", "favorable", "favourably", "favorably", "favorablement"),
        ("unfavourable", "unfavorable", "unfavourably", "unfavorably", "defavorable",
         "defavorablement"),
    ),
    "likelihood": (("likely", "probable"), ("unlikely", "improbable", "peu probable")),
    "ease": (("easy", "simple", "facile"), ("difficult", "hard", "difficile", "complique")),
    "importance": (("important",), ("unimportant", "sans importance")),
    "comfort": (
        ("comfortable", "at ease", "confortable", "a l aise"),
        ("uncomfortable", "ill at ease", "inconfortable", "mal a l aise"),
    ),
}  # fmt: skip
#: Words that are a whole label of a family at a fixed level (no modifier); "best" / "worst"
#: name the ends of a numeric scale in a header ("from 1 (best) to 5 (worst)").
FIXED = {
    "excellent": ("quality", STRONG),
    "best": ("quality", STRONG),
    "meilleur": ("quality", STRONG),
    "worst": ("quality", -STRONG),
    "pire": ("quality", -STRONG),
}
#: The middle of a family (level 0): a neutral label of that family only.
MIDDLES = {"quality": ("fair", "passable", "average", "moyen", "moyenne", "acceptable")}
#: Neutral labels that fit any two-pole family. ("Sans opinion" / "No opinion" are read here
#: when passed in, but the reading step counts them as not applicable before: see
#: ``forum_eval.config.scales.is_not_applicable``.)
NEUTRALS = (
    "neutral", "neutre", "indifferent", "undecided", "indecis", "sans opinion", "no opinion",
    "neither", "ni l un ni l autre",
)  # fmt: skip

#: Frequency, never (0) … always (10). "Often or more" counts from "fairly often" (5).
FREQUENCY = {
    0: ("never", "jamais"),
    1: ("almost never", "hardly ever", "very rarely", "presque jamais", "tres rarement"),
    2: ("rarely", "seldom", "not often", "rarement", "pas souvent"),
    3: ("occasionally", "once in a while", "occasionnellement", "de temps en temps",
        "de temps a autre"),
    4: ("sometimes", "some of the time", "parfois", "quelquefois"),
    5: ("fairly often", "quite often", "assez souvent", "plutot souvent"),
    6: ("often", "frequently", "souvent", "frequemment"),
    7: ("very often", "very frequently", "tres souvent", "tres frequemment"),
    8: ("usually", "generally", "most of the time", "habituellement", "generalement",
        "la plupart du temps"),
    9: ("almost always", "nearly always", "just about always", "presque toujours"),
    10: ("always", "every time", "all the time", "all of the time", "toujours", "chaque fois", "a chaque fois",
         "tout le temps", "systematiquement"),
}  # fmt: skip
#: Quantity, none (0) … all (10), alone or followed by "of …" / "de …" ("None of the
#: information", "La plupart des informations"). "All or most" counts from "most" (8).
QUANTITY = {
    0: ("none", "nothing", "aucun", "rien"),
    2: ("a little", "a few", "few", "little", "un peu", "peu", "quelques"),
    4: ("some", "certain", "une partie"),
    6: ("about half", "half", "la moitie", "environ la moitie"),
    7: ("a lot", "many", "much", "beaucoup"),
    8: ("most", "the majority", "la plupart", "la majorite"),
    9: ("almost all", "nearly all", "presque tout", "presque tous"),
    10: ("all", "everything", "tout", "tous", "la totalite"),
}  # fmt: skip
_QUANTITY_TAIL = ("of", "de", "des", "du", "d")
#: Expectations, far below (0) … far exceeded (8), with "my / the / mes / les …" left out
#: ("Did not meet my expectations" = "Did not meet expectations", "aux attentes" = "à mes
#: attentes"). "Met or exceeded" counts from "met" (5): "met most" is not "met".
EXPECTATIONS = {
    0: ("far below expectations", "well below expectations", "far short of expectations",
        "bien en deca de mes attentes", "bien en dessous de mes attentes",
        "pas du tout a la hauteur de mes attentes"),
    1: ("did not meet expectations", "didn t meet expectations", "does not meet expectations",
        "doesn t meet expectations", "failed to meet expectations", "below expectations",
        "fell short of expectations", "short of expectations",
        "n a pas repondu a mes attentes", "ne repond pas a mes attentes",
        "en deca de mes attentes", "en dessous de mes attentes", "inferieur a mes attentes",
        "inferieure a mes attentes", "pas a la hauteur de mes attentes"),
    3: ("met some expectations", "met some of my expectations", "partially met expectations",
        "partly met expectations", "a repondu en partie a mes attentes",
        "a partiellement repondu a mes attentes", "repond en partie a mes attentes",
        "repond partiellement a mes attentes"),
    4: ("met most expectations", "met most of my expectations", "mostly met expectations",
        "a repondu a la plupart de mes attentes", "a repondu en grande partie a mes attentes",
        "repond en grande partie a mes attentes"),
    5: ("met expectations", "meets expectations", "met all expectations",
        "met all of my expectations", "fully met expectations", "matched expectations",
        "a repondu a mes attentes", "repond a mes attentes", "conforme a mes attentes",
        "a la hauteur de mes attentes"),
    7: ("exceeded expectations", "exceeds expectations", "above expectations",
        "surpassed expectations", "beyond expectations", "a depasse mes attentes",
        "depasse mes attentes", "au dela de mes attentes", "superieur a mes attentes",
        "superieure a mes attentes", "au dessus de mes attentes"),
    8: ("far exceeded expectations", "greatly exceeded expectations",
        "well above expectations", "far above expectations", "far beyond expectations",
        "a largement depasse mes attentes", "largement depasse mes attentes",
        "bien au dela de mes attentes"),
}  # fmt: skip
#: Words left out of an expectations label (possessives, articles); "aux" is "à les",
#: "des" "de les".
_EXPECTATIONS_OUT = frozenset(
    ("my", "the", "our", "your", "their", "mes", "les", "vos", "nos", "leurs", "ses", "nous")
)
_EXPECTATIONS_JOIN = {"aux": "a", "des": "de"}
#: Expertise, none (0) … expert (8), with the words around it left out ("Connaissance de
#: base", "Basic knowledge", "Niveau avancé"). "Advanced or more" counts from 6.
EXPERTISE = {
    0: ("no", "none", "aucun"),
    2: ("beginner", "novice", "basic", "base", "limited", "limite", "elementary", "elementaire",
        "notions", "notions base", "debutant"),
    4: ("intermediate", "intermediaire", "some", "moderate", "moyen", "moyenne"),
    5: ("good", "bon", "bonne"),
    6: ("advanced", "avance", "in depth", "approfondi", "extensive"),
    8: ("expert",),
}  # fmt: skip
_EXPERTISE_FILLER = frozenset(
    ("knowledge", "connaissance", "connaissances", "level", "niveau", "skills", "of", "de", "d")
)

#: The nouns of "no <subject> knowledge" (expertise level 0, see _no_subject_knowledge)
_KNOWLEDGE = frozenset(("knowledge", "skills", "connaissance", "connaissances"))

#: What the share counts on a scale without a good/bad pole: (threshold level, EN, FR).
SHARES = {
    "frequency": (5, "often or more", "souvent ou plus"),
    "quantity": (8, "all or most", "tous ou la plupart"),
    "expertise": (6, "advanced or more", "avancé ou plus"),
    "expectations": (5, "met or exceeded", "atteintes ou dépassées"),
}
#: Families with no good/bad pole: their tables.
UNPOLAR = {
    "frequency": FREQUENCY,
    "quantity": QUANTITY,
    "expertise": EXPERTISE,
    "expectations": EXPECTATIONS,
}


def _phrases(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {phrase: level for level, phrases in table.items() for phrase in phrases}


_MODIFIER = _phrases(MODIFIERS)
_FREQUENCY = _phrases(FREQUENCY)
_QUANTITY = _phrases(QUANTITY)
_EXPERTISE = _phrases(EXPERTISE)


def _expectations_key(words: Iterable[str]) -> str:
    """An expectations label without its possessives and articles (see EXPECTATIONS)."""
    kept = (_EXPECTATIONS_JOIN.get(w, w) for w in words if w not in _EXPECTATIONS_OUT)
    return " ".join(kept)


_EXPECTATIONS = {
    _expectations_key(phrase.split()): level for phrase, level in _phrases(EXPECTATIONS).items()
}
#: stem phrase → (family, +1 good pole / −1 opposite)
_STEM = {
    stem: (family, sign)
    for family, poles in STEMS.items()
    for sign, stems in zip((1, -1), poles, strict=True)
    for stem in stems
}
_MIDDLE = {word: family for family, words in MIDDLES.items() for word in words}
#: French words (and "expert") also written with a final "e", "s" or "es" (feminine, plural):
#: a word not in the vocabulary is looked up without that ending when the rest is one of these
INFLECTED = frozenset(
    (
        "satisfait", "insatisfait", "content", "mecontent", "agreable", "desagreable",
        "insuffisant", "mediocre", "confiant", "sceptique", "utile", "inutile", "interessant",
        "ininteressant", "favorable", "defavorable", "probable", "improbable", "facile",
        "difficile", "complique", "important", "indifferent", "indecis", "neutre", "debutant",
        "intermediaire", "avance", "approfondi", "expert", "limite", "elementaire", "aucun",
        "certain", "tout", "passable", "acceptable", "excellent", "meilleur",
    )
)  # fmt: skip
#: every single word of the vocabulary
_WORDS = frozenset(
    word
    for phrase in (
        *_MODIFIER, *NEGATIONS, *_STEM, *FIXED, *_MIDDLE, *NEUTRALS, *_FREQUENCY, *_QUANTITY,
        *_EXPERTISE, *_EXPECTATIONS, *_QUANTITY_TAIL, "neither", "nor", "or", "ni", "at all",
    )
    for word in phrase.split()
)  # fmt: skip

# ----------------------------------------------------------------------- folding

#: A French inclusive ending right after a letter: ·e ‧e •e .e -e /e (e), optionally
#: followed by a plural s (·e·s, (e)s, .es).
_INCLUSIVE = re.compile(
    r"(?<=[^\W\d_])(?:[·‧•∙⋅.\-/]e|\(e\))(?:[·‧•∙⋅.\-/]?s|\(s\))?(?![^\W\d_])", re.IGNORECASE
)
_REMARK = re.compile(r"\(([^()]*)\)")


def strip_inclusive(text: str) -> str:
    """``text`` without French inclusive endings: ``Satisfait·e`` → ``Satisfait``,
    ``certain·e·s`` → ``certain``, ``débutant(e)`` → ``débutant``."""
    return _INCLUSIVE.sub("", text)


def label_key(label: str) -> str:
    """The key two labels are the same under: folded, inclusive endings left out.

    ``label_key("Satisfait·e") == label_key("satisfait(e)") == label_key("SATISFAIT") ==
    "satisfait"``; ``"Satisfaite"`` keeps its own key (``"satisfaite"``).
    """
    return fold(strip_inclusive(label))


def _word(word: str) -> str:
    """A folded word as the vocabulary spells it (feminine and plural forms too)."""
    if word in _WORDS:
        return word
    for ending in ("es", "e", "s"):
        if word.endswith(ending) and word[: -len(ending)] in INFLECTED:
            return word[: -len(ending)]
    return word


def _words(text: str) -> tuple[str, ...]:
    return tuple(_word(w) for w in label_key(text).split())


# ----------------------------------------------------------------------- one label


@dataclass(frozen=True)
class LabelReading:
    """One way of reading a label.

    ``family``: the kind of scale (``agreement``, ``frequency`` …), None for a neutral form
    that fits any two-pole family. ``level``: position, signed for two-pole families.
    ``form``: ``good`` / ``opposite`` (a stem, with or without a modifier), ``negated``
    (a negation of the good stem), ``neutral``, or ``ordered`` (no pole). ``modifier``: the
    strength of its modifier (:data:`QUITE`, :data:`SLIGHT` …), 0 without one.
    """

    family: str | None
    level: int
    form: str
    modifier: int = 0


def _stem_reading(words: tuple[str, ...]) -> list[LabelReading]:
    """``[modifier] [negation] stem`` readings of the words (longest stem first)."""
    readings: list[LabelReading] = []
    for cut in range(len(words)):
        head, stem = " ".join(words[:cut]), " ".join(words[cut:])
        if stem in FIXED and not head:
            family, level = FIXED[stem]
            readings.append(LabelReading(family, level, "good" if level > 0 else "opposite"))
        if stem not in _STEM:
            continue
        family, sign = _STEM[stem]
        for modifier, negation in _head_parts(head):
            if negation is None:
                strength = modifier or BARE
                form = "good" if sign > 0 else "opposite"
                readings.append(LabelReading(family, sign * strength, form, modifier))
            elif sign > 0 and (negation == NOT or not modifier):
                level = -(modifier or BARE) if negation == NOT else int(negation)
                readings.append(LabelReading(family, level, "negated", modifier))
    # "not satisfied at all" = "not at all satisfied"
    if len(words) > 3 and words[0] == "not" and words[-2:] == ("at", "all"):
        family, sign = _STEM.get(" ".join(words[1:-2]), ("", 0))
        if sign > 0:
            readings.append(LabelReading(family, -STRONG, "negated"))
    return readings


def _head_parts(head: str) -> list[tuple[int, str | int | None]]:
    """The ways ``head`` is ``[modifier] [negation]``: (modifier strength or 0, negation)."""
    if not head:
        return [(0, None)]
    parts: list[tuple[int, str | int | None]] = []
    if head in _MODIFIER:
        parts.append((_MODIFIER[head], None))
    if head in NEGATIONS:
        parts.append((0, NEGATIONS[head]))
    for modifier, strength in _MODIFIER.items():
        rest = head[len(modifier) + 1 :]
        if head.startswith(modifier + " ") and NEGATIONS.get(rest) == NOT:
            parts.append((strength, NOT))
    return parts


def _neutral_reading(words: tuple[str, ...]) -> list[LabelReading]:
    """``neither X nor Y`` / ``ni X ni Y`` and the neutral words."""
    text = " ".join(words)
    if text in NEUTRALS:
        return [LabelReading(None, 0, "neutral")]
    if text in _MIDDLE:
        return [LabelReading(_MIDDLE[text], 0, "neutral")]
    if len(words) < 4 or words[0] not in ("neither", "ni"):
        return []
    joins = ("nor", "or") if words[0] == "neither" else ("ni",)
    for at in range(2, len(words) - 1):
        if words[at] in joins:
            sides = [_stem_reading(words[1:at]), _stem_reading(words[at + 1 :])]
            families = {r.family for side in sides for r in side}
            if len(families) == 1:
                return [LabelReading(families.pop(), 0, "neutral")]
            if not families:  # "neither pleased nor displeased": a neutral of any family
                return [LabelReading(None, 0, "neutral")]
            return []
    return []


def _ordered_readings(words: tuple[str, ...]) -> list[LabelReading]:
    text = " ".join(words)
    readings = []
    if text in _FREQUENCY:
        readings.append(LabelReading("frequency", _FREQUENCY[text], "ordered"))
    for cut in range(len(words), 0, -1):
        head, tail = " ".join(words[:cut]), words[cut:]
        if head in _QUANTITY and (not tail or tail[0] in _QUANTITY_TAIL):
            readings.append(LabelReading("quantity", _QUANTITY[head], "ordered"))
            break
    expected = _expectations_key(words)
    if expected in _EXPECTATIONS:
        readings.append(LabelReading("expectations", _EXPECTATIONS[expected], "ordered"))
    core = " ".join(w for w in words if w not in _EXPERTISE_FILLER)
    if core in _EXPERTISE:
        readings.append(LabelReading("expertise", _EXPERTISE[core], "ordered"))
    elif _no_subject_knowledge(words):
        readings.append(LabelReading("expertise", 0, "ordered"))
    return readings


def _no_subject_knowledge(words: tuple[str, ...]) -> bool:
    """``No R knowledge``, ``No Python skills``, ``Aucune connaissance en R``: no knowledge
    of a subject named by one or two words the model does not know (a known word there,
    ``No basic knowledge``, is not read: "no" might not govern it)."""
    if len(words) < 3 or words[0] not in ("no", "none", "aucun"):
        return False
    if words[-1] in _KNOWLEDGE:  # EN: no <subject> knowledge
        subject = words[1:-1]
    elif words[1] in _KNOWLEDGE and words[2] in ("en", "de", "d", "du"):  # FR: aucune
        subject = words[3:]  # connaissance en <subject>
    else:
        return False
    return 0 < len(subject) <= 2 and not any(w in _WORDS or w in _EXPERTISE_FILLER for w in subject)


def read_label(label: str) -> tuple[LabelReading, ...]:
    """Every way the model reads one label (none: it is not a rating label it knows).

    A remark in parentheses is left out (``Rarely (in less than 10% of the chances)``,
    ``Neither favorably nor unfavorably (neutral)``); when the rest is not read, the remark
    alone is tried.
    """
    remarks = _REMARK.findall(label)
    for text in (_REMARK.sub(" ", label), *remarks):
        words = _words(text)
        if not words or any(w.isdigit() for w in words):
            continue
        found = _neutral_reading(words) + _stem_reading(words) + _ordered_readings(words)
        unique: dict[str | None, LabelReading] = {}
        for reading in found:  # one reading per family: the first (the longest stem)
            unique.setdefault(reading.family, reading)
        if unique:
            return tuple(unique.values())
    return ()


# ----------------------------------------------------------------------- a column


@dataclass(frozen=True)
class Reading:
    """A column's labels, ordered, with what counts as positive.

    ``labels``: the distinct labels (as given; one per :func:`label_key`), negative →
    positive (low → high without a pole). ``levels``: the model's level of each.
    ``positive``: the labels counted as positive, a top segment of ``labels`` (may be empty
    when no answer reached the positive side). ``neutral``: the middle label, if any.
    ``pole``: the scale has a good/bad pole; without one, ``share`` names what the share
    counts, (EN, FR), e.g. ``("often or more", "souvent ou plus")``.
    """

    kind: str
    labels: tuple[str, ...]
    levels: tuple[int, ...]
    positive: tuple[str, ...]
    neutral: str | None
    pole: bool
    share: tuple[str, str] | None = None


@dataclass(frozen=True)
class Unread:
    """Why a column's labels were not read. ``unknown``: labels the model does not know at
    all (none known: the answers are nominal, e.g. gender, age bands, weekdays); ``known``:
    those it reads alone."""

    reason: str
    unknown: tuple[str, ...] = ()
    known: tuple[str, ...] = ()

    @property
    def nominal(self) -> bool:
        """No label is a rating label the model knows."""
        return not self.known


def _quoted(labels: Iterable[str]) -> str:
    return ", ".join(f'"{label}"' for label in labels)


def read_labels(labels: Iterable[str]) -> Reading | Unread:
    """Read a column's distinct labels (N/A answers and blanks left out by the caller).

    Returns a :class:`Reading` (order, positive labels, neutral, pole, share name) or an
    :class:`Unread` with the reason, when the order or the pole cannot be established.
    """
    distinct: dict[str, str] = {}
    for label in labels:
        if label.strip():
            distinct.setdefault(label_key(label), label.strip())
    shown = list(distinct.values())
    if not shown:
        return Unread("no label to read")
    readings = {label: read_label(label) for label in shown}
    unknown = tuple(label for label in shown if not readings[label])
    known = tuple(label for label in shown if readings[label])
    if unknown:
        return Unread(f"not rating labels the model knows: {_quoted(unknown)}", unknown, known)
    found = _order(shown, readings)
    return Unread(found, (), known) if isinstance(found, str) else found


def _order(shown: list[str], readings: dict[str, tuple[LabelReading, ...]]) -> Reading | str:
    """The labels, every one read, in one family and ordered; else why not."""
    families: set[str] | None = None
    for label in shown:
        fits = {r.family for r in readings[label] if r.family is not None}
        if any(r.family is None for r in readings[label]):
            fits |= set(STEMS)
        families = fits if families is None else families & fits
    if all(r.family is None for label in shown for r in readings[label]):
        return f"only neutral labels ({_quoted(shown)}): nothing to order"
    if not families:
        return f"labels of different scales: {_quoted(shown)}"
    if len(families) > 1:
        return f"{_quoted(shown)} could be read as {' or '.join(sorted(families))}"
    family = families.pop()
    chosen = {
        label: next(r for r in readings[label] if r.family in (family, None)) for label in shown
    }
    by_level: dict[int, str] = {}
    for label, reading in chosen.items():
        if reading.level in by_level:
            return (
                f'"{by_level[reading.level]}" and "{label}" read as the same level: '
                "they cannot be ordered"
            )
        by_level[reading.level] = label
    order = sorted(chosen, key=lambda label: chosen[label].level)
    levels = tuple(chosen[label].level for label in order)
    if family in UNPOLAR:
        threshold, en, fr = SHARES[family]
        positive = tuple(label for label in order if chosen[label].level >= threshold)
        return Reading(family, tuple(order), levels, positive, None, False, (en, fr))
    forms = {r.form for r in chosen.values()}
    modifiers = {r.modifier for r in chosen.values()}
    if QUITE in modifiers and MODERATE in modifiers:
        return (
            '"somewhat / plutôt" and "moderately / moyennement" in one scale: which is '
            "higher depends on the form"
        )
    amounts = [label for label in order if chosen[label].modifier in (SLIGHT, MODERATE)]
    two_sided = bool(forms & {"neutral", "opposite"})
    one_sided = not two_sided and "negated" in forms
    if amounts and not two_sided and not one_sided:
        return (
            f"{_quoted(amounts)}: on the positive side or below the middle? The labels show "
            "neither the opposite pole nor a negation"
        )
    if one_sided:
        positive = tuple(label for label in order if chosen[label].level >= QUITE)
        middle = [label for label in order if chosen[label].modifier == MODERATE]
        neutral = middle[0] if middle else None
    else:
        positive = tuple(label for label in order if chosen[label].level > 0)
        neutral = by_level.get(0)
    return Reading(family, tuple(order), levels, positive, neutral, True)
