"""Charts and alt text: structure on the Agg backend, palette, fonts, figures, determinism.

Reference figures are the 2019 report's published ones (seeds/evaluation_2019.toml) and
counts computed by hand from the samples (written next to each assertion).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.present import alt, charts
from forum_eval.present import chartstyle as cs
from forum_eval.read.survey import Options
from tests.conftest import SURVEYS, summarize_source

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def summary_2018() -> Summary:
    return summarize_source("2018", Options(surveys_dir=SURVEYS))


def patches(fig, prefix: str = "") -> dict[str, Rectangle]:
    ax = fig.axes[0]
    return {
        p.get_gid(): p
        for p in ax.patches
        if isinstance(p, Rectangle) and p.get_gid() and p.get_gid().startswith(prefix)
    }


def texts(fig) -> dict[str, str]:
    return {t.get_gid(): t.get_text() for t in fig.findobj(Text) if t.get_gid()}


def tick_labels(fig) -> list[str]:
    """The row labels, top to bottom (chartstyle.row_labels: texts where y ticks would be)."""
    rows = [t for t in fig.axes[0].texts if (t.get_gid() or "").endswith(":label")]
    return [
        t.get_text().replace("\n", " ") for t in sorted(rows, key=lambda t: t.get_position()[1])
    ]


def all_text(fig) -> str:
    """Every text of the figure, wrapped lines joined by single spaces."""
    return re.sub(r"[ \n]+", " ", " ".join(t.get_text() for t in fig.findobj(Text)))


# --------------------------------------------------------------------------- chartstyle

# Machado, Oliveira & Fernandes (2009) colour-vision-deficiency matrices, severity 1.0,
# applied to linear RGB.
CVD = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


PALETTES = [cs.diverging(2), cs.diverging(3), cs.diverging(4), cs.diverging(5), cs.sequential(3)]


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: f"{len(p)}")
def test_palette_separates_in_grey_scale(palette) -> None:
    # Grey-scale printing keeps only lightness: every pair at least 10 L* apart.
    lightness = [cs.lightness(c) for c in palette]
    for a, b in itertools.combinations(lightness, 2):
        assert abs(a - b) >= 10, (palette, lightness)


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: f"{len(p)}")
@pytest.mark.parametrize("deficiency", sorted(CVD))
def test_palette_separates_under_colour_blindness(palette, deficiency) -> None:
    matrix = CVD[deficiency]
    labs = []
    for colour in palette:
        rgb = [_linear(c) for c in to_rgb(colour)]
        sim = [min(1.0, max(0.0, sum(matrix[i][j] * rgb[j] for j in range(3)))) for i in range(3)]
        labs.append(_lab(sim))
    for p, q in itertools.combinations(labs, 2):
        assert sum((a - b) ** 2 for a, b in zip(p, q, strict=True)) ** 0.5 >= 20


def test_lightness_reference_values() -> None:
    # CIE L*: white 100, black 0, mid grey #777777 ≈ 50.0 (Y = 0.1844 → 116·Y^(1/3) − 16).
    assert cs.lightness("#FFFFFF") == pytest.approx(100, abs=0.01)
    assert cs.lightness("#000000") == pytest.approx(0, abs=0.01)
    assert cs.lightness("#777777") == pytest.approx(50.0, abs=0.1)
    assert cs.text_on("#0E4C76") == "white"
    assert cs.text_on("#DADADA") == cs.TEXT


def test_diverging_is_ordered_and_neutral_grey() -> None:
    five = cs.diverging(5)
    assert five[2] == five[2].upper() and to_rgb(five[2])[0] == to_rgb(five[2])[2]  # grey
    assert len(cs.diverging(11)) == 11  # 0–10 scales interpolate


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=200), st.integers(min_value=1, max_value=60))
def test_wrap_label_never_truncates(text: str, width: int) -> None:
    """Every character but white space is kept, in order (a line may break after a hyphen:
    "AA-AA" at width 1 is "AA-" and "AA")."""
    wrapped = cs.wrap_label(text, width)
    assert "".join(wrapped.split()) == "".join(text.split())


def test_wrap_to_width_fits_and_keeps_every_word() -> None:
    text = "Conférenciers et conférencières diversifiés et compétents, anticonstitutionnellement"
    lines = cs.wrap_to_width(text, 1.2, 8.5)
    assert " ".join(lines).split() == text.split()
    for line in lines:
        assert len(line.split()) == 1 or cs.text_width_in(line, 8.5) <= 1.2


def test_wrapping_never_breaks_a_non_breaking_space() -> None:
    text = f"taux de réponse 39{NBSP}% · «{NBSP}sans objet{NBSP}»"
    lines = cs.wrap_to_width(text, 0.3, 8.5)
    assert f"39{NBSP}%" in lines and f"«{NBSP}sans" in " ".join(lines)
    assert f"39{NBSP}%" in cs.wrap_label(text, 3).split("\n")


def test_new_figure_and_png_metadata(tmp_path) -> None:
    fig = cs.new_figure(2.0)
    assert tuple(fig.get_size_inches()) == (6.5, 2.0)
    assert fig.dpi == 300
    assert isinstance(fig.canvas, FigureCanvasAgg)
    data = cs.png_bytes(fig)
    assert data == cs.png_bytes(fig)
    assert b"tEXt" not in data and b"iTXt" not in data and b"tIME" not in data
    # 6.5 in × 300 dpi = 1950 px wide, 2 in = 600 px high (IHDR at bytes 16–24).
    assert int.from_bytes(data[16:20], "big") == 1950
    assert int.from_bytes(data[20:24], "big") == 600


# --------------------------------------------------------------------------- agreement

# 2019 sample, counts per item (strongly disagree … strongly agree), by hand from surveys/2019.csv:
# organised 0 0 0 9 22, constructive 0 0 0 13 18, speakers 0 0 0 11 20, resources 0 0 0 16 15,
# included 0 1 1 9 19 (+1 blank), free_to_speak 0 0 1 9 21, accessibility 0 3 4 9 12 (+3 N/A),
# expectations 0 0 0 14 17.  Sorted by % agreeing, ties by % strongly agreeing:
SORTED_2019 = [
    "The forum was well organised",  # 100 %, 22/31 strongly
    "Speakers were diverse and competent",  # 100 %, 20/31
    "The meetings were constructive",  # 100 %, 18/31
    "The forum met my expectations",  # 100 %, 17/31
    "Resources presented were useful",  # 100 %, 15/31
    "I felt free to speak",  # 97 % (30/31)
    "I felt included",  # 93 % (28/30)
    "My accessibility needs were met",  # 75 % (21/28)
]


def test_agreement_structure_2019(summary_2019) -> None:
    fig = charts.plot_agreement(summary_2019, lang="en")
    ax = fig.axes[0]
    assert ax.get_xlim() == (-100, 100)
    assert tick_labels(fig) == SORTED_2019
    bars = patches(fig)
    # one segment per non-zero category: 2+2+2+2+4+3+4+2
    assert len(bars) == 21
    # published 2019 figures (seeds): % agreeing and n beside each bar
    shown = texts(fig)
    expected = {
        "organised": ("100%", "31"),
        "constructive": ("100%", "31"),
        "speakers": ("100%", "31"),
        "resources": ("100%", "31"),
        "included": ("93%", "30"),
        "free_to_speak": ("97%", "31"),
        "accessibility": ("75%", "28"),
        "expectations": ("100%", "31"),
    }
    for item, (pct, n) in expected.items():
        assert shown[f"{item}:pct"] == pct
        assert shown[f"{item}:n"] == n
    assert shown["accessibility:na"] == "3"
    assert shown["included:blank"] == "1"
    # % disagreeing at the left end: accessibility 3/28 = 10.7 → 11 %, included 1/30 = 3.3 → 3 %
    assert shown["accessibility:disagree"] == "11%"
    assert shown["included:disagree"] == "3%"
    assert "organised:disagree" not in shown and "free_to_speak:disagree" not in shown
    title = all_text(fig)
    # the event's name (surveys/forums.toml's [event]), the year and the place
    assert "Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)" in title
    assert "31 respondents of 80 attendees, response rate 39%" in title
    assert "reconstruction" in title


def test_agreement_segments_na_never_in_percentages(summary_2019) -> None:
    fig = charts.plot_agreement(summary_2019, lang="en")
    bars = patches(fig, "accessibility:")
    # accessibility: 0 3 4 9 12 of 28 valid; the 3 N/A are not in the bar.
    widths = {gid.split(":")[1]: p.get_width() for gid, p in bars.items()}
    assert widths == pytest.approx(
        {"disagree": 300 / 28, "neutral": 400 / 28, "agree": 900 / 28, "strongly_agree": 1200 / 28}
    )
    assert sum(widths.values()) == pytest.approx(100)
    # neutral split across zero; disagreement entirely left of it; agreement right
    neutral = bars["accessibility:neutral"]
    assert neutral.get_x() == pytest.approx(-200 / 28)
    assert bars["accessibility:disagree"].get_x() + bars[
        "accessibility:disagree"
    ].get_width() == pytest.approx(-200 / 28)
    assert bars["accessibility:agree"].get_x() == pytest.approx(200 / 28)
    assert bars["accessibility:strongly_agree"].get_x() == pytest.approx(200 / 28 + 900 / 28)


def _with_item(summary: Summary, item_id: str, **changes) -> Summary:
    items = tuple(
        dataclasses.replace(i, **changes) if i.id == item_id else i for i in summary.items
    )
    return dataclasses.replace(summary, items=items)


def test_large_na_count_changes_nothing_in_the_bar(summary_2019) -> None:
    heavy = _with_item(summary_2019, "accessibility", n_not_applicable=500)
    a = patches(charts.plot_agreement(summary_2019, lang="en"), "accessibility:")
    b = patches(charts.plot_agreement(heavy, lang="en"), "accessibility:")
    assert {k: (p.get_x(), p.get_width()) for k, p in a.items()} == {
        k: (p.get_x(), p.get_width()) for k, p in b.items()
    }
    assert texts(charts.plot_agreement(heavy, lang="en"))["accessibility:na"] == "500"


def test_agreement_questionnaire_order_and_french(summary_2019) -> None:
    fig = charts.plot_agreement(summary_2019, lang="fr", order="questionnaire")
    labels = tick_labels(fig)
    assert labels[0] == "Le forum était bien organisé"
    assert len(labels) == 8
    assert [
        i.id
        for i in charts.order_items(
            charts.diverging_items(summary_2019, "agreement"), "questionnaire"
        )
    ] == [
        "organised",
        "constructive",
        "speakers",
        "resources",
        "included",
        "free_to_speak",
        "accessibility",
        "expectations",
    ]
    shown = texts(fig)
    assert shown["included:pct"] == f"93{NBSP}%"
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks == [f"100{NBSP}%", f"50{NBSP}%", f"0{NBSP}%", f"50{NBSP}%", f"100{NBSP}%"]
    text = all_text(fig)
    assert "Fortement d'accord" in text and "Ni en accord ni en désaccord" in text
    assert "personnes répondantes" in text
    assert "%" not in text.replace(f"{NBSP}%", "").replace("% d'accord", "").replace(
        "% des", ""
    ).replace("% en", "")


def test_agreement_item_without_valid_answer(summary_2019) -> None:
    empty = _with_item(
        summary_2019,
        "accessibility",
        counts=(0, 0, 0, 0, 0),
        n_valid=0,
        n_positive=0,
        share_positive=None,
        ci=None,
        bounds=None,
    )
    fig = charts.plot_agreement(empty, lang="en")
    assert not patches(fig, "accessibility:")
    assert texts(fig)["accessibility:none"] == "no valid answer"
    assert tick_labels(fig)[-1] == "My accessibility needs were met"  # listed, last
    assert texts(fig)["accessibility:pct"] == "–"


def test_synthetic_edition_is_labelled_on_the_chart(summary_2018) -> None:
    for plot in (charts.plot_agreement, charts.plot_shares, charts.plot_expertise):
        text = all_text(plot(summary_2018, lang="en"))
        assert "SYNTHETIC DATA" in text
        assert "synthetic (illustrative, not real data)" in text
        text_fr = all_text(plot(summary_2018, lang="fr"))
        assert "DONNÉES SYNTHÉTIQUES" in text_fr


def test_fonts_and_sizes(summary_2019) -> None:
    for plot in (charts.plot_agreement, charts.plot_shares, charts.plot_expertise):
        fig = plot(summary_2019, lang="fr")
        assert fig.get_figwidth() == 6.5 and fig.dpi == 300
        for text in fig.findobj(Text):
            if not text.get_text():
                continue
            assert text.get_fontsize() >= cs.MIN_FONT_PT, text.get_text()
            assert text.get_fontname() == "DejaVu Sans"


# --------------------------------------------------------------------------- shares


def test_shares_structure(summary_2019) -> None:
    fig = charts.plot_shares(summary_2019, lang="en")
    ax = fig.axes[0]
    assert ax.get_xlim() == (0, 100)
    labels = tick_labels(fig)
    # 8 agreement + 2 yes/no + 1 expertise item; the choice item (role) is not a share
    assert len(labels) == 11
    assert labels[-1] == "In-depth knowledge of the subject"  # 14/31 = 45 %, the lowest
    shown = texts(fig)
    assert shown["expertise:pct"] == "45%"  # 14/31 = 45.16 %
    assert shown["intend_to_act:pct"] == "94%"  # 29/31 = 93.55 %
    assert shown["would_return:pct"] == "100%"
    lines = {line.get_gid(): line for line in ax.get_lines() if line.get_gid()}
    dot = lines["expertise:dot"]
    assert dot.get_xdata()[0] == pytest.approx(100 * 14 / 31)
    item = summary_2019.item("expertise")
    assert tuple(lines["expertise:ci"].get_xdata()) == pytest.approx(
        (100 * item.ci[0], 100 * item.ci[1])
    )
    band = patches(fig)["expertise:bounds"]
    # bounds with 80 attendees: 14/(31+49) = 17.5 % … (14+49)/80 = 78.75 %
    assert band.get_x() == pytest.approx(17.5)
    assert band.get_x() + band.get_width() == pytest.approx(78.75)
    assert "range if every attendee had answered" in all_text(fig)


def test_shares_without_attendees_has_no_band(summary_2019) -> None:
    no_attendees = dataclasses.replace(
        summary_2019,
        attendees=None,
        response_rate=None,
        items=tuple(dataclasses.replace(i, bounds=None) for i in summary_2019.items),
    )
    fig = charts.plot_shares(no_attendees, lang="en")
    assert not [p for p in patches(fig) if p.endswith(":bounds")]
    text = all_text(fig)
    assert "range if every attendee" not in text
    assert "number of attendees unknown" in text


# --------------------------------------------------------------------------- expertise


def test_expertise_structure(summary_2019) -> None:
    fig = charts.plot_expertise(summary_2019, lang="en")
    bars = patches(fig)
    # 5 basic, 12 some, 14 in-depth of 31
    assert {k: round(p.get_width(), 6) for k, p in bars.items()} == {
        "expertise:basic": round(500 / 31, 6),
        "expertise:intermediate": round(1200 / 31, 6),
        "expertise:in_depth": round(1400 / 31, 6),
    }
    shown = texts(fig)
    assert shown["expertise:basic:value"] == "16% (5)"
    assert shown["expertise:intermediate:value"] == "39% (12)"
    assert shown["expertise:in_depth:value"] == "45% (14)"
    assert tick_labels(fig) == ["Basic knowledge", "Some knowledge", "In-depth knowledge"]
    assert fig.axes[0].get_xlim() == (0, 100)
    fr = texts(charts.plot_expertise(summary_2019, lang="fr"))
    assert fr["expertise:in_depth:value"] == f"45{NBSP}% (14)"


# --------------------------------------------------------------------------- determinism


def test_same_summary_same_png_bytes(summary_2019) -> None:
    for plot in (charts.plot_agreement, charts.plot_shares, charts.plot_expertise):
        assert cs.png_bytes(plot(summary_2019, lang="fr")) == cs.png_bytes(
            plot(summary_2019, lang="fr")
        )


def test_row_labels_are_drawn_where_y_tick_labels_were(summary_2019, monkeypatch) -> None:
    """chartstyle.row_labels draws plain texts; the PNG is the one y tick labels gave."""
    charts_now = {
        plot: cs.png_bytes(plot(summary_2019, lang="fr"))
        for plot in (charts.plot_agreement, charts.plot_shares, charts.plot_expertise)
    }

    def as_ticks(ax, positions, labels, *, weights=None, gids=None) -> None:
        ax.set_yticks(positions, labels)
        for tick, weight in zip(ax.get_yticklabels(), weights or [], strict=False):
            tick.set_fontweight(weight)

    monkeypatch.setattr(cs, "row_labels", as_ticks)
    for plot, data in charts_now.items():
        assert cs.png_bytes(plot(summary_2019, lang="fr")) == data, plot.__name__


def test_style_is_matplotlib_defaults_plus_the_house_style() -> None:
    """style() sets what rcdefaults() + rcParams.update(RC) would (validated once, cached),
    keeps the process settings (backend …) and restores everything on exit."""
    import warnings

    import matplotlib as mpl

    with warnings.catch_warnings():  # matplotlib.style.core: deprecated in 3.11, still used
        warnings.simplefilter("ignore")
        from matplotlib.style.core import STYLE_BLACKLIST

    with mpl.rc_context({"font.size": 20, "axes.linewidth": 5, "lines.linewidth": 3}):
        before = dict(dict.items(mpl.rcParams))
        with mpl.rc_context():
            mpl.rcdefaults()
            mpl.rcParams.update(cs.RC)
            expected = dict(dict.items(mpl.rcParams))
        with cs.style():
            inside = dict(dict.items(mpl.rcParams))
            with cs.style():
                assert dict(dict.items(mpl.rcParams)) == inside
        assert dict(dict.items(mpl.rcParams)) == before
    assert cs._NOT_STYLE == STYLE_BLACKLIST
    for key, value in inside.items():
        if key in cs._NOT_STYLE:
            assert value == before[key], key
        else:
            assert value == expected[key], key


def test_user_rcparams_do_not_leak_in(summary_2019) -> None:
    import matplotlib as mpl

    reference = cs.png_bytes(charts.plot_expertise(summary_2019, lang="en"))
    with mpl.rc_context({"font.size": 20, "font.family": "serif", "axes.linewidth": 5}):
        assert cs.png_bytes(charts.plot_expertise(summary_2019, lang="en")) == reference


# --------------------------------------------------------------------------- alt text


@pytest.mark.parametrize("year", ["2016", "2017", "2018", "2019"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_alt_text_is_short_and_complete(year: str, lang: str) -> None:
    summary = summarize_source(year, Options(surveys_dir=SURVEYS))
    for text in (
        alt.alt_agreement(summary, lang),
        alt.alt_shares(summary, lang),
        alt.alt_expertise(summary, lang),
    ):
        assert 10 < alt.word_count(text) < 150
        assert "None" not in text and "{" not in text
        assert text.count("%") >= 1


def test_alt_text_2019_numbers(summary_2019) -> None:
    en = alt.alt_agreement(summary_2019, "en")
    assert "8 statements" in en
    assert "75% (My accessibility needs were met, 21 of 28, 3 N/A)" in en
    assert "to 100% (5 statements, including The forum was well organised, 31 of 31" in en
    assert (
        "Most disagreement: My accessibility needs were met, 11% (3 of 28)" in en
    )  # 3/28 = 10.7 %
    assert "Reconstructed data" in en
    fr = alt.alt_agreement(summary_2019, "fr")
    assert (
        f"75{NBSP}% (Mes besoins d'accessibilité ont été satisfaits, 21 sur 28, 3 S.{NBSP}O.)" in fr
    )
    assert f"Désaccord le plus fréquent{NBSP}:" in fr
    shares = alt.alt_shares(summary_2019, "en")
    assert "Lowest: In-depth knowledge of the subject, 45% (14 of 31" in shares
    expertise = alt.alt_expertise(summary_2019, "en")
    assert (
        "Basic knowledge 16% (5), Some knowledge 39% (12), In-depth knowledge 45% (14)" in expertise
    )
    assert "of 31 who answered" in expertise


def test_alt_text_synthetic(summary_2018) -> None:
    assert alt.alt_agreement(summary_2018, "en").endswith("Synthetic data.")
    assert alt.alt_shares(summary_2018, "fr").endswith("Données synthétiques.")
    # 2018 sample: accessibility 8 of 27 agree (30 %), 1 N/A
    assert "30% (My accessibility needs were met, 8 of 27, 1 N/A)" in alt.alt_agreement(
        summary_2018, "en"
    )


def test_alt_text_of_a_one_statement_chart(summary_2019) -> None:
    """A chart of one statement (an --items selection, or a form with one agreement item) is
    not "1 statements" with an "every statement reaches" sentence: one statement, its share.
    2019: "well organised", 31 of 31 (the published 100 %)."""
    en = alt.alt_ratings(summary_2019, "agreement", "en", ids=["organised"])
    assert "agreement with one statement," in en and "statements" not in en
    assert ": 100% agree (The forum was well organised, 31 of 31)." in en
    fr = alt.alt_ratings(summary_2019, "agreement", "fr", ids=["organised"])
    assert "l'accord avec un énoncé," in fr and "Chaque" not in fr
    assert "100\u00a0% d'accord (Le forum était bien organisé, 31 sur 31)" in fr


def test_order_items_ties_are_stable() -> None:
    def item(item_id: str, counts: tuple[int, ...]) -> ItemSummary:
        n = sum(counts)
        positive = counts[3] + counts[4]
        return ItemSummary(
            id=item_id,
            kind="agreement",
            label={"en": item_id},
            statement={},
            scale="agreement5",
            categories=("sd", "d", "n", "a", "sa"),
            category_labels={"en": ("sd", "d", "n", "a", "sa")},
            counts=counts,
            positive=(False, False, False, True, True),
            neutral="n",
            n_valid=n,
            n_blank=0,
            n_not_applicable=0,
            n_invalid=0,
            n_positive=positive,
            share_positive=Fraction(positive, n) if n else None,
            ci=None,
            bounds=None,
        )

    items = [
        item("a", (0, 1, 0, 5, 4)),  # 90 %, 40 % strongly
        item("b", (0, 0, 0, 0, 0)),  # no answer: last
        item("c", (0, 0, 1, 3, 6)),  # 90 %, 60 % strongly
        item("d", (0, 1, 0, 5, 4)),  # same as a: after a
        item("e", (0, 0, 0, 5, 5)),  # 100 %
    ]
    assert [i.id for i in charts.order_items(items, "sorted")] == ["e", "c", "a", "d", "b"]


def test_plot_into_given_axes(summary_2019) -> None:
    fig = cs.new_figure(4.0)
    ax = fig.add_axes((0.35, 0.1, 0.4, 0.8))
    for plot in (charts.plot_agreement, charts.plot_shares):
        ax.clear()
        assert plot(summary_2019, lang="en", ax=ax) is fig
        assert len(fig.axes) == 1
    assert charts.plot_expertise(summary_2019, lang="en", ax=ax) is fig
    assert {p.get_gid() for p in ax.patches} >= {"expertise:basic", "expertise:in_depth"}


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=40), min_size=5, max_size=5),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=0, max_value=9),
)
def test_any_counts_bars_add_up_and_labels_match(counts, na, blank) -> None:
    summary = _summary_2019_cached()
    n_valid = sum(counts)
    positive = counts[3] + counts[4]
    changed = _with_item(
        summary,
        "included",
        counts=tuple(counts),
        n_valid=n_valid,
        n_positive=positive,
        share_positive=Fraction(positive, n_valid) if n_valid else None,
        n_not_applicable=na,
        n_blank=blank,
    )
    fig = charts.plot_agreement(changed, lang="en")
    bars = patches(fig, "included:")
    shown = texts(fig)
    if n_valid == 0:
        assert not bars and shown["included:pct"] == "–"
        return
    widths = [p.get_width() for p in bars.values()]
    assert sum(widths) == pytest.approx(100)  # N/A and blank never in the bar
    left = min(p.get_x() for p in bars.values())
    right = max(p.get_x() + p.get_width() for p in bars.values())
    assert left == pytest.approx(-100 * (counts[0] + counts[1] + counts[2] / 2) / n_valid)
    assert right == pytest.approx(100 * (counts[3] + counts[4] + counts[2] / 2) / n_valid)
    # % agreeing: round half up of 100·positive/n (fmt.pct), e.g. 1 of 8 = 12.5 → 13%
    expected = int(Fraction(100 * positive, n_valid) + Fraction(1, 2))
    assert shown["included:pct"] == f"{expected}%"
    assert (shown["included:n"], shown["included:na"], shown["included:blank"]) == (
        str(n_valid),
        str(na),
        str(blank),
    )
    negatives = counts[0] + counts[1]
    if negatives:
        expected = int(Fraction(100 * negatives, n_valid) + Fraction(1, 2))
        assert shown["included:disagree"] == f"{expected}%"
    else:
        assert "included:disagree" not in shown


@functools.lru_cache(maxsize=1)
def _summary_2019_cached() -> Summary:
    return summarize_source("2019", Options(surveys_dir=SURVEYS))


# ------------------------------------------------------------------ two scales of one kind


def test_items_of_one_kind_on_two_scales_never_share_a_chart(tmp_path) -> None:
    """SYNTHETIC answers (invented here): two quality5 questions (Poor / Fair / Good / Very
    good / Excellent) and two average5 ones (Poor / Below average / Average / Above average /
    Excellent), none in a grid. Before: one quality chart whose legend listed 8 labels, "Fair"
    and "Below average" in one colour, "Good" and "Above average" in another. Now: one
    chart per scale, each legend its scale's five labels in five colours."""
    quality = ["Poor", "Fair", "Good", "Very good", "Excellent"]
    average = ["Poor", "Below average", "Average", "Above average", "Excellent"]
    lines = ["Venue,Catering,Overall rating,Speaker"]
    for i in range(10):
        answers = (quality[i * 3 % 5], quality[(i * 2 + 1) % 5], average[i % 5], average[i * 3 % 5])
        lines.append(",".join(answers))
    path = tmp_path / "synthetic_two_quality_scales.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS))
    scales = {item.label["en"]: item.scale for item in summary.items}
    assert scales == {
        "Venue": "quality5",
        "Catering": "quality5",
        "Overall rating": "average5",
        "Speaker": "average5",
    }
    pages = charts.rating_pages(summary, "quality", order="questionnaire")
    assert pages == [["venue", "catering"], ["overall_rating", "speaker"]]
    for page, labels in zip(pages, (quality, average), strict=True):
        fig = charts.plot_ratings(summary, "quality", lang="en", ids=page, page=(1, 2))
        shown = all_text(fig)
        assert all(label in shown for label in labels), shown
        legend = charts._agreement_legend(charts.selected(summary.items, page), "en")
        assert [text for _, _, text in legend] == labels
        assert len({colour for _, colour, _ in legend}) == 5


def test_a_scale_of_some_of_another_scales_labels_shares_its_chart(tmp_path) -> None:
    """SYNTHETIC answers (invented here): French usefulness questions, one answered *Utile /
    Très utile* only, two on *Pas utile / Utile / Très utile*: the labels the first shows are
    in the same colours on the others, so the three share one chart (one legend of three
    labels)."""
    lines = ["Messagerie;Visio;Outils"]
    rows = [
        ("Très utile", "Pas utile", "Utile"),
        ("Utile", "Utile", "Pas utile"),
        ("Très utile", "Très utile", "Très utile"),
        ("Utile", "Pas utile", "Utile"),
        ("Très utile", "Utile", "Très utile"),
    ]
    lines += [";".join(row) for row in rows]
    path = tmp_path / "synthetic_usefulness_subset.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS))
    assert {item.scale for item in summary.items} == {
        "usefulness_2_labels",
        "usefulness_3_labels",
    }
    pages = charts.rating_pages(summary, "usefulness", order="questionnaire")
    assert pages == [["messagerie", "visio", "outils"]]
    legend = charts._agreement_legend(summary.items, "fr")
    assert [text for _, _, text in legend] == ["Pas utile", "Utile", "Très utile"]


# --------------------------------------------------------------------------- notes: one, zero

#: The forum's questionnaire and a checkbox question on the sessions (for the notes' tests).
_SESSIONS_ITEM = """
[[item]]
id = "sessions"
kind = "multiselect"
question = { en = "Which sessions did you attend?", fr = "À quelles séances avez-vous assisté ?" }
options = [
  { en = "Opening plenary", fr = "Plénière d'ouverture" },
  { en = "Legal clinic", fr = "Clinique juridique" },
]
"""
_NOTE_HEADER = (
    "Timestamp,What is your main role?,"
    "How would you describe your knowledge of human trafficking?,Which sessions did you attend?"
)


def _notes_summary(tmp_path, name: str, rows: list[str]) -> Summary:
    """A SYNTHETIC file (``rows``, invented here) read with the forum's questionnaire plus the
    sessions checkbox question."""
    project = tmp_path / "project"
    project.mkdir()
    questionnaire = (SURVEYS / "questionnaire.toml").read_text(encoding="utf-8")
    (project / "questionnaire.toml").write_text(questionnaire + _SESSIONS_ITEM, encoding="utf-8")
    path = tmp_path / name
    path.write_text("\n".join([_NOTE_HEADER, *rows]) + "\n", encoding="utf-8")
    return summarize_source(str(path), Options(surveys_dir=project))


def _chart_notes(summary: Summary, lang: str) -> dict[str, str]:
    """The note drawn under each chart (role, expertise, sessions)."""
    (sessions,) = summary.multiselect
    drawn = {
        "role": charts.plot_choice(summary, "role", lang=lang),
        "expertise": charts.plot_expertise(summary, lang=lang),
        "sessions": charts.plot_choice(summary, sessions.id, lang=lang),
    }
    notes = {}
    for name, fig in drawn.items():
        shown = [t.get_text() for t in [*fig.texts, *fig.axes[0].texts]]
        found = [text for text in shown if re.match(r"n = \d", text)]
        assert len(found) == 1, shown
        notes[name] = found[0].replace(NBSP, " ")
    return notes


def test_chart_notes_of_one_respondent_are_in_the_singular(tmp_path) -> None:
    """SYNTHETIC one-respondent file. Before: "n = 1 respondents who answered (one answer
    each); 0 blank", "n = 1 réponses valides ; 0 S. O. et 0 vides", "1 personnes qui ont
    coché …; 0 n'en ont coché aucune". Now: the singular, and no clause for 0 (as under the
    tables, present/markdown.py)."""
    row = '2024/11/27 4:00:00 PM EST,Advocate,Basic knowledge,"Opening plenary, Legal clinic"'
    summary = _notes_summary(tmp_path, "synthetic_one_respondent.csv", [row])
    # hand count: 1 respondent, each question answered once, nothing blank or N/A
    assert [(i.id, i.n_valid, i.n_not_applicable, i.n_blank) for i in summary.items] == [
        ("expertise", 1, 0, 0),
        ("role", 1, 0, 0),
    ]
    assert [(q.n_valid, q.n_blank) for q in summary.multiselect] == [(1, 0)]
    assert _chart_notes(summary, "en") == {
        "role": "n = 1 respondent who answered.",
        "expertise": "n = 1 valid answer",
        "sessions": "n = 1 respondent who ticked at least one option.",
    }
    assert _chart_notes(summary, "fr") == {
        "role": "n = 1 personne qui a répondu.",
        "expertise": "n = 1 réponse valide",
        "sessions": "n = 1 personne qui a coché au moins une option.",
    }


def test_chart_notes_count_blanks_and_na_in_the_singular_and_the_plural(tmp_path) -> None:
    """SYNTHETIC three-respondent file: one answered everything, one answered the role only
    and "N/A" to the knowledge question, one answered the role only. The plural forms are
    the notes' old text; one blank or one N/A is in the singular."""
    rows = [
        "2024/11/27 4:00:00 PM EST,Advocate,Basic knowledge,Opening plenary",
        "2024/11/27 4:01:00 PM EST,Government,N/A,",
        "2024/11/27 4:02:00 PM EST,Other,,",
    ]
    summary = _notes_summary(tmp_path, "synthetic_three_respondents.csv", rows)
    # hand count: role 3 answered, 0 blank; knowledge 1 answered, 1 N/A, 1 blank; sessions
    # 1 ticked, 2 blank
    assert [(i.id, i.n_valid, i.n_not_applicable, i.n_blank) for i in summary.items] == [
        ("expertise", 1, 1, 1),
        ("role", 3, 0, 0),
    ]
    assert [(q.n_valid, q.n_blank) for q in summary.multiselect] == [(1, 2)]
    assert _chart_notes(summary, "en") == {
        "role": "n = 3 respondents who answered (one answer each).",
        "expertise": "n = 1 valid answer; 1 N/A and 1 blank, not in the percentages",
        "sessions": "n = 1 respondent who ticked at least one option; 2 ticked none, left out "
        "of the percentages.",
    }
    assert _chart_notes(summary, "fr") == {
        "role": "n = 3 personnes qui ont répondu (une réponse chacune).",
        "expertise": "n = 1 réponse valide ; 1 S. O. et 1 vide, hors pourcentages",
        "sessions": "n = 1 personne qui a coché au moins une option ; 2 n'en ont coché "
        "aucune, hors des pourcentages.",
    }
