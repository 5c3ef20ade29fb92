"""Raw table → :class:`Responses`: one coded answer vector per item, the rest set aside.

Each item column becomes a vector of small integer codes: ``0 … k-1`` for the categories of
its scale (negative → positive), :data:`BLANK`, :data:`NOT_APPLICABLE` or :data:`INVALID`.
Labels are normalised once per distinct value, never once per cell. Metadata columns
(timestamps) and identifying columns (emails, names, IP addresses, IDs) never become items,
and their values never leave this module except as the count of such columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from forum_eval.errors import InputError
from forum_eval.ingest import RawTable
from forum_eval.questionnaire import Item, Questionnaire
from forum_eval.scales import DETECTABLE, is_not_applicable
from forum_eval.textnorm import fold, slug

if TYPE_CHECKING:
    from forum_eval.scales import Scale

BLANK = -1
NOT_APPLICABLE = -2
INVALID = -3

#: Folded headers of columns that describe the submission, not the answer.
METADATA_HEADERS = frozenset(
    fold(h)
    for h in (
        "Timestamp",
        "Horodateur",
        "Horodatage",
        "Marca temporal",
        "Date",
        "Submitted",
        "Submitted at",
        "Date submitted",
        "Start time",
        "Completion time",
        "End time",
        "Start date",
        "End date",
        "Last modified time",
        "Heure de début",
        "Heure de fin",
        "Collector ID",
        "Language",
        "Langue",
    )
)
#: Folded headers of columns that could identify a respondent.
IDENTIFYING_HEADERS = frozenset(
    fold(h)
    for h in (
        "Email",
        "Email address",
        "E-mail",
        "E-mail address",
        "Adresse e-mail",
        "Adresse courriel",
        "Courriel",
        "Adresse électronique",
        "Name",
        "Full name",
        "First name",
        "Last name",
        "Nom",
        "Prénom",
        "Nom complet",
        "Username",
        "IP address",
        "Adresse IP",
        "ID",
        "Respondent ID",
        "Response ID",
        "Phone",
        "Phone number",
        "Téléphone",
        "Numéro de téléphone",
        "Organisation",
        "Organization",
        "Organisme",
    )
)


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

    def item(self, item_id: str) -> ItemResponses | None:
        return next((i for i in self.items if i.item.id == item_id), None)


def _code_column(values: pd.Series, scale: Scale, numeric: bool) -> tuple[np.ndarray, list[str]]:
    """Codes for one column, and the distinct values that are not on the scale."""
    categorical = pd.Categorical(values)
    lut = np.empty(len(categorical.categories) + 1, dtype=np.int8)
    lut[-1] = BLANK  # code -1 of a Categorical is a missing value
    unknown: list[str] = []
    for position, raw in enumerate(categorical.categories):
        text = str(raw)
        if not text.strip():
            lut[position] = BLANK
            continue
        index = scale.index_of(text, numeric=numeric)
        if index is not None:
            lut[position] = index
        elif is_not_applicable(fold(text)):
            lut[position] = NOT_APPLICABLE
        else:
            lut[position] = INVALID
            unknown.append(text)
    return lut[categorical.codes], unknown


def _detect_scale(values: pd.Series) -> tuple[Scale | None, float]:
    """The built-in scale most of a column's answers belong to, with the share that do."""
    counts = values[values.str.strip() != ""].value_counts()
    if counts.empty:
        return None, 0.0
    folded = {str(v): fold(str(v)) for v in counts.index}
    answered = {v: n for v, n in counts.items() if not is_not_applicable(folded[str(v)])}
    total = sum(answered.values())
    if total == 0:
        return None, 0.0
    best: tuple[Scale | None, float] = (None, 0.0)
    for scale in DETECTABLE:
        matched = [v for v in answered if scale.index_of(str(v)) is not None]
        share = sum(answered[v] for v in matched) / total
        # at least two different labels of the scale (one repeated label is not evidence
        # of a scale), or a column entirely on it
        if (len(matched) >= 2 or share == 1.0) and share > best[1]:
            best = (scale, share)
    return best


def _looks_like_comment(values: pd.Series) -> bool:
    texts = values[values.str.strip() != ""]
    if texts.empty:
        return False
    distinct = texts.nunique()
    return bool(distinct >= max(3, 0.5 * len(texts)) and texts.str.len().mean() >= 15)


def normalise(
    table: RawTable,
    questionnaire: Questionnaire,
    *,
    lenient: bool = False,
    numeric_codes: bool = False,
) -> Responses:
    frame = table.frame
    path = table.path
    item_columns: list[tuple[int, Item, Scale, bool]] = []
    comment_columns: list[tuple[int, Item]] = []
    set_aside = {"metadata": 0, "identifying": 0, "ignored": 0}
    seen_items: dict[str, str] = {}
    warnings: list[str] = []

    for position, header in enumerate(table.headers):
        key = fold(header)
        column = frame[position]
        item = questionnaire.match(header)
        if item is None and key in METADATA_HEADERS:
            set_aside["metadata"] += 1
            continue
        if item is None and key in IDENTIFYING_HEADERS:
            set_aside["identifying"] += 1
            continue
        inferred = False
        if item is None:
            scale, share = _detect_scale(column)
            if scale is not None and share >= 0.5:
                item = Item(
                    id=slug(header),
                    kind=scale.kind,
                    label={"en": header, "fr": header},
                    scale=scale,
                )
                inferred = True
            elif _looks_like_comment(column):
                item = Item(id=slug(header), kind="comment", label={"en": header, "fr": header})
                inferred = True
            else:
                set_aside["ignored"] += 1
                continue
        if item.id in seen_items:
            warnings.append(
                f'columns "{seen_items[item.id]}" and "{header}" both stand for item "{item.id}"; '
                f"only the first is used."
            )
            set_aside["ignored"] += 1
            continue
        seen_items[item.id] = header
        if item.kind == "comment":
            comment_columns.append((position, item))
        else:
            assert item.scale is not None  # parse_item guarantees a scale for non-comment kinds
            item_columns.append((position, item, item.scale, inferred))

    if not item_columns:
        found = ", ".join(f'"{h}"' for h in table.headers[:8]) + (
            " …" if len(table.headers) > 8 else ""
        )
        raise InputError(
            f"{path}: no evaluation item was recognised among the columns ({found}).",
            "Items are columns whose answers are on a known scale (agreement, yes/no, expertise) "
            "or whose header is in surveys/questionnaire.toml; add the question there.",
        )

    # A respondent is a row with at least one non-blank answer in an item or comment column.
    answer_positions = [p for p, *_ in item_columns] + [p for p, _ in comment_columns]
    answered = np.zeros(len(frame), dtype=bool)
    for position in answer_positions:
        answered |= (frame[position].str.strip() != "").to_numpy()
    excluded: dict[str, int] = {}
    n_empty = int((~answered).sum())
    if n_empty:
        excluded["empty"] = n_empty
    keep = np.flatnonzero(answered)

    items: list[ItemResponses] = []
    invalid: dict[str, int] = {}
    for position, item, scale, inferred in item_columns:
        header = table.headers[position]
        codes, unknown = _code_column(
            frame[position], scale, numeric=item.numeric_codes or numeric_codes
        )
        codes = codes[keep]
        bad = np.flatnonzero(codes == INVALID)
        if bad.size:
            rows = ", ".join(str(table.row_number(int(keep[i]))) for i in bad[:5])
            more = f" and {bad.size - 5} more" if bad.size > 5 else ""
            shown = ", ".join(f'"{u}"' for u in unknown[:3])
            accepted = ", ".join(scale.labels("en")) + " / " + ", ".join(scale.labels("fr"))
            if not lenient:
                raise InputError(
                    f'{path}, column "{header}", rows {rows}{more}: {shown} '
                    f"{'is' if len(unknown) == 1 else 'are'} not on the {scale.id} scale "
                    f"(accepted: {accepted}; or a not-applicable answer such as N/A).",
                    "Fix the value or pass --lenient to count it as invalid.",
                )
            invalid[item.id] = int(bad.size)
            warnings.append(
                f'column "{header}": {bad.size} answer(s) off the {scale.id} scale ({shown}) counted '
                f"as invalid (rows {rows}{more})."
            )
        items.append(ItemResponses(item, scale, header, codes, inferred))

    comments = [
        CommentResponses(item, table.headers[p], tuple(frame[p].iloc[keep].str.strip().tolist()))
        for p, item in comment_columns
    ]
    order = {item.id: questionnaire.order(item.id) for item in (i.item for i in items)}
    items.sort(key=lambda i: order[i.item.id])
    return Responses(
        items=items,
        comments=comments,
        respondents=int(keep.size),
        rows_read=len(frame),
        excluded=excluded,
        set_aside={k: v for k, v in set_aside.items() if v},
        invalid=invalid,
        warnings=warnings,
        positions=keep,
    )
