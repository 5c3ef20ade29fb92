"""The codebook of comment themes: bilingual keywords, parsed from TOML, matched on words.

The codebook (``surveys/codebook.toml``, syntax documented in that file) lists themes with
FR and EN keywords. A keyword is a sequence of words matched on folded words (case,
accents, apostrophes and punctuation ignored; ``œ`` read as ``oe``), whole words only; a
plain word also matches its plural (``s``, ``x``, ``es``); ``word*`` matches any word that
starts with ``word``; ``..`` between two words lets up to three other words sit in between.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from forum_eval.config.project import TEMPLATES, read_toml
from forum_eval.errors import ConfigError
from forum_eval.textnorm import fold_words

CODEBOOK_FILE = "codebook.toml"
LANGS = ("en", "fr")
#: at most this many other words between the two sides of ``..``
GAP = 3

_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}


def words(text: str) -> list[str]:
    """The folded words of a text (``"L’accès en FRANÇAIS"`` → ``["l", "acces", "en", "francais"]``)."""
    if not text.isascii():
        for ligature, letters in _LIGATURES.items():
            if ligature in text:
                text = text.replace(ligature, letters)
    return fold_words(text)


@dataclass(frozen=True)
class Token:
    text: str
    prefix: bool
    #: how many other words may precede this one since the previous token
    gap: int = 0

    def forms(self) -> frozenset[str]:
        """Every word a token that is not a prefix matches (see :meth:`matches`)."""
        stem = self.text
        found = {stem, stem + "s", stem + "x", stem + "es"}
        if stem.endswith(("s", "x")) and len(stem) > 3:
            found.add(stem[:-1])
        return frozenset(found)

    def matches(self, word: str) -> bool:
        if self.prefix:
            return word.startswith(self.text)
        if word == self.text:
            return True
        stem = self.text
        if word in (stem + "s", stem + "x", stem + "es"):
            return True
        # a keyword written in the plural also matches the singular
        return stem.endswith(("s", "x")) and len(stem) > 3 and word == stem[:-1]


@dataclass(frozen=True)
class Keyword:
    source: str
    tokens: tuple[Token, ...]

    def search(self, text_words: Sequence[str]) -> bool:
        first, rest = self.tokens[0], self.tokens[1:]
        return any(
            first.matches(word) and self._follow(text_words, start, rest)
            for start, word in enumerate(text_words)
        )

    def _follow(self, text_words: Sequence[str], at: int, rest: Sequence[Token]) -> bool:
        if not rest:
            return True
        token = rest[0]
        for position in range(at + 1, min(len(text_words), at + 2 + token.gap)):
            if token.matches(text_words[position]) and self._follow(text_words, position, rest[1:]):
                return True
        return False


def parse_keyword(source: str, where: str) -> Keyword:
    tokens: list[Token] = []
    gap = 0
    for raw in source.split():
        if raw in ("..", "…"):
            if not tokens or gap:
                raise ConfigError(
                    f"{where}: keyword {source!r}: '..' must stand between two words."
                )
            gap = GAP
            continue
        prefix = raw.endswith("*")
        parts = words(raw.rstrip("*"))
        if not parts or "*" in raw.rstrip("*"):
            raise ConfigError(
                f"{where}: keyword {source!r}: {raw!r} is not a word "
                "(use letters or digits; '*' only at the end of a word)."
            )
        # "d'accord" folds to two words; the prefix star applies to the last one
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            tokens.append(Token(part, prefix and last, gap if index == 0 else 0))
        gap = 0
    if not tokens or gap:
        raise ConfigError(f"{where}: keyword {source!r} is empty or ends with '..'.")
    if tokens[0].prefix and len(tokens[0].text) < 3:
        raise ConfigError(
            f"{where}: keyword {source!r}: a prefix needs at least 3 letters before '*'."
        )
    return Keyword(source, tuple(tokens))


@dataclass(frozen=True)
class Theme:
    id: str
    label: Mapping[str, str]
    keywords: tuple[Keyword, ...]

    def matches(self, text_words: Sequence[str]) -> bool:
        return any(k.search(text_words) for k in self.keywords)


@dataclass(frozen=True)
class Codebook:
    themes: tuple[Theme, ...]
    source: Path | None = None

    def match(self, text: str) -> tuple[str, ...]:
        """Ids of the themes a comment raises, in codebook order.

        As ``[t.id for t in themes if t.matches(words(text))]``, but each word of the text
        is looked up among the keywords' first words (exact forms, or the first three
        letters of a prefix) instead of being tried against every keyword; the keywords a
        word can start are worked out once per distinct word."""
        text_words = words(text)
        starting = self._starting
        found: set[int] = set()
        for start, word in enumerate(text_words):
            entry = starting.get(word)
            if entry is None:
                entry = self._keywords_starting_with(word)
            if entry is _NO_KEYWORD:
                continue
            whole, longer = entry
            found.update(whole)
            for theme, keyword, rest in longer:
                if theme not in found and keyword._follow(text_words, start, rest):
                    found.add(theme)
        return tuple(self.themes[i].id for i in sorted(found))

    def _keywords_starting_with(self, word: str) -> _Starting:
        """The keywords whose first token matches ``word``: the themes of those of one
        token, and (theme position, keyword, its other tokens) for the longer ones;
        remembered for the next comments (up to a bound)."""
        exact, prefixes, always = self._first_words
        matching = [
            (theme, keyword)
            for theme, keyword in (*exact.get(word, ()), *prefixes.get(word[:3], ()), *always)
            if keyword.tokens[0].matches(word)
        ]
        entry: _Starting = (
            (
                frozenset(theme for theme, keyword in matching if len(keyword.tokens) == 1),
                tuple(
                    (theme, keyword, keyword.tokens[1:])
                    for theme, keyword in matching
                    if len(keyword.tokens) > 1
                ),
            )
            if matching
            else _NO_KEYWORD
        )
        if len(self._starting) < _MAX_REMEMBERED_WORDS:
            self._starting[word] = entry
        return entry

    @cached_property
    def _starting(self) -> dict[str, _Starting]:
        return {}

    @cached_property
    def _first_words(self) -> tuple[_WordIndex, _WordIndex, list[tuple[int, Keyword]]]:
        """(theme position, keyword) by the words its first token matches, by the first
        three letters of a prefix first token, and those to try on every word."""
        exact: _WordIndex = {}
        prefixes: _WordIndex = {}
        always: list[tuple[int, Keyword]] = []
        for position, theme in enumerate(self.themes):
            for keyword in theme.keywords:
                first = keyword.tokens[0]
                if not first.prefix:
                    for form in first.forms():
                        exact.setdefault(form, []).append((position, keyword))
                elif len(first.text) >= 3:
                    prefixes.setdefault(first.text[:3], []).append((position, keyword))
                else:
                    always.append((position, keyword))
        return exact, prefixes, always


_WordIndex = dict[str, list[tuple[int, "Keyword"]]]
_Starting = tuple[frozenset[int], tuple[tuple[int, "Keyword", tuple["Token", ...]], ...]]
_NO_KEYWORD: _Starting = (frozenset(), ())
#: distinct words whose keywords :meth:`Codebook.match` remembers
_MAX_REMEMBERED_WORDS = 200_000


def _theme(raw: Any, where: str) -> Theme:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: themes must be written as [[theme]] tables.")
    theme_id = raw.get("id")
    if not isinstance(theme_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", theme_id):
        raise ConfigError(
            f"{where}: every theme needs an 'id' of lower-case letters, digits and '_' (got {theme_id!r})."
        )
    where = f"{where}, theme '{theme_id}'"
    label = raw.get("label")
    if (
        not isinstance(label, dict)
        or set(label) != set(LANGS)
        or not all(isinstance(v, str) and v.strip() for v in label.values())
    ):
        raise ConfigError(f'{where}: \'label\' must be {{ en = "…", fr = "…" }} (both languages).')
    keywords = raw.get("keywords")
    if not isinstance(keywords, dict) or not set(keywords) <= set(LANGS):
        raise ConfigError(f'{where}: \'keywords\' must be {{ en = ["…"], fr = ["…"] }}.')
    parsed: list[Keyword] = []
    for lang in LANGS:
        values = keywords.get(lang, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigError(f"{where}: keywords.{lang} must be a list of strings.")
        parsed.extend(parse_keyword(v, where) for v in values)
    if not parsed:
        raise ConfigError(f"{where}: no keyword.", "Add at least one keyword in 'en' or 'fr'.")
    return Theme(theme_id, dict(label), tuple(parsed))


def load_codebook(path: Path) -> Codebook:
    missing = ConfigError(
        f"{path}: codebook not found.", "Pass --codebook FILE or copy surveys/codebook.toml there."
    )
    data = read_toml(path, missing)
    raw = data.get("theme", [])
    if not isinstance(raw, list) or not raw:
        raise ConfigError(
            f"{path}: no [[theme]] found.", "See surveys/codebook.toml for the format."
        )
    themes = tuple(_theme(t, str(path)) for t in raw)
    seen: set[str] = set()
    for theme in themes:
        if theme.id in seen or theme.id == "other":
            raise ConfigError(
                f"{path}: theme id '{theme.id}' is defined twice or reserved ('other')."
            )
        seen.add(theme.id)
    return Codebook(themes, path)


def default_codebook_path(folder: Path) -> Path:
    """The project's codebook (``folder/codebook.toml``) when it has one, else the generic
    event codebook that ``forum-eval init`` writes (logistics, time for questions, speakers,
    language access …), shipped with the package."""
    candidate = folder / CODEBOOK_FILE
    return candidate if candidate.is_file() else TEMPLATES / CODEBOOK_FILE
