"""Whether Redis answers: the PING behind ``/readyz`` and ``hamroh_redis_up``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.storage import Storage


class HealthStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def ping(self) -> None:
        """Returns when Redis answered; raises ``RedisError`` or ``OSError`` when it did not."""
        await self.redis.ping()
