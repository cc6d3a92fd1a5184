"""Who is present: the operators' last console (or Telegram) activity (``bot.handover.duty``
keeps working hours and the roster)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage import Storage


class DutyStore:
    def __init__(self, storage: Storage) -> None:
        # (Any: the client decodes responses to str, which redis-py's types do not know)
        self.redis: Any = storage.redis
        self.keys = storage.keys

    async def mark_present(self, operator: str, now_ms: int) -> None:
        await self.redis.zadd(self.keys.presence(), {operator: now_ms})

    async def present_since(self, since_ms: int) -> list[str]:
        """Operators active at or after ``since_ms``."""
        return list(await self.redis.zrangebyscore(self.keys.presence(), since_ms, "+inf"))
