"""One Redis reader per process for every server-sent-events page.

Each open web chat and console page follows a Redis stream (a visitor's chat
stream, the audit stream). A blocking XREAD per page would hold one Redis
connection per open page; instead one task per process reads all followed
streams with one blocking XREAD (all keys share one hash tag, so this also works
on Redis Cluster) and hands entries to the pages' queues. A page first reads its
own backlog (non-blocking), so nothing between its last seen id and the hub's
next read is lost; entries it has already seen are skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from redis.exceptions import RedisError

log = logging.getLogger(__name__)


def _order(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms or 0), int(seq or 0)


class Hub:
    def __init__(self, redis: Any, block_ms: int = 1000) -> None:
        self.redis = redis
        self.block_ms = block_ms
        self.subs: dict[str, set[asyncio.Queue[tuple[str, dict[str, str]]]]] = {}
        self.last: dict[str, str] = {}
        self._task: asyncio.Task[None] | None = None

    async def follow(self, key: str, last_id: str = "$", heartbeat: float = 15.0) -> AsyncIterator[tuple[str, dict[str, str]] | None]:
        """Entries of ``key`` after ``last_id`` ("$": only new ones), live. Yields None as a heartbeat."""
        q: asyncio.Queue[tuple[str, dict[str, str]]] = asyncio.Queue(maxsize=1000)
        if last_id == "$":
            newest = await self.redis.xrevrange(key, count=1)
            last_id = newest[0][0] if newest else "0-0"
        self.subs.setdefault(key, set()).add(q)  # before reading the backlog: nothing falls in between
        self.last.setdefault(key, last_id)
        backlog = await self.redis.xrange(key, min=f"({last_id}" if last_id not in ("0", "0-0") else "-", max="+", count=500)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="sse-hub")
        seen = last_id
        try:
            for entry_id, fields in backlog:
                seen = entry_id
                yield entry_id, fields
            while True:
                try:
                    entry_id, fields = await asyncio.wait_for(q.get(), heartbeat)
                except TimeoutError:
                    yield None
                    continue
                if not entry_id:
                    return  # the server is shutting down
                if _order(entry_id) <= _order(seen):
                    continue
                seen = entry_id
                yield entry_id, fields
        finally:
            subs = self.subs.get(key)
            if subs is not None:
                subs.discard(q)
                if not subs:
                    self.subs.pop(key, None)
                    self.last.pop(key, None)

    async def close(self, _app: Any = None) -> None:
        """End every follower (at server shutdown, so open pages do not hold it up)."""
        for subs in self.subs.values():
            for q in subs:
                try:
                    q.put_nowait(("", {}))
                except asyncio.QueueFull:
                    pass

    async def _run(self) -> None:
        while self.subs:
            streams = {k: self.last.get(k, "0-0") for k in list(self.subs)}
            try:
                res = await self.redis.xread(streams, count=200, block=self.block_ms)
            except RedisError as exc:
                log.warning("sse hub: redis unavailable (%s)", type(exc).__name__)
                await asyncio.sleep(1)
                continue
            for key, entries in res or []:
                for entry_id, fields in entries:
                    if key in self.last:
                        self.last[key] = entry_id
                    for q in list(self.subs.get(key, ())):
                        if q.full():
                            continue  # a stalled page; it reloads its backlog on reconnect
                        q.put_nowait((entry_id, fields))


def hub_of(rt: Any) -> Hub:
    """The process's hub (kept with the processor's shared services)."""
    hub = rt.processor.services.get("sse_hub")
    if hub is None:
        hub = rt.processor.services["sse_hub"] = Hub(rt.storage.redis)
    return hub
