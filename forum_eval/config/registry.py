"""The editions of the event and where their responses are; a SOURCE argument resolved.

The editions are listed in a project file, ``forum-eval.toml`` (see
:mod:`forum_eval.config.project` for its format and how it is found), or in a
``forums.toml`` of the same format (the bundled sample, ``surveys/forums.toml``). A SOURCE on
the command line is either a path to a file or a year found there.

Which file lists the editions (:func:`locate_registry`), first found wins:

1. ``--project DIR`` (the ``project`` argument);
2. ``SURVEYS_DIR/forum-eval.toml`` or ``SURVEYS_DIR/forums.toml`` (``--surveys-dir``, by
   default ``surveys/`` under the current folder: the bundled sample in the checkout);
3. the environment variable ``FORUM_EVAL_PROJECT`` (a folder, or the file itself);
4. ``forum-eval.toml`` in the current folder or the nearest of its parents.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from forum_eval.config.project import (
    ENV_VAR,
    PROJECT_FILE,
    Edition,
    Event,
    Reading,
    find_project_file,
    project_file_in,
    read_project,
)
from forum_eval.errors import InputError

__all__ = ["Edition", "Event", "Reading", "Registry", "Source", "load_registry", "resolve"]

REGISTRY_FILE = "forums.toml"
QUESTIONNAIRE_FILE = "questionnaire.toml"


@dataclass(frozen=True)
class Registry:
    #: the file the editions come from (forum-eval.toml or forums.toml)
    file: Path
    editions: tuple[Edition, ...]
    event: Event | None = None

    def get(self, year: int) -> Edition:
        for edition in self.editions:
            if edition.year == year:
                return edition
        known = ", ".join(str(e.year) for e in self.editions) or "none"
        raise InputError(
            f"{self.file}: no edition {year} (known: {known}).",
            f"Add it (forum-eval add {year} FILE) or pass the path of the response file.",
        )

    def with_responses(self) -> tuple[Edition, ...]:
        return tuple(e for e in self.editions if e.file is not None)


def locate_registry(surveys_dir: Path, project: Path | None = None) -> Path | None:
    """The file listing the editions (see the module's docstring for the order); None when
    there is none."""
    if project is not None:
        return project_file_in(project, "--project")
    for name in (PROJECT_FILE, REGISTRY_FILE):
        if (surveys_dir / name).is_file():
            return surveys_dir / name
    if os.environ.get(ENV_VAR):
        return project_file_in(Path(os.environ[ENV_VAR]), ENV_VAR)
    return find_project_file(Path.cwd())


def project_folder(surveys_dir: Path, project: Path | None = None) -> Path:
    """The folder whose questionnaire.toml and codebook.toml apply: the project file's, else
    ``surveys_dir``."""
    found = locate_registry(surveys_dir, project)
    return found.parent if found is not None else surveys_dir


def load_registry(folder: Path, project: Path | None = None) -> Registry:
    path = locate_registry(folder, project)
    if path is None:
        raise InputError(
            f"{folder / REGISTRY_FILE}: the surveys registry was not found.",
            "Run from the project folder (forum-eval init makes one), pass --surveys-dir DIR, "
            "or give the path of a response file.",
        )
    try:
        read = read_project(path)
    except FileNotFoundError:
        raise InputError(
            f"{path}: the surveys registry was not found.",
            "Run from the project folder, pass --surveys-dir DIR, or give the path of a response file.",
        ) from None
    return Registry(path, read.editions, read.event)


_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Source:
    """What the user asked for: a file, and the edition it belongs to when known."""

    path: Path
    edition: Edition | None
    questionnaire: Path | None

    @property
    def name(self) -> str:
        return str(self.edition.year) if self.edition else self.path.stem


def resolve(source: str, surveys_dir: Path, project: Path | None = None) -> Source:
    """Turn a SOURCE argument (a year or a path) into a file and its edition.

    A year is looked up in the project file (or forums.toml) :func:`locate_registry` finds; a
    path takes the questionnaire of that project, else ``surveys_dir/questionnaire.toml``."""
    if _YEAR.match(source) and not Path(source).exists():
        registry = load_registry(surveys_dir, project)
        edition = registry.get(int(source))
        if edition.file is None:
            where = f" ({edition.city})" if edition.city else ""
            raise InputError(
                f"{registry.file}: edition {edition.year}{where} has no response file.",
                f"Add 'file = \"…\"' to its [[edition]] entry (or: forum-eval add {edition.year} FILE).",
            )
        path, folder = edition.file, registry.file.parent
    else:
        path, edition = Path(source).expanduser(), None
        folder = project_folder(surveys_dir, project)
    questionnaire = folder / QUESTIONNAIRE_FILE
    return Source(path, edition, questionnaire if questionnaire.is_file() else None)
