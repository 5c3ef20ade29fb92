"""Alt text for the report's charts: what a screen reader reads instead of the PNG.

Each function gives the chart's kind, the forum, the main finding and its numbers, in the
chart's language, in fewer than 150 words (:data:`MAX_WORDS`).  Numbers are formatted by
:mod:`forum_eval.present.fmt`, so they are the ones on the chart and in ``summarize``.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.present.chartdata import (
    diverging_items,
    expertise_items,
    negative_share,
    share_items,
)
from forum_eval.present.fmt import interval, level, pct
from forum_eval.present.narrative import label, respondents_line, title
from forum_eval.present.strings import t

MAX_WORDS = 150
#: items named in one list before "and N more"
_LIST_MAX = 2


def word_count(text: str) -> int:
    return len(text.split())


def _data_note(summary: Summary, lang: str) -> str | None:
    edition = summary.edition
    if edition is None or edition.data == "published":
        return None
    return t(
        lang, "rep_alt_reconstruction" if edition.data == "reconstruction" else "rep_alt_synthetic"
    )


def _item_ref(item: ItemSummary, lang: str) -> str:
    key = "rep_alt_item_na" if item.n_not_applicable else "rep_alt_item"
    return t(
        lang,
        key,
        label=label(item, lang),
        positive=item.n_positive,
        valid=item.n_valid,
        na=item.n_not_applicable,
    )


def _listing(items: Sequence[ItemSummary], lang: str) -> str:
    """Up to three items with their counts; more: "5 statements, including …" (two named)."""
    separator = t(lang, "rep_alt_separator")
    if len(items) <= _LIST_MAX + 1:
        return separator.join(_item_ref(item, lang) for item in items)
    named = separator.join(_item_ref(item, lang) for item in items[:_LIST_MAX])
    return t(lang, "rep_alt_several", count=len(items), items=named)


def _finish(parts: list[str | None]) -> str:
    return " ".join(p for p in parts if p)


def _respondents(summary: Summary, lang: str) -> str:
    return respondents_line(summary, lang)


def alt_agreement(summary: Summary, lang: str) -> str:
    """Range of agreement (lowest and highest items with their counts), the item with the most
    disagreement, the N/A rule and the data note."""
    return alt_ratings(summary, "agreement", lang)


def alt_ratings(summary: Summary, kind: str, lang: str) -> str:
    """The alt text of the diverging chart of ``kind``: the range of positive answers
    (lowest and highest items with their counts), the item with the most negative answers,
    the N/A rule and the data note."""
    charted = diverging_items(summary, kind)
    items = [item for item in charted if item.share_positive is not None]
    if not items:
        return _finish([t(lang, "rep_no_valid"), _data_note(summary, lang)])
    agreement = kind == "agreement"
    shares = [item.share_positive for item in items]
    low, high = min(s for s in shares if s is not None), max(s for s in shares if s is not None)
    low_items = [i for i in items if i.share_positive == low]
    high_items = [i for i in items if i.share_positive == high]
    common = {
        "count": len(charted),
        "title": title(summary, lang),
        "respondents": _respondents(summary, lang),
        "low": pct(low, lang),
        "high": pct(high, lang),
        "low_items": _listing(low_items, lang),
        "high_items": _listing(high_items, lang),
    }
    if agreement:
        first = t(lang, "rep_alt_agreement_same" if low == high else "rep_alt_agreement", **common)
    else:
        key = "rep_alt_rating_same" if low == high else "rep_alt_rating"
        first = t(lang, key, kind=t(lang, f"rep_kind_{kind}"), **common)
    disagree = None
    worst = max(items, key=lambda item: negative_share(item) or 0)  # first of equals
    share = negative_share(worst)
    if share:
        count = share * worst.n_valid
        disagree = t(
            lang,
            "rep_alt_disagree" if agreement else "rep_alt_negative",
            label=label(worst, lang),
            pct=pct(share, lang),
            count=int(count),
            valid=worst.n_valid,
        )
    return _finish([first, disagree, t(lang, "rep_alt_excluded"), _data_note(summary, lang)])


def alt_shares(summary: Summary, lang: str) -> str:
    """Highest and lowest % positive with n and interval; the meaning of the faint band."""
    items = [item for item in share_items(summary) if item.share_positive is not None]
    if not items:
        return _finish([t(lang, "rep_no_valid"), _data_note(summary, lang)])

    def ref(item: ItemSummary) -> str:
        return t(
            lang,
            "rep_alt_share_item",
            label=label(item, lang),
            pct=pct(item.share_positive, lang),
            positive=item.n_positive,
            valid=item.n_valid,
            ci=interval(item.ci[0], item.ci[1], lang) if item.ci else "–",
        )

    high = max(items, key=lambda item: item.share_positive or 0)
    low = min(items, key=lambda item: item.share_positive or 0)
    first = t(
        lang,
        "rep_alt_shares",
        level=level(summary.confidence, lang),
        title=title(summary, lang),
        respondents=_respondents(summary, lang),
        high=ref(high),
        low=ref(low),
    )
    bounds = t(lang, "rep_alt_bounds") if any(item.bounds is not None for item in items) else None
    return _finish([first, bounds, _data_note(summary, lang)])


def alt_expertise(summary: Summary, lang: str) -> str:
    """Every level's % and count, per expertise item."""
    sentences: list[str | None] = []
    for item in expertise_items(summary):
        parts = ", ".join(
            t(
                lang,
                "rep_alt_expertise_part",
                label=text,
                pct=pct(Fraction(count, item.n_valid) if item.n_valid else None, lang),
                count=count,
            )
            for text, count in zip(item.category_labels[lang], item.counts, strict=True)
        )
        sentences.append(
            t(
                lang,
                "rep_alt_expertise",
                title=title(summary, lang),
                parts=parts,
                valid=item.n_valid,
            )
        )
    sentences.append(_data_note(summary, lang))
    return _finish(sentences)
