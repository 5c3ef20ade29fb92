"""Open comments: themes from a bilingual codebook (:mod:`forum_eval.config.codebook`),
counts per respondent, safe quotes.

:func:`analyse_comments` counts, for every theme, the respondents who raised it (once per
respondent, however many of their comments mention it), its share of the respondents who
wrote at least one comment, and picks up to ``quotes`` representative quotes — redacted
(:class:`forum_eval.analyse.privacy.Redactor`) and never attributed to a respondent or a row. Comments
that match no theme are counted as ``other`` and, redacted, listed in ``uncoded``.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from forum_eval.analyse.breakdown import Breakdown, Grouping, Row, count_row, resolve_grouping
from forum_eval.analyse.privacy import (
    DEFAULT_MIN_CELL,
    Redactor,
    header_is_identifying,
    header_is_self_identification,
    identifying_values,
)
from forum_eval.analyse.stats import share
from forum_eval.analyse.summary import CommentSummary
from forum_eval.config.codebook import Codebook
from forum_eval.errors import InputError
from forum_eval.textnorm import fold

if TYPE_CHECKING:
    from forum_eval.config.registry import Edition
    from forum_eval.read import RawTable
    from forum_eval.read.responses import CommentResponses, Responses
    from forum_eval.read.survey import Survey


class NoCommentsError(InputError):
    """The file has no open-comment column."""


#: quotes longer than this are cut at a word boundary, with "…"
MAX_QUOTE_CHARS = 280


@dataclass(frozen=True)
class ThemeResult:
    id: str
    label: Mapping[str, str]
    #: respondents who raised the theme (each counted once)
    n_respondents: int
    #: n_respondents / respondents who commented (None when nobody commented)
    share: Fraction | None
    #: redacted quotes (privacy.MARK where something was removed); no attribution
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CommentsResult:
    name: str
    file: str
    edition: Edition | None
    respondents: int
    #: respondents who wrote at least one comment
    commenters: int
    n_comments: int
    columns: tuple[CommentSummary, ...]
    #: in decreasing order of respondents, then codebook order
    themes: tuple[ThemeResult, ...]
    #: commenters none of whose comments matched a theme
    other: int
    other_share: Fraction | None
    #: redacted comments that matched no theme (sorted; shown with --uncoded)
    uncoded: tuple[str, ...]
    #: comments in which something was redacted
    n_redacted: int
    codebook: str
    #: theme counts per group (``--by``), small cells suppressed
    by: ThemesByGroup | None = None
    warnings: tuple[str, ...] = ()

    def theme(self, theme_id: str) -> ThemeResult:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)


@dataclass(frozen=True)
class ThemesByGroup(Breakdown):
    """Respondents per group (``sizes``), one row per theme then ``other`` (``rows``)."""

    #: respondents per group who commented
    commenters: Row


def _cut(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + " …"


def analyse_comments(
    responses: Responses,
    codebook: Codebook,
    *,
    name: str,
    file: str,
    edition: Edition | None = None,
    table: RawTable | None = None,
    quotes: int = 2,
    grouping: Grouping | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> CommentsResult:
    """Themes of the comments of ``responses``. ``table`` gives the names to redact."""
    # a free-text column that names, contacts or self-identifies respondents is never coded
    # or quoted, even when it was not recognised as such upstream
    columns = [
        c
        for c in responses.comments
        if not header_is_identifying(c.header) and not header_is_self_identification(c.header)
    ]
    skipped = len(responses.comments) - len(columns)
    if not columns:
        raise NoCommentsError(
            f"{file}: no open-comment column was recognised.",
            "Comment columns are long free-text answers, or columns declared with "
            'kind = "comment" in surveys/questionnaire.toml.',
        )
    redactor = Redactor(*identifying_values(table)) if table is not None else Redactor()
    n = responses.respondents
    theme_ids = [t.id for t in codebook.themes]
    members = {tid: np.zeros(n, dtype=bool) for tid in theme_ids}
    commented = np.zeros(n, dtype=bool)
    coded = np.zeros(n, dtype=bool)
    # distinct comment text → (themes, redacted text)
    seen: dict[str, tuple[tuple[str, ...], str]] = {}
    uncoded: set[str] = set()
    n_redacted = 0
    per_column: list[int] = []
    for column in columns:
        # each distinct text is coded once, then spread to its respondents by its code
        distinct, codes = _distinct_texts(column)
        counts = np.bincount(codes, minlength=len(distinct)).tolist()
        written = np.zeros(len(distinct), dtype=bool)
        raised = {tid: np.zeros(len(distinct), dtype=bool) for tid in theme_ids}
        in_column = 0
        # in order of first appearance
        for position, (text, count) in enumerate(zip(distinct, counts, strict=True)):
            if not count or not text.strip():
                continue
            in_column += count
            written[position] = True
            if text not in seen:
                seen[text] = (codebook.match(text), redactor(text))
            themes, safe = seen[text]
            if safe != text:
                n_redacted += count
            for tid in themes:
                raised[tid][position] = True
            if not themes:
                uncoded.add(_cut(safe))
        per_column.append(in_column)
        commented |= written[codes]
        for tid, flags in raised.items():
            if flags.any():
                hit = flags[codes]
                members[tid] |= hit
                coded |= hit
    commenters = int(commented.sum())
    other_mask = commented & ~coded

    themes_of = {safe: themes for themes, safe in seen.values()}
    texts_of: dict[str, set[str]] = {tid: set() for tid in theme_ids}
    for themes, safe in seen.values():
        for tid in themes:
            texts_of[tid].add(safe)
    raised_by = {tid: int(flags.sum()) for tid, flags in members.items()}
    quoted: set[str] = set()
    results = []
    for theme in sorted(codebook.themes, key=lambda t: -raised_by[t.id]):  # stable: codebook order
        count = raised_by[theme.id]
        # the first ``quotes`` of the sorted candidates (the keys are distinct: the text is one)
        candidates = heapq.nsmallest(
            max(quotes, 0),
            texts_of[theme.id],
            key=lambda s: (s in quoted, len(themes_of[s]), len(s) > MAX_QUOTE_CHARS, len(s), s),
        )
        chosen = tuple(_cut(s) for s in candidates)
        quoted.update(candidates)
        results.append(
            ThemeResult(theme.id, dict(theme.label), count, share(count, commenters), chosen)
        )

    by = None
    if grouping is not None:
        groups = grouping.codes

        def row(row_id: str, label: Mapping[str, str], flags: np.ndarray) -> Row:
            return count_row(row_id, label, flags, groups, len(grouping.groups), min_cell)

        by = ThemesByGroup(
            grouping=grouping,
            min_cell=min_cell,
            sizes=row("respondents", {}, np.ones(n, dtype=bool)),
            commenters=row("commenters", {}, commented),
            rows=(
                *(row(r.id, r.label, members[r.id]) for r in results),
                row("other", {}, other_mask),
            ),
        )
    warnings = list(responses.warnings)
    if skipped:
        warnings.append(
            f"{skipped} free-text column(s) that identify respondents were left out of the comments."
        )
    return CommentsResult(
        name=name,
        file=file,
        edition=edition,
        respondents=n,
        commenters=commenters,
        n_comments=sum(per_column),
        columns=tuple(
            CommentSummary(c.item.id, dict(c.item.label), count)
            for c, count in zip(columns, per_column, strict=True)
        ),
        themes=tuple(results),
        other=int(other_mask.sum()),
        other_share=share(int(other_mask.sum()), commenters),
        uncoded=tuple(sorted(uncoded, key=lambda s: (fold(s), s))),
        n_redacted=n_redacted,
        codebook=codebook.source.name if codebook.source else "",
        by=by,
        warnings=tuple(warnings),
    )


def _distinct_texts(column: CommentResponses) -> tuple[tuple[str, ...], np.ndarray]:
    """The distinct texts of a comment column, in order of first appearance, and per
    respondent the position of its text among them."""
    import pandas as pd

    if column.distinct is not None and column.codes is not None:
        return column.distinct, column.codes
    codes, distinct = pd.factorize(np.array(column.texts, dtype=object))
    return tuple(distinct.tolist()), codes


def survey_comments(
    survey: Survey,
    codebook: Codebook,
    *,
    quotes: int = 2,
    by: str | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> CommentsResult:
    """``forum-eval comments SOURCE``: code the survey's comments, pick safe quotes."""
    responses, table = survey.responses, survey.table
    grouping = resolve_grouping(by, responses, table, min_cell) if by is not None else None
    return analyse_comments(
        responses,
        codebook,
        name=survey.name,
        file=survey.file,
        edition=survey.edition,
        table=table,
        quotes=quotes,
        grouping=grouping,
        min_cell=min_cell,
    )
