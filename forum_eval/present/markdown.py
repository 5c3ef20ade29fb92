"""Markdown output: title, narrative, table and method note."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.present.alt import choice_order
from forum_eval.present.fmt import count, interval, level, pct, ratio
from forum_eval.present.narrative import (
    counted,
    data_note,
    excluded_line,
    item_heading,
    label,
    narrative,
    respondents_line,
    title,
)
from forum_eval.present.strings import t
from forum_eval.present.text import md_cell, md_table


def items_table(summary: Summary, lang: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the items' table (choice items excluded), for Markdown, the
    terminal and the documents: the item, % positive, n, interval, the non-response range,
    N/A and blank."""
    rated = [item for item in summary.items if item.kind != "choice"]
    header = [item_heading([item.kind for item in rated], lang), t(lang, "positive"), t(lang, "n")]
    header.append(t(lang, "ci", level=level(summary.confidence, lang)))
    header += [t(lang, key) for key in ("bounds", "na", "blank")]
    rows = [
        [
            label(item, lang),
            pct(item.share_positive, lang),
            ratio(item.n_positive, item.n_valid, lang),
            interval(item.ci[0], item.ci[1], lang) if item.ci else "–",
            interval(item.bounds[0], item.bounds[1], lang) if item.bounds else "–",
            count(item.n_not_applicable, lang),
            count(item.n_blank, lang),
        ]
        for item in rated
    ]
    return header, rows


def method_note(summary: Summary, lang: str) -> str:
    """What counts as positive, per set of labels present (from the items' own scales), then
    the interval and, with a number of attendees, the non-response range."""
    groups = Counter(
        (counted(item, lang), "statement" if item.kind == "agreement" else "question")
        for item in summary.items
        if item.kind != "choice" and item.n_positive is not None
    )
    parts = [
        t(
            lang,
            "method_part",
            labels=labels,
            count=n,
            noun=t(lang, f"noun_{noun}" + ("_one" if n == 1 else "")),
        )
        for (labels, noun), n in groups.items()
    ]
    interval = t(
        lang,
        "method_interval_fpc" if summary.attendees else "method_interval",
        ci=t(lang, "ci", level=level(summary.confidence, lang)),
        attendees=summary.attendees,
    )
    note = t(
        lang, "method_positive", parts=t(lang, "separator").join(parts) or "–", interval=interval
    )
    if any(item.bounds for item in summary.items):
        note += t(lang, "method_bounds")
    return note


def multiselect_table(item: ItemSummary, lang: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a multi-select question's table: one row per option, in the
    chart's order: the option, the % of the respondents who answered (ticked at least one
    option) and the count."""
    header = [t(lang, key) for key in ("ms_option", "ms_share", "n")]
    rows = [
        [
            item.category_labels[lang][i],
            pct(Fraction(item.counts[i], item.n_valid) if item.n_valid else None, lang),
            count(item.counts[i], lang),
        ]
        for i in choice_order(item)
    ]
    return header, rows


def multiselect_note(item: ItemSummary, lang: str) -> str:
    """Under a multi-select question's table: who the shares are of, and that they do not
    add up to 100 %."""
    parts = [t(lang, "ms_note_who" + ("_one" if item.n_valid == 1 else ""), valid=item.n_valid)]
    if item.n_blank:  # "0 ticked none" says nothing
        key = "ms_note_blank" + ("_one" if item.n_blank == 1 else "")
        parts.append(t(lang, key, blank=item.n_blank))
    return f"{t(lang, 'separator').join(parts)}. {t(lang, 'ms_subtitle')}."


def render_markdown(
    summary: Summary,
    lang: str,
    *,
    images: list[tuple[str, str]] | None = None,
    title_text: str | None = None,
) -> str:
    """The Markdown summary; ``images`` is a list of (path, alt text) embedded after the table;
    ``title_text`` (``--title``) names the survey in the heading instead of the edition."""
    out = [
        f"# {t(lang, 'summary_title')} — {title(summary, lang, title_text)}",
        "",
        respondents_line(summary, lang) + ".",
        "",
    ]
    if note := data_note(summary, lang):
        out += [f"> {note}", ""]
    out += [f"## {t(lang, 'narrative_title')}", ""]
    out += [f"- {line}" for line in narrative(summary, lang)]
    header, rows = items_table(summary, lang)
    if rows:  # none when every question is a multi-select one
        out += ["", f"## {t(lang, 'table_title')}", ""]
        out += md_table(header, rows)
        out += ["", f"*{method_note(summary, lang)}*"]
    if summary.multiselect:  # then a table per multi-select question
        out += ["", f"## {t(lang, 'ms_title')}"]
    for item in summary.multiselect:
        out += ["", f"### {md_cell(label(item, lang))}", ""]
        out += md_table(*multiselect_table(item, lang))
        out += ["", f"*{multiselect_note(item, lang)}*"]
    if excluded := excluded_line(summary, lang):
        out += ["", excluded]
    for path, alt in images or []:
        out += ["", f"![{md_cell(alt)}]({path})"]
    return "\n".join(out) + "\n"
