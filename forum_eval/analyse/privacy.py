"""Respondents' privacy: redaction of free text and small-cell suppression of counts.

Redaction (:class:`Redactor`)
    Before any comment is shown, contact details, postal addresses and the values of the
    file's identifying columns are replaced by a marker. The one implementation is
    :mod:`forum_eval.redact` (a base module, so that ``read/`` redacts the answers it quotes
    in messages the same way); which columns identify a respondent and their values is
    :mod:`forum_eval.read.identities`. Both are re-exported here.

Suppression (:func:`suppress`)
    A row of cells (e.g. one item's answers split by group) with a known total must not let
    anyone learn about a group of fewer than ``k`` people. The rule, applied to each row:

    1. every cell with ``n < k`` is suppressed (zero included: "no one in that group" is
       itself a small cell);
    2. when exactly one cell is suppressed, the next smallest cell is suppressed too, so the
       suppressed value cannot be derived from the published total (complementary
       suppression);
    3. when cells carry a positive count (a share), and the suppressed cells taken together
       would all have answered alike (all positive or none positive, which the published
       total would reveal), further cells are suppressed, smallest first, until they do not
       or the whole row is suppressed. (When the total itself is all positive or none
       positive, every group's answer is already known from it and this step is skipped.)

Self-identification ("group") columns
    A column saying who a respondent is (youth, 2SLGBTQI+, migrant, lived experience of
    trafficking …) is a *group* column: it is never summarised on its own (no raw counts in
    ``summarize``), and it can only be used with ``--by``, where every group is subject to the
    rule above. Questionnaire items of ``kind = "group"`` are group columns; so is a column
    recognised without the questionnaire whose header speaks of self-identification.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from forum_eval.read.identities import header_is_identifying, identifying_values
from forum_eval.redact import MARK, Redactor, localise_marks
from forum_eval.textnorm import fold

if TYPE_CHECKING:
    from forum_eval.read.responses import ItemResponses, Responses

#: the names re-exported from read/identities.py and redact.py
__all__ = ["MARK", "Redactor", "header_is_identifying", "identifying_values", "localise_marks"]

#: Default minimum cell size.
DEFAULT_MIN_CELL = 5


# --------------------------------------------------------------------------- suppression


@dataclass(frozen=True)
class Cell:
    """One published cell: ``n`` people, of whom ``positive`` answered positively (optional)."""

    n: int
    positive: int | None = None


def suppress(cells: Sequence[Cell] | Sequence[int], k: int = DEFAULT_MIN_CELL) -> tuple[bool, ...]:
    """Which cells of one row to suppress (see the module docstring for the rule).

    ``cells`` are :class:`Cell` or plain counts. The row's total is assumed published.
    """
    row = [c if isinstance(c, Cell) else Cell(int(c)) for c in cells]
    if k < 1:
        raise ValueError("k must be at least 1")
    hidden = [c.n < k for c in row]

    def hide_next_smallest() -> None:
        shown = [i for i, h in enumerate(hidden) if not h]
        if shown:
            hidden[min(shown, key=lambda i: row[i].n)] = True  # the first of the smallest

    if sum(hidden) == 1:
        hide_next_smallest()
    total_n = sum(c.n for c in row)
    total_pos = sum(c.positive or 0 for c in row)
    if any(c.positive is not None for c in row) and 0 < total_pos < total_n:
        while any(hidden) and not all(hidden):
            kept = [c for c, h in zip(row, hidden, strict=True) if h]
            if 0 < sum(c.positive or 0 for c in kept) < sum(c.n for c in kept):
                break
            hide_next_smallest()
    return tuple(hidden)


# ------------------------------------------------------------- self-identification columns

#: Words in a header that mark a self-identification question (folded, prefixes).
_GROUP_HEADER_WORDS = (
    "identif",
    "auto identif",
    "self identif",
    "survivor",
    "survivant",
    "lived experience",
    "experience vecue",
    "vecu la traite",
    "lgbt",
    "2slgbt",
    "queer",
    "migrant",
    "immigration status",
    "statut d immigration",
    "statut migratoire",
    "refugee status",
    "statut de refugie",
    "gender",
    "genre",
    "sexual orientation",
    "orientation sexuelle",
    "racial",
    "racise",
    "autochtone",
    "indigenous",
    "disability",
    "handicap",
    "age group",
    "groupe d age",
    "tranche d age",
)


def header_is_self_identification(header: str) -> bool:
    """True when a column header asks who the respondent is (a sensitive group column)."""
    key = f" {fold(header)} "
    return any(f" {word}" in key for word in _GROUP_HEADER_WORDS)


def is_group_item(data: ItemResponses) -> bool:
    """A self-identification column: ``kind = "group"``, or recognised from its header alone."""
    return data.item.kind == "group" or (
        data.inferred and header_is_self_identification(data.header)
    )


def without_groups(responses: Responses) -> Responses:
    """``responses`` without its self-identification items and multi-select questions
    (counted under ``set_aside["group"]``).

    Such columns are never summarised on their own; they are only usable with ``--by``,
    where small groups are suppressed.
    """
    items = [i for i in responses.items if not is_group_item(i)]
    multiselect = [
        m for m in responses.multiselect if not header_is_self_identification(m.question)
    ]
    dropped = len(responses.items) - len(items) + len(responses.multiselect) - len(multiselect)
    if not dropped:
        return responses
    set_aside = dict(responses.set_aside)
    set_aside["group"] = set_aside.get("group", 0) + dropped
    return replace(responses, items=items, multiselect=multiselect, set_aside=set_aside)
