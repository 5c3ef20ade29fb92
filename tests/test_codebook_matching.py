"""``Codebook.match`` (keywords remembered per distinct word) and ``words`` give what the
plain definitions give: every theme whose keywords match the folded words of the text."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from forum_eval.config import codebook
from forum_eval.config.codebook import Codebook, default_codebook_path, load_codebook, words
from forum_eval.textnorm import fold

ROOT = Path(__file__).resolve().parents[1]
BOOK = load_codebook(default_codebook_path(ROOT / "surveys"))
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def plain_words(text: str) -> list[str]:
    return fold(text.translate(LIGATURES)).split()


def plain_match(book: Codebook, text: str) -> tuple[str, ...]:
    return tuple(t.id for t in book.themes if t.matches(plain_words(text)))


#: every word of every keyword, with plural / prefix variants, and some filler
KEYWORD_WORDS = sorted(
    {
        variant
        for theme in BOOK.themes
        for keyword in theme.keywords
        for token in keyword.tokens
        for variant in (
            token.text,
            token.text + "s",
            token.text + "es",
            token.text[:-1],
            token.text + "ment",
            token.text.upper(),
        )
    }
)
FILLER = ["le", "la", "de", "the", "for", "and", "très", "cœur", "Œuvre", "l’", "d'", ",", "."]
texts = st.lists(
    st.one_of(st.sampled_from(KEYWORD_WORDS), st.sampled_from(FILLER), st.text(max_size=6)),
    max_size=14,
).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(texts)
@example("Plus de temps pour les questions, merci")
@example("mise en œuvre des politiques publiques")
@example("Survivors' voices themselves; survivor-led panels")
def test_match_is_the_plain_definition(text: str) -> None:
    assert words(text) == plain_words(text)
    assert BOOK.match(text) == plain_match(BOOK, text)


def test_match_on_the_comments_of_the_2019_edition_and_the_generator() -> None:
    import csv

    sys_path = ROOT / "benchmarks"
    import sys

    sys.path.insert(0, str(sys_path))
    try:
        from generate import COMMENT_ENDS, COMMENT_STARTS  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(sys_path))
    samples = [
        s + e
        for lang in ("fr", "en")
        for s, e in itertools.product(COMMENT_STARTS[lang], COMMENT_ENDS[lang])
    ]
    with (ROOT / "surveys" / "2019.csv").open(encoding="utf-8") as handle:
        samples += [cell for row in csv.reader(handle) for cell in row if len(cell) > 20]
    book = load_codebook(default_codebook_path(ROOT / "surveys"))  # nothing remembered yet
    hits = 0
    for text in samples:
        expected = plain_match(book, text)
        assert book.match(text) == expected, text
        assert book.match(text) == expected, text  # from what was remembered
        hits += bool(expected)
    assert hits > 20


def test_remembered_words_are_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(codebook, "_MAX_REMEMBERED_WORDS", 2)
    book = load_codebook(default_codebook_path(ROOT / "surveys"))
    text = "more time for questions and prevention in schools"
    assert book.match(text) == plain_match(book, text)
    assert len(book._starting) == 2
    assert book.match(text) == plain_match(book, text)


OVERLAPPING = """
[[theme]]
id = "a"
label = { en = "A", fr = "A" }
keywords.en = ["time", "time .. questions", "ques*", "q&a"]

[[theme]]
id = "b"
label = { en = "B", fr = "B" }
keywords.en = ["time", "times", "questions .. time", "tim* for"]
keywords.fr = ["temps .. échanges", "question*"]

[[theme]]
id = "c"
label = { en = "C", fr = "C" }
keywords.en = ["for .. time .. questions", "classes", "q"]
"""


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "time",
                "times",
                "timing",
                "for",
                "questions",
                "question",
                "q",
                "a",
                "class",
                "temps",
                "des",
                "échanges",
                "x",
                "y",
                "quest",
            ]
        ),
        max_size=10,
    ).map(" ".join)
)
@example("time")
def test_match_with_keywords_of_several_themes_on_the_same_word(
    tmp_path_factory,
    text: str,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path_factory.getbasetemp() / "overlapping.toml"
    if not path.exists():
        path.write_text(OVERLAPPING, encoding="utf-8")
    book = load_codebook(path)
    assert book.match(text) == plain_match(book, text)
    assert book.match(text) == plain_match(book, text)
