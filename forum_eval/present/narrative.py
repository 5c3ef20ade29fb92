"""Sentences in the register of an evaluation section, from a Summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.config.registry import Edition
from forum_eval.present import fmt
from forum_eval.present.fmt import pct, pct_number
from forum_eval.present.strings import t
from forum_eval.present.text import data_kind
from forum_eval.textnorm import clean_file_title

if TYPE_CHECKING:
    from forum_eval.analyse.comments import CommentsResult
    from forum_eval.analyse.compare import ItemComparison
    from forum_eval.analyse.trend import TrendSeries


def title(summary: Summary | CommentsResult, lang: str, override: str | None = None) -> str:
    """The name every output (the comments' too) gives the survey: ``override`` when given
    (``--title``), else the edition's heading (:func:`edition_heading`), else the file's stem
    cleaned of ``+``, ``_`` and the export time (never a raw file name, issue 16)."""
    if override:
        return override
    if summary.edition is not None:
        return edition_heading(summary.edition, lang)
    return t(lang, "file_title", name=clean_file_title(summary.file))


def event_name(summaries: Sequence[Summary], lang: str) -> str | None:
    """The name of the event every edition shown belongs to (the ``[event]`` of their
    project file, in ``lang``), or None: plain files, or editions of different events."""
    names = {
        s.edition.event.name(lang) if s.edition is not None and s.edition.event else None
        for s in summaries
    }
    return names.pop() if len(names) == 1 else None


def edition_heading(edition: Edition, lang: str) -> str:
    """ "Forum pancanadien sur la traite des personnes 2019, Ottawa (ON)": the edition's own
    name when it has one, else the event's name (the project file's ``[event]``, in ``lang``
    or else the other language) and the year, else "Forum <year>"; then the place, as far as
    it is known (a project edition may have none)."""
    name = edition.name
    if not name:
        event = edition.event.name(lang) if edition.event is not None else None
        name = f"{event} {edition.year}" if event else t(lang, "edition_name", year=edition.year)
    place = ", ".join(p for p in (edition.city, edition.province) if p)
    if edition.city and edition.province:
        place = f"{edition.city} ({edition.province})"
    return f"{name}, {place}" if place else name


def _respondents(summary: Summary, lang: str, key: str, unknown: str, rate: bool) -> str:
    """``key`` with the respondents, attendees and response rate when ``rate``, else
    ``unknown`` with the respondents alone."""
    one = "_one" if summary.respondents == 1 else ""
    if not rate:
        return t(lang, f"{unknown}{one}", respondents=summary.respondents)
    return t(
        lang,
        f"{key}{one}",
        respondents=summary.respondents,
        attendees=summary.attendees,
        rate=pct(summary.response_rate, lang),
    )


def respondents_line(summary: Summary, lang: str) -> str:
    known = summary.attendees is not None
    return _respondents(summary, lang, "respondents_line", "respondents_line_unknown", known)


def data_note(summary: Summary | CommentsResult, lang: str) -> str | None:
    """The reconstruction / synthetic label every output of such an edition carries."""
    kind = data_kind(summary.edition)
    return t(lang, f"note_{kind}") if kind else None


def excluded_line(summary: Summary, lang: str) -> str | None:
    if not summary.excluded:
        return None
    parts = ", ".join(
        f"{fmt.count(n, lang)} {_reason(reason, n, lang)}"
        for reason, n in sorted(summary.excluded.items())
    )
    return t(lang, "excluded", parts=parts)


def _reason(reason: str, n: int, lang: str) -> str:
    if reason not in ("empty", "incomplete", "preview", "duplicate", "rejected"):
        return reason
    return t(lang, f"reason_{reason}" + ("_one" if n == 1 else ""))


def label(item: ItemSummary | ItemComparison | TrendSeries, lang: str) -> str:
    return item.text("label", lang) or item.id


def item_heading(kinds: Sequence[str], lang: str) -> str:
    """The heading of a table's item column: "Item" / "Énoncé" when some items are
    statements (or there is none), "Question" when none is."""
    return t(lang, "item" if "agreement" in kinds or not kinds else "question")


# --- what an item is, in words ------------------------------------------------------------

#: A grid row as the platforms export it: "Stem? [Row]".
_GRID = re.compile(r"^(?P<stem>.+?)\s*\[(?P<row>[^\[\]]+)\]\s*$")
#: Openings of a question that leave the thing asked about (a noun phrase) behind them:
#: "How satisfied were you with the venue?" → "the venue".
_NOUN_STEMS = [
    r"(overall,?\s+)?how (satisfied|happy) (were|are) you (overall )?(with|by|about)( the following:?)?",
    r"(overall,?\s+)?how would you rate( the following:?)?",
    r"(overall,?\s+)?how do you rate",
    r"please rate",
    r"how (useful|helpful|interesting|relevant|easy|clear) (was|were|is|are|did you find)",
    r"what did you think of",
    r"(dans l'ensemble,?\s+)?(êtes|etes)[- ]vous satisfait(·e|\.e|\(e\)|e)?s?( de la| du| des| de| d')?",
    r"comment (évaluez|evaluez|jugez|notez|appréciez)[- ]vous",
    r"que pensez[- ]vous( de la| du| des| de| d')?",
    r"quelle est votre (satisfaction|appréciation|opinion) (à l'égard |quant )?(de la|du|des|de|d')?",
]
#: Openings that only make a question of a clause: stripped, but what is left is not a noun
#: phrase ("Trouvez-vous intéressant de …" → "Intéressant de …").
_CLAUSE_STEMS = [
    r"trouvez[- ]vous",
    r"[àa] quel point",
    r"dans quelle mesure",
    r"to what extent",
    r"in your opinion,?",
    r"selon vous,?",
]
#: A text that still asks something once its opening is stripped.
_QUESTION_WORDS = re.compile(
    r"^(how|what|which|who|why|when|where|do|does|did|are|is|was|were|have|has|had|would|will|"
    r"can|could|should|est-ce|comment|quel|quelle|quels|quelles|pourquoi|combien|où)\b",
    re.IGNORECASE,
)
#: the inverted subject of a French question ("avez-vous", "a-t-il")
_INVERSION = re.compile(r"\w-(t-)?(vous|tu|il|elle|ils|elles|on|je|nous)\b", re.IGNORECASE)


def _asks(text: str) -> bool:
    return "?" in text or bool(_QUESTION_WORDS.match(text) or _INVERSION.search(text))


#: Kinds with a verb of their own, when the item names a thing ("were satisfied with …").
VERB_KINDS = {
    "agreement",
    "satisfaction",
    "favourability",
    "usefulness",
    "interest",
    "ease",
    "quality",
    "rating",
    "yesno",
}
_MAX_LABEL = 90


def _strip_opening(text: str, patterns: list[str]) -> str | None:
    for pattern in patterns:
        match = re.match(pattern + r"\s+", text, re.IGNORECASE)
        if match:
            return text[match.end() :]
    return None


def _tidy(text: str) -> str:
    return text.strip().rstrip("?？:.…").strip().rstrip("\u00a0 ")


def subject_of(wording: str) -> tuple[str, bool]:
    """What an item's wording asks about, for a sentence, and whether it is a thing one can
    name as a sentence's object (a statement, a grid row, what follows "How satisfied were
    you with"); otherwise the text is a question or a clause, to be shown as a heading."""
    text = " ".join(wording.split())
    grid = _GRID.match(text)
    if grid:
        row = _tidy(grid["row"])
        if row and "?" not in row:
            return row, True
    noun = _tidy(_strip_opening(text, _NOUN_STEMS) or "")
    if noun and "?" not in noun:
        return noun, True
    clause = _tidy(_strip_opening(text, _CLAUSE_STEMS) or "")
    if clause and not _asks(clause):
        return clause[0].upper() + clause[1:], False
    if _asks(text):
        return text.strip(), False
    return _tidy(text), len(_tidy(text)) <= _MAX_LABEL


def _french_of(wording: str, name: str) -> str:
    """The "de" a French sentence puts before the quoted ``name``: the question's own article
    when its opening ended with one ("satisfait·e du forum" → "satisfaites du « forum »", not
    "de « forum »"), else "de "."""
    text = " ".join(wording.split())
    before = text[: text.find(name)] if name and name in text else ""
    found = re.search(r"\b(du|de la|des)\s*$", before, re.IGNORECASE)
    return f"{found[1].lower()} " if found else "de "


def _joined(parts: Sequence[str], word: str) -> str:
    """ "A", "A or B", "A, B or C": ``parts`` separated by commas, the last by ``word``."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def or_list(labels: list[str], lang: str) -> str:
    """ "A", "A or B", "A, B or C" / "A ou B"."""
    return _joined(labels, t(lang, "or"))


def and_list(parts: Sequence[str], lang: str) -> str:
    """ "A", "A and B", "A, B and C" / "A, B et C"."""
    return _joined(parts, t(lang, "and"))


def _numbers(labels: list[str] | tuple[str, ...]) -> bool:
    return bool(labels) and all(lab.strip().isdigit() for lab in labels)


def counted(item: ItemSummary, lang: str) -> str:
    """The labels counted as positive (from the item's own scale), in words: "Very satisfied
    or Satisfied", "4 or 5 out of 5" (numbers name the top of their scale), "1 or 2 out of 5,
    1 being the best" (a scale whose low numbers are the good end)."""
    every = item.category_labels.get(lang) or next(iter(item.category_labels.values()), ())
    labels = [lab for lab, pos in zip(every, item.positive, strict=True) if pos]
    # numbers read upwards ("4 or 5", "9 or 10"; "1 or 2" on a reversed scale), words from
    # the most positive down
    text = or_list(sorted(labels, key=int) if _numbers(labels) else labels[::-1], lang)
    if _numbers(labels) and _numbers(every):
        low, high = every[0].strip(), every[-1].strip()  # from the negative to the positive end
        if int(low) > int(high):
            text += t(lang, "out_of_low_best", top=low, best=high)
        else:
            text += t(lang, "out_of", top=high)
    return text


def _extra(item: ItemSummary, lang: str) -> str:
    extra = ""
    if item.n_not_applicable:
        key = "extra_na_one" if item.n_not_applicable == 1 else "extra_na"
        extra += t(lang, key, count=item.n_not_applicable)
    if item.nps is not None:  # 0–10 recommend items: % promoters − % detractors, as a score
        score = pct_number(item.nps, lang).removeprefix("-")
        sign = "" if score == "0" else ("+" if item.nps > 0 else "−")
        extra += t(lang, "extra_nps", nps=sign + score)
    return extra


def no_valid_sentence(item: ItemSummary, lang: str) -> str:
    """ "No valid answer to “X”: 2 answered “not applicable”, 1 left it blank." — why an
    item has no percentage (the reader would otherwise think nobody was asked)."""
    parts = [
        t(lang, f"no_valid_{what}" + ("_one" if n == 1 else ""), count=n)
        for what, n in (
            ("na", item.n_not_applicable),
            ("blank", item.n_blank),
            ("invalid", item.n_invalid),
        )
        if n
    ]
    if not parts:
        return t(lang, "no_valid", label=label(item, lang))
    return t(lang, "no_valid_why", label=label(item, lang), parts=", ".join(parts))


def item_sentence(item: ItemSummary, lang: str) -> str:
    if item.kind == "choice":
        parts = ", ".join(
            t(lang, "choice_part", category=cat, count=count)
            for cat, count in zip(item.category_labels[lang], item.counts, strict=True)
        )
        name = " ".join(label(item, lang).split())
        one = "_one" if item.n_valid == 1 else ""  # the base of the counts, in the singular
        if _asks(name):
            return t(lang, f"choice_heading{one}", label=name, parts=parts, valid=item.n_valid)
        # a sentence's first word: "Day skip delivered at compost: …", not "day skip …"
        tidy = _tidy(name)
        return t(
            lang,
            f"choice_sentence{one}",
            label=tidy[:1].upper() + tidy[1:],
            parts=parts,
            valid=item.n_valid,
        )
    statement = item.text("statement", lang)
    name, nameable = subject_of(label(item, lang))
    if item.share_positive is None:
        return no_valid_sentence(item, lang)
    figures = {
        "pct": pct(item.share_positive, lang),
        "positive": item.n_positive,
        "valid": item.n_valid,
        "extra": _extra(item, lang),
    }
    if statement:  # the questionnaire's own short statement (the 2019 sample)
        return t(lang, "item_sentence", statement=statement, **figures)
    labels = counted(item, lang)
    if item.kind == "nps":
        return t(lang, "nps_sentence", label=name, labels=labels, **figures)
    if item.kind == "yesno" and _GRID.match(label(item, lang)):
        # a ticked box of a multiple-choice grid: "said yes to “Linux”" would not say to what
        name, nameable = " ".join(label(item, lang).split()), False
    if nameable and item.kind in VERB_KINDS:
        of = _french_of(label(item, lang), name)
        return t(lang, f"sentence_{item.kind}", label=name, labels=labels, of=of, **figures)
    heading = name[:1].upper() + name[1:]
    return t(lang, "heading_sentence", label=heading, labels=labels, **figures)


#: the most options a multi-select sentence names
MS_NAMED = 3


def multiselect_named(item: ItemSummary) -> list[int]:
    """The options a multi-select sentence names: at most :data:`MS_NAMED` of those ticked,
    most ticked first (ties: the form's order). "Other", "None" and "Prefer not to say"
    come after an option ticked as often, so they are named first only when they are the
    top alone."""
    # alt.py imports this module: its list of the options drawn last is imported when needed
    from forum_eval.present.alt import last_rank

    ticked = [i for i in range(len(item.counts)) if item.counts[i]]
    ticked.sort(key=lambda i: (-item.counts[i], last_rank(item, i) is not None, i))
    return ticked[:MS_NAMED]


#: the instruction a checkbox question often ends with, left out of the sentence's quote
_ALL_THAT_APPLY = re.compile(
    r"\s*\(?\s*(please\s+)?(select|tick|check|choose|mark)\s+all\s+that\s+apply\s*[.!]?\s*\)?"
    r"\s*$|\s*\(?\s*(veuillez\s+)?(cochez|cocher|sélectionnez|sélectionner|choisissez)\s+"
    r"(toutes\s+les\s+réponses|tout\s+ce)\s+qui\s+(s'appliquent|s'applique|conviennent|"
    r"convient)\s*[.!]?\s*\)?\s*$",
    re.IGNORECASE,
)


def multiselect_sentence(item: ItemSummary, lang: str) -> str:
    """ "Asked “Which sessions did you attend?” (several answers allowed), the 10 respondents
    who answered most often ticked Opening plenary (60%, 6 of 10), …": the options ticked
    most, as shares of the respondents who ticked at least one (the shares of a multi-select
    question do not add up to 100 %)."""
    name = _ALL_THAT_APPLY.sub("", " ".join(label(item, lang).split())) or label(item, lang)
    if _asks(name):
        opening = t(lang, "ms_asked", label=name.strip())
    else:
        opening = t(lang, "ms_headed", label=_tidy(name)[:1].upper() + _tidy(name)[1:])
    if not item.n_valid:
        return t(lang, "ms_sentence_none", opening=opening)
    named = multiselect_named(item)
    options = item.category_labels[lang]
    parts = [
        t(
            lang,
            "ms_first" if k == 0 else "ms_part",
            option=options[i],
            pct=pct(Fraction(item.counts[i], item.n_valid), lang),
            count=item.counts[i],
            valid=item.n_valid,
        )
        for k, i in enumerate(named)
    ]
    every = len(named) == sum(1 for n in item.counts if n)
    if item.n_valid == 1:
        key = "ms_sentence_one" if every else "ms_sentence_one_more"
    else:
        key = "ms_sentence_all" if every else "ms_sentence"
    return t(lang, key, opening=opening, parts=and_list(parts, lang), valid=item.n_valid)


def comments_sentence(count: int, name: str, lang: str) -> str:
    """ "21 respondents wrote a comment in “Suggestions”"; a question is shown as a heading."""
    one = "_one" if count == 1 else ""
    if "?" in name:
        return t(lang, f"comments_heading{one}", count=count, label=name.strip())
    return t(lang, f"comments_sentence{one}", count=count, label=_tidy(name))


def narrative(summary: Summary, lang: str) -> list[str]:
    """One sentence for the response rate, then one per item, in questionnaire order, one
    per multi-select question, then one per comment question."""
    rate = summary.attendees is not None and summary.response_rate is not None
    lines = [_respondents(summary, lang, "header_rate", "header_no_rate", rate)]
    lines.extend(item_sentence(item, lang) for item in summary.items)
    # multi-select questions after the items (self-identification ones never reach a Summary:
    # analyse/summary.py sets them aside)
    lines.extend(multiselect_sentence(item, lang) for item in summary.multiselect)
    lines.extend(
        comments_sentence(c.n_comments, c.label.get(lang) or c.id, lang)
        for c in summary.comments
        if c.n_comments
    )
    return lines
