"""How each column of a file is understood: an item (on a scale from the questionnaire, a
``--scale`` declaration, the header or the answers), a comment, or set aside (metadata,
identifying, ignored — with the reason, and a ``--scale`` declaration when the answers look
like a scale). Metadata and identifying columns never become items, and their values never
leave this module (not even in messages); only how many there are.

A column is factorised once (:class:`Column`): labels are looked at once per distinct value,
never once per cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from forum_eval.config.questionnaire import Item, Questionnaire
from forum_eval.config.scales import (
    DETECTABLE,
    NPS,
    Scale,
    declaration_hint,
    header_scale,
    is_not_applicable,
    recommend_question,
)
from forum_eval.errors import InputError
from forum_eval.read.responses import ColumnReport
from forum_eval.read.table import IDENTIFYING, IGNORED, METADATA, RawTable, header_role
from forum_eval.textnorm import fold, slug

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$|^[0-9a-fA-F:]{7,39}$")


_NUMBER = re.compile(r"^\d{1,2}(\.0)?$")


class Column:
    """One column factorised once: an integer code per cell into its distinct values.

    What normalise needs from a column (blanks, answers and their counts, the codes on a
    scale, the comments' texts) is computed on the distinct values, then spread to the cells
    with one numpy indexing: labels are looked at once per distinct value, never per cell.
    """

    def __init__(self, values: pd.Series) -> None:
        self._counts: np.ndarray | None = None
        codes, distinct = pd.factorize(values, use_na_sentinel=True)
        #: per cell, the position of its value among the distinct values (−1: missing);
        #: int32 (half the memory of pandas' int64 for a million-row column)
        self.codes: np.ndarray = np.asarray(codes).astype(
            np.int32 if len(distinct) < 2**31 else np.int64, copy=False
        )
        self._distinct = distinct
        self._uniques: list[str] | None = None
        self._stripped: list[str] | None = None

    def __len__(self) -> int:
        return len(self.codes)

    @property
    def n_distinct(self) -> int:
        return len(self._distinct)

    @property
    def uniques(self) -> list[str]:
        """The distinct values, in order of first appearance."""
        if self._uniques is None:
            self._uniques = [str(u) for u in np.asarray(self._distinct, dtype=object).tolist()]
        return self._uniques

    @property
    def stripped(self) -> list[str]:
        if self._stripped is None:
            self._stripped = [u.strip() for u in self.uniques]
        return self._stripped

    def spread(self, per_value: Sequence[object], missing: object, dtype: object) -> np.ndarray:
        """``per_value[code]`` for every cell (``missing`` for a missing cell)."""
        lut = np.empty(self.n_distinct + 1, dtype=dtype)  # type: ignore[call-overload]
        lut[:-1] = per_value
        lut[-1] = missing
        return lut.take(self.codes)

    def counts(self) -> np.ndarray:
        """How many cells hold each distinct value (``numpy.bincount`` on the codes)."""
        if self._counts is None:
            # shifted by one so that missing cells (code −1) fall in bin 0, then dropped
            self._counts = np.bincount(self.codes + 1, minlength=self.n_distinct + 1)[1:]
        return self._counts

    def answered_counts(self) -> pd.Series:
        """Stripped non-blank answer → count, most frequent first (as ``value_counts``)."""
        totals: dict[str, int] = {}
        for text, count in zip(self.stripped, self.counts().tolist(), strict=True):
            if text and count:
                totals[text] = totals.get(text, 0) + count
        return pd.Series(totals, dtype="int64").sort_values(ascending=False, kind="stable")


def as_column(values: pd.Series | Column) -> Column:
    return values if isinstance(values, Column) else Column(values)


def unanswered(n_rows: int, columns: Sequence[Column]) -> np.ndarray:
    """True for each row blank in every one of ``columns``: each column looks only at the
    rows that all the columns before it left blank."""
    blank = np.arange(n_rows)
    for column in columns:
        if not blank.size:
            break
        codes = column.codes if blank.size == n_rows else column.codes[blank]
        lut = np.zeros(column.n_distinct + 1, dtype=bool)  # the last entry: missing (−1)
        lut[:-1] = [not s for s in column.stripped]
        lut[-1] = True
        blank = blank[lut.take(codes)]
    mask = np.zeros(n_rows, dtype=bool)
    mask[blank] = True
    return mask


def _answered_counts(values: pd.Series | Column) -> pd.Series:
    return as_column(values).answered_counts()


def _detect_scale(values: pd.Series | Column) -> tuple[Scale | None, float]:
    """The built-in label scale most of a column's answers belong to, with the share that do."""
    counts = _answered_counts(values)
    if counts.empty:
        return None, 0.0
    answered = {str(v): int(n) for v, n in counts.items() if not is_not_applicable(fold(str(v)))}
    total = sum(answered.values())
    if total == 0:
        return None, 0.0
    best: tuple[Scale | None, float] = (None, 0.0)
    for scale in DETECTABLE:
        matched = [v for v in answered if scale.index_of(v) is not None]
        share = sum(answered[v] for v in matched) / total
        # at least two different labels of the scale (one repeated label is not evidence
        # of a scale), or a column entirely on it; and fewer labels off the scale than on
        # it (a typo is one stray label; another scale is several)
        others = len(answered) - len(matched)
        if (len(matched) >= 2 or share == 1.0) and others < len(matched) and share > best[1]:
            best = (scale, share)
    return best


def _detect_scale_one(values: pd.Series | Column, scale: Scale) -> float:
    counts = _answered_counts(values)
    answered = {str(v): int(n) for v, n in counts.items() if not is_not_applicable(fold(str(v)))}
    total = sum(answered.values())
    if not total:
        return 0.0
    return sum(n for v, n in answered.items() if scale.index_of(v) is not None) / total


def _numeric_fit(values: pd.Series | Column, scale: Scale) -> float:
    """Share of the non-N/A answers that are numbers of ``scale``."""
    counts = _answered_counts(values)
    answered = {str(v): int(n) for v, n in counts.items() if not is_not_applicable(fold(str(v)))}
    total = sum(answered.values())
    if not total:
        return 0.0
    return (
        sum(n for v, n in answered.items() if scale.index_of(v, numeric=True) is not None) / total
    )


def _nps_by_values(values: pd.Series | Column) -> bool:
    """Integers 0–10 with at least one above 5 (a "recommend" question without a stated scale)."""
    counts = _answered_counts(values)
    numbers = [str(v) for v in counts.index if not is_not_applicable(fold(str(v)))]
    if not numbers or not all(_NUMBER.match(v) for v in numbers):
        return False
    ints = [int(float(v)) for v in numbers]
    return max(ints) <= 10 and max(ints) > 5


def _looks_like_comment(values: pd.Series | Column) -> bool:
    column = as_column(values)
    counts = column.counts().tolist()
    texts = [
        (u, n) for u, s, n in zip(column.uniques, column.stripped, counts, strict=True) if s and n
    ]
    answers = sum(n for _, n in texts)
    if not answers:
        return False
    mean_length = sum(len(u) * n for u, n in texts) / answers
    return bool(len(texts) >= max(3, 0.5 * answers) and mean_length >= 15)


#: A scale stated at the end of a header, left out of the item's label:
#: "(1 = Strongly disagree, 5 = Strongly agree)", "(0-10)", "(1 à 5)".
_STATED_SCALE = re.compile(r"\s*\((?:[^()]*\d\s*[=:][^()]*|\s*\d+\s*(?:-|–|à|to)\s*\d+\s*)\)\s*$")


_OPTION_SEPARATOR = re.compile(r"\s*;\s*|,\s+")


def _looks_like_multiselect(values: pd.Series | Column) -> bool:
    """Checkbox answers: options joined with ", " (Google) or ";" (Microsoft), repeated."""
    counts = _answered_counts(values)
    # at least two different combinations of several options
    if sum(1 for v in counts.index if _OPTION_SEPARATOR.search(str(v))) < 2:
        return False
    options: dict[str, int] = {}
    for value, n in counts.items():
        for option in _OPTION_SEPARATOR.split(str(value)):
            if option:
                options[option] = options.get(option, 0) + int(n)
    total = sum(options.values())
    repeated = sum(n for n in options.values() if n >= 2)
    return len(options) <= 20 and max(map(len, options)) <= 80 and repeated >= 0.8 * total


def _looks_identifying(values: pd.Series | Column) -> bool:
    """Most distinct answers are e-mail or IP addresses."""
    uniques = [v.strip() for v in as_column(values).uniques[:500]]
    uniques = [v for v in uniques if v]
    if not uniques:
        return False
    hits = sum(1 for v in uniques if _EMAIL.match(v) or _IP.match(v))
    return hits * 2 > len(uniques)


def _scale_suggestion(header: str, values: pd.Series | Column) -> str:
    """A remark for an ignored column whose answers look like a scale, with a declaration."""
    counts = _answered_counts(values)
    if counts.empty or len(counts) > 11 or len(counts) < 2:
        return ""
    answered = int(counts.sum())
    labels = [str(v) for v in counts.index]
    numeric = all(_NUMBER.match(v) for v in labels)
    if not numeric and (len(labels) * 2 > answered or max(len(v) for v in labels) > 60):
        return ""
    if numeric:
        numbers = sorted({int(float(v)) for v in labels})
        if numbers[-1] > 10:  # ages, counts, years: not a rating
            return ""
        low = min(numbers[0], 1)
        high = max(numbers[-1], 5)
        ordered = [str(n) for n in range(low, high + 1)]
        return (
            f"numbers {numbers[0]}–{numbers[-1]}: the header does not say what they mean. Say it in "
            f'the header ("(1 = Strongly disagree, 5 = Strongly agree)") or declare the scale: '
            + declaration_hint(header, ordered)
        )
    return (
        f"{len(labels)} distinct answers ({', '.join(labels[:6])}{' …' if len(labels) > 6 else ''}) "
        "look like a scale that is not a built-in one. Declare it with the labels put in order, "
        "most negative first, and the positive ones listed: " + declaration_hint(header, labels)
    )


def _declared_for(
    header: str, item: Item | None, scales: Sequence[tuple[str, Scale]]
) -> Scale | None:
    key = fold(header)
    for target, scale in scales:
        if target in (key, fold(slug(header))) or (item is not None and target == fold(item.id)):
            return scale
    return None


@dataclass
class Classified:
    """Every column of a file, understood: the items (position, item, scale, recognised from
    the answers alone), the comments (position, item), one report per column in file order,
    how many were set aside by role, and warnings."""

    items: list[tuple[int, Item, Scale, bool]] = field(default_factory=list)
    comments: list[tuple[int, Item]] = field(default_factory=list)
    reports: list[ColumnReport] = field(default_factory=list)
    set_aside: dict[str, int] = field(
        default_factory=lambda: {METADATA: 0, IDENTIFYING: 0, IGNORED: 0}
    )
    warnings: list[str] = field(default_factory=list)

    def aside(self, position: int, header: str, role: str, how: str, note: str = "") -> None:
        self.set_aside[role] += 1
        self.reports.append(ColumnReport(position, header, role, how=how, note=note))


class Columns:
    """The columns of a table, each factorised on first use."""

    def __init__(self, table: RawTable) -> None:
        self._frame = table.frame
        self._done: dict[int, Column] = {}

    def __getitem__(self, position: int) -> Column:
        if position not in self._done:
            self._done[position] = Column(self._frame[position])
        return self._done[position]


def classify_columns(
    table: RawTable,
    questionnaire: Questionnaire,
    columns: Columns,
    scales: Sequence[tuple[str, Scale]],
) -> Classified:
    """Each column in file order: the platform's own roles first, then the questionnaire, a
    ``--scale`` declaration, the header and the answers (see :func:`_recognise`)."""
    found = Classified()
    seen: dict[str, str] = {}
    for position, header in enumerate(table.headers):
        platform_role = table.roles.get(position)
        if platform_role in (METADATA, IDENTIFYING, IGNORED):
            found.aside(position, header, platform_role, f"{table.platform} layout")
            continue
        recognised = _recognise(position, header, questionnaire, columns, scales, found, seen)
        if recognised is None:
            continue
        item, how, inferred = recognised
        if item.id in seen:
            found.warnings.append(
                f'columns "{seen[item.id]}" and "{header}" both stand for item "{item.id}"; '
                f"only the first is used."
            )
            found.aside(position, header, IGNORED, f'duplicate of item "{item.id}"')
            continue
        seen[item.id] = header
        if item.kind == "comment":
            found.comments.append((position, item))
            found.reports.append(
                ColumnReport(position, header, "comment", item.id, "comment", None, how)
            )
            continue
        if item.scale is None:  # parse_item guarantees a scale for non-comment kinds
            raise InputError(f'item "{item.id}" has no scale.')
        found.items.append((position, item, item.scale, inferred))
        found.reports.append(
            ColumnReport(position, header, "item", item.id, item.kind, item.scale.id, how)
        )
    return found


def _recognise(
    position: int,
    header: str,
    questionnaire: Questionnaire,
    columns: Columns,
    scales: Sequence[tuple[str, Scale]],
    found: Classified,
    seen: dict[str, str],
) -> tuple[Item, str, bool] | None:
    """The item a column stands for, how it was recognised and whether from its answers
    alone; None when it is set aside (recorded in ``found``)."""
    item = questionnaire.match(header)
    declared = _declared_for(header, item, scales)
    if item is not None:
        if declared is None or item.kind == "comment":
            return item, "questionnaire", False
        item = Item(
            id=item.id,
            kind="declared",
            label=item.label,
            question=item.question,
            statement=item.statement,
            scale=declared,
            aliases=item.aliases,
        )
        return item, "questionnaire, scale declared (--scale)", False
    column = columns[position]
    if declared is None:
        role = header_role(header)
        # a header that speaks of e-mail or names but whose answers are all on a scale
        # ("E-mail me the slides?" Yes / No) is a question, not a contact column
        if role is not None and not (role == IDENTIFYING and _detect_scale(column)[1] == 1.0):
            found.aside(position, header, role, "header name")
            return None
        if not header.strip() and not any(column.stripped):
            found.aside(position, header, IGNORED, "empty column")
            return None
        if _looks_identifying(column):
            found.aside(position, header, IDENTIFYING, "answers look like e-mail or IP addresses")
            return None
    scale, how = _scale_of(header, column, declared, scales)
    if scale is not None:
        item_id = slug(header) if header.strip() else f"column_{position + 1}"
        if item_id in seen:
            item_id = f"{item_id}_{position + 1}"
        shown = _STATED_SCALE.sub("", header).strip() or header
        return (
            Item(id=item_id, kind=scale.kind, label={"en": shown, "fr": shown}, scale=scale),
            how,
            True,
        )
    if _looks_like_multiselect(column):
        found.aside(
            position, header, IGNORED, "several options per answer (checkboxes): not summarised"
        )
        return None
    if _looks_like_comment(column):
        item_id = slug(header) if header.strip() else f"column_{position + 1}"
        return (
            Item(id=item_id, kind="comment", label={"en": header, "fr": header}),
            "free text",
            True,
        )
    found.aside(position, header, IGNORED, "not a known scale", _scale_suggestion(header, column))
    return None


def _scale_of(
    header: str, column: Column, declared: Scale | None, scales: Sequence[tuple[str, Scale]]
) -> tuple[Scale | None, str]:
    """The scale of a column that is in no questionnaire: declared for it, stated by its
    header, 0–10 answers to a recommend question, a ``--scale "*=…"`` declaration all its
    answers fit, or the built-in scale most of its answers are on."""
    if declared is not None:
        return declared, "declared (--scale)"
    stated = header_scale(header)
    if stated is not None and _numeric_fit(column, stated[0]) >= 0.5:
        return stated[0], f"header: {stated[1]}"
    if recommend_question(header) and _nps_by_values(column):
        return NPS, "0–10 answers to a recommend question: Net Promoter Score"
    for target, candidate in scales:
        if target == "*" and _detect_scale_one(column, candidate) == 1.0:
            return candidate, "declared (--scale *)"
    found, share = _detect_scale(column)
    if found is not None and share >= 0.5:
        return found, "answers"
    return None, ""
