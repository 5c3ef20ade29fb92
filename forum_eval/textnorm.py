"""Folding of labels and headers so that matching ignores case, accents and typography; the
name a file gives a survey when nothing better is known (:func:`clean_file_title`); and a
result's label in a language (:class:`Labelled`).

Matching in forum-eval is always whole-string equality after folding, never substring.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from pathlib import PurePath
from urllib.parse import unquote_plus

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_APOSTROPHE_CHARS = tuple(chr(cp) for cp in _APOSTROPHES)
#: what ``fold`` turns into one space: runs of non-word characters and underscores
_NON_WORD = re.compile(r"[\W_]+")
#: the same for ASCII text, as a byte table: every byte that is not a letter or digit → space
_ASCII_NON_WORD = bytes(b if chr(b).isascii() and chr(b).isalnum() else 0x20 for b in range(256))
#: the same for UTF-8 text whose non-ASCII characters are all letters or digits: the bytes
#: of those (0x80 and up) are kept
_UTF8_NON_WORD = bytes(b if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))
#: a non-ASCII character that is not a word character (non-ASCII space, punctuation …)
_NON_ASCII_NON_WORD = re.compile(r"[^\w\x00-\x7f]")

#: Combining characters (``unicodedata.combining(ch) != 0``) are looked up once per
#: code point. Below U+0370 they are all known at import (a few hundred look-ups) and
#: removed by one regular expression; any character from U+0370 on is checked one by one.
_KNOWN_UP_TO = 0x370
_KNOWN_MARKS = [cp for cp in range(_KNOWN_UP_TO) if unicodedata.combining(chr(cp))]
_KNOWN_MARK_RE = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in _KNOWN_MARKS) + "]" if _KNOWN_MARKS else "(?!)"
)
#: a character that is neither ASCII nor a known combining character
_NOT_ASCII_OR_MARK = re.compile(
    "[^\\x00-\\x7f" + "".join(re.escape(chr(cp)) for cp in _KNOWN_MARKS) + "]"
)
_BEYOND_KNOWN = re.compile(f"[^\\x00-{re.escape(chr(_KNOWN_UP_TO - 1))}]")


def _keep_or_drop(match: re.Match[str]) -> str:
    ch = match.group()
    return "" if unicodedata.combining(ch) else ch


def _drop_marks(text: str) -> str:
    """``text`` without its combining characters (those of nonzero combining class)."""
    if text.isascii():
        return text
    text = _KNOWN_MARK_RE.sub("", text)
    if _BEYOND_KNOWN.search(text) is None:
        return text
    return _BEYOND_KNOWN.sub(_keep_or_drop, text)


def strip_accents(text: str) -> str:
    return _drop_marks(unicodedata.normalize("NFKD", text))


def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and punctuation-insensitive key for a label or header.

    Punctuation becomes a space and runs of spaces collapse, so ``"N/A"`` and ``"n a"``
    fold alike, ``"Don’t know"`` and ``"Don't know"`` too. ``"Strongly agree"`` and
    ``"Strongly agreee"`` do not.
    """
    return " ".join(fold_words(text))


def fold_words(text: str) -> list[str]:
    """``fold(text).split()``: the folded words of a text."""
    # ASCII text needs neither the apostrophe table (its apostrophes are all punctuation)
    # nor decomposition, and casefold is then lower-casing.
    if not text.isascii():
        text = unicodedata.normalize("NFKD", _straight_apostrophes(text))
        if _NOT_ASCII_OR_MARK.search(text) is None:
            # only ASCII once the combining characters are dropped (most accented text)
            ascii_text = text.encode("ascii", "ignore").lower()
            return ascii_text.translate(_ASCII_NON_WORD).decode("ascii").split()
        text = _drop_marks(text)
    text = text.casefold()
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split()
    if _NON_ASCII_NON_WORD.search(text) is None:
        return text.encode("utf-8").translate(_UTF8_NON_WORD).decode("utf-8").split()
    return _NON_WORD.sub(" ", text).split()


def _straight_apostrophes(text: str) -> str:
    """``text.translate(_APOSTROPHES)``, faster: most texts have none of them."""
    for apostrophe in _APOSTROPHE_CHARS:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text


def slug(text: str) -> str:
    """A stable ASCII identifier made from a label (``"Tout à fait d'accord"`` → ``tout_a_fait_d_accord``)."""
    return fold(text).replace(" ", "_") or "item"


def clean_file_title(file: str) -> str:
    """A title from a file name when nothing better is known: the stem with ``+`` and ``%20``
    decoded, ``_`` as spaces and a trailing export time (``_16.36``) dropped —
    "Mid+TN+STEM+Hub+Workshop+Evaluation_June+26,+2020_16.36.csv" gives
    "Mid TN STEM Hub Workshop Evaluation June 26, 2020"."""
    stem = unquote_plus(PurePath(file).stem).replace("_", " ")
    stem = re.sub(r"\s+\d{1,2}[.:h]\d{2}([.:]\d{2})?$", "", stem.strip())
    return re.sub(r"\s+", " ", stem).strip(" -") or file


class Labelled:
    """For results whose ``label`` (``statement`` …) fields map a language to a text."""

    def text(self, what: str, lang: str) -> str | None:
        """The field ``what`` in ``lang``, else in its first language (None when empty)."""
        texts: Mapping[str, str] = getattr(self, what)
        return texts.get(lang) or next(iter(texts.values()), None)


#: characters of an item id kept in a chart's file name: with the kind, page, language and
#: ".alt.txt", far below the 255 bytes a file name may have
STEM_MAX = 80


def file_stem(item_id: str) -> str:
    """``item_id`` as a file name part: letters, digits, ``_.-``; an id longer than
    :data:`STEM_MAX` (the slug of a whole long question) is cut and ends with 8 characters
    of its digest, so two long ids that begin alike stay two files."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", item_id)
    if len(stem) <= STEM_MAX:
        return stem
    import hashlib

    digest = hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:8]
    return f"{stem[: STEM_MAX - 9]}-{digest}"
