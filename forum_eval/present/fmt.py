"""Number formatting for display (the only place where figures are rounded)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from forum_eval.analyse.stats import percent
from forum_eval.present.strings import NBSP, grouped


def decimal(text: str, lang: str) -> str:
    """A number as written in ``lang``: with a decimal comma in French."""
    return text.replace(".", ",") if lang == "fr" else text


def count(value: int, lang: str) -> str:
    """A count for display: "31", "12,345" / "12 345" (see ``strings.grouped``)."""
    return grouped(value, lang)


def ratio(part: int | None, whole: int, lang: str) -> str:
    """ "21/28", "88,131/98,007"; "–" without a part."""
    return "–" if part is None else f"{count(part, lang)}/{count(whole, lang)}"


def pct(value: float | Fraction | None, lang: str, decimals: int = 0, sign: bool = False) -> str:
    """0.9333 → "93%" (en) or "93 %" (fr, non-breaking space); None → "–". A share that is
    not nil but rounds to 0, or not whole but rounds to 100, is "<1%" / ">99%": "100 % of
    respondents agreed" must not be said when one of 379 did not."""
    if value is None:
        return "–"
    rounded = percent(value, decimals)
    text = decimal(f"{rounded:+}" if sign else f"{rounded}", lang)
    if not sign:
        step = Decimal(1).scaleb(-decimals)
        if rounded == 0 and value > 0:
            text = "<" + decimal(f"{step}", lang)
        elif rounded == 100 and value < 1:
            text = ">" + decimal(f"{100 - step}", lang)
    return f"{text}{NBSP}%" if lang == "fr" else f"{text}%"


def pct_number(value: float | Fraction | None, lang: str, decimals: int = 0) -> str:
    """The rounded percentage without the % sign ("93"), for table cells and intervals."""
    if value is None:
        return "–"
    return decimal(f"{percent(value, decimals)}", lang)


def interval(low: float | Fraction | None, high: float | Fraction | None, lang: str) -> str:
    """ "78–98%" / "78–98 %"; with one decimal, or two, when whole percentages would show an
    interval of some width as a single value (a large survey: "89.7–90.1%", not "90–90%")."""
    if low is None or high is None:
        return "–"
    suffix = f"{NBSP}%" if lang == "fr" else "%"
    decimals = 0
    while decimals < 2 and low != high and percent(low, decimals) == percent(high, decimals):
        decimals += 1
    return f"{pct_number(low, lang, decimals)}–{pct_number(high, lang, decimals)}{suffix}"


def level(confidence: float, lang: str) -> str:
    """0.95 → "95%"; 0.995 → "99.5%" / "99,5 %"."""
    rounded = round(confidence * 100, 6)
    decimals = 0 if rounded == int(rounded) else len(f"{rounded}".split(".")[1].rstrip("0"))
    return pct(Fraction(str(confidence)), lang, decimals)
