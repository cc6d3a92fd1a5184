"""The web chat's picture upload.

- ``POST /chat/picture`` (the web chat's picture button, ``static/webchat_picture.js``):
  multipart ``picture`` (JPEG, PNG or WebP, at most ``PICTURE_MAX_BYTES``) and an
  optional ``text`` (the caption), with the chat cookie and the ``X-Hamroh-Chat``
  header like ``/chat/send``. The body is read in a stream and refused with 413 as soon
  as it passes the limit; a file that is not one of the three formats gets 415; an image
  whose header declares more than ``PICTURE_MAX_PIXELS`` pixels (a decompression bomb)
  gets 413 without being decoded. Accepted: the picture waits sealed in Redis for the
  worker (``bot.pictures.store``), which reads it and answers in the chat; 202.
The operator sees a case's pictures at ``/console/case/<ref>/picture/<id>``
(``bot.operators.console``).
"""

from __future__ import annotations

import io
import json
import logging
import uuid

from aiohttp import BodyPartReader, web

from bot import config, metrics
from bot.channels.webchat.chat import KEEP_ITEMS, KEEP_SECONDS
from bot.channels.webchat.visitors import _user
from bot.engine.model import Inbound
from bot.pictures import store
from bot.runtime import Runtime
from bot.storage import RedisError
from bot.storage.webchat import WebchatStore
from bot.web.ui import harden

log = logging.getLogger(__name__)

MAX_CAPTION = 2000
MAX_PARTS = 4
FORM_OVERHEAD = 64 * 1024  # multipart headers and the caption around the picture



def _refuse(status: int, error: str, **extra: object) -> web.Response:
    if status == 413:
        metrics.REFUSED.labels("web", "too_large").inc()
    return harden(web.json_response({"error": error, **extra}, status=status))


def header_pixels(data: bytes) -> int | None:
    """Width × height from the header alone (nothing is decoded); None when unreadable."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data), formats=("JPEG", "PNG", "WEBP")) as img:
            w, h = img.size
    except Image.DecompressionBombError:
        return 1 << 62
    except Exception:  # noqa: BLE001  any header Pillow cannot read: not a picture
        return None
    return w * h


def routes(app: web.Application, rt: Runtime) -> None:
    storage = rt.storage
    chat_store = WebchatStore(storage)

    async def upload(request: web.Request) -> web.Response:
        user = _user(request)
        if user is None or request.headers.get("X-Hamroh-Chat") != "1":
            return _refuse(403, "forbidden")
        limit = int(config.get("PICTURE_MAX_BYTES"))
        if (request.content_length or 0) > limit + FORM_OVERHEAD:
            return _refuse(413, "too large", max_bytes=limit)
        if not request.content_type.startswith("multipart/"):
            return _refuse(400, "bad request")
        picture: bytes | None = None
        caption = ""
        try:
            reader = await request.multipart()
            for _ in range(MAX_PARTS):
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    continue
                cap = limit if part.name == "picture" else MAX_CAPTION * 4
                buf = bytearray()
                while chunk := await part.read_chunk(65536):
                    buf += chunk
                    if len(buf) > cap:
                        return _refuse(413, "too large", max_bytes=limit)
                if part.name == "picture":
                    picture = bytes(buf)
                elif part.name == "text":
                    caption = buf.decode("utf-8", "replace")[:MAX_CAPTION]
        except ValueError:
            return _refuse(400, "bad request")
        if not picture:
            return _refuse(400, "no picture")
        if store.content_type(picture) is None:
            return _refuse(415, "not a picture", formats=["image/jpeg", "image/png", "image/webp"])
        pixels = header_pixels(picture)
        if pixels is None:
            return _refuse(415, "not a picture", formats=["image/jpeg", "image/png", "image/webp"])
        if pixels > int(config.get("PICTURE_MAX_PIXELS")):
            return _refuse(413, "too many pixels", max_pixels=int(config.get("PICTURE_MAX_PIXELS")))
        try:
            up = await store.put_upload(storage, picture)
            text = "🖼" + (" " + caption if caption.strip() else "")
            await chat_store.show(user, [json.dumps({"by": "me", "kind": "picture", "text": text}, ensure_ascii=False)],
                                  keep_items=KEEP_ITEMS, ttl=KEEP_SECONDS)
            await rt.inbox.accept(Inbound(channel="web", user=user, text=caption, media="photo", data={"up": up},
                                          message_id=uuid.uuid4().hex))
        except RedisError:
            metrics.ACCEPT_FAILURES.labels("web").inc()
            return _refuse(503, "unavailable")
        return harden(web.json_response({"ok": True}, status=202))

    app.router.add_post("/chat/picture", upload)
