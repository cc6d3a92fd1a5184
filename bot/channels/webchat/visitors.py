"""Web chat visitors: the signed cookie that makes a browser a visitor, and the form token.

The visitor is ``web:<id>``, the id a random value in an HttpOnly, SameSite=Strict
cookie signed by the server with a key derived from the pepper; a made-up cookie is
refused and answered with a new one. New visitors are limited per address and
overall (``bot.abuse``).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets

from aiohttp import web

from bot import abuse, metrics
from bot.ids import pseudonym
from bot.runtime import Runtime
from bot.storage import local_pepper
from bot.web.ui import set_cookie

COOKIE = "hamroh_chat"
COOKIE_DAYS = 30


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


def form_token(user: str) -> str:
    """The token a form post (no JavaScript) must carry: tied to the visitor, secret to others."""
    return pseudonym(_pepper(), "webform", "form:" + user).rpartition(":")[2][:24]
