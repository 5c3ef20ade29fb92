"""The ``forum-eval`` command line: option parsing, one library call per command, exit codes.

Heavy libraries (pandas, numpy, scipy, matplotlib, rich) are imported inside the commands,
never at module level, so ``--help`` and ``--version`` stay fast (ruff TID253 enforces it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from forum_eval import __version__
from forum_eval.errors import ForumEvalError

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    name="forum-eval",
    help="Evaluation figures, comparisons and charts from a forum's evaluation forms (EN/FR).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state = {"debug": False}
T = TypeVar("T")


class Lang(StrEnum):
    en = "en"
    fr = "fr"


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    csv = "csv"


def default_lang() -> str:
    """``fr`` when the locale is French, else ``en``: LC_ALL, LC_MESSAGES or LANG, else the
    system's own (Windows sets none of these variables; ``locale.getlocale()`` gives its
    user-interface language, e.g. ``French_Canada``)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    import locale

    system = locale.getlocale()[0] or ""
    return "fr" if system.lower().startswith("fr") else "en"


def resolve_lang(lang: Lang | None, surveys_dir: Path | None = None) -> str:
    """``--lang``, else the project's language (its ``[event]`` table), else the locale's."""
    if lang is not None:
        return lang.value
    if surveys_dir is not None:
        from forum_eval.config.registry import load_registry

        try:
            event = load_registry(surveys_dir).event
        except ForumEvalError:
            event = None
        if event is not None and event.language in ("en", "fr"):
            return event.language
    return default_lang()


def error(message: str) -> None:
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)


def warn(message: str) -> None:
    typer.secho(f"Warning: {message}", fg=typer.colors.YELLOW, err=True)


def run(action: Callable[[], T]) -> T:
    """Call ``action``; turn the project's errors into ``Error: …`` and an exit code."""
    try:
        return action()
    except ForumEvalError as exc:
        if _state["debug"]:
            raise
        error(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:
        if _state["debug"]:
            raise
        error(
            f"unexpected internal error ({type(exc).__name__}). "
            "Run again with --debug to see the details, and report it."
        )
        raise typer.Exit(1) from None


def write_output(text: str, out: Path | None) -> None:
    """Print ``text`` on stdout, or write it atomically to ``out``."""
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from forum_eval.report.folder import write_text_atomic

    run(lambda: write_text_atomic(out, text))


def emit(
    format: Format,
    out: Path | None,
    table: Callable[[Console], None],
    text: Mapping[Format, Callable[[], str]],
) -> None:
    """Show a result: ``table`` draws it on a rich console (the terminal, or plain text for
    ``--out``); ``text`` gives the other formats. Rendering errors become ``Error:`` lines."""
    if format is Format.table:
        from rich.console import Console

        if out is None:
            table(Console())
            return
        from io import StringIO

        buffer = StringIO()
        table(Console(file=buffer, width=120, color_system=None))
        write_output(buffer.getvalue(), out)
        return
    write_output(run(text[format]), out)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"forum-eval {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    """Evaluation figures, comparisons and charts from a forum's evaluation forms (EN/FR)."""
    _state["debug"] = debug


# Command modules register themselves on ``app`` when imported, in the order --help lists them.
from forum_eval.cli import summarize as _summarize  # noqa: E402, F401, I001
from forum_eval.cli import report as _report  # noqa: E402, F401
from forum_eval.cli import compare as _compare  # noqa: E402, F401
from forum_eval.cli import comments as _comments  # noqa: E402, F401
from forum_eval.cli import validate as _validate  # noqa: E402, F401
from forum_eval.cli import form as _form  # noqa: E402, F401
from forum_eval.cli import init as _init  # noqa: E402, F401
from forum_eval.cli import add as _add  # noqa: E402, F401


def main() -> None:
    if sys.modules.get("__mp_main__", sys.modules["__main__"]) is not sys.modules["__main__"]:
        # A chart worker (forum_eval/report/pool.py) is importing the main script of a
        # program that calls main() without an `if __name__ == "__main__":` guard
        # (multiprocessing runs it as __mp_main__): the command runs in the parent; run
        # here, it would start once more per worker.
        return
    # `forum-eval --version` answers before typer builds the command tree from every
    # command's signature (issue 7: within 1.3× of a bare `import typer`).
    if sys.argv[1:] == ["--version"]:
        typer.echo(f"forum-eval {__version__}")
        return
    app(prog_name="forum-eval")
