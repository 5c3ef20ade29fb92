"""The raw table every adapter returns, and the column vocabulary shared by the adapters.

A :class:`RawTable` holds the header texts (one per column, duplicates kept), the answers as
strings (positional integer columns, blank cells ``""``), the role the platform gives some
columns (``metadata``, ``identifying``, ``ignored``) and, per row, why the platform says it
must not count (``incomplete``, ``preview``; ``""`` when it counts).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from forum_eval.errors import InputError
from forum_eval.textnorm import fold

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from forum_eval.read.grid import Grid

METADATA = "metadata"
IDENTIFYING = "identifying"
IGNORED = "ignored"


@dataclass
class RawTable:
    headers: list[str]
    frame: pd.DataFrame
    path: Path
    #: 1-based row number, in the file, of the first data row (after the header rows).
    first_data_row: int = 2
    info: dict[str, str] = field(default_factory=dict)
    #: column position → role given by the platform's layout
    roles: dict[int, str] = field(default_factory=dict)
    #: per data row: "" (counts), "incomplete", "preview" or "rejected" (by a reviewer on the
    #: platform); None when the platform says nothing
    status: np.ndarray | None = None
    platform: str = "plain"

    def row_number(self, position: int) -> int:
        """The row a user sees in the file (or spreadsheet) for a 0-based data position."""
        return self.first_data_row + position


def folded(*names: str) -> frozenset[str]:
    """The names folded (see :func:`~forum_eval.textnorm.fold`), to look folded headers up."""
    return frozenset(fold(n) for n in names)


#: The first header of a Google Forms export, in the languages it is localised to.
GOOGLE_FORMS_TIMESTAMPS = folded(
    "Timestamp", "Horodateur", "Horodatage", "Marca temporal", "Marca de tiempo", "Zeitstempel",
    "Carimbo de data/hora", "Informazioni cronologiche", "Tijdstempel",
)  # fmt: skip

#: Columns that describe the submission, not the answer (any platform, EN/FR/ES).
METADATA_HEADERS = GOOGLE_FORMS_TIMESTAMPS | folded(
    # generic
    "Date", "Submitted", "Submitted at", "Date submitted", "Submission date", "Date de soumission",
    "Start time", "Completion time", "End time", "Start date", "End date", "Last modified time",
    "Heure de début", "Heure de fin", "Heure de la dernière modification", "Date de début", "Date de fin",
    "Collector ID", "ID du collecteur", "Language", "Langue", "Duration", "Durée", "Total points", "Quiz feedback",
    "Grade posted time",
    # LimeSurvey (codes and full text)
    "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "refurl",
    "Last page", "Start language", "Date started", "Date last action", "Seed", "Referrer URL",
    "Total time", "interviewtime", "Dernière page", "Langue de départ", "Tête de série",
    "Date de lancement", "Date de la dernière action", "URL référente",
    # Qualtrics (variable names and row-2 texts)
    "StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished",
    "RecordedDate", "Recorded Date", "Response Type", "DistributionChannel", "Distribution Channel",
    "UserLanguage", "User Language", "ResponseSet", "Response Set", "LocationAccuracy",
    "Location Accuracy",
    # KoboToolbox
    "start", "end", "today", "__version__", "_version_", "_version__001", "_submission_time",
    "_validation_status", "_notes", "_status", "_tags", "_index", "meta/instanceID", "formhub/uuid",
    "audit",
    # SurveyGizmo / Alchemer
    "Time Started", "Legacy Comments", "Referer", "Extended Referer", "User Agent",
    "Extended User Agent",
)  # fmt: skip

#: Columns that could identify a respondent: never items, never echoed.
IDENTIFYING_HEADERS = folded(
    "Email", "Email address", "E-mail", "E-mail address", "Adresse e-mail", "Adresse courriel",
    "Courriel", "Adresse électronique", "Adresse de messagerie", "Correo electrónico",
    "Dirección de correo electrónico", "Endereço de e-mail", "E-Mail-Adresse", "Indirizzo email",
    "Name", "Full name", "First name", "Last name", "Nom", "Prénom", "Nom complet", "Nom de famille",
    "Username", "User name", "Nom d'utilisateur", "IP address", "Adresse IP", "IPAddress", "ipaddr",
    "ID", "Respondent ID", "RespondentID", "Response ID", "ResponseId", "ResponseID", "id", "token",
    "ID de la réponse", "ID du répondant",
    "Token", "Phone", "Phone number", "Téléphone", "Numéro de téléphone",
    "Organisation", "Organization", "Organisme",
    "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference",
    "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference",
    "ExternalDataReference",
    "LocationLatitude", "LocationLongitude", "Location Latitude", "Location Longitude",
    # SurveyGizmo / Alchemer: the contact, the session and where the respondent was
    "Contact ID", "SessionID", "Longitude", "Latitude", "State/Region", "Postal",
    "_id", "_uuid", "_submitted_by", "deviceid", "subscriberid", "simserial", "phonenumber",
    "username", "Custom Data",
)  # fmt: skip

_IGNORED_PREFIX = re.compile(r"^(points|feedback|commentaires?|points?)\s+-\s+", re.IGNORECASE)
#: SurveyMonkey's "Custom Data 1" ("Données personnalisées 1" in French)
_CUSTOM_DATA = re.compile(r"^(custom\s*data|donn[ée]es\s+personnalis[ée]es)\s*\d*$", re.IGNORECASE)
_CONTACT_WORDS = re.compile(
    r"\b(e ?mail|courriel|correo|telephone|phone|telefono|adresse ip|ip address)\b"
)
#: one name asked for: "First name", "Surname", "Prénom", "Post-nom" (a name of its own in
#: the DRC), "Nom de famille"
_NAME_PART = (
    r"(?:(?:full |first |last |given |family |middle )?(?:name|names)|firstname|lastname"
    r"|surname|nom|noms|prenom|prenoms|post nom|postnom|nom complet|nom de famille)"
)
#: a header asking for names only: one, or several joined ("Nom et prénom", "Firstname and
#: Surname", "Nom & Post-nom")
#: the person a name is asked of, after "Nom du …" / "Name of the …" / "… name" (folded)
_PERSON = (
    r"(?:client|cliente|customer|agent|participant|participante|participants|respondent"
    r"|repondant|repondante|beneficiaire|beneficiary|patient|patiente|student|etudiant"
    r"|etudiante|eleve|interviewer|enqueteur|enquetrice|trainer|formateur|formatrice"
    r"|facilitator|animateur|animatrice|contact|parent|tuteur|tutrice|guardian)"
)
_NAME_WORDS = re.compile(
    rf"^(your |votre |vos |ton |respondent s |participant s |{_PERSON} s |{_PERSON} )?"
    rf"{_NAME_PART}(?:(?: and | et | ){_NAME_PART})*"
    rf"(?: (?:du|de la|de l|de|des|of the|of) {_PERSON})?"
    r"( optional| facultatif| if you wish| si vous le souhaitez)?$"
)
_QUALTRICS_META = re.compile(r"^Q_[A-Za-z]")
#: formatting tags the platforms leave in question texts (SurveyMonkey "… <br>In Lottery A …",
#: Qualtrics "<strong>…</strong>"): a space each, never shown
_FORMAT_TAG = re.compile(
    r"</?(?:br|p|b|i|u|em|strong|span|div|font|sup|sub)\b[^<>]*>", re.IGNORECASE
)
#: a header that asks how to reach the respondent, once its remarks in parentheses are dropped
#: ("Contact info (if you want us to follow up)"); whole header only: "Contact with survivors"
#: is a question
_CONTACT_HEADER = re.compile(
    r"^(your |votre |vos |ton |tes )?(contact|contact info|contact information|contact details"
    r"|contact informations|address|addresses|adresse|adresses|coordonnees|informations de "
    r"contact|renseignements de contact|infos de contact|moyen de contact|how can we reach you"
    r"|how to reach you|comment vous joindre|pour vous joindre|zip)( optional| facultatif"
    r"| facultatives| if you wish| si vous le souhaitez)?$"
)
#: a postal address or code, or a mobile number, in a short header ("Mailing address",
#: "Adresse postale", "Postal code"); not "address" alone: "Did the forum address your needs?"
_ADDRESS_WORDS = re.compile(
    r"\b((mailing|postal|home|street|civic|residential|physical) address(es)?|adresses? "
    r"(postale|civique|du domicile|de domicile|de correspondance|de livraison|complete"
    r"|residentielle)|postal code|post code|postcode|zip code|code postal|cellulaire"
    r"|mobile number|cell number)\b"
)
_REMARKS = re.compile(r"\([^()]*\)")


def header_role(header: str) -> str | None:
    """The role of a column known by its header alone (any platform), or None."""
    header = _entities(header)
    key = fold(header)
    if not key:
        return None
    if key in IDENTIFYING_HEADERS or _CUSTOM_DATA.match(header.strip()):
        return IDENTIFYING
    if key in METADATA_HEADERS or _QUALTRICS_META.match(header.strip()):
        return METADATA
    if _IGNORED_PREFIX.match(header.strip()):
        return IGNORED
    words = key.split()
    if len(words) <= 6 and (_CONTACT_WORDS.search(key) or _NAME_WORDS.match(key)):
        return IDENTIFYING
    main = fold(_REMARKS.sub(" ", header))
    if _CONTACT_HEADER.match(main) or (len(main.split()) <= 6 and _ADDRESS_WORDS.search(main)):
        return IDENTIFYING
    # a bilingual header, "Nom & Post-nom / Firstname and Surname": either half may say it
    halves = header.split("/")
    if len(halves) > 1 and any(header_role(half) == IDENTIFYING for half in halves):
        return IDENTIFYING
    return None


#: the HTML entities the platforms leave in question texts (LimeSurvey "Nom &amp; Post-nom")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


def _entities(text: str) -> str:
    """``text`` with the entities of :data:`_ENTITIES` written as their characters (only
    these: "R&D" and "&copy" stay as they are)."""
    return _ENTITY.sub(lambda found: _ENTITIES[found[0]], text)


def meta_roles(headers: Sequence[str]) -> dict[int, str]:
    """Position → metadata or identifying, for the columns whose header alone says so."""
    roles = {position: header_role(header) for position, header in enumerate(headers)}
    return {p: role for p, role in roles.items() if role in (METADATA, IDENTIFYING)}


def grid_header(question: str, row: str) -> str:
    """The one spelling of a grid (matrix) cell header used across platforms: ``Question [Row]``."""
    question, row = question.strip(), row.strip()
    if not row:
        return question
    if not question:
        return row
    return f"{question} [{row}]"


def build(
    grid: Grid,
    *,
    header_rows: int,
    headers: list[str],
    platform: str,
    roles: dict[int, str] | None = None,
) -> RawTable:
    """A RawTable from a grid whose first ``header_rows`` rows are headers."""
    path = grid.path
    if grid.frame.shape[0] == 0 or grid.frame.shape[1] == 0:
        raise InputError(
            f"{path}: the file is empty.", "Export the responses again from the survey platform."
        )
    import pandas as pd

    body = grid.frame.iloc[header_rows:].reset_index(drop=True)
    body.columns = pd.RangeIndex(body.shape[1])
    if body.shape[0] == 0:
        raise InputError(
            f"{path}: the file has a header but no responses.",
            "Check that the export includes the responses, not only the questions.",
        )
    # column by column, stopping at the first that holds an answer
    if not any(has_text(body[c]) for c in body.columns):
        raise InputError(
            f"{path}: the file has a header but every row below it is empty.",
            "Check that the export includes the responses, not only the questions.",
        )
    if not any(h.strip() for h in headers):
        raise InputError(
            f"{path}: the first row has no column names.",
            "The first row must hold the questions (one per column); add it or export the file again.",
        )
    return RawTable(
        headers=[" ".join(_entities(_FORMAT_TAG.sub(" ", h)).split()) for h in headers],
        frame=body,
        path=path,
        first_data_row=header_rows + 1,
        info={**grid.info, "platform": platform},
        roles=dict(roles or {}),
        platform=platform,
    )


def has_text(column: pd.Series) -> bool:
    """Some cell of ``column`` holds more than white space (a ``category`` column is looked
    at once per category, then through its codes)."""
    import numpy as np
    import pandas as pd

    if isinstance(column.dtype, pd.CategoricalDtype):
        filled = [str(c).strip() != "" for c in column.cat.categories] + [False]
        return bool(np.asarray(filled, dtype=bool)[column.cat.codes.to_numpy()].any())
    # the first rows usually answer (a million stripped copies are not needed to know)
    return any(
        bool((part.str.strip() != "").any()) for part in (column.iloc[:1000], column.iloc[1000:])
    )


def row(grid: Grid, index: int) -> list[str]:
    """One row of the grid as a list of stripped strings ([] past the end)."""
    if index >= grid.frame.shape[0]:
        return []
    return [str(v).strip() for v in grid.frame.iloc[index].tolist()]


def folded_in(column: pd.Series, vocabulary: frozenset[str]) -> np.ndarray:
    """Boolean mask: the cell, folded, is in ``vocabulary`` (folding once per distinct value)."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(column)
    hits = np.array([fold(str(u)) in vocabulary for u in uniques] + [False], dtype=bool)
    return hits[codes]  # code -1 (missing) → the appended False


def mark_status(
    table: RawTable,
    raw: list[str],
    header: str,
    vocabulary: frozenset[str],
    status: str = "rejected",
) -> None:
    """Set the status of the rows whose platform column (``header``, the only one so named in
    the file's own headers ``raw``) holds a value of ``vocabulary`` to ``status``: "rejected"
    when a reviewer on the platform rejected the submission (ODK Central's ``ReviewState``
    "rejected", KoboToolbox's ``_validation_status`` "Not approved"), "incomplete" when it did
    not reach the end (SurveyGizmo's ``Status`` "Partial"). A row already set keeps its
    status."""
    import numpy as np

    positions = [p for p, h in enumerate(raw) if fold(h) == fold(header)]
    if len(positions) != 1:
        return
    rejected = folded_in(table.frame[positions[0]], vocabulary)
    if rejected.any():
        before = np.full(rejected.size, "", dtype=object) if table.status is None else table.status
        table.status = np.where(rejected & (before == ""), status, before).astype(str)


def title_rows(grid: Grid, limit: int = 10) -> int:
    """Leading rows with at most one filled cell (a title, a note, a blank line) above the
    first row with two or more: the header. 0 when the first row is the header, or when no
    leading row holds a title (an empty first row is a missing header)."""
    head = grid.frame.iloc[: limit + 1]
    filled = head.apply(lambda c: c.str.strip() != "").sum(axis=1).to_numpy()
    for index, count in enumerate(filled):
        if count >= 2:
            # only under a title: a first row left empty is a missing header, not a title
            return index if (filled[:index] == 1).any() else 0
    return 0


def strip_group_prefixes(
    headers: list[str], separator: str, question: Callable[[int, str], bool]
) -> list[str]:
    """``headers`` without the group prefixes of form builders (KoboToolbox ``group/question``,
    ODK Central ``group-question``, nested groups too): a prefix is dropped when at least two
    of the question headers (``question(position, header)``) share it."""
    result = list(headers)
    for _ in range(5):  # nested groups
        names = [(p, h) for p, h in enumerate(result) if question(p, h)]
        prefixes = Counter(h.split(separator, 1)[0] for _, h in names if separator in h)
        changed = False
        for position, header in names:
            group, _, rest = header.partition(separator)
            if rest.strip() and prefixes[group] >= 2:
                result[position] = rest.strip()
                changed = True
        if not changed:
            break
    return result
