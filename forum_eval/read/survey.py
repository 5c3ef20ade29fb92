"""A response file read once: :func:`read_survey` → :class:`Survey`.

This is the only function that opens a response file. A command calls it once per source;
everything below it (analyse, present, report) takes the :class:`Survey` it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from forum_eval import progress
from forum_eval.config.questionnaire import Questionnaire, load_questionnaire
from forum_eval.config.registry import Edition, Source, resolve
from forum_eval.config.scales import parse_scale_option
from forum_eval.read import RawTable, load_table
from forum_eval.read.normalise import normalise
from forum_eval.read.responses import Responses


@dataclass(frozen=True)
class Options:
    """How to read a source (and, for the commands that compute, the attendees and the
    confidence level of the intervals)."""

    surveys_dir: Path = Path("surveys")
    attendees: int | None = None
    confidence: float = 0.95
    lenient: bool = False
    numeric_codes: bool = False
    sheet: str | None = None
    questionnaire: Path | None = None
    #: --from: force a platform adapter (google-forms, surveymonkey, …); None = detect
    platform: str | None = None
    #: --include-incomplete: count responses the platform marks as not submitted
    include_incomplete: bool = False
    #: --scale declarations, "COLUMN=L1|L2|…;positive=…;na=…"
    scales: tuple[str, ...] = ()


@dataclass(frozen=True)
class Survey:
    """One source as read: the file's table, every column coded (self-identification
    items included: only breakdowns use them), and the edition it belongs to."""

    source: Source
    table: RawTable
    responses: Responses

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def file(self) -> str:
        return self.source.path.name

    @property
    def edition(self) -> Edition | None:
        return self.source.edition


def read_survey(source: str, options: Options, *, collect: bool = False) -> Survey:
    """Resolve ``source`` (a year of the registry or a path), read the file and code its
    answers. ``collect``: record every problem in ``responses.problems`` instead of raising
    on the first (``forum-eval validate``)."""
    resolved = resolve(source, options.surveys_dir)
    if resolved.edition is not None:
        # the reading options saved for the edition in the project file; the command line's
        # come first: its --scale declarations are tried before the saved ones, and a switch
        # is on when either turns it on
        saved = resolved.edition.reading
        options = replace(
            options,
            lenient=options.lenient or saved.lenient,
            numeric_codes=options.numeric_codes or saved.numeric_codes,
            include_incomplete=options.include_incomplete or saved.include_incomplete,
            sheet=options.sheet if options.sheet is not None else saved.sheet,
            platform=options.platform or saved.platform,
            scales=(*options.scales, *saved.scales),
        )
    questionnaire_path = options.questionnaire or resolved.questionnaire
    questionnaire = (
        load_questionnaire(questionnaire_path) if questionnaire_path else Questionnaire()
    )
    declared = [parse_scale_option(text) for text in options.scales]
    path = resolved.path
    with progress.track(f"Reading {path.name}", size=progress.rows_in_file(path)):
        table = load_table(path, sheet=options.sheet, platform=options.platform)
    rows = len(table.frame)
    with progress.track(f"Coding the answers of {rows:,} rows", size=rows):
        responses = normalise(
            table,
            questionnaire,
            lenient=options.lenient,
            numeric_codes=options.numeric_codes,
            include_incomplete=options.include_incomplete,
            scales=declared,
            collect=collect,
        )
    return Survey(resolved, table, responses)
