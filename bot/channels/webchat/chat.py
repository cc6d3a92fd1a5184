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
  parsed. Floods are the rate limiter's (``bot.pipeline.ratelimit``, in the worker), as on
  every channel.
- ``GET /chat/events``: server-sent events, one per shown message, resumable with
  ``Last-Event-ID`` (checked to be a stream id, ``bot.web.hub.stream_id``).
- ``POST /chat/post``: the same for a browser without JavaScript (a form post with
  the page's form token; answers with the page again), so a message never goes
  into the URL.
- ``POST /chat/clear``: the quick exit (``data-action="quick-exit"``) empties what the
  page shows (not the person's state or case) before the page leaves for
  ``QUICK_EXIT_URL``.

The page is rendered with the conversation so far (it works without JavaScript)
in the language the person chose in the bot; ``webchat.js`` then follows the
events. A message the page could not send is kept and sent again with the same
``id``, which the intake's deduplication and the echo below make count once.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
import uuid
from types import SimpleNamespace
from typing import Any

from aiohttp import web

from bot import abuse, config, metrics
from bot.channels.webchat.visitors import _user, form_token, issue
from bot.config import Setting
from bot.engine.core_actions import contacts_text
from bot.engine.model import Inbound, Option, Reply, State
from bot.engine.runner import global_option
from bot.i18n import N_, translator
from bot.pipeline.processor import Processor
from bot.runtime import Runtime
from bot.storage import RedisError
from bot.storage.webchat import WebchatStore
from bot.web import phones
from bot.web.hub import hub_of, stream_id
from bot.web.ui import STATIC, harden, render, ui_translator

log = logging.getLogger(__name__)

KEEP_SECONDS = 86400
KEEP_ITEMS = 300
MAX_TEXT = 2000
MAX_BODY = 64 * 1024  # 2000 characters are at most ~24 KB of JSON (\uXXXX escapes, surrogate pairs)
HEARTBEAT_MS = 15000
LANGS = ("tg", "ru")  # the languages the bot speaks (the page offers no other)
CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,40}$")
ECHO_SECONDS = 86400  # a message id's echo is remembered as long as the intake's deduplication
NOJS_WAIT = 3.0  # a form post (no JavaScript) waits this long at most for the bot's answer

SETTINGS = (
    Setting("QUICK_EXIT_URL", "https://www.gismeteo.ru/",
            "Where the web chat's quick-exit control sends the page (a neutral public page, e.g. a weather forecast)."),
)

# The page's own words, in both languages, so the page can follow the language the
# person chooses in the bot without a reload (webchat.js reads them).
UI = {
    "tagline": N_("Free and confidential help for people who work abroad."),
    "label": N_("Your message"),
    "placeholder": N_("Type a message"),
    "send": N_("Send"),
    "hint": N_("In danger? Type SOS for emergency contacts."),
    "offline": N_("No connection. Your messages are kept here and sent when the connection is back."),
    "unsent": N_("Not sent yet."),
    "retry": N_("Send again"),
    "exit": N_("Quick exit"),
    "chars": N_("{n} of {max} characters"),
    "too_long": N_("This message is too long: at most {max} characters."),
    "nojs": N_("This chat works better with JavaScript turned on. Without it, reload the page to see new answers."),
    "refresh": N_("Show new answers"),
    "langs": N_("Language"),
}


FAREWELL_SECONDS = 60


class WebSender:
    """Channel "web": append replies to the visitor's stream (read by ``/chat/events``)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.store = WebchatStore(rt.storage)

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        # (no language tag while none is chosen, or after "forget me": the page keeps its own)
        items = items_of(replies, state.lang if state.lang in LANGS else None, self.rt.processor.engine)
        # after "forget me" (nothing left in the state) only the farewell is there, and only
        # for as long as the open page needs to show it
        await self.store.show(user, [json.dumps(item, ensure_ascii=False) for item in items], keep_items=KEEP_ITEMS,
                              ttl=FAREWELL_SECONDS if state.to_hash() == State().to_hash() else KEEP_SECONDS)


_DEFAULT = "tg"

# Texts written for numbered choices (SMS) and their web chat wording, where options are buttons.
WEB_WORDING = {
    "What would you like to do? Choose a number or type your question.":
        N_("What would you like to do? Tap a button or type your question."),
    "Where are you now? Choose a number, so that we show the right numbers.":
        N_("Where are you now? Tap a button, so that we show the right numbers."),
}


def _web_wording(text: str, lang: str | None) -> str:
    for code in (lang,) if lang else LANGS:
        tr = ui_translator(code)
        for source, web_text in WEB_WORDING.items():
            said = tr._(source)
            if said in text:
                text = text.replace(said, tr._(web_text))
    return text


def _global_ids(engine: Any, options: tuple[Option, ...]) -> set[str]:
    """The ids of options that lead to a global place (they work from any earlier message)."""
    return {o.id for o in options if global_option(engine.flows, o.id) is not None}


def items_of(replies: list[Reply], lang: str | None, engine: Any = None) -> list[dict]:
    """What the page shows of one answer: each reply with its language and its phone
    numbers marked (``parts``), and the contacts block once per answer (a second
    copy, e.g. in an urgent reply that repeats it, is left out; its options kept)."""
    items: list[dict] = []
    contacts: list[str] = []
    for r in replies:
        text = _web_wording(r.text, lang)
        for block in contacts:
            if block and block in text and r.kind != "contacts":
                text = text.replace(block, "").strip()
        glob = _global_ids(engine, r.options) if engine is not None else set()
        options = [{"id": o.id, "label": o.label, **({"g": 1} if o.id in glob else {})} for o in r.options]
        if r.kind == "contacts" and contacts:
            if items and options:
                items[-1]["options"] = items[-1].get("options", []) + options
            continue
        if r.kind == "contacts":
            contacts.append(r.text)
        if not text and not options:
            continue
        item: dict = {"by": "bot", "kind": r.kind, "text": text, "title": r.title or "", "options": options}
        if lang:
            item["lang"] = lang
        p = phones.parts(text, r.kind)
        if any(x[0] == "tel" for x in p):
            item["parts"] = p
        items.append(item)
    return items


def bad_text(text: str) -> bool:
    """Text Redis and the engine cannot take (a lone surrogate from a broken client)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _lang(request: web.Request) -> str:
    """The page's language before the person chose one in the bot: ``?lang=``, else the
    browser's first language when it is Tajik or Russian, else Tajik."""
    q = request.query.get("lang", "")
    if q in LANGS:
        return q
    for part in request.headers.get("Accept-Language", "").lower().split(",")[:8]:
        code = part.split(";")[0].strip()[:2]
        if code in LANGS:
            return code
    return _DEFAULT


def _by(raw: str) -> str:
    try:
        item = json.loads(raw)
    except ValueError:
        return ""
    return str(item.get("by", "")) if isinstance(item, dict) else ""


def _shown(raw: dict) -> dict:
    """A stream item as the template shows it: the person's own text as it is, a bot
    message in its parts (older items have none)."""
    item = dict(raw)
    if item.get("by") == "me" or "parts" not in item:
        item["parts"] = [["t", str(item.get("text", ""))]]
    return item


def routes(app: web.Application, rt: Runtime) -> None:
    store = WebchatStore(rt.storage)
    keys = rt.storage.keys
    hub = hub_of(rt)

    async def history(user: str) -> tuple[list[dict], str]:
        """The conversation so far (as the page shows it) and the last entry's id."""
        try:
            entries = await store.shown(user, count=KEEP_ITEMS)
        except RedisError:
            return [], "0"
        items = []
        for entry_id, fields in entries:
            try:
                raw = json.loads(fields.get("j", "{}"))
            except ValueError:
                continue
            if isinstance(raw, dict):
                items.append({**_shown(raw), "eid": entry_id})
        after_me = False  # a message with options that the person answered after: its options are spent
        for item in reversed(items):
            if item.get("by") == "me":
                after_me = True
            elif item.get("options") and after_me:
                item["answered"] = True
        return items, (entries[-1][0] if entries else "0")

    async def person_lang(user: str | None) -> str | None:
        if user is None:
            return None
        try:
            state, _h = await rt.processor.load(user)
        except RedisError:
            return None
        return state.lang if state.lang in LANGS else None

    async def page(request: web.Request, *, notice: str = "", status: int = 200) -> web.StreamResponse:
        user = _user(request)
        issued = web.Response()  # a new visitor's signed cookie, within the new-visitor limits
        if user is None:
            try:
                user = await issue(rt, request, issued)
            except RedisError:
                user = None  # the page still shows; sending will say the service is unavailable
            items: list[dict[str, Any]] = []
            last = "0"
            lang = _lang(request)
        else:
            items, last = await history(user)
            lang = await person_lang(user) or _lang(request)
        strings = {code: {k: ui_translator(code)._(v) for k, v in UI.items()} for code in LANGS}
        resp = render("webchat.html", lang, status=status, items=items, last=last, token=form_token(user) if user else "",
                      max_text=MAX_TEXT, quick_exit=config.get("QUICK_EXIT_URL"), ui=strings[lang],
                      ui_json=json.dumps(strings, ensure_ascii=False), notice=notice, langs=LANGS)
        for name, morsel in issued.cookies.items():
            resp.cookies[name] = morsel
        return resp

    def too_large() -> web.Response:
        metrics.REFUSED.labels("web", "too_large").inc()
        return web.json_response({"error": "too large", "max_text": MAX_TEXT}, status=413)

    async def deliver(user: str, *, text: str, option: str | None, command: str | None, label: str, lang: str | None,
                      client_id: str | None) -> str:
        """Echo and accept one message: "ok", "duplicate" (this id was sent before) or "unavailable"."""
        shown = text or label[:200]
        # a message the page sends again (same id) counts once: the intake deduplicates
        # on the message id, and the echo below is written once per id
        message_id = hashlib.sha256(f"{user}|{client_id}".encode()).hexdigest()[:32] if client_id else uuid.uuid4().hex
        msg = Inbound(channel="web", user=user, text=text, option=option, command=command, arg=lang, message_id=message_id)
        try:
            if not await store.first_echo(message_id, ECHO_SECONDS):
                return "duplicate"
            if shown:
                item = {"by": "me", "text": shown, **({"id": client_id} if client_id else {})}
                await store.show(user, [json.dumps(item, ensure_ascii=False)], keep_items=KEEP_ITEMS, ttl=KEEP_SECONDS)
        except RedisError:
            metrics.ACCEPT_FAILURES.labels("web").inc()  # (the intake counts its own failures)
            return "unavailable"
        try:
            await rt.inbox.accept(msg)
        except RedisError:
            try:  # not accepted: the page may send it again under the same id
                await store.forget_echo(message_id)
            except RedisError:
                pass
            return "unavailable"
        return "ok"

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
        client_id = body.get("id") if isinstance(body.get("id"), str) and CLIENT_ID.match(body["id"]) else None
        done = await deliver(user, text=text, option=option, command=command, label=str(body.get("label") or ""),
                             lang=body.get("lang") if body.get("lang") in LANGS else None, client_id=client_id)
        if done == "unavailable":
            return web.json_response({"error": "unavailable"}, status=503)
        return web.json_response({"ok": True, **({"duplicate": True} if done == "duplicate" else {})}, status=202)

    async def wait_answer(user: str, after: str) -> None:
        """No JavaScript: give the bot a moment to answer before the page is shown again."""
        deadline = asyncio.get_running_loop().time() + NOJS_WAIT
        while asyncio.get_running_loop().time() < deadline:
            try:
                newer = await store.shown(user, after=after, count=50)
            except RedisError:
                return
            if any(_by(f.get("j", "")) == "bot" for _i, f in newer):
                await asyncio.sleep(0.2)  # an answer may have several messages
                return
            await asyncio.sleep(0.1)

    async def post_form(request: web.Request) -> web.StreamResponse:
        user = _user(request)
        if (request.content_length or 0) > MAX_BODY:
            return too_large()
        try:
            form = await request.post()
        except (web.HTTPRequestEntityTooLarge, ValueError):
            return too_large()
        if user is None or not secrets.compare_digest(str(form.get("t", "")), form_token(user)):
            return web.Response(status=403, text="forbidden")
        text = str(form.get("text") or "")
        too_long = len(text) > MAX_TEXT
        text = text[:MAX_TEXT]
        option = str(form.get("option") or "")[:40] or None
        lang = str(form.get("lang") or "")
        command = "start" if lang in LANGS and not (text.strip() or option) else None
        if not (text.strip() or option or command):
            raise web.HTTPSeeOther("/#text")
        _items, last = await history(user)
        done = await deliver(user, text=text, option=option, command=command, label=str(form.get("label") or ""),
                             lang=lang if command else None, client_id=None)
        if done == "unavailable":
            return await page(request, notice="offline", status=503)
        await wait_answer(user, last)
        if too_long:
            return await page(request, notice="too_long")
        raise web.HTTPSeeOther("/#text")

    async def clear(request: web.Request) -> web.Response:
        """Quick exit: what the page shows goes (the state and any case stay)."""
        user = _user(request)
        if user is None:
            return web.Response(status=204)
        try:
            form = await request.post()
        except (web.HTTPRequestEntityTooLarge, ValueError):
            return web.Response(status=400)
        if not secrets.compare_digest(str(form.get("t", "")), form_token(user)):
            return web.Response(status=403)
        try:
            await store.clear(user)
        except RedisError:
            return web.Response(status=503)
        return web.Response(status=204)

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
    async def index(request: web.Request) -> web.StreamResponse:
        return await page(request)

    app.router.add_get("/", index)
    app.router.add_post("/chat/send", send)
    app.router.add_post("/chat/post", post_form)
    app.router.add_post("/chat/clear", clear)
    app.router.add_get("/chat/events", events)
    app.router.add_static("/chat/static/", STATIC)


async def forget(proc: Processor, user: str) -> None:
    if user.startswith("web:"):
        await WebchatStore(proc.storage).clear(user)
        await abuse.forget(proc.storage, user)


