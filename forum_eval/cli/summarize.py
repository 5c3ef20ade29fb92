"""``forum-eval summarize``."""

from __future__ import annotations

from pathlib import Path

import typer

from forum_eval.cli import Format, app, emit, resolve_lang, run, warn
from forum_eval.cli.comments import By, MinCell, summarize_by
from forum_eval.cli.options import (
    Attendees,
    Confidence,
    FormatOpt,
    FromPlatform,
    IncludeIncomplete,
    LangOpt,
    Lenient,
    NumericCodes,
    OutFile,
    QuestionnaireOpt,
    Quiet,
    ScaleDecl,
    Sheet,
    SourceArg,
    SurveysDir,
    TitleOpt,
    check_attendees,
    reading_options,
    title_text,
)


@app.command()
def summarize(
    ctx: typer.Context,
    source: SourceArg,
    format: FormatOpt = Format.table,
    lang: LangOpt = None,
    attendees: Attendees = None,
    confidence: Confidence = 0.95,
    surveys_dir: SurveysDir = Path("surveys"),
    questionnaire: QuestionnaireOpt = None,
    lenient: Lenient = False,
    numeric_codes: NumericCodes = False,
    sheet: Sheet = None,
    from_: FromPlatform = None,
    include_incomplete: IncludeIncomplete = False,
    scale: ScaleDecl = None,
    out: OutFile = None,
    quiet: Quiet = False,
    by: By = None,
    min_cell: MinCell = 5,
    title: TitleOpt = None,
) -> None:
    """Response rate and every item's agreement with its n, interval and N/A count."""
    from forum_eval.analyse.summary import summarize_survey
    from forum_eval.read.survey import read_survey

    language = resolve_lang(lang, surveys_dir)
    options = reading_options(ctx.params)
    survey = run(lambda: read_survey(source, options))
    run(lambda: check_attendees(attendees, survey.responses.respondents))
    if by is not None:
        summarize_by(
            survey, options, by=by, min_cell=min_cell, format=format, lang=language, out=out
        )
        return
    result = run(lambda: summarize_survey(survey, attendees=attendees, confidence=confidence))
    heading = title_text(title)
    for message in result.warnings:
        warn(message)
    from forum_eval.present.console import render_console
    from forum_eval.present.csvout import render_csv
    from forum_eval.present.jsonout import render_json
    from forum_eval.present.markdown import render_markdown

    emit(
        format,
        out,
        lambda console: render_console(result, language, console, heading),
        {
            Format.json: lambda: render_json(result, language),
            Format.csv: lambda: render_csv(result, language),
            Format.markdown: lambda: render_markdown(result, language, title_text=heading),
        },
    )
