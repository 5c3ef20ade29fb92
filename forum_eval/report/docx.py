"""The evaluation section as a Word document (python-docx).

Everything is laid out with named Word styles — Heading 1/2/3, List Bullet (2), Caption,
Table Grid, and four styles of this module: "Table Text", "Table Heading", "Note" and
"Data Note" — so that the writer of the grant report can restyle the section in one click.
Each chart is embedded 6.5 in wide (a Letter page with 1 in margins) with its alt text as
the picture's description (``descr`` of ``wp:docPr``: what Word's Alt Text pane shows).
Each table is as wide as the charts, at fixed column widths (:func:`column_widths`): a figure
column as wide as its widest figure and its header on two lines, the labels the rest; its
header row repeats on every page and its figures are right-aligned.

The file is deterministic: fixed core properties (dates, author, revision) and a zip whose
entries all carry the same date, so the same section gives the same bytes. python-docx is
imported only when a document is written.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forum_eval.present.document import BulletList, Figure, Heading, Note, Paragraph, Section, Table
from forum_eval.report.folder import fixed_date_zip, write_bytes_atomic

if TYPE_CHECKING:
    from docx.document import Document

#: the width of every chart: a Letter page (8.5 in) less two 1-inch margins
PICTURE_WIDTH_IN = 6.5
#: the width of every table: the text width of the page, as the charts
TEXT_WIDTH_IN = PICTURE_WIDTH_IN
#: the text width of a landscape Letter page, for a table whose figures do not fit across
LANDSCAPE_TEXT_WIDTH_IN = 9.0
#: tables of at most this many rows are kept on one page (about two thirds of a page)
KEEP_TOGETHER_ROWS = 25
#: the core properties' dates: fixed, so that the same input gives the same file
FIXED_DATE = datetime(2000, 1, 1)
AUTHOR = "forum-eval"
#: Word's proofing language of the text, per language of the section
LANGUAGE_TAGS = {"en": "en-CA", "fr": "fr-CA"}


def write_docx(section: Section, path: Path) -> None:
    """Write ``section`` to ``path`` as a Word document, atomically (a temporary file in the
    same folder, then a rename): an error leaves any previous file untouched."""
    write_bytes_atomic(Path(path), docx_bytes(section))


def docx_bytes(section: Section) -> bytes:
    """The Word document of ``section``, as the bytes of a .docx file."""
    import docx

    document = docx.Document()
    _set_up(document, section)
    for block in section.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                document.add_paragraph(item.text, style="List Bullet")
                for child in item.children:
                    document.add_paragraph(child, style="List Bullet 2")
        elif isinstance(block, Table):
            if _figures_fit(block, TEXT_WIDTH_IN):
                _add_table(document, block, TEXT_WIDTH_IN)
            else:  # a comparison's nine columns: on a landscape page of their own
                _turn(document, landscape=True)
                _add_table(document, block, LANDSCAPE_TEXT_WIDTH_IN)
                _turn(document, landscape=False)
        elif isinstance(block, Figure):
            _add_figure(document, block)
        elif isinstance(block, Note):
            document.add_paragraph(
                block.text, style="Data Note" if block.kind == "data" else "Note"
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_date_zip(buffer.getvalue(), _zip_member)


def _set_up(document: Document, section: Section) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    page = document.sections[0]
    page.left_margin = page.right_margin = page.top_margin = page.bottom_margin = Inches(1)

    core = document.core_properties
    core.author = core.last_modified_by = AUTHOR
    core.created = core.modified = core.last_printed = FIXED_DATE
    core.revision = 1
    core.title = section.title
    core.language = LANGUAGE_TAGS.get(section.lang, section.lang)
    core.comments = core.keywords = core.subject = core.category = ""

    # python-docx's template carries the thumbnail of another document: not ours to show
    package = document.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(key)

    # the proofing language of every run: French text checked as French
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        if lang is not None:
            lang.set(qn("w:val"), LANGUAGE_TAGS.get(section.lang, section.lang))

    styles = document.styles
    text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    text.base_style = styles["Normal"]
    text.font.size = Pt(9)
    text.paragraph_format.space_after = Pt(0)
    text.paragraph_format.line_spacing = 1.0
    head = styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = text
    head.font.bold = True
    note = styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    note.font.size = Pt(9)
    note.font.italic = True
    data = styles.add_style("Data Note", WD_STYLE_TYPE.PARAGRAPH)
    data.base_style = styles["Normal"]
    data.font.bold = True
    for style in (text, head, note, data):
        style.quick_style = True  # shown in the Styles gallery


def _turn(document: Document, *, landscape: bool) -> None:
    """A new page in the other orientation (its width and height swapped)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    page = document.add_section(WD_SECTION.NEW_PAGE)
    page.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    page.page_width, page.page_height = page.page_height, page.page_width


def _add_table(document: Document, table: Table, total: float) -> None:
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Twips

    caption = document.add_paragraph(table.caption, style="Caption")
    caption.paragraph_format.keep_with_next = True
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    # the table's title for screen readers (Word: Table Properties > Alt Text)
    title = OxmlElement("w:tblCaption")
    title.set(qn("w:val"), table.caption)
    grid._tbl.tblPr.append(title)
    # fixed widths (Word's "AutoFit" off), the table's own width the sum of its columns'
    # in twips (what Word stores), rounded so that they add up to the text width exactly
    twips = [round(w * 1440) for w in column_widths(table, total)]
    twips[0] += round(total * 1440) - sum(twips)
    widths = [Twips(t) for t in twips]
    grid.autofit = False
    table_width = grid._tbl.tblPr.find(qn("w:tblW"))
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(twips)))
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    last = len(table.rows)
    together = last <= KEEP_TOGETHER_ROWS
    heading_id = document.styles["Table Heading"].style_id
    text_id = document.styles["Table Text"].style_id
    for r, cells in enumerate((table.header, *table.rows)):
        row = grid.rows[r]
        row_properties = row._tr.get_or_add_trPr()
        row_properties.append(OxmlElement("w:cantSplit"))
        if r == 0:  # repeated at the top of each page
            row_properties.append(OxmlElement("w:tblHeader"))
        for c, value in enumerate(cells):
            cell = row.cells[c]
            cell.width = widths[c]
            if r == 0:  # a one-line header sits on the same line as the last of a longer one
                cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
            paragraph = cell.paragraphs[0]
            # the style's id straight in the XML: the `style` setter looks the default style
            # up in every style of the document, a third of a second for a table
            paragraph._p.style = heading_id if r == 0 else text_id
            paragraph.add_run(value)
            # a table that fits on a page is kept on one page (Word's way: every row but
            # the last keeps with the next); a longer one flows, its header row repeated
            paragraph.paragraph_format.keep_with_next = r < last and together
            if table.numeric[c]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()  # a table followed directly by a table or note looks glued


#: inches per character of the 9 pt table text, an estimate on the wide side: a bold header
#: glyph (DejaVu Serif Bold, LibreOffice's stand-in for Cambria, averages 0.085 in; "%" is
#: wider) and a digit of the figures (DejaVu Serif 0.08 in; Cambria's are narrower)
_HEAD_CHAR_IN = 0.09
_CHAR_IN = 0.08
#: a cell's left and right padding (Table Grid: 0.075 in each) and a little slack
_PADDING_IN = 0.2
#: what a label column wants (about 30 characters a line) before the figure headers take
#: more lines than two, and the least it is left when the figures alone fill the page
_LABEL_WANTED_IN = 2.25
_LABEL_MIN_IN = 1.6


def column_widths(table: Table, total: float = TEXT_WIDTH_IN) -> list[float]:
    """Column widths in inches, ``total`` in all (the text width of the page).

    A figure column is as wide as its widest figure and its header broken onto two lines
    (a figure is never wrapped; a header word never cut); when that leaves a label column
    less than it wants, the headers take three lines, then four …, down to their longest
    word. The label columns share what is left, in proportion to what they hold. A table
    whose figures do not fit even so (:func:`_figures_fit`) is given a landscape page."""
    labels = [c for c, flag in enumerate(table.numeric) if not flag]
    label_need = {c: _need(table, c, 1) for c in labels}
    wanted = _figure_widths(table, total)
    room = total - sum(_label_min(table, c) for c in labels)
    used = sum(wanted.values())
    if used > room > 0:  # too many figures: each column shrinks in proportion
        wanted = {c: w * room / used for c, w in wanted.items()}
    if not labels:
        scale = total / sum(wanted.values())
        return [wanted[c] * scale for c in range(len(table.numeric))]
    left = total - sum(wanted.values())
    share = sum(label_need.values())
    return [
        wanted[c] if c in wanted else left * label_need[c] / share
        for c in range(len(table.numeric))
    ]


def _need(table: Table, c: int, lines: int) -> float:
    """The width column ``c`` needs: its widest cell on one line, its header on ``lines``."""
    header = _narrowest(table.header[c], lines) * _HEAD_CHAR_IN
    figures = max([len(row[c]) for row in table.rows] + [1]) * _CHAR_IN
    return max(header, figures) + _PADDING_IN


def _figure_widths(table: Table, total: float) -> dict[int, float]:
    """The figure columns' widths with their headers on the fewest lines (from two) that
    leave the label columns what they want, else on as many lines as their words."""
    numeric = [c for c, flag in enumerate(table.numeric) if flag]
    labels = [c for c, flag in enumerate(table.numeric) if not flag]
    # a label column of short labels wants no more than its longest label on one line
    wanted_room = sum(min(_LABEL_WANTED_IN, _need(table, c, 1)) for c in labels)
    most_words = max([len(_words(table.header[c])) for c in numeric] + [2])
    for lines in range(2, most_words + 1):
        wanted = {c: _need(table, c, lines) for c in numeric}
        if total - sum(wanted.values()) >= wanted_room:
            break
    return wanted


def _figures_fit(table: Table, total: float) -> bool:
    """Whether the figures fit across ``total`` inches, each label column keeping the least
    it is left (a figure is never wrapped, a header word never cut)."""
    labels = [c for c, flag in enumerate(table.numeric) if not flag]
    least = sum(_label_min(table, c) for c in labels)
    return sum(_figure_widths(table, total).values()) <= total - least


def _label_min(table: Table, c: int) -> float:
    """The least a label column is left: :data:`_LABEL_MIN_IN`, or half its longest label
    on one line when that is less (a comparison's verdict, "no detectable change", may take
    two lines; a statement keeps about 20 characters a line)."""
    return min(_LABEL_MIN_IN, _need(table, c, 1) / 2)


def _words(text: str) -> list[str]:
    # str.split() would cut at the NBSPs, which join what must stay on one line ("S. O.")
    return [w for w in re.split(r"[ \t\n]+", text) if w] or [""]


def _narrowest(text: str, lines: int) -> int:
    """The fewest characters a line needs for ``text`` to take at most ``lines`` lines,
    broken at spaces only (greedily, as a word processor does)."""
    words = _words(text)
    width = max(len(w) for w in words)
    while _line_count(words, width) > lines:
        width += 1
    return width


def _line_count(words: list[str], width: int) -> int:
    count, line = 1, len(words[0])
    for word in words[1:]:
        if line + 1 + len(word) <= width:
            line += 1 + len(word)
        else:
            count, line = count + 1, len(word)
    return count


def _add_figure(document: Document, figure: Figure) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True  # the caption stays under its chart
    shape = paragraph.add_run().add_picture(io.BytesIO(figure.png), width=Inches(PICTURE_WIDTH_IN))
    inline: Any = shape._inline
    inline.docPr.set("descr", figure.alt)
    inline.graphic.graphicData.pic.nvPicPr.cNvPr.set("name", f"{figure.name}.png")
    document.add_paragraph(figure.caption, style="Caption")


def _zip_member(member: zipfile.ZipInfo, content: bytes) -> bytes:
    """PNGs are compressed already: stored as they are (as Word does); every member 0644."""
    if member.filename.endswith(".png"):
        member.compress_type = zipfile.ZIP_STORED
    member.external_attr = 0o644 << 16
    return content
