"""Web chat: anyone can talk to the bot from a browser, as a migrant would, at ``/``.

A real channel (an organisation can link it from its website): the same intake,
engine, state and case queue as Telegram and SMS. The visitor is ``web:<id>``,
the id a random value in an HttpOnly, SameSite=Strict cookie signed by the server
(a made-up cookie is refused and answered with a new one; new visitors are limited
per address and overall, ``bot.abuse``). What the chat
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
  ``Last-Event-ID`` (checked to be a stream id, ``bot.handover.hub.stream_id``).
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import json
import logging
import re
import secrets
import uuid
from types import SimpleNamespace

from aiohttp import web
from redis.exceptions import RedisError

from bot import abuse, metrics
from bot.app import Runtime
from bot.conversation import FORGETTERS, Processor
from bot.engine.core_actions import contacts_text
from bot.engine.model import Inbound, Reply, State
from bot.handover.hub import hub_of, stream_id
from bot.handover.webui import STATIC, harden, render, set_cookie
from bot.i18n import translator
from bot.ids import pseudonym
from bot.storage import local_pepper

log = logging.getLogger(__name__)

COOKIE = "hamroh_chat"
KEEP_SECONDS = 86400
KEEP_ITEMS = 300
MAX_TEXT = 2000
MAX_BODY = 64 * 1024  # 2000 characters are at most ~24 KB of JSON (\uXXXX escapes, surrogate pairs)
HEARTBEAT_MS = 15000
COOKIE_DAYS = 30


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
    """The visitor's key when the cookie is one this server signed: an HMAC of the cookie
    (``bot.ids``), so that what Redis holds cannot be used to read a visitor's chat as
    that visitor. A made-up cookie is no visitor (``page`` and ``send`` issue a new one)."""
    return cookie_user(request.cookies.get(COOKIE, ""))


def cookie_user(cid: str) -> str | None:
    """The visitor's key for a cookie value this server signed, else None."""
    if len(cid) > 100 or not _COOKIE_RE.match(cid):
        return None
    value, _, sig = cid.partition(".")
    if not hmac.compare_digest(sig, _sign(value)):
        return None
    return visitor_key(value)


_COOKIE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{22}$")


@functools.cache
def _pepper() -> bytes:
    return local_pepper()


@functools.cache
def _cookie_key() -> bytes:
    return hmac.new(_pepper(), b"hamroh web chat cookie", hashlib.sha256).digest()


def _sign(value: str) -> str:
    return base64.urlsafe_b64encode(hmac.new(_cookie_key(), value.encode(), hashlib.sha256).digest()).decode()[:22]


def new_cookie() -> tuple[str, str]:
    """A new signed visitor cookie and the visitor's key."""
    value = secrets.token_urlsafe(18)
    return f"{value}.{_sign(value)}", visitor_key(value)


def visitor_key(cookie: str) -> str:
    return pseudonym(_pepper(), "web", cookie)


async def issue(rt: Runtime, request: web.Request, resp: web.StreamResponse) -> str | None:
    """Give a new visitor a signed cookie, within the new-visitor limits; their key, or None."""
    address = abuse.client_address(request)
    if not await abuse.new_visitor_allowed(rt.storage, address):
        metrics.REFUSED.labels("web", "new_visitors").inc()
        return None
    cookie, user = new_cookie()
    await abuse.remember_visitor(rt.storage, user, address, COOKIE_DAYS * 86400)
    set_cookie(resp, request, COOKIE, cookie, max_age=COOKIE_DAYS * 86400)
    return user


def bad_text(text: str) -> bool:
    """Text Redis and the engine cannot take (a lone surrogate from a broken client)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


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
            try:
                await issue(rt, request, resp)
            except RedisError:
                pass  # the page still shows; sending will say the service is unavailable
        return resp

    def too_large() -> web.Response:
        metrics.REFUSED.labels("web", "too_large").inc()
        return web.json_response({"error": "too large", "max_text": MAX_TEXT}, status=413)

    async def send(request: web.Request) -> web.Response:
        if request.headers.get("X-Hamroh-Chat") != "1":
            return web.json_response({"error": "forbidden"}, status=403)
        user = _user(request)
        if user is None:
            # no cookie, or a made-up one: refused, with a new signed cookie (within the
            # new-visitor limits) for the page to send again with
            resp = web.json_response({"error": "new visitor", "retry": True}, status=403)
            try:
                if await issue(rt, request, resp) is None:
                    return await busy(request)
            except RedisError:
                return web.json_response({"error": "unavailable"}, status=503)
            return resp
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
        except (ValueError, UnicodeDecodeError, RecursionError):
            return web.json_response({"error": "bad request", "message": "The message could not be read."}, status=400)
        if not isinstance(body, dict):
            return web.json_response({"error": "bad request", "message": "The message could not be read."}, status=400)
        if any(isinstance(v, str) and bad_text(v) for v in body.values()):
            return web.json_response({"error": "bad text", "message": "The message holds characters that are not valid text."}, status=400)
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

    async def busy(request: web.Request) -> web.Response:
        """Over the new-visitor limits: no conversation, but urgent words still get the
        emergency numbers, in the answer itself (``emergency``)."""
        body: dict[str, str] = {"error": "busy"}
        text = ""
        if (request.content_length or 0) <= MAX_BODY:
            try:
                raw = json.loads((await request.read())[:MAX_BODY])
                text = str(raw.get("text") or "")[:200] if isinstance(raw, dict) else ""
            except (ValueError, UnicodeDecodeError, RecursionError, web.HTTPRequestEntityTooLarge):
                pass
        if text and rt.engine.commands.match(text) == "sos":
            tr = translator(_lang(request) if _lang(request) != "en" else "tg")
            body["emergency"] = contacts_text(SimpleNamespace(resources=rt.engine.resources, _=tr._))
            body["title"] = tr._("Emergency contacts")
        return web.json_response(body, status=429, headers={"Retry-After": "60"})

    async def events(request: web.Request) -> web.StreamResponse:
        user = _user(request)
        if user is None:
            return web.Response(status=403)
        last = stream_id(request.headers.get("Last-Event-ID") or request.query.get("after")) or "0"
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
        await abuse.forget(proc.storage, user)


FORGETTERS.append(_forget)
