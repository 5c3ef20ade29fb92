"""Multi-select (checkbox) questions summarised: per option, how many respondents ticked it,
over the respondents who answered the question (ticked at least one option).

The result is an :class:`~forum_eval.analyse.summary.ItemSummary` of kind ``multiselect``
(the options as its categories, the ticks as its counts, the respondents who answered as
``n_valid``), so that the renderers of single-choice questions draw it too. It has no
"% positive": ``positive`` is all False, ``share_positive`` and the interval are None. A
respondent may tick several options: the counts add up to more than ``n_valid`` and the
shares to more than 100 %.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum_eval.textnorm import slug

if TYPE_CHECKING:
    from forum_eval.analyse.summary import ItemSummary
    from forum_eval.read.responses import MultiselectResponses

#: the kind (and scale) of a multi-select summary
MULTISELECT = "multiselect"

#: the label of the options each written by a single respondent (see read/multiselect.py)
WRITTEN_IN_LABELS = {
    "en": "Other answers (each given by one respondent)",
    "fr": "Autres réponses (chacune donnée par une seule personne)",
}
WRITTEN_IN_ID = "other_written_in"


def _option_ids(options: tuple[str, ...]) -> tuple[str, ...]:
    """A distinct id per option: its slug, numbered when two options have the same one."""
    from forum_eval.read.multiselect import WRITTEN_IN

    ids: list[str] = []
    for k, option in enumerate(options):
        base = WRITTEN_IN_ID if option == WRITTEN_IN else slug(option)
        ids.append(f"{base}_{k + 1}" if base in ids else base)
    return tuple(ids)


def summarize_multiselect(data: MultiselectResponses, respondents: int) -> ItemSummary:
    """The ticks of each option and the respondents who answered (ticked at least one)."""
    from forum_eval.analyse.summary import ItemSummary
    from forum_eval.read.multiselect import WRITTEN_IN

    ticked = data.ticked
    counts = tuple(int(n) for n in ticked.sum(axis=0).tolist())
    answered = int(ticked.any(axis=1).sum()) if ticked.size else 0
    labels = {
        lang: tuple(WRITTEN_IN_LABELS[lang] if o == WRITTEN_IN else o for o in data.options)
        for lang in ("en", "fr")
    }
    return ItemSummary(
        id=data.id,
        kind=MULTISELECT,
        label={"en": data.question, "fr": data.question},
        statement={},
        scale=MULTISELECT,
        categories=_option_ids(data.options),
        category_labels=labels,
        counts=counts,
        positive=tuple(False for _ in counts),
        neutral=None,
        n_valid=answered,
        n_blank=respondents - answered,
        n_not_applicable=0,
        n_invalid=0,
        n_positive=None,
        share_positive=None,
        ci=None,
        bounds=None,
        inferred=True,
    )
