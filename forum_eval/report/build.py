"""The report folder of ``forum-eval report``, built from parts.

A *part* is a callable ``part(lang) -> PartOutput`` called once per language: it says which
charts to draw (:class:`Chart`: a name, its alt text and the function of
:mod:`forum_eval.present` that draws it), a Markdown section to append to
``summary.<lang>.md`` and warnings for the user. Parts never write: :func:`build_report`
draws every chart (side by side in worker processes when there are several CPUs, see
:mod:`forum_eval.report.pool`), writes the PNGs, their alt text, the Markdown and the JSON
into a temporary folder, and puts it in place at the end (:mod:`forum_eval.report.folder`).
Everything written is deterministic: the same input gives the same bytes.

A chart too long for a page (more than ``charts.MAX_ROWS`` rows, or taller than
``charts.MAX_HEIGHT_IN``) is split: ``shares.<lang>.png``, ``shares-2.<lang>.png``,
``shares-3.<lang>.png`` …, each with its alt text. Nothing is written for a kind of question
the survey does not have (no expertise item: no expertise chart, and no warning either).

Layout of a report folder::

    agreement.<lang>.png  agreement.<lang>.alt.txt      (per language in ``langs``)
    <kind>.<lang>.png     <kind>.<lang>.alt.txt         (satisfaction, quality, declared …:
                                                        one per other kind of rating present)
    shares.<lang>.png     shares.<lang>.alt.txt
    expertise.<lang>.png  expertise.<lang>.alt.txt      (when there is an expertise item)
    choice-<item>.<lang>.png  ….alt.txt                 (one per single-choice item)
    multiselect-<item>.<lang>.png  ….alt.txt            (one per multi-select question)
    themes.<lang>.png     themes.<lang>.alt.txt         (when a comment matched a theme)
    compare.<lang>.png    trend.<lang>.png              (with --compare)
    summary.<lang>.md                                   (narrative, table, charts + alt text)
    evaluation.<lang>.docx  evaluation.<lang>.html      (with documents=("docx", "html"): the
                                                        evaluation section, charts embedded)
    summary.json                                        (the summarize JSON, in English)
    .forum-eval-report                                  (marker: the folder may be replaced)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from forum_eval import progress
from forum_eval.report.folder import MARKER, ensure_folder, write_bytes_atomic, write_folder_atomic
from forum_eval.report.pool import Drawer, png
from forum_eval.textnorm import file_stem

if TYPE_CHECKING:
    from forum_eval.analyse.comments import CommentsResult
    from forum_eval.analyse.compare import Comparison
    from forum_eval.analyse.summary import Summary
    from forum_eval.analyse.trend import Trend


@dataclass(frozen=True)
class Chart:
    """``<name>.<lang>.png``, drawn by ``draw(*args, **kwargs)`` (a function returning a
    matplotlib ``Figure``), with its alt text in ``<name>.<lang>.alt.txt``."""

    name: str
    alt: str
    draw: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PartOutput:
    """What a report part adds: charts (embedded in ``summary.<lang>.md`` under "Charts"
    unless ``inline``), a Markdown section appended at the end, warnings for the user."""

    charts: tuple[Chart, ...] = ()
    markdown: str = ""
    warnings: tuple[str, ...] = ()
    #: True when the part's Markdown embeds its charts itself
    inline: bool = False


ReportPart = Callable[[str], PartOutput]


@dataclass(frozen=True)
class ReportResult:
    files: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def png_name(chart: Chart, lang: str) -> str:
    return f"{chart.name}.{lang}.png"


def markdown_image(path: str, alt: str) -> str:
    """``![alt](path)`` with the alt text on one line and its brackets escaped."""
    text = re.sub(r"[ \t\r\n]+", " ", alt.strip())  # one line; non-breaking spaces kept
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"![{text}]({path})"


# --------------------------------------------------------------------------- parts


def select_items(summary: Summary, patterns: Sequence[str]) -> Summary:
    """``summary`` with only the items whose id is one of ``patterns`` or matches one
    (shell-style: ``Q12_*``, ``*satisf*``), in questionnaire order (``report --items``).
    A pattern that matches no item is an error that lists the ids."""
    from dataclasses import replace
    from fnmatch import fnmatchcase

    from forum_eval.errors import UsageError

    missing = [p for p in patterns if not any(fnmatchcase(i.id, p) for i in summary.items)]
    if missing:
        known = [i.id for i in summary.items]
        shown = ", ".join(known[:30]) + (f" … ({len(known)} in all)" if len(known) > 30 else "")
        raise UsageError(
            f"--items: no item matches {', '.join(repr(p) for p in missing)}.",
            f"Give item ids or patterns such as 'Q12_*', separated by commas. Ids: {shown}.",
        )
    kept = [i for i in summary.items if any(fnmatchcase(i.id, p) for p in patterns)]
    return replace(summary, items=tuple(kept))


def paged(
    name: str,
    pages: Sequence[Any],
    alt: Callable[..., str],
    draw: Callable[..., Any],
    args: tuple[Any, ...],
    key: str = "ids",
    **kwargs: Any,
) -> list[Chart]:
    """One chart per page of a chart too long for one page: ``name``, ``name-2``, ``name-3`` …
    Page k shows ``pages[k]`` (item ids, or rows when ``key`` is "rows"), passed with
    ``page=(k, number of pages)`` to ``alt`` (its alt text) and to ``draw(*args, **kwargs)``."""
    found = []
    for index, shown in enumerate(pages, 1):
        where = {key: shown, "page": (index, len(pages))}
        found.append(
            Chart(
                name if index == 1 else f"{name}-{index}",
                alt(**where),
                draw,
                args,
                {**kwargs, **where},
            )
        )
    return found


def chart_part(
    summary: Summary,
    order: Literal["sorted", "questionnaire"] = "sorted",
    title: str | None = None,
) -> ReportPart:
    """The summary's charts, each with its alt text: one diverging chart per kind of rating
    (declared scales included), the shares, the expertise and one chart per single-choice
    item and per multi-select question; a chart too long for a page is split (see the module docstring). A kind of question
    the survey does not have gets no chart and no warning. ``title`` names the event in the
    titles (``report --title``, or the event of a project file) instead of the edition or the
    file name."""

    def part(lang: str) -> PartOutput:
        from forum_eval.present import alt, chartdata, charts

        found: list[Chart] = []
        for kind in alt.rating_kinds(summary):
            found += paged(
                kind,
                charts.rating_pages(summary, kind, order=order, title_text=title),
                partial(alt.alt_ratings, summary, kind, lang, title=title),
                charts.plot_ratings,
                (summary, kind),
                lang=lang,
                order=order,
                title_text=title,
            )
        if chartdata.share_items(summary):
            found += paged(
                "shares",
                charts.shares_pages(summary, order=order, title_text=title),
                partial(alt.alt_shares, summary, lang, title=title),
                charts.plot_shares,
                (summary,),
                lang=lang,
                order=order,
                title_text=title,
            )
        if chartdata.expertise_items(summary):
            found += paged(
                "expertise",
                charts.expertise_pages(summary),
                partial(alt.alt_expertise, summary, lang, title=title),
                charts.plot_expertise,
                (summary,),
                lang=lang,
                title_text=title,
            )
        for item in [*alt.choice_items(summary), *summary.multiselect]:
            found += paged(
                f"{item.kind}-{file_stem(item.id)}",
                charts.choice_pages(summary, item.id, title_text=title),
                partial(alt.alt_choice, summary, item.id, lang, title=title),
                charts.plot_choice,
                (summary, item.id),
                key="rows",
                lang=lang,
                title_text=title,
            )
        warnings = () if found else (f"no item to chart: no chart ({lang}) is written.",)
        return PartOutput(charts=tuple(found), warnings=warnings)

    return part


def comments_part(result: CommentsResult, title: str | None = None) -> ReportPart:
    """``themes.<lang>.png``, its alt text, and a comments section (themes, quotes, notes)
    at the end of ``summary.<lang>.md``. When no comment matched a theme there is no chart
    (every bar would be "Other"): the section says so once instead."""

    def part(lang: str) -> PartOutput:
        from forum_eval.present import comments_out as co
        from forum_eval.present.strings import t
        from forum_eval.present.text import md_cell

        section = [
            f"## {t(lang, 'cm_title')}",
            "",
            co.comments_markdown_section(result, lang, level=3).strip("\n"),
            "",
        ]
        found: tuple[Chart, ...] = ()
        if any(theme.n_respondents for theme in result.themes):
            chart = Chart(
                "themes",
                co.alt_text(result, lang, title=title),
                co.plot_themes,
                (result,),
                {"lang": lang, "title_text": title},
            )
            found = (chart,)
            section.append(f"![{md_cell(chart.alt)}]({png_name(chart, lang)})")
        else:
            section.append(f"*{t(lang, 'rep_themes_none')}*")
        return PartOutput(
            charts=found,
            markdown="\n".join(section) + "\n",
            warnings=tuple(result.warnings),
            inline=True,
        )

    return part


def compare_charts(comparison: Comparison, trend: Trend | None, lang: str) -> list[Chart]:
    """The dumbbell chart of each pair (``compare.<lang>.png``, or ``compare-A-B`` when there
    are several pairs) and the trend chart when ``trend`` has several editions; a chart too
    long for a page is split as the summary's are (``compare-2``, ``trend-2`` …)."""
    from forum_eval.present import charts_compare as cc

    found = []
    for pair in comparison.pairs:
        found += paged(
            "compare"
            if len(comparison.pairs) == 1
            else f"compare-{pair.a_name}-{pair.b_name}".replace(" ", "_"),
            cc.compare_pages(pair, comparison.confidence),
            partial(cc.compare_alt, pair, lang),
            cc.plot_compare,
            (pair,),
            lang=lang,
            confidence=comparison.confidence,
        )
    if trend is not None and len(trend.summaries) > 1:
        found += trend_charts(trend, lang)
    return found


def trend_charts(trend: Trend, lang: str) -> list[Chart]:
    """``trend.<lang>.png`` (``trend-2`` … when it is too long for a page)."""
    from forum_eval.present import charts_compare as cc

    return paged(
        "trend",
        cc.trend_pages(trend),
        partial(cc.trend_alt, trend, lang),
        cc.plot_trend,
        (trend,),
        lang=lang,
    )


def comparison_part(comparison: Comparison, trend: Trend | None = None) -> ReportPart:
    """``compare.<lang>.png`` (and ``trend.<lang>.png`` when a trend is given) with their alt
    text, and the comparison as a Markdown section."""

    def part(lang: str) -> PartOutput:
        from forum_eval.present.compare_out import render_markdown

        found = compare_charts(comparison, trend, lang)
        text = render_markdown(comparison, lang, images=[(png_name(c, lang), c.alt) for c in found])
        section = "\n".join(
            "#" + line if line.startswith("#") else line for line in text.splitlines()
        )
        return PartOutput(
            charts=tuple(found),
            markdown=section + "\n",
            warnings=tuple(comparison.warnings),
            inline=True,
        )

    return part


# --------------------------------------------------------------------------- writing


def write_charts(folder: Path, charts: Sequence[Chart], lang: str) -> list[Path]:
    """Draw ``charts`` here and write each PNG and alt text atomically into ``folder``
    (``compare --charts DIR``, ``trend --out DIR``)."""
    ensure_folder(folder)
    written = []
    for chart in charts:
        path = folder / png_name(chart, lang)
        write_bytes_atomic(path, png(chart.draw, chart.args, chart.kwargs))
        write_bytes_atomic(
            folder / f"{chart.name}.{lang}.alt.txt", (chart.alt + "\n").encode("utf-8")
        )
        written.append(path)
    return written


def build_report(
    summary: Summary,
    out_dir: Path,
    langs: Sequence[str],
    *,
    order: Literal["sorted", "questionnaire"] = "sorted",
    comments: CommentsResult | None = None,
    comparison: Comparison | None = None,
    trend: Trend | None = None,
    documents: Sequence[Literal["docx", "html"]] = (),
    title: str | None = None,
    items: Sequence[str] | None = None,
    extra_parts: Sequence[ReportPart] = (),
    jobs: int | None = None,
) -> ReportResult:
    """Write the report folder ``out_dir`` atomically: the core charts, the comments' themes
    and the comparison (with its ``trend``) when given, then ``extra_parts``;
    ``summary.<lang>.md`` per language, ``summary.json`` (in English) and the
    ``documents`` asked for (``evaluation.<lang>.docx`` / ``.html``). ``title``: the name of
    the survey in the chart titles, alt text and the headings of the Markdown and documents
    (``report --title``), instead of the edition's heading (the project's event name, year and
    place) or the cleaned file name. ``items``: ids or
    patterns of the items to report (:func:`select_items`; every item by default: the Markdown,
    JSON and documents then hold these items only). ``jobs``: processes
    drawing the charts (default: :func:`~forum_eval.report.pool.default_jobs`)."""
    from forum_eval.present.jsonout import render_json
    from forum_eval.present.markdown import render_markdown
    from forum_eval.present.strings import t

    if items:
        summary = select_items(summary, items)
    parts: list[ReportPart] = [chart_part(summary, order, title)]
    if comments is not None:
        parts.append(comments_part(comments, title))
    if comparison is not None:
        parts.append(comparison_part(comparison, trend))
    parts += extra_parts
    outputs = {lang: [part(lang) for part in parts] for lang in langs}
    charts = [(lang, c) for lang in langs for output in outputs[lang] for c in output.charts]
    warnings: list[str] = []
    for lang in langs:
        for output in outputs[lang]:
            warnings += [w for w in output.warnings if w not in warnings]

    def fill(folder: Path) -> None:
        with (
            Drawer(jobs if len(charts) > 1 else 1) as drawer,
            progress.track(
                "Drawing the report",
                total=len(charts),
                size=len(charts),
                threshold=progress.CHARTS_THRESHOLD,
            ) as bar,
        ):
            pending = [(lang, c, drawer.draw(c.draw, *c.args, **c.kwargs)) for lang, c in charts]
            drawn: dict[str, list[tuple[str, bytes, str]]] = {lang: [] for lang in langs}
            for lang, chart, future in pending:
                data = drawer.result(future)
                drawn[lang].append((chart.name, data, chart.alt))
                (folder / png_name(chart, lang)).write_bytes(data)
                (folder / f"{chart.name}.{lang}.alt.txt").write_text(
                    chart.alt + "\n", encoding="utf-8"
                )
                bar.advance()
        for lang in langs:
            images = [
                (png_name(c, lang), c.alt) for o in outputs[lang] if not o.inline for c in o.charts
            ]
            sections = [o.markdown.strip("\n") for o in outputs[lang] if o.markdown]
            text = render_markdown(summary, lang, title_text=title)
            if images:
                text += f"\n## {t(lang, 'rep_charts_title')}\n"
                text += "".join(f"\n{markdown_image(name, alt)}\n" for name, alt in images)
            if sections:
                text += "\n" + "\n\n".join(sections) + "\n"
            (folder / f"summary.{lang}.md").write_text(text, encoding="utf-8", newline="")
        (folder / "summary.json").write_text(
            render_json(summary, "en"), encoding="utf-8", newline=""
        )
        if documents:
            from forum_eval.present.document import evaluation_section

            for lang in langs:
                section = evaluation_section(
                    summary, lang, drawn[lang], comments, comparison, title_text=title
                )
                if "docx" in documents:
                    from forum_eval.report.docx import docx_bytes

                    (folder / f"evaluation.{lang}.docx").write_bytes(docx_bytes(section))
                if "html" in documents:
                    from forum_eval.report.html import render_html

                    page = render_html(section)
                    (folder / f"evaluation.{lang}.html").write_text(page, encoding="utf-8")

    write_folder_atomic(out_dir, fill)
    files = tuple(sorted(p.name for p in Path(out_dir).absolute().iterdir() if p.name != MARKER))
    return ReportResult(files=files, warnings=tuple(warnings))
