"""Proportions and their intervals: pure functions on numbers (no pandas, no scipy).

References used by the tests are written beside each assertion there.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from statistics import NormalDist


def z_value(confidence: float) -> float:
    """Two-sided standard normal quantile: 1.959964 for 0.95."""
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1 (got {confidence})")
    return NormalDist().inv_cdf(0.5 + confidence / 2.0)


def wilson_interval(successes: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for ``successes / n`` (``n`` may be an effective, non-integer size).

    Same as R ``prop.test(x, n, correct = FALSE)$conf.int``.
    """
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must lie between 0 and n")
    z = z_value(confidence)
    p = successes / n
    z2 = z * z
    denominator = 1.0 + z2 / n
    centre = (p + z2 / (2.0 * n)) / denominator
    half = (z / denominator) * math.sqrt(max(p * (1.0 - p) / n + z2 / (4.0 * n * n), 0.0))
    low = max(0.0, centre - half)
    high = min(1.0, centre + half)
    # Guard the floating-point ends: the interval always contains the estimate.
    return min(low, p), max(high, p)


def effective_n(n: int, population: int) -> float:
    """Sample size inflated by the finite-population correction: n·(N−1)/(N−n), for n < N."""
    if not 0 < n < population:
        raise ValueError("effective_n needs 0 < n < population")
    return n * (population - 1) / (population - n)


def proportion_interval(
    successes: int, n: int, confidence: float = 0.95, population: int | None = None
) -> tuple[float, float] | None:
    """Wilson interval, with the finite-population correction when the population is known.

    Returns None when ``n`` is 0. When ``n`` equals the population the item is a census and
    the interval is the point itself.
    """
    if n <= 0:
        return None
    if population is not None and n >= population:
        if n == population:
            share = successes / n
            return share, share
        population = None  # more answers than attendees: the correction does not apply
    if population is not None:
        n_eff = effective_n(n, population)
        return wilson_interval(successes * n_eff / n, n_eff, confidence)
    return wilson_interval(successes, n, confidence)


def nonresponse_bounds(
    positives: int, n_valid: int, unknown: int
) -> tuple[Fraction, Fraction] | None:
    """Share among everyone if all ``unknown`` people had answered against / for.

    ``unknown`` is attendees who did not respond plus respondents who left the item blank.
    """
    if unknown < 0:
        raise ValueError("unknown must not be negative")
    total = n_valid + unknown
    if total == 0:
        return None
    return Fraction(positives, total), Fraction(positives + unknown, total)


def percent(value: float | Fraction, decimals: int = 0) -> Decimal:
    """``value`` (a fraction 0–1) as a percentage rounded half up: 0.9333 → 93, 0.3875 → 39."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator * 100) / Decimal(value.denominator)
    else:
        # round away binary noise first (0.3875 * 100 is 38.749999…)
        exact = Decimal(repr(round(value * 100, 9)))
    quantum = Decimal(1).scaleb(-decimals)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP)
