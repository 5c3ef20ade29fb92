"""``forum-eval summarize``, and its ``--by`` breakdown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from forum_eval.cli import Format, app, emit, resolve_lang, run, warn
from forum_eval.cli import options as option

if TYPE_CHECKING:
    from rich.console import Console

    from forum_eval.read.survey import Options, Survey


@app.command()
def summarize(
    ctx: typer.Context,
    source: option.SourceArg,
    format: option.FormatOpt = Format.table,
    lang: option.LangOpt = None,
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
    out: option.OutFile = None,
    quiet: option.Quiet = False,
    by: option.By = None,
    min_cell: option.MinCell = 5,
    title: option.TitleOpt = None,
) -> None:
    """Response rate and every item's agreement with its n, interval and N/A count."""
    from forum_eval.analyse.summary import summarize_survey
    from forum_eval.read.survey import read_survey

    language = resolve_lang(lang, surveys_dir)
    options = option.reading_options(ctx.params)
    survey = run(lambda: read_survey(source, options))
    run(lambda: option.check_attendees(attendees, survey.responses.respondents))
    if by is not None:
        summarize_by(
            survey, options, by=by, min_cell=min_cell, format=format, lang=language, out=out
        )
        return
    result = run(lambda: summarize_survey(survey, attendees=attendees, confidence=confidence))
    heading = option.title_text(title)
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


def summarize_by(
    survey: Survey,
    options: Options,
    *,
    by: str,
    min_cell: int,
    format: Format,
    lang: str,
    out: Path | None,
) -> None:
    """``summarize SOURCE --by COLUMN``: the summary, then each item's share per group."""
    from forum_eval.analyse.breakdown import breakdown_survey
    from forum_eval.present import comments_out as co

    summary, breakdown = run(
        lambda: breakdown_survey(
            survey, by, min_cell, attendees=options.attendees, confidence=options.confidence
        )
    )
    for message in summary.warnings:
        warn(message)
    from forum_eval.present.console import render_console
    from forum_eval.present.jsonout import json_text, summary_dict
    from forum_eval.present.markdown import render_markdown

    def table(console: Console) -> None:
        render_console(summary, lang, console)
        console.print()
        co.breakdown_console(breakdown, lang, console)

    def breakdown_json() -> str:
        data = summary_dict(summary, lang)
        data["breakdown"] = co.breakdown_dict(breakdown, lang)
        return json_text(data)

    emit(
        format,
        out,
        table,
        {
            Format.json: breakdown_json,
            Format.csv: lambda: co.breakdown_csv(breakdown, lang, edition=summary.edition),
            Format.markdown: lambda: (
                render_markdown(summary, lang) + "\n" + co.breakdown_markdown(breakdown, lang)
            ),
        },
    )
