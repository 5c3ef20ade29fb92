"""Year over year: did a figure really change between two editions, or is it noise?

One :class:`Comparison` feeds every renderer (table, JSON, Markdown, CSV, narrative, chart).
Numbers stay exact here (counts, :class:`~fractions.Fraction` shares, float intervals and
p-values); rounding and wording are the renderers' job.

Per item compared (an item with a positive category in both editions, matched by
questionnaire id):

- ``difference`` = share positive in B − share positive in A (a fraction, −1…1);
- ``diff_ci``: Newcombe's hybrid-score interval, built from the two Wilson intervals. These
  intervals carry no finite-population correction: a comparison is about the forums, not
  only about the people who happened to attend each one;
- ``p_value``: two-sided Fisher exact test on the 2×2 table positive / not positive;
- ``p_value_ordinal``: two-sided Mann–Whitney test of the whole ordinal distribution
  (normal approximation with the tie correction; Likert answers are heavily tied);
- ``q_value`` (``q_value_ordinal``): Benjamini–Hochberg adjusted p-values across the items
  compared in this pair of editions;
- ``verdict``: ``up`` / ``down`` when ``q_value < alpha`` (``alpha = 1 − confidence``, 0.05
  by default), else ``no detectable change``; ``not compared`` when an edition has no valid
  answer. ``small_n`` flags an n under :data:`SMALL_N`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from forum_eval.analyse.stats import (
    bh_qvalues,
    fisher_exact_p,
    mann_whitney_p,
    newcombe_interval,
    share,
    wilson_interval,
)
from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.errors import UsageError
from forum_eval.textnorm import Labelled, clean_file_title

SMALL_N = 10

UP = "up"
DOWN = "down"
NO_CHANGE = "no detectable change"
NOT_COMPARED = "not compared"


@dataclass(frozen=True)
class Side:
    """One edition's figures for one item (or its response rate)."""

    edition: str
    n_valid: int
    n_positive: int
    share_positive: Fraction | None
    #: Wilson interval without finite-population correction; None when n_valid is 0
    ci: tuple[float, float] | None
    counts: tuple[int, ...] = ()


def _side(edition: str, n_valid: int, n_positive: int, confidence: float, counts=()) -> Side:
    ci = wilson_interval(n_positive, n_valid, confidence) if n_valid else None
    return Side(edition, n_valid, n_positive, share(n_positive, n_valid), ci, tuple(counts))


@dataclass(frozen=True)
class ItemComparison(Labelled):
    id: str
    kind: str
    label: Mapping[str, str]
    statement: Mapping[str, str]
    a: Side
    b: Side
    #: share B − share A; None when either edition has no valid answer
    difference: Fraction | None
    diff_ci: tuple[float, float] | None
    p_value: float | None
    #: None also when the two editions use different scales for the item
    p_value_ordinal: float | None
    #: either n_valid is under SMALL_N (but not 0)
    small_n: bool
    #: the q-values and the verdict are set once every item of the pair is compared
    q_value: float | None = None
    q_value_ordinal: float | None = None
    verdict: str = NOT_COMPARED

    @property
    def significant(self) -> bool:
        return self.verdict in (UP, DOWN)


@dataclass(frozen=True)
class RateComparison:
    """Respondents / attendees in A and B (only when both attendee counts are known)."""

    a: Side
    b: Side
    difference: Fraction
    diff_ci: tuple[float, float]
    p_value: float
    verdict: str


@dataclass(frozen=True)
class PairComparison:
    a: Summary
    b: Summary
    a_name: str
    b_name: str
    items: tuple[ItemComparison, ...]
    #: edition name → ids of the items (with a positive category) asked only in that edition
    only_in: Mapping[str, tuple[str, ...]]
    #: ids of items present in both editions but not comparable (no positive category)
    not_compared: tuple[str, ...]
    response_rate: RateComparison | None
    alpha: float


@dataclass(frozen=True)
class Comparison:
    summaries: tuple[Summary, ...]
    #: display names of the editions, unique, in the order given
    names: tuple[str, ...]
    pairs: tuple[PairComparison, ...]
    #: edition name → ids of the items asked there but missing from at least one other edition
    only_in: Mapping[str, tuple[str, ...]]
    confidence: float
    alpha: float
    warnings: tuple[str, ...]


def comparable(item: ItemSummary) -> bool:
    """An item with a share positive to compare (a single choice has none)."""
    return item.n_positive is not None and item.kind != "choice"


def _verdict(difference: Fraction | None, q: float | None, alpha: float) -> str:
    if difference is None or q is None:
        return NOT_COMPARED
    if q >= alpha or difference == 0:
        return NO_CHANGE
    return UP if difference > 0 else DOWN


def _tests(a: Side, b: Side, confidence: float) -> tuple[Fraction, tuple[float, float], float]:
    """b − a, Newcombe's interval of it and Fisher's p-value (both sides have answers)."""
    assert a.share_positive is not None and b.share_positive is not None
    ci = newcombe_interval(b.n_positive, b.n_valid, a.n_positive, a.n_valid, confidence)
    p = fisher_exact_p(b.n_positive, b.n_valid, a.n_positive, a.n_valid)
    return b.share_positive - a.share_positive, ci, p


def compare_items(
    a: ItemSummary, b: ItemSummary, a_name: str, b_name: str, confidence: float
) -> ItemComparison:
    """Everything but the q-values and the verdict (they need every item of the pair)."""
    side_a = _side(a_name, a.n_valid, a.n_positive or 0, confidence, a.counts)
    side_b = _side(b_name, b.n_valid, b.n_positive or 0, confidence, b.counts)
    difference = diff_ci = p = p_ord = None
    if a.n_valid and b.n_valid:
        difference, diff_ci, p = _tests(side_a, side_b, confidence)
        if a.scale == b.scale and len(a.counts) == len(b.counts):
            p_ord = mann_whitney_p(a.counts, b.counts)
    return ItemComparison(
        id=b.id,
        kind=b.kind,
        label=dict(b.label),
        statement=dict(b.statement),
        a=side_a,
        b=side_b,
        difference=difference,
        diff_ci=diff_ci,
        p_value=p,
        p_value_ordinal=p_ord,
        small_n=any(0 < n < SMALL_N for n in (a.n_valid, b.n_valid)),
    )


def _with_q(items: list[ItemComparison], alpha: float) -> tuple[ItemComparison, ...]:
    def adjust(values: list[float | None]) -> list[float | None]:
        present = [v for v in values if v is not None]
        qs = iter(bh_qvalues(present))
        return [next(qs) if v is not None else None for v in values]

    q = adjust([i.p_value for i in items])
    q_ord = adjust([i.p_value_ordinal for i in items])
    return tuple(
        replace(item, q_value=qi, q_value_ordinal=qo, verdict=_verdict(item.difference, qi, alpha))
        for item, qi, qo in zip(items, q, q_ord, strict=True)
    )


def _rate(
    a: Summary, b: Summary, a_name: str, b_name: str, confidence: float, alpha: float
) -> RateComparison | None:
    if a.attendees is None or b.attendees is None:
        return None
    if a.respondents > a.attendees or b.respondents > b.attendees:
        return None
    side_a = _side(a_name, a.attendees, a.respondents, confidence)
    side_b = _side(b_name, b.attendees, b.respondents, confidence)
    difference, ci, p = _tests(side_a, side_b, confidence)
    return RateComparison(side_a, side_b, difference, ci, p, _verdict(difference, p, alpha))


def compare_pair(
    a: Summary, b: Summary, *, a_name: str | None = None, b_name: str | None = None
) -> PairComparison:
    """Compare edition ``a`` (earlier) with ``b`` (later): differences are b − a."""
    if a.confidence != b.confidence:
        raise ValueError("both summaries must use the same confidence level")
    confidence = a.confidence
    alpha = round(1.0 - confidence, 10)
    a_name = a_name or a.name
    b_name = b_name or b.name
    b_items = {item.id: item for item in b.items}
    a_items = {item.id: item for item in a.items}
    raw: list[ItemComparison] = []
    not_compared: list[str] = []
    for item in b.items:  # questionnaire order of the later edition
        other = a_items.get(item.id)
        if other is None:
            continue
        if comparable(item) and comparable(other):
            raw.append(compare_items(other, item, a_name, b_name, confidence))
        else:
            not_compared.append(item.id)
    only_in = {
        a_name: tuple(i.id for i in a.items if i.id not in b_items and comparable(i)),
        b_name: tuple(i.id for i in b.items if i.id not in a_items and comparable(i)),
    }
    return PairComparison(
        a=a,
        b=b,
        a_name=a_name,
        b_name=b_name,
        items=_with_q(raw, alpha),
        only_in={k: v for k, v in only_in.items() if v},
        not_compared=tuple(not_compared),
        response_rate=_rate(a, b, a_name, b_name, confidence, alpha),
        alpha=alpha,
    )


def unique_names(summaries: Sequence[Summary]) -> tuple[str, ...]:
    """Display names: the year, or the file's stem cleaned of ``+``, ``_`` and an export time
    ("survey_2023.csv" → "survey 2023"), made unique ("2019", "2019 (2)")."""
    seen: Counter[str] = Counter()
    names = []
    for summary in summaries:
        name = summary.name if summary.edition is not None else clean_file_title(summary.file)
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(names)


def compare(summaries: Sequence[Summary]) -> Comparison:
    """Compare each consecutive pair of editions, in the order given."""
    if len(summaries) < 2:
        raise ValueError("a comparison needs at least two editions")
    confidence = summaries[0].confidence
    names = unique_names(summaries)
    pairs = tuple(
        compare_pair(a, b, a_name=na, b_name=nb)
        for a, b, na, nb in zip(summaries, summaries[1:], names, names[1:], strict=False)
    )
    for pair in pairs:
        if not pair.items and not pair.not_compared:  # no table, no verdict can be given
            only = "; ".join(
                f"only in {name}: {', '.join(ids)}" for name, ids in pair.only_in.items()
            )
            raise UsageError(
                f"{pair.a_name} and {pair.b_name} have no item in common: there is nothing to "
                f"compare ({only or 'no comparable item in either'}).",
                "Compare editions that asked the same questions, or map their columns to the "
                "same item ids in the questionnaire.",
            )
    ids = [{i.id for i in s.items if comparable(i)} for s in summaries]
    everywhere = set.intersection(*ids)
    only_in = {
        name: tuple(i.id for i in s.items if comparable(i) and i.id not in everywhere)
        for name, s in zip(names, summaries, strict=True)
    }
    warnings: list[str] = []
    for pair in pairs:
        for item in pair.items:
            if item.verdict == NOT_COMPARED:
                empty = [s.edition for s in (item.a, item.b) if s.n_valid == 0]
                warnings.append(
                    f'item "{item.id}": no valid answer in {" and ".join(empty)}; '
                    f"{pair.a_name} and {pair.b_name} are not compared on it."
                )
            elif item.small_n:
                small = [
                    f"{s.edition} (n = {s.n_valid})"
                    for s in (item.a, item.b)
                    if 0 < s.n_valid < SMALL_N
                ]
                warnings.append(
                    f'item "{item.id}": fewer than {SMALL_N} valid answers in '
                    f"{' and '.join(small)}"
                    "; the test can only detect very large changes."
                )
            if item.p_value is not None and item.p_value_ordinal is None:
                warnings.append(
                    f'item "{item.id}": {pair.a_name} and {pair.b_name} use different scales; '
                    "only the share positive is compared."
                )
    return Comparison(
        summaries=tuple(summaries),
        names=names,
        pairs=pairs,
        only_in={k: v for k, v in only_in.items() if v},
        confidence=confidence,
        alpha=round(1.0 - confidence, 10),
        warnings=tuple(warnings),
    )
