"""Which items each chart shows, and in what order: the chart data choices, kept apart from
matplotlib so that alt text and report planning can use them without importing it."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Literal

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.config.scales import KINDS

Order = Literal["sorted", "questionnaire"]

#: kinds whose items are not charted as shares (no "positive" answer)
_NO_SHARE_KINDS = frozenset({"choice", "comment", "group"})


# --------------------------------------------------------------------------- selection


#: Kinds of rating drawn as diverging bars, one chart per kind, in this order (each chart's
#: file is ``<kind>.<lang>.png``): every kind of item on an ordered scale (declared scales,
#: 1–5 numbers, importance … too; issue 16) but yes/no and expertise, which have charts of
#: their own, and 0–10 ratings (NPS), which are in the shares chart with their score.
DIVERGING_KINDS = tuple(
    kind
    for kind in KINDS
    if kind not in {"yesno", "expertise", "nps", "choice", "comment", "group", "multiselect"}
)


def diverging_items(summary: Summary, kind: str) -> list[ItemSummary]:
    """Items drawn as diverging bars on the chart of ``kind`` (any scale of that kind)."""
    return [item for item in summary.items if item.kind == kind]


def diverging_kinds(summary: Summary) -> list[str]:
    """The kinds of :data:`DIVERGING_KINDS` that the summary has items of."""
    present = {item.kind for item in summary.items}
    return [kind for kind in DIVERGING_KINDS if kind in present]


def share_items(summary: Summary) -> list[ItemSummary]:
    """Items with a positive answer to count (agreement, yes/no, expertise, …)."""
    return [
        item for item in summary.items if item.kind not in _NO_SHARE_KINDS and any(item.positive)
    ]


def expertise_items(summary: Summary) -> list[ItemSummary]:
    return [item for item in summary.items if item.kind == "expertise"]


def selected(items: Sequence[ItemSummary], ids: Sequence[str] | None) -> list[ItemSummary]:
    """``items`` limited to ``ids`` (one page of a split chart; all when None), in their own
    order."""
    return [item for item in items if ids is None or item.id in ids]


def share_of(item: ItemSummary, count: int) -> Fraction | None:
    """``count`` as a share of the item's valid answers (None without a valid answer)."""
    return Fraction(count, item.n_valid) if item.n_valid else None


def order_items(items: Sequence[ItemSummary], order: Order) -> list[ItemSummary]:
    """``sorted``: by % positive, highest first (ties: larger most-positive category first,
    then questionnaire order); items without a valid answer last.  ``questionnaire``: as given."""
    if order == "questionnaire":
        return list(items)
    return sorted(  # a stable sort: equal items keep the questionnaire order
        items,
        key=lambda item: (
            item.share_positive is None,
            -(item.share_positive or 0),
            -(share_of(item, item.counts[-1]) or 0),
        ),
    )


def negative_share(item: ItemSummary) -> Fraction | None:
    """Share of the categories that are neither positive nor neutral (disagreement)."""
    count = sum(
        c
        for c, positive, cat in zip(item.counts, item.positive, item.categories, strict=True)
        if not positive and cat != item.neutral
    )
    return share_of(item, count)
