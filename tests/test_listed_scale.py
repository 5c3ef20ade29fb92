"""An item the questionnaire lists with a kind but no ``scale`` is read on the form's own
labels, as a column found from its answers is, when its kind's default scale would show a
level and words the form did not have (a French 4-point agreement form, no neutral); the
default stands otherwise, and a ``scale`` the questionnaire names is never overridden.

Every response file here is SYNTHETIC, written by the tests (invented answers).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.config.questionnaire import load_questionnaire
from forum_eval.present.form import markdown_form

runner = CliRunner()

HEADER = "Les ateliers répondaient à mes besoins."
# SYNTHETIC answers to a 4-point French agreement question (no neutral on the form).
# Hand count: Pas du tout d'accord 1, Plutôt pas d'accord 2, Plutôt d'accord 4,
# Tout à fait d'accord 5 = 12 answers; positive = 4 + 5 = 9 of 12 (75 %).
FOUR_POINT = (
    ["Pas du tout d'accord"] * 1
    + ["Plutôt pas d'accord"] * 2
    + ["Plutôt d'accord"] * 4
    + ["Tout à fait d'accord"] * 5
)


def _item(scale: str | None = None, kind: str = "agreement") -> str:
    line = f'scale = "{scale}"\n' if scale else ""
    return (
        f'[[item]]\nid = "workshops"\nkind = "{kind}"\n{line}'
        f'question = {{ en = "The workshops met my needs.", fr = "{HEADER}" }}\n'
        'aliases = ["The workshops met my needs."]\n'
    )


def _write(folder: Path, name: str, header: str, answers: list[str]) -> Path:
    """A SYNTHETIC export: a timestamp column and one question."""
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Horodateur", header])
        writer.writerows([f"2023/10/12 9:{10 + k}:00 AM", a] for k, a in enumerate(answers))
    return path


def _summary(tmp_path: Path, questionnaire: str, answers: list[str], *args: str) -> dict:
    (tmp_path / "questionnaire.toml").write_text(questionnaire, encoding="utf-8")
    source = _write(tmp_path, "synthetic_2023.csv", HEADER, answers)
    argv = ["summarize", str(source), "--questionnaire", str(tmp_path / "questionnaire.toml")]
    result = runner.invoke(app, [*argv, "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _workshops(summary: dict) -> dict:
    return next(i for i in summary["items"] if i["id"] == "workshops")


def test_a_listed_item_without_scale_is_read_on_the_forms_four_labels(tmp_path: Path) -> None:
    """The default agreement5 named "Fortement d'accord ou D'accord" and a neutral level;
    the form's own four labels now (hand count above: 9 of 12 positive)."""
    summary = _summary(tmp_path, _item(), FOUR_POINT, "--lang", "fr")
    item = _workshops(summary)
    assert item["scale"] == "agreement_4_labels"
    assert item["levels"] == [
        "Pas du tout d'accord",
        "Plutôt pas d'accord",
        "Plutôt d'accord",
        "Tout à fait d'accord",
    ]
    assert list(item["counts"].values()) == [1, 2, 4, 5]
    assert (item["n_positive"], item["n_valid"]) == (9, 12)
    text = " ".join(summary["narrative"])
    assert "Fortement d'accord" not in text and "Ni en accord" not in text
    assert "Plutôt d'accord" in text and "Tout à fait d'accord" in text


def test_validate_says_the_item_is_read_on_the_forms_own_labels(tmp_path: Path) -> None:
    (tmp_path / "questionnaire.toml").write_text(_item(), encoding="utf-8")
    source = _write(tmp_path, "synthetic_2023.csv", HEADER, FOUR_POINT)
    q = str(tmp_path / "questionnaire.toml")
    result = runner.invoke(app, ["validate", str(source), "--questionnaire", q])
    assert result.exit_code == 0, result.stderr
    assert "questionnaire, on the form's own labels (agreement_4_labels)" in result.stdout


def test_an_explicit_scale_is_never_overridden(tmp_path: Path) -> None:
    """``scale = "agreement5"`` stated: the same answers on agreement5 (neutral 0)."""
    item = _workshops(_summary(tmp_path, _item("agreement5"), FOUR_POINT))
    assert item["scale"] == "agreement5"
    assert item["counts"] == {
        "strongly_disagree": 1,
        "disagree": 2,
        "neutral": 0,
        "agree": 4,
        "strongly_agree": 5,
    }
    assert (item["n_positive"], item["n_valid"]) == (9, 12)


def test_a_neutral_answer_keeps_the_default_scale(tmp_path: Path) -> None:
    """A neutral answer shows the form had the default's middle level: agreement5 stands
    (the sample's 2016 edition is such a form). Hand count: Plutôt en désaccord 2, Ni en
    accord ni en désaccord 3, Plutôt d'accord 4, Tout à fait d'accord 5: 9 of 14."""
    answers = (
        ["Plutôt en désaccord"] * 2
        + ["Ni en accord ni en désaccord"] * 3
        + ["Plutôt d'accord"] * 4
        + ["Tout à fait d'accord"] * 5
    )
    item = _workshops(_summary(tmp_path, _item(), answers))
    assert item["scale"] == "agreement5"
    assert list(item["counts"].values()) == [0, 2, 3, 4, 5]
    assert (item["n_positive"], item["n_valid"]) == (9, 14)


def test_answers_of_another_kind_keep_the_default_and_its_error(tmp_path: Path) -> None:
    """Listed as satisfaction, answered on agreement labels: read on satisfaction5 as
    before, each answer off it an error naming the scale."""
    (tmp_path / "questionnaire.toml").write_text(_item(kind="satisfaction"), encoding="utf-8")
    source = _write(tmp_path, "synthetic_2023.csv", HEADER, FOUR_POINT)
    q = str(tmp_path / "questionnaire.toml")
    result = runner.invoke(app, ["summarize", str(source), "--questionnaire", q])
    assert result.exit_code == 1
    assert "not on the satisfaction5 scale" in result.stderr


def test_a_stray_answer_keeps_the_default_scale(tmp_path: Path) -> None:
    """An answer the form's labels do not read ("Peut-être") keeps the default scale, and
    is off it: with --lenient, 1 invalid and 9 of 12 positive (hand count: FOUR_POINT)."""
    item = _workshops(_summary(tmp_path, _item(), [*FOUR_POINT, "Peut-être"], "--lenient"))
    assert item["scale"] == "agreement5"
    assert (item["n_positive"], item["n_valid"], item["n_invalid"]) == (9, 12, 1)


def test_the_questionnaire_records_whether_a_scale_was_named(tmp_path: Path) -> None:
    path = tmp_path / "questionnaire.toml"
    path.write_text(
        _item()
        + _item("agreement5").replace('"workshops"', '"named"')
        + '[[item]]\nid = "sector"\nkind = "choice"\nquestion = "Secteur"\n'
        '[[item.options]]\nid = "a"\nen = "A"\nfr = "A"\n'
        '[[item]]\nid = "notes"\nkind = "comment"\nquestion = "Commentaires"\n',
        encoding="utf-8",
    )
    items = {i.id: i for i in load_questionnaire(path).items}
    assert items["workshops"].default_scale and items["workshops"].scale is not None
    assert items["workshops"].scale.id == "agreement5"
    assert not items["named"].default_scale
    assert not items["sector"].default_scale and not items["notes"].default_scale


def test_next_years_form_keeps_offering_the_listed_scale(tmp_path: Path) -> None:
    """`form` is made from the questionnaire, not from last year's answers: the item named
    no scale, so the form still offers agreement5's five French labels."""
    path = tmp_path / "questionnaire.toml"
    path.write_text(_item(), encoding="utf-8")
    text = markdown_form(load_questionnaire(path), ("fr",))
    for label in ("Fortement en désaccord", "Ni en accord ni en désaccord", "Fortement d'accord"):
        assert f"- {label}" in text


def test_compare_two_years_read_on_different_labels(tmp_path: Path) -> None:
    """SYNTHETIC years: 2023 on the form's four French labels (9 of 12 positive, above),
    2024 in English on agreement5 (Strongly agree 6 + Agree 2 = 8 positive of 10;
    Neither 1, Disagree 1). The item still compares on its share positive (+5 points:
    80 % − 75 %), and the different scales are said."""
    q = tmp_path / "questionnaire.toml"
    q.write_text(_item(), encoding="utf-8")
    a = _write(tmp_path, "synthetic_2023.csv", HEADER, FOUR_POINT)
    english = ["Strongly agree"] * 6 + ["Agree"] * 2 + ["Neither agree nor disagree", "Disagree"]
    b = _write(tmp_path, "synthetic_2024.csv", "The workshops met my needs.", english)
    argv = ["compare", str(a), str(b), "--questionnaire", str(q), "--format", "json"]
    result = runner.invoke(app, argv)
    assert result.exit_code == 0, result.stderr
    assert 'item "workshops"' in result.stderr and "use different scales" in result.stderr
    item = next(i for i in json.loads(result.stdout)["items"] if i["id"] == "workshops")
    assert (item["a"]["n_positive"], item["a"]["n_valid"]) == (9, 12)
    assert (item["b"]["n_positive"], item["b"]["n_valid"]) == (8, 10)
    assert abs(item["difference"] - 0.05) < 1e-12
    # scipy.stats.fisher_exact([[8, 2], [9, 3]]).pvalue == 1.0; no test on every level
    # (the two scales' levels differ)
    assert item["p_value"] == 1.0 and item["p_value_ordinal"] is None


def test_the_rows_of_a_grid_share_the_forms_labels(tmp_path: Path) -> None:
    """Two listed items asked as rows of one Google Forms grid: both are read on the four
    labels of the grid's answers together, the row where nobody chose "Pas du tout
    d'accord" too. SYNTHETIC hand count of the second row: Plutôt pas d'accord 2, Plutôt
    d'accord 6, Tout à fait d'accord 4 = 12; positive 6 + 4 = 10 of 12."""
    meals = ["Plutôt pas d'accord"] * 2 + ["Plutôt d'accord"] * 6 + ["Tout à fait d'accord"] * 4
    q = tmp_path / "questionnaire.toml"
    q.write_text(
        _item().replace("aliases = [", 'aliases = ["Les ateliers", ')
        + '[[item]]\nid = "meals"\nkind = "agreement"\n'
        'question = { en = "The meals", fr = "Les repas" }\n',
        encoding="utf-8",
    )
    path = tmp_path / "synthetic_grid.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Horodateur", "Votre avis [Les ateliers]", "Votre avis [Les repas]"])
        rows = zip(FOUR_POINT, meals, strict=True)
        writer.writerows([f"2023/10/12 9:{10 + k}:00 AM", a, b] for k, (a, b) in enumerate(rows))
    argv = ["summarize", str(path), "--questionnaire", str(q), "--format", "json"]
    result = runner.invoke(app, argv)
    assert result.exit_code == 0, result.stderr
    items = {i["id"]: i for i in json.loads(result.stdout)["items"]}
    assert items["workshops"]["scale"] == items["meals"]["scale"] == "agreement_4_labels"
    assert list(items["meals"]["counts"].values()) == [0, 2, 6, 4]
    assert (items["meals"]["n_positive"], items["meals"]["n_valid"]) == (10, 12)


def test_answers_in_the_default_scales_own_words_keep_it(tmp_path: Path) -> None:
    """English Strongly disagree / Disagree / Agree / Strongly agree, nobody neutral: the
    default's own words (a built-in scale reads them), so agreement5 stands, as for the
    bundled exports. SYNTHETIC hand count: 1 + 2 + 4 + 5 = 12, positive 9."""
    answers = ["Strongly disagree"] + ["Disagree"] * 2 + ["Agree"] * 4 + ["Strongly agree"] * 5
    item = _workshops(_summary(tmp_path, _item(), answers))
    assert item["scale"] == "agreement5"
    assert list(item["counts"].values()) == [1, 2, 0, 4, 5]
    assert (item["n_positive"], item["n_valid"]) == (9, 12)
