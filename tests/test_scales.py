from __future__ import annotations

import pytest

from forum_eval.config.scales import AGREEMENT4, AGREEMENT5, EXPERTISE3, YESNO, is_not_applicable
from forum_eval.textnorm import fold


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
