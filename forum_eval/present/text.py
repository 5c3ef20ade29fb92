"""Text from the input made safe for an output: no control character, no raw HTML.

Headers, labels and comments come from whoever filled in or exported the form. Two helpers,
called at the output boundary:

- :func:`neutralise` replaces every control character a terminal acts on (C0 except tab, line
  feed and carriage return; DEL; C1 U+0080–U+009F, e.g. the one-byte CSI U+009B) by a visible,
  printable stand-in: the Unicode control picture of a C0 character (ESC → ␛, BEL → ␇), ␡
  for DEL, and U+FFFD for a C1 character. The stand-ins are printable, so any format (JSON, CSV,
  Markdown) stays valid, and an escape code can no longer clear the screen or fake figures.
- :func:`markdown_text` also escapes every ``<`` that could open an HTML tag, comment or
  declaration (``<`` before a letter, ``/``, ``!`` or ``?``, spaces allowed) as ``&lt;``, so a
  comment's ``<script>`` or ``<img onerror=…>`` is shown as text by any Markdown viewer, never
  run or rendered; a ``<`` before a digit ("< 5", a suppressed cell) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from forum_eval.config.registry import Edition

#: the control characters a terminal acts on (tab, line feed and carriage return excepted)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the control picture: ␛ for ESC, ␇ for BEL …
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1: no picture exists


def neutralise(text: str) -> str:
    """``text`` with every control character but tab and line ends made visible and inert."""
    return CONTROL.sub(_stand_in, text) if CONTROL.search(text) else text


def strip_controls(text: str) -> str:
    """``text`` without its control characters (tab and line ends kept): for chart texts,
    where a stand-in would only be noise and a raw one a missing glyph."""
    return CONTROL.sub("", text)


#: a "<" that may open a tag (``<script``, ``</a``, ``<!--``, ``<?php``, ``< img``)
_TAG_OPEN = re.compile(r"<(?=\s*[A-Za-z/!?])")


def markdown_text(text: str) -> str:
    """Input text for Markdown: neutralised, and each ``<`` that may open a tag as ``&lt;``."""
    return neutralise(_TAG_OPEN.sub("&lt;", text))


def md_cell(text: str) -> str:
    """A label or quote in a Markdown line or table cell: no raw HTML nor control character,
    no cell break."""
    return markdown_text(text).replace("|", "\\|").replace("\n", " ")


def md_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, left: int = 1, last_left: bool = False
) -> list[str]:
    """A Markdown table: the first ``left`` columns left-aligned, the others right-aligned
    (the last one left too with ``last_left``, for a column of words such as a verdict)."""
    align = ["---"] * left + ["---:"] * (len(header) - left)
    if last_left and len(header) > 1:
        align[-1] = "---"
    out = ["| " + " | ".join(md_cell(h) for h in header) + " |"]
    out.append("|" + "|".join(align) + "|")
    out += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return out


def md_heading(heading: str, note: str | None) -> list[str]:
    """The first lines of a Markdown page: its title, then the data note as a quote."""
    return [f"# {heading}", "", *([f"> {note}", ""] if note else [])]


def json_number(value: float | Fraction | None) -> float | None:
    """An exact share or difference as a JSON number (None stays null)."""
    return None if value is None else float(value)


def data_kind(edition: Edition | None) -> str | None:
    """``"reconstruction"`` or ``"synthetic"`` when an edition's answers are not the real
    forms (every output says so), else None."""
    if edition is None or edition.data == "published":
        return None
    return "reconstruction" if edition.data == "reconstruction" else "synthetic"
