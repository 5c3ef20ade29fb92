"""The ``forum-eval`` command line: option parsing, one library call per command, exit codes.

Heavy libraries (pandas, numpy, scipy, matplotlib, rich) are imported inside the commands,
never at module level, so ``--help`` and ``--version`` stay fast (ruff TID253 enforces it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from typer._click.exceptions import NoArgsIsHelpError
from typer._click.exceptions import UsageError as ClickUsageError
from typer._click.globals import get_current_context
from typer.core import TyperGroup

from forum_eval import __version__
from forum_eval.errors import ForumEvalError, InputError, UsageError
from forum_eval.present.text import neutralise

if TYPE_CHECKING:
    from rich.console import Console


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived (raised by the handlers :func:`main` installs): unwinds like
    KeyboardInterrupt, so every ``finally`` and clean-up runs, and ends in one line."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Group(TyperGroup):
    """The command group: a bad option or argument is one ``Error:`` line with the hint (no
    4-line "Usage:" block); a stop by a signal is one line and exit 128 + N. ``--help`` and
    a bare ``forum-eval`` (the help) are unchanged."""

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **kwargs: Any,
    ) -> Any:
        call = (args, prog_name, complete_var, False, windows_expand_args)
        if not standalone_mode:
            return super().main(*call, **kwargs)
        try:
            code = super().main(*call, **kwargs)
        except NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except ClickUsageError as exc:
            path = exc.ctx.command_path if exc.ctx is not None else "forum-eval"
            message = exc.format_message().rstrip()
            if not message.endswith((".", "!", "?")):
                message += "."
            error(f"{message} See '{path} --help' for the options.")
            sys.exit(exc.exit_code)
        except Stopped as stop:
            import signal

            name = signal.Signals(stop.signum).name
            error(
                f"stopped by {name}; nothing was written (an earlier report or --out file "
                "is unchanged)."
            )
            sys.exit(128 + stop.signum)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="forum-eval",
    cls=_Group,
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
    import locale

    names = (os.environ.get(var) for var in ("LC_ALL", "LC_MESSAGES", "LANG"))
    name = next((n for n in names if n), None) or locale.getlocale()[0] or ""
    return "fr" if name.lower().startswith("fr") else "en"


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
    typer.secho(f"Error: {neutralise(message)}", fg=typer.colors.RED, err=True)


def warn(message: str) -> None:
    typer.secho(f"Warning: {neutralise(message)}", fg=typer.colors.YELLOW, err=True)


def debug_traceback(exc: BaseException) -> str:
    """The traceback ``--debug`` prints: every frame (file, line, code) and every exception's
    type, from the earliest exception of the chain (``raise … from …``, or raised while
    handling another) — never an exception's message, which can quote a raw line of the
    export (a parser error holds the respondent's name, e-mail, phone). The one ``Error:``
    line that follows says what went wrong, as without ``--debug``."""
    import traceback

    def chain(item: BaseException, seen: set[int]) -> str:
        seen.add(id(item))
        cause = item.__cause__
        earlier = cause if cause is not None or item.__suppress_context__ else item.__context__
        text = ""
        if earlier is not None and id(earlier) not in seen:
            text = chain(earlier, seen) + (
                "\nThe above exception was the direct cause of the following exception:\n\n"
                if earlier is cause
                else "\nDuring handling of the above exception, another exception occurred:\n\n"
            )
        kind = type(item)
        return (
            f"{text}Traceback (most recent call last):\n"
            + "".join(traceback.format_tb(item.__traceback__))
            + f"{kind.__module__}.{kind.__qualname__}: (message not shown under --debug: it may "
            "quote respondents' answers)\n"
        )

    return neutralise(chain(exc, set()))


def run(action: Callable[[], T]) -> T:
    """Call ``action``; turn an error into ``Error: …`` and an exit code (:func:`fail`)."""
    try:
        return action()
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:
        fail(exc)


def fail(exc: Exception) -> NoReturn:
    """End the command on ``exc``: a project error is its ``Error: …`` line and exit code, any
    other an internal error (exit 1). Under ``--debug`` the traceback comes first
    (:func:`debug_traceback`: frames and types only)."""
    if _state["debug"]:
        sys.stderr.write(debug_traceback(exc))
    if isinstance(exc, ForumEvalError):
        error(str(exc))
        raise typer.Exit(exc.exit_code) from None
    error(
        f"unexpected internal error ({type(exc).__name__}). "
        "Run again with --debug to see the details, and report it."
    )
    raise typer.Exit(1) from None


def _inputs() -> list[Path]:
    """The files the running command reads (its source(s), --questionnaire, --codebook)."""
    ctx = get_current_context(silent=True)
    if ctx is None:
        return []
    found: list[Path] = []
    for name in ("source", "sources", "questionnaire", "codebook"):
        value = ctx.params.get(name)
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, str | Path) and str(item):
                found.append(Path(item))
    return found


def check_out_is_no_input(out: Path, inputs: list[Path]) -> None:
    """Refuse an ``--out`` that is one of the command's inputs, by whatever spelling (another
    path, a symlink, a hard link: same device and inode)."""
    for source in inputs:
        try:
            same = os.path.samefile(out, source)
        except (OSError, ValueError):
            continue
        if same:
            raise UsageError(
                f"--out {out} is also an input of this command ({source}); writing there would "
                "destroy it.",
                "Choose another file name with --out.",
            )


def _stdout_failed(exc: OSError) -> InputError:
    """Standard output cannot take the result (a full disk, a closed pipe): further writes go
    to the null device, so that Python's own flush at exit prints no second message."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass
    return InputError(
        f"cannot write to standard output ({exc.strerror or exc}).",
        "Free some space or write to a file with --out.",
    )


def _print(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        raise _stdout_failed(exc) from None


def write_output(text: str, out: Path | None) -> None:
    """Print ``text`` on stdout, or write it atomically to ``out`` — never onto an input of
    the command. Control characters from the input are neutralised first (present/text.py)."""
    text = neutralise(text)
    if out is None:
        run(lambda: _print(text))
        return
    from forum_eval.report.folder import write_bytes_atomic

    run(lambda: check_out_is_no_input(out, _inputs()))
    run(lambda: write_bytes_atomic(out, text.encode("utf-8")))


def safe_console(**kwargs: Any) -> Console:
    """A rich console that neutralises the control characters of every text it renders
    (its own colour codes are added later, from the styles, and stay)."""
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        def render(self, renderable: Any, options: Any = None) -> Iterator[Segment]:
            for segment in super().render(renderable, options):
                if segment.control is None and segment.text:
                    text = neutralise(segment.text)
                    if text is not segment.text:
                        segment = Segment(text, segment.style, None)
                yield segment

    return SafeConsole(**kwargs)


def emit(
    format: Format,
    out: Path | None,
    table: Callable[[Console], None],
    text: Mapping[Format, Callable[[], str]],
) -> None:
    """Show a result: ``table`` draws it on a rich console (the terminal, or plain text for
    ``--out``); ``text`` gives the other formats. Rendering errors become ``Error:`` lines."""
    if format is Format.table:
        if out is None:

            def draw() -> None:
                try:
                    table(safe_console())
                except OSError as exc:
                    raise _stdout_failed(exc) from None

            run(draw)
            return
        from io import StringIO

        buffer = StringIO()
        table(safe_console(file=buffer, width=120, color_system=None))
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
from forum_eval.cli import comments as _comments  # noqa: E402, F401, I001
from forum_eval.cli import summarize as _summarize  # noqa: E402, F401
from forum_eval.cli import report as _report  # noqa: E402, F401
from forum_eval.cli import compare as _compare  # noqa: E402, F401
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
    import signal

    def stop(signum: int, frame: object) -> None:
        raise Stopped(signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for stream in (sys.stdout, sys.stderr):  # an ASCII-only terminal: "?" for what it lacks
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    app(prog_name="forum-eval")
