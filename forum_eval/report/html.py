"""The evaluation section as one self-contained web page.

The charts are embedded as ``data:`` URIs; a Content-Security-Policy forbids anything else
(no script, no network, no font or style from elsewhere), so the page opens the same offline,
from a mail attachment or a shared drive. It is accessible — ``lang``, one ``h1`` then
``h2``/``h3``, an ``alt`` on every image, tables with a ``caption`` and ``th`` with
``scope`` — and prints on Letter and A4 alike (``@page`` margins only, no page size; images
at most the page's width; no row, figure or note cut across pages). Every text is escaped.
"""

from __future__ import annotations

import base64
import html
import struct
from pathlib import Path

from forum_eval.present.document import BulletList, Figure, Heading, Note, Paragraph, Section, Table
from forum_eval.report.folder import write_bytes_atomic

#: nothing but the page itself: inline styles and data: images
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

STYLE = """
:root { color: #1a1a1a; background: #fff; }
body { font: 1rem/1.5 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; color: #0b3a63; }
h2 { font-size: 1.3rem; color: #0b3a63; margin-top: 2rem; }
h3 { font-size: 1.1rem; }
ul ul { margin-top: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #9a9a9a; padding: .25rem .45rem; vertical-align: top; }
thead th { background: #e8eef5; text-align: left; }
th[scope="row"] { font-weight: normal; text-align: left; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
figure { margin: 1.5rem 0; }
img { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .9rem; font-style: italic; margin-top: .3rem; }
.note { font-size: .85rem; font-style: italic; }
.data-note { font-weight: 600; border-left: 4px solid #b5651d; padding: .3rem .6rem;
             background: #fdf4ea; }
@page { margin: 15mm 15mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h1, h2, h3, h2 + p { break-after: avoid; page-break-after: avoid; }
  figure, tr, .note, .data-note, li { break-inside: avoid; page-break-inside: avoid; }
  /* a table that fits on a page is not cut (a longer one is, its head repeated) */
  table { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  img { max-width: 100%; max-height: 240mm; width: auto; margin: 0 auto; }
}
"""


def write_html(section: Section, path: Path) -> None:
    """Write ``section`` to ``path`` as one HTML page, atomically (a temporary file in the same
    folder, then a rename)."""
    write_bytes_atomic(Path(path), render_html(section).encode("utf-8"))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's header; ValueError if it is not a PNG."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _table(table: Table) -> list[str]:
    def num(c: int) -> str:
        return ' class="num"' if table.numeric[c] else ""

    out = ["<table>", f"<caption>{_e(table.caption)}</caption>", "<thead><tr>"]
    out += [f'<th scope="col"{num(c)}>{_e(text)}</th>' for c, text in enumerate(table.header)]
    out += ["</tr></thead>", "<tbody>"]
    for first, *rest in table.rows:
        cells = "".join(f"<td{num(c)}>{_e(text)}</td>" for c, text in enumerate(rest, start=1))
        out.append(f'<tr><th scope="row">{_e(first)}</th>{cells}</tr>')
    out += ["</tbody>", "</table>"]
    return out


def _figure(figure: Figure) -> list[str]:
    width, height = png_size(figure.png)
    data = base64.b64encode(figure.png).decode("ascii")
    return [
        "<figure>",
        f'<img src="data:image/png;base64,{data}" alt="{_e(figure.alt)}" '
        f'width="{width}" height="{height}">',
        f"<figcaption>{_e(figure.caption)}</figcaption>",
        "</figure>",
    ]


def render_html(section: Section) -> str:
    """The page of ``section`` (UTF-8 text)."""
    body: list[str] = []
    for block in section.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 6)
            body.append(f"<h{level}>{_e(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            body.append(f"<p>{_e(block.text)}</p>")
        elif isinstance(block, BulletList):
            body.append("<ul>")
            for item in block.items:
                children = "".join(f"<li>{_e(child)}</li>" for child in item.children)
                nested = f"<ul>{children}</ul>" if children else ""
                body.append(f"<li>{_e(item.text)}{nested}</li>")
            body.append("</ul>")
        elif isinstance(block, Table):
            body += _table(block)
        elif isinstance(block, Figure):
            body += _figure(block)
        elif isinstance(block, Note):
            kind = "data-note" if block.kind == "data" else "note"
            body.append(f'<p class="{kind}">{_e(block.text)}</p>')
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(section.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="forum-eval">',
        f"<title>{_e(section.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>"]) + "\n"
