"""Every edition side by side: one row per item per edition, on a time axis.

The intervals are Wilson intervals without the finite-population correction, as in
:mod:`forum_eval.analyse.compare` (a trend compares forums, not only the people who attended them).
An item missing from an edition is kept, with ``asked = False``; nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from forum_eval.analyse.compare import comparable, unique_names
from forum_eval.analyse.stats import share, wilson_interval
from forum_eval.analyse.summary import Summary
from forum_eval.config.registry import Edition
from forum_eval.textnorm import Labelled


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
class TrendSeries(Labelled):
    id: str
    kind: str
    label: Mapping[str, str]
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class Trend:
    summaries: tuple[Summary, ...]
    names: tuple[str, ...]
    series: tuple[TrendSeries, ...]
    #: every edition of the registry within the span of the editions shown (those without
    #: responses included), for the time axis; empty when the editions are plain files
    timeline: tuple[Edition, ...]
    confidence: float


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
    # per edition, its comparable items by id
    found = [{i.id: i for i in s.items if comparable(i)} for s in summaries]
    order = list(dict.fromkeys(item_id for items_of in found for item_id in items_of))
    if items is not None:
        unknown = [i for i in items if i not in order]
        if unknown:
            raise ValueError(", ".join(unknown))
        order = list(dict.fromkeys(items))  # the order asked for, without repeats
    series = []
    for item_id in order:
        points = []
        for name, summary, items_of in zip(names, summaries, found, strict=True):
            edition = summary.edition
            item = items_of.get(item_id)
            n_valid = item.n_valid if item else 0
            n_positive = (item.n_positive or 0) if item else 0
            points.append(
                TrendPoint(
                    edition=name,
                    year=edition.year if edition else None,
                    city=edition.city if edition else None,
                    asked=item is not None,
                    n_valid=n_valid,
                    n_positive=n_positive,
                    share_positive=share(n_positive, n_valid),
                    ci=wilson_interval(n_positive, n_valid, confidence) if n_valid else None,
                )
            )
        latest = next(items_of[item_id] for items_of in reversed(found) if item_id in items_of)
        series.append(TrendSeries(item_id, latest.kind, dict(latest.label), tuple(points)))
    years = [s.edition.year for s in summaries if s.edition is not None]
    timeline: tuple[Edition, ...] = ()
    if years and len(years) == len(summaries):
        low, high = min(years), max(years)
        timeline = tuple(e for e in registry_editions if low <= e.year <= high)
    return Trend(tuple(summaries), names, tuple(series), timeline, confidence)
