"""Writing files atomically: one output file, or a whole report folder.

A report folder (``forum-eval report``) is built in a temporary folder beside the target and
moved into place only when every file is written: an error leaves the previous report
untouched and no half-written files.  Everything written is deterministic (same input → same
bytes), so a committed report can be regenerated and compared.

Extension point: parts
    The report is a list of *parts*.  A part is any callable ``part(folder, lang) ->
    PartOutput``, called once per language with the temporary folder; it writes its files
    there (names ending in ``.<lang>.<ext>``, e.g. ``compare.fr.png``; a language-neutral
    file may be written at every call, identically) and returns a :class:`PartOutput`:
    ``images`` — ``(file name, alt text)`` pairs embedded in ``summary.<lang>.md`` with the
    summary's charts under a "Charts" heading — and ``markdown`` — a Markdown section (starting with ``## …``)
    appended at the end of ``summary.<lang>.md``; ``warnings`` are passed to the user.
    The core parts are :func:`chart_part` (agreement and other ratings / shares / expertise
    charts and their
    ``*.alt.txt``); other features add theirs with ``build_report(..., extra_parts=[...])``,
    e.g. ``compare.<lang>.png`` or a comments section.  Use :func:`write_chart` to write a
    chart and its alt-text sidecar: it names the function that draws the chart, so the chart
    can be drawn in a worker process (:mod:`forum_eval.report.pool`) while the report goes
    on.

Layout of a report folder::

    agreement.<lang>.png  agreement.<lang>.alt.txt      (per language in ``langs``)
    <kind>.<lang>.png     <kind>.<lang>.alt.txt         (satisfaction, quality …: one per
                                                        other kind of rating, when present)
    shares.<lang>.png     shares.<lang>.alt.txt
    expertise.<lang>.png  expertise.<lang>.alt.txt      (when there is an expertise item)
    summary.<lang>.md                                   (narrative, table, charts + alt text)
    summary.json                                        (the summarize JSON, in ``json_lang``)
    .forum-eval-report                                  (marker: the folder may be replaced)
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from forum_eval import progress
from forum_eval.errors import InputError
from forum_eval.report import pool as drawing

if TYPE_CHECKING:
    from forum_eval.analyse.summary import Summary

T = TypeVar("T")

#: the marker file that makes a folder replaceable by the next ``forum-eval report``
MARKER = ".forum-eval-report"
MARKER_TEXT = (
    "This folder was written by `forum-eval report`; the next run replaces it as a whole.\n"
)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(
            f"{path}: the folder {folder} does not exist.",
            "Create it first or choose another --out.",
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_target(target: Path) -> None:
    cwd = Path.cwd()
    if target == cwd or target in cwd.parents:
        raise InputError(
            f"{target} is the current folder (or holds it): a report folder is replaced as a whole.",
            "Choose another folder with --out, e.g. --out report/.",
        )
    if target.exists() and not target.is_dir():
        raise InputError(
            f"{target} exists and is not a folder.", "Choose a new or empty folder with --out."
        )
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise InputError(
            f"{target} is not empty and was not written by forum-eval report; it is left untouched.",
            "Choose a new or empty folder with --out.",
        )


def write_folder_atomic(target: Path, fill: Callable[[Path], T]) -> T:
    """Call ``fill(tmp)`` to write every file into a temporary folder beside ``target``, then
    put that folder in place of ``target`` (a previous report is replaced; on any error it is
    left as it was and the temporary folder is removed).

    ``target`` must be new, empty, or a previous report (it holds :data:`MARKER`): a folder
    with other files is refused, so ``--out .`` can never wipe a working folder."""
    target = Path(os.path.abspath(target))  # ".", "..", "out/": a real name and parent
    _check_target(target)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=parent))
    except OSError as exc:
        raise InputError(
            f"{target}: cannot create the report folder ({exc.strerror}).",
            "Check the path and your permissions, or choose another --out.",
        ) from None
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o777 & ~umask)
        result = fill(tmp)
        (tmp / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        old: Path | None = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            old.rmdir()
            os.replace(target, old)
        try:
            os.replace(tmp, target)
        except BaseException:
            if old is not None:
                os.replace(old, target)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise InputError(
                f"{target}: the report could not be written ({exc.strerror or exc}); "
                "the previous report, if any, is unchanged.",
                "Check the free space and your permissions, or choose another --out.",
            ) from None
        raise
    return result


# --------------------------------------------------------------------------- parts


@dataclass(frozen=True)
class PartOutput:
    """What a report part adds to ``summary.<lang>.md`` (see the module docstring)."""

    images: tuple[tuple[str, str], ...] = ()
    markdown: str = ""
    warnings: tuple[str, ...] = ()


ReportPart = Callable[[Path, str], PartOutput]


@dataclass(frozen=True)
class ReportResult:
    folder: Path
    files: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())


#: charts being drawn for the report being built: (path, pending PNG); see :func:`write_chart`
_charts: ContextVar[list[tuple[Path, drawing.Pending]] | None] = ContextVar(
    "forum_eval_report_charts", default=None
)


def write_chart(
    folder: Path, name: str, lang: str, alt: str, draw: str, /, *args: Any, **kwargs: Any
) -> tuple[str, str]:
    """Write ``<name>.<lang>.png``, the chart that ``draw`` (``"module:function"``, returning a
    ``Figure``) makes from ``args``, and ``<name>.<lang>.alt.txt``; returns (png name, alt).
    Inside :func:`build_report` the chart may be drawn in a worker process (:mod:`forum_eval.report.pool`) and its PNG is written before the
    report folder is put in place; elsewhere it is drawn and written at once."""
    png = f"{name}.{lang}.png"
    pending = drawing.draw_png(draw, *args, **kwargs)
    charts = _charts.get()
    if charts is None:
        (folder / png).write_bytes(pending.get())
    else:
        charts.append((folder / png, pending))
    (folder / f"{name}.{lang}.alt.txt").write_text(alt + "\n", encoding="utf-8")
    return png, alt


def markdown_image(path: str, alt: str) -> str:
    """``![alt](path)`` with the alt text on one line and its brackets escaped."""
    text = re.sub(r"[ \t\r\n]+", " ", alt.strip())  # one line; non-breaking spaces kept
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"![{text}]({path})"


def chart_part(
    summary: Summary, order: Literal["sorted", "questionnaire"] = "sorted"
) -> ReportPart:
    """The summary's charts: agreement, shares and expertise, each with its alt text.
    A chart with nothing to draw is not written and a warning says so."""

    def part(folder: Path, lang: str) -> PartOutput:
        from forum_eval.present import alt, chartdata

        images: list[tuple[str, str]] = []
        warnings: list[str] = []
        module = "forum_eval.present.charts"
        kinds = chartdata.diverging_kinds(summary)
        for kind in kinds:
            images.append(
                write_chart(
                    folder,
                    kind,
                    lang,
                    alt.alt_ratings(summary, kind, lang),
                    f"{module}:plot_ratings",
                    summary,
                    kind,
                    lang=lang,
                    order=order,
                )
            )
        if not kinds:
            warnings.append(
                f"no agreement, satisfaction or other rating item: no diverging chart "
                f"(agreement.{lang}.png …) is written."
            )
        if chartdata.share_items(summary):
            images.append(
                write_chart(
                    folder,
                    "shares",
                    lang,
                    alt.alt_shares(summary, lang),
                    f"{module}:plot_shares",
                    summary,
                    lang=lang,
                    order=order,
                )
            )
        else:
            warnings.append(f"no item with a positive answer: shares.{lang}.png is not written.")
        if chartdata.expertise_items(summary):
            images.append(
                write_chart(
                    folder,
                    "expertise",
                    lang,
                    alt.alt_expertise(summary, lang),
                    f"{module}:plot_expertise",
                    summary,
                    lang=lang,
                )
            )
        else:
            warnings.append(f"no self-rated expertise item: expertise.{lang}.png is not written.")
        return PartOutput(images=tuple(images), warnings=tuple(warnings))

    return part


def build_report(
    summary: Summary,
    out_dir: Path,
    langs: Sequence[str],
    *,
    order: Literal["sorted", "questionnaire"] = "sorted",
    extra_parts: Sequence[ReportPart] = (),
    json_lang: str = "en",
) -> ReportResult:
    """Write the report folder ``out_dir`` atomically: the core charts, then ``extra_parts``
    (in that order), ``summary.<lang>.md`` per language and ``summary.json`` (in ``json_lang``)."""
    from forum_eval.present.jsonout import render_json
    from forum_eval.present.markdown import render_markdown
    from forum_eval.present.strings import t

    parts: list[ReportPart] = [chart_part(summary, order), *extra_parts]

    def fill(folder: Path) -> tuple[str, ...]:
        warnings: list[str] = []
        charts: list[tuple[Path, drawing.Pending]] = []
        # how many charts each part had started when it returned: the bar advances by part
        # once its charts are written
        started: list[int] = []
        token = _charts.set(charts)
        try:
            for lang in langs:
                images: list[tuple[str, str]] = []
                sections: list[str] = []
                for part in parts:
                    output = part(folder, lang)
                    started.append(len(charts))
                    if not drawing.active():
                        bar.advance()
                    images += output.images
                    if output.markdown:
                        sections.append(output.markdown.strip("\n"))
                    warnings += [w for w in output.warnings if w not in warnings]
                text = render_markdown(summary, lang)
                if images:
                    text += f"\n## {t(lang, 'rep_charts_title')}\n"
                    text += "".join(f"\n{markdown_image(name, alt)}\n" for name, alt in images)
                if sections:
                    text += "\n" + "\n\n".join(sections) + "\n"
                (folder / f"summary.{lang}.md").write_text(text, encoding="utf-8", newline="")
            (folder / "summary.json").write_text(
                render_json(summary, json_lang), encoding="utf-8", newline=""
            )
            # the charts drawn in workers land here, in order, before the folder is put in place
            written = 0
            for end in started:
                for path, pending in charts[written:end]:
                    path.write_bytes(pending.get())
                written = end
                if drawing.active():
                    bar.advance()
        finally:
            _charts.reset(token)
        return tuple(warnings)

    # a bar on stderr for reports drawing many charts (three core charts, about one per extra
    # part, per language); silent off a terminal and with --quiet (see progress.py)
    with progress.track(
        "Drawing the report",
        total=len(langs) * len(parts),
        size=(3 + len(extra_parts)) * len(langs),
        threshold=progress.CHARTS_THRESHOLD,
    ) as bar:
        warnings = write_folder_atomic(out_dir, fill)
    files = tuple(sorted(p.name for p in Path(out_dir).absolute().iterdir() if p.name != MARKER))
    return ReportResult(folder=Path(out_dir), files=files, warnings=warnings)
