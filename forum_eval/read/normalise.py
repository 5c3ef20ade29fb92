"""Raw table → :class:`~forum_eval.read.responses.Responses`, in three steps: understand
each column (:mod:`.columns`), find the rows that count as respondents (:mod:`.rows`), code
the answers on their scales (:mod:`.coding`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from forum_eval.config.questionnaire import Questionnaire
from forum_eval.config.scales import Scale
from forum_eval.errors import InputError
from forum_eval.read.coding import code_items, comment_responses
from forum_eval.read.columns import Classified, Columns, Multiselect, classify_columns
from forum_eval.read.multiselect import (
    group_responses,
    joined_responses,
    joined_separator,
    joined_warning,
)
from forum_eval.read.responses import MultiselectResponses, Problem, Responses
from forum_eval.read.rows import counted_rows
from forum_eval.read.table import RawTable

_REASON_WORDS = {
    "preview": "preview(s)",
    "incomplete": "incomplete response(s)",
    "duplicate": "exact duplicate(s) of an earlier row",
    "rejected": "submission(s) marked rejected (not approved) in the platform's review",
}


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
    columns = Columns(table)
    found = classify_columns(table, questionnaire, columns, scales)
    problems: list[Problem] = []
    if not found.items and not found.multiselect:  # a checkbox question is read too
        problems.append(_no_item(table, found))
    keep, excluded = counted_rows(table, found, columns, include_incomplete=include_incomplete)
    coded = code_items(table, found, columns, keep, numeric_codes=numeric_codes, lenient=lenient)
    problems += coded.problems
    if problems and not collect:
        raise InputError(problems[0].message, problems[0].hint)
    comments = [
        comment_responses(item, table.headers[p], columns[p], keep) for p, item in found.comments
    ]
    items = sorted(coded.items, key=lambda i: questionnaire.order(i.item.id))
    multiselect = [_multiselect(table, columns, question, keep) for question in found.multiselect]
    return Responses(
        items=items,
        comments=comments,
        respondents=int(keep.size),
        rows_read=len(table.frame),
        excluded=excluded,
        set_aside={k: v for k, v in found.set_aside.items() if v},
        invalid=coded.invalid,
        warnings=[
            *found.warnings,
            *_row_warnings(table, excluded),
            *coded.warnings,
            *_joined_warnings(table, columns, found.multiselect),
        ],
        positions=keep,
        columns=found.reports,
        problems=problems,
        multiselect=multiselect,
    )


def _multiselect(
    table: RawTable, columns: Columns, question: Multiselect, keep: np.ndarray
) -> MultiselectResponses:
    """The ticks of the respondents (``keep``) in a multi-select question."""
    group = question.group
    if question.joined:
        first = group.positions[0]
        return joined_responses(
            question.id,
            table.headers[first],
            columns[first],
            keep,
            question.known,
            joined_separator(table.platform),
        )
    picked = [columns[p] for p in group.columns]
    return group_responses(question.id, group, table.headers, picked, keep, platform=table.platform)


def _joined_warnings(
    table: RawTable, columns: Columns, questions: Sequence[Multiselect]
) -> list[str]:
    """The joined multi-select columns some answers of which were read by a guess."""
    out = []
    for question in questions:
        if question.joined:
            first = question.group.positions[0]
            counts = columns[first].answered_counts(most_first=False)
            warning = joined_warning(
                table.headers[first], counts, question.known, joined_separator(table.platform)
            )
            if warning is not None:
                out.append(warning)
    return out


def _no_item(table: RawTable, found: Classified) -> Problem:
    listed = ", ".join(f'"{h}"' for h in table.headers[:8]) + (
        " …" if len(table.headers) > 8 else ""
    )
    roles = ", ".join(f"{n} {role}" for role, n in found.set_aside.items() if n)
    sheets = table.info.get("sheets")
    return Problem(
        f"{table.path}: no evaluation item was recognised among the {len(table.headers)} "
        f"columns ({listed}{'; ' + roles if roles else ''}).",
        "Items are columns whose answers are on a known scale (agreement, satisfaction, "
        "yes/no, …), numbers whose header states the scale, or questions listed in "
        "surveys/questionnaire.toml; run forum-eval validate FILE to see how each column "
        "was read"
        + (f"; the workbook has other sheets ({sheets}): pass --sheet." if sheets else "."),
    )


def _row_warnings(table: RawTable, excluded: dict[str, int]) -> list[str]:
    """The sheet read when it is not the first, and the rows not counted (but empty ones)."""
    warnings = []
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
    hidden = table.info.get("hidden_sheets")
    if hidden:
        names = hidden.split(", ")
        quoted = ", ".join(f'"{n}"' for n in names)
        warnings.append(
            f"hidden sheet{'s' if len(names) > 1 else ''} {quoted} not read; pass --sheet "
            "NAME to read one instead."
        )
    if table.info.get("stray_row"):
        warnings.append(f"{table.info['stray_row']}.")
    if table.info.get("missing_marker"):
        warnings.append(
            f'"{table.info["missing_marker"]}" read as a blank (no answer) in every cell: no '
            "cell of the table is empty and several columns hold it, as in a table saved by R, "
            "which writes a missing value so."
        )
    notable = {r: n for r, n in excluded.items() if r != "empty"}
    if notable:
        parts = ", ".join(f"{n} {_REASON_WORDS[r]}" for r, n in sorted(notable.items()))
        hint = (
            " (--include-incomplete counts the incomplete ones)" if "incomplete" in notable else ""
        )
        warnings.append(f"rows not counted as respondents: {parts}{hint}.")
    return warnings
