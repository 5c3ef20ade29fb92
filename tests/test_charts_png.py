"""PNG writing (chartstyle.encode_png / png_bytes): what the file holds, that it decodes to
the drawn pixels, and that the same pixels always give the same bytes."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from forum_eval.present import charts
from forum_eval.present import chartstyle as cs


def chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(tag, payload) of every chunk, checking each CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag, payload = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(tag + payload)
        out.append((tag, payload))
        pos += 12 + length
    return out


def decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGBA"))


def flat_image(colours: int, height: int = 40, width: int = 64) -> np.ndarray:
    """An opaque image with exactly ``colours`` distinct colours, each on whole rows."""
    rng = np.random.default_rng(7)
    table = rng.choice(1 << 24, size=colours, replace=False)
    rgb = np.stack([(table >> s) & 0xFF for s in (0, 8, 16)], axis=1).astype(np.uint8)
    pixels = np.full((height, width, 4), 255, dtype=np.uint8)
    flat = pixels.reshape(-1, 4)
    flat[:, :3] = rgb[np.arange(height * width) % colours]
    return pixels


def test_palette_png_is_exact_opaque_and_plain() -> None:
    pixels = flat_image(200)
    data = cs.encode_png(pixels)
    tags = [tag for tag, _ in chunks(data)]
    assert tags == [b"IHDR", b"PLTE", b"pHYs", b"IDAT", b"IEND"]  # no text, time or tRNS
    ihdr = dict(chunks(data))[b"IHDR"]
    width, height, depth, colour_type = struct.unpack(">IIBB", ihdr[:10])
    assert (width, height, depth, colour_type) == (64, 40, 8, 3)
    assert (decode(data) == pixels).all()
    phys = dict(chunks(data))[b"pHYs"]
    assert struct.unpack(">IIB", phys) == (11811, 11811, 1)  # 300 dpi in pixels a metre
    assert data == cs.encode_png(pixels.copy())


def test_many_colours_are_written_as_rgb_exactly() -> None:
    pixels = flat_image(2000, height=64, width=64)
    data = cs.encode_png(pixels)
    ihdr = dict(chunks(data))[b"IHDR"]
    assert ihdr[9] == 2  # RGB: opaque, so no alpha channel
    assert b"PLTE" not in [tag for tag, _ in chunks(data)]
    assert (decode(data) == pixels).all()


def test_a_few_rare_colours_beyond_256_move_only_slightly() -> None:
    """Anti-aliasing adds a handful of rare colours: they take the nearest palette colour
    when it is close (PALETTE_MAX_ERROR) and few pixels change (PALETTE_MAX_CHANGED)."""
    pixels = np.full((200, 200, 4), 255, dtype=np.uint8)
    flat = pixels.reshape(-1, 4)
    for i in range(255):  # white and 255 common colours, 100 pixels each
        flat[i * 100 : (i + 1) * 100, :3] = (i, 0, 255 - i)
    flat[39000:39003, :3] = [(3, 1, 250), (100, 2, 156), (200, 0, 57)]  # rare, close to some
    data = cs.encode_png(pixels)
    assert dict(chunks(data))[b"IHDR"][9] == 3
    diff = np.abs(decode(data).astype(int) - pixels.astype(int))
    assert diff.max() <= cs.PALETTE_MAX_ERROR
    assert (diff.max(axis=2) > 0).sum() == 3
    # a rare colour far from every palette colour: RGB, exact
    flat[39000, :3] = (0, 255, 0)
    data = cs.encode_png(pixels)
    assert dict(chunks(data))[b"IHDR"][9] == 2 and (decode(data) == pixels).all()


def test_transparent_pixels_keep_their_alpha() -> None:
    pixels = flat_image(10)
    pixels[0, :5, 3] = 0
    data = cs.encode_png(pixels)
    assert dict(chunks(data))[b"IHDR"][9] == 6  # RGBA only when needed
    assert (decode(data) == pixels).all()


@pytest.mark.parametrize("plot", [charts.plot_agreement, charts.plot_expertise])
def test_chart_png_decodes_to_the_drawn_pixels(summary_2019, plot) -> None:
    drawn = cs.render_rgba(plot(summary_2019, lang="en")).copy()
    data = cs.png_bytes(plot(summary_2019, lang="en"))
    assert dict(chunks(data))[b"IHDR"][9] == 3  # a palette PNG: few colours
    assert (drawn[..., 3] == 255).all()
    assert (decode(data) == drawn).all()


def test_png_bytes_draws_on_white_at_300_dpi_and_restores_the_figure() -> None:
    fig = cs.new_figure(1.0)
    fig.set_dpi(100)
    fig.set_facecolor("black")
    data = cs.png_bytes(fig)
    width, height = struct.unpack(">II", dict(chunks(data))[b"IHDR"][:8])
    assert (width, height) == (1950, 300)
    assert (decode(data) == 255).all()  # an empty chart is white, opaque
    assert fig.dpi == 100 and fig.get_facecolor() == (0.0, 0.0, 0.0, 1.0)
