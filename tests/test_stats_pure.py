"""The comparison statistics are pure Python (no scipy import: issue 7); check them against scipy.

scipy is only a reference here: `forum_eval.analyse.stats` never imports it, so `compare` does not pay
the ~1.4 s import of `scipy.stats`. The R values are pinned in tests/test_stats_compare.py.
"""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import false_discovery_control, fisher_exact, mannwhitneyu

from forum_eval.analyse.stats import bh_qvalues, fisher_exact_p, mann_whitney_p
from tests.conftest import ROOT

samples = st.tuples(st.integers(1, 120), st.integers(0, 120)).map(lambda t: (min(t), max(t)))


@settings(max_examples=150, deadline=None)
@given(samples, samples)
def test_fisher_matches_scipy(a: tuple[int, int], b: tuple[int, int]) -> None:
    (x1, n1), (x2, n2) = a, b
    if n1 == 0 or n2 == 0:
        return
    expected = fisher_exact([[x1, n1 - x1], [x2, n2 - x2]]).pvalue
    assert fisher_exact_p(x1, n1, x2, n2) == pytest.approx(min(1.0, expected), rel=1e-9, abs=1e-300)


@pytest.mark.parametrize(
    ("x1", "n1", "x2", "n2"),
    [(900_000, 1_000_000, 899_000, 1_000_000), (50, 1000, 90, 1000), (0, 5000, 5000, 5000)],
)
def test_fisher_large_tables_match_scipy(x1: int, n1: int, x2: int, n2: int) -> None:
    expected = fisher_exact([[x1, n1 - x1], [x2, n2 - x2]]).pvalue
    assert fisher_exact_p(x1, n1, x2, n2) == pytest.approx(expected, rel=1e-6, abs=1e-300)


def test_fisher_by_hand() -> None:
    # 2×2 table [[1, 2], [3, 0]]: margins 3, 3, 4, 2. P(X = x) = C(4,x)C(2,3−x)/C(6,3)
    # for x = 1, 2, 3: 4/20, 12/20, 4/20. Observed x = 1 (4/20): two-sided p = 8/20 = 0.4.
    assert fisher_exact_p(1, 3, 3, 3) == pytest.approx(0.4, rel=1e-12)


counts = st.lists(st.integers(0, 40), min_size=5, max_size=5)


@settings(max_examples=150, deadline=None)
@given(counts, counts)
def test_mann_whitney_matches_scipy(a: list[int], b: list[int]) -> None:
    if sum(a) == 0 or sum(b) == 0:
        return
    occupied = sum(1 for x, y in zip(a, b, strict=True) if x or y)
    ours = mann_whitney_p(tuple(a), tuple(b))
    if occupied <= 1:
        assert ours == 1.0
        return
    x = [i for i, c in enumerate(a) for _ in range(c)]
    y = [i for i, c in enumerate(b) for _ in range(c)]
    expected = mannwhitneyu(x, y, use_continuity=False, method="asymptotic").pvalue
    assert ours == pytest.approx(min(1.0, expected), rel=1e-9, abs=1e-15)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=30))
def test_bh_matches_scipy(pvalues: list[float]) -> None:
    expected = false_discovery_control(pvalues, method="bh")
    for ours, theirs in zip(bh_qvalues(pvalues), expected, strict=True):
        assert math.isclose(ours, float(theirs), rel_tol=1e-12, abs_tol=1e-300)


def test_stats_does_not_import_scipy() -> None:
    code = (
        "import sys\n"
        "from forum_eval.analyse.stats import bh_qvalues, fisher_exact_p, mann_whitney_p\n"
        "fisher_exact_p(3, 10, 7, 10); mann_whitney_p((1, 2, 3), (3, 2, 1)); bh_qvalues([0.1, 0.2])\n"
        "print(sorted(m for m in ('scipy', 'numpy', 'pandas') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
