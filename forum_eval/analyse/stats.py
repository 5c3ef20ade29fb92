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


def percent(value: float | Fraction, decimals: int = 0) -> Decimal:
    """``value`` (a fraction 0–1) as a percentage rounded half up: 0.9333 → 93, 0.3875 → 39."""
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator * 100) / Decimal(value.denominator)
    else:
        # round away binary noise first (0.3875 * 100 is 38.749999…)
        exact = Decimal(repr(round(value * 100, 9)))
    quantum = Decimal(1).scaleb(-decimals)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP)


# --- comparing two editions (issue 4) ----------------------------------------------------
# Pure Python, no scipy: importing scipy.stats alone takes longer than a whole `summarize`
# (issue 7); tests/test_stats_pure.py checks these against scipy.


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

    Same as R ``fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE))$p.value``.
    """
    if n1 <= 0 or n2 <= 0:
        raise ValueError("both samples need at least one answer")
    if not (0 <= successes1 <= n1 and 0 <= successes2 <= n2):
        raise ValueError("successes must lie between 0 and n")
    return _fisher_two_sided(successes1, n1, successes1 + successes2, n1 + n2)


def _fisher_two_sided(x: int, n1: int, k: int, total: int) -> float:
    """Σ P(X = y) over the y with P(X = y) ≤ P(X = x)·(1 + 10⁻⁷), X ~ Hypergeometric.

    X counts the successes of sample 1 (size ``n1``) among ``k`` successes in ``total``.
    R's and scipy's rule (the same relative tolerance). The probabilities are walked from the
    mode with the ratio P(y + 1) / P(y), relative to the mode's, until they underflow: a few
    dozen standard deviations, so even a million answers take milliseconds (no scipy).
    """
    low, high = max(0, n1 - (total - k)), min(k, n1)
    if low == high:
        return 1.0
    mode = min(high, max(low, (n1 + 1) * (k + 1) // (total + 2)))

    def ratio_up(y: int) -> float:  # P(y + 1) / P(y)
        return (k - y) * (n1 - y) / ((y + 1) * (total - k - n1 + y + 1))

    relative = {mode: 1.0}
    value, y = 1.0, mode
    while y < high and value > 0.0:
        value *= ratio_up(y)
        y += 1
        relative[y] = value
    value, y = 1.0, mode
    while y > low and value > 0.0:
        value /= ratio_up(y - 1)
        y -= 1
        relative[y] = value
    observed = relative.get(x, 0.0) * (1 + 1e-7)
    whole = math.fsum(relative.values())
    tail = math.fsum(v for v in relative.values() if v <= observed)
    return min(1.0, tail / whole)


def mann_whitney_p(counts1: tuple[int, ...], counts2: tuple[int, ...]) -> float:
    """Two-sided Mann–Whitney p-value of two ordinal samples given as counts per category.

    Likert answers are heavily tied, so the exact method does not apply: the normal
    approximation with the tie correction, without continuity correction — R
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
        return 1.0
    # Mid-ranks per category, the rank sum of sample 1, and the tie-corrected variance of U.
    n_1, n_2 = sum(counts1), sum(counts2)
    n = n_1 + n_2
    rank_sum, below, ties = 0.0, 0, 0
    for a, b in zip(counts1, counts2, strict=True):
        t = a + b
        rank_sum += a * (below + (t + 1) / 2)
        below += t
        ties += t**3 - t
    u = rank_sum - n_1 * (n_1 + 1) / 2
    variance = n_1 * n_2 / 12 * ((n + 1) - ties / (n * (n - 1)))
    z = (u - n_1 * n_2 / 2) / math.sqrt(variance)
    return min(1.0, math.erfc(abs(z) / math.sqrt(2)))


def bh_qvalues(pvalues: list[float]) -> list[float]:
    """Benjamini–Hochberg adjusted p-values (q-values), in the order given.

    Same as R ``p.adjust(p, method = "BH")``; ``scipy.stats.false_discovery_control``.
    """
    if not pvalues:
        return []
    if any(not 0.0 <= p <= 1.0 for p in pvalues):
        raise ValueError("p-values must lie between 0 and 1")
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i], reverse=True)
    qvalues = [0.0] * m
    running = 1.0
    for rank_from_top, i in enumerate(order):
        rank = m - rank_from_top  # 1-based rank in increasing order of p
        running = min(running, pvalues[i] * (m / rank))
        qvalues[i] = running
    return qvalues
