"""The Telegram channel's Redis commands (``bot.channels.telegram``): whether a person
blocked the bot. (The operators' group keeps its own keys, ``tg_case_*``.)"""

from __future__ import annotations

from bot.storage import Storage

UNREACHABLE_TTL = 30 * 86400  # a block is forgotten after a month (a later message clears it sooner)


class TelegramStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def mark_unreachable(self, user: str) -> None:
        """The person blocked the bot."""
        await self.redis.set(self.keys.tg_unreachable(user), "1", ex=UNREACHABLE_TTL)

    async def mark_reachable(self, user: str) -> None:
        """The person unblocked the bot (or asked to be forgotten)."""
        await self.redis.delete(self.keys.tg_unreachable(user))
