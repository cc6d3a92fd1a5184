"""The terminal chat's Redis commands (``bot.channels.terminal``): the relay stream of
replies to a terminal user that another process worked (``Keys.console_relay``)."""

from __future__ import annotations

from typing import Any

from bot.storage import Storage

RELAY_MAXLEN = 500  # about this many replies kept for a terminal that is not listening


class TerminalStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def relay(self, user: str, message_id: str, text: str, ttl: int) -> None:
        """Keep a reply (the text shown) to the message ``message_id`` for the user's terminal."""
        key = self.keys.console_relay(user)
        pipe = self.redis.pipeline(transaction=False)
        pipe.xadd(key, {"m": message_id, "t": text}, maxlen=RELAY_MAXLEN, approximate=True)
        pipe.expire(key, ttl)
        await pipe.execute()

    async def relayed(self, user: str, *, count: int, block_ms: int) -> list[tuple[str, dict[str, str]]]:
        """The replies kept for the user's terminal, oldest first (waiting up to ``block_ms`` for one)."""
        res: Any = await self.redis.xread({self.keys.console_relay(user): "0-0"}, count=count, block=block_ms)
        return [entry for _key, entries in res or [] for entry in entries]

    async def printed(self, user: str, entry_id: str) -> None:
        """A relayed reply was printed: it goes."""
        await self.redis.xdel(self.keys.console_relay(user), entry_id)
