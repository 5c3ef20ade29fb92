"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from forum_eval.cli import Format, Lang

if TYPE_CHECKING:
    from forum_eval.read.survey import Options


def _stdin(value: str) -> str:
    """``-`` is standard input: read as ``/dev/stdin`` where the system has it (Linux, macOS);
    elsewhere a usage error says it is not supported."""
    import os

    if value != "-":
        return value
    if os.path.exists("/dev/stdin"):
        return "/dev/stdin"
    raise typer.BadParameter(
        "reading standard input ('-') is not supported on this system; save the export to a "
        "file and give its path."
    )


SourceArg = Annotated[
    str,
    typer.Argument(
        help="A response file (CSV, TSV, XLSX, XLS, ODS), a year of your project's "
        "forum-eval.toml (the bundled sample's: surveys/forums.toml), or - for standard input.",
        callback=_stdin,
    ),
]
SurveysDir = Annotated[
    Path,
    typer.Option(
        "--project",
        "--surveys-dir",
        path_type=Path,  # a Path in ctx.params too (reading_options)
        # the default Path("surveys") is only the last fallback: "[default: surveys]" in the
        # help made a project's user think she had to pass --project
        show_default=False,
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


def _finite(value: float) -> float:
    """``--confidence nan`` passes click's range check (every comparison with nan is false)."""
    if value != value:  # nan
        raise typer.BadParameter(f"{value} is not a number between 0.5 and 0.999.")
    return value


Confidence = Annotated[
    float,
    typer.Option(
        "--confidence",
        min=0.5,
        max=0.999,
        callback=_finite,
        help="Confidence level of the intervals.",
    ),
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
        "--questionnaire",
        dir_okay=False,  # a folder: one usage error line, not an internal error
        path_type=Path,
        help="Questionnaire TOML (default: the project's questionnaire.toml, beside its "
        "forum-eval.toml; for the bundled sample, surveys/questionnaire.toml).",
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
        "microsoft-forms, surveymonkey, kobo, odk, limesurvey, qualtrics, redcap, typeform, "
        "plain.",
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


TitleOpt = Annotated[
    str | None,
    typer.Option(
        "--title",
        help="The name of the survey in the titles of the charts, their alt text and the "
        "headings of the summary and documents (default: the event's name, year and place, "
        "else the file name without '+' and '_').",
    ),
]


def title_text(title: str | None) -> str | None:
    """``--title`` without its surrounding spaces; None when empty (the default applies)."""
    return title.strip() if title and title.strip() else None


def check_attendees(attendees: int | None, respondents: int) -> None:
    """``--attendees`` below the number of respondents is a usage error (a response rate
    above 100 % is never a figure)."""
    from forum_eval.errors import UsageError

    if attendees is not None and attendees < respondents:
        raise UsageError(
            f"--attendees {attendees}: attendees must be at least the respondents ({respondents}).",
            "Give the number of people who attended, or leave --attendees out.",
        )


def reading_options(params: Mapping[str, Any], **given: Any) -> Options:
    """The pipeline's :class:`~forum_eval.read.survey.Options` from a command's parsed
    parameters (``ctx.params``): each parameter named as one of its fields (``surveys_dir``,
    ``sheet``, ``attendees`` …), ``--from`` (``from_``) as the platform and ``--scale`` as a
    tuple of declarations; ``given`` overrides them."""
    from dataclasses import fields as fields_of

    from forum_eval.read.survey import Options

    fields = {f.name: params[f.name] for f in fields_of(Options) if f.name in params}
    fields.update(platform=params.get("from_"), scales=tuple(params.get("scale") or ()))
    return Options(**{**fields, **given})
