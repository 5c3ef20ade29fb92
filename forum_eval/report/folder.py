"""Writing files atomically: one output file, or a whole report folder.

A report folder (``forum-eval report``) is built in a temporary folder beside the target and
moved into place only when every file is written: an error leaves the previous report
untouched and no half-written files. The marker file :data:`MARKER` lists the names the
tool wrote: a later run replaces those and refuses a folder holding anything else (the user's
own files are never deleted). Staging folders left by a killed run (``.X.tmp-PID-*``) are
removed by the next run of the same report, and an interrupted swap is undone.

One output file (``--out`` of the other commands) is written through a temporary file and a
rename, except when the target exists and is not a regular file: a symlink is followed (its
target is replaced, the link stays), a FIFO or a device is written through (opened for writing,
never replaced by a regular file).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from forum_eval.errors import InputError

T = TypeVar("T")

#: the marker file that makes a folder replaceable by the next ``forum-eval report``
MARKER = ".forum-eval-report"
MARKER_TEXT = (
    "This folder was written by `forum-eval report`; the next run replaces the files listed\n"
    "below (and refuses to touch the folder if it holds any other file).\n"
)
#: names a report written before the marker listed its files may hold (see build.py)
_LEGACY_REPORT_FILE = re.compile(
    r"(?:summary\.json|[\w-]+\.(?:en|fr)\.(?:png|alt\.txt|md|docx|html))"
)


def marker_text(names: list[str]) -> str:
    """The marker: a sentence, then the names the tool wrote, one a line."""
    return MARKER_TEXT + "".join(f"{name}\n" for name in sorted(names))


def written_names(folder: Path) -> set[str] | None:
    """The names the marker of ``folder`` lists, or None when it lists none (an older report)."""
    lines = (folder / MARKER).read_text(encoding="utf-8", errors="replace").splitlines()
    sentence = MARKER_TEXT.splitlines()
    if lines[: len(sentence)] != sentence:
        return None
    return {line for line in lines[len(sentence) :] if line}


def foreign_files(folder: Path) -> list[str]:
    """The files of a previous report ``folder`` that forum-eval did not write."""
    listed = written_names(folder)
    foreign = []
    for path in sorted(folder.iterdir()):
        if path.name == MARKER:
            continue
        mine = (
            path.name in listed
            if listed is not None
            else bool(_LEGACY_REPORT_FILE.fullmatch(path.name))
        )
        if not mine or path.is_symlink() or not path.is_file():
            foreign.append(path.name)
    return foreign


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
    if target.is_dir() and (target / MARKER).is_file():
        foreign = foreign_files(target)
        locks = [name for name in foreign if name.startswith(("~$", ".~lock."))]
        if locks:
            raise InputError(
                f"{target}: a document of this report is open in Word or LibreOffice (its lock "
                f"file {', '.join(locks)} is in the folder); the report is left untouched.",
                "Close the document, then run the command again.",
            )
        if foreign:
            raise InputError(
                f"{target} is an earlier report that now also holds files forum-eval did not "
                f"write ({', '.join(foreign)}); it is left untouched.",
                "Move those files elsewhere, or choose another folder with --out.",
            )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists (another user's)
        return True
    return True


def clean_stale_staging(target: Path) -> None:
    """Remove the staging folders ``.NAME.tmp-PID-*`` / ``.NAME.old-PID-*`` that a killed run
    of the same report left beside ``target`` (their process is gone; a running one's are kept).
    When a run was killed between its two renames (the previous report moved aside, the new one
    not yet in place), the previous report is put back first."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(tmp|old)-(\d+)-.*")
    try:
        entries = sorted(target.parent.iterdir())
    except OSError:
        return
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_dir() or _pid_alive(int(match.group(2))):
            continue
        if match.group(1) == "old" and not target.exists():
            os.replace(entry, target)  # the previous report, back in place
        else:
            shutil.rmtree(entry, ignore_errors=True)


#: the report's text files, whose control characters are neutralised before they go in place
TEXT_SUFFIXES = (".md", ".txt", ".json", ".csv")


def _neutralise_text_files(folder: Path) -> None:
    """The output boundary of a report: no control character from a header or a comment (an
    escape code) in its text files (see :func:`forum_eval.present.text.neutralise`)."""
    from forum_eval.present.text import neutralise

    for path in folder.iterdir():
        if path.suffix in TEXT_SUFFIXES and path.is_file():
            text = path.read_text(encoding="utf-8")
            safe = neutralise(text)
            if safe != text:
                path.write_text(safe, encoding="utf-8")


def write_folder_atomic(target: Path, fill: Callable[[Path], T]) -> T:
    """Call ``fill(tmp)`` to write every file into a temporary folder beside ``target``, then
    put that folder in place of ``target`` (a previous report is replaced; on any error it is
    left as it was and the temporary folder is removed).

    ``target`` must be new, empty, or a previous report (it holds :data:`MARKER`): a folder
    with other files is refused, so ``--out .`` can never wipe a working folder."""
    target = Path(os.path.abspath(target))  # ".", "..", "out/": a real name and parent
    clean_stale_staging(target)
    _check_target(target)
    parent = target.parent
    umask = os.umask(0)
    os.umask(umask)
    # the staging folders of this run, found by name: a signal can land between mkdtemp
    # creating one and its name being kept
    prefix = f".{target.name}.tmp-{os.getpid()}-"
    old: Path | None = None
    try:
        try:
            parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        except OSError as exc:
            raise InputError(
                f"{target}: cannot create the report folder ({exc.strerror}).",
                "Check the path and your permissions, or choose another --out.",
            ) from None
        os.chmod(tmp, 0o777 & ~umask)
        result = fill(tmp)
        _neutralise_text_files(tmp)
        names = [p.name for p in tmp.iterdir() if p.name != MARKER]
        (tmp / MARKER).write_text(marker_text(names), encoding="utf-8")
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{os.getpid()}-", dir=parent))
            old.rmdir()
            os.replace(target, old)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException as exc:
        if old is not None and old.exists() and not target.exists():
            os.replace(old, target)  # stopped or failed between the two renames
        for entry in parent.iterdir() if parent.is_dir() else ():
            if entry.name.startswith(prefix):
                shutil.rmtree(entry, ignore_errors=True)
        if isinstance(exc, OSError):
            raise InputError(
                f"{target}: the report could not be written ({exc.strerror or exc}); "
                "the previous report, if any, is unchanged.",
                "Check the free space and your permissions, or choose another --out.",
            ) from None
        raise
    return result


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename
    (the file gets the permissions the umask gives a new file); an error leaves any
    previous file untouched and no temporary file behind.

    A symlink is followed: its target gets the data (the link stays a link). An existing
    FIFO or device is written through, never replaced. A folder, a missing folder, a name too
    long, no permission or no space is an :class:`InputError` (what, where, how)."""
    path = Path(path)
    try:
        mode: int | None = os.stat(path).st_mode  # through a symlink: its target
    except OSError:
        mode = None
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(
            f"{path} is a folder, not a file.",
            "Give a file name with --out, e.g. --out summary.txt.",
        )
    try:
        if mode is not None and not stat.S_ISREG(mode):
            with path.open("wb") as handle:  # a FIFO or a device: written through
                handle.write(data)
            return
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise InputError(
                f"{path}: the folder {folder} does not exist.",
                "Create it first or choose another --out.",
            )
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(
            f"{path}: cannot write the file ({exc.strerror or exc}); nothing was written.",
            "Check the name, the free space and your permissions, or choose another --out.",
        ) from None


def ensure_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) unless it exists; refuse a file of that name."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} exists and is not a folder.", "Choose another folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the folder ({exc.strerror}).") from None


def fixed_date_zip(data: bytes, member: Callable[[zipfile.ZipInfo, bytes], bytes]) -> bytes:
    """The zip ``data`` written again with every member dated 1980-01-01 (the earliest a zip
    can hold) and compressed, so that the same content gives the same bytes (python-docx and
    openpyxl date them at the time of saving). ``member(new_member, content)`` may change the
    new member's compression and attributes, and returns its content."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            target.writestr(new, member(new, source.read(info)))
    return out.getvalue()
