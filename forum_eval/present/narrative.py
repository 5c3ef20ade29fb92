"""Sentences in the register of an evaluation section, from a Summary."""

from __future__ import annotations

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.present import fmt
from forum_eval.present.fmt import pct, pct_number
from forum_eval.present.strings import t


def title(summary: Summary, lang: str) -> str:
    edition = summary.edition
    if edition is not None:
        return t(
            lang, "edition_title", year=edition.year, city=edition.city, province=edition.province
        )
    return t(lang, "file_title", name=summary.file)


def respondents_line(summary: Summary, lang: str) -> str:
    if summary.attendees is None:
        return t(lang, "respondents_line_unknown", respondents=summary.respondents)
    return t(
        lang,
        "respondents_line",
        respondents=summary.respondents,
        attendees=summary.attendees,
        rate=pct(summary.response_rate, lang),
    )


def data_note(summary: Summary, lang: str) -> str | None:
    """The synthetic-data label, which every output of a synthetic edition carries."""
    edition = summary.edition
    if edition is None or edition.data == "published":
        return None
    return t(lang, "note_reconstruction" if edition.data == "reconstruction" else "note_synthetic")


def excluded_line(summary: Summary, lang: str) -> str | None:
    if not summary.excluded:
        return None
    parts = ", ".join(
        f"{fmt.count(n, lang)} {t(lang, f'reason_{reason}') if f'reason_{reason}' in _REASONS else reason}"
        for reason, n in sorted(summary.excluded.items())
    )
    return t(lang, "excluded", parts=parts)


_REASONS = {"reason_empty", "reason_incomplete", "reason_preview", "reason_duplicate"}


def label(item: ItemSummary, lang: str) -> str:
    return item.text("label", lang) or item.id


def item_sentence(item: ItemSummary, lang: str) -> str:
    name = label(item, lang)
    if item.kind == "choice":
        parts = ", ".join(
            t(lang, "choice_part", category=cat, count=count)
            for cat, count in zip(item.category_labels[lang], item.counts, strict=True)
        )
        return t(lang, "choice_sentence", label=name, parts=parts)
    if item.share_positive is None:
        return t(lang, "no_valid", label=name)
    statement = item.text("statement", lang) or t(
        lang, f"default_statement_{item.kind}", label=name
    )
    extra = ""
    if item.n_not_applicable:
        extra += t(lang, "extra_na", count=item.n_not_applicable)
    nps = getattr(item, "nps", None)
    if nps is not None:  # 0–10 recommend items: % promoters − % detractors, as a score
        score = pct_number(nps, lang).removeprefix("-")
        sign = "" if score == "0" else ("+" if nps > 0 else "−")
        extra += t(lang, "extra_nps", nps=sign + score)
    return t(
        lang,
        "item_sentence",
        pct=pct(item.share_positive, lang),
        statement=statement,
        positive=item.n_positive,
        valid=item.n_valid,
        extra=extra,
    )


def narrative(summary: Summary, lang: str) -> list[str]:
    """One sentence for the response rate, then one per item, in questionnaire order."""
    lines = []
    if summary.attendees is not None and summary.response_rate is not None:
        lines.append(
            t(
                lang,
                "header_rate",
                respondents=summary.respondents,
                attendees=summary.attendees,
                rate=pct(summary.response_rate, lang),
            )
        )
    else:
        lines.append(t(lang, "header_no_rate", respondents=summary.respondents))
    lines.extend(item_sentence(item, lang) for item in summary.items)
    lines.extend(
        t(lang, "comments_sentence", count=c.n_comments, label=c.label.get(lang) or c.id)
        for c in summary.comments
        if c.n_comments
    )
    return lines
