"""A person's conversation state (``Keys.user``, a hash): read it, and save it fenced by
the partition lease with the inbox entry acknowledged in the same step (``scripts/save.lua``)."""

from __future__ import annotations

from typing import Any

from bot.storage import GROUP, Storage


class StateStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys
        self._save = storage.save_script

    async def load(self, user: str) -> dict[str, str]:
        """The person's state hash as stored (empty when there is none)."""
        h: Any = await self.redis.hgetall(self.keys.user(user))  # (str: the client decodes responses)
        return dict(h)

    async def save(self, *, partition: int, user: str, worker: str, entry_id: str, ttl: int, expected_z: str,
                   dels: list[str], sets: list[str]) -> int:
        """Delete ``dels``, set ``sets`` (field, value, ...), renew the TTL and acknowledge
        ``entry_id``, while ``worker`` holds the partition and the state's ``z`` is still
        ``expected_z``: 1 saved, 0 lease lost, -1 state changed meanwhile."""
        k = self.keys
        return int(await self._save(
            keys=[k.lease(partition), k.user(user), k.inbox(partition)],
            args=[worker, entry_id, ttl, GROUP, expected_z, len(dels), *dels, *sets],
        ))

    async def field(self, user: str, name: str) -> str | None:
        """One field of the person's state hash (e.g. ``l`` the language, ``d`` the data)."""
        value = await self.redis.hget(self.keys.user(user), name)
        return value if isinstance(value, str) else None
