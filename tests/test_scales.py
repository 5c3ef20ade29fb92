from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest

from forum_eval.config.scales import (
    AGREEMENT4,
    AGREEMENT5,
    CONFIDENCE5,
    EASE7,
    EXPERTISE3,
    FREQUENCY5,
    ORDER_PLACEHOLDER,
    POSITIVE_PLACEHOLDER,
    SATISFACTION5,
    YESNO,
    Scale,
    choose_scale,
    declaration_suggestion,
    declaration_suggestions,
    is_not_applicable,
    parse_scale_option,
)
from forum_eval.errors import UsageError
from forum_eval.textnorm import fold, slug


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("Strongly agree", "strongly_agree"),
        ("  strongly AGREE ", "strongly_agree"),
        ("Tout à fait d'accord", "strongly_agree"),
        ("Tout a fait d’accord", "strongly_agree"),  # no accent, curly apostrophe
        ("Fortement d'accord", "strongly_agree"),
        ("D'accord", "agree"),
        ("Ni en accord ni en désaccord", "neutral"),
        ("Neutre", "neutral"),
        ("En désaccord", "disagree"),
        ("Pas d'accord", "disagree"),
        ("Tout à fait en désaccord", "strongly_disagree"),
        ("Fortement en désaccord", "strongly_disagree"),
    ],
)
def test_agreement_labels_en_fr(label: str, category: str) -> None:
    index = AGREEMENT5.index_of(label)
    assert index is not None
    assert AGREEMENT5.categories[index].id == category


@pytest.mark.parametrize(
    "label", ["Strongly agreee", "agree strongly", "Agree!!!?x", "d accord total", "Oui"]
)
def test_no_fuzzy_or_substring_match(label: str) -> None:
    assert AGREEMENT5.index_of(label) is None


def test_numeric_codes_only_when_asked() -> None:
    assert AGREEMENT5.index_of("5") is None
    assert AGREEMENT5.index_of("5", numeric=True) == 4
    assert AGREEMENT5.index_of("1", numeric=True) == 0
    assert AGREEMENT4.index_of("4", numeric=True) == 3
    assert AGREEMENT4.index_of("Neutral") is None


def test_yes_no_and_expertise() -> None:
    assert YESNO.categories[YESNO.index_of("Oui") or 0].id == "yes"
    assert YESNO.index_of("non") == 0
    assert (
        EXPERTISE3.categories[EXPERTISE3.index_of("Connaissance approfondie") or 0].id == "in_depth"
    )
    assert EXPERTISE3.positive == frozenset({"in_depth"})


@pytest.mark.parametrize(
    "label",
    [
        "N/A",
        "n/a",
        "NA",
        "Not applicable",
        "Sans objet",
        "S.O.",
        "s.o.",
        "Ne s’applique pas",
        "Don't know",
        "Je ne sais pas",
    ],
)
def test_not_applicable_vocabulary(label: str) -> None:
    assert is_not_applicable(fold(label))


def test_fold() -> None:
    assert fold("  Je me suis senti·e  INCLUS·E dans l’espace. ") == fold(
        "je me suis senti e inclus e dans l'espace"
    )
    assert fold("Évaluation") == "evaluation"


# ------------------------------------------------------------------ the scale of a column


def _counts(scale: Scale, answers: list[str]) -> dict[str, int]:
    """``answers`` counted through ``scale``, per category id (N/A left out)."""
    counts = {cat_id: 0 for cat_id in scale.ids}
    for answer in answers:
        if not is_not_applicable(fold(answer)):
            index = scale.index_of(answer)
            assert index is not None, answer
            counts[scale.ids[index]] += 1
    return counts


@pytest.mark.parametrize(
    ("labels", "scale_id", "how", "positive"),
    [
        # the standard labels keep the built-in scale, its ids and counts keys (2019 outputs)
        (["Agree", "Disagree", "Strongly agree", "N/A"], "agreement5", "built-in",
         {"agree", "strongly_agree"}),
        (["D'accord", "En désaccord", "Sans objet", "Tout à fait d'accord"], "agreement5",
         "built-in", {"agree", "strongly_agree"}),
        (["Connaissance de base", "Connaissance moyenne", "Connaissance approfondie"],
         "expertise3", "built-in", {"in_depth"}),
        (["Oui", "Non"], "yesno", "built-in", {"yes"}),
        (["Poor", "Fair", "Good", "Very good", "Excellent"], "quality5", "built-in",
         {"good", "very_good", "excellent"}),
        (["Very Easy", "Easy", "Somewhat Easy", "Neither easy nor difficult",
          "Somewhat Difficult", "Difficult", "Very Difficult"], "ease7", "built-in",
         {"somewhat_easy", "easy", "very_easy"}),
        # a complete scale of the form's own (as many labels on each side): no level added
        (["Very Easy", "Easy", "Somewhat Easy", "Somewhat Difficult", "Difficult",
          "Very Difficult"], "ease_6_labels", "labels", {"somewhat_easy", "easy", "very_easy"}),
        (["Strongly disagree", "Disagree", "Agree", "Strongly agree"], "agreement4",
         "built-in", {"agree", "strongly_agree"}),
        (["Pas du tout intéressant", "Peu intéressant", "Plutôt intéressant",
          "Très intéressant"], "interest_4_labels", "labels",
         {"plutot_interessant", "tres_interessant"}),
        # labels that the built-in scale would merge, or show under another name: the form's
        (["Very satisfied", "Satisfied", "Somewhat satisfied", "Not satisfied"],
         "satisfaction_4_labels", "labels",
         {"very_satisfied", "satisfied", "somewhat_satisfied"}),
        (["Never", "Almost never", "Sometimes", "Fairly often", "Very often", "Always"],
         "frequency_6_labels", "labels", {"fairly_often", "very_often", "always"}),
        (["Plutôt d'accord", "Tout à fait d'accord", "Plutôt pas d'accord"],
         "agreement_3_labels", "labels", {"plutot_d_accord", "tout_a_fait_d_accord"}),
        (["Débutant·e", "Intermédiaire", "Avancé·e", "Expert·e"], "expertise_4_labels",
         "labels", {"avance", "expert"}),
        (["Très agréable", "Plutôt agréable", "Indifférent", "Plutôt désagréable"],
         "pleasantness_4_labels", "labels", {"tres_agreable", "plutot_agreable"}),
    ],
)  # fmt: skip
def test_the_scale_chosen_for_a_column(
    labels: list[str], scale_id: str, how: str, positive: set[str]
) -> None:
    choice = choose_scale(labels)
    assert choice.scale is not None, choice.reason
    assert (choice.scale.id, choice.how, set(choice.scale.positive)) == (scale_id, how, positive)


@pytest.mark.parametrize(
    ("labels", "because"),
    [
        (["1", "2", "4", "5"], "numbers"),
        (["Male", "Female"], "not rating labels"),
        (["", "N/A", "Sans objet"], "no answer"),
        (["Slightly useful", "Very useful"], "neither the opposite pole"),
    ],
)
def test_columns_that_need_a_declaration(labels: list[str], because: str) -> None:
    choice = choose_scale(labels)
    assert choice.scale is None and because in choice.reason


def test_qualtrics_satisfaction_counts_are_not_merged() -> None:
    """Issue 13 point 1 (synthetic column to the shape of the Qualtrics export): Satisfied
    17 and Somewhat satisfied 5 were counted as `satisfied: 22`. Each keeps its count now,
    and positive = 9 + 17 + 5 = 31 of 35 (hand count of the list below)."""
    answers = (
        ["Very satisfied"] * 9 + ["Satisfied"] * 17 + ["Somewhat satisfied"] * 5
        + ["Not satisfied"] * 4
    )  # fmt: skip
    scale = choose_scale(set(answers)).scale
    assert scale is not None
    counts = _counts(scale, answers)
    assert counts == {"not_satisfied": 4, "somewhat_satisfied": 5, "satisfied": 17,
                      "very_satisfied": 9}  # fmt: skip
    assert sum(counts[c] for c in scale.positive) == 31


def test_french_confidence_counts_plutot_on_the_confident_side() -> None:
    """Issue 13 point 2 (synthetic column with the issue's totals): "Plutôt confiant.e" was
    the middle level and "Ni confiant.e ni sceptique" off the scale: 19 of 40 = 48 %. Read by
    the model: 19 + 20 = 39 positive of 46 = 85 %."""
    answers = (
        ["Très confiant·e"] * 19 + ["Plutôt confiant.e"] * 20
        + ["Ni confiant.e ni sceptique"] * 6 + ["Plutôt sceptique"] * 1
    )  # fmt: skip
    scale = choose_scale(set(answers)).scale
    assert scale is not None and scale.kind == "confidence"
    counts = _counts(scale, answers)
    assert (sum(counts[c] for c in scale.positive), sum(counts.values())) == (39, 46)
    assert scale.neutral == "ni_confiant_ni_sceptique"


def test_what_a_scale_counts_is_stated() -> None:
    assert FREQUENCY5.positive_labels("fr") == ("Souvent", "Toujours")
    assert (FREQUENCY5.pole, FREQUENCY5.share_name("en")) == (False, "often or more")
    assert EXPERTISE3.share_name("fr") == "avancé ou plus"
    assert (AGREEMENT5.pole, AGREEMENT5.share_name("en")) == (True, "")
    assert AGREEMENT5.positive_labels("en") == ("Agree", "Strongly agree")


def test_built_in_scales_fixed_where_the_model_disagreed() -> None:
    # "Plutôt confiant·e" is on the confident side: no longer the middle of confidence5
    assert CONFIDENCE5.index_of("Plutôt confiant·e") is None
    assert CONFIDENCE5.neutral == "moderately_confident"
    assert CONFIDENCE5.index_of("Moyennement confiante") == 2
    # "Somewhat easy" is on the easy side
    assert "somewhat_easy" in EASE7.positive
    # French expertise variants and every inclusive writing
    for label in ("Avancé·e", "Avancé.e", "Avancé(e)", "Avancé-e", "Avancé/e", "Approfondie",
                  "Expert/e", "Débutant-e", "Novice"):  # fmt: skip
        assert EXPERTISE3.index_of(label) is not None, label
    for label in ("Satisfait-e", "satisfait/e", "SATISFAIT.E", "Très satisfait(e)"):
        assert SATISFACTION5.index_of(label) is not None, label


def test_dead_code_is_gone() -> None:
    from forum_eval.config import scales

    for name in ("POSITIVE_RULE", "is_blank"):
        assert not hasattr(scales, name)
    assert not hasattr(Scale, "accepts") and not hasattr(Scale, "has_codes")


def test_a_declared_scale_lists_each_label_once_whatever_its_inclusive_writing() -> None:
    with pytest.raises(UsageError, match="listed twice"):
        parse_scale_option("Q=Insatisfait·e|Satisfait·e|Satisfait(e);positive=Satisfait·e")


# ------------------------------------------------------------------ declaration suggestions


def _pasted(option: str) -> tuple[str, Scale]:
    """``option`` as a shell passes it (POSIX quoting), parsed as --scale is."""
    argv = shlex.split(option)
    assert argv[0] == "--scale" and len(argv) == 2, argv
    return parse_scale_option(argv[1])


def test_a_numeric_suggestion_lists_the_whole_range() -> None:
    """Issue 13 point 5: a 0–10 column got `=0|…|9;positive=9|10` (10 missing)."""
    suggestion = declaration_suggestion("Rate the talk", ["10", "9", "0", "7", "3"])
    assert suggestion is not None and suggestion.complete
    assert suggestion.option == '--scale "Rate the talk=0|1|2|3|4|5|6|7|8|9|10;positive=9|10"'
    target, scale = _pasted(suggestion.option)
    assert target == fold("Rate the talk")
    assert scale.labels("en") == tuple(str(n) for n in range(11))
    assert scale.positive == frozenset({"9", "10"})
    five = declaration_suggestion("Rate the venue", ["5", "4", "3", "2"])
    assert five is not None and five.option.endswith('=1|2|3|4|5;positive=4|5"')
    assert declaration_suggestion("Age", ["23", "35", "41"]) is None  # not a rating


def test_a_suggestion_orders_labels_negative_to_positive() -> None:
    """Labels given in order of frequency (as a column's counts list them) come out in the
    model's order, positive ones last: pasted, they parse to that scale."""
    labels = ["Plutôt agréable", "Très agréable", "Indifférent", "Plutôt désagréable"]
    suggestion = declaration_suggestion("Le repas", labels)
    assert suggestion is not None and suggestion.complete
    assert suggestion.option == (
        '--scale "Le repas=Plutôt désagréable|Indifférent|Plutôt agréable|Très agréable;'
        'positive=Plutôt agréable|Très agréable"'
    )
    _, scale = _pasted(suggestion.option)
    assert scale.labels("fr") == (
        "Plutôt désagréable", "Indifférent", "Plutôt agréable", "Très agréable",
    )  # fmt: skip
    assert scale.positive_labels("fr") == ("Plutôt agréable", "Très agréable")


def test_a_template_fails_until_edited() -> None:
    """When the model cannot order the labels, the suggestion is a template (labels in
    alphabetical order, never frequency order) that --scale refuses as printed."""
    suggestion = declaration_suggestion("Lunch", ["Satisfied", "Meh", "Very satisfied"])
    assert suggestion is not None and not suggestion.complete
    assert suggestion.option == (
        f'--scale "Lunch={ORDER_PLACEHOLDER}|Meh|Satisfied|Very satisfied;'
        f'positive={POSITIVE_PLACEHOLDER}"'
    )
    with pytest.raises(UsageError, match="placeholder") as raised:
        _pasted(suggestion.option)
    assert "Put the labels in order" in (raised.value.hint or "")
    # ordered, but nobody answered on the positive side: the positive labels are to fill in
    negative = declaration_suggestion("Q", ["Plutôt pas d'accord", "Pas du tout d'accord"])
    assert negative is not None and not negative.complete
    assert negative.option.endswith(
        f"Q=Pas du tout d'accord|Plutôt pas d'accord;positive={POSITIVE_PLACEHOLDER}\""
    )
    with pytest.raises(UsageError, match="placeholder"):
        _pasted(negative.option)


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        ("Gender", ["Male", "Female"]),
        ("Jour", ["Lundi", "Mardi", "Mercredi"]),
        ("Which character shot first?", ["Han", "Greedo", "I don't understand this question"]),
        ("Age", ["18-29", "30-44", "45-60", "> 60"]),
        ("Rank the films", ["1", "2", "3", "4", "5", "6"]),
        ("Only one", ["Agree"]),
    ],
)
def test_no_suggestion_for_nominal_questions(header: str, labels: list[str]) -> None:
    assert declaration_suggestion(header, labels) is None


def test_a_grid_gets_one_star_line() -> None:
    """Issue 13 point 5: a grid of 29 rows got 29 near-identical lines. Rows read alike share
    one `*` line with their labels together; a numeric column and a nominal one beside the
    grid keep their own (or none)."""
    rows = [
        (f"How was it? [Part {n}]", ["Very satisfied", "Satisfied", "Meh"][: 2 + n % 2])
        for n in range(29)
    ]
    columns = [*rows, ("Rate the venue", ["4", "5", "2"]), ("Gender", ["Male", "Female"])]
    suggestions = declaration_suggestions(columns)
    assert [len(s.headers) for s in suggestions] == [29, 1]
    grid, venue = suggestions
    assert grid.option == (
        f'--scale "*={ORDER_PLACEHOLDER}|Meh|Satisfied|Very satisfied;'
        f'positive={POSITIVE_PLACEHOLDER}"'
    )
    assert venue.headers == ("Rate the venue",) and venue.complete
    # a grid the model reads: one complete line for all its rows
    agreement = [
        (f"Q [{n}]", ["Plutôt d'accord", "Tout à fait d'accord", "Plutôt pas d'accord"][n % 2 :])
        for n in range(6)
    ]
    (line,) = declaration_suggestions(agreement)
    assert line.complete and len(line.headers) == 6
    target, scale = _pasted(line.option)
    assert target == "*" and scale.labels("fr") == (
        "Plutôt pas d'accord", "Plutôt d'accord", "Tout à fait d'accord",
    )  # fmt: skip


def test_headers_and_labels_that_need_quoting_survive_the_shell() -> None:
    """A header with `=` or `;` is named by its slug (the reading step matches it); `"`, `$`
    and backquotes are escaped for double quotes; a real shell gives back the labels."""
    labels = ['Very "good"', "Good$", "Poor`"]
    suggestion = declaration_suggestion('Cost = "value"; overall', labels)
    assert suggestion is not None and suggestion.complete
    echoed = subprocess.run(
        ["bash", "-c", f"printf '%s' {suggestion.option.removeprefix('--scale ')}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    target, scale = parse_scale_option(echoed)
    assert target == fold(slug('Cost = "value"; overall'))
    assert scale.labels("en") == ("Poor`", "Good$", 'Very "good"')


def test_a_pasted_suggestion_makes_summarize_give_the_intended_figures(tmp_path: Path) -> None:
    """End to end on a synthetic file: the suggestion for a column the tool does not read by
    itself today, pasted as printed after `summarize`, makes it an item with the counts a
    hand count gives: Très agréable 5 + Plutôt agréable 3 = 8 positive of 11 (Indifférent
    2, Plutôt désagréable 1)."""
    import json

    from typer.testing import CliRunner

    from forum_eval.cli import app
    from tests.conftest import SURVEYS

    answers = (
        ["Très agréable"] * 5 + ["Plutôt agréable"] * 3 + ["Indifférent"] * 2
        + ["Plutôt désagréable"]
    )  # fmt: skip
    path = tmp_path / "synthetic_meal.csv"
    path.write_text(
        "Horodateur,Le repas\n"
        + "".join(f"2024-11-27 10:{i:02d},{a}\n" for i, a in enumerate(answers)),
        encoding="utf-8",
    )
    suggestion = declaration_suggestion("Le repas", sorted(set(answers)))
    assert suggestion is not None and suggestion.complete
    argv = ["summarize", str(path), *shlex.split(suggestion.option)]
    result = CliRunner().invoke(app, [*argv, "--surveys-dir", str(SURVEYS), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    item = next(i for i in json.loads(result.stdout)["items"] if i["id"] == "le_repas")
    assert item["counts"] == {
        "plutot_desagreable": 1, "indifferent": 2, "plutot_agreable": 3, "tres_agreable": 5,
    }  # fmt: skip
    assert (item["n_positive"], item["n_valid"]) == (8, 11)
