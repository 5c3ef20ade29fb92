"""The project file ``forum-eval.toml``: an organisation's event and its editions.

One ``[event]`` table (the event's name in English and French, the organisation, the default
language) and one ``[[edition]]`` table per edition (year, date, free location fields,
attendees, the response file, what the data is, and the options its export needs to be
read). Every key is checked: an unknown key or a value of the wrong type is one
:class:`~forum_eval.errors.ConfigError` naming the key, its line in the file and, for an
unknown key, the nearest known one. The bundled sample's ``surveys/forums.toml`` has the
same format (without ``[event]``).

The project file is found (:func:`find_project_file`) in the current folder or its parents,
as git finds ``.git``; ``--project DIR`` and the environment variable ``FORUM_EVAL_PROJECT``
name it explicitly (:func:`project_file_in`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from forum_eval.config.scales import parse_scale_option
from forum_eval.errors import ConfigError, ForumEvalError, InputError

PROJECT_FILE = "forum-eval.toml"
ENV_VAR = "FORUM_EVAL_PROJECT"
DATA_KINDS = ("published", "reconstruction", "synthetic")
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Event:
    """The ``[event]`` table: what every edition has in common."""

    name_en: str | None = None
    name_fr: str | None = None
    organisation: str | None = None
    #: the default language of the outputs ("en" or "fr"); None: the locale decides
    language: str | None = None

    def name(self, lang: str) -> str | None:
        """The event's name in ``lang``, else in the other language, else None."""
        return (self.name_fr or self.name_en) if lang == "fr" else (self.name_en or self.name_fr)


@dataclass(frozen=True)
class Reading:
    """How an edition's export must be read: the command-line reading options, saved.

    ``platform`` is the key ``from`` (``--from``); ``scales`` the key ``scale`` (``--scale``
    declarations, in order)."""

    lenient: bool = False
    numeric_codes: bool = False
    include_incomplete: bool = False
    sheet: str | None = None
    platform: str | None = None
    scales: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edition:
    year: int
    #: location fields are free and optional: "" when not given
    city: str = ""
    #: the key ``region`` (or ``province``, its other name): a province, state, region …
    province: str = ""
    date: str | None = None
    attendees: int | None = None
    file: Path | None = None
    #: "published" (real answers), "reconstruction" (rows rebuilt to match published
    #: figures; individual answers invented) or "synthetic" (illustrative, invented).
    data: str = "published"
    note: str | None = None
    country: str = ""
    #: the edition's own name, when it has one (else the event's name and the year)
    name: str | None = None
    reading: Reading = Reading()
    #: the ``[event]`` table of the file the edition comes from (None in a bare forums.toml)
    event: Event | None = None

    @property
    def region(self) -> str:
        return self.province


@dataclass(frozen=True)
class Project:
    path: Path
    event: Event | None
    editions: tuple[Edition, ...]


# --- where a key is ------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]\s]+)\s*\]\]?")


def key_line(text: str, key: str, table: str | None = None, index: int = 0) -> int | None:
    """The line number (from 1) of ``key = …`` in the ``index``-th ``[table]`` / ``[[table]]``
    of ``text`` (``table=None``: before the first table). None when it cannot be found (a key
    written in an inline table, for instance)."""
    if table is None and (found := header_line(text, key)) is not None:
        return found  # [key] or [[key]]
    start = 0 if table is None else header_line(text, table, index)
    if start is None:
        return None
    assignment = re.compile(rf"""^\s*(["']?){re.escape(key)}\1\s*[=.]""")
    for number, line in enumerate(text.splitlines()[start:], start + 1):
        if _HEADER.match(line):
            break
        if assignment.match(line):
            return number
    return None


def header_line(text: str, table: str, index: int = 0) -> int | None:
    """The line number (from 1) of the ``index``-th ``[table]`` / ``[[table]]`` header."""
    lines = enumerate(text.splitlines(), 1)
    found = [number for number, line in lines if (h := _HEADER.match(line)) and h[1] == table]
    return found[index] if index < len(found) else None


@dataclass(frozen=True)
class _Where:
    """A table of the file being read, to say where a key is."""

    path: Path
    text: str
    table: str | None
    index: int = 0
    label: str = ""

    def at(self, key: str) -> str:
        line = key_line(self.text, key, self.table, self.index)
        where = f"{self.path}, line {line}" if line is not None else str(self.path)
        return f"{where}{self.label}"


def _check_keys(raw: Mapping[str, Any], known: Mapping[str, object], where: _Where) -> None:
    for key in raw:
        if key in known:
            continue
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
        hint = (
            f"Did you mean `{close[0]}`?"
            if close
            else f"Known keys: {', '.join(f'`{k}`' for k in known)}."
        )
        raise ConfigError(f"{where.at(key)}: unknown key `{key}`.", hint)


def _wrong(where: _Where, key: str, what: str, value: object) -> ConfigError:
    shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return ConfigError(f"{where.at(key)}: `{key}` must be {what} (got {shown}).")


# --- values --------------------------------------------------------------------------------


def _value(raw: Mapping[str, Any], key: str, where: _Where, what: str, ok: Any) -> Any:
    """``raw[key]``, None when absent; a ConfigError saying it must be ``what`` when the test
    ``ok`` refuses it."""
    value = raw.get(key)
    if value is not None and not ok(value):
        raise _wrong(where, key, what, value)
    return value


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(raw: Mapping[str, Any], key: str, where: _Where) -> str | None:
    what = 'a text in quotes, e.g. "…"'
    value = _value(raw, key, where, what, lambda v: isinstance(v, str) and v.strip())
    return None if value is None else value.strip()


def _flag(raw: Mapping[str, Any], key: str, where: _Where) -> bool:
    return _value(raw, key, where, "true or false", lambda v: isinstance(v, bool)) or False


def _positive(raw: Mapping[str, Any], key: str, where: _Where) -> int | None:
    what = "a positive whole number, without quotes"
    return _value(raw, key, where, what, lambda v: _whole(v) and v > 0)


def _one_of(
    raw: Mapping[str, Any], key: str, where: _Where, choices: tuple[str, ...]
) -> str | None:
    what = "one of " + ", ".join(f'"{c}"' for c in choices)
    return _value(raw, key, where, what, lambda v: v in choices)


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(raw: Mapping[str, Any], key: str, where: _Where) -> str | None:
    value = raw.get(key)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    what = 'a date "YYYY-MM-DD" (or "YYYY-MM" when only the month is known)'
    return _value(raw, key, where, what, lambda v: isinstance(v, str) and _DATE.match(v))


def _sheet(raw: Mapping[str, Any], key: str, where: _Where) -> str | None:
    what = "a sheet name in quotes or its 0-based index (0, 1 …)"
    value = _value(raw, key, where, what, lambda v: isinstance(v, str) or _whole(v))
    return None if value is None else str(value)


def _scales(raw: Mapping[str, Any], key: str, where: _Where) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong(
            where, key, 'a list of declarations, e.g. ["COLUMN=L1|L2|L3;positive=L3"]', value
        )
    for declaration in value:
        try:
            parse_scale_option(declaration)
        except ForumEvalError as exc:
            raise ConfigError(f"{where.at(key)}: `{key}`: {exc}") from None
    return tuple(value)


# --- tables --------------------------------------------------------------------------------

#: key of [event] → what it holds (the README's "Project file" table lists the same keys)
EVENT_KEYS: dict[str, str] = {
    "name_en": "the event's name in English",
    "name_fr": "the event's name in French",
    "organisation": "who holds the event",
    "language": 'the default language of the outputs: "en" or "fr"',
}

#: key of [[edition]] → what it holds
EDITION_KEYS: dict[str, str] = {
    "year": "the edition's year (required)",
    "name": "the edition's own name, when it has one",
    "date": '"YYYY-MM-DD" or "YYYY-MM"',
    "city": "where it took place",
    "region": "province, state or region",
    "province": "another name of `region`",
    "country": "country",
    "attendees": "how many people attended: gives the response rate",
    "file": "the response export, relative to the project file",
    "data": '"published", "reconstruction" or "synthetic"',
    "note": "a note on the data",
    "lenient": "like --lenient",
    "numeric_codes": "like --numeric-codes",
    "include_incomplete": "like --include-incomplete",
    "sheet": "like --sheet",
    "from": "like --from",
    "scale": "like --scale: a list of declarations",
}

#: top-level keys
TOP_KEYS: dict[str, str] = {"event": "[event]", "edition": "[[edition]]"}


def parse_event(raw: object, where: _Where) -> Event:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where.path}: `event` must be a table: [event].")
    _check_keys(raw, EVENT_KEYS, where)
    language = _one_of(raw, "language", where, LANGUAGES)
    return Event(
        name_en=_text(raw, "name_en", where),
        name_fr=_text(raw, "name_fr", where),
        organisation=_text(raw, "organisation", where),
        language=language,
    )


def parse_edition(raw: object, where: _Where, event: Event | None) -> Edition:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where.path}: `edition` must be a list of tables: [[edition]].")
    year = raw.get("year")
    if _whole(year):
        where = replace(where, label=f" ([[edition]] {year})")
    _check_keys(raw, EDITION_KEYS, where)
    if year is None:
        line = header_line(where.text, "edition", where.index)
        raise ConfigError(
            f"{where.path}, line {line}: this [[edition]] has no `year`.",
            "Add e.g. `year = 2024` under it.",
        )
    if not _whole(year) or not 1000 <= year <= 9999:
        raise _wrong(where, "year", "a year of four digits, without quotes", year)
    if "region" in raw and "province" in raw:
        raise ConfigError(
            f"{where.at('province')}: `region` and `province` are the same field.",
            "Keep one of them.",
        )
    region = "region" if "region" in raw else "province"
    file = _text(raw, "file", where)
    return Edition(
        year=year,
        name=_text(raw, "name", where),
        date=_date(raw, "date", where),
        city=_text(raw, "city", where) or "",
        province=_text(raw, region, where) or "",
        country=_text(raw, "country", where) or "",
        attendees=_positive(raw, "attendees", where),
        file=(where.path.parent / file) if file is not None else None,
        data=_one_of(raw, "data", where, DATA_KINDS) or "published",
        note=_text(raw, "note", where),
        reading=Reading(
            lenient=_flag(raw, "lenient", where),
            numeric_codes=_flag(raw, "numeric_codes", where),
            include_incomplete=_flag(raw, "include_incomplete", where),
            sheet=_sheet(raw, "sheet", where),
            platform=_text(raw, "from", where),
            scales=_scales(raw, "scale", where),
        ),
        event=event,
    )


def parse_project(text: str, path: Path) -> Project:
    """Parse the text of a project file (or of a ``forums.toml``); ConfigError on any mistake."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid TOML ({exc}).", "Fix the syntax and run again."
        ) from None
    top = _Where(path, text, None)
    _check_keys(data, TOP_KEYS, top)
    event = (
        parse_event(data["event"], _Where(path, text, "event", label=" ([event])"))
        if "event" in data
        else None
    )
    raw_editions = data.get("edition", [])
    if not isinstance(raw_editions, list):
        raise ConfigError(f"{path}: `edition` must be a list of tables: [[edition]].")
    editions = [
        parse_edition(raw, _Where(path, text, "edition", index), event)
        for index, raw in enumerate(raw_editions)
    ]
    years = [e.year for e in editions]
    for year in years:
        if years.count(year) > 1:
            raise ConfigError(
                f"{path}: edition {year} is listed twice.", "Keep one [[edition]] per year."
            )
    return Project(path, event, tuple(sorted(editions, key=lambda e: e.year)))


def read_toml(path: Path, missing: ConfigError) -> dict[str, Any]:
    """The tables of the TOML file ``path``; ``missing`` when there is no such file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise missing from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: not valid TOML ({exc}).", "Fix the syntax and run again."
        ) from None


def read_project(path: Path) -> Project:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}).", "Save it as UTF-8.") from None
    return parse_project(text, path)


# --- finding it ----------------------------------------------------------------------------


def find_project_file(start: Path) -> Path | None:
    """``forum-eval.toml`` in ``start`` or the nearest of its parents; None when there is none."""
    start = start.absolute()
    for folder in (start, *start.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def project_file_in(place: Path, origin: str) -> Path:
    """The project file named by ``--project`` or ``FORUM_EVAL_PROJECT`` (``origin``): a folder
    holding ``forum-eval.toml``, or the file itself."""
    place = place.expanduser()
    candidate = place / PROJECT_FILE if place.is_dir() else place
    if not candidate.is_file():
        raise InputError(
            f"{origin}: no project file at {candidate}.",
            "Create one with `forum-eval init DIR`, or point to the folder holding forum-eval.toml.",
        )
    return candidate


# --- writing it ----------------------------------------------------------------------------

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "init"


def init_files(lang: str) -> dict[str, Path]:
    """The files ``forum-eval init`` writes → the template each is copied from: comments in
    ``lang``. ``questionnaire.fr.toml`` and ``codebook.fr.toml`` hold the same TOML as the
    English ``questionnaire.toml`` and ``codebook.toml`` (the latter is also the generic
    codebook read when a project has none), with French comments."""
    suffix = ".fr.toml" if lang == "fr" else ".toml"
    return {
        PROJECT_FILE: TEMPLATES / f"forum-eval.{lang}.toml",
        "questionnaire.toml": TEMPLATES / f"questionnaire{suffix}",
        "codebook.toml": TEMPLATES / f"codebook{suffix}",
    }


def init_project(folder: Path, lang: str) -> list[Path]:
    """Write a commented project file, a starter questionnaire and a generic codebook into
    ``folder`` (made if needed); nothing is written when any of them exists already."""
    files = init_files(lang)
    existing = [folder / name for name in files if (folder / name).exists()]
    if existing:
        raise InputError(
            f"{', '.join(str(p) for p in existing)}: already there; "
            "init writes no file over an existing one.",
            "Move them away, or run forum-eval init in another folder.",
        )
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, template in files.items():
        target = folder / name
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(template.read_text(encoding="utf-8"))
        written.append(target)
    return written


#: what a TOML basic string escapes: quotes, backslashes and control characters
_TOML_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F)} | str.maketrans(
    {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
)


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, in double quotes, with what must be escaped escaped."""
    return '"' + text.translate(_TOML_ESCAPES) + '"'


def edition_text(values: Mapping[str, object]) -> str:
    """An ``[[edition]]`` table in TOML, keys in the order given; None, False and empty
    values are left out (they are the defaults)."""
    lines = ["[[edition]]"]
    for key, value in values.items():
        if value is None or value is False or value == "" or value == ():
            continue
        if key not in EDITION_KEYS:
            raise ValueError(f"unknown edition key {key!r}")
        if isinstance(value, bool):
            shown = "true"
        elif isinstance(value, int):
            shown = str(value)
        elif isinstance(value, str):
            shown = toml_string(value)
        elif isinstance(value, tuple | list):
            shown = "[" + ", ".join(toml_string(str(v)) for v in value) + "]"
        else:
            raise TypeError(f"{key}: cannot write a {type(value).__name__}")
        lines.append(f"{key} = {shown}")
    return "\n".join(lines) + "\n"


def is_date(text: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as the key ``date`` takes."""
    return bool(_DATE.match(text))
