"""Open comments: themes from a bilingual codebook, counts per respondent, safe quotes.

The codebook (``surveys/codebook.toml``, syntax documented in that file) lists themes with
FR and EN keywords. A keyword is a sequence of words matched on folded words (case,
accents, apostrophes and punctuation ignored; ``œ`` read as ``oe``), whole words only; a
plain word also matches its plural (``s``, ``x``, ``es``); ``word*`` matches any word that
starts with ``word``; ``..`` between two words lets up to three other words sit in between.

:func:`analyse_comments` counts, for every theme, the respondents who raised it (once per
respondent, however many of their comments mention it), its share of the respondents who
wrote at least one comment, and picks up to ``quotes`` representative quotes — redacted
(:class:`forum_eval.analyse.privacy.Redactor`) and never attributed to a respondent or a row. Comments
that match no theme are counted as ``other`` and, redacted, listed in ``uncoded``.
"""

from __future__ import annotations

import heapq
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forum_eval.analyse.privacy import (
    DEFAULT_MIN_CELL,
    Redactor,
    header_is_identifying,
    header_is_self_identification,
    identifying_values,
)
from forum_eval.errors import ConfigError, InputError
from forum_eval.textnorm import fold, fold_words

if TYPE_CHECKING:
    import numpy as np

    from forum_eval.analyse.breakdown import Grouping, Row
    from forum_eval.config.registry import Edition
    from forum_eval.read import RawTable
    from forum_eval.read.normalise import CommentResponses, Responses
    from forum_eval.read.survey import Options

CODEBOOK_FILE = "codebook.toml"


class NoCommentsError(InputError):
    """The file has no open-comment column."""


LANGS = ("en", "fr")
#: at most this many other words between the two sides of ``..``
GAP = 3
#: quotes longer than this are cut at a word boundary, with "…"
MAX_QUOTE_CHARS = 280

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
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: codebook not found.",
            "Pass --codebook FILE or copy surveys/codebook.toml there.",
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: not valid TOML ({exc}).", "Fix the syntax and run again."
        ) from None
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


def default_codebook_path(surveys_dir: Path) -> Path:
    """``surveys_dir/codebook.toml`` when it exists, else the copy shipped with the package."""
    candidate = surveys_dir / CODEBOOK_FILE
    if candidate.is_file():
        return candidate
    return Path(__file__).resolve().parents[1] / "data" / CODEBOOK_FILE


# ------------------------------------------------------------------------------ analysis


@dataclass(frozen=True)
class ThemeResult:
    id: str
    label: Mapping[str, str]
    #: respondents who raised the theme (each counted once)
    n_respondents: int
    #: n_respondents / respondents who commented (None when nobody commented)
    share: Fraction | None
    #: redacted quotes (privacy.MARK where something was removed); no attribution
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnResult:
    id: str
    label: Mapping[str, str]
    n_comments: int


@dataclass(frozen=True)
class CommentsResult:
    name: str
    file: str
    edition: Edition | None
    respondents: int
    #: respondents who wrote at least one comment
    commenters: int
    n_comments: int
    columns: tuple[ColumnResult, ...]
    #: in decreasing order of respondents, then codebook order
    themes: tuple[ThemeResult, ...]
    #: commenters none of whose comments matched a theme
    other: int
    other_share: Fraction | None
    #: redacted comments that matched no theme (sorted; shown with --uncoded)
    uncoded: tuple[str, ...]
    #: comments in which something was redacted
    n_redacted: int
    codebook: str
    quotes_per_theme: int
    #: theme counts per group (``--by``), small cells suppressed
    by: ThemesByGroup | None = None
    warnings: tuple[str, ...] = ()

    def theme(self, theme_id: str) -> ThemeResult:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)


@dataclass(frozen=True)
class ThemesByGroup:
    grouping: Grouping
    min_cell: int
    #: respondents per group, then commenters per group, then one row per theme, then other
    sizes: Row
    commenters: Row
    rows: tuple[Row, ...] = field(default=())


def _cut(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + " …"


def analyse_comments(
    responses: Responses,
    codebook: Codebook,
    *,
    name: str,
    file: str,
    edition: Edition | None = None,
    table: RawTable | None = None,
    quotes: int = 2,
    grouping: Grouping | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> CommentsResult:
    """Themes of the comments of ``responses``. ``table`` gives the names to redact."""
    import numpy as np

    # a free-text column that names, contacts or self-identifies respondents is never coded
    # or quoted, even when it was not recognised as such upstream
    columns = [
        c
        for c in responses.comments
        if not header_is_identifying(c.header) and not header_is_self_identification(c.header)
    ]
    skipped = len(responses.comments) - len(columns)
    if not columns:
        raise NoCommentsError(
            f"{file}: no open-comment column was recognised.",
            "Comment columns are long free-text answers, or columns declared with "
            'kind = "comment" in surveys/questionnaire.toml.',
        )
    redactor = Redactor(*identifying_values(table)) if table is not None else Redactor()
    n = responses.respondents
    theme_ids = [t.id for t in codebook.themes]
    members = {tid: np.zeros(n, dtype=bool) for tid in theme_ids}
    commented = np.zeros(n, dtype=bool)
    coded = np.zeros(n, dtype=bool)
    # distinct comment text → (themes, redacted text)
    seen: dict[str, tuple[tuple[str, ...], str]] = {}
    n_comments = 0
    uncoded: set[str] = set()
    n_redacted = 0
    per_column: list[int] = []
    for column in columns:
        # each distinct text is coded once, then spread to its respondents by its code
        distinct, codes = _distinct_texts(column)
        counts = np.bincount(codes, minlength=len(distinct)).tolist()
        written = np.zeros(len(distinct), dtype=bool)
        raised = {tid: np.zeros(len(distinct), dtype=bool) for tid in theme_ids}
        in_column = 0
        for position, text in enumerate(distinct):  # in order of first appearance
            count = counts[position]
            if not count or not text.strip():
                continue
            in_column += count
            written[position] = True
            if text not in seen:
                seen[text] = (codebook.match(text), redactor(text))
            themes, safe = seen[text]
            if safe != text:
                n_redacted += count
            for tid in themes:
                raised[tid][position] = True
            if not themes:
                uncoded.add(_cut(safe))
        n_comments += in_column
        per_column.append(in_column)
        commented |= written[codes]
        for tid, flags in raised.items():
            if flags.any():
                hit = flags[codes]
                members[tid] |= hit
                coded |= hit
    commenters = int(commented.sum())
    other_mask = commented & ~coded

    def share(count: int) -> Fraction | None:
        return Fraction(count, commenters) if commenters else None

    themes_of = {safe: themes for themes, safe in seen.values()}
    texts_of: dict[str, set[str]] = {tid: set() for tid in theme_ids}
    for themes, safe in seen.values():
        for tid in themes:
            texts_of[tid].add(safe)
    order = sorted(
        codebook.themes, key=lambda t: (-int(members[t.id].sum()), theme_ids.index(t.id))
    )
    quoted: set[str] = set()
    results = []
    for theme in order:
        count = int(members[theme.id].sum())
        # the first ``quotes`` of the sorted candidates (the keys are distinct: the text is one)
        candidates = heapq.nsmallest(
            max(quotes, 0),
            texts_of[theme.id],
            key=lambda s: (s in quoted, len(themes_of[s]), len(s) > MAX_QUOTE_CHARS, len(s), s),
        )
        chosen = tuple(_cut(s) for s in candidates)
        quoted.update(candidates)
        results.append(ThemeResult(theme.id, dict(theme.label), count, share(count), chosen))

    by = None
    if grouping is not None:
        from forum_eval.analyse.breakdown import count_row

        codes = grouping.codes
        by = ThemesByGroup(
            grouping=grouping,
            min_cell=min_cell,
            sizes=count_row(
                "respondents", {}, np.ones(n, dtype=bool), codes, len(grouping.groups), min_cell
            ),
            commenters=count_row(
                "commenters", {}, commented, codes, len(grouping.groups), min_cell
            ),
            rows=(
                *(
                    count_row(r.id, r.label, members[r.id], codes, len(grouping.groups), min_cell)
                    for r in results
                ),
                count_row("other", {}, other_mask, codes, len(grouping.groups), min_cell),
            ),
        )
    warnings = list(responses.warnings)
    if skipped:
        warnings.append(
            f"{skipped} free-text column(s) that identify respondents were left out of the comments."
        )
    return CommentsResult(
        name=name,
        file=file,
        edition=edition,
        respondents=n,
        commenters=commenters,
        n_comments=n_comments,
        columns=tuple(
            ColumnResult(c.item.id, dict(c.item.label), count)
            for c, count in zip(columns, per_column, strict=True)
        ),
        themes=tuple(results),
        other=int(other_mask.sum()),
        other_share=share(int(other_mask.sum())),
        uncoded=tuple(sorted(uncoded, key=lambda s: (fold(s), s))),
        n_redacted=n_redacted,
        codebook=codebook.source.name if codebook.source else "",
        quotes_per_theme=quotes,
        by=by,
        warnings=tuple(warnings),
    )


def _distinct_texts(column: CommentResponses) -> tuple[tuple[str, ...], np.ndarray]:
    """The distinct texts of a comment column, in order of first appearance, and per
    respondent the position of its text among them."""
    import numpy as np

    if column.distinct is not None and column.codes is not None:
        return column.distinct, column.codes
    index: dict[str, int] = {}
    codes = np.fromiter(
        (index.setdefault(text, len(index)) for text in column.texts),
        dtype=np.intp,
        count=len(column.texts),
    )
    return tuple(index), codes


def comments_source(
    source_arg: str,
    options: Options,
    *,
    codebook: Path | None = None,
    quotes: int = 2,
    by: str | None = None,
    min_cell: int = DEFAULT_MIN_CELL,
) -> CommentsResult:
    """``forum-eval comments SOURCE``: read the file, code its comments, pick safe quotes."""
    from forum_eval.analyse.breakdown import resolve_grouping
    from forum_eval.config.registry import resolve
    from forum_eval.read.survey import load_table_and_responses

    source = resolve(source_arg, options.surveys_dir)
    book = load_codebook(codebook or default_codebook_path(options.surveys_dir))
    table, responses = load_table_and_responses(source, options)
    grouping = resolve_grouping(by, responses, table, min_cell) if by is not None else None
    return analyse_comments(
        responses,
        book,
        name=source.name,
        file=source.path.name,
        edition=source.edition,
        table=table,
        quotes=quotes,
        grouping=grouping,
        min_cell=min_cell,
    )
