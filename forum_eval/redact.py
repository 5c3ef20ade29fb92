"""Redaction of free text: contact details, postal addresses and known names become a marker.

Before any respondent's text is shown (a comment, an answer off its scale quoted in a message),
e-mail addresses, URLs, IP addresses, phone numbers (North American and international forms),
street addresses and postal codes (Canadian, and US ZIP codes after a state), and the names
found in the file's own identifying columns are replaced by :data:`MARK` (« [caviardé] » /
"[redacted]", chosen by the renderer: see :func:`localise_marks`). Names are matched case- and
accent-insensitively, as whole words: the full name and each part of three letters or more.

A base module (no layer of its own): ``read/`` redacts the answers it quotes in messages and
``analyse/`` the comments, with this one implementation (``analyse/privacy.py`` re-exports it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from forum_eval.textnorm import fold

#: What replaces a redacted span; renderers translate it (see :func:`localise_marks`).
MARK = "\u2063[redacted]\u2063"

_EMAIL = r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL_OBFUSCATED = r"[\w.-]+\s*(?:\[at\]|\(at\)|\[arobase\]|\(arobase\))\s*[\w-]+(?:(?:\.|\s*\[dot\]\s*|\s*\(dot\)\s*|\s*\[point\]\s*)[\w-]+)+"
_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)\]]"
_DOMAIN = r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ca|qc\.ca|gouv\.qc\.ca|gc\.ca|edu|gov|info|io|fr|be|ch|us|uk)(?:/[^\s<>\"«»]*[^\s<>\"«».,;:!?)\]])?(?![\w@-])"
_IPV4 = r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"
_IPV6 = (
    r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}"
    r"|(?:[0-9a-f]{1,4}:){1,7}:|::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})(?![\w:])"
)
# Phones: optional +country code or leading 00/011, then groups of digits separated by
# spaces, dots, hyphens or parentheses, at least 7 digits in all; extensions kept with them.
_PHONE = (
    r"(?<![\w/])"
    r"(?:(?:\+|00|011)\s?\d{1,3}[\s.\-]?)?"
    r"(?:\(\d{1,4}\)[\s.\-]?)?"
    r"\d{1,4}(?:[\s.\-]\d{1,8}){1,5}"
    r"(?:\s?(?:ext\.?|x|poste|p\.)\s?\d{1,5})?"
    r"(?![\w/])"
)
_PHONE_COMPACT = r"(?<![\w/])(?:\+\d{10,15}|\d{10,11})(?![\w/])"
_PATTERN = re.compile(
    "|".join(f"(?:{p})" for p in (_URL, _EMAIL, _EMAIL_OBFUSCATED, _DOMAIN, _IPV4, _IPV6)),
    re.IGNORECASE,
)
_PHONE_RE = re.compile(f"{_PHONE}|{_PHONE_COMPACT}", re.IGNORECASE)
_NOT_PHONE = re.compile(
    r"^\d{4}[\s.\-/]\d{1,2}[\s.\-/]\d{1,2}$"  # 2019-11-27
    r"|^\d{1,2}[\s.\-/]\d{1,2}[\s.\-/]\d{2,4}$"  # 27.11.2019
    r"|^(?:19|20)\d\d\s?[\-/]\s?(?:19|20)\d\d$"  # 2018-2019
    r"|^\d{1,3}(?:([\s.])\d{3})(?:\1\d{3})*$"  # 1 000 000, 1.500.000 (thousands)
)
# Postal addresses. A street address is a civic number and a street whose name words are
# capitalised: "77 Dunmarrow Drive", "12 St. John's Road, Apt 3", "1234, rue Saint-Denis",
# "45 boul. René-Lévesque Ouest". Requiring capitals, a street type and a number keeps
# "Room 2B was too small", "3 days on the road", "Level 4" or "the 2 way conversation" out.
# Words in capitals must not be words of a sentence ("WE WERE 3 PEOPLE ON THE STREET"). The
# same address in lower case is a second form, stricter (see _ANY_CASE_ADDRESS_RE).
# Postal codes: Canadian ("K1N 6N5", any case) and US ZIP codes after a state ("NY 10001").
_UPPER = "A-ZÀ-ÖØ-Þ"
_FUNCTION_WORDS = (
    # English: determiners, pronouns, prepositions, conjunctions, common verbs
    "a an the this that these those my our your his her their its some any all each every no"
    " not other another either neither both one two three four five six seven eight nine ten first second third"
    " last next few many more most less much very too so and or but nor of on in at to for"
    " from by with without into onto over under about after before between through during"
    " per via as than then i we you he she they it me us him them is are was were be been am"
    " has have had do did does will would can could should may might must get got go went"
    " come came take took make made see saw people persons person survivors times"
    # measures
    " minute minutes min mins hour hours hr hrs h second seconds sec secs day days week weeks"
    " month months year years km kms kilometre kilometres kilometer kilometers mile miles m"
    " metre metres meter meters feet foot ft block blocks step steps star stars lanes"
    # French
    " à au aux avec chez dans de des du en entre et ou où par pour sans sous sur vers depuis"
    " pendant près loin mais donc car ni que qui quoi dont ce cet cette ces il elle ils elles"
    " on nous vous je tu me te se y le la les un une est sont était étaient ai as ont avait"
    " fait été ça très trop plus moins bien mal pas ne aussi encore toujours jamais personne"
    " personnes fois heure heures jour jours semaine semaines mois an ans année années ici là"
    " merci"
)
#: adjectives and nouns of ordinary sentences ("in 1 central place", "2 family court
#: hearings", "1 place assise"): excluded from the lower-case form only ("10 Big Rock Road"
#: stays an address)
_ADJECTIVES = (
    "same different only best good better great big small simple easy safe right wrong whole"
    " central common single quiet specific particular special public private nice perfect"
    " family criminal supreme federal provincial youth immigration superior appeal appeals"
    " claims tax human rights refugee traffic food hard test meeting parking work hiding"
    " gathering"
    " libre libres disponible disponibles assise assises debout vide seul seule seuls seules"
    " commun commune communs communes difficile difficiles long longue longs longues court"
    " courte important importante possible différent différente unique autre autres même mêmes"
)
#: in lower case, not the types that are ordinary words of a sentence as well ("3 community
#: gardens", "2 healing circle sessions", "a paper trail", "1 town square")
_ANY_CASE_TYPES_EN = (
    "street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|crescent|cres"
    "|place|pl|way|terrace|parkway|pkwy|highway|hwy|cir|sq|grove|ridge|alley|expressway"
)
_ANY_CASE_TYPES_FR = (
    r"rue|avenue|av|boulevard|boul|blvd|bd|chemin|ch|route|rang|place|allée|allee|montée"
    r"|montee|côte|cote|impasse|promenade|croissant|terrasse|ruelle|quai|carré|carre"
)
# Each form begins with a character class, its look-behind after it: the regular expression
# engine then skips the positions that cannot start a match (4 times faster on comments).
_CIVIC = r"[0-9](?<![\w/.,#-][0-9])[0-9]{0,5}[A-Za-z]?(?:-[0-9]{1,6}[A-Za-z]?)?(?![\w-])"
#: a word in capitals that is not a street's: "WE WERE 3 PEOPLE ON THE STREET", "1 RUE DE TROP"
_CAPS_NOT_A_NAME = (
    "THE A AN ON IN AT TO OF AND OR FOR FROM WITH BY AS WE I YOU THEY HE SHE IT IS ARE WAS WERE"
    " BE BEEN HAD HAS HAVE MY OUR YOUR THEIR THIS THAT ALL NO NOT PEOPLE PERSONS TIMES DAYS"
    " HOURS MINUTES MORE LESS VERY TOO DE DU DES LA LE LES UN UNE ET OU À AU AUX EN DANS SUR"
    " POUR PAR AVEC SANS TROP PLUS MOINS EST SONT PERSONNES FOIS JOURS HEURES"
)
_NOT_A_NAME_IN_CAPS = (
    r"(?!(?:"
    + "|".join(sorted(set(_CAPS_NOT_A_NAME.split()), key=len, reverse=True))
    + "|"
    + _ANY_CASE_TYPES_EN.replace("|st|", "|").upper()
    + rf"|{_ANY_CASE_TYPES_FR.upper()})(?![\w'’-]))"
)
_NAME_WORD = (
    rf"(?:St|Ste|Mt)\.|{_NOT_A_NAME_IN_CAPS}[{_UPPER}][\w'’]*(?:-[\w'’]+)*"
    r"|[0-9]{1,3}(?:st|nd|rd|th|e|er|re|ème)"
)
_END = r"(?![\w'’-])\.?"
_STREET_TYPES = (
    "Street", "St", "Avenue", "Ave", "Av", "Road", "Rd", "Drive", "Dr", "Lane", "Ln",
    "Boulevard", "Blvd", "Court", "Ct", "Crescent", "Cres", "Place", "Pl", "Way", "Terrace",
    "Parkway", "Pkwy", "Highway", "Hwy", "Circle", "Cir", "Trail", "Square", "Sq", "Grove",
    "Heights", "Gardens", "Mews", "Ridge", "Alley", "Expressway",
)  # fmt: skip
_STREET_EN = "|".join(sorted({t for w in _STREET_TYPES for t in (w, w.upper())}, key=len)[::-1])
_STREET_FR = (
    r"rue|avenue|av|boulevard|boul|blvd|bd|chemin|ch|route|rang|place|allée|allee|montée"
    r"|montee|côte|cote|impasse|promenade|croissant|terrasse|ruelle|quai|square|carré|carre"
)
_DIRECTION = (
    r"(?:\s+(?:North|South|East|West|Nord|Sud|Est|Ouest|NORTH|SOUTH|EAST|WEST|NORD|SUD|EST"
    rf"|OUEST|N|S|E|W|NE|NW|SE|SW|O){_END})?"
)
_UNIT = (
    r"(?:,?\s*(?:(?i:apt|apartment|suite|unit|ste|app|appt|appartement|bureau|local)\.?\s*#?"
    r"|#\s*)[0-9]{1,5}[A-Za-z]?(?![\w-]))?"
)
_STREET_ADDRESS = (
    rf"{_CIVIC}(?:\s+(?:(?:{_NAME_WORD})\s+){{1,4}}(?:{_STREET_EN}){_END}"
    rf"|,?\s+(?i:{_STREET_FR}){_END}\s+"
    r"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|l['’]|la|le|les)\s*)?"
    rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,3}}){_DIRECTION}{_UNIT}"
)
# The same address in any case ("i live at 123 main street", "au 45 rue sainte-catherine est",
# "7 elm ave apt 3"), found in a masked copy of the text (same length) where the words of a
# sentence cannot be street words: a word of _FUNCTION_WORDS or _ADJECTIVES ("we were 3 people
# on the street", "1 rue de trop", "a 10 minute drive") becomes _STOP characters, a label or
# determiner ("the 2 main speakers", "Session 3 Panel way too long") _LABEL characters, and
# "de", "la" … _PARTICLE characters. (As sets, not alternatives of the pattern: hundreds of
# alternatives cost 20 ms to compile at each start.) A street type is not a street word
# ("a 2 way street"), nor is "way" followed by "too", "more" … a street type.
_LABELS = (
    "the a an my our your his her their this that no nr num number top room salle level"
    " niveau floor étage session panel workshop atelier day jour table step étape question"
    " part partie section page chapter chapitre bill loi article art version round group"
    " groupe team équipe week semaine module slide phase grade class classe un une mes nos"
    " vos ses leurs ces"
)
_PARTICLES = "de du des la le les"
_STOP, _LABEL, _PARTICLE = "\x00", "\x01", "\x02"
_UNIT_WORDS = "apt|apartment|suite|unit|app|appt|appartement|bureau|local"
#: directions, street types and units stay words ("est" is a verb, "court" an adjective too)
_DIRECTIONS = "north south east west nord sud est ouest ne nw se sw n s e w o"
_KEPT = {
    *_DIRECTIONS.split(),
    *_ANY_CASE_TYPES_EN.split("|"),
    *_ANY_CASE_TYPES_FR.split("|"),
    *_UNIT_WORDS.split("|"),
}
_MASKS = {
    **{w: _STOP for w in (_FUNCTION_WORDS + _ADJECTIVES).split() if w not in _KEPT},
    **{w: _LABEL for w in _LABELS.split()},
    **{w: _PARTICLE for w in _PARTICLES.split()},
}
_MASKED_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ANY_CASE_WORD = (
    r"(?:st|ste|mt)\.|[0-9]{1,3}(?:st|nd|rd|th|e|er|re|ème)(?![\w'’-])"
    rf"|(?!(?:{_ANY_CASE_TYPES_EN.replace('|st|', '|')}|{_ANY_CASE_TYPES_FR}|{_UNIT_WORDS})"
    r"(?![\w'’-]))[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])"
)
_NOT_WAY_TOO = (
    r"(?!way\s+(?:too|more|less|better|worse|over|off|out|beyond|back|ahead|behind|longer"
    r"|shorter|bigger|smaller|much|of|to)(?![\w'’-]))"
)
_ANY_CASE_ADDRESS_RE = re.compile(
    # no number right after a label or a determiner
    rf"[0-9](?<![{_LABEL}{_PARTICLE}]\s[0-9])(?<![{_LABEL}{_PARTICLE}]\s\s[0-9])"
    r"(?<![\w/.,#-][0-9])[0-9]{0,5}[A-Za-z]?(?:-[0-9]{1,6}[A-Za-z]?)?(?![\w-])"
    # French: the type before the name; English: after it
    rf"(?i:(?P<type_first>,?\s+(?:{_ANY_CASE_TYPES_FR}){_END}\s+(?:{_PARTICLE}+\s+){{0,2}})?"
    rf"(?:\s*(?:{_ANY_CASE_WORD})){{1,3}}"
    rf"(?(type_first)|\s+{_NOT_WAY_TOO}(?:{_ANY_CASE_TYPES_EN}){_END}))"
    rf"(?:\s+(?i:{_DIRECTIONS.replace(' ', '|')}){_END})?"
    rf"{_UNIT}"
)
#: pre-check: every any-case address holds a street type after a space
_ANY_CASE_TYPE = re.compile(
    rf"\s(?:{_ANY_CASE_TYPES_EN}|{_ANY_CASE_TYPES_FR})(?![\w'’-])", re.IGNORECASE
)
_PO_BOX = r"[pPcC](?<![\w][pPcC])(?i:\.?\s?o\.?\s?box|ase\s+postale|\.p\.)\s*#?[0-9]{1,6}(?![\w-])"
_POSTAL_CODE = (
    r"[ABCEGHJ-NPRSTVXYabceghj-nprstvxy](?<![\w-][A-Za-z])[0-9](?i:[ABCEGHJ-NPRSTV-Z])"
    r"[ \u00a0-]?(?i:[0-9][ABCEGHJ-NPRSTV-Z][0-9])(?![\w-])"
)
_US_STATES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
)  # fmt: skip
_ZIP = (
    rf"[A-Z](?<![\w-][A-Z])[A-Z](?<={'|'.join(_US_STATES)}),?\s+[0-9]{{5}}(?:-[0-9]{{4}})?"
    r"(?![\w-])"
)
_ADDRESS_RE = re.compile(f"{_STREET_ADDRESS}|{_PO_BOX}|{_POSTAL_CODE}|{_ZIP}")
_MARKS = re.compile(rf"{re.escape(MARK)}(?:[\s,;/]*{re.escape(MARK)})*")

# Exact pre-checks: a text that fails one cannot match the pattern it guards, which is then
# not run (most comments hold no contact detail, and the patterns cost ~50 µs a comment).
# Each is a part that every match of the pattern holds, with the same flags.
#: URL "://", IPv6 (a hex digit before ":", or "::")
_PATTERN_COLON = re.compile(r":(?:(?<=[0-9a-f]:)|[:/])", re.IGNORECASE)
#: e-mail written "name [at] domain", "name (arobase) domain" …
_PATTERN_AT = re.compile(r"[\[(](?:at|arobase)[\])]", re.IGNORECASE)
#: URL "www.", IPv4 (a digit before "."), domain (a "." before its top-level domain)
_PATTERN_DOT = re.compile(
    r"\.(?:(?<=www\.)|(?<=\d\.)|com|org|net|ca|qc|gouv|gc|edu|gov|info|io|fr|be|ch|us|uk)",
    re.IGNORECASE,
)
#: phone: a digit, a separator, a digit; compact phone: ten digits in a row
_PHONE_SHAPE = re.compile(r"\d(?:[\s.\-]\d|\d{9})")
_ASCII_DIGIT = re.compile(r"[0-9]")
_DIGIT = re.compile(r"\d")


def _may_match_pattern(text: str) -> bool:
    """False only when ``_PATTERN`` cannot match ``text`` (e-mail "@" or above)."""
    return (
        "@" in text
        or (":" in text and _PATTERN_COLON.search(text) is not None)
        or (("[" in text or "(" in text) and _PATTERN_AT.search(text) is not None)
        or _PATTERN_DOT.search(text) is not None
    )


def _may_match_address(text: str) -> bool:
    """False only when no address form can match ``text`` (every form holds an ASCII digit)."""
    return _ASCII_DIGIT.search(text) is not None


def _mask_one(word: re.Match[str]) -> str:
    mask = _MASKS.get(word.group().lower())
    return word.group() if mask is None else mask * len(word.group())


def _sub_addresses(repl: str, text: str) -> tuple[str, int]:
    """``text`` with each postal address replaced by ``repl``, and their number: first the
    capitalised forms, P.O. boxes and postal codes, then the any-case form, found in the
    masked copy of what is left."""
    text, found = _ADDRESS_RE.subn(repl, text)
    if _ANY_CASE_TYPE.search(text) is None:
        return text, found
    masked = _MASKED_WORD.sub(_mask_one, text)
    spans = [m.span() for m in _ANY_CASE_ADDRESS_RE.finditer(masked)]
    for start, end in reversed(spans):
        text = text[:start] + repl + text[end:]
    return text, found + len(spans)


def _may_match_phone(text: str) -> bool:
    """False only when ``_PHONE_RE`` cannot match ``text``."""
    digit = _ASCII_DIGIT if text.isascii() else _DIGIT
    return digit.search(text) is not None and _PHONE_SHAPE.search(text) is not None


def _is_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    # "2019-11-27", "27/11/2019": dates are not phone numbers
    return 7 <= digits <= 15 and not _NOT_PHONE.match(candidate.strip())


_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _NameIndex:
    """Folded name parts (one word) and whole names / phrases (word sequences)."""

    words: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    lengths: tuple[int, ...]
    #: the words a match starts with: ``words`` and the first word of each phrase
    starts: frozenset[str] = frozenset()


def _name_index(names: Iterable[str], phrases: Iterable[str] = ()) -> _NameIndex | None:
    """Names give their whole form and each part of three letters or more (a hyphenated or
    apostrophed name is split too); phrases (organisations …) only their whole form. Matching
    is on folded words (case, accents, punctuation ignored), so it scales to any number of
    names: one set lookup per word of a comment."""
    words: set[str] = set()
    sequences: set[tuple[str, ...]] = set()
    for raw, split in [(n, True) for n in names] + [(p, False) for p in phrases]:
        if "@" in raw:
            continue
        tokens = tuple(fold(raw).split())
        if not tokens or sum(len(t) for t in tokens) < 3:
            continue
        if len(tokens) == 1:
            words.add(tokens[0])
        else:
            sequences.add(tokens)
        if split:
            words.update(t for t in tokens if len(t) >= 3 and not t.isdigit())
    if not words and not sequences:
        return None
    lengths = tuple(sorted({len(s) for s in sequences}, reverse=True))
    starts = frozenset(words | {s[0] for s in sequences})
    return _NameIndex(frozenset(words), frozenset(sequences), lengths, starts)


#: fold() of the words met in comments, by word (up to a bound)
def _word_keys(words: list[str]) -> list[str]:
    """``[fold(w) for w in words]`` for ``_TOKEN`` words (letters and digits only): an ASCII
    word folds to its lower case. (A memo of folded words measured no faster: 0.15 s for
    100,000 comments of 25 words either way.)"""
    return [word.lower() if word.isascii() else fold(word) for word in words]


def _redact_names(text: str, index: _NameIndex) -> str:
    keys = _word_keys(_TOKEN.findall(text))
    # a name or phrase can only start at a name part or at a phrase's first word
    if index.starts.isdisjoint(keys):
        return text
    matches = list(_TOKEN.finditer(text))
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
        i += width or 1
    for start, end in reversed(spans):
        text = text[:start] + MARK + text[end:]
    return text


@dataclass(frozen=True)
class Redactor:
    """Replaces contact details and known names in free text by :data:`MARK`."""

    #: people's names: matched whole and part by part
    names: tuple[str, ...] = ()
    #: other identifying values (organisations …): matched whole only
    phrases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _name_index(self.names, self.phrases))

    def __call__(self, text: str) -> str:
        out = unicodedata.normalize("NFC", text)
        if _may_match_pattern(out):
            out = _PATTERN.sub(MARK, out)
        if _may_match_address(out):
            out = _sub_addresses(MARK, out)[0]
        if _may_match_phone(out):
            out = _PHONE_RE.sub(lambda m: MARK if _is_phone(m.group(0)) else m.group(0), out)
        index: _NameIndex | None = getattr(self, "_index", None)
        if index is not None:
            out = _redact_names(out, index)
        # every marker begins with an invisible separator
        return _MARKS.sub(MARK, out) if MARK[0] in out else out


def is_postal_address(text: str) -> bool:
    """``text`` is a postal address: a street address, a post-office box or a postal code,
    with at most four other words (a name, a town, a province), not a sentence that quotes
    one."""
    if not _may_match_address(text):
        return False
    rest, found = _sub_addresses(" ", text)
    return found > 0 and len(_TOKEN.findall(rest)) <= 4


def is_phone_number(text: str) -> bool:
    """``text`` is one phone number and nothing else."""
    found = _PHONE_RE.fullmatch(text.strip())
    return found is not None and _is_phone(found.group(0))


def localise_marks(text: str, word: str) -> str:
    """``text`` with every redaction marker replaced by ``word`` (« [caviardé] », "[redacted]")."""
    return text.replace(MARK, word)
