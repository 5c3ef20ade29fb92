"""Per-item figures for one edition: the one result every renderer reads.

Numbers stay exact here (counts, :class:`~fractions.Fraction` shares, float interval ends);
rounding is the renderers' choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from forum_eval.analyse.choices import summarize_multiselect
from forum_eval.analyse.stats import nonresponse_bounds, proportion_interval, share
from forum_eval.config.registry import Edition
from forum_eval.config.scales import NPS_DETRACTORS, Scale
from forum_eval.errors import InputError
from forum_eval.textnorm import Labelled

if TYPE_CHECKING:
    # not at run time: a chart worker unpickles Summary objects without importing pandas
    # (forum_eval/render/drawing.py)
    from forum_eval.read.responses import ItemResponses, Responses
    from forum_eval.read.survey import Survey


@dataclass(frozen=True)
class ItemSummary(Labelled):
    id: str
    kind: str
    label: Mapping[str, str]
    statement: Mapping[str, str]
    scale: str
    #: category ids in scale order (negative → positive)
    categories: tuple[str, ...]
    #: category labels in scale order, per language
    category_labels: Mapping[str, tuple[str, ...]]
    counts: tuple[int, ...]
    positive: tuple[bool, ...]
    neutral: str | None
    n_valid: int
    n_blank: int
    n_not_applicable: int
    n_invalid: int
    n_positive: int | None
    share_positive: Fraction | None
    ci: tuple[float, float] | None
    bounds: tuple[Fraction, Fraction] | None
    inferred: bool = False
    #: Net Promoter Score (promoters − detractors) / n_valid, for 0–10 recommend items (kind nps)
    nps: Fraction | None = None
    #: the question of a grid row (the item is labelled by its row), None otherwise
    group: str | None = None
    #: what the share counts on a scale without a good/bad pole, per language ("often or
    #: more"); empty with a pole
    share_name: Mapping[str, str] = field(default_factory=dict)
    #: per category, its label as the form wrote it ("" when no answer is on it)
    shown: tuple[str, ...] = ()

    def levels(self, lang: str) -> tuple[str, ...]:
        """The levels as respondents saw them (the form's own spelling; the scale's label in
        ``lang`` for a level nobody chose), in scale order."""
        labels = self.category_labels[lang]
        if len(self.shown) != len(labels):
            return tuple(labels)
        return tuple(own or label for own, label in zip(self.shown, labels, strict=True))

    @property
    def positive_categories(self) -> tuple[str, ...]:
        """The category ids whose counts add up to ``n_positive``, in scale order."""
        return tuple(c for c, pos in zip(self.categories, self.positive, strict=True) if pos)


@dataclass(frozen=True)
class CommentSummary:
    """A comment column: how many respondents wrote in it."""

    id: str
    label: Mapping[str, str]
    n_comments: int


@dataclass(frozen=True)
class Summary:
    name: str
    file: str
    edition: Edition | None
    respondents: int
    attendees: int | None
    response_rate: Fraction | None
    confidence: float
    items: tuple[ItemSummary, ...]
    comments: tuple[CommentSummary, ...] = ()
    excluded: Mapping[str, int] = field(default_factory=dict)
    set_aside: Mapping[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    #: multi-select (checkbox) questions, kind ``multiselect`` (see analyse/choices.py):
    #: apart from ``items``, as they have no "% positive"
    multiselect: tuple[ItemSummary, ...] = ()

    def item(self, item_id: str) -> ItemSummary:
        """The item, or multi-select question, of id ``item_id``."""
        for item in (*self.items, *self.multiselect):
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def _nps(scale: Scale, counts: tuple[int, ...], n_valid: int) -> Fraction | None:
    """% promoters (9–10) − % detractors (0–6), as a fraction −1…1; None unless an NPS item."""
    if scale.kind != "nps" or not n_valid:
        return None
    promoters = sum(c for c, i in zip(counts, scale.ids, strict=True) if i in scale.positive)
    detractors = sum(c for c, i in zip(counts, scale.ids, strict=True) if i in NPS_DETRACTORS)
    return Fraction(promoters - detractors, n_valid)


def summarize_item(
    data: ItemResponses, *, confidence: float, attendees: int | None, respondents: int
) -> ItemSummary:
    from forum_eval.read.responses import BLANK, INVALID, NOT_APPLICABLE

    scale = data.scale
    # one count of every code, the three negative ones (blank, N/A, invalid) first
    shift = -min(BLANK, NOT_APPLICABLE, INVALID)
    tally = np.bincount(
        data.codes.astype(np.intp) + shift, minlength=shift + len(scale.categories)
    ).tolist()
    counts = tuple(tally[shift:])
    n_valid = sum(counts)
    mask = scale.positive_mask()
    n_positive = sum(c for c, pos in zip(counts, mask, strict=True) if pos) if any(mask) else None
    n_blank = tally[BLANK + shift]
    ci = bounds = None
    if n_positive is not None and n_valid:
        population = attendees if attendees is not None and attendees >= respondents else None
        ci = proportion_interval(n_positive, n_valid, confidence, population)
        if population is not None:
            bounds = nonresponse_bounds(n_positive, n_valid, (population - respondents) + n_blank)
    item = data.item
    return ItemSummary(
        id=item.id,
        kind=item.kind,
        label=dict(item.label),
        statement=dict(item.statement),
        scale=scale.id,
        categories=scale.ids,
        category_labels={lang: scale.labels(lang) for lang in ("en", "fr")},
        counts=counts,
        positive=mask,
        neutral=scale.neutral,
        n_valid=n_valid,
        n_blank=n_blank,
        n_not_applicable=tally[NOT_APPLICABLE + shift],
        n_invalid=tally[INVALID + shift],
        n_positive=n_positive,
        share_positive=share(n_positive, n_valid),
        ci=ci,
        bounds=bounds,
        inferred=data.inferred,
        nps=_nps(scale, counts, n_valid),
        group=data.group,
        shown=data.shown,
        share_name={lang: scale.share_name(lang) for lang in ("en", "fr")}
        if scale.share is not None
        else {},
    )


def summarize(
    responses: Responses,
    *,
    name: str,
    file: str,
    edition: Edition | None = None,
    attendees: int | None = None,
    confidence: float = 0.95,
) -> Summary:
    if attendees is None and edition is not None:
        attendees = edition.attendees
    respondents = responses.respondents
    if attendees is not None and respondents > attendees:
        # a response rate above 100 % is never a figure (the command line's --attendees is
        # refused before, as a usage error; this is a project file's count, or compare's)
        raise InputError(
            f"{name}: {respondents} respondents but {attendees} attendees: the response rate "
            f"would be {respondents / attendees:.0%}.",
            "Correct the attendee count: `attendees` of this edition in the project file "
            "(forum-eval.toml), or --attendees.",
        )
    items = tuple(
        summarize_item(data, confidence=confidence, attendees=attendees, respondents=respondents)
        for data in responses.items
    )
    empty = [
        f'item "{i.id}": no valid answer; it has no percentage.' for i in items if not i.n_valid
    ]
    return Summary(
        name=name,
        file=file,
        edition=edition,
        respondents=respondents,
        attendees=attendees,
        response_rate=share(respondents, attendees),
        confidence=confidence,
        items=items,
        comments=tuple(
            CommentSummary(c.item.id, dict(c.item.label), sum(map(bool, c.texts)))
            for c in responses.comments
        ),
        excluded=dict(responses.excluded),
        set_aside=dict(responses.set_aside),
        warnings=(*responses.warnings, *empty),
        multiselect=tuple(summarize_multiselect(m, respondents) for m in responses.multiselect),
    )


def summarize_survey(
    survey: Survey, *, attendees: int | None = None, confidence: float = 0.95
) -> Summary:
    """The summary of a survey as read; self-identification items and multi-select
    questions are left out (items are only used by breakdowns, where small groups are
    suppressed: see privacy.py)."""
    from forum_eval.analyse.privacy import without_groups

    return summarize(
        without_groups(survey.responses),
        name=survey.name,
        file=survey.file,
        edition=survey.edition,
        attendees=attendees,
        confidence=confidence,
    )
