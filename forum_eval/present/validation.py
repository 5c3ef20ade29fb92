"""``forum-eval validate``: how a file was read, as a JSON object and as text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forum_eval.read.survey import Survey


def validation_report(survey: Survey) -> dict[str, Any]:
    """The JSON object of ``validate --format json`` (the text output shows the same)."""
    table, responses = survey.table, survey.responses
    info = table.info
    problems = responses.problems
    return {
        "file": str(survey.source.path),
        "platform": table.platform,
        "platform_from": info.get("platform_from", "detected"),
        "format": info.get("format"),
        "encoding": info.get("encoding"),
        "delimiter": info.get("delimiter"),
        "line_end": info.get("line_end"),
        "sheet": info.get("sheet"),
        "sheets": info["sheets"].split(", ") if info.get("sheets") else None,
        "hidden_sheets": info["hidden_sheets"].split(", ") if info.get("hidden_sheets") else None,
        "header_rows": table.first_data_row - 1,
        "title_rows": int(info.get("title_rows", 0)),
        "rows": responses.rows_read,
        "respondents": responses.respondents,
        "excluded": dict(sorted(responses.excluded.items())),
        "columns": [
            {
                "column": c.position + 1,
                "header": c.header,
                "role": c.role,
                "item": c.item_id,
                "kind": c.kind,
                "scale": c.scale,
                "how": c.how,
                "note": c.note or None,
            }
            for c in responses.columns
        ],
        "items": len(responses.items),
        "comments": len(responses.comments),
        "problems": [
            {"message": p.message, "hint": p.hint, "column": p.column, "rows": list(p.rows)}
            for p in problems
        ],
        "warnings": list(responses.warnings),
        "ok": not problems,
    }


#: the reasons a row is not counted whose name says too little alone (the others: as they are)
_REASONS = {"incomplete": "incomplete (not submitted)", "duplicate": "exact duplicate"}
#: the reasons whose name takes an "s" after a count other than 1
_COUNTED = {"duplicate", "preview"}


#: the report's keys shown after "Read as:" when known, and their names there
_READ_AS = {"encoding": "encoding", "delimiter": "delimiter", "line_end": "line ends"}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render_text(report: dict[str, Any]) -> str:
    lines = [f"File: {report['file']}"]
    how = "detected" if report["platform_from"] == "detected" else "from --from"
    read = [f"platform {report['platform']} ({how})"]
    for key, name in _READ_AS.items():
        if report[key]:
            read.append(f"{name} {report[key]}")
    if report["sheet"]:
        sheets, hidden = report["sheets"], report["hidden_sheets"]
        listed = [f"sheets: {', '.join(sheets)}"] if sheets else []
        listed += [f"hidden, not read: {', '.join(hidden)}"] if hidden else []
        read.append(f'sheet "{report["sheet"]}"' + (f" ({'; '.join(listed)})" if listed else ""))
    read.append(_count(report["header_rows"], "header row"))
    if report["title_rows"]:
        read[-1] += f" (the header under {_count(report['title_rows'], 'title row')})"
    lines.append("Read as: " + ", ".join(read))
    excluded = ", ".join(
        _count(n, _REASONS.get(reason, reason))
        if reason in _COUNTED
        else f"{n} {_REASONS.get(reason, reason)}"
        for reason, n in report["excluded"].items()
    )
    lines.append(
        f"Rows: {report['rows']} read, {_count(report['respondents'], 'respondent')}"
        + (f"; not counted: {excluded}" if excluded else "")
    )
    # a multi-select question is one question over one column (joined options) or several
    # (one per option): counted by its item id, named only when the file has one
    questions = len({c["item"] for c in report["columns"] if c["role"] == "multiselect"})
    several = f"{_count(questions, 'question')} with several answers, " if questions else ""
    lines.append(
        f"Columns: {len(report['columns'])} ({_count(report['items'], 'item')}, {several}"
        f"{_count(report['comments'], 'comment')}; the others set aside)"
    )
    width = min(48, max((len(c["header"]) for c in report["columns"]), default=10))
    for column in report["columns"]:
        header = column["header"] or "(no header)"
        if len(header) > width:
            header = header[: width - 1] + "…"
        what = column["role"]
        if what == "item":
            what = f"item {column['item']} ({column['kind']}, scale {column['scale']})"
        elif what == "comment":
            what = f"comment {column['item']}"
        lines.append(f"  {column['column']:>3}  {header:<{width}}  {what} — {column['how']}")
        if column["note"]:
            lines.append(f"       ↳ {column['note']}")
    lines += [f"Warning: {warning}" for warning in report["warnings"]]
    if report["problems"]:
        lines.append(f"Problems ({len(report['problems'])}): summarize would stop.")
        for problem in report["problems"]:
            lines.append(f"  - {problem['message']}")
            if problem["hint"]:
                lines.append(f"    {problem['hint']}")
    else:
        lines.append("No problem: forum-eval summarize will work with these options.")
    return "\n".join(lines) + "\n"
