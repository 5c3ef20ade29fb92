"""What reading a file gives: one coded answer vector per item, the comments' texts, how each
column was understood, the rows counted, and the problems found (see :mod:`.normalise`).

Each item column becomes a vector of small integer codes: ``0 … k-1`` for the categories of
its scale (negative → positive), :data:`BLANK`, :data:`NOT_APPLICABLE` or :data:`INVALID`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from forum_eval.config.questionnaire import Item
from forum_eval.config.scales import Scale

BLANK = -1
NOT_APPLICABLE = -2
INVALID = -3


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
    #: the question of a grid row (the item is labelled by its row), None otherwise
    group: str | None = None
    #: per category of the scale, its label as the form wrote it ("" when no answer is on it)
    shown: tuple[str, ...] = ()


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
class MultiselectResponses:
    """A multi-select (checkbox) question: per respondent, the options ticked (see
    :mod:`.multiselect`)."""

    id: str
    #: the question as the file writes it
    question: str
    #: the headers of its columns in the file: one (joined options) or one per option
    headers: tuple[str, ...]
    #: the options in the form's order (joined cells: in order of first appearance);
    #: ``multiselect.WRITTEN_IN`` stands for the options each written by one respondent
    options: tuple[str, ...]
    #: respondents × options: True where the respondent ticked the option
    ticked: np.ndarray = field(compare=False, repr=False)


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
    #: multi-select (checkbox) questions, in file order
    multiselect: list[MultiselectResponses] = field(default_factory=list)

    def item(self, item_id: str) -> ItemResponses | None:
        return next((i for i in self.items if i.item.id == item_id), None)
