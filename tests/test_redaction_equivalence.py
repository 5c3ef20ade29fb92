"""The redactor's shortcuts (pre-checks before each pattern, ASCII words folded by lower(), the name pass
skipped when no word can start a name) change nothing: same text out as the plain way, on
random texts full of planted contact details and names."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from forum_eval.redact import (
    _ADDRESS_RE,
    _ANY_CASE_ADDRESS_RE,
    _MARKS,
    _MASKED_WORD,
    _MASKS,
    _PATTERN,
    _PHONE_RE,
    _TOKEN,
    MARK,
    Redactor,
    _is_phone,
    _mask_one,
    _may_match_address,
    _may_match_pattern,
    _may_match_phone,
    _NameIndex,
    _sub_addresses,
    _word_keys,
)
from forum_eval.textnorm import fold


def plain_redact(text: str, index: _NameIndex | None) -> str:
    """The `Redactor` without any shortcut (as it was written first; the addresses in any case
    are found in a masked copy of the text, checked below)."""
    out = unicodedata.normalize("NFC", text)
    out = _PATTERN.sub(MARK, out)
    out = _ADDRESS_RE.sub(MARK, out)
    masked = _MASKED_WORD.sub(_mask_one, out)
    for found in reversed(list(_ANY_CASE_ADDRESS_RE.finditer(masked))):
        out = out[: found.start()] + MARK + out[found.end() :]
    out = _PHONE_RE.sub(lambda m: MARK if _is_phone(m.group(0)) else m.group(0), out)
    if index is not None:
        matches = list(_TOKEN.finditer(out))
        keys = [fold(m.group()) for m in matches]
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(matches):
            width = 0
            for length in index.lengths:
                if i + length <= len(keys) and tuple(keys[i : i + length]) in index.phrases:
                    width = length
                    break
            if not width and keys[i] in index.words:
                width = 1
            if width:
                spans.append((matches[i].start(), matches[i + width - 1].end()))
                i += width
            else:
                i += 1
        for start, end in reversed(spans):
            out = out[:start] + MARK + out[end:]
    return _MARKS.sub(MARK, out)


NAMES = ("Zoé Tremblay-Côté", "Jean Dupont", "Noël", "ÉMILIE O'Brien", "Ærø Straße")
PHRASES = ("Maison Marguerite", "Centre d’aide 24/7", "CALACS")
REDACTOR = Redactor(names=NAMES, phrases=PHRASES)
PLAIN = Redactor()
INDEX = REDACTOR._index  # type: ignore[attr-defined]

PLANTED = [
    "zoe.tremblay@example.org",
    "ZOE_T+forum@sub.example.qc.ca",
    "zoe [at] example [dot] org",
    "zoe(AT)example.org",
    "jean (arobase) ccr point ca",
    "514-555-0199",
    "(514) 555-0199",
    "+1 514 555 0199",
    "5145550199",
    "+447911123456",
    "613-555-0123 poste 201",
    "٥١٤-٥٥٥-٠١٩٩",  # Arabic-Indic digits
    "https://example.org/forum?id=12",
    "HTTP://WWW.CCRWEB.CA/fr",
    "WWW.ccrweb.ca",
    "ccrweb.ca/fr/forum",
    "EXAMPLE.COM",
    "gouv.qc.ca",
    "203.0.113.77",
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
    "fe80::1ff:fe23:4567:890a",
    "::1",
    "77 Dunmarrow Drive, Apt 3",
    "1234, rue Saint-Denis Est",
    "K1N 6N5",
    "h2x1y4",
    "NY 10001-1234",
    "P.O. Box 12",
    "i live at 123 main street apt 4",
    "au 45 rue sainte-catherine est",
    "7 ELM AVE APT 3",
    "zoé",
    "TREMBLAY",
    "Cote",
    "jean dupont",
    "noel",
    "o'brien",
    "Maison  Marguerite",
    "centre d'aide 24 7",
    "Straße",
    "aero",
    MARK,
    MARK + " , " + MARK,
]
FILLER = [
    "Merci",
    "pour le forum",
    "côté",
    "cœur",
    "l’équipe",
    "2 jours",
    "le 27/11/2019",
    "1 000 000",
    "2018-2019",
    "(moi)",
    "[note]",
    "heure : 14 h",
    "fin.",
    "www",
    "a.b",
    "q&a",
    "e\u0301te\u0301",
    "\u00a0",
    "\t",
    "ext. 45",
    "x",
    "we were 3 people on the street",
    "1 rue de trop",
    "2 places assises",
    "a 10 minute drive",
    "the 2 main speakers",
    "street",
    "rue",
    "way too",
]
#: words of lower-case and capitalised addresses and of the sentences that are not one
ADDRESS_WORDS = [
    "12", "3b", "main", "Main", "MAIN", "street", "ST", "st.", "rue", "de", "la", "Saint-Denis",
    "place", "the", "way", "too", "apt", "4", "est", "NW", "minute", "drive", ",", "app.",
]  # fmt: skip
pieces = st.lists(
    st.one_of(
        st.sampled_from(PLANTED),
        st.sampled_from(FILLER),
        st.text(alphabet=st.sampled_from(".:@[]()-/ 0123456789abcfwWtT.é"), max_size=12),
        st.lists(st.sampled_from(ADDRESS_WORDS), max_size=6).map(" ".join),
        st.text(max_size=8),
    ),
    max_size=8,
)
separators = st.sampled_from([" ", "", ", ", ". ", " : ", "\n", "(", ")"])


@settings(max_examples=3000, deadline=None)
@given(pieces, separators)
@example(["voir www.ccrweb.ca"], " ")
@example(["Écrivez-moi : 514-555-0199."], " ")
@example(["depuis 10.0.3.7"], " ")
@example(["zoe [at] example [dot] org"], " ")
@example(["Merci Zoé Tremblay-Côté et Jean"], " ")
def test_same_redaction_as_the_plain_way(parts: list[str], separator: str) -> None:
    text = separator.join(parts)
    assert REDACTOR(text) == plain_redact(text, INDEX)
    assert PLAIN(text) == plain_redact(text, None)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(max_size=30), pieces.map(" ".join)))
def test_pre_checks_never_miss_a_match(text: str) -> None:
    if _PATTERN.search(text):
        assert _may_match_pattern(text)
    if _PHONE_RE.search(text):
        assert _may_match_phone(text)
    if _ADDRESS_RE.search(text) or _sub_addresses(" ", text)[1]:
        assert _may_match_address(text)


def test_planted_details_are_all_redacted_and_the_pre_checks_see_them() -> None:
    for value in PLANTED[: PLANTED.index("zoé")]:
        text = f"Écrivez-moi : {value} merci"
        assert REDACTOR(text) == plain_redact(text, INDEX)
        assert MARK in REDACTOR(text), value
        assert _may_match_pattern(value) or _may_match_phone(value) or _may_match_address(value), (
            value
        )


def test_pre_checks_let_ordinary_comments_through_unchecked() -> None:
    """The shortcut exists: most comments run no pattern at all."""
    for text in (
        "Plus de temps pour les questions après les panels.",
        "More time for questions, thanks!",
        "Très bien : c'était trop court (vraiment).",
    ):
        assert not _may_match_pattern(text)
        assert not _may_match_phone(text)
    assert not _may_match_phone("Deux jours, 2 ateliers")
    assert _may_match_phone("555-0199")


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40))
@example("Zoé ÆRØ ℀ ŉ Straße dʼaccord ²")
def test_word_keys_are_the_folded_words(text: str) -> None:
    words = _TOKEN.findall(text)
    assert _word_keys(words) == [fold(w) for w in words]


def test_name_starts_are_name_parts_and_first_words_of_phrases() -> None:
    assert INDEX is not None
    assert {"zoe", "tremblay", "cote", "jean", "dupont", "noel"} <= INDEX.starts
    assert {"maison", "centre", "calacs"} <= INDEX.starts
    assert "marguerite" not in INDEX.starts  # only inside the phrase
    assert REDACTOR("la Maison Marguerite") == "la " + MARK
    assert REDACTOR("rue Marguerite") == "rue Marguerite"


def test_unicode_digits_still_make_phones() -> None:
    assert re.fullmatch(r"\d", "٥")
    assert REDACTOR("appelez ٥١٤-٥٥٥-٠١٩٩ svp") == "appelez " + MARK + " svp"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), pieces.map(" ".join)))
@example("İstanbul, 3 PEOPLE on the street, ß, ǅ, ﬁ de la")
def test_the_masked_copy_keeps_every_position(text: str) -> None:
    """The any-case addresses are found in a masked copy and cut out of the text at the same
    positions: the copy has the same length and differs only inside the masked words, each
    turned into one repeated mask character."""
    masked = _MASKED_WORD.sub(_mask_one, text)
    assert len(masked) == len(text)
    for word in _MASKED_WORD.finditer(text):
        start, end = word.span()
        mask = _MASKS.get(word.group().lower())
        assert masked[start:end] == (word.group() if mask is None else mask * (end - start))
    outside = [i for i in range(len(text)) if masked[i] != text[i]]
    inside = {i for w in _MASKED_WORD.finditer(text) for i in range(*w.span())}
    assert set(outside) <= inside
