"""The evaluation page in a real browser: Debian's chromium, headless (issue 16, part 2).

The page of the 2019 sample edition (a *reconstruction* consistent with the published figures,
not the real forms) is opened three times — a screenshot, then printed to PDF on Letter and on
A4 (a CSS ``@page { size: … }`` injected for the test; the page itself sets margins only) —
and a control page once. What is checked, and how:

- it loads with no console message: Chrome's log (``--enable-logging=stderr --v=0``) carries
  every console message as ``CONSOLE`` lines, uncaught errors and CSP refusals included;
- every image is decoded: Chrome embeds each image it decoded in the PDF as an image XObject
  of its pixel size holding its pixels (Flate-compressed RGB); each chart's must equal, pixel
  for pixel, the PNG as Pillow decodes it. An image that fails to decode leaves no such object
  (a broken-image icon at most), a partly decoded one other pixels. No JavaScript is needed;
- the control page proves both checks can fail: a truncated PNG (drawn in part by Chrome) gives
  other pixels, and a planted ``<script>``, refused by the page's Content-Security-Policy, logs
  a CONSOLE line;
- the screenshot is a 1200 × 2000 PNG that is not blank; both PDFs have the page size asked
  for, and their page counts (printed) are within one of each other.

Skips only when chromium is absent (``.ci/run`` installs it with apt-get when it can).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from forum_eval.present.document import Figure, Paragraph, Section, evaluation_section
from forum_eval.report.html import png_size, render_html
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed and could not be (.ci/run runs "
    "`apt-get install -y chromium`; install it by hand: apt-get update && apt-get install -y "
    "chromium)",
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
)
REPORT = ROOT / "reports" / "2019"
CHARTS = ("agreement", "shares", "expertise", "themes")
#: PDF page sizes in points (1/72 in), rounded
SIZES = {"letter": (612, 792), "A4": (595, 842)}


def chromium(tmp: Path, name: str, page: Path, *action: str) -> str:
    """Run chromium on ``page`` with a new empty profile; its log (stderr)."""
    profile = tmp / f"profile-{name}"
    profile.mkdir()
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *action, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stderr


def console_lines(log: str) -> list[str]:
    return [
        line
        for line in log.splitlines()
        if ":CONSOLE" in line or "Uncaught" in line or "Failed to load" in line
    ]


def pdf_images(pdf: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, RGB samples) of every Flate-compressed image XObject of a PDF. Chrome
    writes their dictionaries uncompressed (``/Subtype /Image /Width 1950 /Height 1736
    /ColorSpace … /Filter /FlateDecode /Length …>> stream``)."""
    images = []
    pattern = rb"/Subtype\s*/Image\s*/Width\s+(\d+)\s*/Height\s+(\d+)(.*?)/Length\s+(\d+)\s*>>\s*stream\r?\n"
    for match in re.finditer(pattern, pdf, re.S):
        if b"/FlateDecode" not in match[3]:
            continue
        stream = pdf[match.end() : match.end() + int(match[4])]
        images.append((int(match[1]), int(match[2]), zlib.decompress(stream)))
    return images


def rgb(png: bytes) -> tuple[int, int, bytes]:
    """The PNG decoded by Pillow: (width, height, RGB samples)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return (*image.size, image.convert("RGB").tobytes())


def page_count(pdf: Path) -> int:
    """pdfinfo's page count when poppler is installed, else the /Type /Page objects."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


def media_boxes(pdf: bytes) -> set[tuple[int, int]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    return {(round(float(w)), round(float(h))) for w, h in boxes}


def with_page_size(html: str, size: str) -> str:
    return html.replace("</style>", f"@page {{ size: {size}; }}\n</style>", 1)


@pytest.fixture(scope="module")
def page_fr(summary_2019, tmp_path_factory) -> tuple[Path, str]:
    charts = [
        (
            name,
            (REPORT / f"{name}.fr.png").read_bytes(),
            (REPORT / f"{name}.fr.alt.txt").read_text(encoding="utf-8").rstrip("\n"),
        )
        for name in CHARTS
    ]
    folder = tmp_path_factory.mktemp("browser")
    html = render_html(evaluation_section(summary_2019, "fr", charts))
    (folder / "evaluation.fr.html").write_text(html, encoding="utf-8")
    return folder, html


def test_screenshot_and_print(page_fr):
    from PIL import Image

    folder, html = page_fr
    shot = folder / "shot.png"
    logs = [
        chromium(
            folder,
            "shot",
            folder / "evaluation.fr.html",
            f"--screenshot={shot}",
            "--window-size=1200,2000",
        )
    ]
    with Image.open(shot) as image:
        assert image.size == (1200, 2000)
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        colours = len(image.convert("RGB").getcolors(maxcolors=1 << 20) or ())
    assert dark > 1200 * 2000 // 100, "the screenshot is (nearly) blank"
    assert colours > 50, "the screenshot is (nearly) blank"

    expected = {name: rgb((REPORT / f"{name}.fr.png").read_bytes()) for name in CHARTS}
    counts = {}
    for size, box in SIZES.items():
        page = folder / f"print-{size}.html"
        page.write_text(with_page_size(html, size), encoding="utf-8")
        pdf = folder / f"print-{size}.pdf"
        logs.append(chromium(folder, size, page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer"))
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        assert media_boxes(data) == {box}, f"{size}: the page size was not applied"
        decoded = pdf_images(data)
        missing = [name for name, image in expected.items() if image not in decoded]
        assert not missing, f"{size}: not decoded, or not pixel for pixel: {missing}"
        counts[size] = page_count(pdf)
    print(f"pages printed: Letter {counts['letter']}, A4 {counts['A4']}")
    assert min(counts.values()) >= 2
    assert abs(counts["letter"] - counts["A4"]) <= 1, counts
    for log in logs:
        assert console_lines(log) == []


def test_control_page_fails_both_checks(tmp_path):
    """A truncated PNG is not decoded (no XObject of its size) and a planted script is
    refused with a console line: the checks above can fail."""
    png = (REPORT / "expertise.en.png").read_bytes()
    broken = png[:3000]  # the header (and so the size) intact, most of the data gone
    assert png_size(broken) == png_size(png)
    section = Section(
        "en",
        "Control page",
        (Paragraph("A broken image follows."), Figure("broken", broken, "Broken", "Broken")),
    )
    html = render_html(section).replace("</main>", "<script>document.title = 'x';</script></main>")
    page = tmp_path / "control.html"
    page.write_text(html, encoding="utf-8")
    pdf = tmp_path / "control.pdf"
    log = chromium(tmp_path, "control", page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    (width, height, samples) = rgb(png)
    shown = [image for image in pdf_images(pdf.read_bytes()) if image[:2] == (width, height)]
    # Chrome draws what it could decode of a truncated PNG (its top rows): same size, other
    # pixels; the check above compares the pixels
    assert shown and all(image[2] != samples for image in shown)
    assert any("Content Security Policy" in line for line in console_lines(log)), log[-2000:]
