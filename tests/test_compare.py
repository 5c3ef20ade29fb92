"""`forum-eval compare`: figures pinned to independent references, properties, outputs, errors."""

from __future__ import annotations

import csv
import io
import json
import math
from fractions import Fraction
from math import comb
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from forum_eval.analyse.compare import DOWN, NO_CHANGE, NOT_COMPARED, UP, compare, compare_pair
from forum_eval.analyse.summary import ItemSummary, Summary
from forum_eval.cli import app
from forum_eval.present import compare_out
from forum_eval.read.survey import Options
from tests.conftest import SURVEYS, summarize_source

runner = CliRunner()
NBSP = "\u00a0"


# --- independent references (no scipy): written from the textbook formulas ----------------


def fisher_reference(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided Fisher exact p: sum of the hypergeometric tables no likelier than observed
    (R's rule, relative tolerance 1e-7), in exact fractions."""
    m, total = x1 + x2, n1 + n2

    def prob(k: int) -> Fraction:
        return Fraction(comb(n1, k) * comb(n2, m - k), comb(total, m))

    observed = prob(x1)
    ks = range(max(0, m - n2), min(n1, m) + 1)
    return float(sum(prob(k) for k in ks if prob(k) <= observed * (1 + Fraction(1, 10**7))))


def mann_whitney_reference(counts1: tuple[int, ...], counts2: tuple[int, ...]) -> float:
    """Normal approximation with tie correction, no continuity correction (R wilcox.test with
    exact = FALSE, correct = FALSE), from the counts per level."""
    n1, n2 = sum(counts1), sum(counts2)
    big_n = n1 + n2
    rank_sum, below = 0.0, 0
    ties = 0
    for c1, c2 in zip(counts1, counts2, strict=True):
        t = c1 + c2
        midrank = below + (t + 1) / 2
        rank_sum += c1 * midrank
        ties += t**3 - t
        below += t
    u = rank_sum - n1 * (n1 + 1) / 2
    var = n1 * n2 / 12 * ((big_n + 1) - ties / (big_n * (big_n - 1)))
    z = (u - n1 * n2 / 2) / math.sqrt(var)
    return math.erfc(abs(z) / math.sqrt(2))


def bh_reference(p: list[float]) -> list[float]:
    """Benjamini–Hochberg step-up: q_(i) = min over j ≥ i of p_(j)·m/j."""
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    q = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] * m / rank)
        q[i] = running
    return q


# --- the bundled samples --------------------------------------------------------------------


@pytest.fixture(scope="module")
def summaries() -> dict[str, Summary]:
    options = Options(surveys_dir=SURVEYS)
    return {year: summarize_source(year, options) for year in ("2016", "2017", "2018", "2019")}


@pytest.fixture(scope="module")
def pair(summaries: dict[str, Summary]):
    return compare([summaries["2018"], summaries["2019"]]).pairs[0]


def test_accessibility_change_is_real(pair) -> None:
    item = next(i for i in pair.items if i.id == "accessibility")
    # 2018: 8 of 27; 2019: 21 of 28 (surveys/README.md)
    assert (item.a.n_positive, item.a.n_valid, item.b.n_positive, item.b.n_valid) == (8, 27, 21, 28)
    assert item.difference == Fraction(21, 28) - Fraction(8, 27)
    # statsmodels confint_proportions_2indep(21, 28, 8, 27, method="newcomb")
    # → 0.1905891 0.6385450
    assert item.diff_ci == pytest.approx((0.1905891, 0.6385450), abs=5e-7)
    # R: fisher.test(matrix(c(21, 7, 8, 19), 2, byrow = TRUE))$p.value → 0.001128053
    assert item.p_value == pytest.approx(0.001128053, rel=1e-6)
    assert item.p_value == pytest.approx(fisher_reference(21, 28, 8, 27), rel=1e-9)
    assert item.p_value_ordinal == pytest.approx(
        mann_whitney_reference(item.a.counts, item.b.counts), rel=1e-9
    )
    assert item.verdict == UP
    assert item.q_value is not None and item.q_value < 0.05


def test_included_change_is_noise(pair) -> None:
    item = next(i for i in pair.items if i.id == "included")
    # 2018: 25 of 29 (86 %); 2019: 28 of 30 (93 %)
    assert (item.a.n_positive, item.a.n_valid, item.b.n_positive, item.b.n_valid) == (
        25,
        29,
        28,
        30,
    )
    # statsmodels confint_proportions_2indep(28, 30, 25, 29, method="newcomb")
    # → -0.0971517 0.2457113
    assert item.diff_ci == pytest.approx((-0.0971517, 0.2457113), abs=5e-7)
    # R: fisher.test(matrix(c(28, 2, 25, 4), 2, byrow = TRUE))$p.value → 0.4238099
    assert item.p_value == pytest.approx(0.4238099, rel=1e-6)
    assert item.verdict == NO_CHANGE


def test_every_item_against_the_references(pair) -> None:
    p_values = []
    for item in pair.items:
        a, b = item.a, item.b
        assert item.p_value == pytest.approx(
            fisher_reference(b.n_positive, b.n_valid, a.n_positive, a.n_valid), rel=1e-9
        )
        assert item.p_value_ordinal == pytest.approx(
            mann_whitney_reference(a.counts, b.counts), rel=1e-9
        )
        assert item.difference == Fraction(b.n_positive, b.n_valid) - Fraction(
            a.n_positive, a.n_valid
        )
        p_values.append(item.p_value)
    expected_q = bh_reference(p_values)
    for item, q in zip(pair.items, expected_q, strict=True):
        assert item.q_value == pytest.approx(q, rel=1e-9)
        assert item.verdict == (UP if q < 0.05 else NO_CHANGE)
    ordinal_q = bh_reference([i.p_value_ordinal for i in pair.items])
    assert [i.q_value_ordinal for i in pair.items] == pytest.approx(ordinal_q, rel=1e-9)


def test_response_rates_are_compared(pair) -> None:
    rate = pair.response_rate
    # 2018: 29 of 90; 2019: 31 of 80
    assert rate.difference == Fraction(31, 80) - Fraction(29, 90)
    assert rate.p_value == pytest.approx(fisher_reference(31, 80, 29, 90), rel=1e-9)
    assert rate.verdict == NO_CHANGE


def test_items_present_in_one_edition_are_listed(summaries) -> None:
    comparison = compare([summaries["2017"], summaries["2018"]])
    assert comparison.pairs[0].only_in == {"2018": ("intend_to_act",)}
    assert "intend_to_act" not in {i.id for i in comparison.pairs[0].items}
    assert comparison.pairs[0].not_compared == ("role",)
    everything = compare([summaries[y] for y in ("2016", "2017", "2018", "2019")])
    assert [(p.a_name, p.b_name) for p in everything.pairs] == [
        ("2016", "2017"),
        ("2017", "2018"),
        ("2018", "2019"),
    ]
    assert everything.only_in == {"2018": ("intend_to_act",), "2019": ("intend_to_act",)}


def test_narrative_sentences(pair) -> None:
    fr = compare_out.pair_narrative(pair, "fr")
    assert (
        f"La proportion de personnes répondantes qui se sont senties incluses dans l'espace est "
        f"passée de 86{NBSP}% à 93{NBSP}% (+7 points{NBSP}; écart non significatif)."
    ) in fr
    assert (
        "La proportion de personnes répondantes qui estiment que leurs besoins en matière "
        f"d'accessibilité ont été satisfaits est passée de 30{NBSP}% à 75{NBSP}% "
        f"(+45 points{NBSP}; hausse significative, q = 0,012)."
    ) in fr
    en = compare_out.pair_narrative(pair, "en")
    # the response rate first, then the items whose change is larger than noise, then the rest
    assert en[0].startswith("The response rate went from 32% (29 of 90) in 2018")
    assert en[1] == (
        "One item changed between 2018 and 2019 by more than chance alone could produce: "
        "My accessibility needs were met."
    )
    assert en[2].startswith("The share of respondents who said their accessibility needs")
    assert en[3] == "The other items did not change by more than chance alone could produce:"
    assert (
        "The share of respondents who felt included in the space went from 86% to 93% "
        "(+7 points; not a significant change)."
    ) in en
    assert (
        "The response rate went from 32% (29 of 90) in 2018 to 39% (31 of 80) in 2019: "
        "+7 points, not a significant change."
    ) in en


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (Fraction(-17, 50), "en", "\u221234"),
        (Fraction(7, 100), "fr", "+7"),
        (Fraction(1, 1000), "en", "0"),
        (Fraction(-5, 1000), "en", "\u22121"),  # −0.5 points rounds half away from zero
    ],
)
def test_points(value: Fraction, lang: str, text: str) -> None:
    assert compare_out.points(value, lang) == text


@pytest.mark.parametrize(
    ("p", "lang", "text"),
    [
        (0.4238, "en", "0.42"),
        (0.01243, "fr", "0,012"),
        (0.0005, "en", "<0.001"),
        (1.0, "en", "1.00"),
    ],
)
def test_pvalue_display(p: float, lang: str, text: str) -> None:
    assert compare_out.pvalue(p, lang) == text


# --- properties on made-up summaries --------------------------------------------------------


def fake_item(item_id: str, counts: tuple[int, ...]) -> ItemSummary:
    """An agreement5 item with these counts (negative → positive)."""
    n_valid = sum(counts)
    n_positive = counts[3] + counts[4]
    return ItemSummary(
        id=item_id,
        kind="agreement",
        label={"en": item_id, "fr": item_id},
        statement={},
        scale="agreement5",
        categories=("sd", "d", "n", "a", "sa"),
        category_labels={"en": ("1", "2", "3", "4", "5"), "fr": ("1", "2", "3", "4", "5")},
        counts=counts,
        positive=(False, False, False, True, True),
        neutral="n",
        n_valid=n_valid,
        n_blank=0,
        n_not_applicable=0,
        n_invalid=0,
        n_positive=n_positive,
        share_positive=Fraction(n_positive, n_valid) if n_valid else None,
        ci=None,
        bounds=None,
    )


def fake_summary(name: str, items: list[tuple[int, ...]]) -> Summary:
    return Summary(
        name=name,
        file=f"{name}.csv",
        edition=None,
        respondents=max((sum(c) for c in items), default=0),
        attendees=None,
        response_rate=None,
        confidence=0.95,
        items=tuple(fake_item(f"item{i}", c) for i, c in enumerate(items)),
    )


counts = st.tuples(*[st.integers(min_value=0, max_value=12)] * 5)
editions = st.lists(counts, min_size=1, max_size=5)


@settings(max_examples=40, deadline=None)
@given(editions)
def test_identical_editions_show_no_change(items: list[tuple[int, ...]]) -> None:
    a, b = fake_summary("a", items), fake_summary("b", items)
    for item in compare_pair(a, b).items:
        if item.a.n_valid == 0:
            assert item.verdict == NOT_COMPARED
            assert item.difference is None and item.p_value is None
            continue
        assert item.difference == 0
        assert item.p_value == pytest.approx(1.0)
        assert item.p_value_ordinal == pytest.approx(1.0)
        assert item.verdict == NO_CHANGE


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1, max_value=5).flatmap(
        lambda k: st.tuples(
            st.lists(counts, min_size=k, max_size=k), st.lists(counts, min_size=k, max_size=k)
        )
    )
)
def test_swapping_negates_and_keeps_p(pair_of: tuple[list, list]) -> None:
    first, second = pair_of
    forward = compare_pair(fake_summary("a", first), fake_summary("b", second))
    backward = compare_pair(fake_summary("b", second), fake_summary("a", first))
    for f, b in zip(forward.items, backward.items, strict=True):
        if f.difference is None:
            assert b.difference is None and f.verdict == b.verdict == NOT_COMPARED
            continue
        assert b.difference == -f.difference
        assert b.diff_ci == pytest.approx((-f.diff_ci[1], -f.diff_ci[0]), abs=1e-12)
        assert b.p_value == pytest.approx(f.p_value, rel=1e-9)
        assert b.p_value_ordinal == pytest.approx(f.p_value_ordinal, rel=1e-9)
        assert b.q_value == pytest.approx(f.q_value, rel=1e-9)
        assert {f.verdict, b.verdict} in ({NO_CHANGE}, {UP, DOWN})
        # q ≥ p
        assert f.q_value >= f.p_value
        assert f.q_value_ordinal >= f.p_value_ordinal


def test_an_item_with_no_answer_in_one_edition_is_reported() -> None:
    a = fake_summary("a", [(0, 0, 0, 0, 0), (1, 1, 2, 5, 5)])
    b = fake_summary("b", [(0, 1, 2, 5, 9), (0, 0, 1, 5, 9)])
    comparison = compare([a, b])
    empty, other = comparison.pairs[0].items
    assert empty.verdict == NOT_COMPARED
    assert (empty.difference, empty.diff_ci, empty.p_value, empty.q_value) == (None,) * 4
    assert empty.a.n_valid == 0 and empty.b.n_valid == 17
    assert other.q_value == pytest.approx(other.p_value)  # only one item in the BH family
    assert any("item0" in w and "no valid answer in a" in w for w in comparison.warnings)
    lines = compare_out.pair_narrative(comparison.pairs[0], "en")
    assert "“item0” cannot be compared between a and b: no valid answer in a." in lines
    data = json.loads(compare_out.render_json(comparison, "en"))
    assert data["items"][0]["verdict"] == "not compared"
    assert data["items"][0]["difference"] is None


def test_small_n_is_flagged() -> None:
    a = fake_summary("a", [(1, 1, 1, 2, 3)])
    b = fake_summary("b", [(0, 1, 2, 10, 9)])
    comparison = compare([a, b])
    item = comparison.pairs[0].items[0]
    assert item.small_n
    assert any("fewer than 10 valid answers in a (n = 8)" in w for w in comparison.warnings)
    assert "fewer than 10 answers: treat with caution" in " ".join(
        compare_out.pair_narrative(comparison.pairs[0], "en")
    )


# --- the command ------------------------------------------------------------------------------


def run_compare(*args: str):
    return runner.invoke(app, ["compare", *args, "--surveys-dir", str(SURVEYS)])


def test_cli_table_lists_every_common_item(pair) -> None:
    result = run_compare("2018", "2019")
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    for item in pair.items:
        assert item.text("label", "en").split()[0] in out
    assert "+45" in out and "+19 to +64" in out and "0.012" in out
    assert "synthetic" in out and "reconstruction" in out
    access_row = next(line for line in result.stdout.splitlines() if "+45" in line)
    assert access_row.rstrip().endswith("up")
    assert "detectable" in out and "not a significant change" in out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cli_table_never_cuts_a_figure(lang: str, tmp_path: Path) -> None:
    # rich folds a cell that is wider than its column: "(116/290)" once came out as
    # "(116/290" and ")" on the next line. Synthetic editions of 300 rows, at 80 columns.
    import sys

    sys.path.insert(0, str(SURVEYS.parent / "benchmarks"))
    import generate

    generate.write_registry(tmp_path, 2, rows=300)
    args = ["compare", "2018", "2019", "--surveys-dir", str(tmp_path)]
    result = runner.invoke(app, [*args, "--lang", lang], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    figures = [
        f"({side['n_positive']}/{side['n_valid']})"
        for item in data["items"]
        for side in (item["a"], item["b"])
        if side["n_valid"]
    ]
    assert any(len(f) >= 9 for f in figures)  # three-digit counts
    for figure in figures:
        assert figure in result.stdout, figure
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_cli_json_contract() -> None:
    result = run_compare("2018", "2019", "--format", "json", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [e["name"] for e in data["editions"]] == ["2018", "2019"]
    assert [e["data"] for e in data["editions"]] == ["synthetic", "reconstruction"]
    assert "synthétiques" in data["data_note"]
    item = next(i for i in data["items"] if i["id"] == "accessibility")
    for key in (
        "id",
        "label",
        "a",
        "b",
        "difference",
        "diff_ci_low",
        "diff_ci_high",
        "p_value",
        "p_value_ordinal",
        "q_value",
        "verdict",
    ):
        assert key in item
    assert item["a"]["n_valid"] == 27 and item["a"]["n_positive"] == 8
    assert item["a"]["share_positive"] == pytest.approx(8 / 27)
    assert item["b"]["share_positive"] == pytest.approx(0.75)
    assert item["verdict"] == "up"
    assert data["only_in"] == {}
    assert data["pairs"][0]["not_compared"] == ["role"]


def test_cli_markdown_and_csv() -> None:
    result = run_compare("2016", "2017", "2018", "2019", "--format", "markdown", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.count("\n## ") == 3
    assert "## 2018 → 2019" in md
    assert "Question posée seulement à l'édition 2018, non comparée" in md
    assert "synthétiques" in md and "reconstitution" in md
    result = run_compare("2017", "2018", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 10
    assert {r["a_data"] for r in rows} == {"synthetic"}
    access = next(r for r in rows if r["id"] == "accessibility")
    assert (access["a_n_positive"], access["a_n_valid"]) == ("14", "22")
    assert float(access["difference"]) == pytest.approx(8 / 27 - 14 / 22)


def test_cli_compares_files(tmp_path: Path) -> None:
    header = "The forum was well organised.,I felt included in the space.\n"
    (tmp_path / "last-year.csv").write_text(
        header + "Agree,Agree\nDisagree,Agree\nStrongly agree,Neutral\n", encoding="utf-8"
    )
    (tmp_path / "this-year.csv").write_text(
        header + "Agree,\nAgree,\nStrongly agree,\n", encoding="utf-8"
    )
    result = run_compare(
        str(tmp_path / "last-year.csv"), str(tmp_path / "this-year.csv"), "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["data_note"] is None
    by_id = {i["id"]: i for i in data["items"]}
    assert by_id["organised"]["difference"] == pytest.approx(1 - 2 / 3)
    assert by_id["organised"]["small_n"] is True
    assert by_id["included"]["verdict"] == "not compared"
    assert "no valid answer in this-year" in result.stderr


def test_cli_errors() -> None:
    result = run_compare("2019")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: compare needs at least two editions")
    assert "Traceback" not in result.stderr
    result = run_compare("2018", "2030")
    assert result.exit_code == 1
    assert "no edition 2030" in result.stderr
    assert result.stdout == ""


# --- the dumbbell chart ---------------------------------------------------------------------


def _artists(fig, gid: str):
    return [a for a in fig.findobj() if getattr(a, "get_gid", lambda: None)() == gid]


def test_dumbbell_chart_structure(pair) -> None:
    from matplotlib.colors import to_hex

    from forum_eval.present import chartstyle as cs
    from forum_eval.present.charts_compare import (
        NOISE_COLOUR,
        UP_COLOUR,
        compare_order,
        plot_compare,
    )

    fig = plot_compare(pair, lang="en", confidence=0.95)
    assert fig.get_figwidth() == pytest.approx(cs.WIDTH_IN)
    order = [i.id for i in compare_order(pair)]
    assert order[0] == "accessibility"  # the largest increase on top
    for item in pair.items:
        (a,) = _artists(fig, f"{item.id}:a")
        (b,) = _artists(fig, f"{item.id}:b")
        assert a.get_xdata()[0] == pytest.approx(100 * float(item.a.share_positive))
        assert b.get_xdata()[0] == pytest.approx(100 * float(item.b.share_positive))
        (a_ci,) = _artists(fig, f"{item.id}:a_ci")
        assert list(a_ci.get_xdata()) == pytest.approx([100 * v for v in item.a.ci])
        (link,) = _artists(fig, f"{item.id}:link")
        colour = UP_COLOUR if item.verdict == UP else NOISE_COLOUR
        assert to_hex(link.get_color()).upper() == colour.upper()
        (change,) = _artists(fig, f"{item.id}:change")
        assert change.get_text() == compare_out.change_points(item, "en")
        assert (change.get_fontweight() == "bold") == (item.verdict == UP)
    texts = [a for a in fig.findobj() if hasattr(a, "get_fontsize") and hasattr(a, "get_text")]
    assert all(a.get_fontsize() >= cs.MIN_FONT_PT for a in texts if a.get_text())
    all_text = " ".join(a.get_text() for a in texts)
    assert "synthetic" in all_text and "reconstruction" in all_text


def test_dumbbell_files_are_deterministic_with_alt_text(pair, tmp_path: Path) -> None:
    from forum_eval.report.build import compare_charts, write_charts

    comparison = compare([pair.a, pair.b])
    for lang in ("en", "fr"):
        (png,) = write_charts(tmp_path / "one", compare_charts(comparison, None, lang), lang)
        (again,) = write_charts(tmp_path / "two", compare_charts(comparison, None, lang), lang)
        assert png.name == f"compare.{lang}.png"
        assert png.read_bytes() == again.read_bytes()
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    alt = (tmp_path / "one" / "compare.en.alt.txt").read_text(encoding="utf-8")
    assert "Real changes: My accessibility needs were met 30% → 75%." in alt
    assert "synthetic" in alt
    alt_fr = (tmp_path / "one" / "compare.fr.alt.txt").read_text(encoding="utf-8")
    assert f"Changements réels{NBSP}: Mes besoins d'accessibilité ont été satisfaits" in alt_fr


def test_cli_charts_option(tmp_path: Path) -> None:
    result = run_compare("2017", "2018", "2019", "--charts", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "compare-2017-2018.en.alt.txt",
        "compare-2017-2018.en.png",
        "compare-2018-2019.en.alt.txt",
        "compare-2018-2019.en.png",
    ]
    json.loads(result.stdout)


def test_report_compare_adds_charts_and_section(tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = runner.invoke(
        app,
        [
            "report",
            "2019",
            "--compare",
            "2018",
            "--lang",
            "en",
            "--out",
            str(out),
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    for name in ("compare", "trend"):
        assert (out / f"{name}.en.png").is_file()
        assert (out / f"{name}.en.alt.txt").is_file()
    md = (out / "summary.en.md").read_text(encoding="utf-8")
    assert "### 2018 → 2019" in md
    assert "](compare.en.png)" in md and "](trend.en.png)" in md
    assert "felt included in the space went from 86% to 93%" in md
    # the trend is the history up to 2019
    alt = (out / "trend.en.alt.txt").read_text(encoding="utf-8")
    assert "from 2016 to 2019" in alt


# --- golden Markdown (regenerate on purpose: FORUM_EVAL_REGEN_GOLDEN=1, review the diff) ---


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_golden(pair, lang: str) -> None:
    import os

    path = Path(__file__).parent / "golden" / f"compare_2018_2019.{lang}.md"
    text = compare_out.render_markdown(compare([pair.a, pair.b]), lang)
    if os.environ.get("FORUM_EVAL_REGEN_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with FORUM_EVAL_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_dumbbell_names_the_items_of_one_edition(summaries) -> None:
    from forum_eval.present.charts_compare import plot_compare

    pair = compare([summaries["2016"], summaries["2019"]]).pairs[0]
    fig = plot_compare(pair, lang="en", confidence=0.95)
    assert not _artists(fig, "intend_to_act:a")
    text = " ".join(a.get_text() for a in fig.findobj() if hasattr(a, "get_text"))
    assert "Asked only in 2019, not compared: “Intends to act or raise awareness”." in text
