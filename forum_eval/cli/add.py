"""``forum-eval add YEAR FILE``: check an export, copy it into the project, record the edition.

The export is read exactly as ``summarize`` would read it (``validate``'s
:func:`~forum_eval.read.survey.inspect_source`, with the project's questionnaire and the
reading options given); when it would fail, ``validate``'s report is shown and nothing is
written. Otherwise the file is copied to ``responses/YEAR.<ext>`` next to the project file
(never over a different file) and an ``[[edition]]`` table, with the reading options that
made it work, is appended to the project file (its comments are kept).
"""

from __future__ import annotations

import filecmp
import os
import shutil
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from forum_eval.cli import app, fail, run
from forum_eval.cli import options as option
from forum_eval.errors import InputError, UsageError

RESPONSES = "responses"


class DataKind(StrEnum):
    published = "published"
    reconstruction = "reconstruction"
    synthetic = "synthetic"


def _project_file(project: Path | None) -> Path:
    """--project, else FORUM_EVAL_PROJECT, else forum-eval.toml here or in a parent folder."""
    from forum_eval.config.project import ENV_VAR, PROJECT_FILE, find_project_file, project_file_in

    if project is not None:
        return project_file_in(project, "--project")
    if os.environ.get(ENV_VAR):
        return project_file_in(Path(os.environ[ENV_VAR]), ENV_VAR)
    found = find_project_file(Path.cwd())
    if found is None:
        raise InputError(
            f"no {PROJECT_FILE} in {Path.cwd()} or its parent folders.",
            "Run forum-eval init first, or pass --project DIR.",
        )
    return found


def _destination(folder: Path, year: int, file: Path) -> Path:
    """Where the export goes: itself when it is already in the project folder, else
    responses/YEAR.<ext> (refused when a different file is there)."""
    try:
        file.resolve().relative_to(folder.resolve())
        return file.resolve()
    except ValueError:
        pass
    target = folder / RESPONSES / f"{year}{file.suffix.lower()}"
    if target.exists() and not filecmp.cmp(target, file, shallow=False):
        raise InputError(
            f"{target} already exists and differs from {file}.",
            "Remove or rename it first; add never writes over a file.",
        )
    return target


@app.command()
def add(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(min=1000, max=9999, help="The edition's year.")],
    file: Annotated[
        Path, typer.Argument(help="The edition's response export (CSV, TSV, XLSX, XLS, ODS).")
    ],
    attendees: Annotated[
        int | None,
        typer.Option("--attendees", min=1, help="How many people attended (the response rate)."),
    ] = None,
    date: Annotated[str | None, typer.Option("--date", help='"YYYY-MM-DD", or "YYYY-MM".')] = None,
    city: Annotated[str | None, typer.Option("--city", help="Where it took place.")] = None,
    region: Annotated[
        str | None, typer.Option("--region", help="Province, state or region.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="Country.")] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", help="The edition's own name, when it is not the event's."),
    ] = None,
    data: Annotated[
        DataKind,
        typer.Option(
            "--data", help="What the answers are: published (real), reconstruction, synthetic."
        ),
    ] = DataKind.published,
    project: Annotated[
        Path | None,
        typer.Option(
            "--project",
            help="The project folder (default: FORUM_EVAL_PROJECT, else the nearest "
            "forum-eval.toml in this folder or its parents).",
        ),
    ] = None,
    lenient: option.Lenient = False,
    numeric_codes: option.NumericCodes = False,
    sheet: option.Sheet = None,
    from_: option.FromPlatform = None,
    include_incomplete: option.IncludeIncomplete = False,
    scale: option.ScaleDecl = None,
    quiet: option.Quiet = False,
) -> None:
    """Check an export as summarize would, copy it into the project and record the edition."""
    from forum_eval.config.project import edition_text, is_date, parse_project, read_project
    from forum_eval.present.validation import render_text, validation_report
    from forum_eval.read.survey import read_survey

    if date is not None and not is_date(date):
        fail(UsageError(f'--date {date!r}: expected "YYYY-MM-DD" or "YYYY-MM".'))
    path = run(lambda: _project_file(project)).resolve()
    folder = path.parent
    existing = run(lambda: read_project(path))
    if any(e.year == year for e in existing.editions):
        fail(
            InputError(
                f"{path}: edition {year} is already there.",
                "Edit its [[edition]] table, or remove it before adding it again.",
            )
        )
    if not file.is_file():
        fail(InputError(f"{file}: no such file.", "Check the path of the export."))
    options = option.reading_options(ctx.params, surveys_dir=folder)
    report = validation_report(run(lambda: read_survey(str(file), options, collect=True)))
    if not report["ok"]:
        typer.echo(render_text(report), err=True, nl=False)
        fail(
            InputError(
                f"{file}: not added; summarize would stop on it (the problems are listed above).",
                "Fix the export, or add the reading options that make it work "
                "(--lenient, --scale, --sheet, --from, --include-incomplete; see forum-eval "
                "validate).",
            )
        )
    respondents = report["respondents"]
    run(lambda: option.check_attendees(attendees, respondents))  # nothing is written
    target = run(lambda: _destination(folder, year, file))
    text = path.read_text(encoding="utf-8")
    values: dict[str, object] = {
        "year": year,
        "name": name,
        "date": date,
        "city": city,
        "region": region,
        "country": country,
        "attendees": attendees,
        "file": target.relative_to(folder).as_posix(),
        "data": data.value,
        "lenient": lenient,
        "numeric_codes": numeric_codes,
        "include_incomplete": include_incomplete,
        "sheet": sheet,
        "from": from_,
        "scale": tuple(scale or ()),
    }
    new_text = (
        text + ("" if text.endswith("\n") or not text else "\n") + "\n" + edition_text(values)
    )
    run(lambda: parse_project(new_text, path))  # what is written reads back
    if target != file.resolve() and not target.exists():
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(file, target)
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(new_text[len(text) :])
    rate = f" of {attendees} attendees" if attendees else ""
    typer.echo(
        f"Added edition {year} to {path}: {values['file']} ({respondents} respondents{rate})."
    )
