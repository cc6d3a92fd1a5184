"""The Redis reads of the operators' web console's pages that the case queue
(``bot.handover.queue``) does not offer: how many cases wait, and a person's case refs."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from bot.storage import Storage


class ConsoleStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def waiting_total(self) -> int:
        """How many cases wait in the queue."""
        return int(await self.redis.zcard(self.keys.queue()))

    async def case_refs(self, user: str) -> list[str]:
        """Every case ref of one person still kept (in no order)."""
        return list(cast(set[str], await self.redis.smembers(self.keys.user_cases(user))))
