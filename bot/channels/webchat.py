"""Web chat: anyone can talk to the bot from a browser, as a migrant would, at ``/``.

A real channel (an organisation can link it from its website): the same intake,
engine, state and case queue as Telegram and SMS. The visitor is ``web:<id>``,
the id a random value in an HttpOnly, SameSite=Strict cookie. What the chat
shows (the visitor's messages and the bot's replies) is kept in one Redis stream
per visitor for a day, so replies reach the page whichever process sends them
(an operator's reply, a timer) and a reload shows the conversation.

- ``POST /chat/send`` JSON ``{text}`` | ``{option, label}`` | ``{command}``; it needs the
  ``X-Hamroh-Chat`` header (a cross-site form cannot send one), answers 202 once
  the message is durably accepted, 503 when Redis is unreachable. Caps: a text is
  cut at ``MAX_TEXT`` characters (the engine reads at most 4000 anyway); a body over
  ``MAX_BODY`` bytes is refused with 413 ``{"error": "too large"}`` before it is
  parsed. Floods are the rate limiter's (``bot.ratelimit``, in the worker), as on
  every channel.
- ``GET /chat/events``: server-sent events, one per shown message, resumable with
  ``Last-Event-ID``.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import secrets
import uuid

from aiohttp import web
from redis.exceptions import RedisError

from bot import metrics
from bot.app import Runtime
from bot.conversation import FORGETTERS, Processor
from bot.engine.model import Inbound, Reply, State
from bot.handover.hub import hub_of
from bot.handover.webui import STATIC, harden, render, set_cookie
from bot.ids import pseudonym
from bot.storage import local_pepper

log = logging.getLogger(__name__)

COOKIE = "hamroh_chat"
KEEP_SECONDS = 86400
KEEP_ITEMS = 300
MAX_TEXT = 2000
MAX_BODY = 64 * 1024  # 2000 characters are at most ~24 KB of JSON (\uXXXX escapes, surrogate pairs)
HEARTBEAT_MS = 15000


FAREWELL_SECONDS = 60


class WebSender:
    """Channel "web": append replies to the visitor's stream (read by ``/chat/events``)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        key = self.rt.storage.keys.webchat(user)
        pipe = self.rt.storage.redis.pipeline(transaction=False)
        for r in replies:
            item = {"by": "bot", "kind": r.kind, "text": r.text, "title": r.title or "",
                    "options": [{"id": o.id, "label": o.label} for o in r.options]}
            pipe.xadd(key, {"j": json.dumps(item, ensure_ascii=False)}, maxlen=KEEP_ITEMS, approximate=True)
        # after "forget me" (nothing left in the state) only the farewell is there, and only
        # for as long as the open page needs to show it
        pipe.expire(key, FAREWELL_SECONDS if state.to_hash() == State().to_hash() else KEEP_SECONDS)
        await pipe.execute()


def _user(request: web.Request) -> str | None:
    """The visitor's key: an HMAC of the cookie (``bot.ids``), so that what Redis holds
    cannot be used to read a visitor's chat as that visitor."""
    cid = request.cookies.get(COOKIE, "")
    if 16 <= len(cid) <= 64 and cid.replace("-", "").replace("_", "").isalnum():
        return visitor_key(cid)
    return None


@functools.cache
def _pepper() -> bytes:
    return local_pepper()


def visitor_key(cookie: str) -> str:
    return pseudonym(_pepper(), "web", cookie)


def _lang(request: web.Request) -> str:
    q = request.query.get("lang", "")
    if q in ("tg", "ru", "en"):
        return q
    accept = request.headers.get("Accept-Language", "").lower()
    return "ru" if accept.startswith("ru") else "tg"


async def attach(rt: Runtime) -> None:
    rt.processor.senders["web"] = WebSender(rt)


def routes(app: web.Application, rt: Runtime) -> None:
    redis = rt.storage.redis
    keys = rt.storage.keys
    hub = hub_of(rt)

    async def page(request: web.Request) -> web.StreamResponse:
        resp = render("webchat.html", _lang(request))
        if _user(request) is None:
            set_cookie(resp, request, COOKIE, secrets.token_urlsafe(18), max_age=30 * 86400)
        return resp

    def too_large() -> web.Response:
        metrics.REFUSED.labels("web", "too_large").inc()
        return web.json_response({"error": "too large", "max_text": MAX_TEXT}, status=413)

    async def send(request: web.Request) -> web.Response:
        user = _user(request)
        if user is None or request.headers.get("X-Hamroh-Chat") != "1":
            return web.json_response({"error": "forbidden"}, status=403)
        if (request.content_length or 0) > MAX_BODY:
            return too_large()
        try:
            raw = await request.read()  # (aiohttp refuses more than client_max_size itself)
        except web.HTTPRequestEntityTooLarge:
            return too_large()
        if len(raw) > MAX_BODY:
            return too_large()
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            return web.json_response({"error": "bad request"}, status=400)
        if not isinstance(body, dict):
            return web.json_response({"error": "bad request"}, status=400)
        text = str(body.get("text") or "")[:MAX_TEXT]
        option = body.get("option")
        option = str(option)[:40] if option else None
        command = body.get("command") if body.get("command") in ("start", "menu") else None
        if not (text.strip() or option or command):
            return web.json_response({"error": "empty"}, status=400)
        shown = text or str(body.get("label") or "")[:200]
        msg = Inbound(channel="web", user=user, text=text, option=option, command=command,
                      arg=body.get("lang") if body.get("lang") in ("tg", "ru") else None, message_id=uuid.uuid4().hex)
        try:
            if shown:
                key = keys.webchat(user)
                pipe = redis.pipeline(transaction=False)
                pipe.xadd(key, {"j": json.dumps({"by": "me", "text": shown}, ensure_ascii=False)}, maxlen=KEEP_ITEMS, approximate=True)
                pipe.expire(key, KEEP_SECONDS)
                await pipe.execute()
        except RedisError:
            metrics.ACCEPT_FAILURES.labels("web").inc()  # (the intake counts its own failures)
            return web.json_response({"error": "unavailable"}, status=503)
        try:
            await rt.inbox.accept(msg)
        except RedisError:
            return web.json_response({"error": "unavailable"}, status=503)
        return web.json_response({"ok": True}, status=202)

    async def events(request: web.Request) -> web.StreamResponse:
        user = _user(request)
        if user is None:
            return web.Response(status=403)
        last = request.headers.get("Last-Event-ID") or request.query.get("after") or "0"
        if not all(part.isdigit() for part in last.split("-")) or last.count("-") > 1:
            last = "0"
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no"})
        harden(resp)
        await resp.prepare(request)
        try:
            async for item in hub.follow(keys.webchat(user), last, HEARTBEAT_MS / 1000):
                if item is None:
                    await resp.write(b": keep-alive\n\n")
                    continue
                entry_id, fields = item
                await resp.write(f"id: {entry_id}\ndata: {fields.get('j', '{}')}\n\n".encode())
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        except RedisError:
            log.warning("web chat events: redis unavailable")
        return resp

    app.on_shutdown.append(hub.close)
    app.router.add_get("/", page)
    app.router.add_post("/chat/send", send)
    app.router.add_get("/chat/events", events)
    app.router.add_static("/chat/static/", STATIC)


async def _forget(proc: Processor, user: str) -> None:
    if user.startswith("web:"):
        await proc.storage.redis.delete(proc.storage.keys.webchat(user))


FORGETTERS.append(_forget)
