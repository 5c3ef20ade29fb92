"""Multi-select (checkbox) questions, read from each platform's shape.

Two shapes exist:

- **joined**: one column, the options ticked by a respondent joined in one cell — ", " in
  Google Forms, ";" in Microsoft Forms (whose trailing ";" the adapter drops), "," with no
  space after it in Qualtrics (multi-value fields not split into columns:
  ``Keynote,Food, drinks and music``; :data:`QUALTRICS_SEPARATOR`). Told from
  free text by how options behave: an option comes back in *other combinations* (ticked
  alone by one respondent, with another option by the next), while the pieces of a comment
  written with commas ("Merci beaucoup, c'était super") always come with the same
  companions, however often the comment is repeated (:func:`joined_options`). An option
  holding the separator ("Food, drinks and music") is put together again from the form's
  options when they are given, else from the answers: pieces never seen apart, which some
  respondent ticked alone (:func:`parse_joined`); what stays a guess is counted, never
  quoted, by :func:`joined_warning`.
- **one column per option**: ``Question [Option]`` headers (Qualtrics ``Q5_1, Q5_2 …`` with
  ``Question - Option`` texts, SurveyMonkey's question over its option sub-headers,
  LimeSurvey's ``Q5[SQ001]`` or ``Question [Option]``, Kobo's ``Q/option`` after their
  adapters), each cell holding a tick — the option's own text (SurveyMonkey, Qualtrics),
  ``1`` (Kobo, Qualtrics numeric), ``Y`` (LimeSurvey codes), ``Yes`` (LimeSurvey answer
  texts) — or no tick: blank, ``0``, ``N``, ``No`` or LimeSurvey's ``N/A`` (not shown)
  (:func:`option_groups`). These columns are never yes/no items.

A respondent *answered* the question when they ticked at least one option; each option's
share is over those respondents, so the shares do not add up to 100 %.

Options of a joined column that a single respondent wrote (the "Other" box of Google Forms
puts the respondent's own words among the options) are counted together as one option,
:data:`WRITTEN_IN`, so that no free text is ever quoted as an option.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from forum_eval.read.responses import MultiselectResponses
from forum_eval.textnorm import fold

if TYPE_CHECKING:
    from forum_eval.read.columns import Column

#: the role a platform adapter gives a column its layout says is a multi-select (Microsoft
#: Forms: every answer ends with ";")
MULTISELECT = "multiselect"

#: the option standing for the options a single respondent wrote (see the module docstring)
WRITTEN_IN = "\x00written-in"

OPTION_SEPARATOR = re.compile(r"\s*;\s*|,\s+")
#: Qualtrics joins the options of a multiple-answer question with "," and no space; an
#: option holding ", " ("Food, drinks and music") stays whole
QUALTRICS_SEPARATOR = re.compile(r",(?!\s)")

#: at most this many options (each at most this long) in a joined column
_MAX_OPTIONS = 20
_MAX_OPTION_LENGTH = 80
#: the share of the ticks that must be options seen in several combinations
_RECOMBINED = 0.8

#: "Question [Option]" (with or without the space: LimeSurvey codes ``Q5[SQ001]``)
_OPTION_HEADER = re.compile(r"^(.*\S)\s*\[([^\[\]]+)\]$")
#: ticks and no-ticks written as markers, on any platform (folded; REDCap's labels write
#: "Checked" / "Unchecked")
_TICK = frozenset({"1", "y", "x", "checked"})
_NO_TICK = frozenset({"0", "n", "unchecked"})
#: LimeSurvey's answer texts, in the survey's language: "Yes" ticked, "No" not ticked, "N/A"
#: not shown (folded; French "Oui" / "Non", Spanish "Sí" / "No", German "Ja" / "Nein")
_LIMESURVEY_TICK = frozenset({"yes", "oui", "si", "ja"})
_LIMESURVEY_NO_TICK = frozenset({"no", "n a", "non", "nein"})
#: the option of a text box: "Other", "Other (please specify)", "Autre" (folded)
_OTHER = re.compile(r"^(other|autres?)\b")
#: Qualtrics writes "Question - Selected Choice - Option" when an option has a text box
_SELECTED_CHOICE = re.compile(r"\s+-\s+Selected Choice$")


def joined_separator(platform: str) -> re.Pattern[str]:
    """How ``platform`` joins the options of one answer in one cell."""
    return QUALTRICS_SEPARATOR if platform == "qualtrics" else OPTION_SEPARATOR


def split_options(text: str, separator: re.Pattern[str] = OPTION_SEPARATOR) -> list[str]:
    """The pieces of one joined cell, in the cell's order, each once (an option holding ", "
    is several pieces: :func:`parse_joined` puts them together again)."""
    return list(dict.fromkeys(_pieces(text, separator)))


def _pieces(text: str, separator: re.Pattern[str] = OPTION_SEPARATOR) -> tuple[str, ...]:
    return tuple(text[start:end] for start, end in _spans(text, separator))


def _spans(text: str, pattern: re.Pattern[str] = OPTION_SEPARATOR) -> list[tuple[int, int]]:
    """Where the pieces of ``text`` are (stripped, non-empty), in order."""
    spans = []
    start = 0
    for separator in [*pattern.finditer(text), None]:
        end = len(text) if separator is None else separator.start()
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        if separator is not None:
            start = separator.end()
    return spans


@dataclass(frozen=True)
class JoinedParse:
    """The options of each joined answer, options holding the separator put together again.

    ``cells``: each distinct stripped answer → its options (in the cell's order, each once);
    ``unsure``: how many answers (respondents) hold pieces whose reading is a guess — pieces
    always ticked together that no respondent ticked alone (one option with a comma, or
    several options always ticked together?), or an option put together from pieces never
    seen apart but with a capital after the comma ("Food, Drinks")."""

    cells: dict[str, tuple[str, ...]]
    unsure: int


def parse_joined(
    counts: Mapping[str, int],
    known: Sequence[str] = (),
    separator: re.Pattern[str] = OPTION_SEPARATOR,
) -> JoinedParse:
    """The options of each answer of ``counts`` (each distinct stripped answer → how many
    gave it). ``known``: the form's options (the questionnaire's), when listed: each cell is
    split on them, longest first. Besides them, an option holding ", " is inferred from the
    answers: a whole answer of several pieces (a respondent who ticked only that option)
    whose pieces are never seen apart anywhere in the column — each always followed by the
    next and preceded by the one before (Google Forms writes the options in the form's
    order). An answer holding "A, B" as a whole is a combination as soon as A or B is
    ticked without the other somewhere. Pieces always together that no answer holds alone
    are left as pieces, and counted in ``unsure`` when they would be shown (two answers or
    more). ``separator``: the platform's (:func:`joined_separator`)."""
    spans = {value: _spans(value, separator) for value in counts}
    pieces = {value: tuple(value[a:b] for a, b in where) for value, where in spans.items()}
    after: dict[str, set[str | None]] = {}
    before: dict[str, set[str | None]] = {}
    ticks: dict[str, int] = {}
    for value, parts in pieces.items():
        for k, part in enumerate(parts):
            after.setdefault(part, set()).add(parts[k + 1] if k + 1 < len(parts) else None)
            before.setdefault(part, set()).add(parts[k - 1] if k else None)
            ticks[part] = ticks.get(part, 0) + counts[value]

    def bound(first: str, second: str) -> bool:  # never seen apart
        return after[first] == {second} and before[second] == {first}

    listed = {_pieces(option, separator) for option in known}
    units = listed or {
        parts
        for parts in pieces.values()
        if len(parts) > 1 and all(bound(a, b) for a, b in pairwise(parts))
    }
    starts: dict[str, list[tuple[str, ...]]] = {}  # first piece → its units, longest first
    for unit in sorted(units, key=len, reverse=True):
        starts.setdefault(unit[0], []).append(unit)
    cells: dict[str, tuple[str, ...]] = {}
    labels: dict[tuple[str, ...], str] = {}  # a unit → its text where first seen
    unsure = 0
    for value, parts in pieces.items():
        if len(parts) < 2:  # most comments, and single ticks
            cells[value] = parts
            continue
        options: list[str] = []
        doubt = False
        k = 0
        while k < len(parts):
            unit = next(
                (u for u in starts.get(parts[k], ()) if parts[k : k + len(u)] == u),
                parts[k : k + 1],
            )
            if len(unit) > 1 and not listed and ticks[unit[0]] >= 2:
                # put together from the answers: sure when the comma is inside a sentence
                doubt = doubt or any(not part[:1].islower() for part in unit[1:])
            elif len(unit) == 1 and k + 1 < len(parts) and not listed and ticks[parts[k]] >= 2:
                doubt = doubt or bound(parts[k], parts[k + 1])
            where = spans[value]
            text = value[where[k][0] : where[k + len(unit) - 1][1]]
            options.append(labels.setdefault(unit, text))
            k += len(unit)
        cells[value] = tuple(dict.fromkeys(options))
        unsure += counts[value] if doubt else 0
    return JoinedParse(cells, unsure)


def joined_warning(
    header: str,
    counts: Mapping[str, int],
    known: Sequence[str] = (),
    separator: re.Pattern[str] = OPTION_SEPARATOR,
) -> str | None:
    """The warning for the answers of a joined column whose reading is a guess (see
    :class:`JoinedParse`): their number only, never their text (a write-in could identify
    its author; never fewer than 2: a guess is counted only where it changes a shown
    figure); None when every answer was read for sure."""
    unsure = parse_joined(counts, known, separator).unsure
    if not unsure:
        return None
    marks = '","' if separator is QUALTRICS_SEPARATOR else '", " or ";"'
    return (
        f'"{header}": {unsure} answers hold pieces, between the {marks} of the options '
        "joined in one cell, that could be one option holding a comma or several options "
        "always ticked together; they were read as the answers suggest: check the figures "
        "of these options against the form. Declaring the question in the questionnaire "
        '(kind = "multiselect" with its options) reads it for sure.'
    )


def _tally(
    counts: Mapping[str, int],
    known: Sequence[str] = (),
    separator: re.Pattern[str] = OPTION_SEPARATOR,
) -> tuple[dict[str, int], dict[str, int], JoinedParse]:
    """Per option of the joined answers ``counts`` (each distinct stripped answer → how many
    gave it): how many ticked it, and in how many different answers it is."""
    parsed = parse_joined(counts, known, separator)
    ticks: dict[str, int] = {}
    answers: dict[str, int] = {}
    for value, n in counts.items():
        for option in parsed.cells[value]:
            ticks[option] = ticks.get(option, 0) + n
            answers[option] = answers.get(option, 0) + 1
    return ticks, answers, parsed


def looks_joined(counts: Mapping[str, int], separator: re.Pattern[str] = OPTION_SEPARATOR) -> bool:
    """Whether ``counts`` (each distinct stripped answer → how many gave it) are checkbox
    answers: at least two different answers joining several options, at most
    :data:`_MAX_OPTIONS` short options, and at least 80 % of the ticks on options seen in
    two different answers or more (options recombine; the pieces of a comment do not)."""
    if sum(1 for value in counts if len(split_options(value, separator)) > 1) < 2:
        return False
    ticks, answers, _parsed = _tally(counts, (), separator)
    recombined = [option for option in ticks if answers[option] >= 2]
    return (
        bool(recombined)
        and len(recombined) <= _MAX_OPTIONS
        and max(map(len, recombined)) <= _MAX_OPTION_LENGTH
        and sum(ticks[o] for o in recombined) >= _RECOMBINED * sum(ticks.values())
    )


def joined_options(
    counts: Mapping[str, int],
    known: Sequence[str] = (),
    separator: re.Pattern[str] = OPTION_SEPARATOR,
) -> dict[str, int]:
    """Option → how many ticked it, in order of first appearance; the options a single
    respondent wrote counted together as :data:`WRITTEN_IN` (last: the respondents who
    wrote any). ``known``: the form's options, when listed (see :func:`parse_joined`); one
    of them is shown even when a single respondent ticked it (no write-in)."""
    ticks, _answers, parsed = _tally(counts, known, separator)
    listed = {_pieces(option, separator) for option in known}

    def shown(option: str) -> bool:
        return ticks[option] >= 2 or _pieces(option, separator) in listed

    out = {option: n for option, n in ticks.items() if shown(option)}
    written = sum(
        n for value, n in counts.items() if not all(shown(o) for o in parsed.cells[value])
    )
    if written:
        out[WRITTEN_IN] = written
    return out


@dataclass(frozen=True)
class OptionGroup:
    """The columns of one multi-select question: its text, and per option (in the form's
    order) its column's position and label; ``text_box``: the position of its "Other"
    text box (LimeSurvey ``[Other]``, SurveyMonkey ``[Other (please specify)]``), whose
    words tick the last option (its label), and which is also read on its own."""

    question: str
    positions: tuple[int, ...]
    options: tuple[str, ...]
    text_box: int | None = None

    @property
    def columns(self) -> tuple[int, ...]:
        """The positions of the options' columns, then of the text box."""
        return self.positions + (() if self.text_box is None else (self.text_box,))


def _cell_tick(value: str, option: str, limesurvey: bool) -> bool | None:
    """True for a tick, False for no tick, None for an answer that is neither."""
    key = fold(value)
    if not key:
        return False
    if key in _TICK or key == fold(option) or (limesurvey and key in _LIMESURVEY_TICK):
        return True
    if key in _NO_TICK or (limesurvey and key in _LIMESURVEY_NO_TICK):
        return False
    return None


def option_groups(
    headers: Sequence[str],
    answers: Mapping[int, Sequence[str]],
    *,
    platform: str,
) -> list[OptionGroup]:
    """The multi-select questions written one column per option: two or more ``Question
    [Option]`` columns of one question (``answers``: the candidate columns' distinct stripped
    answers, by position) whose every answer is a tick or no tick, and at least two of them
    with a tick. One column of the question may hold other answers (an "Other (please
    specify)" text box): it stays out of the group and is read on its own; with more, the
    question is a grid, not a multi-select. Two questions with the same text (a question
    asked twice, Qualtrics ``Q5_1_1 …`` then ``Q6_1_1 …``) are two groups: an option that
    comes again starts the next one."""
    by_question: dict[str, list[tuple[int, str]]] = {}
    others: dict[str, list[int]] = {}  # question → its columns holding other answers
    for position, values in answers.items():
        found = _OPTION_HEADER.match(headers[position].strip())
        if found is None:
            continue
        option = found[2].strip()
        ticks = [_cell_tick(v, option, platform == "limesurvey") for v in values]
        if None in ticks:
            others.setdefault(found[1], []).append(position)
            continue
        # an option nobody ticked ("") is kept when its question is a multi-select
        by_question.setdefault(found[1], []).append((position, option if any(ticks) else ""))
    out = []
    for question, columns, boxes in _split_repeated(by_question, others, headers):
        ticked = [p for p, option in columns if option]
        # one text box at the most (a grid's rows answered 1 only are not options)
        if len(ticked) < 2 or len(boxes) > 1:
            continue
        labels = tuple(option or _option_of(headers[p]) for p, option in columns)
        box = boxes[0] if boxes and _OTHER.match(fold(_option_of(headers[boxes[0]]))) else None
        out.append(
            OptionGroup(
                _SELECTED_CHOICE.sub("", question).strip(),
                tuple(p for p, _ in columns),
                labels + ((_option_of(headers[box]),) if box is not None else ()),
                box,
            )
        )
    return out


def _split_repeated(
    by_question: Mapping[str, list[tuple[int, str]]],
    others: Mapping[str, list[int]],
    headers: Sequence[str],
) -> list[tuple[str, list[tuple[int, str]], list[int]]]:
    """(question, its option columns, its other columns) per question, a question whose
    option comes again split there (each part takes the other columns from its first
    column to the next part's)."""
    out = []
    for question, columns in by_question.items():
        parts: list[list[tuple[int, str]]] = [[]]
        seen: set[str] = set()
        for position, option in columns:
            # the option's own text: folding would make "C" and "C#" one option
            key = _option_of(headers[position]).casefold()
            if key in seen:
                parts.append([])
                seen = set()
            seen.add(key)
            parts[-1].append((position, option))
        starts = [part[0][0] for part in parts] + [len(headers)]
        for k, part in enumerate(parts):
            boxes = [b for b in others.get(question, []) if starts[k] < b < starts[k + 1]]
            out.append((question, part, boxes))
    return out


def _option_of(header: str) -> str:
    found = _OPTION_HEADER.match(header.strip())
    return found[2].strip() if found else header


def group_responses(
    item_id: str,
    group: OptionGroup,
    headers: Sequence[str],
    columns: Sequence[Column],
    keep: np.ndarray,
    *,
    platform: str,
) -> MultiselectResponses:
    """The ticks of the respondents (``keep``) in each option's column (``columns``: those
    of ``group.positions``, then its text box's, where any words are a tick)."""
    ticked = np.zeros((keep.size, len(group.options)), dtype=bool)
    for k, (column, option) in enumerate(zip(columns, group.options, strict=True)):
        if k == len(group.positions):  # the text box
            per_value = [bool(text) for text in column.stripped]
        else:
            per_value = [
                _cell_tick(v, option, platform == "limesurvey") is True for v in column.stripped
            ]
        ticked[:, k] = column.spread(per_value, False, bool)[keep]
    return MultiselectResponses(
        id=item_id,
        question=group.question,
        headers=tuple(headers[p] for p in group.columns),
        options=group.options,
        ticked=ticked,
    )


def joined_responses(
    item_id: str,
    header: str,
    column: Column,
    keep: np.ndarray,
    known: Sequence[str] = (),
    separator: re.Pattern[str] = OPTION_SEPARATOR,
) -> MultiselectResponses:
    """The options each respondent (``keep``) ticked in a joined column (``known``: the
    form's options, when listed; see :func:`parse_joined`; ``separator``: the platform's)."""
    counts = column.answered_counts(most_first=False)
    options = list(joined_options(counts, known, separator))
    cells = parse_joined(counts, known, separator).cells
    index = {option: k for k, option in enumerate(options)}
    per_value = np.zeros((column.n_distinct + 1, len(options)), dtype=bool)  # last: missing
    for code, text in enumerate(column.stripped):
        for option in cells.get(text, ()):
            per_value[code, index[option] if option in index else index[WRITTEN_IN]] = True
    ticked = per_value.take(column.codes, axis=0)[keep]
    return MultiselectResponses(
        id=item_id, question=header, headers=(header,), options=tuple(options), ticked=ticked
    )
