"""A column read once per distinct value (forum_eval/read/columns.py), against the plain
computation on every cell: codes and counts as factorize gives them (category columns from
the big-file reader included), blank rows found column by column on the rows still blank,
time stamps recognised on distinct values, and every count of an item from one
``bincount``."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval.config.questionnaire import Item
from forum_eval.read.columns import Column, unanswered
from forum_eval.read.duplicates import is_time_stamp
from forum_eval.read.responses import ItemResponses

VALUES = ["Agree", "", " ", "Neutral", "Header", "Yes", "N/A", "Disagree "]


def factorised(values: pd.Series) -> tuple[list[int], list[str], list[int]]:
    """What a column is by the plain route: pandas.factorize on its strings (no categories)
    and a count per distinct value."""
    strings = values.astype(object).where(values.notna(), None)
    codes, uniques = pd.factorize(strings, use_na_sentinel=True)
    counts = [int((codes == i).sum()) for i in range(len(uniques))]
    return codes.tolist(), [str(u) for u in uniques], counts


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(st.sampled_from([*VALUES, None]), min_size=1, max_size=60),
    order=st.permutations(VALUES),
    start=st.integers(0, 5),
    as_met=st.booleans(),
)
def test_category_codes_are_what_factorize_gives(
    cells: list[str | None], order: list[str], start: int, as_met: bool
) -> None:
    # categories in any order, or in the order the cells meet them (as pyarrow makes them:
    # codes taken as they are), some never used, some only in rows cut off (a header row)
    if as_met:
        met = [c for c in cells[start:] if c is not None]
        order = list(dict.fromkeys([*met, *order]))
    column = pd.Series(pd.Categorical(cells, categories=order)).iloc[start:]
    column = column.reset_index(drop=True)
    if column.empty:
        return
    found = Column(column)
    codes, uniques, counts = factorised(column)
    assert found.codes.tolist() == codes
    assert found.uniques == uniques
    assert found.counts().tolist() == counts


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["", " ", "x", "Agree", None]), min_size=4, max_size=4),
        min_size=1,
        max_size=40,
    )
)
def test_unanswered_rows_are_the_rows_blank_in_every_column(rows: list[list[str | None]]) -> None:
    frame = pd.DataFrame(rows)
    columns = [Column(frame[c].astype(object)) for c in frame.columns]
    expected = [all(v is None or not v.strip() for v in row) for row in rows]
    assert unanswered(len(rows), columns).tolist() == expected
    assert unanswered(len(rows), []).tolist() == [True] * len(rows)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["", " ", "2019/11/27 4:00:01 PM", "x", "10:00:00", "1:2:3", None]),
        min_size=1,
        max_size=40,
    )
)
def test_time_stamps_are_recognised_as_on_every_cell(cells: list[str | None]) -> None:
    # the rule on every cell: at least 90 % of the non-blank cells hold a time to the second
    filled = [c for c in cells if c is not None and c.strip()]
    seconds = re.compile(r"\d{1,2}:\d{2}:\d{2}")
    expected = bool(filled) and sum(bool(seconds.search(c)) for c in filled) >= 0.9 * len(filled)
    for column in (pd.Series(cells, dtype=object), pd.Series(pd.Categorical(cells))):
        assert is_time_stamp(Column(column)) is expected


def test_item_counts_from_one_bincount_match_counting_each_code() -> None:
    from forum_eval.analyse.summary import summarize_item
    from forum_eval.config.scales import AGREEMENT5 as AGREEMENT

    rng = np.random.default_rng(5)
    codes = rng.choice([-3, -2, -1, 0, 1, 2, 3, 4], size=5_000).astype(np.int8)
    data = ItemResponses(
        Item(id="q", kind="agreement", label={"en": "q", "fr": "q"}, scale=AGREEMENT),
        AGREEMENT,
        "q",
        codes,
        False,
    )
    summary = summarize_item(data, confidence=0.95, attendees=None, respondents=5_000)
    assert summary.counts == tuple(int((codes == k).sum()) for k in range(5))
    assert summary.n_valid == int((codes >= 0).sum())
    assert summary.n_blank == int((codes == -1).sum())
    assert summary.n_not_applicable == int((codes == -2).sum())
    assert summary.n_invalid == int((codes == -3).sum())
    assert summary.n_positive == int(((codes == 3) | (codes == 4)).sum())
