"""Every user-facing word of the outputs, in English and French, in one place.

French follows the register of the source report: inclusive wording ("personnes
répondantes"), a non-breaking space before %, ;, : and inside « », decimal comma.
"""

from __future__ import annotations

NBSP = "\u00a0"

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "item": "Item",
        "positive": "% positive",
        "n": "n",
        "ci": "{level} CI",
        "na": "N/A",
        "blank": "Blank",
        "invalid": "Invalid",
        "bounds": "If all had answered",
        "edition_title": "Forum {year}, {city} ({province})",
        "file_title": "{name}",
        "respondents_line": "{respondents} respondents of {attendees} attendees, response rate {rate}",
        "respondents_line_unknown": "{respondents} respondents (number of attendees unknown)",
        "header_rate": "{respondents} of the {attendees} participants answered the evaluation form "
        "(response rate {rate}).",
        "header_no_rate": "{respondents} people answered the evaluation form.",
        "item_sentence": "{pct} of respondents {statement} ({positive} of {valid}{extra}).",
        "extra_na": "; {count} answered “not applicable”",
        "extra_blank": "; {count} left it blank",
        "default_statement_agreement": "agreed or strongly agreed with “{label}”",
        "default_statement_yesno": "answered yes to “{label}”",
        "default_statement_expertise": "chose the highest level for “{label}”",
        "no_valid": "No valid answer to “{label}”.",
        "choice_sentence": "{label}: {parts}.",
        "choice_part": "{category} {count}",
        "comments_sentence": "{count} respondents wrote a comment in “{label}”.",
        "note_reconstruction": "Note: the individual answers of this edition are a reconstruction "
        "consistent with the published figures, not the real forms.",
        "note_synthetic": "Note: the answers of this edition are synthetic (illustrative, not real data).",
        "excluded": "Rows not counted as respondents: {parts}.",
        "reason_empty": "empty",
        "reason_incomplete": "incomplete",
        "reason_preview": "preview",
        "reason_duplicate": "exact duplicate",
        "summary_title": "Evaluation summary",
        "narrative_title": "In words",
        "table_title": "Figures",
        "method_note": "% positive = agree or strongly agree (yes for yes/no items; the highest level "
        "for expertise), among valid answers; “not applicable” and blank answers are excluded. "
        "Interval: Wilson score, {level}{fpc}. “If all had answered”: the range of the share if every "
        "non-respondent had answered against / for.",
        "fpc": ", with the finite-population correction for {attendees} attendees",
        "warning": "Warning",
        "of": "of",
    },
    "fr": {
        "item": "Énoncé",
        "positive": "% favorable",
        "n": "n",
        "ci": "IC à {level}",
        "na": "S. O.",
        "blank": "Vide",
        "invalid": "Invalide",
        "bounds": "Si toutes avaient répondu",
        "edition_title": "Forum {year}, {city} ({province})",
        "file_title": "{name}",
        "respondents_line": "{respondents} personnes répondantes sur {attendees} personnes "
        "participantes, taux de réponse {rate}",
        "respondents_line_unknown": "{respondents} personnes répondantes (nombre de personnes "
        "participantes inconnu)",
        "header_rate": "{respondents} des {attendees} personnes participantes ont répondu au "
        "formulaire d'évaluation (taux de réponse{nbsp}: {rate}).",
        "header_no_rate": "{respondents} personnes ont répondu au formulaire d'évaluation.",
        "item_sentence": "{pct} des personnes répondantes {statement} ({positive} sur {valid}{extra}).",
        "extra_na": "{nbsp}; {count} ont répondu «{nbsp}sans objet{nbsp}»",
        "extra_blank": "{nbsp}; {count} sans réponse",
        "default_statement_agreement": "sont d'accord ou fortement d'accord avec «{nbsp}{label}{nbsp}»",
        "default_statement_yesno": "ont répondu oui à «{nbsp}{label}{nbsp}»",
        "default_statement_expertise": "ont choisi le niveau le plus élevé à «{nbsp}{label}{nbsp}»",
        "no_valid": "Aucune réponse valide à «{nbsp}{label}{nbsp}».",
        "choice_sentence": "{label}{nbsp}: {parts}.",
        "choice_part": "{category} {count}",
        "comments_sentence": "{count} personnes répondantes ont écrit un commentaire à «{nbsp}{label}{nbsp}».",
        "note_reconstruction": "Note{nbsp}: les réponses individuelles de cette édition sont une "
        "reconstitution fidèle aux chiffres publiés, et non les formulaires réels.",
        "note_synthetic": "Note{nbsp}: les réponses de cette édition sont synthétiques (illustratives, "
        "ce ne sont pas des données réelles).",
        "excluded": "Lignes non comptées comme personnes répondantes{nbsp}: {parts}.",
        "reason_empty": "vides",
        "reason_incomplete": "incomplètes",
        "reason_preview": "aperçus",
        "reason_duplicate": "doublons exacts",
        "summary_title": "Résumé de l'évaluation",
        "narrative_title": "En quelques mots",
        "table_title": "Chiffres",
        "method_note": "% favorable = d'accord ou fortement d'accord (oui pour les questions oui/non{nbsp}; "
        "le niveau le plus élevé pour l'expertise), parmi les réponses valides{nbsp}; les réponses "
        "«{nbsp}sans objet{nbsp}» et vides sont exclues. Intervalle{nbsp}: score de Wilson, {level}{fpc}. "
        "«{nbsp}Si toutes avaient répondu{nbsp}»{nbsp}: la fourchette de la part si toutes les personnes "
        "non répondantes avaient répondu défavorablement / favorablement.",
        "fpc": ", avec la correction pour population finie ({attendees} personnes participantes)",
        "warning": "Avertissement",
        "of": "sur",
    },
}


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang``, formatted with ``values`` (and ``nbsp``)."""
    return STRINGS[lang][key].format(nbsp=NBSP, **values)
