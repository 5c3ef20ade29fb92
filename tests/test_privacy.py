"""Redaction of free text, small-cell suppression, self-identification columns."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_eval.analyse.privacy import (
    MARK,
    Cell,
    Redactor,
    header_is_identifying,
    header_is_self_identification,
    identifying_values,
    localise_marks,
    suppress,
)

R = Redactor(names=("Zoé Tremblay-Côté", "Jean Dupont"), phrases=("Maison Marguerite",))


def shown(text: str) -> str:
    return localise_marks(R(text), "[redacted]")


# ------------------------------------------------------------------------- redaction

EMAILS = [
    "zoe.tremblay@example.org",
    "ZOE_T+forum@sub.example.qc.ca",
    "j-dupont@ccr-web.ca",
    "zoe [at] example [dot] org",
    "zoe(at)example.org",
]
PHONES_NA = [
    "514-555-0199",
    "(514) 555-0199",
    "514.555.0199",
    "514 555 0199",
    "+1 514 555 0199",
    "1-800-555-0199",
    "5145550199",
    "+15145550199",
    "(613) 555-0123 ext. 45",
    "613-555-0123 poste 201",
    "555-0199",
]
PHONES_INTL = [
    "+33 1 23 45 67 89",
    "+33 (0)1 23 45 67 89",
    "0033 6 12 34 56 78",
    "06 12 34 56 78",
    "+44 20 7946 0958",
    "+49 30 1234567",
    "+32 2 555 12 34",
    "011 44 20 7946 0958",
    "+447911123456",
]
URLS = [
    "https://example.org/forum?id=12&x=3",
    "http://www.ccrweb.ca/fr",
    "www.ccrweb.ca",
    "ccrweb.ca/fr/forum",
    "example.com",
]
IPS = [
    "203.0.113.77",
    "192.168.0.1",
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
    "fe80::1ff:fe23:4567:890a",
]


@pytest.mark.parametrize("value", EMAILS + PHONES_NA + PHONES_INTL + URLS + IPS)
def test_contact_details_are_redacted(value: str) -> None:
    text = f"Écrivez-moi : {value}. Merci"
    out = shown(text)
    assert out == "Écrivez-moi : [redacted]. Merci", out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merci à Zoé Tremblay-Côté!", "Merci à [redacted]!"),
        ("merci a zoe tremblay-cote", "merci a [redacted]"),  # no accents, lower case
        ("Ask Tremblay about it", "Ask [redacted] about it"),  # one part of a hyphenated name
        ("JEAN DUPONT était là", "[redacted] était là"),
        ("Dupont a parlé", "[redacted] a parlé"),
        ("La Maison Marguerite nous a aidés", "La [redacted] nous a aidés"),
        # an organisation is matched whole only: its words alone stay
        ("une maison pour Marguerite", "une maison pour Marguerite"),
        # whole words only
        ("Les Dupontel sont venus", "Les Dupontel sont venus"),
    ],
)
def test_names_from_the_file_are_redacted(text: str, expected: str) -> None:
    assert shown(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le forum du 2019-11-27 à 16:05:30",
        "le 27/11/2019",
        "les éditions 2018-2019",
        "un budget de 1 000 000 $",
        "31 personnes sur 80, soit 39 %",
        "Panel 3, salle 204",
        "version 2.0 du guide",
        "C-51 et la loi 21",
    ],
)
def test_ordinary_numbers_and_words_are_kept(text: str) -> None:
    assert shown(text) == text


def test_adjacent_marks_merge_and_localise() -> None:
    out = R("zoe@example.org, 514-555-0199")
    assert out == MARK
    assert localise_marks(out, "[caviardé]") == "[caviardé]"


def test_identifying_values_come_from_name_and_identifying_columns() -> None:
    import pandas as pd

    from forum_eval.read import RawTable

    frame = pd.DataFrame(
        {
            0: ["Zoé Tremblay", "", "Ali"],
            1: ["z@example.org", "", ""],
            2: ["Maison Marguerite", "12", ""],
            3: ["Le forum", "Le forum", "Le forum"],
        }
    )
    table = RawTable(["Nom complet", "Courriel", "Organisme", "Commentaires"], frame, Path("x.csv"))
    names, phrases = identifying_values(table)
    assert names == ("Ali", "Zoé Tremblay")
    assert phrases == ("Maison Marguerite",)  # numbers and e-mails are left to the patterns


def test_a_sentence_in_a_name_column_gives_its_names_not_its_words() -> None:
    """Every word of "Les thèmes des ateliers est à revoir. Bon courage ! Odile" was taken as
    a name part, so "les", "des" and "est" were redacted from every quote; its names are its
    capitalised words that begin no sentence (hand-picked: Odile, and Marc Aubin)."""
    import pandas as pd

    from forum_eval.read import RawTable

    signed = "Les thèmes des ateliers est à revoir. Bon courage ! Odile"
    frame = pd.DataFrame({0: [signed, "Zoé Quintal", "Merci à Marc Aubin pour tout, vraiment"]})
    table = RawTable(["Votre nom et courriel (facultatif)"], frame, Path("x.csv"))
    names, _ = identifying_values(table)
    assert names == ("Aubin", "Marc", "Odile", "Zoé Quintal")
    redact = Redactor(names=names)
    assert redact("Les ateliers des régions est bien") == "Les ateliers des régions est bien"
    assert localise_marks(redact("Merci Odile et Marc"), "[x]") == "Merci [x] et [x]"


@pytest.mark.parametrize(
    ("header", "identifying"),
    [
        ("Email address", True),
        ("Adresse courriel", True),
        ("Votre nom (facultatif)", True),
        ("Your name", True),
        ("Numéro de téléphone", True),
        ("Le forum était bien organisé", False),
        ("Commentaires et suggestions", False),
    ],
)
def test_identifying_headers(header: str, identifying: bool) -> None:
    assert header_is_identifying(header) is identifying


@pytest.mark.parametrize(
    ("header", "group"),
    [
        ("Vous identifiez-vous à l'un de ces groupes ?", True),
        ("Do you identify as 2SLGBTQI+?", True),
        ("Are you a survivor of trafficking?", True),
        ("Lived experience of trafficking", True),
        ("Statut d'immigration", True),
        ("The forum was well organised", False),
        ("I felt included in the space", False),
        ("Would you attend a future forum?", False),
    ],
)
def test_self_identification_headers(header: str, group: bool) -> None:
    assert header_is_self_identification(header) is group


# ----------------------------------------------------------------------- suppression


def test_suppression_examples() -> None:
    # one small cell: it and the next smallest go
    assert suppress([10, 3, 12]) == (True, True, False)
    # nothing small: nothing hidden
    assert suppress([10, 6, 12]) == (False, False, False)
    # two small cells: no complement needed
    assert suppress([2, 3, 12]) == (True, True, False)
    # ties: the first of the smallest is the complement
    assert suppress([3, 8, 8]) == (True, True, False)
    # k is configurable
    assert suppress([3, 8, 8], k=3) == (False, False, False)
    # a single cell row: hidden when small (its total is the cell)
    assert suppress([4]) == (True,)


def test_suppression_hides_groups_that_answered_alike() -> None:
    # 3 of group B, all negative; with complement A (10, 5 positive) the pair is mixed: ok
    assert suppress([Cell(10, 5), Cell(3, 0), Cell(12, 6)]) == (True, True, False)
    # complement C (6, 0) would leave both hidden groups all negative → one more cell hidden
    assert suppress([Cell(10, 5), Cell(3, 0), Cell(6, 0)]) == (True, True, True)
    # the total is all positive: every group's answer is known from it; nothing to add
    assert suppress([Cell(10, 10), Cell(3, 3), Cell(12, 12)]) == (True, True, False)


def _feasible(counts: list[int], positives: list[int], hidden: tuple[bool, ...]) -> None:
    """Brute force: what could an attacker who knows the published cells and the total infer?"""
    hidden_ids = [i for i, h in enumerate(hidden) if h]
    if not hidden_ids:
        return
    n_rest = sum(counts[i] for i in hidden_ids)
    p_rest = sum(positives[i] for i in hidden_ids)
    total_n, total_p = sum(counts), sum(positives)
    n_options: dict[int, set[int]] = {i: set() for i in hidden_ids}
    all_pos: dict[int, set[bool]] = {i: set() for i in hidden_ids}
    none_pos: dict[int, set[bool]] = {i: set() for i in hidden_ids}
    for ns in itertools.product(range(n_rest + 1), repeat=len(hidden_ids)):
        if sum(ns) != n_rest:
            continue
        for ps in itertools.product(*(range(n + 1) for n in ns)):
            if sum(ps) != p_rest:
                continue
            for i, n, p in zip(hidden_ids, ns, ps, strict=True):
                n_options[i].add(n)
                if n:
                    all_pos[i].add(p == n)
                    none_pos[i].add(p == 0)
    for i in hidden_ids:
        if n_rest > 0 and len(counts) > 1:
            assert len(n_options[i]) >= 2, f"size of hidden cell {i} recoverable"
        if 0 < total_p < total_n and len(hidden_ids) < len(counts) and counts[i]:
            # nobody can tell that a hidden group answered all alike
            assert all_pos[i] != {True}, f"cell {i} known to be all positive"
            assert none_pos[i] != {True}, f"cell {i} known to be all negative"


@st.composite
def rows(draw: st.DrawFn) -> tuple[list[int], list[int], int]:
    width = draw(st.integers(1, 4))
    counts = draw(st.lists(st.integers(0, 9), min_size=width, max_size=width))
    positives = [draw(st.integers(0, c)) for c in counts]
    k = draw(st.integers(2, 6))
    return counts, positives, k


@settings(max_examples=150, deadline=None)
@given(rows())
def test_suppression_properties(row: tuple[list[int], list[int], int]) -> None:
    counts, positives, k = row
    hidden = suppress([Cell(n, p) for n, p in zip(counts, positives, strict=True)], k)
    # no published cell below k
    assert all(n >= k for n, h in zip(counts, hidden, strict=True) if not h)
    # never exactly one hidden cell when something non-zero is hidden (it would be total − rest)
    if sum(hidden) == 1:
        assert len(counts) == 1 or counts[hidden.index(True)] == 0
    _feasible(counts, positives, hidden)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=8), st.integers(2, 10))
def test_count_rows_publish_nothing_small(counts: list[int], k: int) -> None:
    hidden = suppress(counts, k)
    assert all(n >= k for n, h in zip(counts, hidden, strict=True) if not h)
    hidden_sum = sum(n for n, h in zip(counts, hidden, strict=True) if h)
    if hidden_sum:
        assert sum(hidden) >= 2 or len(counts) == 1


def test_short_and_apostrophed_names() -> None:
    redactor = Redactor(names=("Li Na", "Seán O'Brien"))
    assert localise_marks(redactor("Merci à Li Na et à Li"), "X") == "Merci à X et à Li"
    assert localise_marks(redactor("Ask Sean O’Brien or obrien"), "X") == "Ask X or obrien"
    assert localise_marks(redactor("Brien said"), "X") == "X said"


def test_name_redaction_scales_to_many_names() -> None:
    import time

    names = tuple(f"Prénom{i} Nomfamille{i}" for i in range(50_000))
    redactor = Redactor(names=names)
    start = time.perf_counter()
    out = [redactor(f"Un commentaire de nomfamille{i} sur le forum, merci !") for i in range(2_000)]
    assert time.perf_counter() - start < 5
    assert all(MARK in o for o in out)


@settings(max_examples=100, deadline=None)
@given(st.emails(), st.sampled_from(["Écrivez à {} svp", "{}", "mail: {}.", "({})"]))
def test_any_email_is_redacted(email: str, template: str) -> None:
    out = R(template.format(email))
    assert email not in out and "@" not in out


@settings(max_examples=100, deadline=None)
@given(
    st.integers(200, 999),
    st.integers(200, 999),
    st.integers(0, 9999),
    st.sampled_from(
        [
            "{a}-{b}-{c:04d}",
            "({a}) {b}-{c:04d}",
            "{a}.{b}.{c:04d}",
            "+1 {a} {b} {c:04d}",
            "1-{a}-{b}-{c:04d}",
            "{a}{b}{c:04d}",
        ]
    ),
)
def test_any_north_american_phone_is_redacted(a: int, b: int, c: int, template: str) -> None:
    phone = template.format(a=a, b=b, c=c)
    assert R(f"Appelez au {phone} merci") == f"Appelez au {MARK} merci"
