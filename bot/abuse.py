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

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("FORWARDED_HOPS", "0", "Reverse proxies in front of `serve` whose `X-Forwarded-For` is trusted to name the client's address (0: the peer's address is the client's). Set it to the number of proxies you run, never more: a client can write anything into the header.", int),
    Setting("WEBCHAT_NEW_VISITORS_PER_ADDRESS", "300", "New web chat visitors (signed cookies issued) per hour from one address. Generous: many migrants share one mobile network address.", int),
    Setting("WEBCHAT_NEW_VISITORS_PER_HOUR", "5000", "New web chat visitors per hour in all.", int),
    Setting("WEBCHAT_CASES_PER_ADDRESS", "20", "New cases per hour from web chat visitors whose cookie was issued to one address; further ones get answers and the emergency contacts but open no case.", int),
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


# Count one event; the window starts with the first event (so a burst is never split by a
# clock boundary) and the key always has its expiry (one atomic step; EXPIRE NX would need
# Redis 7). KEYS: counter. ARGV: window seconds. Returns the count.
COUNT_LUA = """
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1])) end
return n
"""


async def count(storage: Storage, key: str, window: int) -> int:
    return int(await storage.redis.eval(COUNT_LUA, 1, key, window))


async def over(storage: Storage, name: str, limit: int, window: int = 3600) -> bool:
    """Count one event of ``name`` in its window; True when that makes more than ``limit``."""
    return await count(storage, storage.keys.any(f"lim:{name}"), window) > limit


async def undo(storage: Storage, name: str) -> None:
    await storage.redis.decr(storage.keys.any(f"lim:{name}"))


# -- web chat visitors ------------------------------------------------------------------------
def _visitor_addr_key(storage: Storage, user: str) -> str:
    return storage.keys.any(f"webaddr:{user}")


async def new_visitor_allowed(storage: Storage, address: str) -> bool:
    tag = address_tag(address)
    if await over(storage, f"nv:a:{tag}", config.get("WEBCHAT_NEW_VISITORS_PER_ADDRESS")):
        return False
    if await over(storage, "nv:all", config.get("WEBCHAT_NEW_VISITORS_PER_HOUR")):
        await undo(storage, f"nv:a:{tag}")
        return False
    return True


async def remember_visitor(storage: Storage, user: str, address: str, ttl: int) -> None:
    await storage.redis.set(_visitor_addr_key(storage, user), address_tag(address), ex=ttl)


# -- abusive senders --------------------------------------------------------------------------
def _abusive_key(storage: Storage, user: str) -> str:
    return storage.keys.any(f"abusive:{user}")


async def mark_abusive(storage: Storage, user: str, hours: int, *, actor: str, case: str, reason: str) -> None:
    """Mark (``hours`` > 0) or clear (0) a sender; written to the audit and supervision streams."""
    key = _abusive_key(storage, user)
    if hours > 0:
        await storage.redis.set(key, str(int(time.time()) + hours * 3600), ex=hours * 3600)
    else:
        await storage.redis.delete(key)
    fields = {"ts": int(time.time() * 1000), "case": case, "kind": "marked_abusive" if hours > 0 else "abuse_mark_lifted",
              "actor": actor, "hours": hours, "reason": reason[:300]}
    await storage.redis.xadd(storage.keys.audit(), fields, maxlen=1000000, approximate=True)
    await supervision(storage, fields)


async def abusive_until(storage: Storage, user: str) -> int:
    raw = await storage.redis.get(_abusive_key(storage, user))
    return int(raw) if raw and str(raw).isdigit() else 0


async def case_refused(storage: Storage, user: str) -> str | None:
    """Why a new case for ``user`` must not open ("abusive", "limit"), or None."""
    if await abusive_until(storage, user):
        return "abusive"
    if user.startswith("web:"):
        tag = await storage.redis.get(_visitor_addr_key(storage, user)) or "unknown"
        if await over(storage, f"case:a:{tag}", config.get("WEBCHAT_CASES_PER_ADDRESS")):
            return "limit"
        if await over(storage, "case:all", config.get("WEBCHAT_CASES_PER_HOUR")):
            await undo(storage, f"case:a:{tag}")
            return "limit"
    return None


async def forget(storage: Storage, user: str) -> None:
    await storage.redis.delete(_visitor_addr_key(storage, user))


# -- supervision stream -----------------------------------------------------------------------
def supervision_key(storage: Storage) -> str:
    return storage.keys.any("supervision")


async def supervision(storage: Storage, fields: dict[str, Any]) -> None:
    """A supervisor action, kept until it is older than ``STATS_RETENTION_DAYS`` (never trimmed by count)."""
    await storage.redis.xadd(supervision_key(storage), fields)


async def trim_supervision(storage: Storage, days: int) -> int:
    cutoff = int((time.time() - days * 86400) * 1000)
    return int(await storage.redis.xtrim(supervision_key(storage), minid=f"{cutoff}-0"))
