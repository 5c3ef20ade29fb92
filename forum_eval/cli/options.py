"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from forum_eval.cli import Format, Lang

if TYPE_CHECKING:
    from forum_eval.read.survey import Options

SourceArg = Annotated[
    str,
    typer.Argument(
        help="A response file (CSV, TSV, XLSX, XLS, ODS) or a year from surveys/forums.toml."
    ),
]
SurveysDir = Annotated[
    Path,
    typer.Option(
        "--project",
        "--surveys-dir",
        help="The project folder: its forum-eval.toml (or forums.toml), questionnaire.toml and "
        "codebook.toml (default: FORUM_EVAL_PROJECT, else the nearest forum-eval.toml in this "
        "folder or its parents, else surveys/).",
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of the output (default: from LANG, fr* → fr, else en)."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
Attendees = Annotated[
    int | None,
    typer.Option(
        "--attendees",
        min=1,
        help="Number of attendees (overrides the registry); enables the response rate.",
    ),
]
Confidence = Annotated[
    float,
    typer.Option("--confidence", min=0.5, max=0.999, help="Confidence level of the intervals."),
]
Lenient = Annotated[
    bool,
    typer.Option(
        "--lenient", help="Count answers that are off the scale as invalid instead of stopping."
    ),
]
NumericCodes = Annotated[
    bool,
    typer.Option(
        "--numeric-codes", help="Read answers 1–5 as codes of the scale (1 = most negative)."
    ),
]
Sheet = Annotated[
    str | None, typer.Option("--sheet", help="Sheet name or 0-based index of a workbook.")
]
QuestionnaireOpt = Annotated[
    Path | None,
    typer.Option(
        "--questionnaire", help="Questionnaire TOML (default: surveys/questionnaire.toml)."
    ),
]
OutFile = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Write the output to this file instead of stdout."),
]


def _set_quiet(value: bool) -> bool:
    from forum_eval import progress

    progress.set_quiet(value)
    return value


Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="Never show progress bars (they appear on stderr, in a terminal, for big jobs).",
        callback=_set_quiet,
    ),
]

FromPlatform = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="PLATFORM",
        help="The platform that exported the file (default: detected): google-forms, "
        "microsoft-forms, surveymonkey, kobo, limesurvey, qualtrics, plain.",
    ),
]
IncludeIncomplete = Annotated[
    bool,
    typer.Option(
        "--include-incomplete",
        help="Count responses the platform marks as not finished (LimeSurvey, Qualtrics).",
    ),
]
ScaleDecl = Annotated[
    list[str] | None,
    typer.Option(
        "--scale",
        metavar="DECLARATION",
        help='Declare a scale: "COLUMN=L1|L2|L3|L4|L5;positive=L4|L5;na=Not applicable" '
        "(labels from most negative to most positive; COLUMN is a header, an item id or *). "
        "Repeatable.",
    ),
]


def pipeline_options(
    *, from_: str | None = None, scale: list[str] | None = None, **kwargs: Any
) -> Options:
    """The pipeline's :class:`~forum_eval.read.survey.Options` from a command's parsed options
    (``--from`` arrives as ``from_``, ``--scale`` as a list of declarations)."""
    from forum_eval.read.survey import Options

    return Options(platform=from_, scales=tuple(scale or ()), **kwargs)
