"""``forum-eval form``: next year's form from the questionnaire, as an XLSForm or as Markdown.

The XLSForm imports into KoboToolbox, ODK and the other tools of the standard; the Markdown
version is pasted into Google Forms or Microsoft Forms. Both keep the questionnaire's
wording and scales, so that next year's comparison is like for like.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from forum_eval.cli import app, default_lang, error, run, write_output
from forum_eval.cli import options as option


class FormFormat(StrEnum):
    xlsform = "xlsform"
    markdown = "markdown"


class FormLang(StrEnum):
    fr = "fr"
    en = "en"
    both = "both"


@app.command()
def form(
    format: Annotated[
        FormFormat,
        typer.Option(
            "--format",
            "-f",
            help="xlsform: an .xlsx for KoboToolbox, ODK …; markdown: text to paste into "
            "Google Forms or Microsoft Forms.",
        ),
    ] = FormFormat.xlsform,
    lang: Annotated[
        FormLang,
        typer.Option(
            "--lang",
            help="Language(s) of the form. With both, the XLSForm's default language comes "
            "from LANG (fr* → fr, else en).",
        ),
    ] = FormLang.both,
    title: Annotated[
        str | None, typer.Option("--title", help="Title of the form (default: Evaluation form).")
    ] = None,
    surveys_dir: option.SurveysDir = Path("surveys"),
    questionnaire: option.QuestionnaireOpt = None,
    out: option.OutFile = None,
) -> None:
    """Next year's form from the questionnaire: same wording and scales every year."""
    from forum_eval.config.questionnaire import load_questionnaire
    from forum_eval.config.registry import QUESTIONNAIRE_FILE, project_folder
    from forum_eval.present.form import form_languages, markdown_form, xlsform
    from forum_eval.report.form import check_target, write_xlsform

    # the project's questionnaire, found as summarize finds it (forum-eval.toml here or above)
    path = questionnaire or project_folder(surveys_dir) / QUESTIONNAIRE_FILE
    if not path.is_file():
        error(
            f"{path}: questionnaire file not found. Pass --questionnaire FILE, or "
            "--surveys-dir DIR (the folder holding questionnaire.toml)."
        )
        raise typer.Exit(1)
    loaded = run(lambda: load_questionnaire(path))
    langs = form_languages(lang.value)
    if out is not None:
        run(lambda: check_target(out, [path]))
    if format is FormFormat.markdown:
        write_output(run(lambda: markdown_form(loaded, langs, title)), out)
        return
    if out is None:
        error(
            "an XLSForm is a workbook: say where to write it with --out, e.g. "
            "forum-eval form --out form.xlsx (or --format markdown to print text)."
        )
        raise typer.Exit(2)
    preferred = default_lang() if lang is FormLang.both else lang.value
    sheets = run(lambda: xlsform(loaded, langs, preferred, title))
    run(lambda: write_xlsform(out, sheets))
    typer.echo(f"Wrote {out} ({len(loaded.items)} questions).", err=True)
