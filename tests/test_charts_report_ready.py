"""Report-ready charts (issue 16, points 3–6): a chart for every kind of question, long
charts split (never cut or stretched), ``report --items`` / ``--title``, no useless chart.

Structure is checked on the Agg backend (artists by their gid, figure sizes) and sizes are
read from the PNG headers. The real exports in ``../shared/real-exports/`` are used when
that folder exists (skipped otherwise); the fixtures of ``tests/data/real_shapes/`` are
synthetic answers in real export shapes (see their README). Hand counts are written in
comments, made with Python's ``csv`` module.
"""

from __future__ import annotations

import json
import struct
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.analyse.summary import ItemSummary
from forum_eval.cli import app
from forum_eval.present import alt, charts, narrative
from forum_eval.present.chartdata import diverging_items, share_items
from forum_eval.read.survey import Options
from forum_eval.report.build import build_report, chart_part
from forum_eval.textnorm import clean_file_title, file_stem
from tests.conftest import ROOT, SURVEYS, summarize_source

runner = CliRunner()
REAL = ROOT.parent / "shared" / "real-exports"
SHAPES = ROOT / "tests" / "data" / "real_shapes"
LIMESURVEY = REAL / "limesurvey__andreldm__cpp-survey__results-survey.csv"
STAR_WARS = REAL / "surveymonkey__fivethirtyeight__data__star-wars-survey--StarWars.csv"
VAPING = REAL / "surveymonkey__sandeepchin__SocialMediaAndVaping__vaping.csv"
needs_real = pytest.mark.skipif(
    not LIMESURVEY.is_file(), reason=f"the real exports are not in {REAL}"
)

#: 6.5 × 9 in at 300 dpi
MAX_W_PX, MAX_H_PX = 1950, 2700


def png_size(path: Path) -> tuple[int, int]:
    """Width and height in pixels, from the PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def planned(summary, lang: str = "en", order: str = "sorted", title: str | None = None):
    """The charts ``report`` would draw (not drawn): name → Chart."""
    return {c.name: c for c in chart_part(summary, order, title)(lang).charts}  # type: ignore[arg-type]


def chart_heading(fig) -> str:
    """The title drawn on ``fig``: its bold lines, joined (a long title wraps after the
    event's name, chartstyle.title_lines)."""
    return " ".join(t.get_text() for t in fig.texts if t.get_weight() == "bold")


def charted_ids(found, draw) -> list[str]:
    """Item ids of every page drawn by ``draw`` (each page's ``ids``), in page order."""
    return [i for c in found.values() if c.draw is draw for i in c.kwargs["ids"]]


# --------------------------------------------------------------------------- splitting


def test_split_rows_evens_out_and_respects_both_limits() -> None:
    # 29 rows of 0.3 in with room for 100 in: the 15-row limit gives 2 charts, 15 + 14
    assert [len(r) for r in charts.split_rows([0.3] * 29, 100)] == [15, 14]
    # 16 rows: 8 + 8, not 15 + 1
    assert [len(r) for r in charts.split_rows([0.3] * 16, 100)] == [8, 8]
    # 15 rows: one chart
    assert [len(r) for r in charts.split_rows([0.3] * 15, 100)] == [15]
    # the height limit: rows of 1 in, 3.5 in of room → 3 a chart (10 rows: 4 charts, 3+3+2+2)
    runs = charts.split_rows([1.0] * 10, 3.5)
    assert [len(r) for r in runs] == [3, 3, 2, 2]
    assert [i for r in runs for i in r] == list(range(10))  # every row once, in order
    # a row taller than the room on its own: a chart of its own, never cut
    assert [list(r) for r in charts.split_rows([1.0, 5.0, 1.0], 3.0)] == [[0], [1], [2]]
    assert charts.split_rows([], 3.0) == []


def test_grid_labels_name_the_question_once() -> None:
    summary = summarize_source(
        str(SHAPES / "synthetic_google_forms_en.csv"),
        Options(surveys_dir=SURVEYS, scales=("*=1|2|3|4|5;positive=4|5",)),
    )
    grid = diverging_items(summary, "declared")
    assert len(grid) == 29  # Session 1 … Session 29 (header row of the file)
    question, labels = charts.grid_labels(grid, "en")
    assert question == "How useful was each session to your work?"
    assert [labels[i.id] for i in grid] == [f"Session {k}" for k in range(1, 30)]
    # a lone item keeps its whole label
    assert charts.grid_labels(grid[:1], "en")[0] is None


def test_a_29_row_grid_is_two_charts_of_at_most_15_rows(tmp_path: Path) -> None:
    """The 29-row grid of synthetic_google_forms_en.csv (synthetic answers) declared with one
    --scale line: two diverging charts (15 + 14 rows) instead of one 24-inch chart."""
    summary = summarize_source(
        str(SHAPES / "synthetic_google_forms_en.csv"),
        Options(surveys_dir=SURVEYS, scales=("*=1|2|3|4|5;positive=4|5",)),
    )
    found = planned(summary)
    assert [n for n in found if n.startswith("declared")] == ["declared", "declared-2"]
    pages = [found["declared"].kwargs["ids"], found["declared-2"].kwargs["ids"]]
    assert [len(p) for p in pages] == [15, 14]
    assert sorted(pages[0] + pages[1]) == sorted(i.id for i in diverging_items(summary, "declared"))
    assert found["declared-2"].kwargs["page"] == (2, 2)
    assert "Chart 2 of 2." in found["declared-2"].alt
    fig = charts.plot_ratings(summary, "declared", lang="fr", **_page(found["declared-2"]))
    assert fig.get_size_inches()[1] <= charts.MAX_HEIGHT_IN
    texts = [t.get_text() for t in fig.texts]
    assert chart_heading(fig).endswith("(2 sur 2)")  # the title says which part
    assert "synthetic google forms en" in chart_heading(fig)  # the stem, cleaned of "_"
    assert any(t.startswith("How useful was each session to your work? · ") for t in texts)
    row_labels = [t.get_text() for t in fig.axes[0].texts if str(t.get_gid()).endswith(":label")]
    assert len(row_labels) == 14 and all(lab.startswith("Session ") for lab in row_labels)
    bars = {str(p.get_gid()).split(":")[0] for p in fig.axes[0].patches}
    assert bars == set(pages[1])  # bars of that page's items only


def _page(chart) -> dict:
    return {k: v for k, v in chart.kwargs.items() if k != "lang"}


# --------------------------------------------------------------------------- choice


def test_choice_chart_of_2019_main_role(summary_2019) -> None:
    # surveys/2019.csv, column "Quel est votre rôle principal ?", csv module:
    # Intervenant·e de première ligne 11, Défense des droits 8, Gouvernement 5,
    # Milieu universitaire ou recherche 4, Autre 3 (31 answers, no blank)
    item = summary_2019.item("role")
    order = [item.categories[i] for i in alt.choice_order(item)]
    assert order == ["front_line", "advocate", "government", "academic", "other"]
    fig = charts.plot_choice(summary_2019, "role", lang="fr")
    ax = fig.axes[0]
    widths = {p.get_gid(): p.get_width() for p in ax.patches}
    assert widths == pytest.approx(
        {
            "role:front_line": 100 * 11 / 31,
            "role:advocate": 100 * 8 / 31,
            "role:government": 100 * 5 / 31,
            "role:academic": 100 * 4 / 31,
            "role:other": 100 * 3 / 31,
        }
    )
    values = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert values["role:front_line:value"] == "35\u00a0% (11)"  # 11/31 = 35.5 %
    assert values["role:other:value"] == "10\u00a0% (3)"  # 3/31 = 9.7 %
    labels = [t.get_text() for t in ax.texts if str(t.get_gid()).endswith(":label")]
    assert labels[-1] == "Autre"
    assert ax.get_xlim() == (0, 100)
    width, height = fig.get_size_inches()
    assert width == 6.5 and height <= charts.MAX_HEIGHT_IN
    other = next(p for p in ax.patches if p.get_gid() == "role:other")
    assert other.get_facecolor() != ax.patches[0].get_facecolor()  # "Other" in grey
    text = alt.alt_choice(summary_2019, "role", "en")
    assert "Front-line worker 35% (11), Advocate 26% (8), Government 16% (5)" in text
    assert text.index("Academic or researcher 13% (4)") < text.index("Other 10% (3)")


def _choice(labels: list[str], counts: list[int]) -> ItemSummary:
    """A synthetic choice item (invented counts)."""
    return ItemSummary(
        id="q",
        kind="choice",
        label={"en": "Q", "fr": "Q"},
        statement={},
        scale="q_choices",
        categories=tuple(f"c{i}" for i in range(len(labels))),
        category_labels={"en": tuple(labels), "fr": tuple(labels)},
        counts=tuple(counts),
        positive=(False,) * len(labels),
        neutral=None,
        n_valid=sum(counts),
        n_blank=0,
        n_not_applicable=0,
        n_invalid=0,
        n_positive=None,
        share_positive=None,
        ci=None,
        bounds=None,
    )


def test_choice_order_rules() -> None:
    # synthetic counts: sorted by count, ties in form order, Other / Prefer not to say last
    item = _choice(["Prefer not to say", "Ontario", "Other", "Québec", "Alberta"], [9, 2, 8, 5, 2])
    assert alt.choice_order(item) == [3, 1, 4, 2, 0]
    # age bands keep the form's order; "Prefer not to say" still last
    bands = _choice(["Prefer not to say", "18-24", "25-34", "35-44", "65+"], [1, 3, 9, 2, 4])
    assert alt.choice_is_ordered(bands)
    assert alt.choice_order(bands) == [1, 2, 3, 4, 0]
    assert not alt.choice_is_ordered(item)


def test_a_long_choice_is_split() -> None:
    """A synthetic choice of 40 answers: three charts of at most 15 rows, every answer once."""
    labels = [f"Answer {k}" for k in range(40)]
    item = _choice(labels, [40 - k for k in range(40)])
    summary = _summary_with(item)
    runs = charts.choice_pages(summary, "q")
    assert [len(r) for r in runs] == [14, 13, 13]
    assert sorted(i for r in runs for i in r) == list(range(40))
    fig = charts.plot_choice(summary, "q", lang="en", rows=runs[2], page=(3, 3))
    assert fig.get_size_inches()[1] <= charts.MAX_HEIGHT_IN
    assert len(fig.axes[0].patches) == 13


def _summary_with(item: ItemSummary):
    from forum_eval.analyse.summary import Summary

    return Summary(
        name="synthetic",
        file="synthetic_choice.csv",
        edition=None,
        respondents=item.n_valid,
        attendees=None,
        response_rate=None,
        confidence=0.95,
        items=(item,),
    )


# --------------------------------------------------------------------------- titles


def test_titles_from_file_names_are_cleaned() -> None:
    name = "Mid+TN+STEM+Hub+Workshop+Evaluation_June+26,+2020_16.36.csv"
    assert clean_file_title(name) == "Mid TN STEM Hub Workshop Evaluation June 26, 2020"
    assert clean_file_title("results-survey.csv") == "results-survey"
    assert clean_file_title("Forum%202019.xlsx") == "Forum 2019"


def test_title_option_and_items_option(tmp_path: Path) -> None:
    out = tmp_path / "r"
    result = runner.invoke(
        app,
        [
            "report",
            "2019",
            "--surveys-dir",
            str(SURVEYS),
            "--lang",
            "en",
            "--out",
            str(out),
            "--items",
            "organised,free_*,role",
            "--title",
            "Forum on trafficking 2019",
        ],
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [i["id"] for i in data["items"]] == ["organised", "free_to_speak", "role"]
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["agreement.en.png", "choice-role.en.png", "shares.en.png", "themes.en.png"]
    for name in names:
        text = (out / name.replace(".png", ".alt.txt")).read_text(encoding="utf-8")
        assert "Forum on trafficking 2019" in text, name
    agreement = (out / "agreement.en.alt.txt").read_text(encoding="utf-8")
    assert "agreement with 2 statements" in agreement, agreement
    bad = runner.invoke(
        app,
        [
            *("report", "2019", "--surveys-dir", str(SURVEYS)),
            *("--out", str(tmp_path / "x"), "--items", "organised,nothing_like_this*"),
        ],
    )
    assert bad.exit_code == 2
    assert "--items: no item matches 'nothing_like_this*'" in bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "x").exists()


# --------------------------------------------------------------------------- no useless chart


def test_no_themes_chart_when_no_comment_matched_a_theme(tmp_path: Path, summary_2019) -> None:
    from tests.conftest import comments_source

    result = comments_source("2019", Options(surveys_dir=SURVEYS))
    assert any(th.n_respondents for th in result.themes)  # the real result has themes
    nothing = replace(
        result,
        themes=tuple(replace(th, n_respondents=0, share=Fraction(0)) for th in result.themes),
    )
    written = build_report(summary_2019, tmp_path / "r", ["en", "fr"], comments=nothing, jobs=1)
    assert not [n for n in written.files if n.startswith("themes")]
    md = (tmp_path / "r" / "summary.en.md").read_text(encoding="utf-8")
    assert md.count("No comment matched a theme of the codebook: no themes chart.") == 1
    assert "thème du livre de codes" in (tmp_path / "r" / "summary.fr.md").read_text("utf-8")
    assert not [w for w in written.warnings if "expertise" in w]


# --------------------------------------------------------------------------- real exports


@needs_real
def test_real_limesurvey_every_chart_fits_a_page(tmp_path: Path) -> None:
    from forum_eval.report.build import write_charts

    summary = summarize_source(str(LIMESURVEY), Options(surveys_dir=SURVEYS, lenient=True))
    # 41 items as read now (17 agreement, 9 satisfaction, 3 yes/no, 2 frequency and 1 ease
    # rows: the checkbox grids are no longer read as yes/no items, issue 13; and 9 single
    # choices read from their answers, tests/test_inferred_choice.py); 130 before, one
    # 1950 × 33235 px shares chart before the split
    assert len(summary.items) == 41
    assert len([i for i in summary.items if i.kind == "choice"]) == 9
    found = planned(summary)
    for item in alt.choice_items(summary):
        assert f"choice-{file_stem(item.id)}" in found
    assert len([n for n in found if n.startswith("shares")]) >= 2
    heights = {}
    for chart in found.values():  # every chart drawn (not rasterised): its size in inches
        fig = chart.draw(*chart.args, **chart.kwargs)
        width, heights[chart.name] = fig.get_size_inches()
        assert width == 6.5 and heights[chart.name] <= charts.MAX_HEIGHT_IN, chart.name
        # the event named without a file name's "+" or "_" (a question's own "C++", in the
        # title of a multi-select chart, may stay)
        event = narrative.title(summary, "en")
        assert chart_heading(fig).startswith(event), chart_heading(fig)
        assert "+" not in event and "_" not in event
    # the two tallest written as PNG: their size read from the PNG header
    tallest = sorted(found, key=lambda n: -heights[n])[:2]
    for path in write_charts(tmp_path, [found[n] for n in tallest], "en"):
        width, height = png_size(path)
        assert width == MAX_W_PX and height <= MAX_H_PX, (path.name, width, height)
    # every item of each kind is on exactly one page of its chart, at most 15 rows a page
    for kind in alt.rating_kinds(summary):
        pages = {n: c for n, c in found.items() if c.args[1:] == (kind,)}
        ids = charted_ids(pages, charts.plot_ratings)
        assert sorted(ids) == sorted(i.id for i in diverging_items(summary, kind)), kind
    ids = charted_ids(found, charts.plot_shares)
    assert sorted(ids) == sorted(i.id for i in share_items(summary))
    assert all(len(c.kwargs.get("ids", ())) <= charts.MAX_ROWS for c in found.values())
    # titles: no file name with "+" or "_"
    assert narrative.title(summary, "en") == "limesurvey andreldm cpp-survey results-survey"
    # alt text under 150 words even with long grid labels (the question named once), both
    # languages
    for lang in ("en", "fr"):
        for chart in planned(summary, lang).values():
            assert len(chart.alt.split()) < alt.MAX_WORDS, (lang, chart.name, chart.alt)


@needs_real
@pytest.mark.parametrize("path", [STAR_WARS, VAPING], ids=["star-wars", "vaping"])
def test_real_surveymonkey_charts_fit_and_are_complete(path: Path, tmp_path: Path) -> None:
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS, lenient=True))
    found = planned(summary, "fr")
    kinds = {i.kind for i in summary.items}
    # every question has a chart of its kind (these files have ratings, yes/no and single
    # choices read from their answers: "Which character shot first?"; "Time on social media
    # per day"; "Education" is a self-identification question, set aside)
    assert kinds <= {*alt.rating_kinds(summary), "yesno", "choice"}
    for kind in alt.rating_kinds(summary):
        assert kind in found
    choices = {i.id for i in alt.choice_items(summary)}
    assert len(choices) == 1
    assert all(f"choice-{c}" in found for c in choices)
    assert ("shares" in found) == bool(share_items(summary))
    for chart in found.values():
        fig = chart.draw(*chart.args, **chart.kwargs)
        width, height = fig.get_size_inches()
        assert width == 6.5 and height <= charts.MAX_HEIGHT_IN, chart.name
        heading = chart_heading(fig)
        assert "+" not in heading and "_" not in heading, heading
    if path == STAR_WARS:
        # 14 rows of one grid "Please state whether you view the following characters …
        # [Han Solo]": one chart, the question in the subtitle, the characters as rows
        assert "favourability-2" not in found
        assert len(found["favourability"].kwargs["ids"]) == 14


@pytest.mark.parametrize(
    "name",
    [
        "synthetic_qualtrics_satisfaction4.csv",
        "synthetic_limesurvey_frequency6.csv",
        "synthetic_google_forms_fr.csv",
        "synthetic_google_forms_en.csv",
        "synthetic_surveymonkey_grid.csv",
        "synthetic_multiselect_other.csv",
    ],
)
def test_real_shapes_every_question_has_a_chart_of_its_kind(name: str) -> None:
    """The fixtures of tests/data/real_shapes (synthetic answers, real export shapes): every
    summarised item is on a chart of its kind, no page over 15 rows."""
    summary = summarize_source(str(SHAPES / name), Options(surveys_dir=SURVEYS, lenient=True))
    found = planned(summary)
    on_pages = {i for c in found.values() for i in c.kwargs.get("ids", ())}
    for item in summary.items:
        if item.kind in alt.rating_kinds(summary):
            assert item.id in on_pages, (name, item.id)
        if item.kind == "expertise":
            assert "expertise" in found
        if item.kind == "choice":
            assert f"choice-{file_stem(item.id)}" in found
        if item in share_items(summary):
            assert any(
                item.id in c.kwargs["ids"] for n, c in found.items() if n.startswith("shares")
            )
    assert all(len(c.kwargs.get("ids", ())) <= charts.MAX_ROWS for c in found.values())
    title = narrative.title(summary, "en")
    assert "_" not in title and "+" not in title and not title.endswith(".csv")


def test_many_expertise_items_are_split_by_whole_items(summary_2019) -> None:
    """Six synthetic copies of the 2019 expertise item (3 levels + a heading = 4 rows each):
    three per chart (12 rows), each chart within the page, every copy once."""
    expertise = summary_2019.item("expertise")
    copies = tuple(replace(expertise, id=f"expertise_{k}") for k in range(6))
    summary = replace(summary_2019, items=copies)
    pages = charts.expertise_pages(summary)
    assert pages == [[f"expertise_{k}" for k in range(3)], [f"expertise_{k}" for k in range(3, 6)]]
    found = planned(summary)
    assert [n for n in found if n.startswith("expertise")] == ["expertise", "expertise-2"]
    fig = charts.plot_expertise(summary, lang="fr", ids=pages[1], page=(2, 2))
    assert fig.get_size_inches()[1] <= charts.MAX_HEIGHT_IN
    assert chart_heading(fig).endswith("(2 sur 2)")
    bars = {str(p.get_gid()).split(":")[0] for p in fig.axes[0].patches if p.get_gid()}
    assert bars == set(pages[1])
    assert found["expertise-2"].alt.endswith(
        "Chart 2 of 2. Reconstructed data, not the real forms."
    )
