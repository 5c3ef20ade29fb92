"""Every edition side by side: one row per item per edition, on a time axis.

The intervals are Wilson intervals without the finite-population correction, as in
:mod:`forum_eval.analyse.compare` (a trend compares forums, not only the people who attended them).
An item missing from an edition is kept, with ``asked = False``; nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from forum_eval.analyse.compare import unique_names
from forum_eval.analyse.stats import wilson_interval
from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.config.registry import Edition


@dataclass(frozen=True)
class TrendPoint:
    edition: str
    year: int | None
    city: str | None
    #: False when the item was not on this edition's form
    asked: bool
    n_valid: int
    n_positive: int
    share_positive: Fraction | None
    ci: tuple[float, float] | None


@dataclass(frozen=True)
class TrendSeries:
    id: str
    kind: str
    label: Mapping[str, str]
    points: tuple[TrendPoint, ...]

    def text(self, what: str, lang: str) -> str | None:
        texts: Mapping[str, str] = getattr(self, what)
        return texts.get(lang) or next(iter(texts.values()), None)


@dataclass(frozen=True)
class Trend:
    summaries: tuple[Summary, ...]
    names: tuple[str, ...]
    series: tuple[TrendSeries, ...]
    #: every edition of the registry within the span of the editions shown (those without
    #: responses included), for the time axis; empty when the editions are plain files
    timeline: tuple[Edition, ...]
    confidence: float


def _comparable(item: ItemSummary) -> bool:
    return item.n_positive is not None and item.kind != "choice"


def build_trend(
    summaries: Sequence[Summary],
    *,
    items: Sequence[str] | None = None,
    registry_editions: Sequence[Edition] = (),
) -> Trend:
    """One series per item (in the order they first appear), one point per edition.

    ``items`` restricts the series to those ids, in that order (ValueError on an id no
    edition has);
    ``registry_editions`` gives the time axis its editions without data.
    """
    if not summaries:
        raise ValueError("a trend needs at least one edition")
    confidence = summaries[0].confidence
    names = unique_names(summaries)
    order: list[str] = []
    first: dict[str, ItemSummary] = {}
    for summary in summaries:
        for item in summary.items:
            if _comparable(item) and item.id not in first:
                first[item.id] = item
                order.append(item.id)
    if items is not None:
        unknown = [i for i in items if i not in first]
        if unknown:
            raise ValueError(", ".join(unknown))
        order = list(dict.fromkeys(items))  # the order asked for, without repeats
    series = []
    for item_id in order:
        points = []
        for name, summary in zip(names, summaries, strict=True):
            edition = summary.edition
            found = next((i for i in summary.items if i.id == item_id and _comparable(i)), None)
            n_valid = found.n_valid if found else 0
            n_positive = (found.n_positive or 0) if found else 0
            points.append(
                TrendPoint(
                    edition=name,
                    year=edition.year if edition else None,
                    city=edition.city if edition else None,
                    asked=found is not None,
                    n_valid=n_valid,
                    n_positive=n_positive,
                    share_positive=Fraction(n_positive, n_valid) if n_valid else None,
                    ci=wilson_interval(n_positive, n_valid, confidence) if n_valid else None,
                )
            )
        latest = next(
            i for s in reversed(summaries) for i in s.items if i.id == item_id and _comparable(i)
        )
        series.append(TrendSeries(item_id, latest.kind, dict(latest.label), tuple(points)))
    years = [s.edition.year for s in summaries if s.edition is not None]
    timeline: tuple[Edition, ...] = ()
    if years and len(years) == len(summaries):
        low, high = min(years), max(years)
        timeline = tuple(e for e in registry_editions if low <= e.year <= high)
    return Trend(tuple(summaries), names, tuple(series), timeline, confidence)
