"""``forum-eval comments`` and the ``--by`` option of ``summarize``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from forum_eval.cli import Format, app, emit, resolve_lang, run, warn
from forum_eval.cli.options import (
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
    reading_options,
)

if TYPE_CHECKING:
    from rich.console import Console

    from forum_eval.analyse.comments import CommentsResult
    from forum_eval.read.survey import Options, Survey

By = Annotated[
    str | None,
    typer.Option(
        "--by",
        help="Break down by this column: an item id (expertise, role, identity …) or a column header. "
        "Groups smaller than --min-cell are suppressed.",
    ),
]
MinCell = Annotated[
    int,
    typer.Option(
        "--min-cell",
        min=3,
        help="Smallest group shown in a breakdown (at least 3); smaller cells read '< k'.",
    ),
]


@app.command()
def comments(
    ctx: typer.Context,
    source: SourceArg,
    format: FormatOpt = Format.table,
    lang: LangOpt = None,
    quotes: Annotated[
        int, typer.Option("--quotes", min=0, max=20, help="Quotes shown per theme.")
    ] = 2,
    no_quotes: Annotated[bool, typer.Option("--no-quotes", help="Show no quote.")] = False,
    uncoded: Annotated[
        bool, typer.Option("--uncoded", help="List the comments that match no theme (redacted).")
    ] = False,
    codebook: Annotated[
        Path | None,
        typer.Option(
            "--codebook", help="Themes TOML (default: codebook.toml in the surveys folder)."
        ),
    ] = None,
    by: By = None,
    min_cell: MinCell = 5,
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
) -> None:
    """Themes of the open comments with the respondents who raised each, and redacted quotes."""
    from forum_eval.analyse.comments import survey_comments
    from forum_eval.config.codebook import default_codebook_path, load_codebook
    from forum_eval.config.registry import project_folder
    from forum_eval.read.survey import read_survey

    language = resolve_lang(lang, surveys_dir)
    options = reading_options(ctx.params)
    n_quotes = 0 if no_quotes else quotes

    def analyse() -> CommentsResult:
        book = load_codebook(codebook or default_codebook_path(project_folder(options.surveys_dir)))
        survey = read_survey(source, options)
        return survey_comments(survey, book, quotes=n_quotes, by=by, min_cell=min_cell)

    result = run(analyse)
    for message in result.warnings:
        warn(message)
    from forum_eval.present import comments_out as co

    emit(
        format,
        out,
        lambda console: co.render_comments_console(result, language, console, uncoded=uncoded),
        {
            Format.json: lambda: co.render_comments_json(result, language, uncoded=uncoded),
            Format.csv: lambda: co.render_comments_csv(result, language, uncoded=uncoded),
            Format.markdown: lambda: co.render_comments_markdown(result, language, uncoded=uncoded),
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
    from forum_eval.present.jsonout import summary_dict
    from forum_eval.present.markdown import render_markdown

    def table(console: Console) -> None:
        render_console(summary, lang, console)
        console.print()
        co.breakdown_console(breakdown, lang, console)

    def json_text() -> str:
        import json

        data = summary_dict(summary, lang)
        data["breakdown"] = co.breakdown_dict(breakdown, lang)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    emit(
        format,
        out,
        table,
        {
            Format.json: json_text,
            Format.csv: lambda: co.breakdown_csv(breakdown, lang, edition=summary.edition),
            Format.markdown: lambda: (
                render_markdown(summary, lang) + "\n" + co.breakdown_markdown(breakdown, lang)
            ),
        },
    )
