"""Pictures: reading job ads from photos and screenshots (Tesseract OCR), bounded and safe.

A picture arrives as bytes (a Telegram file fetched with ``getFile``, an upload from the
web chat, a file given to ``python -m bot check-offer --image``) and goes through
``read_picture``:

1. **Bounded before decoding.** More than ``PICTURE_MAX_BYTES`` bytes is refused
   unread. Pillow opens only JPEG, PNG and WebP and reads just the header first; an
   image of more than ``PICTURE_MAX_PIXELS`` pixels is refused before a single pixel
   is decoded (a decompression bomb: a few kilobytes that decode to gigabytes), and
   Pillow's own bomb check stays on behind ours.
2. **Prepared** in memory: turned upright (EXIF), grey, a dark-theme screenshot
   inverted to dark text on light, small type enlarged (Tesseract wants letters at least
   ~20 pixels high).
3. **Recognised** with Tesseract through ``tesserocr`` (a maintained Cython binding of
   the C++ API: the image goes to Tesseract in memory, where ``pytesseract`` would write
   it to a temporary file on disk, unencrypted) in a worker thread, never on the event
   loop, with Tesseract's own time limit (``OCR_TIMEOUT_SECONDS``) and a limit on how many
   pictures one process reads at once (``OCR_CONCURRENCY``).

Nothing here writes a picture to disk or logs its text. The step is counted in the
metrics: ``hamroh_ocr_seconds`` (time per picture) and ``hamroh_ocr_failures_total``
(by reason).

If ``tesserocr`` or a language pack (Debian: ``tesseract-ocr-tgk``, ``-rus``, ``-eng``)
is missing, ``availability()`` says what is missing; start-up logs it once, the person
is told that pictures cannot be read on this server, and ``python -m bot check``
reports it.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prometheus_client import Counter, Histogram

from bot import config, metrics
from bot.config import Setting

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("PICTURE_MAX_BYTES", "5242880", "Largest picture (bytes) the bot reads: a Telegram photo or image document, a web chat upload. "
                                            "Larger ones are refused unread.", int),
    Setting("PICTURE_MAX_PIXELS", "20000000", "Largest picture (width × height) the bot decodes; checked from the header before decoding, "
                                              "so a decompression bomb is refused.", int),
    Setting("OCR_TIMEOUT_SECONDS", "20", "Time limit for reading the text of one picture (Tesseract stops there).", int),
    Setting("OCR_CONCURRENCY", "1", "Pictures one process reads at the same time (each in a worker thread; OCR takes a CPU core).", int),
    Setting("OCR_LANGUAGES", "tgk+rus+eng", "Tesseract language packs used to read pictures (Debian `tesseract-ocr-tgk`, `-rus`, `-eng`): "
                                            "ads mix Tajik, Russian and Latin words such as WhatsApp."),
    Setting("OCR_TAJIK_LANGUAGES", "tgk+eng", "Second reading of a picture whose text looks Tajik, kept when Tesseract is more confident "
                                              "in it (with Russian loaded it often reads ҳ қ ӯ ҷ as х к у ч). Unset: one reading only."),
    Setting("OCR_TESSDATA", "", "Folder with Tesseract's `*.traineddata`. Unset: `TESSDATA_PREFIX`, else Debian's "
                                "`/usr/share/tesseract-ocr/5/tessdata`."),
    Setting("CASE_PICTURES_MAX", "20", "Pictures kept (sealed) for the operator in one case; later ones reach the operator as text "
                                       "only.", int),
)

OCR_SECONDS = Histogram("hamroh_ocr_seconds", "Time to read the text of one picture (decode and OCR)",
                        buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30), registry=metrics.REGISTRY)
# reason: too_large, too_many_pixels, not_picture, broken, timeout, unavailable, failed
OCR_FAILURES = Counter("hamroh_ocr_failures_total", "Pictures whose text could not be read, by reason", ["reason"],
                       registry=metrics.REGISTRY)

FORMATS = ("JPEG", "PNG", "WEBP")
MIME = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
TESSDATA_DEFAULTS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata")
MIN_LETTER_PX = 28  # below this x-height-ish line height small type is enlarged
MAX_SIDE = 4000  # longer sides are reduced before OCR (time grows with the area; text stays readable)


class PictureError(Exception):
    """A picture that is not read; ``reason`` is one of the metric's reasons."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Reading:
    text: str
    seconds: float
    width: int
    height: int


def tessdata_dir() -> str | None:
    explicit = str(config.get("OCR_TESSDATA")).strip() or os.environ.get("TESSDATA_PREFIX", "").strip()
    candidates = (explicit,) if explicit else TESSDATA_DEFAULTS
    for c in candidates:
        if c and Path(c).is_dir():
            return c.rstrip("/") + "/"
    return None


def languages() -> list[str]:
    """Every language pack the readings use."""
    out: list[str] = []
    for setting in ("OCR_LANGUAGES", "OCR_TAJIK_LANGUAGES"):
        out += [x.strip() for x in str(config.get(setting)).split("+") if x.strip() and x.strip() not in out]
    return out


TAJIK_LETTERS = frozenset("ғӣқӯҳҷҒӢҚӮҲҶ")
# frequent Tajik words that Russian lacks (what the Tajik-letter-blind first reading still shows)
TAJIK_WORDS = frozenset({"дар", "ва", "барои", "аз", "бо", "мекунад", "кор", "маош", "нест", "шумо", "мо", "як", "ба", "то",
                         "хафта", "ҳафта", "пул", "сомонӣ", "сомони", "бе", "хизмат", "лозим"})


def looks_tajik(text: str) -> bool:
    if sum(ch in TAJIK_LETTERS for ch in text) >= 2:
        return True
    return sum(w.strip(".,!?:;()«»\"'").lower() in TAJIK_WORDS for w in text.split()) >= 3


def availability() -> str | None:
    """None when pictures can be read here; else what is missing, in one line (for logs and ``check``)."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return "pictures cannot be read: the Python package tesserocr is not installed (pip install tesserocr)"
    folder = tessdata_dir()
    if folder is None:
        return "pictures cannot be read: no Tesseract language data folder (install tesseract-ocr, or set OCR_TESSDATA)"
    missing = [lang for lang in languages() if not (Path(folder) / f"{lang}.traineddata").is_file()]
    if missing:
        pkgs = " ".join(f"tesseract-ocr-{m}" for m in missing)
        return f"pictures cannot be read: Tesseract language data missing in {folder}: {', '.join(missing)} (apt-get install {pkgs})"
    return None


_announced = False


def announce_once() -> str | None:
    """Log once per process when pictures cannot be read (start-up calls it)."""
    global _announced
    problem = availability()
    if problem and not _announced:
        log.warning("%s; people who send pictures are told so", problem)
    _announced = True
    return problem


# -- decoding, bounded ------------------------------------------------------------------------
def decode(data: bytes, *, max_bytes: int | None = None, max_pixels: int | None = None) -> PILImage:
    """The picture as a Pillow image, or PictureError. Size and pixel limits apply before decoding."""
    from PIL import Image, UnidentifiedImageError

    max_bytes = max_bytes if max_bytes is not None else int(config.get("PICTURE_MAX_BYTES"))
    max_pixels = max_pixels if max_pixels is not None else int(config.get("PICTURE_MAX_PIXELS"))
    if len(data) > max_bytes:
        raise PictureError("too_large")
    if not data:
        raise PictureError("not_picture")
    try:
        img = Image.open(io.BytesIO(data), formats=FORMATS)  # reads the header only
    except Image.DecompressionBombError:
        raise PictureError("too_many_pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise PictureError("not_picture") from None
    w, h = img.size
    if w <= 0 or h <= 0 or w * h > max_pixels:
        raise PictureError("too_many_pixels")
    try:
        img.load()
    except Image.DecompressionBombError:
        raise PictureError("too_many_pixels") from None
    except (OSError, ValueError, SyntaxError, MemoryError):
        raise PictureError("broken") from None
    return img


def prepare(img: PILImage) -> PILImage:
    """Upright, grey, dark text on light, letters large enough."""
    from PIL import ImageOps, ImageStat

    try:
        img = ImageOps.exif_transpose(img)
    except Exception:  # a broken EXIF block: the picture as it is
        pass
    grey = img.convert("L") if img.mode != "L" else img
    if ImageStat.Stat(grey).mean[0] < 110:  # a dark theme: light letters on dark
        grey = ImageOps.invert(grey)
    w, h = grey.size
    if max(w, h) > MAX_SIDE:
        k = MAX_SIDE / max(w, h)
        grey = grey.resize((max(1, int(w * k)), max(1, int(h * k))))
    elif max(w, h) <= 1200:  # a small screenshot or photo: small type is read better enlarged
        grey = grey.resize((w * 2, h * 2))
    return grey


# -- OCR in worker threads ---------------------------------------------------------------------
_local = threading.local()
_executor: ThreadPoolExecutor | None = None
_semaphores: dict[int, asyncio.Semaphore] = {}  # per event loop (a semaphore belongs to one loop)
_lock = threading.Lock()


def _api(langs: str) -> Any:  # a tesserocr.PyTessBaseAPI (tesserocr has no type information)
    """One Tesseract instance per worker thread and language set (loading the models takes ~0.2 s)."""
    import tesserocr

    apis = getattr(_local, "apis", None)
    if apis is None:
        apis = _local.apis = {}
    api = apis.get(langs)
    if api is None:
        # one block of text: an ad is one. Tesseract's automatic layout analysis split a slightly
        # turned photo of a flyer into columns and lost most of it (bench/ocr.py, "photo":
        # 85 % characters against 99 % as one block; flyers and screenshots read the same either way)
        api = apis[langs] = tesserocr.PyTessBaseAPI(path=tessdata_dir() or "./", lang=langs, psm=tesserocr.PSM.SINGLE_BLOCK)
    return api


def _recognise(grey: PILImage, langs: str, deadline: float) -> tuple[str, int]:
    """(text, mean confidence 0-100) of one reading; PictureError("timeout") past the deadline."""
    api = _api(langs)
    left_ms = int((deadline - time.perf_counter()) * 1000)
    if left_ms <= 0:
        raise PictureError("timeout")
    api.SetImage(grey)
    try:
        if not api.Recognize(timeout=left_ms):
            raise PictureError("timeout")
        return api.GetUTF8Text() or "", int(api.MeanTextConf())
    finally:
        api.Clear()


def read_sync(data: bytes, *, timeout: float | None = None) -> Reading:
    """Decode and recognise in the calling thread (the CLI and the bench; the server uses ``read``)."""
    problem = availability()
    if problem:
        OCR_FAILURES.labels("unavailable").inc()
        raise PictureError("unavailable")
    started = time.perf_counter()
    try:
        img = decode(data)
        w, h = img.size
        grey = prepare(img)
        deadline = started + (timeout if timeout is not None else float(config.get("OCR_TIMEOUT_SECONDS")))
        text, conf = _recognise(grey, str(config.get("OCR_LANGUAGES")), deadline)
        tajik = str(config.get("OCR_TAJIK_LANGUAGES")).strip()
        if tajik and looks_tajik(text):
            try:
                text2, conf2 = _recognise(grey, tajik, deadline)
                if conf2 > conf:
                    text = text2
            except PictureError:
                pass  # out of time for the second reading: the first stands
    except PictureError as exc:
        OCR_FAILURES.labels(exc.reason).inc()
        raise
    except Exception:
        OCR_FAILURES.labels("failed").inc()
        log.exception("reading a picture failed")
        raise PictureError("failed") from None
    seconds = time.perf_counter() - started
    OCR_SECONDS.observe(seconds)
    return Reading(tidy(text), seconds, w, h)


def _pool() -> tuple[ThreadPoolExecutor, asyncio.Semaphore]:
    global _executor
    with _lock:
        n = max(1, int(config.get("OCR_CONCURRENCY")))
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=n, thread_name_prefix="ocr")
        loop = id(asyncio.get_running_loop())
        sem = _semaphores.get(loop)
        if sem is None:
            sem = _semaphores[loop] = asyncio.Semaphore(n)
        return _executor, sem


async def read(data: bytes) -> Reading:
    """``read_sync`` in a worker thread, never on the event loop; PictureError when not read."""
    executor, sem = _pool()
    limit = float(config.get("OCR_TIMEOUT_SECONDS"))
    async with sem:
        fut = asyncio.get_running_loop().run_in_executor(executor, read_sync, data)
        try:
            # Tesseract stops itself at the limit; this only guards against a thread that never returns
            return await asyncio.wait_for(fut, limit + 10)
        except TimeoutError:
            OCR_FAILURES.labels("timeout").inc()
            raise PictureError("timeout") from None


def tidy(text: str) -> str:
    """Recognised text with blank runs folded and stray lines of one or two symbols dropped."""
    lines = []
    for line in text.replace("\x0c", "").splitlines():
        line = " ".join(line.split())
        if sum(ch.isalnum() for ch in line) >= 2 or (line and any(ch.isdigit() for ch in line)):
            lines.append(line)
        elif lines and lines[-1] != "":
            lines.append("")
    return "\n".join(lines).strip()


def words(text: str) -> int:
    """Words of three letters or more: how much readable text there is."""
    n = 0
    for w in text.split():
        if sum(ch.isalpha() for ch in w) >= 3:
            n += 1
    return n


def short(text: str, limit: int = 600) -> str:
    """The recognised text cut at a word for a short preview."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    at = max(cut.rfind(" "), cut.rfind("\n"))
    return (cut[:at] if at > limit // 2 else cut).rstrip() + " …"
