"""The ``surveys/`` folder: the editions of the forum and where their responses are.

``forums.toml`` lists every edition (year, date, city, province, attendees when known,
response file when there is one, and whether the data is synthetic). A SOURCE on the
command line is either a path to a file or a year found there.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forum_eval.errors import ConfigError, InputError

REGISTRY_FILE = "forums.toml"
QUESTIONNAIRE_FILE = "questionnaire.toml"


@dataclass(frozen=True)
class Edition:
    year: int
    city: str
    province: str
    date: str | None = None
    attendees: int | None = None
    file: Path | None = None
    #: "published" (real answers), "reconstruction" (rows rebuilt to match published
    #: figures; individual answers invented) or "synthetic" (illustrative, invented).
    data: str = "published"
    note: str | None = None

    @property
    def synthetic(self) -> bool:
        return self.data in ("synthetic", "reconstruction")


@dataclass(frozen=True)
class Registry:
    folder: Path
    editions: tuple[Edition, ...]

    def get(self, year: int) -> Edition:
        for edition in self.editions:
            if edition.year == year:
                return edition
        known = ", ".join(str(e.year) for e in self.editions) or "none"
        raise InputError(
            f"{self.folder / REGISTRY_FILE}: no edition {year} (known: {known}).",
            "Add it to forums.toml or pass the path of the response file.",
        )

    def with_responses(self) -> tuple[Edition, ...]:
        return tuple(e for e in self.editions if e.file is not None)

    @property
    def questionnaire_path(self) -> Path | None:
        path = self.folder / QUESTIONNAIRE_FILE
        return path if path.is_file() else None


_DATA_KINDS = ("published", "reconstruction", "synthetic")


def _edition(raw: dict[str, Any], folder: Path, where: str) -> Edition:
    year = raw.get("year")
    if not isinstance(year, int):
        raise ConfigError(f"{where}: every [[edition]] needs an integer 'year' (got {year!r}).")
    for key in ("city", "province"):
        if not isinstance(raw.get(key), str):
            raise ConfigError(f"{where}, edition {year}: '{key}' must be a string.")
    attendees = raw.get("attendees")
    if attendees is not None and (not isinstance(attendees, int) or attendees <= 0):
        raise ConfigError(f"{where}, edition {year}: 'attendees' must be a positive integer.")
    data = raw.get("data", "published")
    if data not in _DATA_KINDS:
        raise ConfigError(
            f"{where}, edition {year}: 'data' must be one of {', '.join(_DATA_KINDS)}."
        )
    file = raw.get("file")
    return Edition(
        year=year,
        city=raw["city"],
        province=raw["province"],
        date=str(raw["date"]) if raw.get("date") is not None else None,
        attendees=attendees,
        file=(folder / file) if isinstance(file, str) else None,
        data=data,
        note=raw.get("note"),
    )


def load_registry(folder: Path) -> Registry:
    return _load_registry_file(folder / REGISTRY_FILE)


def _load_registry_file(path: Path) -> Registry:
    folder = path.parent
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"{path}: the surveys registry was not found.",
            "Run from the project folder, pass --surveys-dir DIR, or give the path of a response file.",
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}).") from None
    editions = tuple(
        sorted(
            (_edition(raw, folder, str(path)) for raw in data.get("edition", [])),
            key=lambda e: e.year,
        )
    )
    return Registry(folder, editions)


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


def resolve(source: str, surveys_dir: Path) -> Source:
    """Turn a SOURCE argument (a year or a path) into a file and its edition."""
    if _YEAR.match(source) and not Path(source).exists():
        registry = load_registry(surveys_dir)
        edition = registry.get(int(source))
        if edition.file is None:
            raise InputError(
                f"{surveys_dir / REGISTRY_FILE}: edition {edition.year} ({edition.city}) has no response file.",
                "Add 'file = \"…\"' to its [[edition]] entry.",
            )
        return Source(edition.file, edition, registry.questionnaire_path)
    path = Path(source).expanduser()
    questionnaire = surveys_dir / QUESTIONNAIRE_FILE
    return Source(path, None, questionnaire if questionnaire.is_file() else None)
