"""The operators' web console under ``/console``: queue, cases, statistics.

Server-rendered (Jinja2, autoescaped: everything a person wrote is shown as
text), with a small script that follows the audit stream by server-sent events
(``/console/events``) and re-fetches the changed part of the page, so the queue
updates without a reload.

Security: operators are created on the command line (``python -m bot operators
add``), passwords are argon2 hashes; the session cookie is HttpOnly,
SameSite=Strict, Secure over HTTPS, with a server-side expiry
(``CONSOLE_SESSION_HOURS``); every form carries the session's CSRF token (the
login form a double-submit token); every page has a strict Content-Security-
Policy (no inline script or style); wrong passwords slow down and then lock the
name for ``LOGIN_LOCK_MINUTES`` (each attempt is counted before its password is
checked, so attempts sent at once cannot race the lock; one address may try
``LOGIN_PER_ADDRESS_PER_MINUTE`` times a minute); argon2 runs in a small thread
pool behind a bounded line (``LOGIN_CONCURRENCY``, ``LOGIN_QUEUE``), never on the
event loop. A password reset or a disable bumps the account's session generation,
which ends its sessions, and open event streams re-check their session. Revealing
who a person is takes a supervisor and a reason, and is written to the audit
stream and the supervision stream (``bot.abuse``); so is marking a sender abusive.
See ``docs/security.md``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot import abuse, config
from bot import contacts as contacts_mod
from bot.config import Setting
from bot.handover import duty
from bot.handover.model import CATEGORIES, OUTCOMES, CaseError, display_ref, normalize_ref
from bot.handover.queue import CaseQueue
from bot.handover.service import queue_of
from bot.i18n import N_, Translator
from bot.operators import accounts as operators
from bot.operators.accounts import Operator
from bot.operators.reveal import reveal
from bot.operators.signin import SignIn
from bot.operators.stats import Supervision
from bot.operators.views import (
    ANSWER_LABELS,
    CHANNEL_LABELS,
    COUNTRY_LABELS,
    ERRORS,
    EVENTS_HEARTBEAT,
    EVENTS_RECHECK,
    LANG_LABELS,
    LEARNED_LABELS,
    MAX_QUERY,
    PAGE_SIZE,
    PRIORITY_LABELS,
    REASON_LABELS,
    SESSION_COOKIE,
    STATUS_LABELS,
    _hash,
    _page,
    browser_lang,
    fmt_minutes,
    fmt_time,
    load_canned,
)
from bot.pictures import store
from bot.runtime import Plugin, Runtime
from bot.storage import RedisError
from bot.storage.audit import AuditStore
from bot.storage.console import ConsoleStore
from bot.storage.operators import OperatorStore
from bot.web.hub import hub_of, stream_id
from bot.web.ui import STATIC, harden, render, ui_translator

if TYPE_CHECKING:
    from bot.jobcheck.checklist import Checklist

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("CONSOLE_SESSION_HOURS", "12", "An operator's console session ends this long after signing in.", int),
    Setting("LOGIN_LOCK_AFTER", "5",
            "Wrong passwords in a row after which an operator name is locked (each wrong password also waits longer).", int),
    Setting("LOGIN_LOCK_MINUTES", "15", "How long a locked operator name stays locked.", int),
    Setting("LOGIN_PER_ADDRESS_PER_MINUTE", "20",
            "Sign-in attempts one address may make in a minute; more get 429 without a password check.", int),
    Setting("LOGIN_CONCURRENCY", "2",
            "Password checks (argon2, in threads off the event loop) run at once (at most 4); more wait in line.", int),
    Setting("LOGIN_QUEUE", "20",
            "Sign-in attempts that may wait for a password check; more get 503 at once, so a flood of sign-ins cannot hold up "
            "messages.", int),
)

class Console(SignIn, Supervision):
    """The console's pages and actions (sign-in in ``bot.operators.signin``, statistics in
    ``bot.operators.stats``)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self._verifying = asyncio.Semaphore(max(1, min(4, config.get("LOGIN_CONCURRENCY"))))
        self._waiting = 0
        self.storage = rt.storage
        self.keys = rt.storage.keys
        self.accounts = OperatorStore(rt.storage)  # accounts, sessions, failed sign-ins
        self.audit_log = AuditStore(rt.storage)
        self.case_reads = ConsoleStore(rt.storage)
        self.canned = load_canned()

    @property
    def queue(self) -> CaseQueue:
        return queue_of(self.rt)

    # -- sessions -------------------------------------------------------------------------
    async def session(self, request: web.Request) -> tuple[Operator, dict[str, str]] | None:
        token = request.cookies.get(SESSION_COOKIE, "")
        if not token or len(token) > 100:
            return None
        sess = await self.accounts.session(_hash(token))
        if not sess or int(sess.get("exp", 0)) < time.time():
            return None
        op = await operators.get(self.storage, sess["op"])
        if op is None or not op.active or sess.get("gen", "0") != op.gen:
            return None  # (a password reset or a disable ends every session of the account)
        return op, sess

    async def still_valid(self, token: str, sess: dict[str, str]) -> bool:
        """For a long-lived stream: the session has not ended, been signed out or revoked."""
        now = await self.accounts.session(_hash(token))
        if not now or now.get("op") != sess.get("op") or int(now.get("exp", 0)) < time.time():
            return False
        op = await operators.get(self.storage, now["op"])
        return op is not None and op.active and now.get("gen", "0") == op.gen

    def page(self, name: str, op: Operator | None, sess: dict[str, str] | None, *, lang: str | None = None, status: int = 200,
             **ctx: Any) -> web.Response:
        lang = lang or (op.lang if op else "en")
        tr = ui_translator(lang)
        return render(name, lang, status=status, op=op, csrf=(sess or {}).get("csrf", ""), fmt_time=fmt_time,
                      fmt_minutes=lambda ms: fmt_minutes(ms, tr), ngettext=tr.ngettext,
                      display_ref=display_ref, CATEGORIES=CATEGORIES, OUTCOMES=OUTCOMES, PRIORITY_LABELS=PRIORITY_LABELS,
                      STATUS_LABELS=STATUS_LABELS, ERRORS=ERRORS, CHANNEL_LABELS=CHANNEL_LABELS, LANG_LABELS=LANG_LABELS,
                      COUNTRY_LABELS=COUNTRY_LABELS, now_ms=int(time.time() * 1000), **ctx)

    def error_page(self, request: web.Request, op: Operator | None, sess: dict[str, str] | None, status: int) -> web.Response:
        """403 and 404 in the operator's language (or the browser's, before signing in)."""
        return self.page("error.html", op, sess, lang=None if op else browser_lang(request), status=status, code=status)

    # -- pages ----------------------------------------------------------------------------
    async def queue_parts(self, page: int = 1) -> dict[str, Any]:
        total = await self.case_reads.waiting_total()
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(page, pages)
        waiting = await self.queue.waiting(PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        claimed = await self.queue.claimed_cases()
        return {"waiting": waiting, "waiting_total": total, "page": page, "pages": pages, "first": (page - 1) * PAGE_SIZE,
                "claimed": claimed, "on_duty": await duty.present(self.storage)}

    async def index(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        return self.page("queue.html", op, sess, **await self.queue_parts(_page(request)), error=request.query.get("error", ""))

    async def queue_live(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        return self.page("_queue.html", op, sess, **await self.queue_parts(_page(request)))

    async def _case_ctx(self, ref: str, op: Operator) -> dict[str, Any]:
        case = await self.queue.get(ref)
        if case is None:
            raise web.HTTPNotFound(text="no such case")
        mine = case.status == "claimed" and (case.operator == op.name or op.supervisor)
        canned = [{"title": c.get("title", c.get("id", "")), "text": c.get(case.lang) or c.get("ru") or ""} for c in self.canned]
        tr = ui_translator(op.lang)
        return {"case": case, "messages": [self.shown_message(m, tr) for m in await self.queue.messages(ref)],
                "notes": await self.queue.notes(ref), "mine": mine, "learned": self.learned_view(case.learned, tr),
                "country": getattr(case, "country", "") or case.learned.get("country", ""),
                "canned": canned, "others": [n for n in await operators.names(self.storage) if n != case.operator]}

    @staticmethod
    def shown_message(m: dict[str, Any], tr: Translator) -> dict[str, Any]:
        """A case message as the operator reads it: a bot's internal note in plain words."""
        text = str(m.get("text", ""))
        if m.get("by") == "bot" and text.startswith("[") and text.endswith("]") and text[1:-1] in REASON_LABELS:
            return {**m, "text": tr._(REASON_LABELS[text[1:-1]]), "note": True}
        return m

    def learned_view(self, learned: dict[str, str], tr: Translator) -> list[tuple[str, str]]:
        """What the bot learned, in plain words: article titles, checklist questions and answers."""
        resources = self.rt.processor.engine.resources
        out: list[tuple[str, str]] = []
        for key, value in learned.items():
            name, _, sub = key.partition(":")
            if name == "art":
                lib = resources.get("articles")
                art = lib.get(value) if lib is not None else None
                text = art.text_for(tr.lang if tr.lang in ("tg", "ru") else "ru") if art is not None else None
                out.append((tr._(LEARNED_LABELS["art"]), text.title if text else value))
            elif name == "oc" and sub:
                checklist: Checklist | None = resources.get("jobcheck_checklist")
                q = checklist.get(sub) if checklist is not None else None
                question = tr._(q.question) if q is not None and q.question else sub
                out.append((question, tr._(ANSWER_LABELS.get(str(value), str(value)))))
            elif name == "country":
                continue  # shown with the case's facts
            elif name in LEARNED_LABELS:
                out.append((tr._(LEARNED_LABELS[name]), value))
            elif name in ("lang", "_q"):
                continue
            else:
                out.append((name, value))
        return out

    async def earlier_cases(self, case: Any) -> list[Any]:
        """The same person's other cases still kept (closed ones within retention), newest first."""
        if not case.user:
            return []
        refs = [r for r in await self.case_reads.case_refs(case.user) if r != case.ref]
        found = [c for c in [await self.queue.get(r) for r in refs[:50]] if c is not None]
        return sorted(found, key=lambda c: c.created, reverse=True)[:20]

    def directory(self) -> list[contacts_mod.Contact]:
        return list(self.rt.processor.engine.resources.get("contacts") or [])

    def referral_text(self, c: contacts_mod.Contact, lang: str) -> str:
        """An organisation as a reply to the person, in the person's language."""
        tr = ui_translator(lang if lang in ("tg", "ru") else "ru")
        lines = [tr._(c.label)]
        if c.number:
            lines.append(tr._("Phone: {number}", number=c.number))
        where = ", ".join(x for x in (c.address, c.city) if x)
        if where:
            lines.append(tr._("Address: {address}", address=where))
        if c.hours:
            lines.append(tr._("Hours: {hours}", hours=tr._(c.hours)))
        if c.url:
            lines.append(c.url)
        if c.email:
            lines.append(c.email)
        return "\n".join(lines)

    async def case_page(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        ref = normalize_ref(request.match_info["ref"])
        ctx = await self._case_ctx(ref, op)
        if ctx["case"].status == "claimed" and ctx["case"].operator == op.name:
            await self.queue.touch(ref, op.name)
        insert = None
        wanted = request.query.get("insert", "")[:MAX_QUERY]
        if wanted:
            org = next((c for c in self.directory() if c.id == wanted), None)
            if org is not None:
                insert = {"id": org.id, "text": self.referral_text(org, ctx["case"].lang)}
        return self.page("case.html", op, sess, error=request.query.get("error", ""), revealed=None, insert=insert,
                         earlier=await self.earlier_cases(ctx["case"]), **ctx)

    async def case_live(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        ref = normalize_ref(request.match_info["ref"])
        return self.page("_case_live.html", op, sess, **await self._case_ctx(ref, op))

    async def find(self, request: web.Request, op: Operator, sess: dict[str, str], form: Any) -> web.StreamResponse:
        ref = normalize_ref(str(form.get("ref", "")))
        if await self.queue.get(ref) is None:
            raise web.HTTPSeeOther("/console?error=not_found")
        raise web.HTTPSeeOther(f"/console/case/{ref}")

    # -- actions --------------------------------------------------------------------------
    async def claim_next(self, request: web.Request, op: Operator, sess: dict[str, str], form: Any) -> web.StreamResponse:
        case = await self.queue.claim_next(op.name)
        if case is None:
            raise web.HTTPSeeOther("/console")
        raise web.HTTPSeeOther(f"/console/case/{case.ref}")

    async def act(self, request: web.Request, op: Operator, sess: dict[str, str], form: Any) -> web.StreamResponse:
        ref = normalize_ref(request.match_info["ref"])
        what = request.match_info["action"]
        q = self.queue
        force = op.supervisor
        try:
            if what == "claim":
                await q.claim(ref, op.name)
            elif what == "reply":
                await q.reply(ref, op.name, str(form.get("text", "")), force=force)
                org = str(form.get("org", ""))[:MAX_QUERY]
                if org and any(c.id == org for c in self.directory()):
                    # who referred to what, for the statistics: the organisation and the operator, nothing of the person
                    await self.audit_log.add({"ts": int(time.time() * 1000), "case": ref, "kind": "referred", "actor": op.name, "org": org})
                raise web.HTTPSeeOther(f"/console/case/{ref}#reply")
            elif what == "note":
                await q.note(ref, op.name, str(form.get("text", "")))
                raise web.HTTPSeeOther(f"/console/case/{ref}#reply")
            elif what == "release":
                await q.release(ref, op.name, force=force)
            elif what == "transfer":
                to = str(form.get("to", ""))
                if not await operators.get(self.storage, to):
                    raise CaseError("no_operator")
                await q.transfer(ref, op.name, to, force=force)
            elif what == "close":
                await q.close(ref, op.name, str(form.get("outcome", "")), force=force)
            elif what == "reopen":
                await q.reopen(ref, op.name)
            elif what == "reveal":
                return await self.reveal(request, op, sess, ref, str(form.get("reason", "")))
            elif what == "abusive":
                return await self.mark_abusive(request, op, ref, form)
            else:
                raise web.HTTPNotFound()
        except CaseError as exc:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error={exc.code}") from None
        raise web.HTTPSeeOther(f"/console/case/{ref}")

    async def reveal(self, request: web.Request, op: Operator, sess: dict[str, str], ref: str, reason: str) -> web.Response:
        if not op.supervisor:
            return self.error_page(request, op, sess, 403)
        reason = " ".join(reason.split())
        if len(reason) < 10:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=reason")
        case = await self.queue.get(ref)
        if case is None or not case.user:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=forgotten")
        await self.queue.audit_reveal(ref, op.name, reason)  # written before anything is shown
        found = await reveal(self.storage, case.user)
        tr = ui_translator(op.lang)
        who = tr._(found.msgid, value=found.value) if found else tr._(N_("This channel cannot tell who the person is."))
        ctx = await self._case_ctx(ref, op)
        return self.page("case.html", op, sess, error="", revealed=who, insert=None, earlier=await self.earlier_cases(ctx["case"]), **ctx)

    async def mark_abusive(self, request: web.Request, op: Operator, ref: str, form: Any) -> web.StreamResponse:
        """A supervisor marks the case's sender as abusive for ``hours`` (0 lifts the mark):
        their messages are still answered, with the emergency contacts, but open no case."""
        if not op.supervisor:
            raise web.HTTPForbidden(text="supervisors only")
        raw = str(form.get("hours", ""))
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 4) or int(raw) > config.get("ABUSE_MARK_MAX_HOURS"):
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=hours")
        reason = " ".join(str(form.get("reason", "")).split())
        if len(reason) < 10:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=reason")
        case = await self.queue.get(ref)
        if case is None or not case.user:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=forgotten")
        await abuse.mark_abusive(self.storage, case.user, int(raw), actor=op.name, case=ref, reason=reason)
        raise web.HTTPSeeOther(f"/console/case/{ref}")

    async def set_lang(self, request: web.Request, op: Operator, sess: dict[str, str], form: Any) -> web.StreamResponse:
        await operators.set_lang(self.storage, op.name, str(form.get("lang", "")))
        back = str(form.get("back", "/console"))
        raise web.HTTPSeeOther(back if back.startswith("/console") and "//" not in back else "/console")

    async def logout(self, request: web.Request, op: Operator, sess: dict[str, str], form: Any) -> web.StreamResponse:
        """Ends this session (open event streams of it end at their next check)."""
        await self.accounts.end_session(_hash(request.cookies.get(SESSION_COOKIE, "")))
        await self.accounts.leave(op.name)
        resp = web.HTTPSeeOther("/console/login")
        resp.del_cookie(SESSION_COOKIE, path="/console")
        raise resp

    # -- live updates ---------------------------------------------------------------------
    async def events(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.StreamResponse:
        token = request.cookies.get(SESSION_COOKIE, "")
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no"})
        harden(resp)
        await resp.prepare(request)
        try:
            await duty.mark_present(self.storage, op.name)
            marked = checked = time.monotonic()
            last = stream_id(request.headers.get("Last-Event-ID")) or "$"
            async for item in hub_of(self.rt).follow(self.keys.audit(), last, EVENTS_HEARTBEAT):
                if time.monotonic() - checked >= EVENTS_RECHECK or item is None:
                    # the session may have ended, been signed out, or revoked by a reset or a disable
                    if not await self.still_valid(token, sess):
                        break
                    checked = time.monotonic()
                if time.monotonic() - marked > 30:
                    await duty.mark_present(self.storage, op.name)  # an open console is an operator on duty
                    marked = time.monotonic()
                if item is None:
                    await resp.write(b": keep-alive\n\n")
                    continue
                entry_id, f = item
                if not f.get("case"):
                    continue
                data = {"case": f["case"], "ref": display_ref(f["case"]), "kind": f.get("kind", ""),
                        "priority": f.get("priority", ""), "actor": f.get("actor", "")}
                await resp.write(f"id: {entry_id}\ndata: {json.dumps(data)}\n\n".encode())
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        except RedisError:
            log.warning("console events: redis unavailable")
        return resp

Handler = Callable[..., Awaitable[web.StreamResponse]]


def routes(app: web.Application, rt: Runtime) -> None:
    c = Console(rt)

    def page(fn: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def h(request: web.Request) -> web.StreamResponse:
            s = await c.session(request)
            if s is None:
                if request.path.endswith("/live") or request.path.endswith("/events"):
                    return web.Response(status=401)
                raise web.HTTPSeeOther("/console/login")
            try:
                return await fn(request, *s)
            except web.HTTPNotFound:
                return c.error_page(request, *s, 404)
            except web.HTTPForbidden:
                return c.error_page(request, *s, 403)

        return h

    def form(fn: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def h(request: web.Request) -> web.StreamResponse:
            s = await c.session(request)
            if s is None:
                raise web.HTTPSeeOther("/console/login")
            data = await request.post()
            if not hmac.compare_digest(str(data.get("csrf", "")), s[1].get("csrf", "-")):
                return c.page("error.html", s[0], s[1], status=403, code="csrf")
            return await fn(request, s[0], s[1], data)

        return h

    async def case_picture(request: web.Request) -> web.StreamResponse:
        s = await c.session(request)
        if s is None:
            return harden(web.Response(status=401))
        op = s[0]
        ref = normalize_ref(request.match_info["ref"])
        case = await c.queue.get(ref)
        if case is None:
            return harden(web.Response(status=404))
        if case.status != "claimed" or case.operator != op.name:
            return harden(web.Response(status=403, text="Only the operator who holds the case sees its pictures."))
        data = await store.load_for_case(rt.storage, ref, request.match_info["pic"])
        ctype = store.content_type(data) if data else None
        if data is None or ctype is None:
            return harden(web.Response(status=404))
        resp = web.Response(body=data, content_type=ctype,
                            headers={"Cache-Control": "no-store, private", "Pragma": "no-cache",
                                     "Content-Disposition": 'inline; filename="picture"'})
        return harden(resp)

    app.on_shutdown.append(hub_of(rt).close)
    r = app.router
    r.add_get("/console/login", c.login_get)
    r.add_post("/console/login", c.login_post)
    r.add_get("/console", page(c.index))
    r.add_get("/console/", page(c.index))
    r.add_get("/console/queue/live", page(c.queue_live))
    r.add_get("/console/events", page(c.events))
    r.add_get("/console/stats", page(c.stats))
    r.add_get("/console/directory", page(c.directory_page))
    r.add_get("/console/export.csv", page(c.export))
    r.add_get(r"/console/case/{ref:\d{3}-?\d{3}}", page(c.case_page))
    r.add_get(r"/console/case/{ref:\d{3}-?\d{3}}/live", page(c.case_live))
    r.add_get(r"/console/case/{ref:\d{3}-?\d{3}}/picture/{pic:[0-9a-f]{16}}", case_picture)  # (only its operator)
    r.add_post(r"/console/case/{ref:\d{3}-?\d{3}}/{action:[a-z]+}", form(c.act))
    r.add_post("/console/claim-next", form(c.claim_next))
    r.add_post("/console/find", form(c.find))
    r.add_post("/console/lang", form(c.set_lang))
    r.add_post("/console/logout", form(c.logout))
    r.add_static("/console/static/", STATIC)
    r.add_get("/console/{tail:.*}", c.not_found)  # last: any other console address is a 404 in the operator's language


PLUGIN = Plugin("console", settings=SETTINGS, routes=routes)
