"""A fake Telegram Bot API server on loopback, for the real python-telegram-bot client.

Point ``TELEGRAM_API_BASE_URL`` at ``fake.base_url`` (``http://127.0.0.1:<port>/bot``);
PTB appends the token and calls ``/bot<token>/<method>`` as it would on Telegram.

- ``calls``: every request, in order, as ``Call(method, params)`` with the form
  parameters decoded (``reply_markup`` and other JSON values parsed).
- ``fail(method, status, times=..., retry_after=..., description=...)``: the next
  ``times`` calls of ``method`` get that error (429 with ``retry_after``, 403
  "bot was blocked by the user", 400, 5xx) instead of success.
- ``push_update(update)``: queued for ``getUpdates`` (long polling honours
  ``offset`` and ``timeout`` like Telegram: updates below the offset are confirmed
  and dropped).
- ``is_forum`` / chats: ``getChat`` answers ``is_forum`` for the operators' group.
- files: ``add_file(data)`` keeps bytes and returns a ``file_id``; ``getFile`` answers its
  ``file_path`` (and ``file_size``) and ``GET /file/bot<token>/<file_path>`` serves the bytes,
  as the Bot API does; ``downloads`` counts those GETs. Uploads (``sendPhoto`` with a file)
  arrive as multipart and are kept in the call's params as ``{"filename", "bytes"}``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSON_FIELDS = {"reply_markup", "link_preview_options", "allowed_updates", "message_ids", "reply_parameters",
               "entities", "caption_entities", "commands", "scope"}
TOKEN = "123456:TEST-token-not-secret-AAAAAAAAAAAAAAAAAAAAAAAA"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def chat_id(self) -> int | None:
        v = self.params.get("chat_id")
        return int(v) if v is not None else None

    def buttons(self) -> list[tuple[str, str]]:
        markup = self.params.get("reply_markup") or {}
        return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class Failure:
    status: int
    times: int
    retry_after: int | None = None
    description: str = ""
    skip: int = 0  # let this many calls succeed first


def _decode(raw: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in raw.items():
        if k in JSON_FIELDS:
            out[k] = json.loads(v)
        elif k in ("chat_id", "message_id", "offset", "timeout", "limit", "message_thread_id", "from_chat_id", "user_id") and v.lstrip("-").isdigit():
            out[k] = int(v)
        else:
            out[k] = v
    return out


class FakeBotAPI:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.failures: dict[str, list[Failure]] = {}
        self.updates: list[dict[str, Any]] = []
        self._new_update = asyncio.Event()
        self._mids = itertools.count(1000)
        self._topics = itertools.count(500)
        self.forums: set[int] = set()
        self.members: dict[tuple[int, int], str] = {}  # (chat, user) -> status for getChatMember
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.webhook: dict[str, Any] | None = None
        self.files: dict[str, bytes] = {}  # file_id -> content
        self.downloads: list[str] = []  # file paths served

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> FakeBotAPI:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    # -- test controls ----------------------------------------------------------------------
    def fail(self, method: str, status: int, *, times: int = 1, retry_after: int | None = None, description: str = "",
             skip: int = 0) -> None:
        self.failures.setdefault(method, []).append(Failure(status, times, retry_after, description, skip))

    def push_update(self, update: dict[str, Any]) -> None:
        self.updates.append(update)
        self._new_update.set()

    def of(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (chat_id is None or c.chat_id == chat_id)]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [c.text for c in self.of("sendMessage", chat_id)]

    def clear(self) -> None:
        self.calls.clear()

    async def wait_for(self, method: str, count: int = 1, *, chat_id: int | None = None, timeout: float = 10.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while True:
            found = self.of(method, chat_id)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{method}: {len(found)} calls, expected {count}; calls: {[c.method for c in self.calls]}")
            await asyncio.sleep(0.01)

    # -- the API ---------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params = await request.json()
        else:
            form = await request.post()
            params = _decode({k: str(v) for k, v in form.items() if not isinstance(v, web.FileField)})
            for k, v in form.items():
                if isinstance(v, web.FileField):
                    params[k] = {"filename": v.filename, "bytes": v.file.read()}
        call = Call(method, params)
        self.calls.append(call)
        queue = self.failures.get(method)
        if queue and queue[0].skip > 0:
            queue[0].skip -= 1
        elif queue:
            f = queue[0]
            f.times -= 1
            if f.times <= 0:
                queue.pop(0)
            body: dict[str, Any] = {"ok": False, "error_code": f.status}
            if f.status == 429:
                body["description"] = f"Too Many Requests: retry after {f.retry_after or 1}"
                body["parameters"] = {"retry_after": f.retry_after or 1}
            elif f.status == 403:
                body["description"] = f.description or "Forbidden: bot was blocked by the user"
            elif f.status >= 500:
                return web.Response(status=f.status, text="Bad Gateway")
            else:
                body["description"] = f.description or "Bad Request: something is wrong"
            return web.json_response(body, status=f.status)
        handler = getattr(self, f"m_{method}", None)
        result = await handler(params) if handler else True
        return web.json_response({"ok": True, "result": result})

    def add_file(self, data: bytes) -> str:
        file_id = f"F{len(self.files) + 1:04d}-{int(time.time() * 1000) % 100000}"
        self.files[file_id] = data
        return file_id

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        self.downloads.append(path)
        file_id = path.rpartition("/")[2]
        if file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id], content_type="application/octet-stream")

    async def m_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id", ""))
        data = self.files.get(file_id, b"")
        return {"file_id": file_id, "file_unique_id": "u" + file_id, "file_size": len(data), "file_path": f"photos/{file_id}"}

    async def m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        photo = [{"file_id": "sent", "file_unique_id": "sent", "width": 1, "height": 1}]
        return self._message(params, photo=photo, caption=str(params.get("caption", "")))

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        msg = {"message_id": next(self._mids), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
               "from": {"id": 1, "is_bot": True, "first_name": "Hamroh"}}
        if "text" in params:
            msg["text"] = params["text"]
        if params.get("message_thread_id"):
            msg["message_thread_id"] = params["message_thread_id"]
            msg["is_topic_message"] = True
        msg.update(extra)
        return msg

    async def m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": 1, "is_bot": True, "first_name": "Hamroh", "username": "hamroh_test_bot",
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params)

    async def m_copyMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"message_id": next(self._mids)}

    async def m_forwardMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params)

    async def m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, message_id=params.get("message_id"))

    async def m_createForumTopic(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"message_thread_id": next(self._topics), "name": params.get("name", ""), "icon_color": 7322096}

    async def m_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        return {"id": chat_id, "type": "supergroup" if chat_id < 0 else "private", "title": "Operators",
                "is_forum": chat_id in self.forums, "accent_color_id": 0, "max_reaction_count": 11}

    async def m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        status = self.members.get((int(params["chat_id"]), int(params["user_id"])), "member")
        return {"status": status, "user": {"id": int(params["user_id"]), "is_bot": False, "first_name": "x"}}

    async def m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 2.0))
            except TimeoutError:
                pass
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        return self.updates[:100]

    async def m_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = params
        return True

    async def m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True


# -- update builders (what Telegram sends) ------------------------------------------------------
_update_ids = itertools.count(int(time.time()) % 100000 * 1000)
_message_ids = itertools.count(1)


def next_update_id() -> int:
    return next(_update_ids)


def private_chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "type": "private", "first_name": "Migrant"}


def message(chat_id: int, text: str | None = None, *, update_id: int | None = None, **extra: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {"message_id": next(_message_ids), "date": int(time.time()), "chat": private_chat(chat_id),
                           "from": {"id": chat_id, "is_bot": False, "first_name": "Migrant"}}
    if text is not None:
        msg["text"] = text
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    msg.update(extra)
    return {"update_id": update_id if update_id is not None else next_update_id(), "message": msg}


def button(chat_id: int, data: str, *, message_id: int = 1000) -> dict[str, Any]:
    return {"update_id": next_update_id(), "callback_query": {
        "id": str(next_update_id()), "chat_instance": "ci", "data": data,
        "from": {"id": chat_id, "is_bot": False, "first_name": "Migrant"},
        "message": {"message_id": message_id, "date": int(time.time()), "chat": private_chat(chat_id), "text": "..."}}}


def group_message(chat_id: int, user_id: int, text: str, *, reply_to: int | None = None, thread: int | None = None,
                  name: str = "Operator") -> dict[str, Any]:
    msg: dict[str, Any] = {"message_id": next(_message_ids) + 100000, "date": int(time.time()),
                           "chat": {"id": chat_id, "type": "supergroup", "title": "Operators"},
                           "from": {"id": user_id, "is_bot": False, "first_name": name}, "text": text}
    if text.startswith("/"):
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if reply_to is not None:
        msg["reply_to_message"] = {"message_id": reply_to, "date": int(time.time()),
                                   "chat": {"id": chat_id, "type": "supergroup"}}
    if thread is not None:
        msg["message_thread_id"] = thread
        msg["is_topic_message"] = True
    return {"update_id": next_update_id(), "message": msg}


def group_button(chat_id: int, user_id: int, data: str, *, message_id: int, thread: int | None = None,
                 name: str = "Operator") -> dict[str, Any]:
    msg: dict[str, Any] = {"message_id": message_id, "date": int(time.time()),
                           "chat": {"id": chat_id, "type": "supergroup", "title": "Operators"}, "text": "card"}
    if thread is not None:
        msg["message_thread_id"] = thread
    return {"update_id": next_update_id(), "callback_query": {
        "id": str(next_update_id()), "chat_instance": "g", "data": data,
        "from": {"id": user_id, "is_bot": False, "first_name": name}, "message": msg}}


def photo_message(chat_id: int, file_id: str, size: int, *, caption: str | None = None, forwarded: bool = False,
                  document: str | None = None) -> dict[str, Any]:
    """A photo (or, with ``document=<mime type>``, an image sent as a file) from a person; a
    forwarded channel post carries ``forward_origin`` as Telegram sends it."""
    extra: dict[str, Any] = {}
    if document:
        extra["document"] = {"file_id": file_id, "file_unique_id": "u" + file_id, "file_name": "ad.png",
                             "mime_type": document, "file_size": size}
    else:
        extra["photo"] = [{"file_id": file_id + "-small", "file_unique_id": "s" + file_id, "width": 90, "height": 90, "file_size": 900},
                          {"file_id": file_id, "file_unique_id": "u" + file_id, "width": 1280, "height": 960, "file_size": size}]
    if caption is not None:
        extra["caption"] = caption
    if forwarded:
        extra["forward_origin"] = {"type": "channel", "chat": {"id": -1009876543210, "type": "channel", "title": "Jobs"},
                                   "message_id": 77, "date": int(time.time())}
        extra["forward_date"] = int(time.time())
    return message(chat_id, None, **extra)
