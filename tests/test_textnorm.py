"""``textnorm.fold`` / ``fold_words`` / ``strip_accents`` give exactly what the original
per-character implementation gave, on every code point and on random texts."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from forum_eval import textnorm
from forum_eval.textnorm import fold, fold_words, slug, strip_accents

# ------------------------------------------------------ the original implementation

_OLD_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"}
)
_OLD_NON_WORD = re.compile(r"[^\w]+")
_OLD_SPACES = re.compile(r"\s+")


def old_strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def old_fold(text: str) -> str:
    text = old_strip_accents(text.translate(_OLD_APOSTROPHES)).casefold()
    text = text.replace("_", " ")
    text = _OLD_NON_WORD.sub(" ", text)
    return _OLD_SPACES.sub(" ", text).strip()


def same(text: str) -> None:
    expected = old_fold(text)
    assert fold(text) == expected, ascii(text)
    assert fold_words(text) == expected.split(), ascii(text)
    assert strip_accents(text) == old_strip_accents(text), ascii(text)


# ------------------------------------------------------------------- every code point

ALL = [chr(cp) for cp in range(sys.maxunicode + 1)]
#: code points that NFKD changes (accented letters, ligatures, compatibility forms …)
DECOMPOSABLE = [ch for ch in ALL if unicodedata.normalize("NFKD", ch) != ch]


#: planes with assigned characters (BMP, SMP, ideographs, tags and variation selectors)
ASSIGNED_PLANES = (0, 1, 2, 3, 14)


@pytest.mark.parametrize("plane_number", range(17))
def test_every_code_point_in_runs(plane_number: int) -> None:
    """Each plane in runs of 64 code points, alone, between letters, after an accented
    letter (the decomposed path) and between decomposed accents; in the unassigned and
    private-use planes one run in 64."""
    plane = ALL[plane_number * 0x10000 : (plane_number + 1) * 0x10000]
    step = 64 if plane_number in ASSIGNED_PLANES else 64 * 64
    for offset in range(0, len(plane), step):
        run = plane[offset : offset + 64]
        for text in ("".join(run), "a".join(run), "É".join(run), "e\u0301 ".join(run)):
            same(text)


def test_every_decomposable_code_point_alone_and_in_context() -> None:
    assert len(DECOMPOSABLE) > 5000  # accented letters, ligatures, compatibility forms …
    for ch in DECOMPOSABLE:
        for text in (ch, f"x{ch}y", f"É{ch}", f"{ch}\u0301_{ch.upper()}"):
            same(text)


def test_known_marks_are_exactly_the_combining_characters_below_the_bound() -> None:
    marks = [cp for cp in range(textnorm._KNOWN_UP_TO) if unicodedata.combining(chr(cp))]
    assert marks == textnorm._KNOWN_MARKS
    assert 0x301 in marks  # combining acute accent
    assert 0x34F not in marks  # combining grapheme joiner: combining class 0, kept


def test_ascii_table_agrees_with_the_word_class() -> None:
    for byte in range(128):
        is_word = re.fullmatch(r"[^\W_]", chr(byte)) is not None
        assert textnorm._ASCII_NON_WORD[byte] == (byte if is_word else 0x20), byte


# --------------------------------------------------------------------- random texts

SPECIALS = (
    "’‘`´ʼ'_-/ .,;:!?«»\t\n\u00a0\u2009\u3000"  # apostrophes, punctuation, spaces
    "éÉèàçÇôœŒæÆßẞİıŉǰſﬁﬅ²①℀KÅΐᾳ"  # accents, ligatures, case oddities, compatibility
    "\u0301\u0300\u0327\u034f\u0345\u0323\u20d7\u302a\U0001d165\u093f\u0e38"  # marks
    "Ωωσς한글漢字\u200d\ufe0f\U0001f600"  # other scripts, joiners, emoji
)
texts = st.text(
    alphabet=st.one_of(st.sampled_from(SPECIALS), st.characters(codec="utf-8")), max_size=40
)
french = st.lists(
    st.sampled_from(
        [
            "Tout à fait d’accord",
            "Ne s'applique pas",
            "ÉLÈVES",
            "cœur",
            "N/A",
            "Straße",
            "L’accès en FRANÇAIS",
            "santé_mentale",
            "e\u0301te\u0301",
            "naïve",
            "2019",
            "",
            " ",
        ]
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(texts)
@example("Ne s\u02bcapplique pas")
@example("\u0149")
@example("a\u00b4b")
def test_random_texts(text: str) -> None:
    same(text)


@settings(max_examples=500, deadline=None)
@given(french, texts)
def test_random_labels(label: str, noise: str) -> None:
    same(label)
    same(label + noise)
    assert slug(label) == (old_fold(label).replace(" ", "_") or "item")


def test_examples_of_the_docstrings() -> None:
    assert fold("N/A") == fold("n a") == "n a"
    assert fold("Don’t know") == fold("Don't know") == "don t know"
    assert fold("Strongly agree") != fold("Strongly agreee")
    assert slug("Tout à fait d'accord") == "tout_a_fait_d_accord"
    assert fold_words("L’accès en FRANÇAIS") == ["l", "acces", "en", "francais"]
    assert fold("  Santé__mentale ! ") == "sante mentale"
    assert fold("") == "" and fold_words("") == []
