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
import csv
import datetime as dt
import hashlib
import hmac
import io
import json
import logging
import secrets
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from aiohttp import web
from redis.exceptions import RedisError

from bot import abuse, config, metrics
from bot.app import Runtime
from bot.config import Setting
from bot.handover import duty, operators
from bot.handover.hub import hub_of, stream_id
from bot.handover.operators import Operator
from bot.handover.queue import CATEGORIES, OUTCOMES, CaseError, CaseQueue, display_ref, normalize_ref
from bot.handover.reveal import reveal
from bot.handover.service import queue_of
from bot.handover.webui import STATIC, harden, render, set_cookie
from bot.i18n import N_

log = logging.getLogger(__name__)

config.register(
    Setting("CONSOLE_SESSION_HOURS", "12", "An operator's console session ends this long after signing in.", int),
    Setting("LOGIN_LOCK_AFTER", "5", "Wrong passwords in a row after which an operator name is locked (each wrong password also waits longer).", int),
    Setting("LOGIN_LOCK_MINUTES", "15", "How long a locked operator name stays locked.", int),
    Setting("LOGIN_PER_ADDRESS_PER_MINUTE", "20", "Sign-in attempts one address may make in a minute; more get 429 without a password check.", int),
    Setting("LOGIN_CONCURRENCY", "2", "Password checks (argon2, in threads off the event loop) run at once (at most 4); more wait in line.", int),
    Setting("LOGIN_QUEUE", "20", "Sign-in attempts that may wait for a password check; more get 503 at once, so a flood of sign-ins cannot hold up messages.", int),
)

SESSION_COOKIE = "hamroh_console"
EVENTS_HEARTBEAT = 5.0  # seconds between keep-alives of /console/events; the session is checked at each
EVENTS_RECHECK = 5.0  # ...and at least this often while events flow
_VERIFY_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="argon2")  # (LOGIN_CONCURRENCY bounds the use)
LOGIN_COOKIE = "hamroh_login"
FAIL_DELAY = 0.5  # seconds after the first wrong password, doubling, at most 4 s
ROOT = Path(__file__).resolve().parent.parent.parent
STATUS_KINDS = {"claimed", "released", "transferred", "closed", "reopened", "lease_expired"}

PRIORITY_LABELS = {"urgent": N_("Urgent"), "high": N_("High"), "normal": N_("Normal")}
OUTCOME_LABELS = {**OUTCOMES, "open": N_("Still open")}
STATUS_LABELS = {"waiting": N_("Waiting"), "claimed": N_("Claimed"), "closed": N_("Closed")}
ERRORS = {
    "not_waiting": N_("Someone else has already taken this case."),
    "not_yours": N_("This case is claimed by another operator."),
    "not_claimed": N_("This case is not claimed."),
    "closed": N_("This case is closed."),
    "not_closed": N_("This case is not closed."),
    "has_open": N_("This person already has another open case."),
    "forgotten": N_("The person asked to be forgotten; this case cannot be reopened."),
    "not_found": N_("No such case."),
    "empty": N_("Please write something."),
    "bad_outcome": N_("Choose an outcome."),
    "no_operator": N_("Choose an operator."),
    "reason": N_("Give a reason of at least 10 characters."),
    "hours": N_("Give the hours as a whole number."),
}
N_("Error")  # shown for an unknown error code


def load_canned(root: Path = ROOT) -> list[dict[str, str]]:
    path = root / "data" / "handover" / "canned.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return list(doc.get("canned") or [])


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _tz() -> ZoneInfo:
    return ZoneInfo(config.get("HOTLINE_TIMEZONE"))


def _days(request: web.Request, default: int) -> int:
    raw = request.query.get("days", "")
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4):
        raise web.HTTPBadRequest(text="days must be a whole number from 1 to 365")
    return max(1, min(365, int(raw)))


def _page(request: web.Request) -> int:
    raw = request.query.get("page", "1")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6):
        raise web.HTTPBadRequest(text="page must be a whole number")
    return max(1, int(raw))


PAGE_SIZE = 100  # waiting cases per page of the queue


def fmt_time(ms: int) -> str:
    if not ms:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000, _tz()).strftime("%Y-%m-%d %H:%M")


def fmt_minutes(ms: int) -> str:
    if ms < 60000:
        return f"{max(0, ms) // 1000} s"
    m = ms // 60000
    return f"{m // 60} h {m % 60:02d} min" if m >= 60 else f"{m} min"


class Console:
    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self._verifying = asyncio.Semaphore(max(1, min(4, config.get("LOGIN_CONCURRENCY"))))
        self._waiting = 0
        self.storage = rt.storage
        self.redis = rt.storage.redis
        self.keys = rt.storage.keys
        self.canned = load_canned()

    @property
    def queue(self) -> CaseQueue:
        return queue_of(self.rt)

    # -- sessions -------------------------------------------------------------------------
    async def session(self, request: web.Request) -> tuple[Operator, dict[str, str]] | None:
        token = request.cookies.get(SESSION_COOKIE, "")
        if not token or len(token) > 100:
            return None
        sess = await self.redis.hgetall(self.keys.session(_hash(token)))
        if not sess or int(sess.get("exp", 0)) < time.time():
            return None
        op = await operators.get(self.storage, sess["op"])
        if op is None or not op.active or sess.get("gen", "0") != op.gen:
            return None  # (a password reset or a disable ends every session of the account)
        return op, sess

    async def still_valid(self, token: str, sess: dict[str, str]) -> bool:
        """For a long-lived stream: the session has not ended, been signed out or revoked."""
        now = await self.redis.hgetall(self.keys.session(_hash(token)))
        if not now or now.get("op") != sess.get("op") or int(now.get("exp", 0)) < time.time():
            return False
        op = await operators.get(self.storage, now["op"])
        return op is not None and op.active and now.get("gen", "0") == op.gen

    def page(self, name: str, op: Operator | None, sess: dict[str, str] | None, **ctx: Any) -> web.Response:
        lang = op.lang if op else "en"
        return render(name, lang, op=op, csrf=(sess or {}).get("csrf", ""), fmt_time=fmt_time, fmt_minutes=fmt_minutes,
                      display_ref=display_ref, CATEGORIES=CATEGORIES, OUTCOMES=OUTCOMES, PRIORITY_LABELS=PRIORITY_LABELS,
                      STATUS_LABELS=STATUS_LABELS, ERRORS=ERRORS, now_ms=int(time.time() * 1000), **ctx)

    # -- login ----------------------------------------------------------------------------
    async def login_form(self, request: web.Request, error: str = "", status: int = 200) -> web.Response:
        token = secrets.token_urlsafe(24)
        lang = request.query.get("lang", "en")
        chosen = lang if lang in operators.CONSOLE_LANGS and "lang" in request.query else ""
        resp = render("login.html", chosen or "en", csrf=token, error=error, status=status, op=None, chosen=chosen)
        set_cookie(resp, request, LOGIN_COOKIE, token, max_age=3600, path="/console")
        return resp

    async def login_get(self, request: web.Request) -> web.StreamResponse:
        return await self.login_form(request)

    async def login_post(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        token = request.cookies.get(LOGIN_COOKIE, "")
        if not token or not hmac.compare_digest(token, str(form.get("csrf", ""))):
            return harden(web.Response(text="CSRF token missing or wrong. Reload the page.", status=403))
        name = str(form.get("name", "")).strip()[:32]
        password = str(form.get("password", ""))[:200]
        address = abuse.address_tag(abuse.client_address(request))
        if await abuse.over(self.storage, f"login:{address}", config.get("LOGIN_PER_ADDRESS_PER_MINUTE"), window=60):
            metrics.REFUSED.labels("console", "login_rate").inc()
            return await self.login_form(request, N_("Too many sign-in attempts from your address. Wait a minute."), 429)
        fails_key = self.keys.login_fails(name.lower())
        lock_after = config.get("LOGIN_LOCK_AFTER")
        # the attempt is counted before the password is checked (one atomic INCR), so that
        # attempts sent at once cannot all pass the check before any of them is counted
        attempt = await abuse.count(self.storage, fails_key, config.get("LOGIN_LOCK_MINUTES") * 60)
        if attempt <= lock_after + 1:
            await self.redis.expire(fails_key, config.get("LOGIN_LOCK_MINUTES") * 60)  # the lock lasts its time from the last counted failure
        if attempt > lock_after:
            await self._locked(name)
            return await self.login_form(request, N_("Too many wrong passwords. This name is locked for a while; ask a supervisor."), 429)
        if self._waiting >= config.get("LOGIN_QUEUE"):
            await self.redis.decr(fails_key)  # (not the person's fault)
            metrics.REFUSED.labels("console", "login_busy").inc()
            return await self.login_form(request, N_("Too many people are signing in at once. Try again in a moment."), 503)
        self._waiting += 1
        try:
            async with self._verifying:
                op = await asyncio.get_running_loop().run_in_executor(_VERIFY_POOL, operators.verify_hash, *await operators.load_for_verify(self.storage, name), password)
        finally:
            self._waiting -= 1
        if op is None:
            await asyncio.sleep(min(4.0, FAIL_DELAY * 2 ** (attempt - 1)))
            return await self.login_form(request, N_("Wrong name or password."), 401)
        await self.redis.delete(fails_key)
        if form.get("lang") in operators.CONSOLE_LANGS and form.get("lang") != op.lang:
            await operators.set_lang(self.storage, op.name, str(form["lang"]))  # the language chosen on the sign-in page
        token = secrets.token_urlsafe(32)
        hours = config.get("CONSOLE_SESSION_HOURS")
        key = self.keys.session(_hash(token))
        await self.redis.hset(key, mapping={"op": op.name, "csrf": secrets.token_urlsafe(24), "exp": int(time.time() + hours * 3600),
                                            "gen": op.gen})
        await self.redis.expire(key, hours * 3600)
        await duty.mark_present(self.storage, op.name)
        resp = web.HTTPSeeOther("/console")
        set_cookie(resp, request, SESSION_COOKIE, token, max_age=hours * 3600, path="/console")
        resp.del_cookie(LOGIN_COOKIE, path="/console")
        raise resp

    async def _locked(self, name: str) -> None:
        """Audit a locked name's attempts once per lock window, with how many were refused
        (one entry per window, however many attempts: the audit stream cannot be flooded)."""
        key = self.keys.any(f"loginlocked:{name.lower()}")
        n = await abuse.count(self.storage, key, config.get("LOGIN_LOCK_MINUTES") * 60)
        metrics.REFUSED.labels("console", "login_locked").inc()
        if n == 1:
            await self.redis.xadd(self.keys.audit(), {"ts": int(time.time() * 1000), "case": "", "kind": "login_locked", "actor": name},
                                  maxlen=1000000, approximate=True)

    # -- pages ----------------------------------------------------------------------------
    async def queue_parts(self, page: int = 1) -> dict[str, Any]:
        total = await self.redis.zcard(self.keys.queue())
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
        return {"case": case, "messages": await self.queue.messages(ref), "notes": await self.queue.notes(ref), "mine": mine,
                "canned": canned, "others": [n for n in await operators.names(self.storage) if n != case.operator]}

    async def case_page(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        ref = normalize_ref(request.match_info["ref"])
        ctx = await self._case_ctx(ref, op)
        if ctx["case"].status == "claimed" and ctx["case"].operator == op.name:
            await self.queue.touch(ref, op.name)
        return self.page("case.html", op, sess, error=request.query.get("error", ""), revealed=None, **ctx)

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
            elif what == "note":
                await q.note(ref, op.name, str(form.get("text", "")))
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
            raise web.HTTPSeeOther(f"/console/case/{ref}?error={exc.code}")
        raise web.HTTPSeeOther(f"/console/case/{ref}")

    async def reveal(self, request: web.Request, op: Operator, sess: dict[str, str], ref: str, reason: str) -> web.Response:
        if not op.supervisor:
            raise web.HTTPForbidden(text="supervisors only")
        reason = " ".join(reason.split())
        if len(reason) < 10:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=reason")
        case = await self.queue.get(ref)
        if case is None or not case.user:
            raise web.HTTPSeeOther(f"/console/case/{ref}?error=forgotten")
        await self.queue.audit_reveal(ref, op.name, reason)  # written before anything is shown
        who = await reveal(self.storage, case.user) or N_("This channel cannot tell who the person is.")
        ctx = await self._case_ctx(ref, op)
        return self.page("case.html", op, sess, error="", revealed=who, **ctx)

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
        await self.redis.delete(self.keys.session(_hash(request.cookies.get(SESSION_COOKIE, ""))))
        await self.redis.zrem(self.keys.presence(), op.name)
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

    # -- supervisors ----------------------------------------------------------------------
    async def audit_since(self, days: int) -> list[dict[str, str]]:
        start = int((time.time() - days * 86400) * 1000)
        out: list[dict[str, str]] = []
        cursor = f"{start}-0"
        while True:
            batch = await self.redis.xrange(self.keys.audit(), min=cursor, max="+", count=2000)
            if not batch:
                break
            out += [f for _id, f in batch]
            if len(batch) < 2000:
                break
            ms, seq = batch[-1][0].split("-")
            cursor = f"{ms}-{int(seq) + 1}"
        return out

    async def case_rows(self, days: int) -> list[dict[str, Any]]:
        """One row per case opened in the period, with no personal data."""
        rows: dict[str, dict[str, Any]] = {}
        for f in await self.audit_since(days):
            ref, kind = f.get("case", ""), f.get("kind")
            if kind == "opened":
                rows[ref] = {"opened": int(f["ts"]), "category": f.get("category", ""), "priority": f.get("priority", ""),
                             "lang": f.get("lang", ""), "channel": f.get("channel", ""), "claim_ms": None, "close_ms": None,
                             "outcome": "", "rating": ""}
            elif ref in rows:
                row = rows[ref]
                if kind == "claimed" and row["claim_ms"] is None:
                    row["claim_ms"] = int(f["ts"]) - row["opened"]
                elif kind == "closed":
                    row["close_ms"] = int(f["ts"]) - row["opened"]
                    row["outcome"] = f.get("outcome", "")
                elif kind == "reopened":
                    row["close_ms"], row["outcome"] = None, ""
                elif kind == "escalated":
                    row["priority"] = f.get("priority", row["priority"])
                elif kind == "rated":
                    row["rating"] = f.get("rating", "")
        return sorted(rows.values(), key=lambda r: r["opened"])

    async def stats(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        if not op.supervisor:
            raise web.HTTPForbidden(text="supervisors only")
        days = _days(request, 30)
        rows = await self.case_rows(days)
        tz = _tz()
        per_day: Counter[str] = Counter()
        by: dict[str, Counter[str]] = defaultdict(Counter)
        for r in rows:
            day = dt.datetime.fromtimestamp(r["opened"] / 1000, tz).strftime("%Y-%m-%d")
            per_day[day] += 1
            by["category"][r["category"]] += 1
            by["lang"][r["lang"]] += 1
            by["channel"][r["channel"]] += 1
            by["outcome"][r["outcome"] or "open"] += 1
        today = dt.datetime.now(tz).date()
        day_list = [(today - dt.timedelta(days=i)).isoformat() for i in range(min(days, 31) - 1, -1, -1)]

        def summary(values: list[int]) -> dict[str, str]:
            if not values:
                return {"n": "0", "median": "-", "p90": "-"}
            values = sorted(values)
            p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))]
            return {"n": str(len(values)), "median": fmt_minutes(int(statistics.median(values))), "p90": fmt_minutes(p90)}

        # Content that operators may be reading to people: volatile articles past their review date.
        review_days = config.get("CONTENT_REVIEW_DAYS")
        library = self.rt.engine.resources.get("articles")
        content_due = [] if library is None else [
            (a.id, a.checked.isoformat(), (dt.date.today() - a.checked).days)
            for a in library.overdue(dt.date.today(), review_days) if a.checked is not None
        ]
        return self.page("stats.html", op, sess, days=days, total=len(rows), OUTCOME_LABELS=OUTCOME_LABELS,
                         content_due=content_due, review_days=review_days,
                         per_day=[(d, per_day.get(d, 0)) for d in day_list], by=by,
                         to_claim=summary([r["claim_ms"] for r in rows if r["claim_ms"] is not None]),
                         to_close=summary([r["close_ms"] for r in rows if r["close_ms"] is not None]))

    async def export(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.StreamResponse:
        if not op.supervisor:
            raise web.HTTPForbidden(text="supervisors only")
        days = _days(request, 90)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["opened_date", "category", "priority", "language", "channel", "minutes_to_claim", "minutes_to_close", "outcome", "rating"])
        tz = _tz()
        for r in await self.case_rows(days):
            w.writerow([dt.datetime.fromtimestamp(r["opened"] / 1000, tz).strftime("%Y-%m-%d"), r["category"], r["priority"], r["lang"],
                        r["channel"], "" if r["claim_ms"] is None else round(r["claim_ms"] / 60000, 1),
                        "" if r["close_ms"] is None else round(r["close_ms"] / 60000, 1), r["outcome"], r["rating"]])
        resp = web.Response(text=buf.getvalue(), content_type="text/csv",
                            headers={"Content-Disposition": f'attachment; filename="hamroh-cases-{days}d.csv"'})
        return harden(resp)


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
            return await fn(request, *s)

        return h

    def form(fn: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def h(request: web.Request) -> web.StreamResponse:
            s = await c.session(request)
            if s is None:
                raise web.HTTPSeeOther("/console/login")
            data = await request.post()
            if not hmac.compare_digest(str(data.get("csrf", "")), s[1].get("csrf", "-")):
                return harden(web.Response(text="CSRF token missing or wrong. Go back and reload the page.", status=403))
            return await fn(request, s[0], s[1], data)

        return h

    app.on_shutdown.append(hub_of(rt).close)
    r = app.router
    r.add_get("/console/login", c.login_get)
    r.add_post("/console/login", c.login_post)
    r.add_get("/console", page(c.index))
    r.add_get("/console/", page(c.index))
    r.add_get("/console/queue/live", page(c.queue_live))
    r.add_get("/console/events", page(c.events))
    r.add_get("/console/stats", page(c.stats))
    r.add_get("/console/export.csv", page(c.export))
    r.add_get(r"/console/case/{ref:\d{3}-?\d{3}}", page(c.case_page))
    r.add_get(r"/console/case/{ref:\d{3}-?\d{3}}/live", page(c.case_live))
    r.add_post(r"/console/case/{ref:\d{3}-?\d{3}}/{action:[a-z]+}", form(c.act))
    r.add_post("/console/claim-next", form(c.claim_next))
    r.add_post("/console/find", form(c.find))
    r.add_post("/console/lang", form(c.set_lang))
    r.add_post("/console/logout", form(c.logout))
    r.add_static("/console/static/", STATIC)
