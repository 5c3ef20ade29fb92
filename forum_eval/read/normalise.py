"""Raw table → :class:`Responses`: one coded answer vector per item, the rest set aside.

Each item column becomes a vector of small integer codes: ``0 … k-1`` for the categories of
its scale (negative → positive), :data:`BLANK`, :data:`NOT_APPLICABLE` or :data:`INVALID`.
Labels are normalised once per distinct value, never once per cell, and no Python loop runs
over rows. Metadata columns (timestamps, platform fields) and identifying columns (emails,
names, IP addresses, IDs, custom data) never become items, and their values never leave this
module (not even in error messages); only how many there are.

Rows that do not count as respondents are counted by reason in ``Responses.excluded``:
``preview`` (a platform's test run), ``incomplete`` (the platform says the form was not
submitted; kept with ``include_incomplete``), ``empty`` (no answer in any item or comment
column) and ``duplicate`` (a row identical to an earlier one in every column, timestamps
included, but the platform's row IDs; only checked when the file has a timestamp column, as
two people may well give the same answers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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
from forum_eval.read import IDENTIFYING, IGNORED, METADATA, RawTable, header_role
from forum_eval.read.table import IDENTIFYING_HEADERS, METADATA_HEADERS
from forum_eval.textnorm import fold, slug

__all__ = [
    "BLANK",
    "IDENTIFYING_HEADERS",
    "INVALID",
    "METADATA_HEADERS",
    "NOT_APPLICABLE",
    "ColumnReport",
    "CommentResponses",
    "ItemResponses",
    "Problem",
    "Responses",
    "normalise",
]

BLANK = -1
NOT_APPLICABLE = -2
INVALID = -3

#: Headers of the platforms' own row identifiers, left out when looking for duplicate rows.
_ROW_IDS = frozenset(
    fold(h)
    for h in (
        "ID",
        "Respondent ID",
        "RespondentID",
        "Response ID",
        "ResponseId",
        "_id",
        "_uuid",
        "_index",
        "meta/instanceID",
        "id",
    )
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$|^[0-9a-fA-F:]{7,39}$")
_NUMBER = re.compile(r"^\d{1,2}(\.0)?$")


@dataclass(frozen=True)
class ItemResponses:
    item: Item
    scale: Scale
    #: the header as written in the file
    header: str
    #: one code per respondent (see module docstring)
    codes: np.ndarray
    #: True when the item was recognised from its values alone (no questionnaire entry)
    inferred: bool = False


@dataclass(frozen=True)
class CommentResponses:
    item: Item
    header: str
    #: one text per respondent, ``""`` when blank
    texts: tuple[str, ...]
    #: the same texts as their distinct values, in order of first appearance, and per
    #: respondent the position of its text among them (what comments are coded from, once
    #: per distinct text); None when not known (``texts`` then says it all)
    distinct: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    codes: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ColumnReport:
    """How one column was understood (``forum-eval validate`` prints these)."""

    position: int
    header: str
    #: item, comment, metadata, identifying, ignored
    role: str
    item_id: str | None = None
    kind: str | None = None
    scale: str | None = None
    #: how it was recognised: questionnaire, answers, header, declared, platform, header name …
    how: str = ""
    #: a remark (e.g. the --scale declaration that would make it an item)
    note: str = ""


@dataclass(frozen=True)
class Problem:
    """Something that stops ``summarize`` (or was counted as invalid under ``--lenient``)."""

    message: str
    hint: str = ""
    column: str | None = None
    rows: tuple[int, ...] = ()


@dataclass
class Responses:
    items: list[ItemResponses]
    comments: list[CommentResponses]
    respondents: int
    rows_read: int
    #: reason → number of rows excluded from respondents
    excluded: dict[str, int] = field(default_factory=dict)
    #: how many columns were set aside, by role ("metadata", "identifying", "ignored")
    set_aside: dict[str, int] = field(default_factory=dict)
    #: (item id, number of answers) counted as invalid under --lenient
    invalid: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: original row positions (0-based in the data) of the respondents, for breakdowns
    positions: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: one entry per column of the file, in file order
    columns: list[ColumnReport] = field(default_factory=list)
    #: problems found (only filled when normalise runs with collect=True or lenient=True)
    problems: list[Problem] = field(default_factory=list)

    def item(self, item_id: str) -> ItemResponses | None:
        return next((i for i in self.items if i.item.id == item_id), None)


class _Column:
    """One column factorised once: an integer code per cell into its distinct values.

    What normalise needs from a column (blanks, answers and their counts, the codes on a
    scale, the comments' texts) is computed on the distinct values, then spread to the cells
    with one numpy indexing: labels are looked at once per distinct value, never per cell.
    """

    def __init__(self, values: pd.Series) -> None:
        self._counts: np.ndarray | None = None
        as_read = _categories_as_met(values)
        if as_read is not None:
            codes, distinct, self._counts = as_read
        else:
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


#: how many first cells of a category column are looked at for the order of its categories
_FIRST_CELLS = 4096


def _categories_as_met(values: pd.Series) -> tuple[np.ndarray, Any, np.ndarray] | None:
    """What ``pd.factorize`` gives for a ``category`` column (codes, distinct values) and
    the count of each value, found without hashing a cell when the categories that occur
    are in order of first appearance — as in the big reader's columns: pyarrow builds each
    dictionary as it meets the values —; None otherwise (then the column is factorised)."""
    if not isinstance(values.dtype, pd.CategoricalDtype):
        return None
    codes = np.asarray(values.cat.codes).astype(np.int32)
    categories = values.cat.categories
    counts = np.bincount(codes + 1, minlength=len(categories) + 1)[1:]
    if not counts.all():
        # categories no cell holds (the header row's, once the adapter dropped it): left out
        held = np.flatnonzero(counts)
        if held.size and held[-1] - held[0] + 1 == held.size and counts.sum() == codes.size:
            codes -= held[0]  # the ones held are consecutive and no cell is missing
        else:
            renumber = np.full(len(categories) + 1, -1, dtype=np.int32)  # the last: missing
            renumber[held] = np.arange(held.size, dtype=np.int32)
            codes = renumber.take(codes)
        categories, counts = categories[held], counts[held]
    size = len(categories)
    # categories in order of first appearance ⇔ no cell's code exceeds by more than one the
    # largest code before it (missing cells, −1, never do); shown on the first cells when
    # they hold every category, else on the whole column
    first = codes[:_FIRST_CELLS]
    if np.count_nonzero(np.bincount(first + 1, minlength=size + 1)[1:]) < size:
        first = codes
    before = np.maximum.accumulate(np.concatenate(([-1], first[:-1])))
    if not (first <= before + 1).all():
        return None
    return codes, categories, counts


def _as_column(values: pd.Series | _Column) -> _Column:
    return values if isinstance(values, _Column) else _Column(values)


def _unanswered(n_rows: int, columns: Sequence[_Column]) -> np.ndarray:
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


def _row_keys(columns: Sequence[_Column]) -> np.ndarray:
    """One key per row, equal for two rows exactly when all their values are: the columns'
    codes combined in mixed radix into one int64 (a 2-D array of codes if that overflows)."""
    key = np.zeros(len(columns[0]) if columns else 0, dtype=np.int64)
    radix = 1
    for column in columns:
        size = column.n_distinct + 1  # code −1 (missing) becomes 0
        radix *= size
        if radix >= 2**62:
            return np.column_stack([c.codes for c in columns])
        key *= size
        key += column.codes
        key += 1
    return key


def _duplicated(keys: np.ndarray) -> np.ndarray:
    """True for every row whose key was already on an earlier row."""
    if keys.ndim == 2:
        return pd.DataFrame(keys).duplicated(keep="first").to_numpy()
    return pd.Series(keys).duplicated(keep="first").to_numpy()


def _n_distinct(values: pd.Series) -> int:
    """How many different values a column holds (pyarrow's hashing when Arrow-backed)."""
    to_arrow = getattr(values.array, "__arrow_array__", None)
    if to_arrow is not None and not values.hasnans:
        import pyarrow.compute as pc

        return len(pc.unique(to_arrow()))
    return int(values.nunique())


def _all_distinct(values: pd.Series) -> bool:
    """No two cells hold the same value: shown without hashing when the cells are time
    stamps that increase from row to row, else by counting the distinct values."""
    return _increasing_stamps(values) or _n_distinct(values) == len(values)


_STAMP = re.compile(
    r"^(?P<date>\d{1,4}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{1,4})(?P<t>[ T])"
    r"\d{1,2}:\d{2}:\d{2}(?P<ampm>\s?[AaPp]\.?[Mm]\.?)?(?P<rest>.*)$"
)


def _stamp_formats(first: str) -> list[str]:
    """``strptime`` formats that may read a stamp written like ``first`` (the date in any
    order; a 12- or 24-hour clock; what follows the time, such as a time zone, literally)."""
    found = _STAMP.match(first)
    if found is None:
        return []
    sep = found["sep"]
    dates = [f"%Y{sep}%m{sep}%d", f"%m{sep}%d{sep}%Y", f"%d{sep}%m{sep}%Y"]
    ampm = found["ampm"]
    time = "%H:%M:%S" if ampm is None else "%I:%M:%S" + (" %p" if ampm[0].isspace() else "%p")
    if ampm is not None and "." in ampm:
        return []  # "p.m.": not what %p reads
    rest = found["rest"].replace("%", "%%")
    return [f"{date}{found['t']}{time}{rest}" for date in dates]


def _increasing_stamps(values: pd.Series) -> bool:
    """The cells, read as time stamps in a format guessed from the first one, increase
    strictly from row to row, so that no two are equal. Reading a stamp is a function of
    its text, so equal texts could not give increasing times, whatever the format is and
    even if it is not the one meant. False when that cannot be shown (a cell that does not
    read, two equal or decreasing times, a column that is not text)."""
    to_arrow = getattr(values.array, "__arrow_array__", None)
    if to_arrow is None or values.hasnans or len(values) < 2:
        return False
    import pyarrow as pa
    import pyarrow.compute as pc

    cells = to_arrow()
    if not pa.types.is_string(cells.type) and not pa.types.is_large_string(cells.type):
        return False
    for form in _stamp_formats(str(values.iat[0])):
        sample = pc.strptime(cells[:1000], format=form, unit="s", error_is_null=True)
        if sample.null_count or not _increasing(sample):
            continue
        times = pc.strptime(cells, format=form, unit="s", error_is_null=True)
        return times.null_count == 0 and _increasing(times)
    return False


def _increasing(times: Any) -> bool:
    """Each time (an Arrow array or chunked array without nulls) is after the one before."""
    import pyarrow as pa

    seconds = np.asarray(times.cast(pa.int64()))
    return bool((seconds[1:] > seconds[:-1]).all())


def _code_column(column: _Column, scale: Scale, numeric: bool) -> tuple[np.ndarray, list[str]]:
    """Codes for one column, and the distinct values that are not on the scale (sorted)."""
    lut = np.empty(column.n_distinct + 1, dtype=np.int8)
    lut[-1] = BLANK  # code −1 is a missing value
    unknown: list[str] = []
    for position, text in enumerate(column.uniques):
        if not text.strip():
            lut[position] = BLANK
            continue
        index = scale.index_of(text, numeric=numeric)
        folded = fold(text)
        if index is not None:
            lut[position] = index
        elif folded in scale.not_applicable or is_not_applicable(folded):
            lut[position] = NOT_APPLICABLE
        else:
            lut[position] = INVALID
            unknown.append(text)
    return lut.take(column.codes), sorted(unknown)


def _answered_counts(values: pd.Series | _Column) -> pd.Series:
    return _as_column(values).answered_counts()


def _detect_scale(values: pd.Series | _Column) -> tuple[Scale | None, float]:
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


def _numeric_fit(values: pd.Series | _Column, scale: Scale) -> float:
    """Share of the non-N/A answers that are numbers of ``scale``."""
    counts = _answered_counts(values)
    answered = {str(v): int(n) for v, n in counts.items() if not is_not_applicable(fold(str(v)))}
    total = sum(answered.values())
    if not total:
        return 0.0
    return (
        sum(n for v, n in answered.items() if scale.index_of(v, numeric=True) is not None) / total
    )


def _nps_by_values(values: pd.Series | _Column) -> bool:
    """Integers 0–10 with at least one above 5 (a "recommend" question without a stated scale)."""
    counts = _answered_counts(values)
    numbers = [str(v) for v in counts.index if not is_not_applicable(fold(str(v)))]
    if not numbers or not all(_NUMBER.match(v) for v in numbers):
        return False
    ints = [int(float(v)) for v in numbers]
    return max(ints) <= 10 and max(ints) > 5


def _looks_like_comment(values: pd.Series | _Column) -> bool:
    column = _as_column(values)
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


def _looks_like_multiselect(values: pd.Series | _Column) -> bool:
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


def _looks_identifying(values: pd.Series | _Column) -> bool:
    """Most distinct answers are e-mail or IP addresses."""
    uniques = [v.strip() for v in _as_column(values).uniques[:500]]
    uniques = [v for v in uniques if v]
    if not uniques:
        return False
    hits = sum(1 for v in uniques if _EMAIL.match(v) or _IP.match(v))
    return hits * 2 > len(uniques)


def _scale_suggestion(header: str, values: pd.Series | _Column) -> str:
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


def normalise(
    table: RawTable,
    questionnaire: Questionnaire,
    *,
    lenient: bool = False,
    numeric_codes: bool = False,
    include_incomplete: bool = False,
    scales: Sequence[tuple[str, Scale]] = (),
    collect: bool = False,
) -> Responses:
    """Code every item column and count the rows that do not count as respondents.

    ``scales``: user-declared scales ``(folded column header or item id, or "*", scale)``.
    ``collect``: record every problem in ``Responses.problems`` instead of raising on the
    first (``forum-eval validate``).
    """
    frame = table.frame
    path = table.path
    item_columns: list[tuple[int, Item, Scale, bool]] = []
    comment_columns: list[tuple[int, Item]] = []
    set_aside = {METADATA: 0, IDENTIFYING: 0, IGNORED: 0}
    seen_items: dict[str, str] = {}
    warnings: list[str] = []
    reports: list[ColumnReport] = []
    problems: list[Problem] = []
    any_scales = [s for target, s in scales if target == "*"]
    factorised: dict[int, _Column] = {}

    def col(position: int) -> _Column:
        """The column at ``position``, factorised on first use."""
        if position not in factorised:
            factorised[position] = _Column(frame[position])
        return factorised[position]

    def aside(position: int, header: str, role: str, how: str, note: str = "") -> None:
        set_aside[role] += 1
        reports.append(ColumnReport(position, header, role, how=how, note=note))

    for position, header in enumerate(table.headers):
        platform_role = table.roles.get(position)
        if platform_role in (METADATA, IDENTIFYING, IGNORED):
            aside(position, header, platform_role, f"{table.platform} layout")
            continue
        item = questionnaire.match(header)
        declared = _declared_for(header, item, scales)
        inferred = False
        how = "questionnaire"
        if item is None and declared is None:
            role = header_role(header)
            # a header that speaks of e-mail or names but whose answers are all on a scale
            # ("E-mail me the slides?" Yes / No) is a question, not a contact column
            if role is not None and not (
                role == IDENTIFYING and _detect_scale(col(position))[1] == 1.0
            ):
                aside(position, header, role, "header name")
                continue
            if not header.strip() and not any(col(position).stripped):
                aside(position, header, IGNORED, "empty column")
                continue
            if _looks_identifying(col(position)):
                aside(position, header, IDENTIFYING, "answers look like e-mail or IP addresses")
                continue
        if item is None:
            scale: Scale | None = declared
            how = "declared (--scale)" if declared is not None else ""
            if scale is None:
                stated = header_scale(header)
                if stated is not None and _numeric_fit(col(position), stated[0]) >= 0.5:
                    scale, how = stated[0], f"header: {stated[1]}"
                elif recommend_question(header) and _nps_by_values(col(position)):
                    scale, how = NPS, "0–10 answers to a recommend question: Net Promoter Score"
            if scale is None:
                for candidate in any_scales:
                    if _detect_scale_one(col(position), candidate) == 1.0:
                        scale, how = candidate, "declared (--scale *)"
                        break
            if scale is None:
                found, share = _detect_scale(col(position))
                if found is not None and share >= 0.5:
                    scale, how = found, "answers"
            if scale is not None:
                item_id = slug(header) if header.strip() else f"column_{position + 1}"
                if item_id in seen_items:
                    item_id = f"{item_id}_{position + 1}"
                shown = _STATED_SCALE.sub("", header).strip() or header
                item = Item(
                    id=item_id,
                    kind=scale.kind,
                    label={"en": shown, "fr": shown},
                    scale=scale,
                )
                inferred = True
            elif _looks_like_multiselect(col(position)):
                aside(
                    position,
                    header,
                    IGNORED,
                    "several options per answer (checkboxes): not summarised",
                )
                continue
            elif _looks_like_comment(col(position)):
                item = Item(
                    id=slug(header) if header.strip() else f"column_{position + 1}",
                    kind="comment",
                    label={"en": header, "fr": header},
                )
                inferred, how = True, "free text"
            else:
                aside(
                    position,
                    header,
                    IGNORED,
                    "not a known scale",
                    _scale_suggestion(header, col(position)),
                )
                continue
        elif declared is not None and item.kind not in ("comment",):
            item = Item(
                id=item.id,
                kind="declared",
                label=item.label,
                question=item.question,
                statement=item.statement,
                scale=declared,
                aliases=item.aliases,
            )
            how = "questionnaire, scale declared (--scale)"
        if item.id in seen_items:
            warnings.append(
                f'columns "{seen_items[item.id]}" and "{header}" both stand for item "{item.id}"; '
                f"only the first is used."
            )
            aside(position, header, IGNORED, f'duplicate of item "{item.id}"')
            continue
        seen_items[item.id] = header
        if item.kind == "comment":
            comment_columns.append((position, item))
            reports.append(ColumnReport(position, header, "comment", item.id, "comment", None, how))
        else:
            if item.scale is None:  # parse_item guarantees a scale for non-comment kinds
                raise InputError(f'item "{item.id}" has no scale.')
            item_columns.append((position, item, item.scale, inferred))
            reports.append(
                ColumnReport(position, header, "item", item.id, item.kind, item.scale.id, how)
            )

    if not item_columns:
        listed = ", ".join(f'"{h}"' for h in table.headers[:8]) + (
            " …" if len(table.headers) > 8 else ""
        )
        roles = ", ".join(f"{n} {role}" for role, n in set_aside.items() if n)
        sheets = table.info.get("sheets")
        problem = Problem(
            f"{path}: no evaluation item was recognised among the {len(table.headers)} columns "
            f"({listed}{'; ' + roles if roles else ''}).",
            "Items are columns whose answers are on a known scale (agreement, satisfaction, "
            "yes/no, …), numbers whose header states the scale, or questions listed in "
            "surveys/questionnaire.toml; run forum-eval validate FILE to see how each column "
            "was read"
            + (f"; the workbook has other sheets ({sheets}): pass --sheet." if sheets else "."),
        )
        if not collect:
            raise InputError(problem.message, problem.hint)
        problems.append(problem)

    # ---- rows that do not count
    n_rows = len(frame)
    status = (
        np.asarray(table.status, dtype=str)
        if table.status is not None
        else np.full(n_rows, "", dtype=str)
    )
    excluded: dict[str, int] = {}
    out = np.zeros(n_rows, dtype=bool)

    def exclude(mask: np.ndarray, reason: str) -> None:
        new = mask & ~out
        count = int(new.sum())
        if count:
            excluded[reason] = excluded.get(reason, 0) + count
            out[new] = True

    exclude(status == "preview", "preview")
    if not include_incomplete:
        exclude(status == "incomplete", "incomplete")
    answer_positions = [p for p, *_ in item_columns] + [p for p, _ in comment_columns]
    exclude(_unanswered(n_rows, [col(p) for p in answer_positions]), "empty")
    # Duplicates only mean something when rows carry a submission time to the second
    # (two people may give the same answers; they do not submit in the same second).
    stamps = [r.position for r in reports if r.role == METADATA and fold(r.header) not in _ROW_IDS]
    # a stamp with a different value on every row: no two rows can be identical
    all_distinct = any(_all_distinct(frame[p]) for p in stamps)
    has_timestamp = n_rows > 1 and not all_distinct and any(_is_time_stamp(col(p)) for p in stamps)
    if has_timestamp:
        compare = [p for p, h in enumerate(table.headers) if fold(h) not in _ROW_IDS]
        # rows compared on their values' codes (one int64 key per row), not on strings;
        # only rows still counted: an earlier identical row that was itself excluded does
        # not make this one a duplicate
        counted = np.flatnonzero(~out)
        keys = _row_keys([col(p) for p in compare])
        duplicated = _duplicated(keys[counted] if counted.size < n_rows else keys)
        if duplicated.any():
            mask = np.zeros(n_rows, dtype=bool)
            mask[counted[duplicated]] = True
            exclude(mask, "duplicate")
    keep = np.flatnonzero(~out)
    sheet_names = table.info.get("sheets", "").split(", ")
    chosen = table.info.get("sheet")
    if chosen and sheet_names[0] and chosen in sheet_names and chosen != sheet_names[0]:
        before = sheet_names[: sheet_names.index(chosen)]
        skipped = ", ".join(f'"{n}"' for n in before)
        verb = "holds" if len(before) == 1 else "hold"
        warnings.append(
            f'responses read from the sheet "{chosen}" (before it, {skipped} '
            f"{verb} no table); pass --sheet to choose another."
        )
    notable = {r: n for r, n in excluded.items() if r != "empty"}
    if notable:
        parts = ", ".join(f"{n} {_REASON_WORDS[r]}" for r, n in sorted(notable.items()))
        hint = (
            " (--include-incomplete counts the incomplete ones)" if "incomplete" in notable else ""
        )
        warnings.append(f"rows not counted as respondents: {parts}{hint}.")

    items: list[ItemResponses] = []
    invalid: dict[str, int] = {}
    for position, item, scale, inferred in item_columns:
        header = table.headers[position]
        codes, unknown = _code_column(
            col(position), scale, numeric=item.numeric_codes or numeric_codes
        )
        codes = codes[keep]
        bad = np.flatnonzero(codes == INVALID)
        if bad.size:
            row_numbers = tuple(table.row_number(int(keep[i])) for i in bad[:5])
            rows = ", ".join(str(r) for r in row_numbers)
            more = f" and {bad.size - 5} more" if bad.size > 5 else ""
            shown = ", ".join(f'"{u}"' for u in unknown[:3]) + (
                f" (and {len(unknown) - 3} other values)" if len(unknown) > 3 else ""
            )
            accepted = _accepted(scale)
            problem = Problem(
                f'{path}, column "{header}", row{"s" if bad.size > 1 else ""} {rows}{more}: '
                f"{shown} {'is' if len(unknown) == 1 else 'are'} not on the {scale.id} scale "
                f"(accepted: {accepted}; or a not-applicable answer such as N/A).",
                "Fix the value or pass --lenient to count it as invalid.",
                header,
                row_numbers,
            )
            if not lenient and not collect:
                raise InputError(problem.message, problem.hint)
            if not lenient:
                problems.append(problem)
            else:
                invalid[item.id] = int(bad.size)
                warnings.append(
                    f'column "{header}": {bad.size} answer(s) off the {scale.id} scale ({shown}) '
                    f"counted as invalid (rows {rows}{more})."
                )
        items.append(ItemResponses(item, scale, header, codes, inferred))

    comments = [
        _comment_responses(item, table.headers[p], col(p), keep) for p, item in comment_columns
    ]
    order = {item.id: questionnaire.order(item.id) for item in (i.item for i in items)}
    items.sort(key=lambda i: order[i.item.id])
    return Responses(
        items=items,
        comments=comments,
        respondents=int(keep.size),
        rows_read=n_rows,
        excluded=excluded,
        set_aside={k: v for k, v in set_aside.items() if v},
        invalid=invalid,
        warnings=warnings,
        positions=keep,
        columns=reports,
        problems=problems,
    )


def _comment_responses(
    item: Item, header: str, column: _Column, keep: np.ndarray
) -> CommentResponses:
    """The stripped texts of the respondents (``keep``), and their distinct values."""
    texts = column.spread(column.stripped, "", object)[keep]
    # the column's codes renumbered in order of first appearance among the respondents
    codes, firsts = pd.factorize(column.codes[keep])
    stripped = column.stripped
    distinct = tuple(stripped[c] if c >= 0 else "" for c in firsts.tolist())
    return CommentResponses(item, header, tuple(texts.tolist()), distinct, np.asarray(codes))


_REASON_WORDS = {
    "preview": "preview(s)",
    "incomplete": "incomplete response(s)",
    "duplicate": "exact duplicate(s) of an earlier row",
}
_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")


def _is_time_stamp(column: _Column) -> bool:
    """Most non-blank cells hold a time of day to the second (each distinct value looked at
    once, weighted by how many cells hold it)."""
    filled = stamped = 0
    for text, count in zip(column.stripped, column.counts().tolist(), strict=True):
        if text:
            filled += count
            if _SECONDS.search(text):
                stamped += count
    return filled > 0 and stamped >= 0.9 * filled


def _detect_scale_one(values: pd.Series | _Column, scale: Scale) -> float:
    counts = _answered_counts(values)
    answered = {str(v): int(n) for v, n in counts.items() if not is_not_applicable(fold(str(v)))}
    total = sum(answered.values())
    if not total:
        return 0.0
    return sum(n for v, n in answered.items() if scale.index_of(v) is not None) / total


def _accepted(scale: Scale) -> str:
    english, french = scale.labels("en"), scale.labels("fr")
    if english == french:
        return ", ".join(english)
    return ", ".join(english) + " / " + ", ".join(french)
