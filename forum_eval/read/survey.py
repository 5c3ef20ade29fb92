"""The one-way flow in one call: source → raw table → responses → summary."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from forum_eval import progress
from forum_eval.analyse.privacy import without_groups
from forum_eval.analyse.summary import Summary, summarize
from forum_eval.config.questionnaire import Questionnaire, load_questionnaire
from forum_eval.config.registry import Source, resolve
from forum_eval.read import RawTable, load_table
from forum_eval.read.normalise import Responses, normalise


@dataclass(frozen=True)
class Options:
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


def load_table_and_responses(source: Source, options: Options) -> tuple[RawTable, Responses]:
    """The raw table and ALL its responses, self-identification (group) items included.

    Only breakdowns (``--by``) and comment redaction (names in the file's name columns)
    need this; everything else uses :func:`load_responses`.

    The last result is kept: a report reads its file for the figures and again for the
    comments, and the file is then parsed once. It is used only for the same file (path,
    size, modification time and content: all of it up to 128 KB, else the first and last
    64 KB), questionnaire and options.
    """
    questionnaire_path = options.questionnaire or source.questionnaire
    key = _reading_key(source, options, questionnaire_path)
    if key is not None and key in _LAST_READ:
        return _LAST_READ[key]
    questionnaire = (
        load_questionnaire(questionnaire_path) if questionnaire_path else Questionnaire()
    )
    from forum_eval.config.scales import parse_scale_option

    declared = [parse_scale_option(text) for text in options.scales]
    table = _load_table(source, options)
    with _coding(table):
        responses = normalise(
            table,
            questionnaire,
            lenient=options.lenient,
            numeric_codes=options.numeric_codes,
            include_incomplete=options.include_incomplete,
            scales=declared,
        )
    _LAST_READ.clear()
    if key is not None:
        _LAST_READ[key] = (table, responses)
    return table, responses


#: The last file read by :func:`load_table_and_responses` (one entry).
_LAST_READ: dict[tuple[object, ...], tuple[RawTable, Responses]] = {}


#: files up to this size are compared whole; bigger ones by their first and last 64 KB
_WHOLE_UP_TO = 131_072


def _reading_key(
    source: Source, options: Options, questionnaire: Path | None
) -> tuple[object, ...] | None:
    """What reading a file depends on; None for files that cannot be looked at (reading them
    will say why)."""
    try:
        size = source.path.stat().st_size
        with source.path.open("rb") as handle:
            if size <= _WHOLE_UP_TO:
                head, tail = handle.read(), b""
            else:
                head = handle.read(65_536)
                handle.seek(-65_536, 2)
                tail = handle.read()
        files = [source.path, *([questionnaire] if questionnaire else [])]
        stamps = [(str(f.resolve()), f.stat().st_size, f.stat().st_mtime_ns) for f in files]
    except OSError:
        return None
    import hashlib

    return (*stamps, hashlib.blake2b(head + tail).hexdigest(), options)


def _load_table(source: Source, options: Options) -> RawTable:
    """:func:`load_table`, with a spinner on stderr for big files (see progress.py)."""
    with progress.track(f"Reading {source.path.name}", size=progress.rows_in_file(source.path)):
        return load_table(source.path, sheet=options.sheet, platform=options.platform)


def _coding(table: RawTable) -> progress.Track:
    rows = len(table.frame)
    return progress.track(f"Coding the answers of {rows:,} rows", size=rows)


def load_responses(source: Source, options: Options) -> Responses:
    """Responses to summarise; self-identification columns are set aside (see privacy.py)."""
    _table, responses = load_table_and_responses(source, options)
    return without_groups(responses)


def inspect_source(source_arg: str, options: Options) -> tuple[Source, RawTable, Responses]:
    """Everything ``forum-eval validate`` reports: the file as read and every problem found
    (collected, not raised: ``Responses.problems``)."""
    from forum_eval.config.scales import parse_scale_option

    source = resolve(source_arg, options.surveys_dir)
    questionnaire_path = options.questionnaire or source.questionnaire
    questionnaire = (
        load_questionnaire(questionnaire_path) if questionnaire_path else Questionnaire()
    )
    declared = [parse_scale_option(text) for text in options.scales]
    table = _load_table(source, options)
    with _coding(table):
        responses = normalise(
            table,
            questionnaire,
            lenient=options.lenient,
            numeric_codes=options.numeric_codes,
            include_incomplete=options.include_incomplete,
            scales=declared,
            collect=True,
        )
    return source, table, responses


def summarize_source(source_arg: str, options: Options) -> Summary:
    source = resolve(source_arg, options.surveys_dir)
    responses = load_responses(source, options)
    return summarize(
        responses,
        name=source.name,
        file=source.path.name,
        edition=source.edition,
        attendees=options.attendees,
        confidence=options.confidence,
    )
