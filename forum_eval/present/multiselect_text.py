"""The words of the multi-select (checkbox) outputs, in English and French, kept beside
:mod:`forum_eval.present.strings` (same conventions: non-breaking spaces in French, integers
grouped by :func:`~forum_eval.present.strings.grouped`)."""

from __future__ import annotations

from numbers import Integral

from forum_eval.present.strings import NBSP, grouped

MS_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "ms_note": "shares do not add up to 100%, several answers per respondent",
        "ms_subtitle": "Several answers were allowed: the shares do not add up to 100%",
        "ms_chart_note": "n = {valid} respondents who ticked at least one option; {blank} "
        "ticked none, left out of the percentages.",
        "ms_alt": "Bar chart of the options ticked in “{label}”, {title}: {parts} (of {valid} "
        "respondents who ticked at least one; several answers were allowed, so the shares do "
        "not add up to 100%).",
        "ms_alt_more": "and {count} more, on the chart",
        "ms_title": "Questions with several answers",
        "ms_option": "Option",
        "ms_share": "% of respondents who answered",
        "ms_count": "n",
    },
    "fr": {
        "ms_note": "les parts ne totalisent pas 100{nbsp}%, plusieurs réponses par personne",
        "ms_subtitle": "Plusieurs réponses étaient possibles{nbsp}: les parts ne totalisent "
        "pas 100{nbsp}%",
        "ms_chart_note": "n = {valid} personnes qui ont coché au moins une option{nbsp}; "
        "{blank} n'en ont coché aucune, hors des pourcentages.",
        "ms_alt": "Graphique à barres des options cochées à «{nbsp}{label}{nbsp}», "
        "{title}{nbsp}: {parts} (sur {valid} personnes qui en ont coché au moins une{nbsp}; "
        "plusieurs réponses étaient possibles, les parts ne totalisent donc pas 100{nbsp}%).",
        "ms_alt_more": "et {count} autres, sur le graphique",
        "ms_title": "Questions à plusieurs réponses",
        "ms_option": "Option",
        "ms_share": "% des personnes qui ont répondu",
        "ms_count": "n",
    },
}


def tm(lang: str, key: str, **values: object) -> str:
    """The multi-select string ``key`` in ``lang``, as :func:`~forum_eval.present.strings.t`
    formats its own."""
    shown = {
        name: grouped(int(v), lang) if isinstance(v, Integral) and not isinstance(v, bool) else v
        for name, v in values.items()
    }
    return MS_STRINGS[lang][key].format(nbsp=NBSP, **shown)
