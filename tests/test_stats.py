"""Interval and bound values pinned to outside references (written above each assertion)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval.analyse.stats import (
    effective_n,
    nonresponse_bounds,
    percent,
    proportion_interval,
    wilson_interval,
    z_value,
)


def test_z_value_matches_the_normal_quantile() -> None:
    # R: qnorm(0.975) = 1.959964; qnorm(0.95) = 1.644854
    assert z_value(0.95) == pytest.approx(1.959964, abs=1e-6)
    assert z_value(0.90) == pytest.approx(1.644854, abs=1e-6)


@pytest.mark.parametrize(
    ("x", "n", "confidence", "low", "high"),
    [
        # R: prop.test(28, 30, correct = FALSE)$conf.int → 0.7867654 0.9815230
        (28, 30, 0.95, 0.7867654, 0.9815230),
        # R: prop.test(14, 31, correct = FALSE)$conf.int → 0.2916174 0.6222783
        (14, 31, 0.95, 0.2916174, 0.6222783),
        # R: prop.test(21, 28, correct = FALSE)$conf.int → 0.5664433 0.8732351
        (21, 28, 0.95, 0.5664433, 0.8732351),
        # R: prop.test(21, 28, conf.level = 0.90, correct = FALSE)$conf.int → 0.5975635 0.8583802
        (21, 28, 0.90, 0.5975635, 0.8583802),
        # R: prop.test(0, 10, correct = FALSE)$conf.int → 0.0000000 0.2775328
        (0, 10, 0.95, 0.0, 0.2775328),
        # R: prop.test(10, 10, correct = FALSE)$conf.int → 0.7224672 1.0000000
        (10, 10, 0.95, 0.7224672, 1.0),
    ],
)
def test_wilson_matches_r_prop_test(
    x: int, n: int, confidence: float, low: float, high: float
) -> None:
    got = wilson_interval(x, n, confidence)
    assert got == pytest.approx((low, high), abs=5e-7)


def test_effective_n_by_hand() -> None:
    # 30 · 79 / 50 = 47.4
    assert effective_n(30, 80) == pytest.approx(47.4)


@pytest.mark.parametrize(
    ("x", "n", "population", "low", "high"),
    [
        # n_eff = 30·79/50 = 47.4, x_eff = 28/30·47.4 = 44.24;
        # statsmodels proportion_confint(44.24, 47.4, method="wilson") → 0.8252166 0.9764780
        (28, 30, 80, 0.8252166, 0.9764780),
        # n_eff = 31·79/49 = 49.97959; statsmodels proportion_confint(14/31·n_eff, n_eff,
        # method="wilson") → 0.3220685 0.5880646
        (14, 31, 80, 0.3220685, 0.5880646),
        # n_eff = 28·79/52 = 42.53846; → 0.6029661 0.8556209
        (21, 28, 80, 0.6029661, 0.8556209),
    ],
)
def test_finite_population_correction_matches_statsmodels(
    x: int, n: int, population: int, low: float, high: float
) -> None:
    assert proportion_interval(x, n, 0.95, population) == pytest.approx((low, high), abs=5e-7)


def test_census_interval_is_the_point() -> None:
    assert proportion_interval(7, 10, 0.95, population=10) == (0.7, 0.7)


def test_more_answers_than_population_falls_back_to_plain_wilson() -> None:
    assert proportion_interval(28, 30, 0.95, population=20) == wilson_interval(28, 30, 0.95)


def test_no_answer_has_no_interval() -> None:
    assert proportion_interval(0, 0) is None


def test_nonresponse_bounds_by_hand() -> None:
    # 2019 "felt included": 28 positive of 30 valid, 1 blank, 31 respondents of 80.
    # unknown = (80 − 31) + 1 = 50; low = 28 / 80 = 0.35; high = 78 / 80 = 0.975
    assert nonresponse_bounds(28, 30, 50) == (Fraction(28, 80), Fraction(78, 80))
    assert nonresponse_bounds(0, 0, 0) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(28, 30), "93"),  # 93.33
        (Fraction(30, 31), "97"),  # 96.77
        (Fraction(31, 80), "39"),  # 38.75, half up
        (Fraction(14, 31), "45"),  # 45.16
        (Fraction(21, 28), "75"),
        (Fraction(1, 8), "13"),  # 12.5, half up (not banker's 12)
        (0.3875, "39"),  # the float 0.3875·100 is 38.749999…; rounds as the exact value
        (0.125, "13"),
        (0.0, "0"),
        (1.0, "100"),
    ],
)
def test_percent_rounds_half_up(value: float | Fraction, expected: str) -> None:
    assert str(percent(value)) == expected


def test_percent_with_decimals() -> None:
    assert str(percent(Fraction(31, 80), 1)) == "38.8"
    assert str(percent(Fraction(31, 80), 2)) == "38.75"


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=2000),
    data=st.data(),
    confidence=st.sampled_from([0.8, 0.9, 0.95, 0.99]),
)
def test_interval_properties(n: int, data: st.DataObject, confidence: float) -> None:
    x = data.draw(st.integers(min_value=0, max_value=n))
    share = x / n
    low, high = wilson_interval(x, n, confidence)
    assert 0.0 <= low <= share <= high <= 1.0
    population = data.draw(st.integers(min_value=n, max_value=n + 5000))
    fpc = proportion_interval(x, n, confidence, population)
    assert fpc is not None
    flow, fhigh = fpc
    assert 0.0 <= flow <= share <= fhigh <= 1.0
    # the finite-population correction only narrows the interval
    assert flow >= low - 1e-12 and fhigh <= high + 1e-12


@settings(max_examples=200, deadline=None)
@given(
    n_valid=st.integers(min_value=1, max_value=500),
    unknown=st.integers(min_value=0, max_value=500),
    data=st.data(),
)
def test_bounds_contain_the_share(n_valid: int, unknown: int, data: st.DataObject) -> None:
    positives = data.draw(st.integers(min_value=0, max_value=n_valid))
    bounds = nonresponse_bounds(positives, n_valid, unknown)
    assert bounds is not None
    low, high = bounds
    assert 0 <= low <= Fraction(positives, n_valid) <= high <= 1
