"""Single-choice questions found from their answers alone (no questionnaire): a column that
is not a rating, a comment, a multi-select question, metadata or identifying, whose few
answers repeat, is read as a ``choice`` item on a nominal scale of the answers seen (see
:func:`~forum_eval.config.scales.choice_scale`): counted, never a "% positive".

The rule (:func:`nominal_reason`): between 2 and :data:`MAX_ANSWERS` distinct answers (the
rows of one choice chart), each given by two respondents or more. A form's options repeat;
a short free-text answer seldom does, and an answer only one person gave, taken from the data
itself, could be a write-in that tells who they are: the summary would print it. (Answers
that mean the same label — case, accents, punctuation — count as one.) The header must not
ask for a rating ("Rate the lunch": a scale to declare).

Some such columns stay set aside, with a warning saying why (:func:`set_aside_reason`):

- a self-identification question (age, gender, identity, ethnicity, disability, sexual
  orientation, religion, immigration status, lived experience …, and where the respondent
  lives: province, city, country; English and French): never summarised on its own; it can
  be used with ``--by``, where small groups are suppressed;
- a question about a person ("Who referred you?", a speaker, a facilitator) or answers that
  look like people's names (two to four capitalised words): never a chart or list of names.
  Their answers are never quoted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from forum_eval.config.labels import label_key
from forum_eval.config.scales import Scale, choice_scale
from forum_eval.textnorm import fold

#: at most this many distinct answers: the rows of one choice chart (present/charts.py
#: ``MAX_ROWS``); 13 provinces and territories and "Other" still fit
MAX_ANSWERS = 15

#: Words of a header that asks who the respondent is (folded; whole words, a trailing ``*``
#: for a prefix). Broader than analyse/privacy.py's list: a nominal column is summarised
#: only when its header says nothing of the kind.
_SELF_IDENTIFICATION = re.compile(
    r"\b(age|ages|aged|how old|quel age|year of birth|date of birth|born|annee de naissance"
    r"|date de naissance|age group|tranche d age|groupe d age|youth|jeunes?"
    r"|gender\w*|genres?|sex|sexe|sexual\w*|sexuel\w*|pronouns?|pronoms?|trans|transgender"
    r"|two spirit|bispirituel\w*|lgbt\w*|2slgbt\w*|queer\w*"
    r"|identity|identities|identite|identify|identifies|identified|identif\w*"
    r"|ethnic\w*|ethnie|ethnique|race|races|racial\w*|racise\w*|visible minority"
    r"|minorite visible|indigenous|autochtone\w*|first nations?|premieres nations|metis|inuit"
    r"|black|noire?s?|ethnic origins?|national origins?|country of origin|your origins?"
    r"|votre origine|origines? ethniques?|where are you from|country of birth"
    r"|pays de naissance|pays d origine|ancestry|heritage|mother tongue|langue maternelle"
    r"|disability|disabilities|disabled|handicap\w*|impairment|neurodivergent"
    r"|religion|religions|religious|religieu\w*|faith|croyances?|spirituality"
    r"|immigration|immigrant|immigre\w*|migrant\w*|migratoire|newcomers?|nouvel arrivant"
    r"|nouveaux arrivants|refugee\w*|refugie\w*|asylum|asile|citizenship|citoyennete"
    r"|residency status|permanent resident|resident permanent|statut"
    r"|survivor\w*|survivant\w*|lived experiences?|experiences? vecues?|vecu|marital|etat civil"
    r"|caste|income|revenu"
    # schooling: with age and region, it narrows a small forum down to a person ("Education"
    # alone as a header; not "the education session")
    r"|^education$|^etudes$|education level|level of education|educational attainment"
    r"|highest level of (?:education|schooling)|highest degree|niveau d etudes|scolarite"
    r"|niveau de scolarite|plus haut diplome|dernier diplome"
    # where the respondent lives: with a few other answers, it tells who they are
    r"|province|provinces|territory|territories|territoire|territoires|region|regions"
    r"|city|ville|town|municipality|municipalite|country|countries|pays|where do you live"
    r"|ou habitez vous|ou vivez vous|lieu de residence|place of residence)\b"
)

#: a header that asks for a rating ("Rate the lunch"): answers in words of unknown order
#: are a scale to declare, not options
_RATING_HEADER = re.compile(
    r"\b(rate|rating|ratings|how would you rate|on a scale|sur une echelle|evaluez|notez"
    r"|how satisfied|how useful|how likely|how easy|how important|how much did you)\b"
)

#: a header that asks about a person: its answers may be names ("Who referred you?")
_ABOUT_A_PERSON = re.compile(
    r"^(who|whom|qui|par qui|by whom|with whom|avec qui)\b|\b(referr\w*|refere\w*|recommended by"
    r"|recommande par|name|names|nom|noms|prenom|speaker|speakers|presenter|presenters"
    r"|facilitator\w*|instructor\w*|trainer\w*|conferencier\w*|animat(?:eur|rice)s?"
    r"|formateur\w*|formatrice\w*|mentor\w*|contact person|personne contact"
    r"|personne ressource|supervisor\w*|superviseur\w*|invited by|invite par|parrain\w*"
    r"|marraine\w*|sponsor\w*)\b"
)

#: one word of a person's name: a capital then small letters (accents, ``-``, ``'``), or an
#: initial ("J.")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ]+)*|[A-Z]\.)$")
#: small words that options have and names seldom do
_NOT_NAME_WORDS = frozenset(
    {
     "of", "the", "and", "or", "to", "in", "for", "on", "at", "by", "with", "from", "my", "your",
     "our", "a", "an", "no", "not", "yes", "all", "any", "other", "de", "du", "des", "la", "le",
     "les", "et", "ou", "au", "aux", "en", "pour", "par", "sur", "avec", "mon", "ma", "mes",
     "votre", "vos", "un", "une", "non", "oui", "autre", "autres",
    }
)  # fmt: skip


def asks_for_a_rating(header: str) -> bool:
    """True when ``header`` asks for a rating ("Rate the lunch", "How satisfied …")."""
    return _RATING_HEADER.search(fold(header)) is not None


def self_identification(header: str) -> bool:
    """True when ``header`` asks who the respondent is (a sensitive group question)."""
    return _SELF_IDENTIFICATION.search(fold(header)) is not None


def _name_shaped(label: str) -> bool:
    words = label.split()
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.match(word) for word in words)
        and not any(fold(word) in _NOT_NAME_WORDS for word in words)
    )


def looks_like_names(header: str, labels: Sequence[str]) -> bool:
    """The header asks about a person, or at least half of the distinct answers are shaped
    like a person's name (two to four capitalised words: "Orlaith Vantrobble"). Cautious:
    title-case options ("Social Media", "Email Newsletter") are taken for names too, and the
    column is then set aside (it can be listed in the questionnaire as a choice question)."""
    if _ABOUT_A_PERSON.search(fold(header)):
        return True
    shaped = sum(1 for label in labels if _name_shaped(label))
    return bool(labels) and shaped * 2 >= len(labels)


def merged_counts(counts: Mapping[str, int]) -> dict[str, tuple[str, int]]:
    """Answers that mean the same label (:func:`~forum_eval.config.labels.label_key`: case,
    accents, punctuation) together: key → (the most frequent spelling, count)."""
    spellings: dict[str, dict[str, int]] = {}
    for label, n in counts.items():
        if label.strip() and n:
            spellings.setdefault(label_key(label), {})[label.strip()] = n
    return {
        key: (max(spelled, key=spelled.__getitem__), sum(spelled.values()))
        for key, spelled in spellings.items()
    }


def nominal_reason(counts: Mapping[str, int]) -> str | None:
    """None when answers with these counts read as a single choice (see the module's rule);
    else why not, without quoting any answer."""
    merged = merged_counts(counts)
    once = sum(1 for _, n in merged.values() if n < 2)
    if len(merged) < 2:
        return "a single distinct answer"
    if len(merged) > MAX_ANSWERS:
        return f"{len(merged)} distinct answers, more than the {MAX_ANSWERS} of a choice question"
    if once:
        return f"{once} of its {len(merged)} distinct answers given by one respondent only"
    return None


#: a number in a label, and what it counts (for ordered bands: "3 ~ 12 months ago")
_NUMBER_UNIT = re.compile(
    r"(\d+)\s*(?:to|a)?\s*(?:\d+)?\s*"
    r"(minutes?|min|hours?|heures?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans?"
    r"|annees?)?"
)
_UNITS = {"minute": 1 / 525_600, "minutes": 1 / 525_600, "min": 1 / 525_600}
_UNITS |= {"hour": 1 / 8760, "hours": 1 / 8760, "heure": 1 / 8760, "heures": 1 / 8760}
_UNITS |= {"day": 1 / 365, "days": 1 / 365, "jour": 1 / 365, "jours": 1 / 365}
_UNITS |= {"week": 7 / 365, "weeks": 7 / 365, "semaine": 7 / 365, "semaines": 7 / 365}
_UNITS |= {"month": 1 / 12, "months": 1 / 12, "mois": 1 / 12}
_BELOW = re.compile(r"\b(less|under|fewer|younger|below|moins|jusqu|up to)\b|<")
_ABOVE = re.compile(r"\b(more|over|older|above|plus)\b|\+|>")


def _band_key(label: str) -> tuple[float, int]:
    """Where an ordered band starts (its first number, in years when a unit is named:
    "3 ~ 12 months ago" → 0.25) and whether it is the open band below (0) or above (2) it:
    "1 year or less" < "1 ~ 3 years" < "3 years or more"."""
    folded = fold(label)
    found = _NUMBER_UNIT.search(folded)
    if found is None:
        return (float("inf"), 1)
    value = float(found[1]) * _UNITS.get(found[2] or "", 1.0)
    side = 0 if _BELOW.search(folded) else 2 if _ABOVE.search(folded) else 1
    return (value, side)


def inferred_choice_scale(item_id: str, counts: Mapping[str, int]) -> Scale:
    """The nominal scale of the answers seen (one option per distinct answer, spelled as
    most respondents wrote it): most frequent first (ties: first seen); ordered bands (every
    answer with a number, but "Other" / "Prefer not to say") in the order of their numbers,
    which the chart keeps."""
    merged = list(merged_counts(counts).values())
    order = sorted(range(len(merged)), key=lambda i: (-merged[i][1], i))
    with_number = [i for i in order if re.search(r"\d", merged[i][0])]
    if len(with_number) >= 2:
        rest = [i for i in order if i not in with_number]
        order = sorted(with_number, key=lambda i: (_band_key(merged[i][0]), i)) + rest
    ids: set[str] = set()
    options = []
    for index in order:
        label = merged[index][0]
        option_id = "_".join(fold(label).split()) or f"option_{index + 1}"
        while option_id in ids:
            option_id += "_"
        ids.add(option_id)
        options.append({"id": option_id, "en": label, "fr": label})
    return choice_scale(item_id, options)
