"""The Redis commands on the case audit stream that are not the case scripts' own: entries
the console writes (referrals, locked sign-ins) and the paged read of a period for the
supervisors' statistics (``bot.operators.stats``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from bot.storage import Storage

AUDIT_MAXLEN = 1000000  # (approximate) as the case scripts cap it
PAGE = 2000  # entries per XRANGE


class AuditStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def add(self, fields: dict[str, Any]) -> None:
        """An entry in the audit stream (never message text)."""
        await self.redis.xadd(self.keys.audit(), cast(Any, fields), maxlen=AUDIT_MAXLEN, approximate=True)

    async def since(self, start_ms: int) -> list[dict[str, str]]:
        """The fields of every entry from ``start_ms`` on, oldest first (read a page at a time)."""
        out: list[dict[str, str]] = []
        cursor = f"{start_ms}-0"
        while True:
            batch = cast(list[tuple[str, dict[str, str]]], await self.redis.xrange(self.keys.audit(), min=cursor, max="+", count=PAGE))
            if not batch:
                break
            out += [f for _id, f in batch]
            if len(batch) < PAGE:
                break
            ms, seq = batch[-1][0].split("-")
            cursor = f"{ms}-{int(seq) + 1}"
        return out
