"""Two-edition statistics pinned to outside references (written above each assertion)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval.analyse.stats import bh_qvalues, fisher_exact_p, mann_whitney_p, newcombe_interval


@pytest.mark.parametrize(
    ("x1", "n1", "x2", "n2", "confidence", "low", "high"),
    [
        # 2019 vs 2018 accessibility: statsmodels
        # confint_proportions_2indep(21, 28, 8, 27, method="newcomb") → 0.1905891 0.6385450
        (21, 28, 8, 27, 0.95, 0.1905891, 0.6385450),
        # 2019 vs 2018 included: confint_proportions_2indep(28, 30, 25, 29, method="newcomb")
        # → -0.0971517 0.2457113
        (28, 30, 25, 29, 0.95, -0.0971517, 0.2457113),
        # same, alpha=0.1 → -0.0666215 0.2145608
        (28, 30, 25, 29, 0.90, -0.0666215, 0.2145608),
        # both ends of the scale: → 0.6075094 1.0
        (10, 10, 0, 10, 0.95, 0.6075094, 1.0),
        # no success on either side: → -0.2991450 0.2424940
        (0, 12, 0, 9, 0.95, -0.2991450, 0.2424940),
        # equal halves, symmetric: → -0.3725136 0.3725136
        (5, 10, 5, 10, 0.95, -0.3725136, 0.3725136),
    ],
)
def test_newcombe_matches_statsmodels(
    x1: int, n1: int, x2: int, n2: int, confidence: float, low: float, high: float
) -> None:
    assert newcombe_interval(x1, n1, x2, n2, confidence) == pytest.approx((low, high), abs=5e-7)


def test_newcombe_by_hand_from_the_wilson_intervals() -> None:
    # R: prop.test(21, 28, correct = FALSE)$conf.int → 0.5664433 0.8732351
    #    prop.test(8, 27, correct = FALSE)$conf.int  → 0.1585304 0.4848068
    # d = 21/28 − 8/27 = 0.4537037
    # low  = d − √((0.75 − 0.5664433)² + (0.4848068 − 0.2962963)²) = d − 0.2631146 = 0.1905891
    # high = d + √((0.8732351 − 0.75)² + (0.2962963 − 0.1585304)²) = d + 0.1848413 = 0.6385450
    low, high = newcombe_interval(21, 28, 8, 27)
    assert low == pytest.approx(0.1905891, abs=5e-7)
    assert high == pytest.approx(0.6385450, abs=5e-7)


@pytest.mark.parametrize(
    ("x1", "n1", "x2", "n2", "p"),
    [
        # R: fisher.test(matrix(c(21, 7, 8, 19), 2, byrow = TRUE))$p.value → 0.001128053
        # (also by hand: the sum of the hypergeometric probabilities not above the observed one)
        (21, 28, 8, 27, 0.0011280527654736),
        # R: fisher.test(matrix(c(25, 4, 28, 2), 2, byrow = TRUE))$p.value → 0.4238099
        (25, 29, 28, 30, 0.4238099099829698),
        # R: fisher.test(matrix(c(3, 7, 9, 1), 2, byrow = TRUE))$p.value → 0.01976661
        (3, 10, 9, 10, 0.0197666110978804),
        # R: fisher.test(matrix(c(31, 0, 27, 2), 2, byrow = TRUE))$p.value → 0.2293785
        (31, 31, 27, 29, 0.2293785310734463),
    ],
)
def test_fisher_matches_r(x1: int, n1: int, x2: int, n2: int, p: float) -> None:
    assert fisher_exact_p(x1, n1, x2, n2) == pytest.approx(p, rel=1e-9)


def test_fisher_by_hand() -> None:
    # 2×2 table [[1, 2], [3, 0]]: margins 3, 3, 4, 2. P(X = x) = C(4,x)C(2,3−x)/C(6,3)
    # for x = 1, 2, 3: 4/20, 12/20, 4/20. Observed x = 1 (4/20): two-sided p = 8/20 = 0.4.
    assert fisher_exact_p(1, 3, 3, 3) == pytest.approx(0.4, rel=1e-12)


def test_fisher_with_a_single_possible_table_is_one() -> None:
    # every answer positive (or none) on both sides: with a column total of 0 the margins
    # allow one table only, whose probability is 1, so the two-sided p is 1 by hand.
    assert fisher_exact_p(3, 3, 2, 2) == 1.0
    assert fisher_exact_p(0, 3, 0, 2) == 1.0


def test_mann_whitney_by_hand_with_ties() -> None:
    # A = codes 0,1,1,2 (n1 = 4), B = 1,2,2,2,2 (n2 = 5). Pooled ranks: 0 → 1; the three 1s → 3;
    # the five 2s → 7. R1 = 1 + 3 + 3 + 7 = 14, U = 14 − 4·5/2 = 4, E[U] = 10.
    # Var with ties = n1·n2/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))) = 20/12 · (10 − 144/72) = 40/3.
    # z = −6/√(40/3) = −1.6431677, p = 2Φ(−1.6431677) = 0.1003482.
    # R: wilcox.test(c(0,1,1,2), c(1,2,2,2,2), exact = FALSE, correct = FALSE)$p.value → 0.1003482
    assert mann_whitney_p((1, 2, 1), (0, 1, 4)) == pytest.approx(0.10034824646229, rel=1e-9)
    # symmetric in the two samples
    assert mann_whitney_p((0, 1, 4), (1, 2, 1)) == pytest.approx(0.10034824646229, rel=1e-9)


def test_mann_whitney_all_in_one_category_is_one() -> None:
    assert mann_whitney_p((0, 0, 0, 0, 31), (0, 0, 0, 0, 29)) == 1.0


def test_mann_whitney_rejects_empty_or_mismatched() -> None:
    with pytest.raises(ValueError):
        mann_whitney_p((0, 0), (1, 2))
    with pytest.raises(ValueError):
        mann_whitney_p((1, 2, 3), (1, 2))


def test_bh_matches_r_p_adjust() -> None:
    # R: p.adjust(c(0.001128, 0.4238, 0.02, 0.6, 0.6), method = "BH")
    # → 0.00564 0.60000 0.05000 0.60000 0.60000
    # by hand: sorted 0.001128·5/1 = 0.00564; 0.02·5/2 = 0.05; 0.4238·5/3 = 0.706 → min with
    # the next ones (0.6·5/4 = 0.75, 0.6·5/5 = 0.6) = 0.6.
    got = bh_qvalues([0.001128, 0.4238, 0.02, 0.6, 0.6])
    assert got == pytest.approx([0.00564, 0.6, 0.05, 0.6, 0.6], abs=1e-12)
    assert bh_qvalues([]) == []


def test_errors_on_empty_samples() -> None:
    with pytest.raises(ValueError):
        newcombe_interval(0, 0, 1, 2)
    with pytest.raises(ValueError):
        fisher_exact_p(1, 2, 0, 0)
    with pytest.raises(ValueError):
        bh_qvalues([0.5, 1.2])


samples = st.integers(min_value=1, max_value=60).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)
ordinal = st.lists(st.integers(min_value=0, max_value=8), min_size=5, max_size=5).filter(
    lambda c: sum(c) > 0
)


@settings(max_examples=60, deadline=None)
@given(a=samples, b=samples)
def test_newcombe_properties(a: tuple[int, int], b: tuple[int, int]) -> None:
    (x1, n1), (x2, n2) = a, b
    low, high = newcombe_interval(x1, n1, x2, n2)
    d = x1 / n1 - x2 / n2
    assert -1.0 <= low <= d <= high <= 1.0
    # swapping the samples negates the interval
    swapped = newcombe_interval(x2, n2, x1, n1)
    assert swapped == pytest.approx((-high, -low), abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(a=samples, b=samples)
def test_fisher_properties(a: tuple[int, int], b: tuple[int, int]) -> None:
    (x1, n1), (x2, n2) = a, b
    p = fisher_exact_p(x1, n1, x2, n2)
    assert 0.0 <= p <= 1.0
    assert fisher_exact_p(x2, n2, x1, n1) == pytest.approx(p, rel=1e-9)
    assert fisher_exact_p(x1, n1, x1, n1) == pytest.approx(1.0)


@settings(max_examples=40, deadline=None)
@given(a=ordinal, b=ordinal)
def test_mann_whitney_properties(a: list[int], b: list[int]) -> None:
    p = mann_whitney_p(tuple(a), tuple(b))
    assert 0.0 <= p <= 1.0
    assert mann_whitney_p(tuple(b), tuple(a)) == pytest.approx(p, rel=1e-9)
    assert mann_whitney_p(tuple(a), tuple(a)) == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=1, max_size=15))
def test_bh_q_not_below_p(pvalues: list[float]) -> None:
    q = bh_qvalues(pvalues)
    assert len(q) == len(pvalues)
    assert all(p <= qi <= 1.0 for p, qi in zip(pvalues, q, strict=True))
    # monotone: a smaller p never gets a larger q
    pairs = sorted(zip(pvalues, q, strict=True))
    assert all(q1 <= q2 for (_, q1), (_, q2) in itertools.pairwise(pairs))
