"""Defences against floods of fake people and fake cases (``docs/security.md``).

- The client's address (``client_address``): the peer, or with ``FORWARDED_HOPS``
  proxies in front, the address the nearest trusted proxy saw (``X-Forwarded-For``
  read from the right). It is kept only as an HMAC with the pepper, for an hour.
- Fixed-window counters (``over``) for new web chat visitors and new cases, per
  address and overall. Many migrants share one mobile operator's NAT address, so
  the per-address defaults are generous; they stop one machine, not a dormitory.
- A sender a supervisor marked abusive (``mark_abusive``) keeps getting answers,
  and the emergency contacts, but opens no case until the mark runs out. Urgent
  words are never refused an answer (only a case, and only while marked or over
  a limit).
- Supervisor actions (reveals, abuse marks) are also kept in a stream of their own
  (``supervision``) that nothing trims by count: retention trims it by age only
  (``STATS_RETENTION_DAYS``), so no volume of other events can push them out.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from typing import Any

from aiohttp import web

from bot import config
from bot.config import Setting
from bot.storage import Storage, local_pepper
from bot.storage.abuse import AbuseStore

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("FORWARDED_HOPS", "0",
            "Reverse proxies in front of `serve` whose `X-Forwarded-For` is trusted to name the client's address (0: the peer's address is "
            "the client's). Set it to the number of proxies you run, never more: a client can write anything into the header.", int),
    Setting("WEBCHAT_NEW_VISITORS_PER_ADDRESS", "300",
            "New web chat visitors (signed cookies issued) per hour from one address. Generous: many migrants share one mobile network "
            "address.", int),
    Setting("WEBCHAT_NEW_VISITORS_PER_HOUR", "5000", "New web chat visitors per hour in all.", int),
    Setting("WEBCHAT_CASES_PER_ADDRESS", "20",
            "New cases per hour from web chat visitors whose cookie was issued to one address; further ones get answers and the emergency "
            "contacts but open no case.", int),
    Setting("WEBCHAT_CASES_PER_HOUR", "200", "New cases per hour from the web chat in all (the same answer beyond it).", int),
    Setting("ABUSE_MARK_MAX_HOURS", "720", "Longest time a supervisor may mark a sender as abusive (their messages open no case).", int),
)


def client_address(request: web.Request) -> str:
    hops = config.get("FORWARDED_HOPS")
    peer = request.remote or ""
    if hops > 0:
        chain = [a.strip() for a in request.headers.get("X-Forwarded-For", "").split(",") if a.strip()]
        if len(chain) >= hops:
            return chain[-hops][:64]
    return peer[:64]


def address_tag(address: str) -> str:
    """The address as kept in Redis: an HMAC with the pepper (no address is stored)."""
    return hmac.new(local_pepper(), b"addr:" + address.encode(), hashlib.sha256).hexdigest()[:24]


async def count(storage: Storage, key: str, window: int) -> int:
    """Count one event on the counter ``key``; the window (seconds) starts with the first event
    (so a burst is never split by a clock boundary). The count in the window."""
    return await AbuseStore(storage).count(key, window)


async def over(storage: Storage, name: str, limit: int, window: int = 3600) -> bool:
    """Count one event of ``name`` in its window; True when that makes more than ``limit``."""
    return await AbuseStore(storage).count_limited(name, window) > limit


async def undo(storage: Storage, name: str) -> None:
    await AbuseStore(storage).uncount_limited(name)


# -- web chat visitors ------------------------------------------------------------------------
async def new_visitor_allowed(storage: Storage, address: str) -> bool:
    tag = address_tag(address)
    if await over(storage, f"nv:a:{tag}", config.get("WEBCHAT_NEW_VISITORS_PER_ADDRESS")):
        return False
    if await over(storage, "nv:all", config.get("WEBCHAT_NEW_VISITORS_PER_HOUR")):
        await undo(storage, f"nv:a:{tag}")
        return False
    return True


async def remember_visitor(storage: Storage, user: str, address: str, ttl: int) -> None:
    await AbuseStore(storage).remember_visitor(user, address_tag(address), ttl)


# -- abusive senders --------------------------------------------------------------------------
async def mark_abusive(storage: Storage, user: str, hours: int, *, actor: str, case: str, reason: str) -> None:
    """Mark (``hours`` > 0) or clear (0) a sender; written to the audit and supervision streams."""
    store = AbuseStore(storage)
    if hours > 0:
        await store.mark_abusive(user, int(time.time()) + hours * 3600, hours * 3600)
    else:
        await store.clear_abusive(user)
    fields = {"ts": int(time.time() * 1000), "case": case, "kind": "marked_abusive" if hours > 0 else "abuse_mark_lifted",
              "actor": actor, "hours": hours, "reason": reason[:300]}
    await store.audit(fields)
    await supervision(storage, fields)


async def abusive_until(storage: Storage, user: str) -> int:
    raw = await AbuseStore(storage).abusive_until(user)
    return int(raw) if raw and str(raw).isdigit() else 0


async def case_refused(storage: Storage, user: str) -> str | None:
    """Why a new case for ``user`` must not open ("abusive", "limit"), or None."""
    if await abusive_until(storage, user):
        return "abusive"
    if user.startswith("web:"):
        tag = await AbuseStore(storage).visitor_tag(user) or "unknown"
        if await over(storage, f"case:a:{tag}", config.get("WEBCHAT_CASES_PER_ADDRESS")):
            return "limit"
        if await over(storage, "case:all", config.get("WEBCHAT_CASES_PER_HOUR")):
            await undo(storage, f"case:a:{tag}")
            return "limit"
    return None


async def forget(storage: Storage, user: str) -> None:
    await AbuseStore(storage).forget_visitor(user)


# -- supervision stream -----------------------------------------------------------------------
async def supervision(storage: Storage, fields: dict[str, Any]) -> None:
    """A supervisor action, kept until it is older than ``STATS_RETENTION_DAYS`` (never trimmed by count)."""
    await AbuseStore(storage).supervision(fields)


async def trim_supervision(storage: Storage, days: int) -> int:
    return await trim_supervision_before(storage, int((time.time() - days * 86400) * 1000))


async def trim_supervision_before(storage: Storage, before_ms: int) -> int:
    """Drop supervisor actions older than ``before_ms``; how many went."""
    return await AbuseStore(storage).trim_supervision(before_ms)
