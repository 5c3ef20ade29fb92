"""Which columns identify a respondent, and their values: what is redacted from every text
quoted from the file (comments, answers off their scale named in a message).

A column identifies a respondent when :func:`~forum_eval.read.table.header_role` says so, or
when its header speaks of a name or a way to contact someone (broader: "Name of your
organisation", "E-mail me the slides?" …); the values of such columns are redacted from quotes
(:class:`forum_eval.redact.Redactor`), names whole and part by part.
"""

from __future__ import annotations

from forum_eval.config.scales import choose_scale
from forum_eval.read.table import IDENTIFYING, RawTable, header_role
from forum_eval.redact import Redactor
from forum_eval.textnorm import fold

#: at most as many distinct answers as a scale has labels (0–10, with a blank)
_SCALE_SIZE = 12
#: more words than a name with a way to reach its bearer: a sentence written in a name column
_NAME_MAX_WORDS = 4
#: words that begin a sentence with a capital and are nobody's name (folded)
_SENTENCE_TEXT = """le la les un une des du de et est je il elle nous vous ils elles on ce cet cette ces
    mon ma mes merci bon bonne bravo tres pas oui non si mais ou pour par avec sans dans en au
    aux qui que quel quelle super bonjour salut cordialement belle beau sinon aussi encore
    the a an i my we you it this that thanks thank great good best regards hi hello yes no
    please and but or for with in on at to of is are was very not also"""
_SENTENCE_WORDS = frozenset(_SENTENCE_TEXT.split())
_NAME_WORDS = ("name", "nom", "prenom", "username", "pseudo", "surname", "given name")
_CONTACT_WORDS = (
    "email",
    "e mail",
    "courriel",
    "phone",
    "telephone",
    "cell",
    "adresse ip",
    "ip address",
)


def header_is_identifying(header: str) -> bool:
    """True for a column that names or contacts a respondent (set aside, values redacted)."""
    return header_role(header) == IDENTIFYING or _says(header, (*_NAME_WORDS, *_CONTACT_WORDS))


def _says(header: str, words: tuple[str, ...]) -> bool:
    """One of ``words`` is in the folded header (whole words)."""
    padded = f" {fold(header)} "
    return any(f" {w} " in padded for w in words)


def identifying_values(table: RawTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(names, phrases)``: values of a file's identifying columns, to redact from quotes.

    Name columns give names (redacted whole and part by part); other identifying columns
    (organisation …) phrases (redacted whole). Numbers (IDs) and e-mail / IP values are
    left to the patterns.
    """
    names: set[str] = set()
    phrases: set[str] = set()
    for position, header in enumerate(table.headers):
        if not header_is_identifying(header):
            continue
        values = {str(v).strip() for v in table.frame[position].unique()}
        # "E-mail me the slides?" answered Yes / No is a question (as columns.py reads it):
        # its answers are no one's identity, and "yes" must stay in comments
        if len(values) <= _SCALE_SIZE and choose_scale(values).scale is not None:
            continue
        is_name = _says(header, _NAME_WORDS)
        for value in values:
            if not value or "@" in value or not any(ch.isalpha() for ch in value):
                continue
            if is_name:
                names.update(_names_in(value))
            elif len(value) >= 3:
                phrases.add(value)
    return tuple(sorted(names)), tuple(sorted(phrases))


def _names_in(value: str) -> list[str]:
    """The names a name column's answer gives: the answer itself ("Zoé Quintal", "Armand
    Belliveau 514 555 0199"), or, in a sentence ("Les thèmes des ateliers est à revoir. Bon
    courage ! Odile"), its words with a capital that begin no sentence: every word of it
    would redact "les", "des" and "est" from every quote."""
    words = value.split()
    if len(words) <= _NAME_MAX_WORDS:
        return [value]
    stripped = (word.strip(".,;:!?()[]«»\"'“”") for word in words)
    return [w for w in stripped if w[:1].isupper() and fold(w) not in _SENTENCE_WORDS]


def redactor_for(table: RawTable) -> Redactor:
    """The redactor of every text quoted from ``table``: contact details, addresses, and the
    values of its identifying columns."""
    return Redactor(*identifying_values(table))
