"""``forum-eval init``: a project folder for an organisation's own event."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from forum_eval.cli import Lang, app, resolve_lang, run

# the questionnaire is the step a newcomer missed: without it, the French and English forms
# of one question (or a reworded one) are two items that `compare` cannot match
_NEXT = {
    "en": "Next: edit the [event] table of {file}; make questionnaire.toml match your form "
    "(a question asked in two languages, or reworded from one year to the next, is one "
    "[[item]] with its other wordings in aliases, so that the years compare); then add an "
    "edition: forum-eval add 2024 export.csv --attendees 120",
    "fr": "Ensuite : modifiez la table [event] de {file} ; adaptez questionnaire.toml à votre "
    "formulaire (une question posée en deux langues, ou reformulée d'une année à l'autre, est "
    "un seul [[item]] avec ses autres libellés dans aliases, pour que les années se "
    "comparent) ; puis ajoutez une édition : forum-eval add 2024 export.csv --attendees 120",
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
            help="Language of the comments of the three files and default language of the outputs "
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
