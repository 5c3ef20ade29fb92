"""``forum-eval report``: the grant-report folder (charts, alt text, Markdown, JSON)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Literal

import typer

from forum_eval.cli import app, run, warn
from forum_eval.cli import options as option


class ReportLang(str, Enum):  # noqa: UP042 (as Lang in cli/__init__.py)
    en = "en"
    fr = "fr"
    both = "both"


class ChartOrder(str, Enum):  # noqa: UP042
    sorted = "sorted"
    questionnaire = "questionnaire"


@app.command()
def report(
    ctx: typer.Context,
    source: option.SourceArg,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Report folder (default: reports/<year>/ or reports/<file stem>/ in the "
            "current folder). "
            "It is replaced as a whole; a non-empty folder not written by this command is refused.",
        ),
    ] = None,
    lang: Annotated[
        ReportLang, typer.Option("--lang", help="Language(s) of the report.")
    ] = ReportLang.both,
    order: Annotated[
        ChartOrder,
        typer.Option(
            "--order", help="Chart order: by % agreeing (sorted) or as in the questionnaire."
        ),
    ] = ChartOrder.sorted,
    attendees: option.Attendees = None,
    confidence: option.Confidence = 0.95,
    surveys_dir: option.SurveysDir = Path("surveys"),
    questionnaire: option.QuestionnaireOpt = None,
    lenient: option.Lenient = False,
    numeric_codes: option.NumericCodes = False,
    sheet: option.Sheet = None,
    from_: option.FromPlatform = None,
    include_incomplete: option.IncludeIncomplete = False,
    scale: option.ScaleDecl = None,
    compare: Annotated[
        str | None,
        typer.Option(
            "--compare",
            help="Another edition (year or file): adds compare.<lang>.png, trend.<lang>.png "
            "and a comparison section.",
        ),
    ] = None,
    docx: Annotated[
        bool,
        typer.Option(
            "--docx", help="Also write the evaluation section as evaluation.<lang>.docx (Word)."
        ),
    ] = False,
    html: Annotated[
        bool,
        typer.Option(
            "--html",
            help="Also write it as evaluation.<lang>.html: one self-contained, printable page.",
        ),
    ] = False,
    items: Annotated[
        str | None,
        typer.Option(
            "--items",
            help="Comma-separated item ids or patterns (Q12_*, *satisf*) to report: the charts, "
            "table, text and JSON hold these items only (default: every item).",
        ),
    ] = None,
    title: option.TitleOpt = None,
    quiet: option.Quiet = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes drawing the charts side by side (default: $FORUM_EVAL_JOBS, else 1: "
            "in this process). The PNGs are the same bytes either way.",
        ),
    ] = None,
) -> None:
    """Charts (PNG, 300 dpi) with alt text, summary.<lang>.md and summary.json in one folder."""
    from forum_eval.analyse.comments import NoCommentsError, survey_comments
    from forum_eval.analyse.summary import summarize_survey
    from forum_eval.config.codebook import default_codebook_path, load_codebook
    from forum_eval.config.registry import project_folder
    from forum_eval.read.survey import read_survey
    from forum_eval.report.build import build_report

    options = option.reading_options(ctx.params)
    documents: list[Literal["docx", "html"]] = []
    if docx:
        documents.append("docx")
    if html:
        documents.append("html")
    survey = run(lambda: read_survey(source, options))
    run(lambda: option.check_attendees(attendees, survey.responses.respondents))
    summary = run(lambda: summarize_survey(survey, attendees=attendees, confidence=confidence))
    for message in summary.warnings:
        warn(message)
    langs = ["en", "fr"] if lang is ReportLang.both else [lang.value]
    # reports/<year>/ for a registry edition, reports/<file stem>/ for a file
    folder = out if out is not None else Path("reports") / summary.name
    comments = None
    try:  # comment themes, when the file has comments
        book = run(
            lambda: load_codebook(default_codebook_path(project_folder(options.surveys_dir)))
        )
        comments = survey_comments(survey, book)
    except NoCommentsError:
        pass
    comparison = trend = None
    if compare is not None:  # year over year
        from forum_eval.cli.compare import comparison_and_trend, warn_unmatched

        comparison, trend = run(lambda: comparison_and_trend(summary, compare, options))
        warn_unmatched(comparison, langs[0])
    result = run(
        lambda: build_report(
            summary,
            folder,
            langs,
            order=order.value,
            comments=comments,
            comparison=comparison,
            trend=trend,
            documents=documents,
            title=option.title_text(title),
            items=[i.strip() for i in items.split(",") if i.strip()] if items else None,
            jobs=jobs,
        )
    )
    for message in result.warnings:
        if message not in summary.warnings:  # the comments repeat the reading's warnings
            warn(message)
    typer.echo(f"Wrote {folder}/ ({len(result.files)} files):")
    for name in result.files:
        typer.echo(f"  {name}")
