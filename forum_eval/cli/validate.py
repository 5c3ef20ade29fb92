"""``forum-eval validate``: how a file was read, and whether ``summarize`` will work on it.

It prints the detected platform, encoding, delimiter and sheet; the rows read, respondents
and rows excluded (by reason); how each column was understood (item id / kind / scale,
comment, metadata, identifying, ignored — with the ``--scale`` declaration that would make
a scale-like column an item); and every problem with its column and rows. It exits 0 when
``summarize`` would succeed with the same options, 1 otherwise. Values of identifying
columns are never shown, only their headers.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from forum_eval.cli import app, run, write_output
from forum_eval.cli import options as option


class ValidateFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def validate(
    ctx: typer.Context,
    source: option.SourceArg,
    format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ValidateFormat.table,
    surveys_dir: option.SurveysDir = Path("surveys"),
    questionnaire: option.QuestionnaireOpt = None,
    sheet: option.Sheet = None,
    from_: option.FromPlatform = None,
    include_incomplete: option.IncludeIncomplete = False,
    scale: option.ScaleDecl = None,
    lenient: option.Lenient = False,
    numeric_codes: option.NumericCodes = False,
    out: option.OutFile = None,
    quiet: option.Quiet = False,
) -> None:
    """Check a response file: platform, encoding, how each column is read, every problem."""
    from forum_eval.present.validation import render_text, validation_report
    from forum_eval.read.survey import read_survey

    options = option.reading_options(ctx.params)
    survey = run(lambda: read_survey(source, options, collect=True))
    report = validation_report(survey)
    if format is ValidateFormat.json:
        from forum_eval.present.jsonout import json_text

        text = json_text(report)
    else:
        text = render_text(report)
    write_output(text, out)
    if not report["ok"]:
        raise typer.Exit(1)
