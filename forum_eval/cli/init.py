"""``forum-eval init``: a project folder for an organisation's own event."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from forum_eval.cli import Lang, app, resolve_lang, run

_NEXT = {
    "en": "Next: edit the [event] table of {file}, then add an edition: "
    "forum-eval add 2024 export.csv --attendees 120",
    "fr": "Ensuite : modifiez la table [event] de {file}, puis ajoutez une édition : "
    "forum-eval add 2024 export.csv --attendees 120",
}


@app.command()
def init(
    directory: Annotated[
        Path, typer.Argument(help="The project folder (default: the current folder).")
    ] = Path("."),
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            help="Language of the project file's comments and default language of the outputs "
            "(default: from LANG, fr* → fr, else en).",
        ),
    ] = None,
) -> None:
    """Start a project for your own event: forum-eval.toml, questionnaire.toml, codebook.toml."""
    from forum_eval.config.project import init_project

    language = resolve_lang(lang)
    written = run(lambda: init_project(directory, language))
    for path in written:
        typer.echo(f"Wrote {path}")
    typer.echo(_NEXT[language].format(file=written[0]))
