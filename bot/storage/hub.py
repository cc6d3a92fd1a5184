"""The Redis reads of the server-sent-events hub (``bot.web.hub``): a stream's newest id, a
page's backlog, and the one shared blocking XREAD of every followed stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from bot.storage import Storage

Entries = list[tuple[str, dict[str, str]]]


class HubStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def newest_id(self, key: str) -> str | None:
        """The id of the stream's last entry (None: the stream is empty or absent)."""
        newest = await self.redis.xrevrange(key, count=1)
        return str(newest[0][0]) if newest else None

    async def backlog(self, key: str, after: str, count: int) -> Entries:
        """At most ``count`` entries after the id ``after`` ("0" or "0-0": from the start)."""
        return cast(Entries, await self.redis.xrange(key, min=f"({after}" if after not in ("0", "0-0") else "-", max="+", count=count))

    async def read(self, streams: dict[str, str], count: int, block_ms: int | None = None) -> list[tuple[str, Entries]]:
        """Entries after each stream's id (XREAD), waiting up to ``block_ms`` for one when given;
        ``[(key, entries), ...]``. Raises ``ResponseError`` when Redis refuses the read."""
        res = await self.redis.xread(cast(Any, streams), count=count, block=block_ms)
        return cast(list[tuple[str, Entries]], list(res or []))
