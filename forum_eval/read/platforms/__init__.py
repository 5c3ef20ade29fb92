"""Which platform wrote a file, from its header shape alone (``--from`` overrides it).

Adapters are tried from the most specific shape to the least; :mod:`.plain` (one header row)
accepts anything.
"""

from __future__ import annotations

from types import ModuleType

from forum_eval.errors import UsageError
from forum_eval.read.grid import Grid
from forum_eval.read.platforms import (
    google_forms,
    kobo,
    limesurvey,
    microsoft_forms,
    odk,
    plain,
    qualtrics,
    redcap,
    surveymonkey,
    typeform,
)

#: In detection order; the names are the values of ``--from``.
ADAPTERS: tuple[ModuleType, ...] = (
    qualtrics,
    surveymonkey,
    limesurvey,
    kobo,
    odk,
    redcap,
    typeform,
    microsoft_forms,
    google_forms,
    plain,
)
PLATFORMS: dict[str, ModuleType] = {a.NAME: a for a in ADAPTERS}


def choose(grid: Grid, platform: str | None) -> tuple[ModuleType, str]:
    """The adapter to use and how it was chosen ("detected" or "--from")."""
    if platform is None:
        return next(a for a in ADAPTERS if a.detect(grid)), "detected"
    key = platform.strip().lower().replace("_", "-").replace(" ", "-")
    if key not in PLATFORMS:
        raise UsageError(
            f"--from {platform!r}: unknown platform.",
            f"Use one of: {', '.join(PLATFORMS)}.",
        )
    return PLATFORMS[key], "--from"
