"""Breakdowns by group (`summarize --by`, `comments --by`) and their small-cell suppression."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from forum_eval.analyse.breakdown import (
    NOT_STATED,
    OTHER_VALUES,
    Group,
    Grouping,
    breakdown_items,
    count_row,
)
from forum_eval.cli import app
from tests.conftest import SURVEYS

runner = CliRunner()
NBSP = "\u00a0"
IDENTITY = "Vous identifiez-vous à l'un de ces groupes ? (facultatif)"
EXPERTISE = "Comment décririez-vous votre connaissance de la traite des personnes ?"
ACCESS = "Mes besoins en matière d'accessibilité ont été satisfaits."
EXPERTISE_IDS = {
    "Connaissance de base": "basic",
    "Connaissance moyenne": "intermediate",
    "Connaissance approfondie": "in_depth",
}


def summarize(*args: str):
    return runner.invoke(app, ["summarize", *args, "--surveys-dir", str(SURVEYS)])


def raw_2019() -> list[dict[str, str]]:
    """The 2019 sample read with the csv module only: an independent reference."""
    with (SURVEYS / "2019.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_by_expertise_matches_a_hand_count() -> None:
    rows = raw_2019()
    sizes = Counter(EXPERTISE_IDS[r[EXPERTISE]] for r in rows)
    assert sizes == {"basic": 5, "intermediate": 12, "in_depth": 14}  # build_samples: (14, 12, 5)
    # accessibility: agree / strongly agree among valid answers ("Sans objet" is not valid)
    positive = {"D'accord", "Fortement d'accord"}
    valid = Counter(
        EXPERTISE_IDS[r[EXPERTISE]] for r in rows if r[ACCESS] and r[ACCESS] != "Sans objet"
    )
    agree = Counter(EXPERTISE_IDS[r[EXPERTISE]] for r in rows if r[ACCESS] in positive)

    result = summarize("2019", "--by", "expertise", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    bd = data["breakdown"]
    assert bd["by"] == "expertise" and bd["min_cell"] == 5 and bd["sensitive"] is False
    assert [(g["id"], g["n"], g["suppressed"]) for g in bd["groups"]] == [
        ("basic", 5, False),
        ("intermediate", 12, False),
        ("in_depth", 14, False),
    ]
    access = next(i for i in bd["items"] if i["id"] == "accessibility")
    assert (access["n_valid"], access["n_positive"]) == (28, 21)  # the published 75 %
    # every group has at least 5 valid answers here: nothing is hidden, all match the hand count
    assert min(valid.values()) >= 5
    for cell in access["groups"]:
        assert not cell["suppressed"]
        assert cell["n"] == valid[cell["id"]] and cell["n_positive"] == agree[cell["id"]]
        assert cell["share_positive"] == pytest.approx(agree[cell["id"]] / valid[cell["id"]])
    for item in bd["items"]:
        assert sum(c["n"] for c in item["groups"]) == item["n_valid"]
    # the expertise item itself is not broken down by itself
    assert "expertise" not in {i["id"] for i in bd["items"]}
    # the rest of the JSON is the usual summary
    assert data["respondents"] == 31 and data["items"]


def test_self_identification_is_never_summarised_on_its_own() -> None:
    result = summarize("2019", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "identity" not in {i["id"] for i in data["items"]}
    text = result.stdout
    for label in (
        "Expérience vécue",
        "2SLGBTQI",
        "migrante",
        "Lived experience",
        "Self-identification",
    ):
        assert label not in text
    for fmt in ("table", "markdown", "csv"):
        out = summarize("2019", "--format", fmt, "--lang", "fr").stdout
        assert "Expérience vécue" not in out and "Auto-identification" not in out


def test_by_identity_suppresses_small_groups() -> None:
    rows = raw_2019()
    sizes = Counter(r[IDENTITY] for r in rows)
    # build_samples.py: youth 6, 2SLGBTQI+ 3, migrant 4, lived experience 2, none 12, prefer not 4
    assert sizes["Expérience vécue de la traite"] == 2
    result = summarize("2019", "--by", "identity", "--format", "json")
    assert result.exit_code == 0, result.stderr
    bd = json.loads(result.stdout)["breakdown"]
    assert bd["sensitive"] is True
    groups = {g["id"]: g for g in bd["groups"]}
    assert groups["youth"]["n"] == 6 and groups["none"]["n"] == 12
    for small in ("lgbtq", "migrant", "lived_experience", NOT_STATED):
        assert groups[small] == {
            "id": small,
            "label": groups[small]["label"],
            "n": None,
            "suppressed": True,
        }
    for item in bd["items"]:
        for cell in item["groups"]:
            assert cell["suppressed"] or cell["n"] >= 5
            if cell["suppressed"]:
                assert (
                    cell["n"] is None
                    and cell["n_positive"] is None
                    and cell["share_positive"] is None
                )

    table = summarize("2019", "--by", "identity", "--lang", "fr")
    assert table.exit_code == 0, table.stderr
    assert f"<{NBSP}5" in table.stdout
    assert "Non" in table.stdout and "précisé" in table.stdout  # "not stated" (may wrap)


def test_by_csv_and_markdown() -> None:
    result = summarize("2019", "--by", "identity", "--format", "csv", "--min-cell", "6")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    sizes = {r["group_id"]: r for r in rows if r["item_id"] == "respondents"}
    assert sizes["all"]["n_valid"] == "31"
    assert sizes["youth"]["n_valid"] == "6" and sizes["youth"]["suppressed"] == "False"
    assert sizes["migrant"]["n_valid"] == "" and sizes["migrant"]["suppressed"] == "True"
    for row in rows:
        if row["group_id"] != "all" and row["suppressed"] == "False":
            assert int(row["n_valid"]) >= 6
    md = summarize("2019", "--by", "identity", "--format", "markdown", "--min-cell", "6")
    assert md.exit_code == 0, md.stderr
    assert "## By Self-identification" in md.stdout
    assert "< 6" in md.stdout


@pytest.mark.parametrize(
    ("by", "message"),
    [
        ("nothing", 'Error: --by "nothing": no such column.'),
        ("suggestions", "free-text comment column"),
        ("Horodateur", "describes the submission"),
    ],
)
def test_by_errors(by: str, message: str) -> None:
    result = summarize("2019", "--by", by)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_by_identifying_column_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "f.csv"
    source.write_text(
        "Email,The forum was well organised.\nz@example.org,Agree\ny@example.org,Agree\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["summarize", str(source), "--by", "Email", "--surveys-dir", str(SURVEYS)]
    )
    assert result.exit_code == 2
    assert "identifies respondents" in result.stderr
    assert "example.org" not in result.stderr + result.stdout


def _by_province(tmp_path: Path, nb: list[str]) -> dict:
    source = tmp_path / "f.csv"
    lines = ["Province,The forum was well organised."]
    lines += (
        ["QC,Agree"] * 6
        + ["ON,Disagree"] * 5
        + ["ON,Agree"] * 2
        + [f"NB,{a}" for a in nb]
        + [",Agree"]
    )
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "summarize",
            str(source),
            "--by",
            "province",
            "--format",
            "json",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["breakdown"]


def test_by_a_plain_column_of_the_file(tmp_path: Path) -> None:
    bd = _by_province(tmp_path, ["Agree", "Disagree"])
    groups = [(g["id"], g["n"], g["suppressed"]) for g in bd["groups"]]
    # NB (2 people) is never named: pooled in "other values"; it and not stated (1) are
    # small: two cells hidden, no complement needed
    assert groups == [
        ("on", 7, False),
        ("qc", 6, False),
        (OTHER_VALUES, None, True),
        (NOT_STATED, None, True),
    ]
    assert [g["label"] for g in bd["groups"]] == ["ON", "QC", "Other values", "Not stated"]
    assert "NB" not in json.dumps(bd)
    cells = {c["id"]: c for c in bd["items"][0]["groups"]}
    # the two hidden groups together: 3 answers, 2 agree: neither can be told apart
    assert (cells["on"]["n"], cells["on"]["n_positive"]) == (7, 2)
    assert (cells["qc"]["n"], cells["qc"]["n_positive"]) == (6, 6)
    assert cells[OTHER_VALUES]["suppressed"] and cells[NOT_STATED]["suppressed"]


def test_hidden_groups_that_answered_alike_take_more_cells_with_them(tmp_path: Path) -> None:
    # Total 11 of 16 agree. Publishing ON 2/7 and QC 6/6 would leave 3 of 3 for NB + not
    # stated: everyone in the two small groups agreed — disclosed. So QC (next smallest) is
    # hidden too, which still leaves 9 of 9 for the hidden cells; then ON: the whole row.
    bd = _by_province(tmp_path, ["Agree", "Agree"])
    assert all(c["suppressed"] for c in bd["items"][0]["groups"])
    # the group sizes row has no positives: only the small groups are hidden there
    assert [g["suppressed"] for g in bd["groups"]] == [False, False, True, True]


def test_comments_by_group() -> None:
    result = runner.invoke(
        app,
        ["comments", "2019", "--by", "identity", "--format", "json", "--surveys-dir", str(SURVEYS)],
    )
    assert result.exit_code == 0, result.stderr
    by = json.loads(result.stdout)["by"]
    assert by["sensitive"] is True and by["min_cell"] == 5
    # every theme was raised by fewer than 5 people in any group: all theme cells hidden
    for row in by["rows"]:
        for cell in row["groups"]:
            assert cell["suppressed"] or cell["n"] >= 5
    french = next(r for r in by["rows"] if r["id"] == "french_language")
    assert french["n"] == 5 and all(c["suppressed"] for c in french["groups"])
    table = runner.invoke(
        app, ["comments", "2019", "--by", "identity", "--surveys-dir", str(SURVEYS)]
    )
    assert table.exit_code == 0 and "< 5" in table.stdout


def _grouping(codes: np.ndarray, n_groups: int) -> Grouping:
    return Grouping(
        "g", {"en": "G"}, tuple(Group(f"g{i}", {"en": f"G{i}"}) for i in range(n_groups)), codes
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 5).flatmap(
        lambda g: st.tuples(
            st.just(g),
            st.lists(st.integers(0, g - 1), min_size=1, max_size=40),
            st.integers(3, 6),
        )
    ),
    st.randoms(use_true_random=False),
)
def test_no_published_cell_below_k(params: tuple[int, list[int], int], rnd) -> None:
    from forum_eval.config.questionnaire import Item
    from forum_eval.config.scales import AGREEMENT5
    from forum_eval.read.responses import ItemResponses, Responses

    n_groups, members, k = params
    codes = np.array(members, dtype=np.int64)
    answers = np.array([rnd.choice([-2, -1, 0, 1, 2, 3, 4]) for _ in members], dtype=np.int8)
    item = Item(id="x", kind="agreement", label={"en": "X"}, scale=AGREEMENT5)
    responses = Responses(
        items=[ItemResponses(item, AGREEMENT5, "X", answers)],
        comments=[],
        respondents=len(members),
        rows_read=len(members),
    )
    bd = breakdown_items(responses, _grouping(codes, n_groups), k)
    for row in (bd.sizes, *bd.rows):
        assert all(c.suppressed or (c.n is not None and c.n >= k) for c in row.cells)
        hidden = [c for c in row.cells if c.suppressed]
        assert len(hidden) != 1  # a lone hidden cell would be total − the others
        published = sum(c.n or 0 for c in row.cells if not c.suppressed)
        assert published <= row.n
    theme = count_row("t", {}, codes % 2 == 0, codes, n_groups, k)
    assert all(c.suppressed or (c.n is not None and c.n >= k) for c in theme.cells)


def test_a_self_identification_column_found_without_questionnaire_is_a_group(
    tmp_path: Path,
) -> None:
    # zero configuration: "Are you a survivor of trafficking?" reads as a yes/no item, but its
    # header marks it as self-identification: it is set aside from the summary
    source = tmp_path / "zero.csv"
    lines = ["The forum was well organised,Are you a survivor of trafficking?"]
    lines += ["Agree,No"] * 8 + ["Agree,Yes"] * 2 + ["Disagree,Yes"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = tmp_path / "surveys"
    empty.mkdir()
    (empty / "forums.toml").write_text("", encoding="utf-8")
    result = runner.invoke(
        app, ["summarize", str(source), "--format", "json", "--surveys-dir", str(empty)]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [i["id"] for i in data["items"]] == ["the_forum_was_well_organised"]
    assert "survivor" not in result.stdout.lower()
    by = runner.invoke(
        app,
        [
            "summarize",
            str(source),
            "--by",
            "Are you a survivor of trafficking?",
            "--format",
            "json",
            "--surveys-dir",
            str(empty),
        ],
    )
    assert by.exit_code == 0, by.stderr
    bd = json.loads(by.stdout)["breakdown"]
    assert bd["sensitive"] is True
    # yes (3) is small, so no (8) goes too: the only two groups
    assert [(g["id"], g["n"], g["suppressed"]) for g in bd["groups"]] == [
        ("no", None, True),
        ("yes", None, True),
    ]


def test_a_group_item_needs_options(tmp_path: Path) -> None:
    from forum_eval.config.questionnaire import load_questionnaire
    from forum_eval.errors import ConfigError

    path = tmp_path / "q.toml"
    path.write_text(
        '[[item]]\nid = "who"\nkind = "group"\nquestion = "Who are you?"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="a group item needs a list of"):
        load_questionnaire(path)


def test_declared_categories_are_listed_even_when_empty(tmp_path: Path) -> None:
    # Nobody chose "lived experience": listing it anyway (as "< 5") means a "< 5" never tells
    # that someone is in a group.
    source = tmp_path / "f.csv"
    lines = ["The forum was well organised.,Do you identify with one of these groups? (optional)"]
    lines += (
        ["Agree,Youth (under 30)"] * 6
        + ["Agree,None of these"] * 7
        + ["Disagree,Migrant or refugee"] * 2
    )
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "summarize",
            str(source),
            "--by",
            "identity",
            "--format",
            "json",
            "--surveys-dir",
            str(SURVEYS),
        ],
    )
    assert result.exit_code == 0, result.stderr
    groups = [
        (g["id"], g["n"], g["suppressed"]) for g in json.loads(result.stdout)["breakdown"]["groups"]
    ]
    assert groups == [
        ("youth", 6, False),
        ("lgbtq", None, True),
        ("migrant", None, True),
        ("lived_experience", None, True),
        ("none", 7, False),
    ]
