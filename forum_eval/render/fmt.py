"""Number formatting for display (the only place where figures are rounded)."""

from __future__ import annotations

from fractions import Fraction

from forum_eval.render.strings import NBSP
from forum_eval.stats import percent


def number(value: float, lang: str, decimals: int = 0) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "fr" else text


def pct(value: float | Fraction | None, lang: str, decimals: int = 0, sign: bool = False) -> str:
    """0.9333 → "93%" (en) or "93 %" (fr, non-breaking space); None → "–"."""
    if value is None:
        return "–"
    rounded = percent(value, decimals)
    text = f"{rounded:+}" if sign else f"{rounded}"
    if lang == "fr":
        text = text.replace(".", ",")
    return f"{text}{NBSP}%" if lang == "fr" else f"{text}%"


def pct_number(value: float | Fraction | None, lang: str, decimals: int = 0) -> str:
    """The rounded percentage without the % sign ("93"), for table cells and intervals."""
    if value is None:
        return "–"
    text = f"{percent(value, decimals)}"
    return text.replace(".", ",") if lang == "fr" else text


def interval(low: float | Fraction | None, high: float | Fraction | None, lang: str) -> str:
    """ "78–98%" / "78–98 %"."""
    if low is None or high is None:
        return "–"
    suffix = f"{NBSP}%" if lang == "fr" else "%"
    return f"{pct_number(low, lang)}–{pct_number(high, lang)}{suffix}"


def level(confidence: float, lang: str) -> str:
    """0.95 → "95%"; 0.995 → "99.5%" / "99,5 %"."""
    rounded = round(confidence * 100, 6)
    decimals = 0 if rounded == int(rounded) else len(f"{rounded}".split(".")[1].rstrip("0"))
    return pct(Fraction(str(confidence)), lang, decimals)
