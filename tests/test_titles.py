"""Titles carry the event's name (issue 15) or ``--title`` (issue 16 point 5), never a raw
file name; comparison and trend charts are split like the summary's (issue 16 point 4).

The sample's event is surveys/forums.toml's ``[event]`` ("Pan-Canadian Forum on Human
Trafficking" / "Forum pancanadien sur la traite des personnes"). The 40-item editions of the
split tests are SYNTHETIC: written at test time into tmp_path by :func:`write_synthetic`.
"""

from __future__ import annotations

import csv
import json
import random
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.analyse.compare import compare
from forum_eval.analyse.trend import build_trend
from forum_eval.cli import app
from forum_eval.config.project import Edition, Event
from forum_eval.present import charts
from forum_eval.present import charts_compare as cc
from forum_eval.present import chartstyle as cs
from forum_eval.present.narrative import edition_heading, title
from forum_eval.read.survey import Options
from forum_eval.report.build import compare_charts
from tests.conftest import SURVEYS, summarize_source

runner = CliRunner()
EVENT = Event(
    name_en="Pan-Canadian Forum on Human Trafficking",
    name_fr="Forum pancanadien sur la traite des personnes",
)
NBSP = "\u00a0"


# ------------------------------------------------------------------------ the names


def test_the_heading_names_the_event_then_the_year_and_place() -> None:
    montreal = Edition(2019, "Montréal", "QC", event=EVENT)
    assert edition_heading(montreal, "fr") == (
        "Forum pancanadien sur la traite des personnes 2019, Montréal (QC)"
    )
    assert edition_heading(montreal, "en") == (
        "Pan-Canadian Forum on Human Trafficking 2019, Montréal (QC)"
    )
    # a name in one language only serves both
    assert edition_heading(replace(montreal, event=Event(name_en="MedInTech")), "fr") == (
        "MedInTech 2019, Montréal (QC)"
    )
    # the edition's own name overrides the event's; no event: "Forum <year>" as before
    assert edition_heading(replace(montreal, name="Salon MedInTech"), "en") == (
        "Salon MedInTech, Montréal (QC)"
    )
    assert edition_heading(Edition(2024, event=Event()), "en") == "Forum 2024"


def test_a_file_without_a_project_is_named_by_its_cleaned_stem(summary_2019) -> None:
    raw = "Mid+TN+STEM+Hub+Workshop+Evaluation_June+26,+2020_16.36.csv"
    summary = replace(summary_2019, edition=None, file=raw)
    for lang in ("en", "fr"):
        assert title(summary, lang) == "Mid TN STEM Hub Workshop Evaluation June 26, 2020"
        assert title(summary, lang, "Workshop 2020") == "Workshop 2020"
    assert title(summary_2019, "en") == "Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)"


def test_the_comments_heading_of_a_file_is_its_cleaned_stem() -> None:
    """comments of a plain file: "google forms", not "google_forms.csv" (issue 16 point 5)."""
    path = SURVEYS.parent / "tests" / "data" / "exports" / "google_forms.csv"
    result = runner.invoke(app, ["comments", str(path), "--format", "markdown"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "# Themes of the comments — google forms"


def test_the_comparison_heading_names_the_event() -> None:
    result = runner.invoke(
        app, ["compare", "2018", "2019", "--format", "markdown", "--surveys-dir", str(SURVEYS)]
    )
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "# Pan-Canadian Forum on Human Trafficking, comparison of editions: 2018 → 2019"


def test_the_trend_heading_names_the_event() -> None:
    result = runner.invoke(
        app, ["trend", "2018", "2019", "--format", "markdown", "--surveys-dir", str(SURVEYS)]
    )
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "# Pan-Canadian Forum on Human Trafficking, trend across editions: 2018, 2019"


def test_compared_files_are_named_by_their_cleaned_stems() -> None:
    """compare of two plain files: "google forms", never "google_forms" (issue 16 point 5)."""
    exports = SURVEYS.parent / "tests" / "data" / "exports"
    result = runner.invoke(
        app,
        [
            "compare",
            str(exports / "google_forms.csv"),
            str(exports / "kobo.csv"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    editions = json.loads(result.stdout)["editions"]
    assert [(e["name"], e["file"]) for e in editions] == [
        ("google forms", "google_forms.csv"),  # the file keeps its name where it is the file
        ("kobo", "kobo.csv"),
    ]
    markdown = runner.invoke(
        app,
        [
            "compare",
            str(exports / "google_forms.csv"),
            str(exports / "kobo.csv"),
            "--format",
            "markdown",
        ],
    )
    assert "google_forms" not in markdown.stdout.replace("google_forms.csv", "")


def test_summarize_title_sets_the_heading() -> None:
    args = ["summarize", "2019", "--surveys-dir", str(SURVEYS), "--title", " Forum 2019 "]
    markdown = runner.invoke(app, [*args, "--format", "markdown", "--lang", "fr"])
    assert markdown.exit_code == 0, markdown.output
    assert markdown.stdout.splitlines()[0] == "# Résumé de l'évaluation — Forum 2019"
    table = runner.invoke(app, [*args, "--lang", "en"], env={"COLUMNS": "120"})
    assert table.exit_code == 0, table.output
    assert table.stdout.splitlines()[0].strip() == "Forum 2019"
    assert "Trafficking" not in table.stdout


def test_report_title_sets_every_heading(tmp_path: Path) -> None:
    out = tmp_path / "r"
    done = runner.invoke(
        app,
        [
            *("report", "2019", "--lang", "en", "--docx", "--html", "--out", str(out)),
            *("--surveys-dir", str(SURVEYS), "--title", "CCR forum, Ottawa 2019", "-j", "1"),
        ],
    )
    assert done.exit_code == 0, done.output
    heading = "Evaluation summary — CCR forum, Ottawa 2019"
    assert (out / "summary.en.md").read_text("utf-8").splitlines()[0] == f"# {heading}"
    html = (out / "evaluation.en.html").read_text("utf-8")
    assert f"<title>{heading}</title>" in html and f"<h1>{heading}</h1>" in html
    assert "<figcaption>CCR forum, Ottawa 2019: agreement with each statement" in html
    assert "<figcaption>Themes of the comments — CCR forum, Ottawa 2019</figcaption>" in html
    with zipfile.ZipFile(out / "evaluation.en.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert heading in body
    for alt in out.glob("*.alt.txt"):
        text = alt.read_text("utf-8")
        assert "CCR forum, Ottawa 2019" in text and "Trafficking" not in text, alt.name
    assert "Trafficking" not in html and "Trafficking" not in body
    assert json.loads((out / "summary.json").read_text("utf-8"))["respondents"] == 31


# ------------------------------------------------------------------------ chart titles


def test_a_long_title_breaks_after_the_event_name() -> None:
    width = cs.WIDTH_IN - 2 * cs.MARGIN_IN
    long_fr = (
        f"Forum pancanadien sur la traite des personnes 2019, Ottawa (ON){NBSP}: "
        "accord avec chaque énoncé"
    )
    assert cs.title_lines(long_fr, width) == [
        f"Forum pancanadien sur la traite des personnes 2019, Ottawa (ON){NBSP}:",
        "accord avec chaque énoncé",
    ]
    themes = "Themes of the comments — Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)"
    assert cs.title_lines(themes, width) == [
        "Themes of the comments —",
        "Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)",
    ]
    # a title that fits stays on one line; one without a break point wraps between words
    assert cs.title_lines("Forum 2019, Ottawa (ON): agreement", width) == [
        "Forum 2019, Ottawa (ON): agreement"
    ]
    plain = " ".join(["word"] * 40)
    assert cs.title_lines(plain, width) == cs.wrap_to_width(plain, width, cs.TITLE_PT, "bold")
    for line in cs.title_lines(long_fr, width):
        assert cs.text_width_in(line, cs.TITLE_PT, "bold") <= width


def _heading(fig) -> str:
    return " ".join(t.get_text() for t in fig.texts if t.get_weight() == "bold")


def test_comparison_charts_name_the_event() -> None:
    options = Options(surveys_dir=SURVEYS)
    editions = [summarize_source(year, options) for year in ("2018", "2019")]
    (pair,) = compare(editions).pairs
    fig = cc.plot_compare(pair, lang="fr", confidence=0.95)
    assert _heading(fig) == (
        f"Forum pancanadien sur la traite des personnes{NBSP}: % favorable, 2018 et 2019"
    )
    assert cc.compare_alt(pair, "en").startswith("Pan-Canadian Forum on Human Trafficking — ")
    trend = build_trend(editions)
    assert _heading(cc.plot_trend(trend, lang="en")).startswith(
        "Pan-Canadian Forum on Human Trafficking: % positive per item, 2018–2019"
    )


# ------------------------------------------------------------------------ splitting

AGREE = ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")


def write_synthetic(folder: Path, name: str, seed: int) -> Path:
    """A SYNTHETIC export: 30 respondents, 40 agreement statements, random answers."""
    rng = random.Random(seed)
    path = folder / f"synthetic_{name}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([f"Session {k} was worth my time" for k in range(1, 41)])
        for _ in range(30):
            out.writerow([rng.choice(AGREE) for _ in range(40)])
    return path


@pytest.fixture(scope="module")
def forty(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("forty")
    options = Options(surveys_dir=SURVEYS)
    editions = [
        summarize_source(str(write_synthetic(folder, name, seed)), options)
        for name, seed in (("a", 1), ("b", 2))
    ]
    assert [len(s.items) for s in editions] == [40, 40]
    return compare(editions), build_trend(editions)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_forty_common_items_give_charts_of_at_most_fifteen_rows(forty, lang: str) -> None:
    comparison, trend = forty
    found = {chart.name: chart for chart in compare_charts(comparison, trend, lang)}
    compared = [n for n in found if n.startswith("compare")]
    assert compared == ["compare", "compare-2", "compare-3"]
    ids = [i for n in compared for i in found[n].kwargs["ids"]]
    assert sorted(ids) == sorted(i.id for i in comparison.pairs[0].items)  # each item once
    assert [len(found[n].kwargs["ids"]) for n in compared] == [14, 13, 13]
    trends = [n for n in found if n.startswith("trend")]
    assert trends[:2] == ["trend", "trend-2"]
    ids = [i for n in trends for i in found[n].kwargs["ids"]]
    assert sorted(ids) == sorted(s.id for s in trend.series)
    assert all(len(found[n].kwargs["ids"]) <= charts.MAX_ROWS for n in trends)
    for name in (*compared, *trends):
        chart = found[name]
        fig = chart.draw(*chart.args, **chart.kwargs)
        width, height = fig.get_size_inches()
        assert width == 6.5 and height <= charts.MAX_HEIGHT_IN, (name, height)
        index, total = chart.kwargs["page"]
        page = f"({index} {'of' if lang == 'en' else 'sur'} {total})"
        assert _heading(fig).endswith(page), _heading(fig)
        assert ("Chart" if lang == "en" else "Graphique") + f" {index} " in chart.alt
    # a page's alt text names its own items only
    second = found["compare-2"]
    assert "Session" in second.alt
    shown = {f"Session {k} " for k in range(1, 41) if f"Session {k} " in second.alt}
    assert len(shown) == len(second.kwargs["ids"])


def test_every_page_of_a_split_trend_goes_with_the_comparison(summary_2019) -> None:
    from forum_eval.present.document import Figure, Heading, evaluation_section

    other = summarize_source("2018", Options(surveys_dir=SURVEYS))
    comparison = compare([other, summary_2019])
    charts_in = [(n, b"png", f"{n}. More.") for n in ("shares", "compare", "trend", "trend-2")]
    section = evaluation_section(summary_2019, "en", charts_in, comparison=comparison)
    blocks = list(section.blocks)
    start = next(k for k, b in enumerate(blocks) if isinstance(b, Heading) and "→" in b.text)
    after = [b.name for b in blocks[start:] if isinstance(b, Figure)]
    assert after == ["compare", "trend", "trend-2"]
