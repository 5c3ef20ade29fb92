"""Answers coded on their item's scale: one small integer per respondent (see
:mod:`.responses`), each distinct label looked at once; answers off the scale are a problem
(or, with ``lenient``, counted as invalid), named with their column and rows. The answers
are quoted only after redaction (:mod:`forum_eval.redact`, the same as comments): an e-mail,
a phone number, an address or a name from the file's identifying columns typed where a rating
was expected is never printed; an answer that is nothing but such a detail is counted, not
quoted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from forum_eval.config.questionnaire import Item
from forum_eval.config.scales import Scale, is_not_applicable
from forum_eval.read.columns import Classified, Column, Columns
from forum_eval.read.identities import redactor_for
from forum_eval.read.responses import (
    BLANK,
    INVALID,
    NOT_APPLICABLE,
    CommentResponses,
    ItemResponses,
    Problem,
)
from forum_eval.read.table import RawTable
from forum_eval.redact import MARK, Redactor, localise_marks
from forum_eval.textnorm import fold


@dataclass
class Coded:
    """Each item's codes for the respondents; the answers off their scale, as problems (or,
    read leniently, as invalid answers: item id → how many, and a warning each)."""

    items: list[ItemResponses] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def code_items(
    table: RawTable,
    found: Classified,
    columns: Columns,
    keep: np.ndarray,
    *,
    numeric_codes: bool,
    lenient: bool,
) -> Coded:
    """Code every item column (``found.items``) for the respondents (the rows at ``keep``)."""
    coded = Coded()
    redact: Redactor | None = None  # made when an answer is off its scale
    for position, item, scale, inferred in found.items:
        header = table.headers[position]
        codes, unknown, spelled_as = _code_column(
            columns[position], scale, numeric=item.numeric_codes or numeric_codes
        )
        codes = codes[keep]
        bad = keep[np.flatnonzero(codes == INVALID)]
        if bad.size:
            row_numbers = tuple(table.row_number(int(r)) for r in bad[:5])
            rows = ", ".join(str(r) for r in row_numbers)
            more = f" and {bad.size - 5} more" if bad.size > 5 else ""
            redact = redact or redactor_for(table)
            shown, values = _quoted(unknown, redact)
            if lenient:
                coded.invalid[item.id] = int(bad.size)
                coded.warnings.append(
                    f'column "{header}": {bad.size} answer(s) off the {scale.id} scale ({shown}) '
                    f"counted as invalid (rows {rows}{more})."
                )
            else:
                coded.problems.append(
                    Problem(
                        f'{table.path}, column "{header}", row{"s" if bad.size > 1 else ""} '
                        f"{rows}{more}: {shown} {'is' if values == 1 else 'are'} not on "
                        f"the {scale.id} scale (accepted: {_accepted(scale)}; or a "
                        "not-applicable answer such as N/A).",
                        "Fix the value or pass --lenient to count it as invalid.",
                        header,
                        row_numbers,
                    )
                )
        coded.items.append(
            ItemResponses(
                item, scale, header, codes, inferred, found.groups.get(position), spelled_as
            )
        )
    return coded


def _code_column(
    column: Column, scale: Scale, numeric: bool
) -> tuple[np.ndarray, list[str], tuple[str, ...]]:
    """Codes for one column, the distinct values that are not on the scale (sorted), and per
    category of the scale the label as the form wrote it (the most frequent spelling, "" for
    a category no answer is on)."""
    codes = [BLANK] * column.n_distinct  # per distinct value; a blank one stays BLANK
    unknown: list[str] = []
    spellings: list[dict[str, int]] = [{} for _ in scale.categories]
    counts = column.counts().tolist()
    for position, text in enumerate(column.uniques):
        if not text.strip():
            continue
        index = scale.index_of(text, numeric=numeric)
        folded = fold(text)
        if index is not None:
            codes[position] = index
            spelled = spellings[index]
            spelled[text.strip()] = spelled.get(text.strip(), 0) + counts[position]
        elif folded in scale.not_applicable or is_not_applicable(folded):
            codes[position] = NOT_APPLICABLE
        else:
            codes[position] = INVALID
            unknown.append(text)
    shown = tuple(max(spelled, key=spelled.__getitem__) if spelled else "" for spelled in spellings)
    return column.spread(codes, BLANK, np.int8), sorted(unknown), shown


def comment_responses(
    item: Item, header: str, column: Column, keep: np.ndarray
) -> CommentResponses:
    """The stripped texts of the respondents (``keep``), and their distinct values."""
    texts = column.spread(column.stripped, "", object)[keep]
    # the column's codes renumbered in order of first appearance among the respondents
    codes, firsts = pd.factorize(column.codes[keep])
    stripped = column.stripped
    distinct = tuple(stripped[c] if c >= 0 else "" for c in firsts.tolist())
    return CommentResponses(item, header, tuple(texts.tolist()), distinct, np.asarray(codes))


def _quoted(unknown: Sequence[str], redact: Redactor, shown: int = 3) -> tuple[str, int]:
    """The distinct answers off the scale as a message quotes them (the first ``shown``,
    redacted; those that are nothing but a redacted detail counted, never quoted), and how
    many values that names (for the verb)."""
    quotes: list[str] = []
    withheld = 0
    for value in unknown:
        redacted = redact(value)
        if redacted.strip() == MARK:
            withheld += 1
            continue
        quote = f'"{localise_marks(redacted, "[redacted]")}"'
        if quote not in quotes:
            quotes.append(quote)
    text = ", ".join(quotes[:shown])
    if len(quotes) > shown:
        text += f" (and {len(quotes) - shown} other values)"
    if withheld:
        text += (" and " if quotes else "") + (
            f"{withheld} value{'s' if withheld > 1 else ''} withheld for privacy"
        )
    return text, len(quotes) + withheld


def _accepted(scale: Scale) -> str:
    english, french = scale.labels("en"), scale.labels("fr")
    if english == french:
        return ", ".join(english)
    return ", ".join(english) + " / " + ", ".join(french)
