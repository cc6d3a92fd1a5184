"""The Redis commands of the registry of licensed agencies (``bot.jobcheck.agencies`` parses,
validates and looks up): one hash, replaced whole."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage import Storage


class AgencyStore:
    def __init__(self, storage: Storage) -> None:
        # (Any: the client decodes responses to str, which redis-py's types do not know)
        self.redis: Any = storage.redis
        self.keys = storage.keys

    async def replace(self, mapping: Mapping[str, str]) -> None:
        """Replace the registry with ``mapping`` in one atomic step: it is written into a
        temporary key that then replaces the live one with one ``RENAME`` (a lookup sees the
        old list or the new one, never half of one). Nothing is left behind on failure."""
        live, tmp = self.keys.agencies(), self.keys.agencies_tmp(uuid.uuid4().hex[:12])
        try:
            pipe = self.redis.pipeline(transaction=True)
            pipe.delete(tmp)
            pipe.hset(tmp, mapping=dict(mapping))
            pipe.rename(tmp, live)  # atomic replace of the old list
            await pipe.execute()
        finally:
            await self.redis.delete(tmp)  # nothing left behind if anything failed

    async def load(self) -> dict[str, str]:
        """The whole registry: field -> value."""
        raw = await self.redis.hgetall(self.keys.agencies())
        return {(k.decode() if isinstance(k, bytes) else k): v for k, v in raw.items()}
