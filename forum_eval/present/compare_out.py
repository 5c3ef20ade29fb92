"""Text outputs of ``compare`` and ``trend``: table, JSON, Markdown, CSV and narrative.

One :class:`~forum_eval.analyse.compare.Comparison` (or :class:`~forum_eval.analyse.trend.Trend`) in, text
out; every renderer shows the same numbers. Percentage points and p-values are rounded here.

The change shown is the difference of the two percentages *as shown* (each a whole percent,
rounded half up), so that "79% → 93%" always reads "+14 points", never the "+15" of the
exact shares (78.6% → 93.1%, +14.5), which a reader subtracting the figures would take for a
mistake. The method note says so; its interval, p and q are computed from the exact counts,
and the JSON and CSV outputs keep the exact difference.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from forum_eval.analyse.compare import (
    DOWN,
    NO_CHANGE,
    NOT_COMPARED,
    SMALL_N,
    UP,
    Comparison,
    ItemComparison,
    PairComparison,
    RateComparison,
    Side,
)
from forum_eval.analyse.stats import percent
from forum_eval.analyse.summary import Summary
from forum_eval.analyse.trend import Trend
from forum_eval.present.csvout import write_rows
from forum_eval.present.fmt import decimal, interval, level, pct, ratio
from forum_eval.present.jsonout import EDITION_FIELDS, edition_dict, json_text
from forum_eval.present.narrative import (
    VERB_KINDS,
    and_list,
    event_name,
    item_heading,
    label,
    subject_of,
)
from forum_eval.present.strings import NBSP, t
from forum_eval.present.text import data_kind, json_number, md_cell, md_heading, md_table

SCHEMA_VERSION = 1
MINUS = "\u2212"

_VERDICT_KEYS = {
    UP: "verdict_up",
    DOWN: "verdict_down",
    NO_CHANGE: "verdict_no_change",
    NOT_COMPARED: "verdict_not_compared",
}
#: the style of each verdict in the terminal
_STYLES = {UP: "bold green", DOWN: "bold red", NO_CHANGE: "", NOT_COMPARED: "dim"}
#: the least width of the item labels in the terminal comparison table
_LABEL_MIN = 14


# --- numbers -------------------------------------------------------------------------------


def points(value: float | Fraction | None, lang: str) -> str:
    """A difference of shares in signed percentage points: +7, −34, 0 (rounded half up)."""
    if value is None:
        return "–"
    rounded = percent(value)
    return f"{rounded:+}".replace("-", MINUS) if rounded else "0"


def shown_change(change: ItemComparison | RateComparison) -> Decimal | None:
    """The change a reader can check: the later percentage as shown minus the earlier one as
    shown (both whole percents rounded half up, as :func:`~forum_eval.present.fmt.pct` shows
    them), in points; None when the change was not computed."""
    a, b = change.a.share_positive, change.b.share_positive
    if change.difference is None or a is None or b is None:
        return None
    return percent(b) - percent(a)


def change_points(change: ItemComparison | RateComparison, lang: str) -> str:
    """:func:`shown_change` signed: +14, −34, 0."""
    value = shown_change(change)
    if value is None:
        return "–"
    return f"{value:+}".replace("-", MINUS) if value else "0"


def points_interval(ci: tuple[float, float] | None, lang: str) -> str:
    """ "−10 to +25" / "−10 à +25"."""
    if ci is None:
        return "–"
    return f"{points(ci[0], lang)} {t(lang, 'cmp_to')} {points(ci[1], lang)}"


def pvalue(value: float | None, lang: str) -> str:
    """0.4238 → 0.42; 0.0124 → 0.012; 0.00056 → <0.001 (decimal comma in French)."""
    if value is None:
        return "–"
    if value < 0.001:
        return decimal("<0.001", lang)
    quantum = Decimal("0.001" if value < 0.1 else "0.01")
    return decimal(f"{Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)}", lang)


def stat(name: str, value: float, lang: str) -> str:
    text = pvalue(value, lang)
    return f"{name} {text}" if text.startswith("<") else f"{name} = {text}"


# --- labels and notes ----------------------------------------------------------------------


def verdict_text(verdict: str, lang: str) -> str:
    return t(lang, _VERDICT_KEYS[verdict])


def data_note(summaries: Sequence[Summary], names: Sequence[str], lang: str) -> str | None:
    """The synthetic / reconstruction label naming every edition concerned, or None."""
    parts = []
    for kind in ("synthetic", "reconstruction"):
        concerned = [
            n for n, s in zip(names, summaries, strict=True) if data_kind(s.edition) == kind
        ]
        if concerned:
            parts.append(t(lang, f"cmp_note_{kind}", editions=and_list(concerned, lang)))
    return t(lang, "cmp_note", parts=t(lang, "separator").join(parts)) if parts else None


def method_note(comparison: Comparison, lang: str) -> str:
    alpha = decimal(f"{comparison.alpha:g}", lang)
    return t(lang, "cmp_method_note", level=level(comparison.confidence, lang), alpha=alpha)


def _labels(pair: PairComparison, ids: Sequence[str], lang: str) -> str:
    """The items' wordings, each in quotes (a wording may end with its own "?" or ".")."""
    by_id = {i.id: i for s in (pair.a, pair.b) for i in s.items}
    texts = [label(by_id[i], lang) if i in by_id else i for i in ids]
    return ", ".join(t(lang, "quoted", text=" ".join(text.split())) for text in texts)


# --- narrative -----------------------------------------------------------------------------


def _disagreement(item: ItemComparison, alpha: float, lang: str) -> str:
    """One sentence when the test on every level of the scale and the verdict disagree."""
    p_ord, q = item.p_value_ordinal, item.q_value
    if p_ord is None or q is None or (p_ord < alpha) == item.significant:
        return ""
    key = "cmp_ordinal_only" if p_ord < alpha else "cmp_share_only"
    shown = decimal(f"{alpha:g}", lang)
    return " " + t(lang, key, stat=stat("p", p_ord, lang), q=stat("q", q, lang), alpha=shown)


def _qualifier(verdict: str, name: str, value: float | None, lang: str) -> str:
    """ "not a significant change" / "a significant increase, q = 0.012"."""
    if verdict == NO_CHANGE:
        return t(lang, "cmp_qual_none")
    assert value is not None
    key = "cmp_qual_up" if verdict == UP else "cmp_qual_down"
    return t(lang, key, stat=stat(name, value, lang))


def item_sentence(item: ItemComparison, pair: PairComparison, lang: str) -> str:
    wording = label(item, lang)
    if item.verdict == NOT_COMPARED:
        empty = and_list([s.edition for s in (item.a, item.b) if s.n_valid == 0], lang)
        key = "cmp_not_compared"
        return t(lang, key, label=wording, a=pair.a_name, b=pair.b_name, editions=empty)
    qual = _qualifier(item.verdict, "q", item.q_value, lang)
    if item.small_n:
        qual += t(lang, "cmp_small_n", n=SMALL_N)
    a, b = pct(item.a.share_positive, lang), pct(item.b.share_positive, lang)
    statement = item.text("statement", lang)
    name, nameable = subject_of(wording)
    if statement:
        who = t(lang, "cmp_who", statement=statement)
    elif nameable and item.kind in VERB_KINDS:
        who = t(lang, f"cmp_who_{item.kind}", label=name)
    else:
        who = t(lang, "cmp_who_heading", label=name[:1].upper() + name[1:])
    if a == b and item.verdict == NO_CHANGE:
        sentence = t(lang, "cmp_sentence_same", who=who, a=a, qual=qual)
    else:
        sentence = t(
            lang, "cmp_sentence", who=who, a=a, b=b, diff=change_points(item, lang), qual=qual
        )
    return sentence + _disagreement(item, pair.alpha, lang)


def rate_sentence(rate: RateComparison, lang: str) -> str:
    return t(
        lang,
        "cmp_rate_sentence",
        a=pct(rate.a.share_positive, lang),
        b=pct(rate.b.share_positive, lang),
        ra=rate.a.n_positive,
        aa=rate.a.n_valid,
        rb=rate.b.n_positive,
        ab=rate.b.n_valid,
        ea=rate.a.edition,
        eb=rate.b.edition,
        diff=change_points(rate, lang),
        qual=_qualifier(rate.verdict, "p", rate.p_value, lang),
    )


def pair_narrative(pair: PairComparison, lang: str) -> list[str]:
    """The response rate first, then the items whose change is larger than noise, then the
    rest, then what was not compared. The threshold is the pair's alpha (1 − confidence), as
    in its verdicts."""
    lines = [] if pair.response_rate is None else [rate_sentence(pair.response_rate, lang)]
    real = [i for i in pair.items if i.significant]
    rest = [i for i in pair.items if not i.significant and i.verdict != NOT_COMPARED]
    not_compared = [i for i in pair.items if i.verdict == NOT_COMPARED]
    if real:
        key = "cmp_summary_one" if len(real) == 1 else "cmp_summary_many"
        labels = ", ".join(label(i, lang) for i in real)
        lines.append(t(lang, key, count=len(real), a=pair.a_name, b=pair.b_name, labels=labels))
    elif rest:
        lines.append(t(lang, "cmp_summary_none", a=pair.a_name, b=pair.b_name))
    lines.extend(item_sentence(item, pair, lang) for item in real)
    if real and rest:
        lines.append(t(lang, "cmp_rest_one" if len(rest) == 1 else "cmp_rest"))
    lines.extend(item_sentence(item, pair, lang) for item in [*rest, *not_compared])
    return lines + extra_lines(pair, lang)


def extra_lines(pair: PairComparison, lang: str) -> list[str]:
    """Items asked in only one edition, and items that cannot be compared."""
    lines = []
    for edition, ids in pair.only_in.items():
        key = "cmp_only_in_one" if len(ids) == 1 else "cmp_only_in"
        lines.append(t(lang, key, edition=edition, labels=_labels(pair, ids, lang)))
    if pair.not_compared:
        one = "_one" if len(pair.not_compared) == 1 else ""
        labels = _labels(pair, pair.not_compared, lang)
        lines.append(t(lang, f"cmp_not_comparable{one}", labels=labels))
    return lines


def narrative(comparison: Comparison, lang: str) -> list[str]:
    return [line for pair in comparison.pairs for line in pair_narrative(pair, lang)]


def title(comparison: Comparison, lang: str, *, event: bool = True) -> str:
    """ "Comparison of editions: 2018 → 2019", after the event's name when every edition
    belongs to one ("Pan-Canadian Forum on Human Trafficking, comparison of editions: …") and
    ``event`` (not inside a document that already names the event)."""
    summaries = comparison.summaries if event else ()
    return _title("cmp_title", " → ".join(comparison.names), summaries, lang)


def _title(key: str, names: str, summaries: Sequence[Summary], lang: str) -> str:
    """The title ``key`` of these editions, or ``<key>_event`` after the name of the event
    when every edition belongs to one."""
    event = event_name(summaries, lang)
    return t(lang, f"{key}_event", event=event, names=names) if event else t(lang, key, names=names)


# --- tables --------------------------------------------------------------------------------


def _side_cell(side: Side, lang: str) -> str:
    if side.n_valid == 0:
        return "– (0/0)"
    return f"{pct(side.share_positive, lang)} ({ratio(side.n_positive, side.n_valid, lang)})"


def pair_header(pair: PairComparison, comparison: Comparison, lang: str) -> list[str]:
    return [
        item_heading([i.kind for i in pair.items], lang),
        pair.a_name,
        pair.b_name,
        t(lang, "cmp_change"),
        t(lang, "cmp_change_ci", level=level(comparison.confidence, lang)),
        *(t(lang, key) for key in ("cmp_p", "cmp_p_ord", "cmp_q", "cmp_verdict")),
    ]


def _change_cells(change: ItemComparison | RateComparison, lang: str) -> list[str]:
    """The cells an item's row and the response rate's share: both sides, the change, its
    interval and p."""
    return [
        _side_cell(change.a, lang),
        _side_cell(change.b, lang),
        change_points(change, lang),
        points_interval(change.diff_ci, lang),
        pvalue(change.p_value, lang),
    ]


def pair_rows(pair: PairComparison, lang: str) -> list[list[str]]:
    rows = [
        [
            label(item, lang),
            *_change_cells(item, lang),
            pvalue(item.p_value_ordinal, lang),
            pvalue(item.q_value, lang),
            verdict_text(item.verdict, lang) + (f" (n < {SMALL_N})" if item.small_n else ""),
        ]
        for item in pair.items
    ]
    rate = pair.response_rate
    if rate is not None:
        verdict = verdict_text(rate.verdict, lang)
        rows.append([t(lang, "cmp_rate"), *_change_cells(rate, lang), "–", "–", verdict])
    return rows


def _markdown(
    heading: str, note: str | None, body: list[str], method: str, images: Sequence[tuple[str, str]]
) -> str:
    """A Markdown page of compare or trend: title, data note, ``body``, method note, images."""
    out = [*md_heading(heading, note), *body, f"*{method}*"]
    for path, alt in images:
        out += ["", f"![{md_cell(alt)}]({path})"]
    return "\n".join(out) + "\n"


def render_markdown(
    comparison: Comparison, lang: str, *, images: Sequence[tuple[str, str]] = ()
) -> str:
    body = []
    for pair in comparison.pairs:
        body += [f"## {t(lang, 'cmp_pair', a=pair.a_name, b=pair.b_name)}", ""]
        body += [f"- {line}" for line in pair_narrative(pair, lang)]
        body += [""]
        body += md_table(pair_header(pair, comparison, lang), pair_rows(pair, lang), last_left=True)
        body += [""]
    note = data_note(comparison.summaries, comparison.names, lang)
    return _markdown(title(comparison, lang), note, body, method_note(comparison, lang), images)


def _column_width(header: str, cells: Sequence[str], words: bool) -> int:
    """A terminal table column's width: a figure column is as wide as its longest figure
    (line) or header word, so that no figure is cut; a label column (``words``) needs its
    longest word."""
    widest = max(
        len(part)
        for part in [
            *header.split(" "),  # "95 %" (no-break space) is one word
            *(p for c in cells for p in (c.split() if words else c.split("\n"))),
        ]
    )
    if not words and NBSP in header and len(header) <= widest + 2:
        # rich would break "IC à 95 %" at its no-break space: on one line when that costs
        # two more characters at most
        widest = max(widest, len(header))
    return widest


def _add_column(
    table: Any, header: str, cells: Sequence[str], words: bool, *, fixed: bool = False
) -> None:
    """A column of a terminal table (see :func:`_column_width`): figures are never cut
    ("(60/150)" stays on one line); labels and verdicts wrap between words and are folded
    only where a word is longer than the column. A ``fixed`` column of words is as wide as
    its longest word: rich narrows only the columns whose width is not set, and it would
    narrow a verdict below its words."""
    from rich.text import Text

    widest = _column_width(header, cells, words)
    table.add_column(
        Text(header),
        justify="left" if words else "right",
        overflow="fold",
        width=widest if fixed or not words else None,
        min_width=widest if words else None,
    )


def render_console(comparison: Comparison, lang: str, console: Any) -> None:
    from rich.console import Group
    from rich.text import Text

    from forum_eval.present.console import check_width, paragraph

    check_width(console)
    width = console.width
    parts: list[Any] = [paragraph(title(comparison, lang), width, "bold")]
    note = data_note(comparison.summaries, comparison.names, lang)
    if note:
        parts.append(paragraph(note, width, "italic"))
    for pair in comparison.pairs:
        parts += [Text(""), _pair_table(pair, comparison, lang, width)]
        parts += [paragraph(line, width) for line in pair_narrative(pair, lang)]
    parts += [Text(""), paragraph(method_note(comparison, lang), width, "dim")]
    console.print(Group(*parts))


def _pair_table(pair: PairComparison, comparison: Comparison, lang: str, width: int) -> Any:
    """The terminal table of one pair, narrowed until it fits the terminal: the q-value
    column goes first (it is in the Markdown, JSON and CSV outputs), then the counts are
    written on two lines ("(1,234/" then "2,345)"); when even that does not fit, one row
    after another."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from forum_eval.present.console import paragraph, stacked

    header = pair_header(pair, comparison, lang)
    table_rows = pair_rows(pair, lang)
    verdicts = [i.verdict for i in pair.items]
    if pair.response_rate is not None:
        verdicts.append(pair.response_rate.verdict)
    title_text = t(lang, "cmp_pair", a=pair.a_name, b=pair.b_name)
    # the terminal shows what the verdict rests on; p-values of both tests are in the
    # Markdown, JSON and CSV outputs
    choices = [
        ((0, 1, 2, 3, 4, 7, 8), False),
        ((0, 1, 2, 3, 4, 8), False),
        ((0, 1, 2, 3, 4, 8), True),
    ]
    for keep, split_counts in choices:
        table = Table(title=Text(title_text, style="bold"), box=box.SIMPLE_HEAD, pad_edge=False)
        rows = [
            [_share_cell(row[i], split_counts) if i in (1, 2) else row[i] for i in keep]
            for row in table_rows
        ]
        for column, position in enumerate(keep):
            cells = [r[column] for r in rows]
            _add_column(table, header[position], cells, position in (0, 8), fixed=position == 8)
        for cells, verdict in zip(rows, verdicts, strict=True):
            texts = [Text(cell) for cell in cells]
            texts[-1].stylize(_STYLES[verdict])
            table.add_row(*texts)
        # every column but the labels has a set width; rich adds one space of padding on
        # each inner side of a column, and 2 + (columns − 1) for this box's edges and rules
        fixed = sum(c.width for c in table.columns if c.width is not None)
        columns = len(table.columns)
        if _LABEL_MIN + fixed + 3 * columns - 1 <= width:
            return table
    keep = choices[0][0]
    return Group(
        paragraph(title_text, width, "bold"),
        Text(""),
        stacked(
            [header[i] for i in keep],
            [[r[i] for i in keep] for r in table_rows],
            width,
            lang,
            words_last=True,
            styles=[_STYLES[v] for v in verdicts],
        ),
    )


def _share_cell(text: str, split_counts: bool) -> str:
    """ "93% (27/29)" on two lines, the count under the percentage; on three when the
    counts are split at their slash."""
    cell = text.replace(" (", "\n(", 1)
    return cell.replace("/", "/\n", 1) if split_counts else cell


# --- JSON and CSV --------------------------------------------------------------------------


def _side_dict(side: Side) -> dict[str, Any]:
    return {
        "edition": side.edition,
        "n_valid": side.n_valid,
        "n_positive": side.n_positive,
        "share_positive": json_number(side.share_positive),
        "ci_low": side.ci[0] if side.ci else None,
        "ci_high": side.ci[1] if side.ci else None,
    }


def item_dict(item: ItemComparison, lang: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": label(item, lang),
        "kind": item.kind,
        "a": _side_dict(item.a),
        "b": _side_dict(item.b),
        "difference": json_number(item.difference),
        "diff_ci_low": item.diff_ci[0] if item.diff_ci else None,
        "diff_ci_high": item.diff_ci[1] if item.diff_ci else None,
        "p_value": item.p_value,
        "p_value_ordinal": item.p_value_ordinal,
        "q_value": item.q_value,
        "q_value_ordinal": item.q_value_ordinal,
        "verdict": item.verdict,
        "small_n": item.small_n,
    }


def _editions(shown: Comparison | Trend) -> list[dict[str, Any]]:
    """Each edition shown: its name, file, date, place, kind of data and response rate."""
    return [
        {
            "name": name,
            "file": summary.file,
            **(edition_dict(summary.edition) or dict.fromkeys(EDITION_FIELDS)),
            "respondents": summary.respondents,
            "attendees": summary.attendees,
            "response_rate": json_number(summary.response_rate),
        }
        for name, summary in zip(shown.names, shown.summaries, strict=True)
    ]


def _rate_dict(rate: RateComparison | None) -> dict[str, Any] | None:
    if rate is None:
        return None
    return {
        **{
            name: {
                "rate": json_number(side.share_positive),
                "respondents": side.n_positive,
                "attendees": side.n_valid,
            }
            for name, side in (("a", rate.a), ("b", rate.b))
        },
        "difference": json_number(rate.difference),
        "diff_ci_low": rate.diff_ci[0],
        "diff_ci_high": rate.diff_ci[1],
        "p_value": rate.p_value,
        "verdict": rate.verdict,
    }


def comparison_dict(comparison: Comparison, lang: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "command": "compare",
        "lang": lang,
        "confidence": comparison.confidence,
        "alpha": comparison.alpha,
        "editions": _editions(comparison),
        "data_note": data_note(comparison.summaries, comparison.names, lang),
        "pairs": [
            {
                "a": pair.a_name,
                "b": pair.b_name,
                "response_rate": _rate_dict(pair.response_rate),
                "only_in": {k: list(v) for k, v in pair.only_in.items()},
                "not_compared": list(pair.not_compared),
            }
            for pair in comparison.pairs
        ],
        "items": [item_dict(item, lang) for pair in comparison.pairs for item in pair.items],
        "only_in": {k: list(v) for k, v in comparison.only_in.items()},
        "narrative": narrative(comparison, lang),
        "method": method_note(comparison, lang),
        "warnings": list(comparison.warnings),
    }


def render_json(comparison: Comparison, lang: str) -> str:
    return json_text(comparison_dict(comparison, lang))


CSV_COLUMNS = (
    "a_edition",
    "a_data",
    "b_edition",
    "b_data",
    "id",
    "label",
    # the fields of each side
    *(f"{side}_{key}" for side in "ab" for key in ("n_valid", "n_positive", "share_positive")),
    "difference",
    "diff_ci_low",
    "diff_ci_high",
    "p_value",
    "p_value_ordinal",
    "q_value",
    "q_value_ordinal",
    "verdict",
    "small_n",
)


def _data_kind(summary: Summary) -> str:
    return summary.edition.data if summary.edition else ""


def render_csv(comparison: Comparison, lang: str) -> str:
    rows = []
    for pair in comparison.pairs:
        for item in pair.items:
            d = item_dict(item, lang)
            # the a_… and b_… columns are the fields of the two sides
            d |= {f"{side}_{key}": value for side in "ab" for key, value in d[side].items()}
            editions = [pair.a_name, _data_kind(pair.a), pair.b_name, _data_kind(pair.b)]
            rows.append([*editions, *(d[column] for column in CSV_COLUMNS[4:])])
    return write_rows(CSV_COLUMNS, rows)


# --- trend ---------------------------------------------------------------------------------


def trend_title(trend: Trend, lang: str) -> str:
    """ "Trend across editions: 2018, 2019", after the event's name when every edition
    belongs to one."""
    return _title("trend_title", ", ".join(trend.names), trend.summaries, lang)


def trend_header(trend: Trend, lang: str) -> list[str]:
    return [
        item_heading([s.kind for s in trend.series], lang),
        *(t(lang, key) for key in ("trend_edition", "positive", "n")),
        t(lang, "ci", level=level(trend.confidence, lang)),
    ]


def trend_rows(trend: Trend, lang: str) -> list[list[str]]:
    rows = []
    for series in trend.series:
        for p in series.points:
            figures = [t(lang, "trend_not_asked"), "–", "–"]
            if p.asked:
                figures = [
                    pct(p.share_positive, lang),
                    ratio(p.n_positive, p.n_valid, lang),
                    interval(*p.ci, lang) if p.ci else "–",
                ]
            edition = f"{p.edition} ({p.city})" if p.city else p.edition
            rows.append([label(series, lang), edition, *figures])
    return rows


def trend_narrative(trend: Trend, lang: str) -> list[str]:
    lines = []
    for series in trend.series:
        parts = [
            t(lang, "trend_point", pct=pct(p.share_positive, lang), edition=p.edition)
            for p in series.points
            if p.asked and p.n_valid
        ]
        if parts:
            lines.append(
                t(lang, "trend_sentence", label=label(series, lang), points=", ".join(parts))
            )
    return lines


def trend_method_note(trend: Trend, lang: str) -> str:
    return t(lang, "trend_method_note", level=level(trend.confidence, lang))


def render_trend_markdown(
    trend: Trend, lang: str, *, images: Sequence[tuple[str, str]] = ()
) -> str:
    body = [f"- {line}" for line in trend_narrative(trend, lang)]
    body += ["", *md_table(trend_header(trend, lang), trend_rows(trend, lang), left=2), ""]
    note = data_note(trend.summaries, trend.names, lang)
    return _markdown(trend_title(trend, lang), note, body, trend_method_note(trend, lang), images)


def render_trend_console(trend: Trend, lang: str, console: Any) -> None:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from forum_eval.present.console import check_width, paragraph, stacked

    check_width(console)
    width = console.width
    rows = trend_rows(trend, lang)
    header = trend_header(trend, lang)
    # an item's label on its first row only
    once = [["" if n and r[0] == rows[n - 1][0] else r[0], *r[1:]] for n, r in enumerate(rows)]
    # the table's least width: the labels at _LABEL_MIN, every other column at its longest
    # word or figure, plus rich's borders and padding
    least = _LABEL_MIN + sum(
        _column_width(name, [r[p] for r in rows], p < 2) for p, name in enumerate(header) if p
    )
    parts: list[Any]
    if least + 3 * len(header) + 1 > width:
        parts = [paragraph(trend_title(trend, lang), width, "bold"), Text("")]
        parts.append(stacked(header, once, width, lang))
    else:
        # the title above the table, wrapped at plain spaces only: as a rich table title it
        # broke at the no-break space before the French colon ("…d'une édition à l'autre /
        # : 2016, 2017 …")
        table = Table(title=paragraph(trend_title(trend, lang), width, "bold"))
        for position, name in enumerate(header):
            _add_column(table, name, [r[position] for r in rows], position < 2)
        for n, row in enumerate(once):
            if n and row[0]:  # a new item
                table.add_section()
            table.add_row(*(Text(c) for c in row))
        parts = [table]
    # the data note, narrative and method note under the table
    note = data_note(trend.summaries, trend.names, lang)
    if note:
        parts.append(paragraph(note, width, "italic"))
    parts += [Text(""), *(paragraph(line, width) for line in trend_narrative(trend, lang))]
    parts += [Text(""), paragraph(trend_method_note(trend, lang), width, "dim")]
    console.print(Group(*parts))


TREND_COLUMNS = (
    "id",
    "label",
    "edition",
    "year",
    "city",
    "data",
    "asked",
    "n_valid",
    "n_positive",
    "share_positive",
    "ci_low",
    "ci_high",
)


def _trend_points(trend: Trend, lang: str) -> list[dict[str, Any]]:
    data = {n: _data_kind(s) or None for n, s in zip(trend.names, trend.summaries, strict=True)}
    return [
        {
            "id": series.id,
            "label": label(series, lang),
            "edition": p.edition,
            "year": p.year,
            "city": p.city,
            "data": data[p.edition],
            "asked": p.asked,
            "n_valid": p.n_valid if p.asked else None,
            "n_positive": p.n_positive if p.asked else None,
            "share_positive": json_number(p.share_positive),
            "ci_low": p.ci[0] if p.ci else None,
            "ci_high": p.ci[1] if p.ci else None,
        }
        for series in trend.series
        for p in series.points
    ]


def render_trend_json(trend: Trend, lang: str) -> str:
    data = {
        "schema": SCHEMA_VERSION,
        "command": "trend",
        "lang": lang,
        "confidence": trend.confidence,
        "editions": _editions(trend),
        "data_note": data_note(trend.summaries, trend.names, lang),
        "rows": _trend_points(trend, lang),
        "narrative": trend_narrative(trend, lang),
        "method": trend_method_note(trend, lang),
    }
    return json_text(data)


def render_trend_csv(trend: Trend, lang: str) -> str:
    return write_rows(
        TREND_COLUMNS, ([row[c] for c in TREND_COLUMNS] for row in _trend_points(trend, lang))
    )
