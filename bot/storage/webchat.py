"""The web chat's Redis commands (``bot.channels.webchat``): the stream of what the page
shows one visitor (``Keys.webchat``) and the echo marks that show a message sent again
under the same id once (``Keys.dedup("web-echo", ...)``)."""

from __future__ import annotations

from typing import Any

from bot.storage import Storage

ECHO_DEDUP = "web-echo"  # the dedup channel of the page's own messages (``Keys.dedup``)


class WebchatStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def show(self, user: str, items: list[str], *, keep_items: int, ttl: int) -> None:
        """Append ``items`` (JSON) to what the page shows (about ``keep_items`` kept), all of it
        kept ``ttl`` seconds from now."""
        key = self.keys.webchat(user)
        pipe = self.redis.pipeline(transaction=False)
        for item in items:
            pipe.xadd(key, {"j": item}, maxlen=keep_items, approximate=True)
        pipe.expire(key, ttl)
        await pipe.execute()

    async def shown(self, user: str, *, after: str | None = None, count: int) -> list[tuple[str, dict[str, str]]]:
        """What the page shows, oldest first: from the start, or after the entry id ``after``."""
        low = f"({after}" if after and after != "0" else "-"
        entries: Any = await self.redis.xrange(self.keys.webchat(user), min=low, count=count)
        return list(entries or [])

    async def clear(self, user: str) -> None:
        """Empty what the page shows (quick exit, forget)."""
        await self.redis.delete(self.keys.webchat(user))

    async def first_echo(self, message_id: str, ttl: int) -> bool:
        """Mark a message id as shown; False when it was before."""
        return bool(await self.redis.set(self.keys.dedup(ECHO_DEDUP, message_id), "1", nx=True, ex=ttl))

    async def forget_echo(self, message_id: str) -> None:
        await self.redis.delete(self.keys.dedup(ECHO_DEDUP, message_id))
