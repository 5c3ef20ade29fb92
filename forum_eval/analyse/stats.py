"""Proportions, their intervals and the tests comparing two editions: functions on numbers.

Wilson (with the finite-population correction), Newcombe and the non-response bounds are
written here (scipy has none of them with a finite population); Fisher, Mann–Whitney and
Benjamini–Hochberg are scipy's, imported inside the functions so that only the commands that
compare editions pay for ``scipy.stats``. References used by the tests are written beside
each assertion there.
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
    return _wilson(successes / n, n, confidence)


def _wilson(p: float, n: float, confidence: float) -> tuple[float, float]:
    z = z_value(confidence)
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
        return _wilson(successes / n, effective_n(n, population), confidence)
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


def share(part: int | None, whole: int | None) -> Fraction | None:
    """``part / whole``, exact; None when ``part`` is unknown or ``whole`` is 0 (or unknown)."""
    return Fraction(part, whole) if part is not None and whole else None


def percent(value: float | Fraction, decimals: int = 0) -> Decimal:
    """``value`` (a fraction 0–1) as a percentage rounded half up: 0.9333 → 93, 0.3875 → 39."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator * 100) / Decimal(value.denominator)
    else:
        # round away binary noise first (0.3875 * 100 is 38.749999…)
        exact = Decimal(repr(round(value * 100, 9)))
    quantum = Decimal(1).scaleb(-decimals)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP)


# --- comparing two editions ---------------------------------------------------------------


def newcombe_interval(
    successes1: int, n1: int, successes2: int, n2: int, confidence: float = 0.95
) -> tuple[float, float]:
    """Newcombe's hybrid-score interval for ``p1 − p2``, built from the two Wilson intervals.

    Newcombe (1998), method 10: with ``(l1, u1)`` and ``(l2, u2)`` the Wilson intervals,
    ``low = d − √((p1 − l1)² + (u2 − p2)²)`` and ``high = d + √((u1 − p1)² + (p2 − l2)²)``.
    Same as statsmodels ``confint_proportions_2indep(…, method="newcomb")``.
    """
    if n1 <= 0 or n2 <= 0:
        raise ValueError("both samples need at least one answer")
    p1 = successes1 / n1
    p2 = successes2 / n2
    low1, high1 = wilson_interval(successes1, n1, confidence)
    low2, high2 = wilson_interval(successes2, n2, confidence)
    d = p1 - p2
    low = d - math.sqrt((p1 - low1) ** 2 + (high2 - p2) ** 2)
    high = d + math.sqrt((high1 - p1) ** 2 + (p2 - low2) ** 2)
    return max(-1.0, min(low, d)), min(1.0, max(high, d))


def fisher_exact_p(successes1: int, n1: int, successes2: int, n2: int) -> float:
    """Two-sided Fisher exact p-value of the 2×2 table success / failure × sample 1 / 2.

    ``scipy.stats.fisher_exact``; same as R
    ``fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE))$p.value``.
    """
    if n1 <= 0 or n2 <= 0:
        raise ValueError("both samples need at least one answer")
    if not (0 <= successes1 <= n1 and 0 <= successes2 <= n2):
        raise ValueError("successes must lie between 0 and n")
    from scipy.stats import fisher_exact

    table = [[successes1, n1 - successes1], [successes2, n2 - successes2]]
    return float(fisher_exact(table, alternative="two-sided").pvalue)


def mann_whitney_p(counts1: tuple[int, ...], counts2: tuple[int, ...]) -> float:
    """Two-sided Mann–Whitney p-value of two ordinal samples given as counts per category.

    Likert answers are heavily tied, so the exact method does not apply: the normal
    approximation with the tie correction, without continuity correction —
    ``scipy.stats.mannwhitneyu(…, method="asymptotic", use_continuity=False)``, R
    ``wilcox.test(x, y, exact = FALSE, correct = FALSE)$p.value``. When every answer of
    both samples falls in one category there is nothing to rank and the p-value is 1.
    """
    if len(counts1) != len(counts2):
        raise ValueError("both samples must use the same categories")
    if sum(counts1) <= 0 or sum(counts2) <= 0:
        raise ValueError("both samples need at least one answer")
    if any(c < 0 for c in (*counts1, *counts2)):
        raise ValueError("counts must not be negative")
    occupied = [i for i, (a, b) in enumerate(zip(counts1, counts2, strict=True)) if a or b]
    if len(occupied) <= 1:
        return 1.0  # zero variance: scipy would return nan
    import numpy as np
    from scipy.stats import mannwhitneyu

    levels = np.arange(len(counts1))
    sample1, sample2 = np.repeat(levels, counts1), np.repeat(levels, counts2)
    result = mannwhitneyu(
        sample1, sample2, alternative="two-sided", method="asymptotic", use_continuity=False
    )
    return float(result.pvalue)


def bh_qvalues(pvalues: list[float]) -> list[float]:
    """Benjamini–Hochberg adjusted p-values (q-values), in the order given.

    ``scipy.stats.false_discovery_control(p, method="bh")``; same as R
    ``p.adjust(p, method = "BH")``.
    """
    if not pvalues:
        return []
    if any(not 0.0 <= p <= 1.0 for p in pvalues):
        raise ValueError("p-values must lie between 0 and 1")
    from scipy.stats import false_discovery_control

    return [float(q) for q in false_discovery_control(pvalues, method="bh")]
