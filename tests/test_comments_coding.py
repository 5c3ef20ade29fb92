"""Comments coded once per distinct text (issue 7), then spread to the respondents by their
codes: the same themes, counts, quotes and redactions as coding respondent by respondent."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from forum_eval.analyse.comments import MAX_QUOTE_CHARS, _cut, analyse_comments
from forum_eval.analyse.privacy import Redactor, identifying_values
from forum_eval.config.codebook import Codebook, Keyword, Theme, Token, load_codebook, words
from forum_eval.config.questionnaire import Item
from forum_eval.read import RawTable
from forum_eval.read.coding import comment_responses
from forum_eval.read.columns import Column
from forum_eval.read.responses import CommentResponses, Responses
from forum_eval.read.survey import Options, read_survey
from tests.conftest import ROOT, SURVEYS

sys.path.insert(0, str(ROOT / "benchmarks"))

import generate

CODEBOOK = load_codebook(SURVEYS / "codebook.toml")


def without_codes(responses: Responses) -> Responses:
    """The same comments given as texts only (as callers that build them by hand do)."""
    return replace(
        responses,
        comments=[CommentResponses(c.item, c.header, c.texts) for c in responses.comments],
    )


def one_by_one(responses: Responses, redactor: Redactor) -> dict[str, object]:
    """The counts of analyse_comments, computed respondent by respondent."""
    members: dict[str, set[int]] = {t.id: set() for t in CODEBOOK.themes}
    commented: set[int] = set()
    coded: set[int] = set()
    uncoded: set[str] = set()
    n_comments = n_redacted = 0
    per_column = []
    seen: dict[str, tuple[tuple[str, ...], str]] = {}  # in order of first appearance
    for column in responses.comments:
        in_column = 0
        for respondent, text in enumerate(column.texts):
            if not text.strip():
                continue
            in_column += 1
            commented.add(respondent)
            if text not in seen:
                seen[text] = (CODEBOOK.match(text), redactor(text))
            themes, safe = seen[text]
            n_redacted += safe != text
            for tid in themes:
                members[tid].add(respondent)
            if themes:
                coded.add(respondent)
            else:
                uncoded.add(_cut(safe))
        n_comments += in_column
        per_column.append(in_column)
    # quotes: the later of two texts that redact alike gives the themes (order matters)
    themes_of = {safe: themes for themes, safe in seen.values()}
    ids = [t.id for t in CODEBOOK.themes]
    quoted: set[str] = set()
    quotes = {}
    for tid in sorted(ids, key=lambda t: (-len(members[t]), ids.index(t))):
        candidates = sorted(
            {safe for themes, safe in seen.values() if tid in themes},
            key=lambda s: (s in quoted, len(themes_of[s]), len(s) > MAX_QUOTE_CHARS, len(s), s),
        )
        quotes[tid] = tuple(_cut(s) for s in candidates[:2])
        quoted.update(candidates[:2])
    return {
        "quotes": quotes,
        "themes": {tid: len(m) for tid, m in members.items()},
        "commenters": len(commented),
        "n_comments": n_comments,
        "other": len(commented - coded),
        "n_redacted": n_redacted,
        "uncoded": sorted(uncoded),
        "columns": per_column,
    }


def counts_of(result) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "quotes": {t.id: t.quotes for t in result.themes},
        "themes": {t.id: t.n_respondents for t in result.themes},
        "commenters": result.commenters,
        "n_comments": result.n_comments,
        "other": result.other,
        "n_redacted": result.n_redacted,
        "uncoded": sorted(result.uncoded),
        "columns": [c.n_comments for c in result.columns],
    }


def check(responses: Responses, redactor: Redactor, table=None) -> None:  # type: ignore[no-untyped-def]
    coded = analyse_comments(responses, CODEBOOK, name="x", file="x.csv", table=table)
    by_text = analyse_comments(
        without_codes(responses), CODEBOOK, name="x", file="x.csv", table=table
    )
    assert coded == by_text
    assert counts_of(coded) == one_by_one(responses, redactor)
    assert coded.n_comments > 0


def test_files_code_the_same_with_and_without_codes(tmp_path: Path) -> None:
    big = generate.write_csv(tmp_path / "big.csv", 6_000, seed=11)
    for source_arg in ("2019", "2018", str(big), str(ROOT / "tests/data/privacy/planted.csv")):
        survey = read_survey(source_arg, Options(surveys_dir=SURVEYS))
        table, responses = survey.table, survey.responses
        assert all(c.codes is not None for c in responses.comments)
        check(responses, Redactor(*identifying_values(table)), table)


def test_blanks_spaces_redactions_and_texts_that_redact_alike() -> None:
    item = Item(id="c0", kind="comment", label={"en": "C", "fr": "C"})
    other = Item(id="c1", kind="comment", label={"en": "D", "fr": "D"})
    first = (
        "Thanks Marie Tremblay for the French interpretation",
        "",
        "   ",
        "Thanks Paul Prevention for the French interpretation",
        "Thanks Marie Tremblay for the French interpretation",
        "More time for questions",
        "Nothing to add",
        "",
    )
    # two themes, and longer than the thank-you note: quoted before it for French-language
    # access only if the note counts the themes of its later spelling (three)
    french = "More French interpretation please, and more time for questions after panels"
    second = ("Nothing to add", "More time for questions", "", "", "", "Plus de temps", french, "x")
    responses = Responses(
        items=[],
        comments=[
            CommentResponses(item, "C", first),
            CommentResponses(other, "D", second),
        ],
        respondents=8,
        rows_read=8,
        positions=np.arange(8),
    )
    # a name column: both thank-you notes redact to the same text, with different themes
    table = RawTable(
        headers=["Your name"],
        frame=pd.DataFrame({0: ["Marie Tremblay", "Paul Prevention"]}, dtype=str),
        path=Path("x.csv"),
    )
    redactor = Redactor(*identifying_values(table))
    assert redactor(first[0]) == redactor(first[3]) != first[0]
    assert CODEBOOK.match(first[0]) != CODEBOOK.match(first[3])
    check(responses, redactor, table)


def test_normalised_comments_keep_their_texts_and_first_appearance_order() -> None:
    values = pd.Series(["Early", " b ", "", "a", "b", "Early", "c", " a", "b"], dtype=str)
    column = Column(values)
    item = Item(id="c", kind="comment", label={"en": "C", "fr": "C"})
    for keep in (np.arange(9), np.array([1, 2, 3, 4, 6, 7, 8]), np.array([8, 7])[::-1]):
        comments = comment_responses(item, "C", column, keep)
        assert comments.texts == tuple(values[keep].str.strip())
        assert comments.distinct is not None and comments.codes is not None
        assert tuple(comments.distinct[c] for c in comments.codes) == comments.texts
        # the codes number the distinct texts in order of first appearance among the kept rows
        firsts = [
            int(np.flatnonzero(comments.codes == c)[0]) for c in range(len(comments.distinct))
        ]
        assert firsts == sorted(firsts)
    # the first kept row does not hold the column's first value: "Early" is not first
    assert comment_responses(item, "C", column, np.arange(1, 9)).distinct[:2] == ("b", "")


def every_keyword(codebook: Codebook, text: str) -> tuple[str, ...]:
    """Themes found by trying every keyword of every theme on the text."""
    text_words = words(text)
    return tuple(t.id for t in codebook.themes if t.matches(text_words))


def test_keywords_found_through_their_first_words_as_by_trying_every_keyword() -> None:
    import csv
    import random

    tokens = [k.tokens for t in CODEBOOK.themes for k in t.keywords]
    forms = {tok.text for ts in tokens for tok in ts}
    variants = {f + end for f in forms for end in ("", "s", "x", "es", "ing")} | {
        f[:-1] for f in forms
    }
    filler = ["the", "and", "more", "très", "de", "a", "x", "", "L’accès", "FRANÇAIS", "œuvre"]
    vocabulary = sorted(variants) + filler
    rng = random.Random(7)
    texts = [" ".join(rng.choices(vocabulary, k=rng.randint(1, 14))) for _ in range(4_000)]
    for sample in SURVEYS.glob("*.csv"):
        with sample.open(encoding="utf-8") as handle:
            texts += [cell for row in csv.reader(handle) for cell in row if len(cell) > 15]
    # a prefix of two letters (no index of three letters) and a gap, on a codebook of its own
    odd = Codebook(
        (
            Theme("short", {"en": "s", "fr": "s"}, (Keyword("ab*", (Token("ab", True),)),)),
            Theme(
                "gap",
                {"en": "g", "fr": "g"},
                (Keyword("more .. time", (Token("more", False), Token("time", False, 3))),),
            ),
        )
    )
    texts += ["abc more a time", "more of the time AB", "more a b c d time", "Abus, more times"]
    found: dict[str, int] = {}
    for text in texts:
        assert CODEBOOK.match(text) == every_keyword(CODEBOOK, text), text
        assert odd.match(text) == every_keyword(odd, text), text
        for tid in CODEBOOK.match(text) + odd.match(text):
            found[tid] = found.get(tid, 0) + 1
    # every theme is found somewhere, and not everywhere
    assert set(found) == {t.id for t in CODEBOOK.themes} | {"short", "gap"}
    assert all(0 < n < len(texts) for n in found.values())
