"""The evaluation section as a Word document and a web page (issue 16, parts 1 and 2).

Built from the 2019 sample edition — a *reconstruction* consistent with the published figures,
not the real forms (surveys/README.md) — and the committed charts of reports/2019/ with their
``.alt.txt``; read back with python-docx and html.parser.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import io
import json
import re
import struct
import subprocess
import sys
import zipfile
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forum_eval.cli import app
from forum_eval.errors import InputError
from forum_eval.present.document import (
    BulletList,
    Figure,
    Heading,
    Note,
    Section,
    Table,
    evaluation_section,
    first_sentence,
)
from forum_eval.read.survey import Options
from tests.conftest import ROOT, SURVEYS

docx = pytest.importorskip("docx")  # a runtime dependency: installed with the package

REPORT = ROOT / "reports" / "2019"
CHARTS = ("agreement", "shares", "expertise", "themes")
NBSP = "\u00a0"
#: the sample's event (surveys/forums.toml, [event] name_fr): the headings start with it
FORUM_FR = "Forum pancanadien sur la traite des personnes"
#: a 6.5-inch picture in EMU (914,400 per inch)
WIDTH_EMU = 5_943_600


def charts(lang: str) -> list[tuple[str, bytes, str]]:
    """The committed charts of reports/2019 with their alt text (one line, newline stripped)."""
    return [
        (
            name,
            (REPORT / f"{name}.{lang}.png").read_bytes(),
            (REPORT / f"{name}.{lang}.alt.txt").read_text(encoding="utf-8").rstrip("\n"),
        )
        for name in CHARTS
    ]


@pytest.fixture(scope="module")
def comments_2019():
    from tests.conftest import comments_source

    return comments_source("2019", Options(surveys_dir=SURVEYS))


@pytest.fixture(scope="module")
def summary_json() -> dict:
    result = CliRunner().invoke(
        app,
        ["summarize", "2019", "--format", "json", "--lang", "en", "--surveys-dir", str(SURVEYS)],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def sections(summary_2019, comments_2019) -> dict[str, Section]:
    return {
        lang: evaluation_section(summary_2019, lang, charts(lang), comments=comments_2019)
        for lang in ("en", "fr")
    }


@pytest.fixture(scope="module")
def docx_files(sections, tmp_path_factory) -> dict[str, Path]:
    from forum_eval.report.docx import write_docx

    folder = tmp_path_factory.mktemp("docx")
    paths = {}
    for lang, section in sections.items():
        paths[lang] = folder / f"evaluation.{lang}.docx"
        write_docx(section, paths[lang])
    return paths


# ------------------------------------------------------------------------------ the model


EXPECTED_HEADINGS = {
    "en": [
        (1, "Evaluation summary — Pan-Canadian Forum on Human Trafficking 2019, Ottawa (ON)"),
        (2, "In words"),
        (2, "Figures"),
        (2, "Charts"),
        (2, "Themes of the comments"),
        (3, "Quotes"),
    ],
    "fr": [
        (1, f"Résumé de l'évaluation — {FORUM_FR} 2019, Ottawa (ON)"),
        (2, "En quelques mots"),
        (2, "Chiffres"),
        (2, "Graphiques"),
        (2, "Thèmes des commentaires"),
        (3, "Citations"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_section_blocks(sections, lang):
    section = sections[lang]
    headings = [(b.level, b.text) for b in section.blocks if isinstance(b, Heading)]
    assert headings == EXPECTED_HEADINGS[lang]
    # the reconstruction label comes right after the title
    assert isinstance(section.blocks[1], Note) and section.blocks[1].kind == "data"
    assert "reconstitution" in section.blocks[1].text or "reconstruction" in section.blocks[1].text
    # the themes chart sits with the comments, after the other three
    names = [f.name for f in section.figures()]
    assert names == list(CHARTS)
    themes_at = next(
        i for i, b in enumerate(section.blocks) if isinstance(b, Figure) and b.name == "themes"
    )
    comments_at = section.blocks.index(Heading(EXPECTED_HEADINGS[lang][4][1], 2))
    assert themes_at > comments_at


def test_captions_are_the_chart_titles(sections):
    captions = {f.name: f.caption for f in sections["fr"].figures()}
    assert captions == {
        "agreement": f"{FORUM_FR} 2019, Ottawa (ON){NBSP}: accord avec chaque énoncé",
        "shares": f"{FORUM_FR} 2019, Ottawa (ON){NBSP}: % favorable par énoncé, avec son "
        "incertitude",
        "expertise": f"{FORUM_FR} 2019, Ottawa (ON){NBSP}: connaissance du sujet déclarée",
        "themes": f"Thèmes des commentaires — {FORUM_FR} 2019, Ottawa (ON)",
    }


def test_first_sentence_keeps_abbreviations():
    # "S. O." (sans objet) and "(ON)." are not the end of the first sentence in the middle
    text = f"Graphique, 21 sur 28, 3 S.{NBSP}O. et (ON) fini. Deuxième phrase."
    assert first_sentence(text) == f"Graphique, 21 sur 28, 3 S.{NBSP}O. et (ON) fini."
    assert first_sentence("No stop at all") == "No stop at all"


def test_unknown_chart_caption_and_table_check(summary_2019):
    section = evaluation_section(summary_2019, "en", [("trend", b"png", "Small multiples. More.")])
    (figure,) = section.figures()
    assert figure.caption == "Small multiples."
    with pytest.raises(ValueError, match="every row needs 2 cells"):
        Table("t", ("a", "b"), (("1",),), (False, True))


# ---------------------------------------------------------------------------------- DOCX


def _headings(document) -> list[tuple[int, str]]:
    return [
        (int(p.style.name.removeprefix("Heading ")), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]


def _positive_pct(share: float) -> int:
    """Whole percentage, half up (0.9333 → 93), as a reference independent of fmt.py."""
    return int((Decimal(repr(share)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_headings_styles_and_notes(docx_files, lang):
    document = docx.Document(str(docx_files[lang]))
    assert _headings(document) == EXPECTED_HEADINGS[lang]
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2", "Caption", "List Bullet", "List Bullet 2"} <= styles
    assert {"Note", "Data Note"} <= styles
    assert all(table.style.name == "Table Grid" for table in document.tables)
    data_note = next(p.text for p in document.paragraphs if p.style.name == "Data Note")
    assert "reconstitution" in data_note or "reconstruction" in data_note
    core = document.core_properties
    assert (core.author, core.revision) == ("forum-eval", 1)
    assert core.created.year == core.modified.year == 2000


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_table_equals_summarize_json(docx_files, summary_json, lang):
    document = docx.Document(str(docx_files[lang]))
    figures = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in figures.rows]
    header, body = rows[0], rows[1:]
    assert len(header) == 7
    items = [i for i in summary_json["items"] if i["kind"] != "choice"]
    assert len(body) == len(items) == 11
    suffix = f"{NBSP}%" if lang == "fr" else "%"
    for row, item in zip(body, items, strict=True):  # both in questionnaire order
        label, share, n, ci, _bounds, na, blank = row
        assert share == f"{_positive_pct(item['share_positive'])}{suffix}"
        assert n == f"{item['n_positive']}/{item['n_valid']}"
        low, high = _positive_pct(item["ci_low"]), _positive_pct(item["ci_high"])
        assert ci == f"{low}–{high}{suffix}"
        assert (int(na), int(blank)) == (item["n_not_applicable"], item["n_blank"])
        if lang == "en":  # the JSON is in English
            assert label == item["label"]


def test_docx_table_hand_count(docx_files):
    """Two rows against a count of surveys/2019.csv with the csv module: "inclus·e" 19
    strongly agree + 9 agree = 28 of 30 valid (1 blank); accessibility 12 + 9 = 21 of 28 (3
    "Sans objet")."""
    with open(SURVEYS / "2019.csv", encoding="utf-8", newline="") as handle:
        header, *body = list(csv.reader(handle))
    positive = {"Fortement d'accord", "D'accord"}

    def count(question: str) -> tuple[int, int, int, int]:
        answers = Counter(row[header.index(question)] for row in body)
        valid = sum(n for a, n in answers.items() if a not in ("", "Sans objet"))
        return sum(answers[a] for a in positive), valid, answers["Sans objet"], answers[""]

    included = count("Je me suis senti·e inclus·e dans l'espace.")
    access = count("Mes besoins en matière d'accessibilité ont été satisfaits.")
    assert included == (28, 30, 0, 1) and access == (21, 28, 3, 0)
    rows = {
        row.cells[0].text: [c.text for c in row.cells]
        for row in docx.Document(str(docx_files["en"])).tables[0].rows
    }
    for label, (pos, valid, na, blank) in (
        ("I felt included", included),
        ("My accessibility needs were met", access),
    ):
        row = rows[label]
        assert row[2] == f"{pos}/{valid}"
        assert (row[5], row[6]) == (str(na), str(blank))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_pictures_carry_the_alt_text(docx_files, lang):
    document = docx.Document(str(docx_files[lang]))
    shapes = list(document.inline_shapes)
    assert len(shapes) == len(CHARTS)
    for shape, (name, png, alt) in zip(shapes, charts(lang), strict=True):
        description = shape._inline.docPr.get("descr")
        assert description and description == alt, name
        assert shape.width == WIDTH_EMU
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        assert document.part.related_parts[blip].blob == png


def test_docx_french_typography(docx_files):
    document = docx.Document(str(docx_files["fr"]))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"taux de réponse{NBSP}: 39{NBSP}%" in text
    assert f"«{NBSP}Accès en français{NBSP}»" not in text  # a label, not a quote
    assert f"«{NBSP}Le repas était excellent.{NBSP}»" in text
    assert "[caviardé]" in text and "[redacted]" not in text
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert f"93{NBSP}%" in cells and f"S.{NBSP}O." in cells
    # Word checks the spelling as Canadian French
    assert document.core_properties.language == "fr-CA"
    styles = zipfile.ZipFile(docx_files["fr"]).read("word/styles.xml").decode("utf-8")
    assert '<w:lang w:val="fr-CA"' in styles


def test_docx_is_deterministic(sections, tmp_path):
    from forum_eval.report.docx import write_docx

    write_docx(sections["fr"], tmp_path / "a.docx")
    write_docx(sections["fr"], tmp_path / "b.docx")
    a, b = (zipfile.ZipFile(tmp_path / name) for name in ("a.docx", "b.docx"))
    assert a.read("word/document.xml") == b.read("word/document.xml")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    assert "docProps/thumbnail.jpeg" not in a.namelist()  # python-docx's template's, not ours
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx"]  # no temp left


def test_docx_refuses_a_missing_folder(sections, tmp_path):
    from forum_eval.report.docx import write_docx

    with pytest.raises(InputError, match="does not exist"):
        write_docx(sections["en"], tmp_path / "missing" / "evaluation.en.docx")


# ---------------------------------------------------------------------------------- HTML


class Page(HTMLParser):
    """What the tests look at in a page: tags in order, attributes, text per heading."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[int, str]] = []
        self.text: list[str] = []
        self._heading: int | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = int(tag[1])
            self.headings.append((self._heading, ""))

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_html_is_accessible_and_self_contained(sections, lang):
    from forum_eval.report.html import render_html

    text = render_html(sections[lang])
    page = Page(text)
    assert page.all("html") == [{"lang": lang}]
    assert page.headings == EXPECTED_HEADINGS[lang]
    # every image: its alt text, and the very PNG, inline
    images = page.all("img")
    assert len(images) == len(CHARTS)
    for attrs, (name, png, alt) in zip(images, charts(lang), strict=True):
        assert attrs["alt"] and attrs["alt"] == alt, name
        src = attrs["src"] or ""
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.removeprefix("data:image/png;base64,")) == png
    # tables: a caption each, every th scoped (col in the head, row for the first cell)
    assert text.count("<table>") == len(page.all("caption")) == 2
    scopes = Counter(attrs.get("scope") for attrs in page.all("th"))
    assert set(scopes) == {"col", "row"} and scopes["row"] == 11 + 13  # items + themes
    # nothing to run, nothing to fetch
    assert not page.all("script") and not page.all("link") and not page.all("iframe")
    assert "http://" not in text and "https://" not in text
    if lang == "fr":
        body = "".join(page.text)
        assert f"taux de réponse{NBSP}: 39{NBSP}%" in body
        assert f"«{NBSP}Le repas était excellent.{NBSP}»" in body


def test_html_print_stylesheet():
    from forum_eval.report.html import STYLE

    (page_rule,) = re.findall(r"@page\s*\{[^}]*\}", STYLE)
    assert "margin" in page_rule and "size" not in page_rule  # Letter and A4 alike
    assert "max-width: 100%" in STYLE
    assert "break-inside: avoid" in STYLE


def test_planted_markup_is_escaped(summary_2019, comments_2019, tmp_path):
    """A comment (and an alt text) holding markup comes out as text, in HTML and in Word."""
    from forum_eval.report.docx import write_docx
    from forum_eval.report.html import write_html

    planted = "<script>alert('x')</script> & <b>bold</b>"
    theme = dataclasses.replace(comments_2019.themes[0], quotes=(planted,))
    comments = dataclasses.replace(comments_2019, themes=(theme, *comments_2019.themes[1:]))
    alt = 'A chart" onerror="alert(1)'
    name, png, _ = charts("en")[0]
    section = evaluation_section(summary_2019, "en", [(name, png, alt)], comments=comments)
    write_html(section, tmp_path / "page.html")
    text = (tmp_path / "page.html").read_text(encoding="utf-8")
    page = Page(text)
    assert not page.all("script") and not page.all("b")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;" in text
    assert f"“{planted}”" in "".join(page.text)  # read back as the very text
    (image,) = page.all("img")
    assert image["alt"] == alt and "onerror" not in image
    write_docx(section, tmp_path / "doc.docx")
    document = docx.Document(str(tmp_path / "doc.docx"))
    assert f"“{planted}”" in [p.text for p in document.paragraphs]
    assert document.inline_shapes[0]._inline.docPr.get("descr") == alt


def test_html_write_is_atomic(sections, tmp_path):
    from forum_eval.report.html import write_html

    target = tmp_path / "evaluation.en.html"
    target.write_text("old", encoding="utf-8")
    write_html(sections["en"], target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["evaluation.en.html"]
    with pytest.raises(InputError, match="does not exist"):
        write_html(sections["en"], tmp_path / "missing" / "page.html")


def test_comparison_section(summary_2019, tmp_path):
    """``--compare 2018``: the comparison heading, narrative, table and chart (both editions
    are synthetic or reconstructed samples, labelled as such in the data note)."""
    from forum_eval.analyse.compare import compare
    from forum_eval.report.html import render_html
    from tests.conftest import summarize_source

    earlier = summarize_source("2018", Options(surveys_dir=SURVEYS))
    comparison = compare([earlier, summary_2019])
    png = charts("en")[0][1]  # any PNG: the builder neither draws nor checks charts
    section = evaluation_section(
        summary_2019,
        "en",
        [
            ("agreement", png, "Agreement."),
            ("compare", png, "Dumbbell chart of 2018 and 2019. More."),
        ],
        comparison=comparison,
    )
    headings = [(b.level, b.text) for b in section.blocks if isinstance(b, Heading)]
    assert headings[-2:] == [(2, "Comparison of editions: 2018 → 2019"), (3, "2018 → 2019")]
    compare_figure = section.blocks.index(section.figures()[1])
    assert compare_figure > section.blocks.index(Heading("2018 → 2019", 3))
    assert section.figures()[1].caption == "Dumbbell chart of 2018 and 2019."
    table = [b for b in section.blocks if isinstance(b, Table)][-1]
    assert table.header[0] == "Item" and table.header[-1] == "Verdict"
    assert table.numeric == (False, *[True] * 7, False)
    notes = [b.text for b in section.blocks if isinstance(b, Note)]
    assert any(n.startswith("Change = % positive") for n in notes)
    assert Page(render_html(section)).headings[-1] == (3, "2018 → 2019")
    from forum_eval.report.docx import docx_bytes

    document = docx.Document(io.BytesIO(docx_bytes(section)))
    assert _headings(document)[-2:] == headings[-2:]


def test_comparison_sentences_use_the_confidence_of_the_comparison(tmp_path):
    """With ``--confidence 0.5`` the section's comparison sentences are the ones ``compare
    --confidence 0.5`` prints (its threshold, 0.5, in every "not under the … threshold"), not
    those of the default 0.05: the section called the narrative without the pair's alpha."""
    from forum_eval.analyse.compare import compare
    from tests.conftest import summarize_source

    options = Options(surveys_dir=SURVEYS, confidence=0.5)
    comparison = compare([summarize_source("2018", options), summarize_source("2019", options)])
    section = evaluation_section(comparison.summaries[-1], "en", [], comparison=comparison)
    bullets = [
        b.text for block in section.blocks if isinstance(block, BulletList) for b in block.items
    ]
    printed = CliRunner().invoke(
        app,
        [
            "compare",
            "2018",
            "2019",
            "--confidence",
            "0.5",
            "--format",
            "markdown",
            "--surveys-dir",
            str(SURVEYS),
            "--lang",
            "en",
        ],
    )
    assert printed.exit_code == 0, printed.output
    cli_lines = [line[2:] for line in printed.stdout.splitlines() if line.startswith("- ")]
    assert cli_lines and all(line in bullets for line in cli_lines)
    assert any("not under the 0.5 threshold" in line for line in cli_lines)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_comparison_table_on_a_landscape_page(summary_2019, lang):
    """The comparison table (Item, two editions, change, interval, p, p all levels, q,
    verdict) cannot fit the 6.5 in of a portrait page without breaking numbers ("0,/23",
    "(27/2/9)" were seen in LibreOffice): it gets a landscape page of its own (9 in of
    text), where every figure fits on one line by the estimate above; the pages before and
    after stay portrait."""
    from forum_eval.analyse.compare import compare
    from forum_eval.report.docx import docx_bytes
    from tests.conftest import summarize_source

    earlier = summarize_source("2018", Options(surveys_dir=SURVEYS))
    comparison = compare([earlier, summary_2019])
    section = evaluation_section(summary_2019, lang, [], comparison=comparison)
    document = docx.Document(io.BytesIO(docx_bytes(section)))
    wide = document.tables[-1]
    header = [cell.text for cell in wide.rows[0].cells]
    assert len(header) == 9 and header[-1] in ("Verdict",)
    orientation = docx.enum.section.WD_ORIENT
    pages = document.sections
    assert [p.orientation for p in pages] == [
        orientation.PORTRAIT,
        orientation.LANDSCAPE,
        orientation.PORTRAIT,
    ]
    assert (pages[1].page_width.inches, pages[1].page_height.inches) == (11, 8.5)
    # the table is in the landscape section: after the first section break, before the next
    body = list(document.element.body.iterchildren())
    breaks = [
        i for i, el in enumerate(body) if el.find(".//" + docx.oxml.ns.qn("w:sectPr")) is not None
    ]
    assert breaks[0] < body.index(wide._tbl) < breaks[1]
    grid = _grid(wide)
    assert sum(grid) == 9 * 1440
    widths = [twips / 1440 for twips in grid]
    rows = [[cell.text for cell in row.cells] for row in wide.rows[1:]]
    for c in range(1, 8):
        assert all(_fits(row[c], widths[c], FIGURE_CHAR_IN, lines=1) for row in rows), header[c]
    # the other tables stay on portrait pages at 6.5 in
    assert all(sum(_grid(table)) == TEXT_TWIPS for table in document.tables[:-1])


def test_png_size_reads_the_header():
    from forum_eval.report.html import png_size

    png = (REPORT / "agreement.en.png").read_bytes()
    width, height = struct.unpack(">II", png[16:24])
    # 1565 px before the event's name made the title two lines (+57 px: one 11 pt line at
    # 1.25 spacing, 300 dpi)
    assert png_size(png) == (width, height) == (1950, 1622)
    with pytest.raises(ValueError, match="not a PNG"):
        png_size(b"GIF89a" + png[6:])


def test_python_docx_is_imported_only_to_write():
    """Importing the writers (as `report` will) does not import python-docx."""
    code = (
        "import sys, forum_eval.report.docx, forum_eval.report.html, forum_eval.present.document\n"
        "assert 'docx' not in sys.modules, 'python-docx imported at module level'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_docx_short_tables_kept_on_one_page_long_ones_flow():
    from forum_eval.report.docx import KEEP_TOGETHER_ROWS, docx_bytes

    def keeps(rows: int) -> list[bool]:
        table = Table(
            "t", ("Item", "n"), tuple((f"item {i}", str(i)) for i in range(rows)), (False, True)
        )
        document = docx.Document(io.BytesIO(docx_bytes(Section("en", "T", (table,)))))
        return [
            bool(row.cells[0].paragraphs[0].paragraph_format.keep_with_next)
            for row in document.tables[0].rows
        ]

    assert keeps(3) == [True, True, True, False]
    assert not any(keeps(KEEP_TOGETHER_ROWS + 1))


#: the text width of the Word page (Letter, 1-inch margins) in twips (1,440 per inch)
TEXT_TWIPS = 9360
#: a wide estimate of a 9 pt glyph, in inches: bold header (DejaVu Serif Bold, LibreOffice's
#: stand-in for Cambria, measures 0.082–0.088 in a character on these headers), figure (a
#: DejaVu Serif digit: 0.080 in); and a cell's padding (Table Grid: 0.075 in a side) + slack
HEAD_CHAR_IN, FIGURE_CHAR_IN, PADDING_IN = 0.09, 0.08, 0.2


def _grid(table) -> list[int]:
    """The column widths of a python-docx table, in twips, as Word reads them."""
    qn = docx.oxml.ns.qn
    return [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def _fits(text: str, width_in: float, char_in: float, lines: int) -> bool:
    """Whether ``text`` takes at most ``lines`` lines in a cell ``width_in`` wide, broken at
    spaces (textwrap breaks at ASCII whitespace only: never at the NBSP of "100 %") and
    never inside a word."""
    import textwrap

    chars = int((width_in - PADDING_IN) / char_in + 0.01)  # a twip of rounding
    wrapped = textwrap.wrap(text, width=max(chars, 1), break_long_words=False)
    return len(wrapped) <= lines and all(len(line) <= chars for line in wrapped)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_tables_fill_the_text_width(docx_files, lang):
    """Every table is laid out at fixed widths that add up to the page's text width (the
    width of the charts); the header row repeats on each page; figures are right-aligned."""
    qn = docx.oxml.ns.qn
    document = docx.Document(str(docx_files[lang]))
    assert len(document.tables) == 2  # the figures, the comment themes
    for table in document.tables:
        grid = _grid(table)
        assert sum(grid) == TEXT_TWIPS
        properties = table._tbl.tblPr
        width = properties.find(qn("w:tblW"))
        assert (width.get(qn("w:type")), width.get(qn("w:w"))) == ("dxa", str(TEXT_TWIPS))
        assert properties.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        for r, row in enumerate(table.rows):
            assert (row._tr.trPr.find(qn("w:tblHeader")) is not None) == (r == 0)
            assert [cell.width.twips for cell in row.cells] == grid
            for c, cell in enumerate(row.cells):
                alignment = cell.paragraphs[0].alignment
                assert (alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT) == (c > 0)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_figures_never_wrap_and_labels_keep_room(docx_files, lang):
    """By a simple width estimate, every figure fits on one line of its column and no header
    word is cut; the statements' column keeps at least 2 in (about 30 characters a line)."""
    document = docx.Document(str(docx_files[lang]))
    for table in document.tables:
        widths = [twips / 1440 for twips in _grid(table)]
        header, *rows = [[cell.text for cell in row.cells] for row in table.rows]
        for c in range(1, len(header)):
            assert _fits(header[c], widths[c], HEAD_CHAR_IN, lines=len(header[c].split(" ")))
            assert all(_fits(row[c], widths[c], FIGURE_CHAR_IN, lines=1) for row in rows)
        assert widths[0] >= 2.0


def test_docx_french_figure_headers_take_two_lines(docx_files):
    """The French comment-themes table: "Personnes répondantes" and "% des personnes ayant
    commenté" each fit on two lines of their column (they took two and four lines when a
    figure column was as wide as its longest word, the themes' column 4.4 in of 6.5)."""
    document = docx.Document(str(docx_files["fr"]))
    themes = document.tables[1]
    header = [cell.text for cell in themes.rows[0].cells]
    assert header == ["Thème", "Personnes répondantes", "% des personnes ayant commenté"]
    widths = [twips / 1440 for twips in _grid(themes)]
    assert _fits(header[1], widths[1], HEAD_CHAR_IN, lines=2)
    assert _fits(header[2], widths[2], HEAD_CHAR_IN, lines=2)
    assert not _fits(header[2], widths[2], HEAD_CHAR_IN, lines=1)  # not a needless 3-in column


def test_docx_column_widths_by_hand():
    """A multi-select table as ``present.document`` builds it (French). Hand computation with
    the estimates above: "% des personnes" / "qui ont répondu" (15 characters a line, bold)
    15 × 0.09 + 0.2 = 1.55 in; "n" (one character) 0.09 + 0.2 = 0.29 in; the options take the
    rest, 6.5 − 1.55 − 0.29 = 4.66 in. A table of figures only spreads over the whole width."""
    from forum_eval.report.docx import column_widths

    share = "% des personnes qui ont répondu"
    rows = (("Opening plenary", f"60{NBSP}%", "6"), ("Other", f"20{NBSP}%", "2"))
    table = Table("Sessions", ("Option", share, "n"), rows, (False, True, True))
    assert column_widths(table) == pytest.approx([4.66, 1.55, 0.29])
    figures = Table("t", ("a", "b"), (("1", "22"),), (True, True))
    assert sum(column_widths(figures)) == pytest.approx(6.5)


# ------------------------------------------------------------------ multi-select questions


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_docx_and_html_show_a_multiselect_question(lang, tmp_path):
    """A checkbox question gets its own small table after the table of figures (option, %
    of the respondents who answered, n) and the note that the shares do not add up to 100 %.
    The file is SYNTHETIC (tests/data/multiselect/, Qualtrics shape); hand count with the csv
    module of its columns 8–12 ("Which sessions did you attend? - Selected Choice - …", the
    option's text or blank) under the three header rows: Opening plenary 6, Survivor-led
    workshop 6, Legal clinic 3, Closing panel 4, Other 2; 10 of the 12 ticked at least one."""
    from forum_eval.report.docx import write_docx
    from forum_eval.report.html import render_html
    from tests.conftest import summarize_source

    path = ROOT / "tests" / "data" / "multiselect" / "synthetic_qualtrics.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        _ids, header, _imports, *body = list(csv.reader(handle))
    options = [h.rsplit(" - ", 1)[1] for h in header[7:12]]
    ticks = {o: sum(1 for row in body if row[7 + k].strip()) for k, o in enumerate(options)}
    answered = sum(1 for row in body if any(cell.strip() for cell in row[7:12]))
    assert ticks == {
        "Opening plenary": 6,
        "Survivor-led workshop": 6,
        "Legal clinic": 3,
        "Closing panel": 4,
        "Other": 2,
    }
    assert (len(body), answered) == (12, 10)

    summary = summarize_source(str(path), Options(surveys_dir=SURVEYS))
    section = evaluation_section(summary, lang, [])
    write_docx(section, tmp_path / "evaluation.docx")
    document = docx.Document(str(tmp_path / "evaluation.docx"))
    title = "Questions with several answers" if lang == "en" else "Questions à plusieurs réponses"
    headings = _headings(document)
    assert (2, title) in headings
    assert headings.index((2, title)) > headings.index(
        (2, "Figures" if lang == "en" else "Chiffres")
    )
    figures, sessions = document.tables  # the items' table, then the question's
    rows = [[cell.text for cell in row.cells] for row in sessions.rows]
    share = "% of respondents who answered" if lang == "en" else "% des personnes qui ont répondu"
    assert rows[0] == ["Option", share, "n"]
    suffix = f"{NBSP}%" if lang == "fr" else "%"
    # most ticked first ("Other" last), % of the 10 who answered, rounded half up
    expected = [*sorted((o for o in ticks if o != "Other"), key=lambda o: -ticks[o]), "Other"]
    assert rows[1:] == [
        [o, f"{_positive_pct(ticks[o] / answered)}{suffix}", str(ticks[o])] for o in expected
    ]
    # the question is the table's caption, and its note follows it
    paragraphs = [p for p in document.paragraphs if p.text]
    captions = [p.text for p in paragraphs if p.style.name == "Caption"]
    assert captions[-1] == "Which sessions did you attend?"
    notes = [p.text for p in paragraphs if p.style.name == "Note"]
    if lang == "en":
        assert (
            "n = 10 respondents who ticked at least one option; 2 ticked none, left out of the "
            "percentages. Several answers were allowed: the shares do not add up to 100%."
        ) in notes
    else:
        assert (
            f"n = 10 personnes qui ont coché au moins une option{NBSP}; 2 n'en ont coché "
            f"aucune, hors des pourcentages. Plusieurs réponses étaient possibles{NBSP}: les "
            f"parts ne totalisent pas 100{NBSP}%."
        ) in notes
    # the web page: the same table, captioned by the question
    html = render_html(section)
    assert len(Page(html).all("caption")) == 2
    assert "<caption>Which sessions did you attend?</caption>" in html
    assert (
        f'<tr><th scope="row">Legal clinic</th><td class="num">30{suffix}</td>'
        '<td class="num">3</td></tr>'
    ) in html
    # the items' table keeps its one item (the questionnaire's statement, in ``lang``)
    organised = "The forum was well organised" if lang == "en" else "Le forum était bien organisé"
    assert [cell.text for cell in figures.columns[0].cells][1:] == [organised]
