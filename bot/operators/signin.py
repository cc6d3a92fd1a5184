"""The console's sign-in: a double-submit form, argon2 off the event loop, lockout and throttling.

Mixed into ``bot.operators.console.Console``. Wrong passwords slow down and then lock the
name for ``LOGIN_LOCK_MINUTES``; each attempt is counted before its password is checked,
so attempts sent at once cannot race the lock; one address may try
``LOGIN_PER_ADDRESS_PER_MINUTE`` times a minute; argon2 runs in a small thread pool
behind a bounded line (``LOGIN_CONCURRENCY``, ``LOGIN_QUEUE``), never on the event loop.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import time
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot import abuse, config, metrics
from bot.handover import duty
from bot.i18n import N_
from bot.operators import accounts as operators
from bot.operators import views
from bot.operators.views import _VERIFY_POOL, LOGIN_COOKIE, SESSION_COOKIE, _hash, browser_lang
from bot.web.ui import render, set_cookie

if TYPE_CHECKING:
    from bot.operators.accounts import Operator
    from bot.storage import Storage
    from bot.storage.audit import AuditStore
    from bot.storage.keys import Keys
    from bot.storage.operators import OperatorStore


class SignIn:
    """Sign-in pages and checks of the console."""

    # what it uses of ``Console`` (set in its __init__)
    storage: Storage
    keys: Keys
    accounts: OperatorStore
    audit_log: AuditStore
    _verifying: asyncio.Semaphore
    _waiting: int

    if TYPE_CHECKING:
        def page(self, name: str, op: Operator | None, sess: dict[str, str] | None, *, lang: str | None = None, status: int = 200,
                 **ctx: Any) -> web.Response: ...

    async def login_form(self, request: web.Request, error: str = "", status: int = 200) -> web.Response:
        token = secrets.token_urlsafe(24)
        lang = request.query.get("lang", "")
        chosen = lang if lang in operators.CONSOLE_LANGS else ""
        resp = render("login.html", chosen or browser_lang(request), csrf=token, error=error, status=status, op=None, chosen=chosen)
        set_cookie(resp, request, LOGIN_COOKIE, token, max_age=3600, path="/console")
        return resp

    async def login_get(self, request: web.Request) -> web.StreamResponse:
        return await self.login_form(request)

    async def login_post(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        token = request.cookies.get(LOGIN_COOKIE, "")
        if not token or not hmac.compare_digest(token, str(form.get("csrf", ""))):
            return self.page("error.html", None, None, lang=browser_lang(request), status=403, code="csrf")
        name = str(form.get("name", "")).strip()[:32]
        password = str(form.get("password", ""))[:200]
        address = abuse.address_tag(abuse.client_address(request))
        if await abuse.over(self.storage, f"login:{address}", config.get("LOGIN_PER_ADDRESS_PER_MINUTE"), window=60):
            metrics.REFUSED.labels("console", "login_rate").inc()
            return await self.login_form(request, N_("Too many sign-in attempts from your address. Wait a minute."), 429)
        fails_key = self.keys.login_fails(name.lower())  # (counted by abuse.count; the rest in OperatorStore)
        lock_after = config.get("LOGIN_LOCK_AFTER")
        # the attempt is counted before the password is checked (one atomic INCR), so that
        # attempts sent at once cannot all pass the check before any of them is counted
        attempt = await abuse.count(self.storage, fails_key, config.get("LOGIN_LOCK_MINUTES") * 60)
        if attempt <= lock_after + 1:
            # the lock lasts its time from the last counted failure
            await self.accounts.keep_lock(name.lower(), config.get("LOGIN_LOCK_MINUTES") * 60)
        if attempt > lock_after:
            await self._locked(name)
            return await self.login_form(request, N_("Too many wrong passwords. This name is locked for a while; ask a supervisor."), 429)
        if self._waiting >= config.get("LOGIN_QUEUE"):
            await self.accounts.uncount_failure(name.lower())  # (not the person's fault)
            metrics.REFUSED.labels("console", "login_busy").inc()
            return await self.login_form(request, N_("Too many people are signing in at once. Try again in a moment."), 503)
        self._waiting += 1
        try:
            async with self._verifying:
                op = await asyncio.get_running_loop().run_in_executor(
                    _VERIFY_POOL, operators.verify_hash, *await operators.load_for_verify(self.storage, name), password)
        finally:
            self._waiting -= 1
        if op is None:
            await asyncio.sleep(min(4.0, views.FAIL_DELAY * 2 ** (attempt - 1)))
            return await self.login_form(request, N_("Wrong name or password."), 401)
        await self.accounts.clear_failures(name.lower())
        if form.get("lang") in operators.CONSOLE_LANGS and form.get("lang") != op.lang:
            await operators.set_lang(self.storage, op.name, str(form["lang"]))  # the language chosen on the sign-in page
        token = secrets.token_urlsafe(32)
        hours = config.get("CONSOLE_SESSION_HOURS")
        await self.accounts.open_session(_hash(token), {"op": op.name, "csrf": secrets.token_urlsafe(24),
                                                        "exp": int(time.time() + hours * 3600), "gen": op.gen}, hours * 3600)
        await duty.mark_present(self.storage, op.name)
        resp = web.HTTPSeeOther("/console")
        set_cookie(resp, request, SESSION_COOKIE, token, max_age=hours * 3600, path="/console")
        resp.del_cookie(LOGIN_COOKIE, path="/console")
        raise resp

    async def _locked(self, name: str) -> None:
        """Audit a locked name's attempts once per lock window, with how many were refused
        (one entry per window, however many attempts: the audit stream cannot be flooded)."""
        n = await abuse.count(self.storage, self.keys.login_locked(name.lower()), config.get("LOGIN_LOCK_MINUTES") * 60)
        metrics.REFUSED.labels("console", "login_locked").inc()
        if n == 1:
            await self.audit_log.add({"ts": int(time.time() * 1000), "case": "", "kind": "login_locked", "actor": name})
