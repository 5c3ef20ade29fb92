"""Folding of labels and headers so that matching ignores case, accents and typography.

Matching in forum-eval is always whole-string equality after folding, never substring.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and punctuation-insensitive key for a label or header.

    Punctuation becomes a space and runs of spaces collapse, so ``"N/A"`` and ``"n a"``
    fold alike, ``"Don’t know"`` and ``"Don't know"`` too. ``"Strongly agree"`` and
    ``"Strongly agreee"`` do not.
    """
    text = strip_accents(text.translate(_APOSTROPHES)).casefold()
    text = text.replace("_", " ")
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def slug(text: str) -> str:
    """A stable ASCII identifier made from a label (``"Tout à fait d'accord"`` → ``tout_a_fait_d_accord``)."""
    return fold(text).replace(" ", "_") or "item"
