"""Markdown output: title, narrative, table and method note."""

from __future__ import annotations

from forum_eval.analyse.summary import Summary
from forum_eval.present.fmt import count, interval, level, pct, ratio
from forum_eval.present.narrative import (
    data_note,
    excluded_line,
    label,
    narrative,
    respondents_line,
    title,
)
from forum_eval.present.strings import t


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_rows(summary: Summary, lang: str) -> list[list[str]]:
    """Display rows shared by the Markdown and console tables (choice items excluded)."""
    rows = []
    for item in summary.items:
        if item.kind == "choice":
            continue
        rows.append(
            [
                label(item, lang),
                pct(item.share_positive, lang),
                ratio(item.n_positive, item.n_valid, lang),
                interval(item.ci[0], item.ci[1], lang) if item.ci else "–",
                interval(item.bounds[0], item.bounds[1], lang) if item.bounds else "–",
                count(item.n_not_applicable, lang),
                count(item.n_blank, lang),
            ]
        )
    return rows


def table_header(summary: Summary, lang: str) -> list[str]:
    return [
        t(lang, "item"),
        t(lang, "positive"),
        t(lang, "n"),
        t(lang, "ci", level=level(summary.confidence, lang)),
        t(lang, "bounds"),
        t(lang, "na"),
        t(lang, "blank"),
    ]


def method_note(summary: Summary, lang: str) -> str:
    fpc = t(lang, "fpc", attendees=summary.attendees) if summary.attendees else ""
    return t(lang, "method_note", level=level(summary.confidence, lang), fpc=fpc)


def render_markdown(
    summary: Summary, lang: str, *, images: list[tuple[str, str]] | None = None
) -> str:
    """The Markdown summary; ``images`` is a list of (path, alt text) embedded after the table."""
    out = [
        f"# {t(lang, 'summary_title')} — {title(summary, lang)}",
        "",
        respondents_line(summary, lang) + ".",
        "",
    ]
    note = data_note(summary, lang)
    if note:
        out += [f"> {note}", ""]
    out += [f"## {t(lang, 'narrative_title')}", ""]
    out += [f"- {line}" for line in narrative(summary, lang)]
    out += ["", f"## {t(lang, 'table_title')}", ""]
    header = table_header(summary, lang)
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table_rows(summary, lang)]
    out += ["", f"*{method_note(summary, lang)}*"]
    excluded = excluded_line(summary, lang)
    if excluded:
        out += ["", excluded]
    for path, alt in images or []:
        out += ["", f"![{_cell(alt)}]({path})"]
    return "\n".join(out) + "\n"
