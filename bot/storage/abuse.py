"""The Redis commands of the defences against floods (``bot.abuse`` keeps the logic):
fixed-window counters, the address a web chat visitor's cookie was issued to, senders
marked abusive, and the supervision stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from bot.storage.scripts import script

if TYPE_CHECKING:
    from bot.storage import Storage


class AbuseStore:
    def __init__(self, storage: Storage) -> None:
        # (Any: the client decodes responses to str, which redis-py's types do not know)
        self.redis: Any = storage.redis
        self.keys = storage.keys
        self._count = script(self.redis, "abuse_count")

    async def count(self, key: str, window: int) -> int:
        """Count one event on the counter ``key`` (``abuse_count.lua``); the count in its window."""
        return int(await self._count(keys=[key], args=[window]))

    async def count_limited(self, name: str, window: int) -> int:
        """``count`` on the limit counter ``name``."""
        return await self.count(self.keys.limit_counter(name), window)

    async def uncount_limited(self, name: str) -> None:
        """Take back one event of the limit counter ``name``."""
        await self.redis.decr(self.keys.limit_counter(name))

    async def remember_visitor(self, user: str, tag: str, ttl: int) -> None:
        await self.redis.set(self.keys.visitor_address(user), tag, ex=ttl)

    async def visitor_tag(self, user: str) -> str | None:
        return cast("str | None", await self.redis.get(self.keys.visitor_address(user)))

    async def forget_visitor(self, user: str) -> None:
        await self.redis.delete(self.keys.visitor_address(user))

    async def mark_abusive(self, user: str, until: int, seconds: int) -> None:
        """Mark a sender until the unix time ``until`` (the mark runs out after ``seconds``)."""
        await self.redis.set(self.keys.abusive(user), str(until), ex=seconds)

    async def clear_abusive(self, user: str) -> None:
        await self.redis.delete(self.keys.abusive(user))

    async def abusive_until(self, user: str) -> str | None:
        return cast("str | None", await self.redis.get(self.keys.abusive(user)))

    async def audit(self, fields: dict[str, Any]) -> None:
        """An entry in the case audit stream (capped like the case scripts' entries)."""
        await self.redis.xadd(self.keys.audit(), fields, maxlen=1000000, approximate=True)

    async def supervision(self, fields: dict[str, Any]) -> None:
        await self.redis.xadd(self.keys.supervision(), fields)

    async def trim_supervision(self, before_ms: int) -> int:
        """Drop supervision entries older than ``before_ms``; how many went."""
        return int(await self.redis.xtrim(self.keys.supervision(), minid=f"{before_ms}-0"))
