"""Pictures in the conversation: read before the engine sees the message, answered kindly.

Two halves, like the other plugins:

- ``prepare`` (the plugin's preparer, ``bot.pictures.plugin``: in the worker, before the engine
  step): a Telegram photo or image document, or a web chat upload, is fetched (Telegram:
  ``getFile``, then the file URL python-telegram-bot builds from the base file URL that
  follows ``TELEGRAM_API_BASE_URL``; a web upload: taken out of Redis, where it waited
  sealed), size-limited while it is downloaded, and read (``bot.pictures.read``: bounded,
  in a worker thread). The message goes on to the engine with the caption and the
  recognised text joined as its text, and ``data`` telling how the reading went
  (``picture``: ok | unavailable | too_large | too_many_pixels | not_picture | broken |
  timeout | failed; ``ocr``: the recognised text; ``caption``). While the person has an
  open case the picture itself is sealed into the case for the operator (``pic``: its id),
  and the handover's relay passes it on; otherwise nothing of it is kept.
- ``picture`` (an engine ``before`` hook, after the handover's relay): says that the text
  was read from a picture and shows what was recognised (Telegram: a collapsed quote),
  then gives it to the job-ad scanner (``offer.scanned``); a picture without a readable
  ad, one that is refused, or a server that cannot read pictures gets a kind answer
  saying what to send instead.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

import aiohttp

from bot import config, pictures
from bot.engine.ctx import Ctx
from bot.engine.model import Inbound, State
from bot.engine.registry import Parts
from bot.i18n import N_
from bot.pictures import short, store, words
from bot.pipeline.processor import Processor

PARTS = Parts()  # this subsystem's actions, hooks, events and setups (its plugin carries them)

log = logging.getLogger(__name__)

SCANNED = "offer.scanned"
MIN_WORDS = 6  # words of 3+ letters below which a picture holds no readable ad
IMAGE_MIMES = ("image/jpeg", "image/png", "image/webp")

READ_TITLE = N_("I read this text from your picture (check that it was read correctly):")
READ_CAPTION_ONLY = N_("I could not read text in the picture itself, so I checked the words you wrote with it.")
NO_AD = N_("I could not find the text of a job ad in this picture. If it is an ad, send a sharper photo or a screenshot where the text is "
           "straight and not too small, or copy the text of the ad and send it to me.")
UNAVAILABLE = N_("Pictures cannot be read on this server. If it is a job ad, copy its text and send it to me, or forward the message that "
                 "has the text.")
TOO_LARGE = N_("This picture is too large for me to read (at most {mb} MB). Please send a smaller photo or a screenshot, or copy the text "
               "of the ad.")
NOT_PICTURE = N_("I can only read pictures in JPEG, PNG or WebP format. Please send a photo or a screenshot, or copy the text of the ad.")
NOT_READ = N_("I could not read this picture. Please try again with a screenshot, or copy the text of the ad and send it to me.")

REFUSAL = {"too_large": TOO_LARGE, "too_many_pixels": TOO_LARGE, "not_picture": NOT_PICTURE, "broken": NOT_PICTURE,
           "timeout": NOT_READ, "failed": NOT_READ, "unavailable": UNAVAILABLE}


def joined(caption: str, text: str) -> str:
    """What the scanner reads: the person's caption, then the picture's text with its line
    breaks folded (they are the picture's layout, not the ad's sentences: "Зарплата от" at the
    end of one line and "3500$" on the next are one phrase to the scanner's patterns), and a
    word hyphenated across lines put together again."""
    text = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text.strip())
    text = " ".join(text.split())
    return "\n\n".join(p for p in (caption.strip(), text) if p)[:4000]


def is_picture(inbound: Inbound) -> bool:
    if inbound.channel == "web":
        return bool(inbound.data.get("up"))
    if inbound.channel != "tg" or not inbound.data.get("file_id"):
        return False
    if inbound.media == "photo":
        return True
    return inbound.media == "document" and str(inbound.data.get("mime", "")) in IMAGE_MIMES


# -- the engine side -----------------------------------------------------------------------------
@PARTS.hook("before", order=20)
def picture(ctx: Ctx) -> bool:
    """A picture's answer (while a case is open the relay, order 10, has passed it on)."""
    d = ctx.inbound.data
    status = d.get("picture")
    if not status or ctx.inbound.channel not in ("tg", "web"):
        return False
    caption, ocr = str(d.get("caption") or ""), str(d.get("ocr") or "")
    has_scanner = ctx.engine.flows.get(SCANNED) is not None
    if status == "ok" and words(ocr) >= MIN_WORDS:
        ctx.say(short(ocr), title=ctx._(READ_TITLE), kind="ocr")
        if has_scanner:
            ctx.enter(SCANNED)
            return True
        ctx.show_current()
        return True
    if words(caption) >= MIN_WORDS and has_scanner:  # the caption holds the ad
        ctx.say(ctx._(READ_CAPTION_ONLY))
        ctx.enter(SCANNED)
        return True
    ctx.say(ctx._(REFUSAL.get(status, NO_AD), mb=_mb()))
    ctx.show_current()
    return True


def _mb() -> str:
    return f"{int(config.get('PICTURE_MAX_BYTES')) / 1048576:.1f}".removesuffix(".0")


# -- the worker side ---------------------------------------------------------------------------
class Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def download(url: str, limit: int, *, timeout: float = 30.0) -> bytes:
    """The file at ``url``, refused (``too_large``) as soon as it passes ``limit`` bytes.
    (The URL holds the bot token: it is never logged.)"""
    buf = bytearray()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session, session.get(url) as resp:
        if resp.status != 200:
            raise Refused("failed")
        if (resp.content_length or 0) > limit:
            raise Refused("too_large")
        async for chunk in resp.content.iter_chunked(65536):
            buf += chunk
            if len(buf) > limit:
                raise Refused("too_large")
    return bytes(buf)


async def fetch(proc: Any, inbound: Inbound) -> bytes:
    """The picture's bytes (Refused with a reason when it cannot or may not be fetched)."""
    limit = int(config.get("PICTURE_MAX_BYTES"))
    if inbound.channel == "web":
        data = await store.take_upload(proc.storage, str(inbound.data.get("up")))
        if data is None:
            raise Refused("failed")  # expired or never there
        return data
    size = inbound.data.get("size")
    if isinstance(size, int) and size > limit:
        raise Refused("too_large")
    channel = proc.services.get("telegram")
    if channel is None:
        raise Refused("failed")
    from telegram.error import TelegramError

    try:
        tg_file = await channel.bot.get_file(str(inbound.data["file_id"]))
    except (TelegramError, TimeoutError) as exc:
        log.warning("getFile failed (%s)", type(exc).__name__)
        raise Refused("too_large" if "too big" in str(exc).lower() else "failed") from None
    if tg_file.file_size and tg_file.file_size > limit:
        raise Refused("too_large")
    url = str(tg_file.file_path or "")
    if not url.startswith(("http://", "https://")):
        raise Refused("failed")
    try:
        return await download(url, limit)
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("picture download failed (%s)", type(exc).__name__)
        raise Refused("failed") from None


async def prepare(proc: Processor, inbound: Inbound, state: State) -> Inbound:
    if not is_picture(inbound):
        return inbound
    data = {k: v for k, v in inbound.data.items() if k not in ("file_id", "up", "size", "mime")}
    caption = inbound.text
    text = ""
    unavailable = pictures.availability() is not None
    raw: bytes | None = None
    status = "unavailable" if unavailable else "ok"
    if state.case or not unavailable:
        try:
            raw = await fetch(proc, inbound)
        except Refused as exc:
            status = exc.reason
            pictures.OCR_FAILURES.labels(exc.reason).inc()
    if raw is not None and not unavailable:
        try:
            text = (await pictures.read(raw)).text
        except pictures.PictureError as exc:
            status = exc.reason
    if (raw is not None and state.case and status not in ("too_large", "too_many_pixels", "not_picture", "broken")
            and store.content_type(raw)):
        pic = await store.keep_for_case(proc.storage, state.case, raw)
        if pic:
            data["pic"] = pic
    raw = None  # (not kept past this point unless sealed into the case above)
    data.update(picture=status, ocr=text[:4000], caption=caption)
    log.info("picture: %s, %d characters read", status, len(text))  # never the text
    return dataclasses.replace(inbound, text=joined(caption, text), forwarded=bool(text) or inbound.forwarded, data=data)


async def forget(proc: Processor, user: str) -> None:
    """"Forget me": the pictures of the person's open case go too (closed cases' pictures go
    with their anonymisation)."""
    await store.drop_person(proc.storage, user)
