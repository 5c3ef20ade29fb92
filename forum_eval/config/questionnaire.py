"""The questionnaire: stable item ids, FR/EN wording, kinds, scales and header aliases.

It is read from ``questionnaire.toml`` in the surveys folder. A header maps to an item when,
after folding (case, accents, apostrophes, punctuation, spacing), it equals the item's id,
its question in either language or one of its aliases. A Google Forms grid header
``Question [Row]`` also matches on ``Row`` alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forum_eval.config.project import read_toml
from forum_eval.config.scales import (
    BUILTIN_SCALES,
    DEFAULT_SCALE,
    KINDS,
    Scale,
    choice_scale,
    parse_scale_table,
)
from forum_eval.errors import ConfigError
from forum_eval.textnorm import Labelled, fold

LANGS = ("en", "fr")
#: kinds whose options the questionnaire lists (never a default scale)
CHOICE_KINDS = ("choice", "group", "multiselect")
_GRID = re.compile(r"^(?P<question>.*?)\s*\[(?P<row>[^\[\]]+)\]\s*$")


@dataclass(frozen=True)
class Item(Labelled):
    """One question of the form. ``label``, ``question`` and ``statement`` map lang → text."""

    id: str
    kind: str
    label: Mapping[str, str]
    question: Mapping[str, str] = field(default_factory=dict)
    statement: Mapping[str, str] = field(default_factory=dict)
    scale: Scale | None = None
    numeric_codes: bool = False
    aliases: tuple[str, ...] = ()
    #: the questionnaire named no ``scale``: the item has its kind's default scale, which a
    #: column of it may replace by the form's own labels of that kind (see
    #: :func:`forum_eval.read.columns._listed_scale`); a named scale never is
    default_scale: bool = False

    def option_texts(self) -> tuple[str, ...]:
        """Every spelling of the declared options (English, French, aliases), each once."""
        if self.scale is None:
            return ()
        texts = (t for c in self.scale.categories for t in (c.en, c.fr, *c.aliases))
        return tuple(dict.fromkeys(t for t in texts if t.strip()))


@dataclass(frozen=True)
class Questionnaire:
    items: tuple[Item, ...] = ()
    source: Path | None = None
    _index: Mapping[str, Item] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, Item] = {}
        for item in self.items:
            spellings = (item.id, *item.question.values(), *item.label.values(), *item.aliases)
            for spelling in spellings:
                index.setdefault(fold(spelling), item)
        object.__setattr__(self, "_index", index)

    def match(self, header: str) -> Item | None:
        """The item a column header stands for, or None."""
        key = fold(header)
        if not key:
            return None
        found = self._index.get(key)
        if found is None:
            grid = _GRID.match(header)
            if grid:
                found = self._index.get(fold(grid["row"]))
        return found

    def order(self, item_id: str) -> int:
        ids = [item.id for item in self.items]
        return ids.index(item_id) if item_id in ids else len(ids)

    def get(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


def _texts(raw: Any, where: str, key: str, required: bool) -> dict[str, str]:
    if raw is None:
        if required:
            raise ConfigError(f"{where}: missing [{key}] with 'en' and 'fr' texts.")
        return {}
    if isinstance(raw, str):
        return dict.fromkeys(LANGS, raw)
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ConfigError(
            f'{where}: \'{key}\' must be a table of texts such as {{ en = "…", fr = "…" }}.'
        )
    unknown = set(raw) - set(LANGS)
    if unknown:
        raise ConfigError(
            f"{where}: '{key}' has unknown language(s) {sorted(unknown)}; use 'en' and 'fr'."
        )
    return dict(raw)


def parse_item(
    raw: Mapping[str, Any], where: str, declared: Mapping[str, Scale] | None = None
) -> Item:
    item_id = raw.get("id")
    if not isinstance(item_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", item_id):
        raise ConfigError(
            f"{where}: every item needs an 'id' made of lower-case letters, digits and '_' (got {item_id!r})."
        )
    here = f"{where}, item '{item_id}'"
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{here}: kind must be one of {', '.join(KINDS)} (got {kind!r}).")
    question = _texts(raw.get("question"), here, "question", True)
    label = _texts(raw.get("label"), here, "label", False) or question
    statement = _texts(raw.get("statement"), here, "statement", False)
    scale: Scale | None = None
    if kind in CHOICE_KINDS:
        options = raw.get("options")
        if not isinstance(options, list) or not options:
            raise ConfigError(f"{here}: a {kind} item needs a list of [[item.options]].")
        scale = choice_scale(item_id, options)
    elif kind != "comment":
        known = {**BUILTIN_SCALES, **(declared or {})}
        scale_id = raw.get("scale", DEFAULT_SCALE.get(kind))
        if scale_id not in known:
            raise ConfigError(
                f"{here}: unknown scale {scale_id!r}.",
                f"Known scales: {', '.join(known)}; or declare it in a [[scale]] table.",
            )
        scale = known[scale_id]
        if scale.kind != kind and scale.kind != "declared":
            raise ConfigError(f"{here}: scale {scale_id!r} is not a {kind} scale.")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ConfigError(f"{here}: 'aliases' must be a list of strings.")
    return Item(
        id=item_id,
        kind=kind,
        label=label,
        question=question,
        statement=statement,
        scale=scale,
        numeric_codes=bool(raw.get("numeric_codes", False)),
        aliases=tuple(aliases),
        default_scale=scale is not None and kind not in CHOICE_KINDS and "scale" not in raw,
    )


def load_questionnaire(path: Path) -> Questionnaire:
    data = read_toml(path, ConfigError(f"{path}: questionnaire file not found."))
    tables = {key: data.get(key, []) for key in ("item", "scale")}
    for key, value in tables.items():
        if not isinstance(value, list):
            raise ConfigError(f"{path}: {key}s must be written as [[{key}]] tables.")
    declared = {s.id: s for s in (parse_scale_table(raw, str(path)) for raw in tables["scale"])}
    items = tuple(parse_item(raw, str(path), declared) for raw in tables["item"])
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ConfigError(f"{path}: item id '{item.id}' is defined twice.")
        seen.add(item.id)
    return Questionnaire(items, path)
