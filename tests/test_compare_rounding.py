"""The change shown by every comparison output is the difference of the percentages shown.

A reader of "79% → 93%" subtracts and gets 14; the exact shares (22/28 → 27/29, made-up
counts: synthetic) differ by 14.5 points, which rounds to 15. Every output (narrative,
Markdown table, terminal table, Word/HTML blocks, dumbbell chart) shows +14, and says in its
method note that the change is taken from the rounded percentages; the interval, p and q are
computed from the exact counts, and the JSON keeps the exact difference.
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval.analyse.compare import compare, compare_pair
from forum_eval.present import compare_out
from tests.test_compare import fake_summary

NBSP = "\u00a0"
MINUS = "\u2212"

# synthetic counts (strongly disagree … strongly agree); positive = the last two levels
# 2018-like: 10 + 12 = 22 of 28; 2019-like: 12 + 15 = 27 of 29
A_COUNTS = (1, 2, 3, 10, 12)
B_COUNTS = (0, 1, 1, 12, 15)


def wilson(x: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval, from the textbook formula."""
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def newcombe(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    """Newcombe (1998) method 10 for p1 − p2, from the two Wilson intervals."""
    p1, p2 = x1 / n1, x2 / n2
    (l1, u1), (l2, u2) = wilson(x1, n1), wilson(x2, n2)
    d = p1 - p2
    return d - math.hypot(p1 - l1, u2 - p2), d + math.hypot(u1 - p1, p2 - l2)


@pytest.fixture(scope="module")
def comparison():
    return compare([fake_summary("2018", [A_COUNTS]), fake_summary("2019", [B_COUNTS])])


def test_hand_computed_case_shows_the_difference_of_the_rounded_shares(comparison) -> None:
    (item,) = comparison.pairs[0].items
    assert (item.a.n_positive, item.a.n_valid, item.b.n_positive, item.b.n_valid) == (
        22,
        28,
        27,
        29,
    )
    # by hand: 22/28 = 0.785714… → 79 %; 27/29 = 0.931034… → 93 %;
    # exact change 0.145320… = 14.5 points (rounds to 15); the shares shown differ by 14
    assert item.difference == Fraction(27, 29) - Fraction(22, 28)
    assert float(item.difference) == pytest.approx(0.1453202, abs=1e-7)
    assert compare_out.shown_change(item) == 14
    assert compare_out.change_points(item, "en") == "+14"
    assert compare_out.points(item.difference, "en") == "+15"  # what used to be shown
    # the interval stays computed from the exact counts
    assert item.diff_ci == pytest.approx(newcombe(27, 29, 22, 28), abs=1e-12)


@pytest.mark.parametrize(
    ("lang", "sentence", "row"),
    [
        ("en", "went from 79% to 93% (+14 points; ", "| 79% (22/28) | 93% (27/29) | +14 |"),
        (
            "fr",
            f"passée de 79{NBSP}% à 93{NBSP}% (+14 points{NBSP}; ",
            f"| 79{NBSP}% (22/28) | 93{NBSP}% (27/29) | +14 |",
        ),
    ],
)
def test_markdown_narrative_table_and_note(comparison, lang: str, sentence: str, row: str) -> None:
    text = compare_out.render_markdown(comparison, lang)
    assert sentence in text
    assert row in text
    assert "+15" not in text
    note = {
        "en": "taken from the rounded percentages shown so that it always matches them; its "
        "interval, p and q are computed from the exact counts",
        "fr": "calculé à partir des pourcentages arrondis affichés pour qu'il leur corresponde "
        f"toujours{NBSP}; son intervalle, p et q sont calculés à partir des effectifs exacts",
    }[lang]
    assert note in " ".join(text.split(" "))
    # the JSON keeps the exact difference, and its narrative says +14
    data = json.loads(compare_out.render_json(comparison, lang))
    assert Fraction(data["items"][0]["difference"]).limit_denominator(1000) == Fraction(
        27, 29
    ) - Fraction(22, 28)
    assert any(sentence in line for line in data["narrative"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_terminal_table_shows_the_same_change(comparison, lang: str) -> None:
    from rich.console import Console

    console = Console(file=io.StringIO(), width=160, color_system=None)
    compare_out.render_console(comparison, lang, console)
    out = console.file.getvalue()
    # the counts go under the shares: "79%  93%  +14" on the item's line
    assert re.search(r"item0\s+79\s?%\s+93\s?%\s+\+14\s", out), out
    assert "+15" not in out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_document_blocks_show_the_same_change(comparison, lang: str) -> None:
    from forum_eval.present.document import _comparison_blocks

    blocks = _comparison_blocks(comparison, lang, [])
    text = repr(blocks)
    assert "'+14'" in text and "+14 points" in text
    assert "+15" not in text


def test_dumbbell_chart_shows_the_same_change(comparison) -> None:
    import matplotlib.pyplot as plt

    from forum_eval.present.charts_compare import plot_compare

    fig = plot_compare(comparison.pairs[0], lang="en", confidence=0.95)
    try:
        changes = [a.get_text() for a in fig.findobj() if (a.get_gid() or "").endswith(":change")]
        assert changes == ["+14"]
    finally:
        plt.close(fig)


def test_response_rate_uses_the_same_rule() -> None:
    # synthetic: 22 of 28 attendees answered, then 27 of 29 (the same shares as above)
    a = replace(fake_summary("a", [A_COUNTS]), respondents=22, attendees=28)
    b = replace(fake_summary("b", [B_COUNTS]), respondents=27, attendees=29)
    rate = compare_pair(a, b).response_rate
    assert rate is not None and rate.difference == Fraction(27, 29) - Fraction(22, 28)
    for lang, expected in (("en", "to 93% (27 of 29) in b: +14 points"), ("fr", "+14 points")):
        assert expected in compare_out.rate_sentence(rate, lang)
    assert compare_out.pair_rows(compare_pair(a, b), "en")[-1][3] == "+14"


def _half_up(share: Fraction) -> int:
    """A share as a whole percent rounded half up, by integer arithmetic."""
    return math.floor(share * 100 + Fraction(1, 2))


counts = st.tuples(*[st.integers(min_value=0, max_value=40)] * 5).filter(lambda c: sum(c) > 0)


@settings(max_examples=60, deadline=None)
@given(counts, counts)
def test_the_change_is_always_the_difference_of_the_shares_shown(first, second) -> None:
    """On any counts, the table's change is the later share shown minus the earlier one."""
    pair = compare_pair(fake_summary("a", [first]), fake_summary("b", [second]))
    (item,) = pair.items
    (row,) = compare_out.pair_rows(pair, "en")
    expected = _half_up(item.b.share_positive) - _half_up(item.a.share_positive)
    assert row[3] == (f"{expected:+}".replace("-", MINUS) if expected else "0")
    shown = [re.match(r"[<>]?(\d+)%", cell) for cell in row[1:3]]
    if all(m and not m.group(0).startswith(("<", ">")) for m in shown):
        a, b = (int(m.group(1)) for m in shown if m)
        assert b - a == expected
    # the exact change and the change shown differ by less than one point
    assert abs(item.difference * 100 - expected) < 1
