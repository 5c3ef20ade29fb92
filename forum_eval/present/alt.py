"""Alt text for the report's charts: what a screen reader reads instead of the PNG.

Each function gives the chart's kind, the forum, the main finding and its numbers, in the
chart's language, in fewer than 150 words (:data:`MAX_WORDS`).  Numbers are formatted by
:mod:`forum_eval.present.fmt`, so they are the ones on the chart and in ``summarize``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.present.chartdata import (
    diverging_items,
    expertise_items,
    negative_share,
    order_items,
    selected,
    share_items,
    share_of,
)
from forum_eval.present.chartdata import (  # re-exported: the kinds with a diverging chart
    diverging_kinds as rating_kinds,  # noqa: F401
)
from forum_eval.present.fmt import count, interval, level, pct
from forum_eval.present.narrative import label, respondents_line
from forum_eval.present.narrative import title as survey_title
from forum_eval.present.strings import t
from forum_eval.present.text import data_kind
from forum_eval.textnorm import fold

MAX_WORDS = 150
#: items named in one list before "and N more"
_LIST_MAX = 2


def word_count(text: str) -> int:
    return len(text.split())


# --------------------------------------------------------------------------- what is charted
# (kept here, beside the alt text; like chartdata.py, free of matplotlib)


def choice_items(summary: Summary) -> list[ItemSummary]:
    """Single-choice items (``kind = "choice"``), one chart each. Self-identification
    (``group``) items never reach a summary (analyse/privacy.py sets them aside)."""
    return [item for item in summary.items if item.kind == "choice"]


#: answers drawn last in a choice chart, in this order, whatever their count
_LAST = (
    re.compile(r"^(other|autre|autres)\b"),
    re.compile(r"^(none|aucun|aucune)\b"),
    re.compile(r"(prefer|rather) not|prefere ne pas|prefere ne rien|ne souhaite pas"),
)


def last_rank(item: ItemSummary, index: int) -> int | None:
    texts = [fold(item.categories[index]).replace("_", " ")]
    texts += [fold(labels[index]) for labels in item.category_labels.values()]
    for rank, pattern in enumerate(_LAST):
        if any(pattern.search(text) for text in texts):
            return rank
    return None


def choice_is_ordered(item: ItemSummary) -> bool:
    """An ordered choice (age bands, years of experience …): every answer that is not
    "Other" / "Prefer not to say" has a number in its label, so the form's order is kept."""
    labels = next(iter(item.category_labels.values()), ())
    kept = [i for i in range(len(item.categories)) if last_rank(item, i) is None]
    return bool(kept) and all(re.search(r"\d", labels[i]) for i in kept)


def choice_order(item: ItemSummary) -> list[int]:
    """Category indices in the order of the choice chart: most chosen first (ties: the
    form's order), or the form's order for an ordered single choice; "Other", "None" and
    "Prefer not to say" last. The options of a multi-select question are always sorted."""
    last = {
        i: rank for i in range(len(item.categories)) if (rank := last_rank(item, i)) is not None
    }
    kept = [i for i in range(len(item.categories)) if i not in last]
    if item.kind == "multiselect" or not choice_is_ordered(item):
        kept.sort(key=lambda i: (-item.counts[i], i))
    return kept + sorted(last, key=lambda i: (last[i], i))


#: a grid row's label as platforms write it: ``Question [Row]``
_GRID_LABEL = re.compile(r"^(?P<question>.+?)\s*\[(?P<row>[^\[\]]+)\]\s*$")


def _grid_question(item: ItemSummary, lang: str) -> str | None:
    """The grid's question: the item's ``group`` (a grid row read from a file is labelled
    by its row), else the ``Question`` of a ``Question [Row]`` label."""
    if item.group:
        return item.group
    found = _GRID_LABEL.match(label(item, lang))
    return found["question"].strip() if found else None


def grid_groups(items: Sequence[ItemSummary]) -> list[list[ItemSummary]]:
    """``items`` by grid: the rows of each ``Question [Row]`` grid of two rows or more
    together, in the order the grids first appear, the other items together in one group
    (at the place of the first of them). The grid is known from the English label (the
    labels of a file are the same in both languages)."""
    keys = [_grid_question(item, "en") for item in items]
    rows = {key: keys.count(key) for key in keys}
    groups: dict[str | None, list[ItemSummary]] = {}
    for item, key in zip(items, keys, strict=True):
        groups.setdefault(key if key is not None and rows[key] > 1 else None, []).append(item)
    return list(groups.values())


def grid_labels(items: Sequence[ItemSummary], lang: str) -> tuple[str | None, dict[str, str]]:
    """The row label of each item (by id) and, when every item (two or more) is a row of the
    same grid labelled ``Question [Row]``, that question: the chart then names it once, in the
    subtitle, and its rows by their own labels."""
    labels = {item.id: label(item, lang) for item in items}
    groups = {item.group for item in items}
    if len(items) >= 2 and len(groups) == 1 and None not in groups:
        return groups.pop(), labels  # rows read from a file: labelled by their row already
    found = [_GRID_LABEL.match(text) for text in labels.values()]
    questions = {m["question"].strip() for m in found if m is not None}
    if len(items) < 2 or not all(found) or len(questions) != 1:
        return None, labels
    rows = {item.id: m["row"].strip() for item, m in zip(items, found, strict=True) if m}
    return questions.pop(), rows


def page_note(page: tuple[int, int] | None, lang: str, key: str = "rep_alt_page") -> str:
    """Page ``(index, total)`` of a split chart in words, ``key`` of the strings ("Chart 2 of
    3." in an alt text; ``rep_page``: " (2 of 3)" after a title); "" for a whole chart."""
    if page is None or page[1] < 2:
        return ""
    return t(lang, key, index=page[0], total=page[1])


def _item_ref(item: ItemSummary, lang: str, names: Mapping[str, str]) -> str:
    """An item by its row label in ``names`` (by id), with its counts."""
    key = "rep_alt_item_na" if item.n_not_applicable else "rep_alt_item"
    return t(
        lang,
        key,
        label=names[item.id],
        positive=item.n_positive,
        valid=item.n_valid,
        na=item.n_not_applicable,
    )


def _listing(
    items: Sequence[ItemSummary], lang: str, names: Mapping[str, str], several: str
) -> str:
    """Up to three items with their counts; more: "5 statements, including …" (two named;
    ``several``: the string that counts them, statements or items)."""
    separator = t(lang, "separator")
    if len(items) <= _LIST_MAX + 1:
        return separator.join(_item_ref(item, lang, names) for item in items)
    named = separator.join(_item_ref(item, lang, names) for item in items[:_LIST_MAX])
    return t(lang, several, count=len(items), items=named)


def _finish(
    parts: list[str | None], summary: Summary, lang: str, page: tuple[int, int] | None
) -> str:
    """The sentences ``parts``, then the page of a split chart and the note of a synthetic or
    reconstructed edition, joined."""
    kind = data_kind(summary.edition)
    notes = [page_note(page, lang), t(lang, f"rep_alt_{kind}") if kind else None]
    return " ".join(p for p in [*parts, *notes] if p)


def _no_valid(summary: Summary, lang: str, title: str | None) -> str:
    """A chart none of whose items has a valid answer (every answer "not applicable" or
    blank): the survey and why there is no percentage (the alt text said "no valid answer"
    and nothing of the chart)."""
    return t(
        lang,
        "rep_alt_no_valid",
        title=survey_title(summary, lang, title),
        respondents=respondents_line(summary, lang),
    )


def alt_agreement(summary: Summary, lang: str) -> str:
    """Range of agreement (lowest and highest items with their counts), the item with the most
    disagreement, the N/A rule and the data note."""
    return alt_ratings(summary, "agreement", lang)


def alt_ratings(
    summary: Summary,
    kind: str,
    lang: str,
    *,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
    title: str | None = None,
) -> str:
    """The alt text of the diverging chart of ``kind`` (of its items ``ids``, page ``page``
    = (index, total) of a split chart): the range of positive answers (lowest and highest
    items with their counts), the item with the most negative answers, the N/A rule and the
    data note."""
    charted = selected(diverging_items(summary, kind), ids)
    # in the chart's order (the default, sorted), so that the items named are its top bars
    items = order_items([item for item in charted if item.share_positive is not None], "sorted")
    if not items:
        return _finish([_no_valid(summary, lang, title)], summary, lang, page)
    agreement = kind == "agreement"
    # agreement items are statements; a favourability row is a character, a venue …
    several = "rep_alt_several" if agreement else "rep_alt_several_items"
    question, names = grid_labels(charted, lang)
    shares = [item.share_positive for item in items]
    low, high = min(s for s in shares if s is not None), max(s for s in shares if s is not None)
    low_items = [i for i in items if i.share_positive == low]
    high_items = [i for i in items if i.share_positive == high]
    common = {
        "count": len(charted),
        "title": survey_title(summary, lang, title),
        "respondents": respondents_line(summary, lang),
        "low": pct(low, lang),
        "high": pct(high, lang),
        "low_items": _listing(low_items, lang, names, several),
        "high_items": _listing(high_items, lang, names, several),
    }
    key = "rep_alt_agreement" if agreement else "rep_alt_rating"
    if len(charted) == 1:
        key += "_one"
    elif low == high:
        key += "_same"
    first = t(lang, key, kind="" if agreement else t(lang, f"rep_kind_{kind}"), **common)
    disagree = None
    worst = max(items, key=lambda item: negative_share(item) or 0)  # first of equals
    share = negative_share(worst)
    if share:
        disagree = t(
            lang,
            "rep_alt_disagree" if agreement else "rep_alt_negative",
            label=names[worst.id],
            pct=pct(share, lang),
            count=int(share * worst.n_valid),
            valid=worst.n_valid,
        )
    grid = t(lang, "rep_alt_grid", question=question) if question else None
    return _finish([first, grid, disagree, t(lang, "rep_alt_excluded")], summary, lang, page)


def alt_shares(
    summary: Summary,
    lang: str,
    *,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
    title: str | None = None,
) -> str:
    """Highest and lowest % positive with n and interval (every item at the highest or the
    lowest share, counted, the first named in the chart's order; one sentence when there is
    one item, or when every item has the same share); the meaning of the faint band."""
    charted = selected(share_items(summary), ids)
    items = order_items([item for item in charted if item.share_positive is not None], "sorted")
    if not items:
        return _finish([_no_valid(summary, lang, title)], summary, lang, page)
    question, names = grid_labels(charted, lang)

    def ci(item: ItemSummary) -> str:
        return interval(item.ci[0], item.ci[1], lang) if item.ci else "–"

    def at(share: object) -> str:
        """The item(s) at ``share``: "label, 100% (31 of 31; interval 93–100%)", or "100%
        (6 statements, including label, 31 of 31, interval 93–100%; …)"."""
        tied = [item for item in items if item.share_positive == share]
        if len(tied) == 1:
            item = tied[0]
            return t(
                lang,
                "rep_alt_share_item",
                label=names[item.id],
                pct=pct(item.share_positive, lang),
                positive=item.n_positive,
                valid=item.n_valid,
                ci=ci(item),
            )
        refs = [
            t(
                lang,
                "rep_alt_share_tied",
                label=names[item.id],
                positive=item.n_positive,
                valid=item.n_valid,
                ci=ci(item),
            )
            for item in tied
        ]
        listed = t(lang, "separator").join(refs)  # as _listing: three named, or two of more
        if len(tied) > _LIST_MAX + 1:
            listed = t(lang, "separator").join(refs[:_LIST_MAX])
            listed = t(lang, "rep_alt_several_items", count=len(tied), items=listed)
        return t(lang, "rep_alt_share_ties", pct=pct(tied[0].share_positive, lang), items=listed)

    high, low = items[0].share_positive, items[-1].share_positive
    key = "rep_alt_shares"
    if len(items) == 1:
        key += "_one"
    elif high == low:
        key += "_same"
    first = t(
        lang,
        key,
        level=level(summary.confidence, lang),
        title=survey_title(summary, lang, title),
        respondents=respondents_line(summary, lang),
        high=at(high),
        low=at(low),
    )
    bounds = t(lang, "rep_alt_bounds") if any(item.bounds is not None for item in items) else None
    grid = t(lang, "rep_alt_grid", question=question) if question else None
    return _finish([first, grid, bounds], summary, lang, page)


def alt_choice(
    summary: Summary,
    item_id: str,
    lang: str,
    *,
    rows: Sequence[int] | None = None,
    page: tuple[int, int] | None = None,
    title: str | None = None,
) -> str:
    """Every answer's % and count of a single-choice item, or every option's of a
    multi-select question (saying that the shares do not add up to 100 %), in the chart's
    order (``rows``: the category indices of one page of a split chart)."""
    item = summary.item(item_id)
    shown = choice_order(item) if rows is None else list(rows)
    parts = [
        t(
            lang,
            "rep_alt_choice_part",
            label=item.category_labels[lang][i],
            pct=pct(share_of(item, item.counts[i]), lang),
            count=count(item.counts[i], lang),
        )
        for i in shown
    ]
    multiple = item.kind == "multiselect"

    def text(named: int) -> str:
        listed = ", ".join(parts[:named])
        if named < len(parts):
            listed += " " + t(lang, "ms_alt_more", count=len(parts) - named)
        return t(
            lang,
            ("ms_alt" if multiple else "rep_alt_choice") + ("_one" if item.n_valid == 1 else ""),
            label=label(item, lang),
            title=survey_title(summary, lang, title),
            parts=listed,
            valid=item.n_valid,
        )

    # the answers least chosen left to the chart when the text would run over MAX_WORDS
    named = len(parts)
    while named > 1 and word_count(text(named)) > MAX_WORDS - 20:
        named -= 1
    return _finish([text(named)], summary, lang, page)


def alt_expertise(
    summary: Summary,
    lang: str,
    *,
    title: str | None = None,
    ids: Sequence[str] | None = None,
    page: tuple[int, int] | None = None,
) -> str:
    """Every level's % and count, per expertise item (``ids``: those of one page)."""
    sentences: list[str | None] = []
    for item in selected(expertise_items(summary), ids):
        parts = ", ".join(
            t(
                lang,
                "rep_alt_choice_part",
                label=text,
                pct=pct(share_of(item, count), lang),
                count=count,
            )
            for text, count in zip(item.category_labels[lang], item.counts, strict=True)
        )
        sentences.append(
            t(
                lang,
                "rep_alt_expertise_one" if item.n_valid == 1 else "rep_alt_expertise",
                title=survey_title(summary, lang, title),
                parts=parts,
                valid=item.n_valid,
            )
        )
    return _finish(sentences, summary, lang, page)
