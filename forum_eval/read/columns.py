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
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from forum_eval.config.labels import Reading, Unread, label_key, read_label, read_labels
from forum_eval.config.questionnaire import Item, Questionnaire
from forum_eval.config.scales import (
    BUILTIN_SCALES,
    NPS,
    ORDER_PLACEHOLDER,
    POSITIVE_PLACEHOLDER,
    Scale,
    ScaleChoice,
    Suggestion,
    answer_labels,
    choose_scale,
    declaration_suggestions,
    header_scale,
    is_not_applicable,
    labelled_ends,
    recommend_question,
    scale_option,
    unordered_header_scale,
)
from forum_eval.errors import InputError
from forum_eval.read.identities import header_is_identifying
from forum_eval.read.multiselect import MULTISELECT, OptionGroup, looks_joined, option_groups
from forum_eval.read.nominal import (
    asks_for_a_rating,
    inferred_choice_scale,
    looks_like_names,
    merged_counts,
    nominal_reason,
    self_identification,
)
from forum_eval.read.responses import ColumnReport
from forum_eval.read.table import IDENTIFYING, IGNORED, METADATA, RawTable, header_role
from forum_eval.redact import is_phone_number, is_postal_address
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

    def __len__(self) -> int:
        return len(self.codes)

    @property
    def n_distinct(self) -> int:
        return len(self._distinct)

    @cached_property
    def uniques(self) -> list[str]:
        """The distinct values, in order of first appearance."""
        return [str(u) for u in np.asarray(self._distinct, dtype=object).tolist()]

    @cached_property
    def stripped(self) -> list[str]:
        return [u.strip() for u in self.uniques]

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

    def answered_counts(self, *, most_first: bool = True) -> dict[str, int]:
        """Stripped non-blank answer → count, most frequent first (ties: first seen), or in
        order of first appearance."""
        totals: dict[str, int] = {}
        for text, count in zip(self.stripped, self.counts().tolist(), strict=True):
            if text and count:
                totals[text] = totals.get(text, 0) + count
        return dict(sorted(totals.items(), key=lambda entry: -entry[1])) if most_first else totals


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


def _rated(counts: Mapping[str, int]) -> dict[str, int]:
    """Answer → count, blanks and not-applicable answers left out."""
    return {
        label: n
        for label, n in counts.items()
        if label.strip() and n and not is_not_applicable(fold(label))
    }


def detect_scale(counts: Mapping[str, int]) -> ScaleChoice:
    """The scale of a column whose distinct answers and their counts are ``counts``, chosen
    by :func:`~forum_eval.config.scales.choose_scale` on the form's own labels (never
    merged). A few stray answers the label model does not know at all (a typo, an "Other"
    write-in, two labels in one cell) do not stop the column from being read: the scale is
    chosen on the other labels, when there are more of those (distinct and in answers), and
    the stray answers are then off the scale (an error, or invalid under --lenient)."""
    rated = _rated(counts)
    choice = choose_scale(list(rated))
    reading = choice.reading
    if choice.scale is not None or not isinstance(reading, Unread):
        return choice
    if not reading.unknown or not reading.known or len(reading.unknown) >= len(reading.known):
        return choice
    stray = {label_key(label) for label in reading.unknown}
    rest = {label: n for label, n in rated.items() if label_key(label) not in stray}
    if sum(rest.values()) * 2 <= sum(rated.values()):
        return choice
    retry = choose_scale(list(rest))
    return retry if retry.scale is not None else choice


def _fit(column: Column, scale: Scale, *, numeric: bool = False) -> float:
    """Share of the non-N/A answers that are on ``scale`` (``numeric``: its numbers too)."""
    answered = _rated(column.answered_counts())
    total = sum(answered.values())
    on_scale = (n for v, n in answered.items() if scale.index_of(v, numeric=numeric) is not None)
    return sum(on_scale) / total if total else 0.0


def _nps_by_values(column: Column) -> bool:
    """Integers 0–10 with at least one above 5 (a "recommend" question without a stated scale)."""
    numbers = list(_rated(column.answered_counts()))
    if not numbers or not all(_NUMBER.match(v) for v in numbers):
        return False
    ints = [int(float(v)) for v in numbers]
    return max(ints) <= 10 and max(ints) > 5


#: a header that asks for comments: its answers are comments however short or few
#: (not the French "Comment …" of "Comment avez-vous entendu parler du forum ?": how)
_COMMENTS_HEADER = re.compile(
    r"^(?:(?:any|other|additional|general|final|autres?|vos|derniers?) ){0,2}"
    r"(?:comments|commentaires?|remarques?|suggestions?)\b"
)


def _asks_for_comments(header: str) -> bool:
    """ "Comments", "Commentaires", "Autres remarques", "Suggestions ?": answered "Merci !",
    "Super", "Trop court", they are still comments (the answers alone were too short to tell
    them from a list of choices)."""
    return bool(_COMMENTS_HEADER.match(fold(header)))


def _looks_like_comment(column: Column) -> bool:
    counts = column.counts().tolist()
    texts = [
        (u, n) for u, s, n in zip(column.uniques, column.stripped, counts, strict=True) if s and n
    ]
    answers = sum(n for _, n in texts)
    if not answers:
        return False
    mean_length = sum(len(u) * n for u, n in texts) / answers
    # a few answers are free text too when each is a sentence (three words or more): the
    # same open question is a comment however many answered it
    sentences = all(len(u.split()) >= 3 for u, _ in texts)
    return bool(len(texts) >= max(1 if sentences else 3, 0.5 * answers) and mean_length >= 15)


#: A scale stated at the end of a header, left out of the item's label:
#: "(1 = Strongly disagree, 5 = Strongly agree)", "(0-10)", "(1 à 5)", "from 1 (best) to 5
#: (worst)".
_STATED_SCALE = re.compile(
    r"\s*\((?:[^()]*\d\s*[=:][^()]*|\s*\d+\s*(?:-|–|à|to)\s*\d+\s*)\)\s*$"
    r"|\s+(?:from|de)\s+\d+\s*\([^()]*\)\s*(?:to|à|a|-|–)\s*\d+\s*\([^()]*\)\s*$",
    re.IGNORECASE,
)


#: a date, or a date and time: ISO 8601 (KoboToolbox "2021-07-21T11:17:00.000+02:00"), or
#: day/month/year as the platforms and spreadsheets write them ("2024/11/27 4:05:02 PM EST")
_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
    r"|^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?"
    r"(?: [A-Z]{2,5})?)?$"
)


def _looks_like_dates(column: Column) -> bool:
    """Every answer is a date or a date and time: when, not what (metadata, never a
    comment)."""
    answered = [text for text in column.stripped if text]
    return bool(answered) and all(_DATE.match(text) for text in answered)


def _looks_like_row_numbers(column: Column) -> bool:
    """Whole numbers counting up by one, a different one on every row (at least three, some
    above 10): row or respondent numbers, not answers."""
    answered = list(column.answered_counts(most_first=False).items())
    return (
        len(answered) >= 3
        and all(n == 1 and text.isdigit() for text, n in answered)
        and sum(n for _, n in answered) == len(column)
        and max(int(text) for text, _ in answered) > 10  # not a 0–10 rating
        # counting up by one row after row (ages or years in a small file are not)
        and [int(text) for text, _ in answered]
        == list(range(int(answered[0][0]), int(answered[0][0]) + len(answered)))
    )


def _looks_like_codes(column: Column) -> bool:
    """A different code on every row that answered (at least five): one word of five
    characters or more with letters and digits ("1539637886_5bc5027e021ad5.52828994",
    "2joche", "R_3kXb…"): session, respondent or token identifiers, never comments or
    answers."""
    answered = list(column.answered_counts().items())
    return len(answered) >= 5 and all(
        n == 1
        and len(text) >= 5
        and not any(c.isspace() for c in text)
        and any(c.isdigit() for c in text)
        and any(c.isalpha() for c in text)
        for text, n in answered
    )


def _looks_identifying(column: Column) -> bool:
    """Most distinct answers are e-mail or IP addresses, phone numbers or postal addresses."""
    uniques = [v for v in column.stripped[:500] if v]
    if not uniques:
        return False
    hits = sum(
        1
        for v in uniques
        if _EMAIL.match(v) or _IP.match(v) or is_phone_number(v) or is_postal_address(v)
    )
    return hits * 2 > len(uniques)


def _declared_for(
    header: str, item: Item | None, scales: Sequence[tuple[str, Scale]]
) -> Scale | None:
    key = fold(header)
    for target, scale in scales:
        if target in (key, fold(slug(header))) or (item is not None and target == fold(item.id)):
            return scale
    return None


@dataclass(frozen=True)
class Multiselect:
    """A multi-select question: its id and columns (``joined``: one column of joined
    options, the options found from its answers, or split on ``known``, the options the
    questionnaire declares; else one column per option)."""

    id: str
    group: OptionGroup
    joined: bool
    known: tuple[str, ...] = ()


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
    #: position → the question of a grid row read as an item labelled by its row
    groups: dict[int, str] = field(default_factory=dict)
    #: positions of the question columns that are neither items nor comments: their
    #: answers still make a row a respondent; a warning names those set aside (not
    #: summarised), not those of a multi-select question
    dropped: list[int] = field(default_factory=list)
    #: the multi-select (checkbox) questions, in file order
    multiselect: list[Multiselect] = field(default_factory=list)
    #: item id → the header (or question) it stands for, so that ids stay unique
    ids: dict[str, str] = field(default_factory=dict)

    def aside(self, position: int, header: str, role: str, how: str) -> None:
        self.set_aside[role] += 1
        self.reports.append(ColumnReport(position, header, role, how=how))

    def drop(self, position: int, header: str, how: str) -> None:
        """Set aside a question column: it is not summarised, and a warning names it."""
        self.aside(position, header, IGNORED, how)
        self.dropped.append(position)


#: a grid row's header: "Question [Row]" (Google Forms, LimeSurvey; SurveyMonkey, Qualtrics
#: and Microsoft Forms after their adapters)
_GRID_ROW = re.compile(r"^(.*\S) \[([^\[\]]+)\]$")


def grid_row(header: str) -> tuple[str, str] | None:
    """(question, row) of a grid row's header, None for another header."""
    found = _GRID_ROW.match(header.strip())
    return (found[1], found[2]) if found else None


def _grids(table: RawTable, columns: Columns, skip: set[int]) -> dict[int, dict[str, int]]:
    """For each column of a grid (two or more ``Question [Row]`` columns of one question, not
    set aside by the platform nor options of a multi-select, ``skip``), the answers of all
    the grid's rows together: one scale is chosen for them all, so that each row has the
    same levels."""
    candidates = [
        position
        for position in range(len(table.headers))
        if table.roles.get(position) not in (METADATA, IDENTIFYING, IGNORED)
        and position not in skip
    ]
    out: dict[int, dict[str, int]] = {}
    for positions in _by_grid(table.headers, candidates).values():
        if len(positions) >= 2:
            together: Counter[str] = Counter()
            for position in positions:
                together.update(columns[position].answered_counts())
            out |= {position: together for position in positions}
    return out


def _by_grid(headers: Sequence[str], positions: Iterable[int]) -> dict[str, list[int]]:
    """The positions whose headers are grid rows (``Question [Row]``), by question."""
    out: dict[str, list[int]] = {}
    for position in positions:
        split = grid_row(headers[position])
        if split is not None:
            out.setdefault(split[0], []).append(position)
    return out


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
    grouped = _option_columns(table, questionnaire, columns, scales, found)
    grids = _grids(table, columns, set(grouped))
    for position, header in enumerate(table.headers):
        platform_role = table.roles.get(position)
        if platform_role in (METADATA, IDENTIFYING, IGNORED):
            found.aside(position, header, platform_role, f"{table.platform} layout")
            continue
        if position in grouped:
            found.reports.append(grouped[position])
            continue
        recognised = _recognise(
            position,
            header,
            questionnaire,
            columns,
            scales,
            found,
            grids.get(position),
            joined=platform_role == MULTISELECT,
        )
        if recognised is None:
            continue
        item, how, inferred = recognised
        if item.id in found.ids:
            found.warnings.append(
                f'columns "{found.ids[item.id]}" and "{header}" both stand for item "{item.id}"; '
                f"only the first is used."
            )
            found.drop(position, header, f'duplicate of item "{item.id}"')
            continue
        found.ids[item.id] = header
        if item.kind == "comment":
            found.comments.append((position, item))
            found.reports.append(
                ColumnReport(position, header, "comment", item.id, "comment", None, how)
            )
            continue
        if item.scale is None:  # parse_item guarantees a scale for non-comment kinds
            raise InputError(f'item "{item.id}" has no scale.')
        found.items.append((position, item, item.scale, inferred))
        split = grid_row(header)
        if inferred and split is not None and item.label.get("en") == split[1]:
            found.groups[position] = split[0]
        found.reports.append(
            ColumnReport(position, header, "item", item.id, item.kind, item.scale.id, how)
        )
    _text_boxes(found)
    _single_choices(found, columns, set(grids))
    suggested = _suggest(table, found, columns)
    found.warnings.extend(_dropped_warnings(table, found, suggested))
    return found


def _single_choices(found: Classified, columns: Columns, grids: set[int]) -> None:
    """The columns left unread whose few answers repeat, read as single-choice questions
    (``choice`` items on a nominal scale of the answers seen; see
    :mod:`forum_eval.read.nominal` for the rule). Not a grid's row, nor numbers, nor answers
    of which two or more are rating labels (a rating whose scale is to be declared), nor
    numbers between two ends in words (:func:`~forum_eval.config.scales.labelled_ends`), nor
    the same three or more labels as another column left unread (a scale of invented words:
    validate suggests a template) or some of them, unless they are bands with numbers
    ("1 ~ 3 years").
    Self-identification questions and answers that may be names stay set aside, the reason
    in their report (and so in the warning that names them)."""
    unread = [
        (index, report)
        for index, report in enumerate(found.reports)
        if report.role == IGNORED
        and report.how.startswith("not read")
        and report.position not in grids
    ]
    counts = {report.position: columns[report.position].answered_counts() for _, report in unread}
    merged = {position: merged_counts(answers) for position, answers in counts.items()}
    label_sets = Counter(frozenset(by_key) for by_key in merged.values())
    # three or more labels that two columns or more share: a scale of words the model does
    # not know, for which validate suggests a template
    shared = [keys for keys, n in label_sets.items() if len(keys) >= 3 and n > 1]
    for index, report in unread:
        answers = counts[report.position]
        keys = frozenset(merged[report.position])
        labels = [label for label, _ in merged[report.position].values()]
        reading = detect_scale(answers).reading
        if not isinstance(reading, Unread) or len(reading.known) > 1:
            continue
        if labelled_ends(list(_rated(answers))) is not None:
            continue  # a rating whose two ends are words: its scale is to be declared
        banded = all(re.search(r"\d", label) for label in labels)
        if not banded and (keys in shared or any(keys < labels for labels in shared)):
            continue  # a question of that scale where nobody chose some of its labels too
        header = report.header
        if nominal_reason(answers) is not None or asks_for_a_rating(header):
            continue
        if self_identification(header):
            found.reports[index] = replace(
                report,
                how="a self-identification question: never summarised on its own; use it "
                "with --by, where small groups are suppressed",
            )
            continue
        if header_is_identifying(header) or looks_like_names(header, labels):
            found.reports[index] = replace(
                report,
                how="its answers may be people's names: never listed (if they are the "
                'options of a choice question, list it in the questionnaire, kind "choice")',
            )
            continue
        item_id = _new_id(header, report.position, found.ids)
        found.ids[item_id] = header
        scale = inferred_choice_scale(item_id, answers)
        item = Item(id=item_id, kind="choice", label={"en": header, "fr": header}, scale=scale)
        found.items.append((report.position, item, scale, True))
        found.set_aside[IGNORED] -= 1
        found.dropped.remove(report.position)
        found.reports[index] = ColumnReport(
            report.position,
            header,
            "item",
            item_id,
            "choice",
            scale.id,
            f"answers: {len(labels)} distinct answers that repeat (a single choice)",
            f'read as a single choice (counts, no % positive): if "{header}" is a rating, '
            "declare its scale with --scale (labels most negative first, then positive=…)",
        )
    found.items.sort(key=lambda entry: entry[0])  # the choice items in file order too


def _text_boxes(found: Classified) -> None:
    """The "Other" text box of a multi-select question, when its words are not read as a
    comment (short write-ins: "Lua", "Packager"), is reported as part of the question (its
    words tick "Other"), not as a column left unread."""
    boxes = {m.group.text_box: m.id for m in found.multiselect if m.group.text_box is not None}
    for index, report in enumerate(found.reports):
        if report.position in boxes and report.role == IGNORED and report.how.startswith("not"):
            found.set_aside[IGNORED] -= 1
            found.reports[index] = _multiselect_report(
                report.position,
                report.header,
                boxes[report.position],
                'the "Other" text box of a multi-select question: any words tick "Other" '
                "(never quoted)",
            )


def _option_columns(
    table: RawTable,
    questionnaire: Questionnaire,
    columns: Columns,
    scales: Sequence[tuple[str, Scale]],
    found: Classified,
) -> dict[int, ColumnReport]:
    """The multi-select questions written one column per option (see
    :func:`~forum_eval.read.multiselect.option_groups`; a column of the questionnaire or
    with a declared scale is never one), recorded in ``found``; their columns' reports by
    position."""
    answers = {
        position: [text for text in columns[position].stripped if text]
        for position, header in enumerate(table.headers)
        if table.roles.get(position) not in (METADATA, IDENTIFYING, IGNORED, MULTISELECT)
        and header.rstrip().endswith("]")
        and questionnaire.match(header) is None
        and _declared_for(header, None, scales) is None
    }
    reports: dict[int, ColumnReport] = {}
    for group in option_groups(table.headers, answers, platform=table.platform):
        item_id = _add_multiselect(found, group, joined=False)
        how = f"one of the {len(group.positions)} options of a multi-select question"
        for position in group.positions:
            reports[position] = _multiselect_report(position, table.headers[position], item_id, how)
    return reports


def _new_id(text: str, position: int, seen: Container[str] = ()) -> str:
    """The id of an item from its header or question (its position when blank), made
    unique with its position when already ``seen``."""
    item_id = slug(text) if text.strip() else f"column_{position + 1}"
    return f"{item_id}_{position + 1}" if item_id in seen else item_id


def _add_multiselect(
    found: Classified, group: OptionGroup, *, joined: bool, item: Item | None = None
) -> str:
    """Record a multi-select question in ``found`` (``item``: the questionnaire's, whose id
    and declared options it takes); its item id."""
    if item is not None and item.id not in found.ids:
        item_id = item.id
    else:
        item_id = _new_id(group.question, group.positions[0], found.ids)
    found.ids[item_id] = group.question
    known = item.option_texts() if item is not None else ()
    found.multiselect.append(Multiselect(item_id, group, joined, known))
    found.dropped.extend(group.positions)
    return item_id


def _multiselect_report(position: int, header: str, item_id: str, how: str) -> ColumnReport:
    return ColumnReport(position, header, MULTISELECT, item_id, MULTISELECT, None, how)


def _shared_templates(columns: Sequence[tuple[str, Sequence[str]]]) -> list[Suggestion]:
    """Labels the model does not know, shared by several columns (the same three or more
    answers in each: one scale for several questions, e.g. invented or local rating words):
    a template with placeholders, which fails until the labels are put in order. A column
    with labels of its own only (gender, age bands, weekdays) gets none: nothing says it is a
    rating."""
    by_labels: dict[frozenset[str], tuple[list[str], list[str]]] = {}  # (labels, headers)
    for header, labels in columns:
        keys = frozenset(label_key(label) for label in labels)
        if len(keys) >= 3 and not any(_NUMBER.match(label) for label in labels):
            by_labels.setdefault(keys, (sorted(labels, key=label_key), []))[1].append(header)
    out = []
    for shown, headers in by_labels.values():
        if len(headers) >= 2 and not any("|" in label or ";" in label for label in shown):
            option = scale_option("*", [ORDER_PLACEHOLDER, *shown], [POSITIVE_PLACEHOLDER])
            out.append(Suggestion(tuple(headers), option, False))
    return out


def _suggest(table: RawTable, found: Classified, columns: Columns) -> set[int]:
    """The ``--scale`` declarations for the columns not read, as the notes of their reports:
    one ``*`` line for the rows of a grid, labels in the model's order (a template that
    fails until edited when the order is unknown), whole numeric ranges, nothing for
    nominal answers (see :func:`~forum_eval.config.scales.declaration_suggestions`)."""
    unread = [
        r.position for r in found.reports if r.role == IGNORED and r.how.startswith("not read")
    ]
    wanted = [(table.headers[p], list(_rated(columns[p].answered_counts()))) for p in unread]
    by_header: dict[str, Suggestion] = {}
    for suggestion in [*declaration_suggestions(wanted), *_shared_templates(wanted)]:
        for header in suggestion.headers:
            by_header.setdefault(header, suggestion)
    done: set[int] = set()
    for index, report in enumerate(found.reports):
        found_for = by_header.get(report.header)
        if report.position not in unread:
            continue
        if found_for is None:
            found.reports[index] = replace(
                report,
                note=f'no order known for these answers: if "{report.header}" is a rating, '
                "declare its scale with --scale (labels most negative first, then "
                "positive=…); else list it in the questionnaire as a choice question",
            )
            continue
        rows = len(found_for.headers)
        if found_for.complete:
            note = "declare its scale" + (
                f" (one line for these {rows} columns)" if rows > 1 else ""
            )
            if labelled_ends(dict(wanted)[report.header]) is not None:
                note += (
                    " (its two ends in words, the numbers between: check that the form had "
                    "these numbers and that its positive end is the last)"
                )
        else:
            note = (
                "the order of these labels is unknown: replace the <…> placeholders (labels "
                "most negative first, then the positive ones) before pasting"
            )
        found.reports[index] = replace(report, note=f"{note}: {found_for.option}")
        done.add(report.position)
    return done


def _what_to_do(suggested: bool) -> str:
    if suggested:
        return "; declare its scale with --scale (forum-eval validate prints the line)."
    return (
        "; if it is a rating, declare its scale with --scale (labels most negative first); "
        "a question with no order is summarised when the questionnaire lists it (kind "
        '"choice").'
    )


def _dropped_warnings(table: RawTable, found: Classified, suggested: set[int]) -> list[str]:
    """One warning per question column set aside (one per grid: its question and rows)."""
    how = {r.position: r.how for r in found.reports}
    read = {p for m in found.multiselect for p in m.group.columns}
    unread = [p for p in found.dropped if p not in read]
    single = [p for p in unread if grid_row(table.headers[p]) is None]
    out = []
    for question, positions in _by_grid(table.headers, unread).items():
        if len(positions) == 1:
            single.append(positions[0])
            continue
        out.append(
            f'grid "{question}": its {len(positions)} rows are not summarised '
            f"({how[positions[0]]})" + _what_to_do(positions[0] in suggested)
        )
    for position in sorted(single):
        out.append(
            f'column "{table.headers[position]}" is not summarised ({how[position]})'
            + (_what_to_do(position in suggested) if how[position].startswith("not read") else ".")
        )
    return out


def _recognise(
    position: int,
    header: str,
    questionnaire: Questionnaire,
    columns: Columns,
    scales: Sequence[tuple[str, Scale]],
    found: Classified,
    grid: Mapping[str, int] | None = None,
    *,
    joined: bool = False,
) -> tuple[Item, str, bool] | None:
    """The item a column stands for, how it was recognised and whether from its answers
    alone; None when it is set aside or read as a multi-select question (recorded in
    ``found``). ``joined``: the platform says the column is a multi-select."""
    item = questionnaire.match(header)
    declared = _declared_for(header, item, scales)
    if item is not None:
        if item.kind == "multiselect":
            _joined(position, header, found, "questionnaire", item)
            return None
        if item.kind == "comment":
            return item, "questionnaire", False
        if declared is None:
            return (*_listed_scale(item, columns[position], grid), False)
        item = replace(item, kind="declared", scale=declared, numeric_codes=False)
        return item, "questionnaire, scale declared (--scale)", False
    column = columns[position]
    if declared is None and (aside := _set_aside(header, column)) is not None:
        found.aside(position, header, *aside)
        return None
    if joined and declared is None:
        _joined(position, header, found, "the platform's layout")
        return None
    scale, how = _scale_of(header, column, declared, scales, grid)
    if scale is None and how:  # numbers whose ends the header names in unknown words
        found.drop(position, header, f"not read: {how}")
        return None
    if scale is not None:
        item_id = _new_id(header, position, found.ids)
        shown = _STATED_SCALE.sub("", header).strip() or header
        split = grid_row(shown)
        if split is not None and grid is not None:
            shown = split[1]  # a grid row is labelled by its row (the question: its group)
        return Item(item_id, scale.kind, {"en": shown, "fr": shown}, scale=scale), how, True
    if looks_joined(column.answered_counts()):
        _joined(position, header, found, "options that recur in other combinations")
        return None
    if _looks_like_comment(column) or (_asks_for_comments(header) and any(column.stripped)):
        label = {"en": header, "fr": header}
        return Item(_new_id(header, position), "comment", label), "free text", True
    if any(column.stripped):
        found.drop(position, header, f"not read: {_why_not(column, grid)}")
    else:
        found.aside(position, header, IGNORED, "no answer")
    return None


_NAME_WORD = re.compile(r"\b(name|names|nom|noms|prenom|prenoms)\b")
_CONTACT_WORD = re.compile(r"\b(e ?mail|mail|courriel|phone|telephone|cellulaire)\b")


def _asks_name_and_contact(header: str) -> bool:
    """A long header asking for a name and an e-mail or phone number ("Si vous souhaitez
    sortir de l'anonymat … laisser votre nom, prénom et mail"): a contact column, whatever its
    length (short ones are :func:`~forum_eval.read.table.header_role`'s). A name alone is a
    question ("Name one thing you learned")."""
    key = fold(header)
    return bool(_NAME_WORD.search(key) and _CONTACT_WORD.search(key))


def _set_aside(header: str, column: Column) -> tuple[str, str] | None:
    """(role, reason) of a column set aside for its header or answers: metadata,
    identifying or empty; None for any other column."""
    role, how = header_role(header), "header name"
    if role is None and _asks_name_and_contact(header):
        role, how = IDENTIFYING, "its header asks for a name and a way to reach the respondent"
    # a header that speaks of e-mail or names but whose answers are all on a scale
    # ("E-mail me the slides?" Yes / No) is a question, not a contact column
    if role is not None and not (
        role == IDENTIFYING and choose_scale(list(column.answered_counts())).scale is not None
    ):
        return role, how
    if not header.strip() and not any(column.stripped):
        return IGNORED, "empty column"
    if _looks_like_dates(column):
        return METADATA, "dates and times"
    if _looks_like_row_numbers(column):
        return METADATA, "a different whole number on every row"
    if _looks_identifying(column):
        return IDENTIFYING, "answers look like e-mail or IP addresses"
    if _looks_like_codes(column):
        return IDENTIFYING, "a different code on every row (an identifier)"
    return None


def _joined(
    position: int, header: str, found: Classified, why: str, item: Item | None = None
) -> None:
    """Record a column of joined options as a multi-select question (``item``: the
    questionnaire's ``kind = "multiselect"`` item it matches)."""
    group = OptionGroup(header, (position,), ())
    item_id = _add_multiselect(found, group, joined=True, item=item)
    how = f"several options per answer, joined in one cell ({why})"
    found.reports.append(_multiselect_report(position, header, item_id, how))


def _why_not(column: Column, grid: Mapping[str, int] | None) -> str:
    """Why a column's answers are not read, without quoting answers that may be free text."""
    counts = _rated(grid if grid is not None else column.answered_counts())
    ends = labelled_ends(list(counts))
    if ends is not None:
        return (
            f"numbers {ends[0] + 1}–{ends[1] - 1} between two ends in words (a linear scale with "
            "labelled ends): which end is positive is to be declared"
        )
    choice = detect_scale(counts)
    reading = choice.reading
    if isinstance(reading, Unread) and reading.unknown:
        if not reading.known:
            if len(counts) == 1:
                return "1 distinct answer, not a rating label"
            return f"{len(counts)} distinct answers, none of them a rating label"
        return f"{len(reading.unknown)} of its {len(counts)} distinct answers are not rating labels"
    return choice.reason or "not a scale"


def _scale_of(
    header: str,
    column: Column,
    declared: Scale | None,
    scales: Sequence[tuple[str, Scale]],
    grid: Mapping[str, int] | None = None,
) -> tuple[Scale | None, str]:
    """The scale of a column that is in no questionnaire: declared for it, stated by its
    header, 0–10 answers to a recommend question, a ``--scale "*=…"`` declaration all its
    answers fit, or the built-in scale most of its answers are on. (None, why) when the
    header names the ends of its numbers in words whose order is unknown: not guessed."""
    if declared is not None:
        return declared, "declared (--scale)"
    stated = header_scale(header)
    if stated is not None and _fit(column, stated[0], numeric=True) >= 0.5:
        return stated[0], f"header: {stated[1]}"
    unordered = unordered_header_scale(header)
    if unordered is not None and _fit(column, unordered[0], numeric=True) < 0.5:
        unordered = None
    if unordered is None and recommend_question(header) and _nps_by_values(column):
        return NPS, "0–10 answers to a recommend question: Net Promoter Score"
    for target, candidate in scales:
        if target == "*" and _fit(column, candidate) == 1.0:
            return candidate, "declared (--scale *)"
    if unordered is not None:
        return None, unordered[1]
    return _answers_scale(column, grid)


def _answers_scale(
    column: Column, grid: Mapping[str, int] | None = None
) -> tuple[Scale | None, str]:
    """The scale of a column's answers (:func:`detect_scale`): a grid row's is the grid's
    (its rows' answers together) when the row's answers are on it but for stray answers;
    (None, "") when the answers are not read."""
    choice = detect_scale(grid if grid is not None else column.answered_counts())
    if choice.scale is not None and grid is not None:
        off = [
            label
            for label in _rated(column.answered_counts())
            if choice.scale.index_of(label) is None
        ]
        # the grid's scale, when this row's answers are on it but for stray answers
        if not any(read_label(label) for label in off):
            return choice.scale, "answers (the grid's labels together)"
        choice = detect_scale(column.answered_counts())
    if choice.scale is not None:
        return choice.scale, "answers"
    return None, ""


def _listed_scale(item: Item, column: Column, grid: Mapping[str, int] | None) -> tuple[Item, str]:
    """A questionnaire item and how it was recognised. An item that names no ``scale`` (it
    has its kind's default) is read on the form's own labels, as a column found from its
    answers is, when the default would show a level and words the form did not have: every
    answer is on a scale made of the form's own labels (:func:`_answers_scale`: no built-in
    scale reads them) of the item's kind, without a neutral level, while the default has
    one ("Tout à fait / Plutôt d'accord, Plutôt en désaccord" on ``agreement5`` would be
    named "Fortement d'accord ou D'accord", with a neutral "Ni en accord ni en désaccord"
    no answer is on). Otherwise the default stands: a neutral answer shows the form had the
    default's middle level (its levels are then shown as the form spelled them), and the
    form may have had levels nobody chose; an answer off it is an error. A ``scale`` the
    questionnaire names is never overridden."""
    listed = item, "questionnaire"
    default = item.scale
    if not item.default_scale or default is None or default.neutral is None:
        return listed
    # the label model first (no scale looked at): most columns stop here, on a neutral
    # answer or labels it does not read as the item's kind
    reading = read_labels(answer_labels(grid if grid is not None else column.answered_counts()))
    if not isinstance(reading, Reading) or reading.kind != item.kind or reading.neutral is not None:
        return listed
    scale, _ = _answers_scale(column, grid)
    if (
        scale is None
        or scale.kind != item.kind
        or scale.neutral is not None
        or scale in BUILTIN_SCALES.values()
        or _fit(column, scale) < 1.0
    ):
        return listed
    return replace(item, scale=scale), f"questionnaire, on the form's own labels ({scale.id})"
