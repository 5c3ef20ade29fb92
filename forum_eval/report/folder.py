"""Writing files atomically: one output file, or a whole report folder.

A report folder (``forum-eval report``) is built in a temporary folder beside the target and
moved into place only when every file is written: an error leaves the previous report
untouched and no half-written files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from forum_eval.errors import InputError

T = TypeVar("T")

#: the marker file that makes a folder replaceable by the next ``forum-eval report``
MARKER = ".forum-eval-report"
MARKER_TEXT = (
    "This folder was written by `forum-eval report`; the next run replaces it as a whole.\n"
)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` with :func:`write_bytes_atomic`."""
    write_bytes_atomic(path, text.encode("utf-8"))


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


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename
    (the file gets the permissions the umask gives a new file); an error leaves any
    previous file untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(
            f"{path}: the folder {folder} does not exist.",
            "Create it first or choose another --out.",
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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


def ensure_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) unless it exists; refuse a file of that name."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} exists and is not a folder.", "Choose another folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the folder ({exc.strerror}).") from None
