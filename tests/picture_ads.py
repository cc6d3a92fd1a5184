"""Job ads rendered as pictures, as recruiters post them: a printed flyer and a phone
screenshot (dark chat theme, emoji, small type). Pillow with DejaVu Sans, which covers
the Tajik letters ғ ӣ қ ӯ ҳ ҷ (Debian ``fonts-dejavu-core``, installed by ``scripts/test``).
Shared by the tests and ``bench/ocr.py``."""

from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts")
ADS = Path(__file__).resolve().parent / "data" / "ads.jsonl"
TAJIK = "ғӣқӯҳҷ"


def font_path(bold: bool = False) -> str | None:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.is_file():
            return str(p)
    return None


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = font_path(bold)
    if path is None:
        raise RuntimeError("DejaVu Sans not found: apt-get install fonts-dejavu-core")
    return ImageFont.truetype(path, size)


def ads(lang: str | None = None, script: str = "cyrl") -> list[dict]:
    rows = [json.loads(line) for line in ADS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("script", "cyrl") == script and (lang is None or r["lang"] == lang)]


def _png(img: Image.Image, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, quality=88) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def flyer(text: str, *, fmt: str = "PNG") -> bytes:
    """A printed announcement: black on white, a bold header line, 30 px type."""
    f, head = font(30), font(38, bold=True)
    lines = textwrap.wrap(text, 46)
    img = Image.new("RGB", (1000, 140 + 44 * len(lines)), "white")
    d = ImageDraw.Draw(img)
    d.text((40, 30), "★ ВАКАНСИЯ ★", font=head, fill=(180, 0, 0))
    for i, line in enumerate(lines):
        d.text((40, 100 + 44 * i), line, font=f, fill="black")
    return _png(img, fmt)


def screenshot(text: str, *, fmt: str = "PNG") -> bytes:
    """A phone screenshot of a channel post: 720 px wide, dark theme, light small type (17 px),
    a status bar, the channel's name, emoji-like symbols and the time under the bubble."""
    small, tiny, name = font(17), font(13), font(18, bold=True)
    lines = textwrap.wrap("⚡ " + text + " ✈", 62)
    h = 170 + 24 * len(lines)
    img = Image.new("RGB", (720, h), (14, 22, 33))
    d = ImageDraw.Draw(img)
    d.text((20, 8), "12:45", font=tiny, fill=(200, 200, 200))
    d.text((630, 8), "▮▮▮ 87%", font=tiny, fill=(200, 200, 200))
    d.rectangle((0, 30, 720, 80), fill=(23, 33, 43))
    d.text((70, 42), "Кор дар хориҷа | Работа ☎", font=name, fill=(255, 255, 255))
    d.ellipse((14, 38, 54, 78), fill=(80, 130, 200))
    d.rounded_rectangle((16, 96, 704, 120 + 24 * len(lines)), radius=14, fill=(24, 37, 51))
    for i, line in enumerate(lines):
        d.text((30, 106 + 24 * i), line, font=small, fill=(232, 236, 240))
    d.text((620, 124 + 24 * len(lines) - 18), "👁 1.2K 14:02", font=tiny, fill=(110, 130, 150))
    return _png(img, fmt)


def photo(text: str) -> bytes:
    """A phone photo of the printed flyer: a little turned, soft, on greyish paper under uneven
    light, with sensor noise, smaller, and saved as a strongly compressed JPEG."""
    import random

    from PIL import ImageFilter

    rng = random.Random(len(text))
    img = Image.open(io.BytesIO(flyer(text))).convert("L")
    img = img.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    w, h = img.size
    light = Image.linear_gradient("L").resize((w, h)).point(lambda v: 200 + v // 5)  # darker at the top
    img = Image.composite(img, light, img.point(lambda v: 255 if v < 200 else 0))
    img = img.filter(ImageFilter.GaussianBlur(1.1)).resize((int(w * 0.75), int(h * 0.75)))
    noise = Image.effect_noise(img.size, 18)
    img = Image.blend(img, noise, 0.12)
    return _jpeg(img.convert("RGB"), 55)


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def blank_photo() -> bytes:
    """A photo without text (a landscape in flat colours)."""
    img = Image.new("RGB", (800, 600), (120, 170, 230))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 380, 800, 600), fill=(60, 140, 60))
    d.ellipse((600, 60, 700, 160), fill=(250, 220, 80))
    return _png(img, "JPEG")


def bomb(side: int = 30000) -> bytes:
    """A decompression bomb: a PNG of side × side pixels (900 million at 30000) in a few hundred KB."""
    img = Image.new("1", (side, side), 0)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()
