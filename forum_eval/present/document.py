"""The evaluation section as a small document model, for the Word and web writers.

A :class:`Section` is a flat sequence of blocks — :class:`Heading`, :class:`Paragraph`,
:class:`BulletList`, :class:`Table`, :class:`Figure` and :class:`Note` — that
:mod:`forum_eval.report.docx` and :mod:`forum_eval.report.html` turn into a Word document
and a web page. Every text in it is final: numbers formatted (French non-breaking spaces
included), redaction marks localised, nothing left to escape or translate; the writers only
lay it out (and escape it, for HTML).

:func:`evaluation_section` assembles the section from a Summary with the functions that
write ``summary.<lang>.md`` (:mod:`~forum_eval.present.narrative`,
:mod:`~forum_eval.present.markdown`, :mod:`~forum_eval.present.comments_out`,
:mod:`~forum_eval.present.compare_out`), so the documents say what the Markdown says. It
neither draws nor reads files: the charts come in as PNG bytes with their alt text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from forum_eval.present import comments_out, compare_out
from forum_eval.present.markdown import (
    items_table,
    method_note,
    multiselect_note,
    multiselect_table,
)
from forum_eval.present.narrative import data_note, excluded_line, label, narrative, title
from forum_eval.present.strings import STRINGS, t
from forum_eval.textnorm import file_stem

if TYPE_CHECKING:
    from forum_eval.analyse.comments import CommentsResult
    from forum_eval.analyse.compare import Comparison
    from forum_eval.analyse.summary import Summary


@dataclass(frozen=True)
class Heading:
    """``level`` 1 is the section's title (one per section), 2 its parts, 3 sub-parts."""

    text: str
    level: int


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullet:
    """One item of a bullet list, with an optional list of sub-items (quotes of a theme)."""

    text: str
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulletList:
    items: tuple[Bullet, ...]


@dataclass(frozen=True)
class Table:
    """A table whose first row is ``header``; the first cell of each row names the row.
    ``numeric[i]`` is true for a column of figures (aligned right)."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]

    def __post_init__(self) -> None:
        width = len(self.header)
        if len(self.numeric) != width or any(len(row) != width for row in self.rows):
            raise ValueError(f"table {self.caption!r}: every row needs {width} cells")


@dataclass(frozen=True)
class Figure:
    """A chart: its PNG, the alt text a screen reader reads instead, and a visible caption."""

    name: str
    png: bytes
    alt: str
    caption: str


@dataclass(frozen=True)
class Note:
    """A note in small type: ``method`` (how a figure is computed, what was excluded) or
    ``data`` (the synthetic / reconstruction label, shown prominently)."""

    text: str
    kind: Literal["method", "data"] = "method"


Block = Heading | Paragraph | BulletList | Table | Figure | Note


@dataclass(frozen=True)
class Section:
    """A document in one language: ``title`` is also the text of its one level-1 heading."""

    lang: str
    title: str
    blocks: tuple[Block, ...]

    def figures(self) -> list[Figure]:
        return [block for block in self.blocks if isinstance(block, Figure)]


#: (name, PNG bytes, alt text): a chart of the report, e.g. ("agreement", png, alt)
Chart = tuple[str, bytes, str]

# a sentence ends at a full stop after two non-space characters and before a space ("S. O."
# and "(ON)" do not end one)
_SENTENCE_END = re.compile(r"(?<=\S\S)\.(?=\s|$)")


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` with its full stop (all of it when there is no stop)."""
    match = _SENTENCE_END.search(text)
    return text if match is None else text[: match.end()]


#: the summary's charts whose caption is their drawn title (see :func:`chart_caption`)
_TITLED = ("agreement", "shares", "expertise")


def paged_caption(
    chart: str,
    names: Sequence[str],
    alt: str,
    summary: Summary,
    lang: str,
    title_text: str | None = None,
) -> str | None:
    """The caption of a page of a split summary chart (``agreement``, ``agreement-2`` …,
    ``shares-3``, a rating kind's; ``trend-2``): its caption as a whole chart's, with
    " (2 of 3)"; None for any other chart. (The further pages fell back to the alt text's first sentence: four pages of
    the shares chart had the same caption, unlike the first.)"""
    found = re.fullmatch(r"(?P<base>.+?)(-(?P<index>\d+))?", chart)
    base = found["base"] if found else chart
    if base not in (*_TITLED, "trend") and f"rep_rating_title_{base}" not in STRINGS[lang]:
        return None
    pages = [n for n in names if n == base or re.fullmatch(re.escape(base) + r"-\d+", n)]
    if len(pages) < 2:
        return None  # a whole chart: chart_caption as before
    index = int(found["index"]) if found and found["index"] else 1
    page = t(lang, "rep_page", index=index, total=len(pages))
    if base == "trend":  # its alt text's first sentence, as for a whole trend chart
        return first_sentence(alt).removesuffix(".") + page + "."
    return chart_caption(base, alt, summary, lang, None, title_text) + page


def choice_caption(
    chart: str,
    names: Sequence[str],
    summary: Summary,
    lang: str,
    title_text: str | None = None,
) -> str | None:
    """The caption of a single-choice or multi-select chart (``choice-<id>``,
    ``multiselect-<id>``, a split one's further pages ``…-2``): its title as drawn on the
    chart, "<survey>: <question>", with " (2 of 3)" on a split chart; None for another chart.
    (The alt text's first sentence, used for the other charts, lists every answer here: a
    paragraph under the chart.)"""
    for item in [*summary.items, *summary.multiselect]:
        if item.kind not in ("choice", "multiselect"):
            continue
        base = re.escape(f"{item.kind}-{file_stem(item.id)}")  # as report/build.py names it
        pages = [n for n in names if re.fullmatch(base + r"(-\d+)?", n)]
        if chart not in pages:
            continue
        paged = re.fullmatch(base + r"-(\d+)", chart)
        index = int(paged[1]) if paged else 1
        page = t(lang, "rep_page", index=index, total=len(pages)) if len(pages) > 1 else ""
        heading = title(summary, lang, title_text)
        return t(lang, "rep_choice_title", title=heading, label=label(item, lang)) + page
    return None


def chart_caption(
    name: str,
    alt: str,
    summary: Summary,
    lang: str,
    comments: CommentsResult | None = None,
    title_text: str | None = None,
) -> str:
    """The caption of a report chart: the title drawn on the chart for the summary's charts
    (agreement and other ratings, shares, expertise, themes); the first sentence of the alt
    text for the others (comparison, trend), which says what the chart shows. ``title_text``
    (``report --title``) names the survey as on the charts."""
    heading = title(summary, lang, title_text)
    if name in ("agreement", "shares", "expertise"):
        return t(lang, f"rep_{name}_title", title=heading)
    if f"rep_rating_title_{name}" in STRINGS[lang]:
        return t(lang, f"rep_rating_title_{name}", title=heading)
    if name == "themes":  # as on the themes chart: never a raw file name
        source = summary if comments is None else comments
        return f"{t(lang, 'cm_title')} — {title(source, lang, title_text)}"
    return first_sentence(alt)


def _table(
    caption: str, header: Sequence[str], rows: Sequence[Sequence[str]], *, words_last: bool = False
) -> Table:
    """A table whose columns after the first are figures (the last one too, unless
    ``words_last``: a verdict)."""
    numeric = [False] + [True] * (len(header) - 1)
    if words_last:
        numeric[-1] = False
    return Table(caption, tuple(header), tuple(tuple(row) for row in rows), tuple(numeric))


def _comments_blocks(result: CommentsResult, lang: str, figures: list[Figure]) -> list[Block]:
    blocks: list[Block] = [
        Heading(t(lang, "cm_title"), 2),
        Paragraph(comments_out.comments_line(result, lang) + "."),
        _table(
            t(lang, "cm_title"),
            comments_out.theme_header(lang),
            comments_out.theme_rows(result, lang),
        ),
    ]
    # each theme with quotes, labelled as in the themes table (comments_out.theme_label)
    quoted = [
        Bullet(
            comments_out.theme_label(theme.id, theme.label, lang),
            tuple(comments_out.quote(q, lang) for q in theme.quotes),
        )
        for theme in result.themes
        if theme.quotes
    ]
    if quoted:
        blocks += [Heading(t(lang, "cm_quotes_title"), 3), BulletList(tuple(quoted))]
    blocks += figures
    blocks += [Note(note) for note in comments_out.method_notes(result, lang)]
    return blocks


def _comparison_blocks(comparison: Comparison, lang: str, figures: list[Figure]) -> list[Block]:
    # the document's title names the event already
    blocks: list[Block] = [Heading(compare_out.title(comparison, lang, event=False), 2)]
    if note := compare_out.data_note(comparison.summaries, comparison.names, lang):
        blocks.append(Note(note, "data"))
    for pair in comparison.pairs:
        name = t(lang, "cmp_pair", a=pair.a_name, b=pair.b_name)
        sentences = compare_out.pair_narrative(pair, lang)
        header = compare_out.pair_header(pair, comparison, lang)
        rows = compare_out.pair_rows(pair, lang)
        blocks.append(Heading(name, 3))
        blocks.append(BulletList(tuple(Bullet(line) for line in sentences)))
        blocks.append(_table(name, header, rows, words_last=True))
    blocks += figures
    blocks.append(Note(compare_out.method_note(comparison, lang)))
    return blocks


def evaluation_section(
    summary: Summary,
    lang: str,
    charts: Sequence[Chart],
    comments: CommentsResult | None = None,
    comparison: Comparison | None = None,
    title_text: str | None = None,
) -> Section:
    """The evaluation section of ``summary`` in ``lang``: the title and data note, the
    response-rate sentence, the narrative, the table of figures and its method note, a table
    per multi-select question with its note, the charts with their captions, then the comment
    themes (table, redacted quotes, themes chart, notes) and the comparison (narrative, table,
    charts, method note) when given.

    ``charts`` are (name, PNG bytes, alt text) as the report writes them (``agreement``,
    ``shares``, ``expertise``, ``themes``, ``compare``, ``trend`` …), in the order shown:
    ``themes`` goes with the comments and ``compare…``/``trend`` with the comparison when
    these are given, every other chart under "Charts".

    ``title_text`` (``report --title``) names the survey in the headings and captions instead
    of the edition's heading or the cleaned file name."""
    name = title(summary, lang, title_text)
    heading = f"{t(lang, 'summary_title')} — {name}"
    blocks: list[Block] = [Heading(heading, 1)]
    if note := data_note(summary, lang):
        blocks.append(Note(note, "data"))
    # the narrative's first sentence is the response-rate sentence; the items follow
    sentences = narrative(summary, lang)
    blocks.append(Paragraph(sentences[0]))
    if sentences[1:]:
        blocks.append(Heading(t(lang, "narrative_title"), 2))
        blocks.append(BulletList(tuple(Bullet(line) for line in sentences[1:])))
    header, rows = items_table(summary, lang)
    if rows:
        blocks.append(Heading(t(lang, "table_title"), 2))
        blocks.append(_table(f"{t(lang, 'table_title')} — {name}", header, rows))
        blocks.append(Note(method_note(summary, lang)))
    # per multi-select question, a small table (option, % of the respondents who answered
    # it, n) captioned by the question, and the note that the shares do not add up to 100 %
    if summary.multiselect:
        blocks.append(Heading(t(lang, "ms_title"), 2))
    for item in summary.multiselect:
        blocks.append(_table(label(item, lang), *multiselect_table(item, lang)))
        blocks.append(Note(multiselect_note(item, lang)))
    if excluded := excluded_line(summary, lang):
        blocks.append(Note(excluded))

    themes: list[Figure] = []
    compared: list[Figure] = []
    others: list[Figure] = []
    names = [chart for chart, _, _ in charts]
    for chart, png, alt in charts:
        caption = choice_caption(chart, names, summary, lang, title_text) or paged_caption(
            chart, names, alt, summary, lang, title_text
        )
        caption = caption or chart_caption(chart, alt, summary, lang, comments, title_text)
        figure = Figure(chart, png, alt, caption)
        if comments is not None and chart == "themes":
            themes.append(figure)
        # compare, compare-<A>-<B>, trend and the further pages of a split one (compare-2 …)
        elif comparison is not None and chart.partition("-")[0] in ("compare", "trend"):
            compared.append(figure)
        else:
            others.append(figure)
    if others:
        blocks.append(Heading(t(lang, "rep_charts_title"), 2))
        blocks += others
    if comments is not None:
        blocks += _comments_blocks(comments, lang, themes)
    if comparison is not None:
        blocks += _comparison_blocks(comparison, lang, compared)
    return Section(lang=lang, title=heading, blocks=tuple(blocks))
