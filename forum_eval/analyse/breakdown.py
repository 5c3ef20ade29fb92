"""Breakdowns by group (``--by COLUMN``) with small-cell suppression.

A grouping splits the respondents by the answer to one column: an item with a scale
(self-rated expertise, main role, a self-identification ``group`` item) or any other
non-identifying column of the file (its distinct values). Respondents who left it blank,
answered "prefer not to say" / N/A, or gave an answer off its scale form the group
``not_stated``, so the groups always add up to the total. Every declared category is
listed, even one nobody chose (leaving it out would tell that the others hold someone); the
values of a plain column are listed only when at least ``min_cell`` respondents gave them,
the rest are pooled in ``other_values``.

Every row (the group sizes, each item, each comment theme) is a list of cells, one per
group, and the row's total is published elsewhere; :func:`forum_eval.analyse.privacy.suppress`
decides which cells are hidden: those under ``min_cell`` respondents and their
complements. A hidden cell carries ``n = positive = share = None`` and ``suppressed``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from forum_eval.analyse.privacy import (
    DEFAULT_MIN_CELL,
    header_is_identifying,
    header_is_self_identification,
    is_group_item,
    suppress,
)
from forum_eval.analyse.privacy import Cell as _Cell
from forum_eval.analyse.stats import share
from forum_eval.config.scales import is_not_applicable
from forum_eval.errors import UsageError
from forum_eval.textnorm import fold, slug

if TYPE_CHECKING:
    from forum_eval.analyse.summary import Summary
    from forum_eval.read import RawTable
    from forum_eval.read.responses import Responses
    from forum_eval.read.survey import Survey

NOT_STATED = "not_stated"
#: the pooled values of a plain column held by fewer than min_cell respondents each
OTHER_VALUES = "other_values"


@dataclass(frozen=True)
class Group:
    id: str
    #: lang → label; empty for ``not_stated`` (renderers name it)
    label: Mapping[str, str]


@dataclass(frozen=True)
class Grouping:
    #: the column: an item id, or the slug of a header
    id: str
    label: Mapping[str, str]
    groups: tuple[Group, ...]
    #: per respondent, the index of their group in ``groups``
    codes: np.ndarray
    #: a self-identification column
    sensitive: bool = False


@dataclass(frozen=True)
class Cell:
    n: int | None
    positive: int | None
    share: Fraction | None
    suppressed: bool


@dataclass(frozen=True)
class Row:
    id: str
    label: Mapping[str, str]
    #: the row's total (as published without --by)
    n: int
    positive: int | None
    share: Fraction | None
    cells: tuple[Cell, ...]
    kind: str = "count"


@dataclass(frozen=True)
class Breakdown:
    grouping: Grouping
    min_cell: int
    #: respondents per group
    sizes: Row
    #: one row per item with a positive answer (agreement, yes/no, expertise …)
    rows: tuple[Row, ...]

    @property
    def groups(self) -> tuple[Group, ...]:
        return self.grouping.groups


def _hidden_row(
    row_id: str,
    label: Mapping[str, str],
    counts: np.ndarray,
    positives: np.ndarray | None,
    min_cell: int,
    kind: str,
) -> Row:
    cells_in = [
        _Cell(int(c), None if positives is None else int(p))
        for c, p in zip(counts, positives if positives is not None else counts, strict=True)
    ]
    hidden = suppress(cells_in, min_cell)
    cells = tuple(
        Cell(None, None, None, True)
        if hide
        else Cell(c.n, c.positive, share(c.positive, c.n), False)
        for c, hide in zip(cells_in, hidden, strict=True)
    )
    total = int(counts.sum())
    total_pos = None if positives is None else int(positives.sum())
    return Row(row_id, dict(label), total, total_pos, share(total_pos, total), cells, kind)


def count_row(
    row_id: str,
    label: Mapping[str, str],
    members: np.ndarray,
    codes: np.ndarray,
    n_groups: int,
    min_cell: int,
) -> Row:
    """Respondents flagged in ``members`` counted per group, small cells suppressed."""
    counts = np.bincount(codes[members], minlength=n_groups)
    return _hidden_row(row_id, label, counts, None, min_cell, "count")


def _from_codes(
    group_id: str,
    label: Mapping[str, str],
    codes: np.ndarray,
    categories: list[Group],
    sensitive: bool,
) -> Grouping:
    """Groups from per-respondent category codes (negative codes → not stated).

    Every declared category is listed, even when nobody chose it: dropping empty ones would
    tell that the others (a suppressed "< 5") hold at least one person. "Not stated" is
    listed when someone is in it."""
    k = len(categories)
    mapped = np.where(codes >= 0, codes, k).astype(np.int64)
    groups: tuple[Group, ...] = tuple(categories)
    if (mapped == k).any():
        groups = (*groups, Group(NOT_STATED, {}))
    return Grouping(group_id, dict(label), groups, mapped, sensitive)


def resolve_grouping(
    by: str, responses: Responses, table: RawTable, min_cell: int = DEFAULT_MIN_CELL
) -> Grouping:
    """The grouping ``--by BY`` asks for: an item id, an item's header, or a column header."""
    from forum_eval.read.table import METADATA_HEADERS  # pandas: not when rendering only

    key = fold(by)
    for data in responses.items:
        item = data.item
        names = {
            fold(n) for n in (item.id, data.header, *item.label.values(), *item.question.values())
        }
        if key in names and data.inferred and data.scale.kind == "choice":
            # its options were taken from the answers: grouped as a column of the file, so
            # that an answer held by fewer than min_cell people is pooled, never named
            key = fold(data.header)
            break
        if key in names:
            categories = [Group(c.id, {"en": c.en, "fr": c.fr}) for c in data.scale.categories]
            return _from_codes(item.id, item.label, data.codes, categories, is_group_item(data))
    for comment in responses.comments:
        if key in {fold(comment.item.id), fold(comment.header)}:
            raise UsageError(
                f'--by "{by}": this is a free-text comment column; breakdowns need a column of choices.',
                "Use an item such as expertise, role or a self-identification column.",
            )
    for position, header in enumerate(table.headers):
        if fold(header) != key:
            continue
        if header_is_identifying(header):
            raise UsageError(
                f'--by "{by}": this column identifies respondents; it cannot be used for a breakdown.'
            )
        if key in METADATA_HEADERS:
            raise UsageError(
                f'--by "{by}": this column describes the submission, not the respondent.'
            )
        values = table.frame[position].iloc[responses.positions].astype(str).str.strip().tolist()
        folded_values = [fold(v) for v in values]
        counts = Counter(f for f in folded_values if f and not is_not_applicable(f))
        labels: dict[str, str] = {}  # the first spelling of each value
        for value, folded in zip(values, folded_values, strict=True):
            if folded in counts:
                labels.setdefault(folded, value)
        # values from the data itself: one held by fewer than min_cell people is never
        # shown, not even as a label (it would tell that someone gave it); they are pooled
        big = sorted(
            (f for f in labels if counts[f] >= min_cell), key=lambda f: labels[f].casefold()
        )
        index = {f: i for i, f in enumerate(big)}
        small = len(big)
        codes = np.array(
            [index.get(f, small if f in labels else -1) for f in folded_values], dtype=np.int64
        )
        categories = [Group(slug(labels[f]), {"en": labels[f], "fr": labels[f]}) for f in big]
        if len(big) < len(labels):
            categories.append(Group(OTHER_VALUES, {}))
        return _from_codes(
            slug(header),
            {"en": header, "fr": header},
            codes,
            categories,
            header_is_self_identification(header),
        )
    choices = [
        d.item.id
        for d in responses.items
        if d.scale.kind in ("choice", "expertise") or d.item.kind == "group"
    ]
    raise UsageError(
        f'--by "{by}": no such column.',
        f"Give an item id ({', '.join(choices) or 'none found'}) or a column header of the file.",
    )


def breakdown_items(responses: Responses, grouping: Grouping, min_cell: int) -> Breakdown:
    """Each item's share positive per group, with n; small cells suppressed."""
    codes = grouping.codes
    n_groups = len(grouping.groups)
    sizes = count_row("respondents", {}, np.ones(codes.size, dtype=bool), codes, n_groups, min_cell)
    rows = []
    for data in responses.items:
        scale = data.scale
        if data.item.id == grouping.id or is_group_item(data) or not any(scale.positive_mask()):
            continue
        valid = data.codes >= 0
        is_positive = np.isin(data.codes, np.flatnonzero(scale.positive_mask()))
        counts = np.bincount(codes[valid], minlength=n_groups)
        positives = np.bincount(codes[is_positive], minlength=n_groups)
        rows.append(
            _hidden_row(data.item.id, data.item.label, counts, positives, min_cell, data.item.kind)
        )
    return Breakdown(grouping, min_cell, sizes, tuple(rows))


def breakdown_survey(
    survey: Survey, by: str, min_cell: int, *, attendees: int | None, confidence: float
) -> tuple[Summary, Breakdown]:
    """``summarize SOURCE --by BY``: the usual summary and the breakdown, from one reading."""
    from forum_eval.analyse.summary import summarize_survey

    grouping = resolve_grouping(by, survey.responses, survey.table, min_cell)
    summary = summarize_survey(survey, attendees=attendees, confidence=confidence)
    return summary, breakdown_items(survey.responses, grouping, min_cell)
