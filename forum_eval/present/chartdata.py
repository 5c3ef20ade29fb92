"""Which items each chart shows, and in what order: the chart data choices, kept apart from
matplotlib so that alt text and report planning can use them without importing it."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Literal

from forum_eval.analyse.summary import ItemSummary, Summary

Order = Literal["sorted", "questionnaire"]

#: kinds whose items are not charted as shares (no "positive" answer)
_NO_SHARE_KINDS = frozenset({"choice", "comment", "group"})


# --------------------------------------------------------------------------- selection


#: Kinds of rating drawn as diverging bars, one chart per kind, in this order (each chart's
#: file is ``<kind>.<lang>.png``): ordered scales whose answers are positive, neutral or not.
#: Yes/no and expertise have charts of their own; 0–10 ratings and NPS are in the shares chart.
DIVERGING_KINDS = (
    "agreement",
    "satisfaction",
    "favourability",
    "quality",
    "usefulness",
    "interest",
    "confidence",
    "ease",
    "frequency",
    "likelihood",
)


def diverging_items(summary: Summary, kind: str) -> list[ItemSummary]:
    """Items drawn as diverging bars on the chart of ``kind`` (any scale of that kind)."""
    return [item for item in summary.items if item.kind == kind]


def diverging_kinds(summary: Summary) -> list[str]:
    """The kinds of :data:`DIVERGING_KINDS` that the summary has items of."""
    present = {item.kind for item in summary.items}
    return [kind for kind in DIVERGING_KINDS if kind in present]


def agreement_items(summary: Summary) -> list[ItemSummary]:
    """Items drawn as diverging bars: kind ``agreement`` (any agreement scale)."""
    return diverging_items(summary, "agreement")


def share_items(summary: Summary) -> list[ItemSummary]:
    """Items with a positive answer to count (agreement, yes/no, expertise, …)."""
    return [
        item for item in summary.items if item.kind not in _NO_SHARE_KINDS and any(item.positive)
    ]


def expertise_items(summary: Summary) -> list[ItemSummary]:
    return [item for item in summary.items if item.kind == "expertise"]


def _strong_share(item: ItemSummary) -> Fraction:
    """Share of the most positive category (tie-break when % positive is equal)."""
    if not item.n_valid:
        return Fraction(0)
    return Fraction(item.counts[-1], item.n_valid)


def order_items(items: Sequence[ItemSummary], order: Order) -> list[ItemSummary]:
    """``sorted``: by % positive, highest first (ties: larger most-positive category first,
    then questionnaire order); items without a valid answer last.  ``questionnaire``: as given."""
    if order == "questionnaire":
        return list(items)
    indexed = list(enumerate(items))
    indexed.sort(
        key=lambda pair: (
            pair[1].share_positive is None,
            -(pair[1].share_positive or 0),
            -_strong_share(pair[1]),
            pair[0],
        )
    )
    return [item for _, item in indexed]


def negative_share(item: ItemSummary) -> Fraction | None:
    """Share of the categories that are neither positive nor neutral (disagreement)."""
    if not item.n_valid:
        return None
    count = sum(
        c
        for c, positive, cat in zip(item.counts, item.positive, item.categories, strict=True)
        if not positive and cat != item.neutral
    )
    return Fraction(count, item.n_valid)
