"""``forum-eval comments``: the themes of the open comments."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from forum_eval.cli import Format, app, emit, resolve_lang, run, warn
from forum_eval.cli import options as option

if TYPE_CHECKING:
    from forum_eval.analyse.comments import CommentsResult


@app.command()
def comments(
    ctx: typer.Context,
    source: option.SourceArg,
    format: option.FormatOpt = Format.table,
    lang: option.LangOpt = None,
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
            "--codebook",
            help="Themes TOML (default: the project's codebook.toml, beside its forum-eval.toml; "
            "else the generic one forum-eval init writes).",
        ),
    ] = None,
    by: option.By = None,
    min_cell: option.MinCell = 5,
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
) -> None:
    """Themes of the open comments with the respondents who raised each, and redacted quotes."""
    from forum_eval.analyse.comments import survey_comments
    from forum_eval.config.codebook import default_codebook_path, load_codebook
    from forum_eval.config.registry import project_folder
    from forum_eval.read.survey import read_survey

    language = resolve_lang(lang, surveys_dir)
    options = option.reading_options(ctx.params)
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
