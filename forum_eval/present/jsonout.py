"""The JSON contract of ``summarize --format json`` (documented in the README), and what
every ``--format json`` shares: :func:`json_text` and :func:`edition_dict`."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.config.registry import Edition
from forum_eval.present.narrative import data_note, label, narrative
from forum_eval.present.strings import t
from forum_eval.present.text import json_number

SCHEMA_VERSION = 1
#: what the JSON outputs say of an edition
EDITION_FIELDS = ("year", "date", "city", "province", "data")


def edition_dict(edition: Edition | None) -> dict[str, Any] | None:
    """An edition's date, place and kind of data; None for a file outside a project."""
    return None if edition is None else {field: getattr(edition, field) for field in EDITION_FIELDS}


def item_dict(item: ItemSummary, lang: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": label(item, lang),
        "kind": item.kind,
        "scale": item.scale,
        "n_valid": item.n_valid,
        "n_blank": item.n_blank,
        "n_not_applicable": item.n_not_applicable,
        "n_invalid": item.n_invalid,
        "n_positive": item.n_positive,
        "share_positive": json_number(item.share_positive),
        "ci_low": json_number(item.ci[0]) if item.ci else None,
        "ci_high": json_number(item.ci[1]) if item.ci else None,
        "bound_low": json_number(item.bounds[0]) if item.bounds else None,
        "bound_high": json_number(item.bounds[1]) if item.bounds else None,
        "counts": dict(zip(item.categories, item.counts, strict=True)),
        "levels": list(item.levels(lang)),
        "positive_labels": list(item.positive_categories),
        "share_name": item.share_name.get(lang) or None,
        "group": item.group,
        "inferred": item.inferred,
        **({"nps": json_number(item.nps)} if item.nps is not None else {}),
    }


def multiselect_dict(item: ItemSummary, lang: str) -> dict[str, Any]:
    """A multi-select question: per option (in the form's order) the respondents who ticked
    it and their share of those who answered (ticked at least one option)."""
    labels = item.category_labels[lang]
    return {
        "id": item.id,
        "question": label(item, lang),
        "n": item.n_valid,
        "n_blank": item.n_blank,
        "options": [
            {
                "id": option,
                "label": text,
                "n": n,
                "share": json_number(Fraction(n, item.n_valid)) if item.n_valid else None,
            }
            for option, text, n in zip(item.categories, labels, item.counts, strict=True)
        ],
        "note": t(lang, "ms_note"),
    }


def summary_dict(summary: Summary, lang: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "source": summary.name,
        "file": summary.file,
        "edition": edition_dict(summary.edition),
        "data_note": data_note(summary, lang),
        "lang": lang,
        "confidence": summary.confidence,
        "respondents": summary.respondents,
        "attendees": summary.attendees,
        "response_rate": json_number(summary.response_rate),
        "excluded": dict(sorted(summary.excluded.items())),
        "items": [item_dict(item, lang) for item in summary.items],
        "comments": [
            {"id": c.id, "label": c.label.get(lang) or c.id, "n_comments": c.n_comments}
            for c in summary.comments
        ],
        **(
            {"multiselect": [multiselect_dict(m, lang) for m in summary.multiselect]}
            if summary.multiselect
            else {}
        ),
        "narrative": narrative(summary, lang),
        "warnings": list(summary.warnings),
    }


def json_text(data: dict[str, Any]) -> str:
    """The text of every ``--format json``: UTF-8 as is, indented, ending with a newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_json(summary: Summary, lang: str) -> str:
    return json_text(summary_dict(summary, lang))
