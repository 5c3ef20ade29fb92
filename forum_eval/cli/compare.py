"""``forum-eval compare`` and ``forum-eval trend``: year over year."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from forum_eval.cli import Format, app, emit, resolve_lang, run, warn
from forum_eval.cli import options as option
from forum_eval.errors import ForumEvalError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from forum_eval.analyse.compare import Comparison
    from forum_eval.analyse.summary import Summary
    from forum_eval.analyse.trend import Trend
    from forum_eval.read.survey import Options
    from forum_eval.report.build import Chart


def load_summaries(
    sources: list[str], options: Options, attendees: list[int | None] | None = None
) -> list[Summary]:
    """Each source read once and summarised, with its own attendees: ``attendees[k]`` for
    the k-th source when given, else its edition's (the project file's)."""
    from forum_eval.analyse.summary import summarize_survey
    from forum_eval.read.survey import read_survey

    counts = attendees or [None] * len(sources)
    return [
        summarize_survey(read_survey(source, options), attendees=n, confidence=options.confidence)
        for source, n in zip(sources, counts, strict=True)
    ]


def parse_attendees(text: str | None, sources: list[str]) -> list[int | None] | None:
    """``--attendees 120,90``: one count per source, in order; an empty place keeps the
    edition's own (``,90``)."""
    if text is None:
        return None
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != len(sources) or not all(
        p == "" or (p.isdigit() and int(p) > 0) for p in parts
    ):
        raise UsageError(
            f"--attendees {text!r}: give one number of attendees per edition, in the order of "
            f"the editions ({len(sources)} here), separated by commas.",
            "Example: forum-eval compare a.csv b.csv --attendees 120,90 (leave a place empty, "
            "as in ,90, to keep the project file's count).",
        )
    return [int(p) if p else None for p in parts]


def build_comparison(
    sources: list[str], options: Options, attendees: str | None = None
) -> Comparison:
    from forum_eval.analyse.compare import compare as compare_summaries

    if len(sources) < 2:
        raise UsageError(
            f"compare needs at least two editions (got {len(sources)}).",
            "Example: forum-eval compare 2018 2019",
        )
    counts = parse_attendees(attendees, sources)
    return compare_summaries(load_summaries(sources, options, counts))


@app.command()
def compare(
    ctx: typer.Context,
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Two or more response files or years of your project's forum-eval.toml (the "
            "bundled sample's: surveys/forums.toml), earliest first."
        ),
    ],
    format: option.FormatOpt = Format.table,
    lang: option.LangOpt = None,
    confidence: option.Confidence = 0.95,
    surveys_dir: option.SurveysDir = Path("surveys"),
    questionnaire: option.QuestionnaireOpt = None,
    lenient: option.Lenient = False,
    numeric_codes: option.NumericCodes = False,
    sheet: option.Sheet = None,
    from_: option.FromPlatform = None,
    include_incomplete: option.IncludeIncomplete = False,
    scale: option.ScaleDecl = None,
    out: option.OutFile = None,
    charts: Annotated[
        Path | None,
        typer.Option(
            "--charts",
            help="Also write the dumbbell chart(s) compare.<lang>.png to DIR "
            "(compare-2.<lang>.png … when too long for a page).",
        ),
    ] = None,
    # not `attendees`: the reading options take a parameter of that name as one count
    per_edition: Annotated[
        str | None,
        typer.Option(
            "--attendees",
            metavar="N,N,…",
            help="Attendees of each edition, in order, comma-separated (e.g. 120,90; an "
            "empty place keeps the project file's count): gives each its response rate.",
        ),
    ] = None,
    quiet: option.Quiet = False,
) -> None:
    """Compare editions item by item: change, interval, p, q and a verdict (up/down/no change)."""
    language = resolve_lang(lang, surveys_dir)
    options = option.reading_options(ctx.params)
    result = run(lambda: build_comparison(sources, options, per_edition))
    warn_summaries(result.summaries)
    for message in result.warnings:
        warn(message)
    warn_unmatched(result, language)
    if charts is not None:
        from forum_eval.report.build import compare_charts

        write_chart_files(charts, lambda: compare_charts(result, None, language), language)
    from forum_eval.present import compare_out

    emit(
        format,
        out,
        lambda console: compare_out.render_console(result, language, console),
        {
            Format.json: lambda: compare_out.render_json(result, language),
            Format.csv: lambda: compare_out.render_csv(result, language),
            Format.markdown: lambda: compare_out.render_markdown(result, language),
        },
    )


def warn_summaries(summaries: Sequence[Summary]) -> None:
    """Each edition's warnings, named by the edition."""
    for summary in summaries:
        for message in summary.warnings:
            warn(f"{summary.name}: {message}")


def unmatched_questions(comparison: Comparison, lang: str) -> list[str]:
    """For each pair where both editions asked questions the other did not: what they are and
    how to make them one item. Two forms in two languages (or a reworded question) give
    this; the comparison's text lists them as "asked only in …" but never said what to do."""
    messages = []
    for pair in comparison.pairs:
        if len(pair.only_in) < 2:  # a question added or dropped: nothing to match
            continue
        labels = {i.id: i.label.get(lang, i.id) for s in (pair.a, pair.b) for i in s.items}
        parts = []
        for name, ids in pair.only_in.items():
            shown = [f'"{labels.get(i, i)}"' for i in ids[:4]]
            more = f" and {len(ids) - 4} more" if len(ids) > 4 else ""
            parts.append(f"{name}: {', '.join(shown)}{more}")
        messages.append(
            f"{pair.a_name} and {pair.b_name} each have questions the other has not, so they "
            f"are not compared ({'; '.join(parts)}). If some are the same question in other "
            "words or in another language, make them one [[item]] of the project's "
            "questionnaire.toml: one wording as its question, the other in its aliases "
            '(README: "Same question, other words or another language").'
        )
    return messages


def warn_unmatched(comparison: Comparison, lang: str) -> None:
    for message in unmatched_questions(comparison, lang):
        warn(message)


def write_chart_files(folder: Path, charts: Callable[[], list[Chart]], lang: str) -> None:
    """Draw ``charts()`` into ``folder`` (each PNG with its alt text) and say so on stderr."""
    from forum_eval.report.build import write_charts

    for path in run(lambda: write_charts(folder, charts(), lang)):
        typer.echo(f"Wrote {path} and its alt text.", err=True)


def build_trend(editions: list[str] | None, items: str | None, options: Options) -> Trend:
    from forum_eval.analyse.trend import build_trend as make_trend
    from forum_eval.config.registry import load_registry

    try:
        registry = load_registry(options.surveys_dir)
    except ForumEvalError:
        if not editions:
            raise
        registry = None  # plain files: no time axis from the registry
    registry_editions = registry.editions if registry is not None else ()
    if not editions and registry is not None:
        with_data = registry.with_responses()
        if not with_data:
            raise UsageError(
                f"{options.surveys_dir / 'forums.toml'}: no edition has a response file.",
                "Add 'file = \"…\"' to an [[edition]] or name the files: forum-eval trend a.csv b.csv",
            )
        editions = [str(e.year) for e in with_data]
    summaries = load_summaries(list(editions or ()), options)
    if all(s.edition is not None for s in summaries):
        summaries.sort(key=lambda s: s.edition.year if s.edition else 0)
    wanted = [i.strip() for i in items.split(",") if i.strip()] if items else None
    try:
        return make_trend(summaries, items=wanted, registry_editions=registry_editions)
    except ValueError as exc:
        known = sorted({i.id for s in summaries for i in s.items if i.n_positive is not None})
        raise UsageError(
            f"--items: no edition has the item(s) {exc}.", f"Known ids: {', '.join(known)}."
        ) from None


@app.command()
def trend(
    ctx: typer.Context,
    editions: Annotated[
        list[str] | None,
        typer.Argument(
            help="Years or files (default: every edition of the registry with responses)."
        ),
    ] = None,
    items: Annotated[
        str | None,
        typer.Option("--items", help="Comma-separated item ids to show (default: every item)."),
    ] = None,
    format: option.FormatOpt = Format.table,
    lang: option.LangOpt = None,
    confidence: option.Confidence = 0.95,
    surveys_dir: option.SurveysDir = Path("surveys"),
    questionnaire: option.QuestionnaireOpt = None,
    lenient: option.Lenient = False,
    numeric_codes: option.NumericCodes = False,
    sheet: option.Sheet = None,
    from_: option.FromPlatform = None,
    include_incomplete: option.IncludeIncomplete = False,
    scale: option.ScaleDecl = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write the trend chart trend.<lang>.png (and alt text) to DIR "
            "(trend-2.<lang>.png … when too long for a page).",
        ),
    ] = None,
    quiet: option.Quiet = False,
) -> None:
    """Every edition side by side: one row per item per year (and the trend chart with --out)."""
    language = resolve_lang(lang, surveys_dir)
    options = option.reading_options(ctx.params)
    result = run(lambda: build_trend(editions, items, options))
    warn_summaries(result.summaries)
    if out is not None:  # trend.<lang>.png (trend-2 … when too long for a page), alt text
        from forum_eval.report.build import trend_charts

        write_chart_files(out, lambda: trend_charts(result, language), language)
    from forum_eval.present import compare_out

    emit(
        format,
        None,  # trend's --out is the chart folder; the table goes to stdout
        lambda console: compare_out.render_trend_console(result, language, console),
        {
            Format.json: lambda: compare_out.render_trend_json(result, language),
            Format.csv: lambda: compare_out.render_trend_csv(result, language),
            Format.markdown: lambda: compare_out.render_trend_markdown(result, language),
        },
    )


def comparison_and_trend(
    summary: Summary, other: str, options: Options
) -> tuple[Comparison, Trend | None]:
    """What ``forum-eval report YEAR --compare OTHER`` adds: the two editions in time
    order (OTHER first unless it is later), and the trend of every registry edition with
    responses up to the later one (the history leading to the report's edition). OTHER gets
    its own attendees (the registry's), never the report's --attendees."""
    from forum_eval.analyse.compare import compare as compare_summaries
    from forum_eval.analyse.trend import build_trend as make_trend
    from forum_eval.config.registry import load_registry

    (other_summary,) = load_summaries([other], options)
    pair = [other_summary, summary]
    if (
        summary.edition is not None
        and other_summary.edition is not None
        and other_summary.edition.year > summary.edition.year
    ):
        pair.reverse()
    comparison = compare_summaries(pair)
    first, last = pair[0].edition, pair[1].edition
    trend = make_trend(pair)  # two files: their own trend, side by side
    if first is not None and last is not None:
        registry = load_registry(options.surveys_dir)
        known = {s.edition.year: s for s in pair if s.edition is not None}
        between = [e.year for e in registry.with_responses() if e.year <= last.year]
        missing = [str(year) for year in between if year not in known]
        for read in load_summaries(missing, options):
            if read.edition is not None:
                known[read.edition.year] = read
        trend = make_trend(
            [known[year] for year in between if year in known],
            registry_editions=registry.editions,
        )
    return comparison, trend
